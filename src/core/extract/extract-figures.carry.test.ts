import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { extractFigures } from './extract-figures.ts';
import { summariseFigures, type Want } from './summarise-figures.test-helper.ts';

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
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe("a live blog's entry (a time alone on its first line) takes no subject from the entry before", () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
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
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('a figure named again in a conversation, a list item, "That is the count of"', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
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
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

/** A rate per day whose force is named in the sentence before and referred to by "their" ("их темп"). */
describe('a rate of losses of the force named before', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

/** A number named again after a count or an estimate before it: "называла", "сочла более реалистичными", "hält … für realistischer". */
describe('a count named after an estimate', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

/** A thread's numbered posts go on with its subject; a total given with an adjective is named too. */
describe('thread posts and totals', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

/** A reader's signed letter that asks how many, and the editor's reply below it. */
describe("a signed letter's question and the editor's answer", () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});
