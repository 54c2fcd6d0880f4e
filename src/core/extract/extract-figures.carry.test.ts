import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { extractFigures } from './extract-figures.ts';
import { itExtracts, summariseFigures, type Want } from './summarise-figures.test-helper.ts';

/** How far what a text says about North Korea's troops carries from paragraph to paragraph. */
describe('a photo caption between paragraphs does not end what the text is about', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'de',
      'Nordkoreanische Soldaten kämpfen seit Dezember im Gebiet Kursk.\n\n' +
        'Bildunterschrift: Ein ukrainischer Soldat prüft eine Drohne. Foto: Reuters\n\n' +
        'Aus Seoul kommen vorsichtigere Zahlen: Rund 300 Soldaten seien ums Leben gekommen, etwa 2700 verwundet worden.',
      [
        ['Rund 300', 'killed', 'about', 300],
        ['etwa 2700', 'wounded', 'about', 2700],
      ],
    ],
    [
      'en',
      'North Korean soldiers have fought in Kursk since December.\n\n' +
        'A Ukrainian soldier checks a drone before a mission. Photo: AP\n\n' +
        'Seoul is more cautious: about 300 soldiers have been killed and some 2,700 wounded.',
      [
        ['about 300', 'killed', 'about', 300],
        ['some 2,700', 'wounded', 'about', 2700],
      ],
    ],
  ])('%s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });

  it("a paragraph about Ukraine's soldiers still ends it", () => {
    const text =
      'North Korean soldiers have fought in Kursk since December.\n\n' +
      'A Ukrainian brigade lost many soldiers near Pokrovsk this week.\n\n' +
      'About 300 soldiers have been killed and some 2,700 wounded there, the brigade said.';
    expect(extractFigures(text, { lang: 'en' })).toEqual([]);
  });
});

describe('furniture lines after a mention do not wear out what the text is about', () => {
  it('a wire story updated under "(More to follow)", a time and "UPDATE 1"', () => {
    const text = [
      "SEOUL - South Korea's spy agency estimates that about 2,000 North Korean soldiers have died in Russia's war.",
      '(More to follow)',
      '09:14 KST | 2 min read',
      'UPDATE 1 - adds details from the briefing',
      "The new toll is more than three times the agency's April assessment of at least 600 dead.",
    ].join('\n\n');
    expect(summariseFigures(extractFigures(text, { lang: 'en' }))).toEqual([
      ['about 2,000', 'killed', 'about', 2000],
      ['at least 600', 'killed', 'at_least', 600],
    ]);
  });

  it('a headline between stories still counts as a paragraph', () => {
    const text = [
      'North Korea has sent about 11,000 soldiers to Russia, Seoul says, and more may follow in the spring, according to lawmakers.',
      'Missile strike on Dnipro',
      'Overnight strikes hit the city centre and a railway depot, and several buildings caught fire, the regional governor said.',
      'Power cut in Kharkiv',
      'About 300 people were killed and 2,700 wounded in the region since January, the mayor said on Friday morning.',
    ].join('\n\n');
    expect(summariseFigures(extractFigures(text, { lang: 'en' }))).toEqual([
      ['about 11,000', 'deployed_total', 'about', 11000],
    ]);
  });
});

describe('"the second dispatch" refers back to North Korea in Korean', () => {
  it('resumes the subject after a paragraph without a name', () => {
    const text = [
      '북한은 2024년 가을 러시아에 병력을 보냈다.',
      '우크라이나군은 겨울 내내 쿠르스크에서 반격을 이어갔고 러시아군 병력 600명이 숨졌다.',
      '2025년 1~2월 2차 파병이 확인되면서 누적 규모에 대한 수치도 갈렸다. 국정원은 두 차례에 걸쳐 15,000명 정도가 건너갔다고 보고했다.',
    ].join('\n\n');
    expect(summariseFigures(extractFigures(text, { lang: 'ko' }))).toEqual([
      ['15,000명 정도', 'deployed_total', 'about', 15000],
    ]);
  });
});

describe('a run of short lines wears out the subject a third as fast as paragraphs', () => {
  it('reads the callouts of an infographic under its title', () => {
    const text = [
      "North Korea's war for Russia: troops, losses, shells",
      'Tap a marker for details. Drag to zoom.',
      '[Map: western Russia, Kursk region]',
      'MAP CALLOUTS',
      'Kursk region\n~11,000 troops at peak (Nov 2024, NIS)',
    ].join('\n\n');
    expect(summariseFigures(extractFigures(text, { lang: 'en' }))).toEqual([
      ['~11,000', 'deployed_total', 'about', 11000],
    ]);
  });
});

describe('a thread of reader comments under an article keeps its subject', () => {
  it('finds the figures comments quote, several comments down', () => {
    const text = [
      'Seoul: about 2,000 North Korean soldiers killed fighting for Russia, the spy agency told lawmakers on Tuesday.',
      'grayowl_77 · 3 h ago\nThat is a lot of people for a war that is not even theirs, and nobody in Pyongyang will ever say so.\n👍 128  👎 9  Reply',
      'KyivDad · 3 h ago\nSeoul is always eight months late to the party, and the real numbers will only come out after the war.\n👍 77  👎 30  Reply',
      'lena.k · 2 h ago\nI read the whole report and it is much more careful than the headline suggests, as usual with these things.\n👍 33  Reply',
      'factcheck_please · 2 h ago\nZelensky said 4,000 killed and wounded, at Ramstein on 9 January.\n👍 52  Reply',
    ].join('\n\n');
    expect(summariseFigures(extractFigures(text, { lang: 'en' }))).toEqual([
      ['about 2,000', 'killed', 'about', 2000],
      ['4,000', 'casualties_total', 'exact', 4000],
    ]);
  });
});

describe("an interviewer's turn that ends asking how many is answered by the next paragraph", () => {
  itExtracts([
    [
      'uk',
      'ОКСАНА РЯБКО: Сьогодні говоримо про північнокорейських військових у Курській області. Андрію, почнімо з простого: скільки їх там зараз?\n\nАНДРІЙ КОВТУН: Приблизно вісім тисяч, якщо спиратися на Буданова.',
      [['Приблизно вісім тисяч', 'deployed_total', 'about', 8000]],
    ],
    [
      'en',
      'HOST: Today we talk about North Korean troops in Kursk. How many are there now?\n\nGUEST: About eight thousand, if you believe Budanov.',
      [['About eight thousand', 'deployed_total', 'about', 8000]],
    ],
    // (a paragraph that asks something else, or whose answer does not open with the number, answers nothing)
    [
      'en',
      'HOST: Today we talk about North Korean troops in Kursk. Why did they come?\n\nGUEST: Eight thousand reasons, if you like.',
      [],
    ],
  ]);
});

describe("a live blog's entry (a time alone on its first line) takes no subject from the entry before", () => {
  itExtracts([
    [
      'ru',
      'Пхеньян отправил в Россию порядка 15 тысяч военных, по оценке Сеула.\n\n12:40\nХарьков: удар управляемыми авиабомбами\n\nРоссийская авиация сбросила две авиабомбы на Харьков. Ранены пять человек.',
      [['порядка 15 тысяч', 'deployed_total', 'about', 15000]],
    ],
    [
      'ko',
      '국정원은 북한군 1만1천여 명이 러시아에 파병됐다고 밝혔다.\n\n10:00\n자포리자 미사일 공격으로 1명 숨져',
      [['1만1천여', 'deployed_total', 'about', 11000]],
    ],
    // (an entry that names North Korea itself keeps its figures)
    [
      'en',
      'Seoul says about 11,000 North Korean troops were sent.\n\n12:40\nKyiv: North Korea has lost about 4,000 soldiers killed or wounded.',
      [
        ['about 11,000', 'deployed_total', 'about', 11000],
        ['about 4,000', 'casualties_total', 'about', 4000],
      ],
    ],
  ]);
});

describe("a transcript's turns carry the conversation's subject further (half a paragraph each)", () => {
  it('finds the answer four turns after North Korea was named', () => {
    const text = [
      'ALBERS: Seit zwei Wochen reden wir über nordkoreanische Soldaten in Russland.',
      'BAUMGART: Und jeden Tag kommt eine neue Schätzung dazu, das macht es schwer.',
      'SEO: Darf ich kurz einhaken? Hier gehen zwei Dinge durcheinander, Beschluss und Zählung.',
      'ALBERS: Bitte, Frau Seo, erklären Sie uns das genauer für unsere Hörer.',
      'SEO: Seoul hat gesagt, es seien rund zwölftausend Soldaten geschickt worden.',
    ].join('\n\n');
    expect(summariseFigures(extractFigures(text, { lang: 'de' }))).toEqual([
      ['rund zwölftausend', 'deployed_total', 'about', 12000],
    ]);
  });
});

describe('"said" names a figure again after one was given', () => {
  itExtracts([
    [
      'en',
      'Seoul counted about 11,000 North Korean troops in Kursk. The NIS itself said about 15,000 back in April.',
      [
        ['about 11,000', 'deployed_total', 'about', 11000],
        ['about 15,000', 'deployed_total', 'about', 15000],
      ],
    ],
    [
      'en',
      'Seoul counted about 11,000 North Korean troops in Kursk. The ambassador at the UN said last week it was more than twelve thousand.',
      [
        ['about 11,000', 'deployed_total', 'about', 11000],
        ['more than twelve thousand', 'deployed_total', 'more_than', 12000],
      ],
    ],
    // (a count of someone else after "said" stays out)
    [
      'en',
      'Seoul counted about 11,000 North Korean troops in Kursk. Officials said 300 civilians had fled.',
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
  ]);
});

describe('a figure named again in a conversation, a list item, "That is the count of"', () => {
  itExtracts([
    [
      'en',
      'NIS says they came to Russia with a group of about 2,500 North Korean fighters.\n\nCLAIRE HOLLIS: Which is how large?\n\nSEO MIN-JUN: Seoul has been saying around eleven thousand since November.\n\nPETER VANCE: And the Americans are higher. Their deputy ambassador at the UN said last week it was more than twelve thousand.',
      [
        ['about 2,500', 'deployed_total', 'about', 2500],
        ['around eleven thousand', 'deployed_total', 'about', 11000],
        ['more than twelve thousand', 'deployed_total', 'more_than', 12000],
      ],
    ],
    [
      'en',
      'The figure: 2,000. That is the number of North Korean soldiers killed, NIS says.',
      [['2,000', 'killed', 'exact', 2000]],
    ],
    // (a list of other things, and Russia's toll, stay out)
    ['en', 'North Korea sent troops. Shopping list:\n- 2 kg of rice\n- 12 eggs', []],
    ['en', 'North Korea sent troops. Russia lost 1,180 troops. That is the toll of one day.', []],
  ]);
});

describe('the next item of a list of figures', () => {
  it('is found (what it counts is read as for any bare number: here not yet the killed of the item above)', () => {
    const text =
      "The numbers at a glance:\n- around 2,000 North Korean soldiers killed, NIS's new estimate\n- at least 600: the agency's previous figure, given at the end of April";
    expect(extractFigures(text, { lang: 'en' }).map((f) => [f.text, f.qualifier, f.value])).toEqual([
      ['around 2,000', 'about', 2000],
      ['at least 600', 'at_least', 600],
    ]);
  });
});

/** A table of estimates: what a row counts when no cell names an event. */
describe('tables of estimates', () => {
  itExtracts([
    // a cell that names people, and no event anywhere: they are counted
    [
      'ru',
      'КНДР отправила войска в Россию.\n\nГлавные оценки — в одной таблице\n\nКто\tКогда\tЧто\tСколько\nNIS\tфевраль 2026\tвоенные КНДР в Курской области\tоколо 11 000\nЗеленский\tфевраль 2026\tвоенные КНДР в России\t10 000',
      [
        ['около 11 000', 'deployed_total', 'about', 11000],
        ['10 000', 'deployed_total', 'exact', 10000],
      ],
    ],
    // (a row that names another side is that side's)
    [
      'de',
      'Nordkorea hat Soldaten nach Russland geschickt.\n\nWer\tWann\tWas\tWie viele\nKiew\t01.07.2025\tgefallene Russen\tmindestens 80.000',
      [],
    ],
  ]);
});

/** A rate per day whose force is named in the sentence before and referred to by "their" ("их темп"). */
describe('a rate of losses of the force named before', () => {
  itExtracts([
    [
      'en',
      "North Korea's units suffered heavy losses. ISW put their rate at about 92 casualties a day.",
      [['about 92', 'casualties_total', 'about', 92]],
    ],
    [
      'ru',
      'Зимой северокорейские части несли тяжёлые потери. ISW оценивал их темп примерно в 92 убитых и раненых в сутки.',
      [['92', 'casualties_total', 'exact', 92]],
    ],
    // (another army's rate stays its own)
    [
      'en',
      "North Korea's units fought near Kursk. Russia's troops lose about 1,000 men a day, Kyiv says.",
      [],
    ],
  ]);
});

/** A number named again after a count or an estimate before it: "называла", "сочла более реалистичными", "hält … für realistischer". */
describe('a count named after an estimate', () => {
  itExtracts([
    [
      'uk',
      'Загальна кількість військових КНДР залишається предметом оцінок. НСР наприкінці квітня 2025 року називала близько 15 тисяч у двох хвилях.',
      [['близько 15 тисяч', 'deployed_total', 'about', 15000]],
    ],
    [
      'ru',
      'Летом 2025 года CNN писала об отправке из КНДР ещё от 25 до 30 тыс. военных. Американский эксперт Дженни Таун тогда сочла более реалистичными 10–20 тыс.',
      [
        ['от 25 до 30 тыс.', 'reinforcements', 'range', [25000, 30000]],
        ['10–20 тыс.', 'reinforcements', 'range', [10000, 20000]],
      ],
    ],
    [
      'de',
      'Selenskyj sagte, Nordkorea könnte 30 bis 40 Tausend Soldaten schicken. Die US-Analystin Jenny Town hält 10.000 bis 20.000 für realistischer.',
      [
        ['30 bis 40 Tausend', 'deployed_total', 'range', [30000, 40000]],
        ['10.000 bis 20.000', 'deployed_total', 'range', [10000, 20000]],
      ],
    ],
    [
      'de',
      'Nordkorea könnte 30 bis 40 Tausend Soldaten schicken. Lindqvist verweist auf Jenny Town, die 10.000 bis 20.000 für realistischer halte.',
      [
        ['30 bis 40 Tausend', 'deployed_total', 'range', [30000, 40000]],
        ['10.000 bis 20.000', 'deployed_total', 'range', [10000, 20000]],
      ],
    ],
  ]);
});

/** A thread's numbered posts go on with its subject; a total given with an adjective is named too. */
describe('thread posts and totals', () => {
  itExtracts([
    [
      'en',
      "Mara Kellner\n@mk\n1/ A thread on North Korea's troops in Russia, one year on.\n\nMara Kellner\n@mk\n2/ They arrived in October 2024 and trained in the Far East for weeks before moving west.\n\nMara Kellner\n@mk\n3/ By November they were in Kursk oblast itself, which changed the story for good.\n\nMara Kellner\n@mk\n4/ Ukraine captured two of them alive on Jan 9, and footage showed them in the snow.",
      [['two', 'captured', 'exact', 2]],
    ],
    [
      'en',
      "North Korea's troops fought on. By the end of April the NIS put the cumulative total at about 15,000 across two deployments.",
      [['about 15,000', 'deployed_total', 'about', 15000]],
    ],
  ]);
});

/** A reader's signed letter that asks how many, and the editor's reply below it. */
describe("a signed letter's question and the editor's answer", () => {
  itExtracts([
    [
      'uk',
      '«Скільки північнокорейців Україна взяла в полон? Сусід казав, що багато.»\nАнтон Ткачук, м. Суми\n\nВід редакції: Двоє. Поранених бійців узяли в полон у Курській області 9 січня 2025 року.',
      [['Двоє', 'captured', 'exact', 2]],
    ],
    [
      'en',
      'How many North Korean soldiers has Ukraine taken prisoner? My neighbour says dozens.\nMargaret Hale, Leeds\n\nEditor: Two. Both were wounded and captured in the Kursk region in January 2025.',
      [['Two', 'captured', 'exact', 2]],
    ],
    // (a letter that asks nothing of the kind has no answer below it)
    [
      'en',
      'Why does North Korea send its soldiers at all? I do not understand it.\nMargaret Hale, Leeds\n\nEditor: Two reasons stand out, money and experience.',
      [],
    ],
  ]);
});

/** A reader's question signed on its own line, a yes/no question of captivity, an answer marked "A.". */
describe("a reader's question signed after it, and the answer below", () => {
  itExtracts([
    [
      'uk',
      'Відповіді на запитання читачів про військових КНДР\n\n«Скільки корейців узяли в полон?» — Олег, Київ\n\nДвох, обох — 9 січня 2025 року в Курській області.',
      [['Двох', 'captured', 'exact', 2]],
    ],
    [
      'ru',
      'Вы спрашивали — мы отвечаем: северокорейцы на войне России\n\n— Сколько северокорейцев сейчас в украинском плену? (Артём, Берлин)\n\n— Двое. Их взяли 9 января 2025 года.',
      [['Двое', 'captured', 'exact', 2]],
    ],
    [
      'en',
      'Your questions on North Korean troops in Russia\n\n"How many North Korean soldiers are in Russia right now?" – Priya, Toronto\n\nAbout 11,000, according to the NIS in mid-February.',
      [['About 11,000', 'deployed_total', 'about', 11000]],
    ],
    [
      'de',
      'Leserfragen zu Nordkoreas Soldaten in Russland\n\n„Hat die Ukraine eigentlich Nordkoreaner gefangen genommen?“ – Jonas T. (17), Schüler aus Paderborn\n\nAnna Sommer: Zwei, soweit öffentlich bekannt.',
      [['Zwei', 'captured', 'exact', 2]],
    ],
    [
      'ko',
      '독자 질문: 러시아 파병 북한군\n\nQ3. 포로는 몇 명입니까? 많이 잡혔다는 글도 봤습니다. (부산, 27세 대학원생)\nA. 두 명입니다. 2025년 1월 쿠르스크에서 부상한 채 생포됐습니다.',
      [['두', 'captured', 'exact', 2]],
    ],
    // (a question that asks for no count has no answer below it)
    [
      'en',
      'Your questions on North Korean troops in Russia\n\n"Why does North Korea send them at all?" – Priya, Toronto\n\nTwo reasons stand out, money and experience.',
      [],
    ],
  ]);
});

describe('"returned to North Korea" still names North Korea; repeats look back as far as a subject carries', () => {
  itExtracts([
    [
      'en',
      'The NIS believes that about 1,100 soldiers and engineers who returned to North Korea could be sent back.',
      [['about 1,100', 'other_nk', 'about', 1100]],
    ],
    [
      'ru',
      'По данным NIS, около 1100 военных, вернувшихся в КНДР в декабре, могут снова отправить на фронт.',
      [['около 1100', 'other_nk', 'about', 1100]],
    ],
    [
      'en',
      'North Korea sent about 11,000 troops.\n\nA.\n\nB.\n\nC.\n\nOf the 11,000, many were young.',
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
  ]);
});

describe('words that refer back to the force resume the subject after a paragraph about other units', () => {
  const RUSSIAN = {
    en: "Russia's 810th brigade lost hundreds of men in the same weeks, and Ukraine's 47th brigade held the line.",
    uk: 'Російська 810-та бригада втратила сотні бійців, а українська 47-ма бригада утримала позиції.',
    ru: 'Российская 810-я бригада потеряла сотни бойцов, а украинская 47-я бригада удержала позиции.',
    de: 'Die russische 810. Brigade verlor Hunderte Soldaten, die ukrainische 47. Brigade hielt die Stellung.',
    ko: '러시아군 810여단은 같은 기간 수백 명을 잃었고 우크라이나군 47여단은 진지를 지켰다.',
  };
  it.each<[Lang, string, string, Want[]]>([
    [
      'en',
      'North Korean troops reached Kursk in October.',
      'The contingent has since lost about 4,000 killed or wounded.',
      [['about 4,000', 'casualties_total', 'about', 4000]],
    ],
    [
      'en',
      'North Korean troops reached Kursk in October.',
      'The Koreans lost about 1,000 dead in that week alone.',
      [['about 1,000', 'killed', 'about', 1000]],
    ],
    [
      'uk',
      'Війська КНДР прибули на Курщину в жовтні.',
      'Контингент відтоді втратив близько 4 тисяч убитими й пораненими.',
      [['близько 4 тисяч', 'casualties_total', 'about', 4000]],
    ],
    [
      'ru',
      'Войска КНДР прибыли в Курскую область в октябре.',
      'Корейцы за неделю потеряли около тысячи человек убитыми.',
      [['около тысячи', 'killed', 'about', 1000]],
    ],
    [
      'de',
      'Nordkoreanische Truppen kamen im Oktober nach Kursk.',
      'Das Kontingent hat seither rund 4000 Mann an Toten und Verwundeten verloren.',
      [['rund 4000', 'casualties_total', 'about', 4000]],
    ],
    [
      'ko',
      '북한군은 10월 쿠르스크에 도착했다.',
      '파병군은 이후 약 4000명의 사상자를 냈다.',
      [['약 4000', 'casualties_total', 'about', 4000]],
    ],
  ])('%s: %s … %s', (lang, named, anaphor, want) => {
    const text = `${named}\n\n${RUSSIAN[lang as keyof typeof RUSSIAN]}\n\n${anaphor}`;
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });

  it.each<[string, string]>([
    [
      'no paragraph named North Korea before it',
      "Russia's 810th brigade lost men.\n\nThe contingent lost about 4,000 killed or wounded.\n\nNorth Korea is far away.",
    ],
    [
      "Russia's own contingent",
      "North Korean troops reached Kursk.\n\nRussia's 810th brigade lost men.\n\nThe Russian contingent in Syria numbered about 4,000 troops.",
    ],
    [
      'the naming paragraph is too far back',
      // (paragraphs of prose: a run of short lines would count a third each)
      "North Korean troops reached Kursk.\n\nRussia's brigade lost many men in the fighting around the villages near the border, its commanders said.\n\nUkraine's brigade held its positions north of Sudzha through the week despite heavy shelling and drone attacks.\n\nRussia's marines moved up from the south along the main road, according to military bloggers on both sides.\n\nThe contingent lost about 4,000 killed or wounded.",
    ],
    [
      'South Koreans',
      "North Korean troops reached Kursk.\n\nRussia's 810th brigade lost men.\n\nSouth Koreans living in Moscow, about 4,000 people, were told to stay home.",
    ],
  ])('nothing when %s', (_, text) => {
    expect(extractFigures(text, { lang: 'en' })).toEqual([]);
  });
});

describe('a question answered by the next paragraph, a sentence without a number as the topic, and new cue words', () => {
  itExtracts([
    // a subheading that asks how many is answered by the next paragraph; Korean questions may end in a full stop
    [
      'uk',
      'Війна КНДР у Курській області.\n\nСкільки північнокорейців загинуло?\n\nБлизько 2 000 — таку оцінку NIS оприлюднила 2 вересня.',
      [['Близько 2 000', 'killed', 'about', 2000]],
    ],
    ['ko', '생포된 북한군은 몇 명일까. 공식 확인된 것은 두 명이다.', [['두', 'captured', 'exact', 2]]],
    // a sentence without a number sets the topic of the numbers after it
    [
      'ko',
      '국정원의 북한군 사망자 추정치는 시간이 지날수록 늘었다. 2025년 4월에는 600명가량으로 봤다가, 9월에는 2천 명 안팎으로 올려 잡았다.',
      [
        ['600명가량', 'killed', 'about', 600],
        ['2천 명 안팎', 'killed', 'about', 2000],
      ],
    ],
    [
      'en',
      'North Korean troops fight in Kursk. The same applies, she said, to the size of the first contingent. Seoul works with about 11,000, while Zelensky has used 12,000.',
      [
        ['about 11,000', 'deployed_total', 'about', 11000],
        ['12,000', 'deployed_total', 'exact', 12000],
      ],
    ],
    // new words: sent off, replacing the fallen, newcomers, being in Russia
    [
      'uk',
      'Спецпризначенці належали до розвідки КНДР, яка відрядила до Росії близько 2 500 своїх бійців.',
      [['близько 2 500', 'deployed_total', 'about', 2500]],
    ],
    [
      'uk',
      'Друга хвиля прибула в січні: JCS оцінив її в понад 3 000 бійців КНДР, які мали замінити вибулих.',
      [['понад 3 000', 'reinforcements', 'more_than', 3000]],
    ],
    [
      'en',
      'More North Korean troops arrived in March. Officials put the newcomers at more than 1,000.',
      [['more than 1,000', 'reinforcements', 'more_than', 1000]],
    ],
    [
      'de',
      'Nordkorea holte Verwundete zurück. Die USA erklärten, in Russland befänden sich mehr als 12.000 nordkoreanische Soldaten.',
      [['mehr als 12.000', 'deployed_total', 'more_than', 12000]],
    ],
    // a population is no count of troops
    ['ko', '제528공병연대가 귀환했다. 북한 인구는 약 2,600만 명으로 추산된다.', []],
  ]);
});

describe('answers after a speaker or a question, a share in words, defectors, residents and pupils', () => {
  itExtracts([
    [
      'en',
      'Briefing on North Korean troops.\n\nQUESTION: How many prisoners does Ukraine hold now?\n\nSPOKESPERSON: Two. Both were captured in January.',
      [['Two', 'captured', 'exact', 2]],
    ],
    [
      'en',
      'North Korean troops in Kursk. Have any been taken prisoner? Two, as far as is public.',
      [['Two', 'captured', 'exact', 2]],
    ],
    [
      'en',
      'North Korea supplies shells to Russia. He put it at up to forty percent of the ammunition the Russian army uses.',
      [['up to forty percent', 'munitions', 'up_to', 40]],
    ],
    ['de', 'Nordkorea schottet sich ab. Insgesamt leben mehr als 34.000 frühere Nordkoreaner im Süden.', []],
    ['uk', 'КНДР закрита. З 1990-х років до Південної Кореї дісталися понад 34 тисячі північнокорейців.', []],
    ['uk', 'Війська КНДР у Курській області. До війни в місті жило близько 5 тисяч людей.', []],
    [
      'en',
      'North Korean troops shelled the school. Of the 140 pupils, the headmistress keeps in touch with half.',
      [],
    ],
    [
      'de',
      'Nordkorea in Kursk. Die Ukraine hält seit Anfang Januar zwei verwundete nordkoreanische Soldaten fest.',
      [['zwei', 'captured', 'exact', 2]],
    ],
  ]);
});

describe("a forum thread's subject goes on from post to post", () => {
  const post = (n: number, text: string) =>
    `#${n}   21-02-2026, 10:0${n}\n\nMember_${n}\nJoin Date: Jan 2025\nPosts: ${n * 10}\n\n${text}\n\nReply   Quote   Like (${n})`;
  itExtracts([
    [
      'en',
      [
        post(
          1,
          'How many North Koreans are in Kursk? Pyongyang had sent about 15,000 by April, the NIS said.',
        ),
        post(2, 'Who cares about the total, what matters is how many are left standing.'),
        post(3, 'The agencies have been arguing about that for a year, and nobody has a list.'),
        post(
          4,
          'No, the dead-only estimates have always been far lower: the NIS got to around 2,000 dead last September.',
        ),
      ].join('\n\n'),
      [
        ['about 15,000', 'deployed_total', 'about', 15000],
        ['around 2,000', 'killed', 'about', 2000],
      ],
    ],
    // (without post headers, three paragraphs wear the subject out, as before)
    [
      'en',
      [
        'North Korea had sent about 15,000 by April, the NIS said.',
        'Who cares about the total, what matters is how many are left standing after a winter like that one, and nobody knows.',
        'The agencies have been arguing about that for a year, and nobody has a list of names, units or dates to check it against.',
        'Somebody said the local council counted the votes again last week, which has nothing to do with any of this at all.',
        'The dead-only estimates have always been far lower: around 2,000 dead by last September.',
      ].join('\n\n'),
      [['about 15,000', 'deployed_total', 'about', 15000]],
    ],
    // a signature's numbers count nothing, and the forum's visitors are no troops
    [
      'ko',
      '#1\n철원GOP출신\n가입일: 2019.03.11 | 게시글: 2,087\n\n국정원은 북한군 사망자를 약 2천 명으로 추정했습니다.\n\n--------------------\nK9 1문이면 다 해결 / 2사단 포병 2014년 전역',
      [['약 2천', 'killed', 'about', 2000]],
    ],
    [
      'en',
      'North Korea sent about 15,000 troops, the NIS said.\n\nReply   Quote   Like (28)\n\nUsers browsing this thread: 14 (3 members and 11 guests)',
      [['about 15,000', 'deployed_total', 'about', 15000]],
    ],
  ]);
});

describe("a comment section's subject goes on from comment to comment, on a page about North Korea", () => {
  const comment = (user: string, text: string, likes: number) =>
    `${user}\n17 Jun 2025 08:4${likes % 10}\n${text}\n${likes} likes · Reply · Report`;
  itExtracts([
    [
      'en',
      [
        'Comments (243)',
        comment(
          'kursk_watcher',
          'So more than half of the 11,000 they first sent have been killed or wounded.',
          57,
        ),
        comment('MarekD', 'Who cares about the total, what matters is how many are left standing.', 21),
        comment('sasha_k', 'The agencies have been arguing about that for a year, and nobody has a list.', 8),
        comment('DniproDan', 'Seoul said the dead alone came to about 600 in April.', 12),
        comment(
          'Tom_H',
          'North Korea and Pyongyang never publish numbers, and the North Koreans keep quiet.',
          3,
        ),
      ].join('\n\n'),
      // (the first comment's "the 11,000 they first sent" is the force, as the corpus marks it)
      [
        ['11,000', 'deployed_total', 'exact', 11000],
        ['about 600', 'killed', 'about', 600],
      ],
    ],
  ]);
});

const BETWEEN =
  'Agencies count in different ways, and each revises its own estimate when new reports come in from the front.\n\n' +
  'Some count only those who died, others everyone who was wounded too, which is why the totals differ so much.\n\n' +
  'The list below gives each estimate with the agency that made it and the month in which it was made public.';

describe('batch 40: a key-numbers list on a page about North Korea goes on with its subject', () => {
  itExtracts([
    [
      'en',
      `North Korea in the war: the numbers\n\nNorth Korea has sent troops to Russia; North Korean shells arrive by rail.\n\n${BETWEEN}\n\nAbout 6,000 — killed or wounded in total (Seoul, February 2026)`,
      [['About 6,000', 'casualties_total', 'about', 6000]],
    ],
    // not on a page that names North Korea only once
    [
      'en',
      `North Korea has sent troops to Russia.\n\n${BETWEEN}\n\nAbout 6,000 — killed or wounded in total (Seoul, February 2026)`,
      [],
    ],
  ]);
});

describe("batch 40: a news ticker's entries, headed by day and time, are news of their own", () => {
  itExtracts([
    [
      'ko',
      '2025.09.02 14:20\n국정원 "러 파병 북한군 전사자 약 2천 명"\n\n러시아에 파병된 북한군 가운데 2천 명 안팎이 전사한 것으로 추정된다.\n\n2025.09.02 13:05\n전세사기 일당 주범 징역 15년\n\n함께 기소된 공인중개사 B씨 등 3명에게는 징역 2∼6년이 내려졌다. 일당은 세입자 87명에게서 보증금을 받아 돌려주지 않았다.',
      [
        ['약 2천', 'killed', 'about', 2000],
        ['2천 명 안팎', 'killed', 'about', 2000],
      ],
    ],
  ]);
});

describe('batch 41: a paragraph that counts containers goes on with the subject, after a mention', () => {
  itExtracts([
    [
      'de',
      `Satellitenbilder zeigen, wie Nordkorea Russland mit Nachschub versorgt.\n\n${BETWEEN}\n\nEine Recherche verfolgte 64 Fahrten. Sie kam auf rund 16.000 Container und setzte die Zahl der Geschosse bei 4 bis 6 Mio. an.`,
      [
        ['rund 16.000', 'munitions', 'about', 16000],
        ['4 bis 6 Mio.', 'munitions', 'range', [4000000, 6000000]],
      ],
    ],
    // not shells alone: Seoul's loans
    [
      'en',
      `North Korea's shell pipeline: what the satellite images show\n\nNorth Korea loads shells at Rajin; North Korean ships sail north.\n\n${BETWEEN}\n\nSouth Korea also lent the United States several hundred thousand 155 mm shells in 2023.`,
      [],
    ],
    // nor containers before any mention
    [
      'en',
      `A Reuters investigation traced roughly 16,000 containers on 64 voyages.\n\n${BETWEEN}\n\nNorth Korea has sent troops to Russia.`,
      [],
    ],
  ]);

  it('finds them in a unit of a page that follows a mention (partOfPage), without a name in the unit', () => {
    const text = `${BETWEEN}\n\nThe monitoring team counted more than 20,000 containers since September 2023.`;
    expect(summariseFigures(extractFigures(text, { lang: 'en', partOfPage: true }))).toEqual([
      ['more than 20,000', 'munitions', 'more_than', 20000],
    ]);
    expect(summariseFigures(extractFigures(text, { lang: 'en' }))).toEqual([]);
  });
});

describe('on a page about North Korea, a paragraph that speaks of the force or its losses before naming North Korea', () => {
  const lead =
    "North Korea's troops in Russia: an editorial. North Korea sent soldiers; North Korea denied it; North Korea's leader later praised them.";
  const filler =
    'The war has also changed how newsrooms work, with editors checking claims against satellite images and open data before anything is printed, a practice that takes time and money.';
  const page = (last: string) => [lead, filler, filler, filler, filler, last].join('\n\n');
  it('is about North Korea from its first sentence', () => {
    const text = page(
      'The agency revised its count of the dead several times: in December it spoke of at least 100 dead, in April of about 600. Pyongyang meanwhile showed portraits of the fallen.',
    );
    expect(summariseFigures(extractFigures(text, { lang: 'en' }))).toEqual([
      ['at least 100', 'killed', 'at_least', 100],
      ['about 600', 'killed', 'about', 600],
    ]);
  });
  it('is so when it speaks of a deployment or its engineers first', () => {
    const text = page(
      'The builders appear to make up the third deployment of about 6,000 personnel that the agency flagged in September. Moscow had said after talks in Pyongyang that sappers would follow.',
    );
    expect(summariseFigures(extractFigures(text, { lang: 'en' }))).toEqual([
      ['about 6,000', 'reinforcements', 'about', 6000],
    ]);
  });
  it('is not when it speaks of something else first', () => {
    const text = page(
      'A church near the station drew about 60 people last month. Pyongyang meanwhile showed portraits of the fallen.',
    );
    expect(summariseFigures(extractFigures(text, { lang: 'en' }))).toEqual([]);
  });
  // (a unit the content script sends holds the paragraph and a little context: the page's own mentions say so)
  it('is so in a unit of such a page that names North Korea less often itself (pageTopic)', () => {
    const unit = [
      filler,
      'The agency revised its count of the dead several times: in December it spoke of at least 100 dead, in April of about 600. Pyongyang meanwhile showed portraits of the fallen.',
    ].join('\n\n');
    expect(summariseFigures(extractFigures(unit, { lang: 'en', partOfPage: true, pageTopic: true }))).toEqual(
      [
        ['at least 100', 'killed', 'at_least', 100],
        ['about 600', 'killed', 'about', 600],
      ],
    );
    expect(summariseFigures(extractFigures(unit, { lang: 'en', partOfPage: true }))).toEqual([]);
  });
  it('is not so in such a unit when it speaks of something else first', () => {
    const unit = [
      filler,
      'A church near the station drew about 60 people last month. Pyongyang meanwhile showed portraits of the fallen.',
    ].join('\n\n');
    expect(summariseFigures(extractFigures(unit, { lang: 'en', partOfPage: true, pageTopic: true }))).toEqual(
      [],
    );
  });
});

describe('after a sentence that names a unit of the other side and no North Korean, the next goes on with that unit', () => {
  itExtracts([
    [
      'de',
      'Nordkoreanische Soldaten griffen in Kursk an. Im Herbst zählte sein Bataillon 420 Mann. Heute sind es noch 260, 23 seiner Soldaten sind in Kursk gefallen.',
      [],
    ],
    // (a country or an army as the estimator is no unit: the count after it stays North Korea's)
    [
      'de',
      'Nordkoreanische Truppen kämpfen in Kursk. Die südkoreanischen Militärs zählten bis Ende März etwa 220 Haubitzen aus Nordkorea.',
      [['etwa 220', 'equipment', 'about', 220]],
    ],
  ]);
});

/** On a page about North Korea, words that refer back to its force resume it however far the last mention. */
describe('on a page about North Korea, "troops sent to Russia" and "the contingent" resume its subject', () => {
  itExtracts([
    [
      'de',
      'Nordkoreas Soldaten in Kursk: ein Film über Nordkoreaner im Krieg\n\nDer Film zeigt die nordkoreanischen Soldaten von Kursk.\n\nVon Carolin Wehmeyer\n\nDer Dokumentarfilm dauert 104 Minuten, er läuft ab Donnerstag in vierzig Kinos und danach im Fernsehen.\n\nEin ukrainischer Offizier erzählt, wie seine Brigade den Winter verbrachte und warum die Nächte am schlimmsten waren.\n\nDie Musik stammt von einem Leipziger Komponisten, sie trägt die langen Einstellungen ohne Kommentar.\n\nTexttafeln zitieren den NIS, wonach im Herbst 2024 rund 11.000 Soldaten nach Russland gebracht wurden.',
      [['rund 11.000', 'deployed_total', 'about', 11000]],
    ],
    // (a colonel is no regiment: the engineers before make no workers of the troops)
    [
      'uk',
      'Полковник Бондар нагадав депутатам дані, оприлюднені 13 лютого: у Курській області зараз перебувають близько 10 тисяч бойових військових КНДР і приблизно 1000 інженерів.',
      [
        ['близько 10 тисяч', 'deployed_total', 'about', 10000],
        ['приблизно 1000', 'workers_or_engineers', 'about', 1000],
      ],
    ],
  ]);
});

describe('on a page about North Korea, a paragraph that speaks of losses before a word for the force is about it', () => {
  itExtracts([
    [
      'ru',
      'Арифметика Курска: сколько северокорейцев погибло\n\nКНДР отправила в Россию около 11 тысяч военных. Северокорейские солдаты воевали в Курской области.\n\nКак считали потери\n\nСеул уточнял свои оценки раз за разом, а украинские источники публиковали свои, и каждая новая цифра тут же расходилась по телеграм-каналам с обеих сторон фронта.\n\nЛетом спорили о методике, и журналисты ездили в Сеул на закрытые брифинги, после которых депутаты пересказывали услышанное каждый по-своему и с разными акцентами.\n\nОсенью в редакцию пришли письма читателей, которые запутались в противоречивых заголовках, и мы решили разобраться, откуда берутся эти числа и кто их считает.\n\nЮжнокорейская разведка поднимала свои оценки ступенчато. Весной 2025-го она насчитывала не менее 600 погибших, а 2 сентября — уже около 2 тыс. Это больше трети первоначального контингента.',
      [
        ['около 11 тысяч', 'deployed_total', 'about', 11000],
        ['не менее 600', 'killed', 'at_least', 600],
        ['около 2 тыс.', 'killed', 'about', 2000],
      ],
    ],
  ]);
});

describe("on a page about North Korea, an FAQ's question subheading opens a section on its subject", () => {
  itExtracts([
    [
      'en',
      'North Korean troops in Russia: your questions answered\n\nHow many North Korean soldiers went to Russia? About 15,000 North Korean troops, the NIS says.\n\nHave any been taken prisoner?\n\nTwo, as far as is public. Both were wounded when Ukrainian troops caught them.\n\nAre more troops coming?\n\nYes, though in a different role. The NIS said in September 2025 that a third deployment of about 6,000 personnel was being prepared.',
      [
        ['About 15,000', 'deployed_total', 'about', 15000],
        ['Two', 'captured', 'exact', 2],
        ['about 6,000', 'reinforcements', 'about', 6000],
      ],
    ],
  ]);
});

describe('batch 58: a thread goes on with its subject from post to post, and a reply answers the question asked', () => {
  itExtracts([
    [
      'uk',
      '1/9 Що ми знаємо про другу хвилю КНДРівців на Курщині.\n\n2/9 Спершу про Буданова: він не погодився з оцінкою.\n\n3/9 Зеленський казав про «можливо», а не «вже».\n\n4/9 Гетманчук чекає поповнення.\n\n5/9 Ще деталь: бл. 300 поранених уже повернулися в стрій.',
      [['бл. 300', 'other_nk', 'about', 300]],
    ],
    [
      'uk',
      'Війська КНДР на Курщині.\n\n@olia_kyivska · 28 бер.\nА загиблих скільки? Є хоч якась цифра?\n\n↳ @kobzar_osint · 28 бер.\nСтаном на кінець лютого ГУР (через того ж Ю Ён Вона) — бл. 400. У НСР цифри нижчі.',
      [['бл. 400', 'killed', 'about', 400]],
    ],
  ]);
});

describe('an army that only speaks a number keeps the force the subject of the next paragraph', () => {
  itExtracts([
    [
      'en',
      'North Korea sent 12,000 troops.\n\nFERREIRA: The Ukrainians said nearly twelve thousand.\n\nDUNMORE: And now the British say the losses are enormous.\n\nFERREIRA: They do. In January the South Koreans were saying about three hundred dead.',
      [
        ['12,000', 'deployed_total', 'exact', 12000],
        ['nearly twelve thousand', 'deployed_total', 'nearly', 12000],
        ['about three hundred', 'killed', 'about', 300],
      ],
    ],
    // (an army that owns what it counts ends it: "the Ukrainians lost")
    [
      'en',
      'North Korea sent 12,000 troops.\n\nThe Ukrainians said they had lost nearly twelve hundred men.\n\nIn January about three hundred died.',
      [['12,000', 'deployed_total', 'exact', 12000]],
    ],
  ]);
});

describe('drones the force fights against are no other news', () => {
  itExtracts([
    [
      'en',
      'North Korean troops fought. The NIS believes the soldiers, part of a force of about 11,000 that it says moved to Kursk in late October, are struggling in open fields against Ukrainian drones.',
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
    // (a drone strike on a town is still other news)
    [
      'en',
      'North Korean troops fought in Kursk. Russian drones hit Kharkiv overnight, and 12 residents were wounded.',
      [],
    ],
  ]);
});
