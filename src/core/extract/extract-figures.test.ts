import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { extractFigures } from './extract-figures.ts';
import { summariseFigures as summarise, type Want } from './summarise-figures.test-helper.ts';
import { SEED_ARTICLE } from '../match/seed-article.fixture.ts';

// The seed article's content in our own words (one fixture for the extractor's and the matcher's tests).
const SEED = SEED_ARTICLE;

describe('extractFigures on the seed article', () => {
  it('finds every figure with its metric and qualifier, and nothing else', () => {
    expect(summarise(extractFigures(SEED))).toEqual<Want[]>([
      ['at least 3 000', 'reinforcements', 'at_least', 3000],
      ['nearly 11 000', 'deployed_total', 'nearly', 11000],
      ['4 000', 'killed', 'exact', 4000],
      ['approximately 3 000 or more', 'reinforcements', 'at_least', 3000],
      ['about 220', 'equipment', 'about', 220],
      ['approximately 12 000', 'deployed_total', 'about', 12000],
      ['500', 'other_nk', 'exact', 500],
      ['three', 'other_nk', 'exact', 3],
      ['more than 3 000', 'casualties_total', 'more_than', 3000],
      ['300', 'killed', 'exact', 300],
      ['almost 2 700', 'wounded', 'nearly', 2700],
    ]);
  });

  it('keeps text equal to the input slice', () => {
    for (const f of extractFigures(SEED)) expect(SEED.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('extractFigures on single passages', () => {
  it.each<[Lang, string, Want[]]>([
    // English
    [
      'en',
      'Pyongyang has sent some 10,000 troops, and around 1,200 of them have been killed or injured.',
      [
        ['some 10,000', 'deployed_total', 'about', 10000],
        ['around 1,200', 'casualties_total', 'about', 1200],
      ],
    ],
    [
      'en',
      'North Korea could send 20,000 to 25,000 more soldiers, while dozens of North Korean troops were captured.',
      [
        ['20,000 to 25,000', 'reinforcements', 'range', [20000, 25000]],
        ['dozens', 'captured', 'vague', null],
      ],
    ],
    [
      'en',
      'The DPRK shipped more than 13,000 containers and up to 9 million shells, plus 148 KN-23 missiles.',
      [
        ['more than 13,000', 'munitions', 'more_than', 13000],
        ['up to 9 million', 'munitions', 'up_to', 9000000],
        ['148', 'munitions', 'exact', 148],
      ],
    ],
    [
      'en',
      'Kyiv says North Korean losses top 3,800, including 6,000+ wounded? No: about a third died.',
      [
        ['3,800', 'casualties_total', 'more_than', 3800],
        ['6,000+', 'wounded', 'more_than', 6000],
      ],
    ],
    [
      'en',
      'North Korea handed over 100 howitzers to Russia for the war, and sent over 200 rocket launchers.',
      [
        ['100', 'equipment', 'exact', 100],
        ['over 200', 'equipment', 'more_than', 200],
      ],
    ],
    [
      'en',
      'Pyongyang is turning over 50 artillery systems to Moscow for the war; its troops took over 100 prisoners.',
      [
        ['50', 'equipment', 'exact', 50],
        ['over 100', 'captured', 'more_than', 100],
      ],
    ],
    [
      'en',
      'North Korea will send 1,000 sappers and 5,000 military builders to Kursk.',
      [
        ['1,000', 'workers_or_engineers', 'exact', 1000],
        ['5,000', 'workers_or_engineers', 'exact', 5000],
      ],
    ],
    [
      'en',
      'Pyongyang has supplied up to 50% of the shells Russia fires, or roughly 3 million rounds a year.',
      [
        ['up to 50%', 'munitions', 'up_to', 50],
        ['roughly 3 million', 'munitions', 'about', 3000000],
      ],
    ],
    [
      'en',
      'Kim Jong Un sent his troops in October 2024. By January, 3,000 had been killed or wounded, Zelensky said, while Russia lost 1,000 soldiers a day.',
      [['3,000', 'casualties_total', 'exact', 3000]],
    ],
    [
      'en',
      'North Korea: at least 10,000 troops are in Kursk after about 2,000 additional troops arrived in a week.',
      [
        ['at least 10,000', 'deployed_total', 'at_least', 10000],
        ['about 2,000', 'reinforcements', 'about', 2000],
      ],
    ],
    [
      'en',
      'Seoul estimates that Pyongyang has lost roughly 2,000 men in Kursk, out of some 13,000 it has sent since October 2024.',
      [
        ['roughly 2,000', 'casualties_total', 'about', 2000],
        ['some 13,000', 'deployed_total', 'about', 13000],
      ],
    ],
    [
      'uk',
      'Як повідомляє ГУР, підрозділи КНДР втратили близько 300 бійців убитими, ще понад 2 700 дістали поранень.',
      [
        ['близько 300', 'killed', 'about', 300],
        ['понад 2 700', 'wounded', 'more_than', 2700],
      ],
    ],
    // Ukrainian
    [
      'uk',
      'КНДР відправила до Росії близько 11 тисяч військових, з них понад 4 тисячі загинули або були поранені.',
      [
        ['близько 11 тисяч', 'deployed_total', 'about', 11000],
        ['понад 4 тисячі', 'casualties_total', 'more_than', 4000],
      ],
    ],
    [
      'uk',
      'За даними розвідки, Північна Корея може відправити ще 25-30 тисяч солдатів.',
      [['25-30 тисяч', 'reinforcements', 'range', [25000, 30000]]],
    ],
    // A number in words with a scale word and the counted thing
    [
      'en',
      'North Korea has sent Russia more than ten million artillery shells.',
      [['more than ten million', 'munitions', 'more_than', 10_000_000]],
    ],
    ['en', 'The two sides exchanged ten thousand words, North Korea said.', []],
    // Verbs of killing and wounding before the number
    [
      'uk',
      'Спецпризначенці ліквідували 12 військових КНДР і поранили ще 20.',
      [
        ['12', 'killed', 'exact', 12],
        ['20', 'wounded', 'exact', 20],
      ],
    ],
    ['uk', 'Бійці поранили двадцятьох військових КНДР.', [['двадцятьох', 'wounded', 'exact', 20]]],
    // The owner named in a clause of its own after the number
    [
      'ru',
      'Разведка Южной Кореи насчитала около 30 тысяч контейнеров, отправленных из КНДР в Россию.',
      [['около 30 тысяч', 'munitions', 'about', 30000]],
    ],
    [
      'de',
      'Das Ministerium in Seoul zählte 200 Geschütze, die Nordkorea an Russland geliefert habe.',
      [['200', 'equipment', 'exact', 200]],
    ],
    // Russian
    [
      'ru',
      'По данным разведки, в плен попали двое северокорейских военных, а около 300 погибли.',
      [
        ['двое', 'captured', 'exact', 2],
        ['около 300', 'killed', 'about', 300],
      ],
    ],
    [
      'uk',
      'Розвідка налічує близько 400 загиблих і приблизно 3600 поранених північнокорейців, ще 20 дістали поранення.',
      [
        ['близько 400', 'killed', 'about', 400],
        ['приблизно 3600', 'wounded', 'about', 3600],
        ['20', 'wounded', 'exact', 20],
      ],
    ],
    [
      'uk',
      'КНДР відправить близько тисячі саперів і 5 тисяч військових будівельників.',
      [
        ['близько тисячі', 'workers_or_engineers', 'about', 1000],
        ['5 тисяч', 'workers_or_engineers', 'exact', 5000],
      ],
    ],
    [
      'ru',
      'КНДР направила в Россию не менее 12 тыс. военных и более 100 баллистических ракет.',
      [
        ['не менее 12 тыс.', 'deployed_total', 'at_least', 12000],
        ['более 100', 'munitions', 'more_than', 100],
      ],
    ],
    // German
    [
      'de',
      'Nordkorea hat rund 11.000 Soldaten geschickt; knapp 4.000 von ihnen wurden getötet oder verwundet.',
      [
        ['rund 11.000', 'deployed_total', 'about', 11000],
        ['knapp 4.000', 'casualties_total', 'nearly', 4000],
      ],
    ],
    [
      'de',
      'Laut Seoul kamen weitere 3000 nordkoreanische Soldaten hinzu.',
      [['3000', 'reinforcements', 'exact', 3000]],
    ],
    [
      'de',
      'Nach Angaben Kiews sind rund 12.000 Mann aus Nordkorea im Einsatz, etwa 3000 von ihnen wurden verwundet.',
      [
        ['rund 12.000', 'deployed_total', 'about', 12000],
        ['etwa 3000', 'wounded', 'about', 3000],
      ],
    ],
    [
      'de',
      "Der Militärgeheimdienst sprach von knapp 11'000 nordkoreanischen Infanteristen und 120 an Russland gelieferten Kurzstreckenraketen.",
      [
        ["knapp 11'000", 'deployed_total', 'nearly', 11000],
        ['120', 'munitions', 'exact', 120],
      ],
    ],
    [
      'ko',
      '북한이 러시아에 파병한 병력은 1만5천여 명이며 이 가운데 사상자는 4천700여 명에 달한다.',
      [
        ['1만5천여', 'deployed_total', 'about', 15000],
        ['4천700여', 'casualties_total', 'about', 4700],
      ],
    ],
    [
      'ko',
      '국정원은 북한군 사망자가 600명가량이며, 장교 500명 이상의 장교도 보냈다고 밝혔다.',
      [
        ['600명가량', 'killed', 'about', 600],
        ['500명 이상', 'other_nk', 'at_least', 500],
      ],
    ],
    // Korean
    [
      'ko',
      '합참은 북한군 1만1000여 명 가운데 4천여 명이 죽거나 다쳤다고 밝혔다.',
      [
        ['1만1000여', 'deployed_total', 'about', 11000],
        ['4천여', 'casualties_total', 'about', 4000],
      ],
    ],
    [
      'ko',
      '북한은 올해 3천 명 이상을 추가로 파병했으며 자주포 220여 문도 보냈다.',
      [
        ['3천 명 이상', 'reinforcements', 'at_least', 3000],
        ['220여', 'equipment', 'about', 220],
      ],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('extractFigures never reports non-figures', () => {
  it.each<[Lang, string]>([
    ['en', 'Russia has lost more than 30,000 soldiers in Kursk since August, while North Korea watched.'],
    ['en', 'North Korea test-fired a KN-23 and showed its 170-mm guns on 12 March 2025 at 10:30.'],
    ['en', 'North Korea keeps an army of about 1.2 million active-duty soldiers.'],
    ['en', 'About 34,000 North Korean defectors have resettled in the South since 1998.'],
    ['en', 'North Korea paid $800 a month to each of its workers for 3 years.'],
    ['uk', 'Росія втратила понад 20 тисяч військових, повідомили в ЗСУ; КНДР мовчить.'],
    ['ru', 'Российские потери под Курском превысили 40 тысяч военных, а КНДР молчит.'],
    ['de', 'Nordkorea feierte am 24. Oktober 2024 den 80. Jahrestag; Russland verlor 1.500 Soldaten am Tag.'],
    ['ko', '러시아군은 하루 1천500명의 병력을 잃고 있다고 북한 매체가 2024년 12월 보도했다.'],
    ['en', 'South Korea sent 19,000 troops to the drills.'],
    ['en', 'North Korea fired 10 ballistic missiles into the sea during a drill, Seoul said.'],
    [
      'en',
      'Kim Jong Un met Russian officials in Pyongyang.\n\nGermany pledged 4 more Patriot systems, and 3,000 people attended a rally.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe('death idioms are killed counts', () => {
  it.each<[string, Lang, string]>([
    ['Nach Angaben aus Kiew haben etwa 900 Nordkoreaner in Kursk ihr Leben verloren.', 'de', '900'],
    ['Mindestens 900 nordkoreanische Soldaten sind bei den Angriffen umgekommen.', 'de', '900'],
    ['Nach Angaben aus Kiew sind etwa 900 nordkoreanische Soldaten tot.', 'de', '900'],
    ['За даними ГУР, близько 900 військових КНДР віддали життя на Курщині.', 'uk', '900'],
    ['По данным ГУР, около 900 военных КНДР лишились жизни в Курской области.', 'ru', '900'],
    ['Ukrainian officials said some 900 North Korean soldiers gave their lives in Kursk.', 'en', '900'],
  ])('%s', (text, lang, figureText) => {
    const figure = extractFigures(text, { lang }).find((f) => f.text.includes(figureText));
    expect(figure?.metric).toBe('killed');
  });
});

describe('verbs of reaching, nearing and not exceeding (uk, ru, de, en)', () => {
  it.each<[Lang, string, Want[]]>([
    ['ru', 'Число погибших военных КНДР достигло двух тысяч.', [['двух тысяч', 'killed', 'exact', 2000]]],
    [
      'ru',
      'Число раненых солдат КНДР составило около 2 тысяч.',
      [['около 2 тысяч', 'wounded', 'about', 2000]],
    ],
    ['ru', 'Число раненых бойцов КНДР уже приближается к тысяче.', [['тысяче', 'wounded', 'nearly', 1000]]],
    [
      'ru',
      'Контингент КНДР, по оценке Киева, не превышает 12 тысяч военных.',
      [['12 тысяч', 'deployed_total', 'up_to', 12000]],
    ],
    [
      'ru',
      'Зеленский говорил о 11 тысячах военных КНДР в Курской области.',
      [['11 тысячах', 'deployed_total', 'exact', 11000]],
    ],
    [
      'uk',
      'Кількість загиблих військових КНДР досягла двох тисяч.',
      [['двох тисяч', 'killed', 'exact', 2000]],
    ],
    [
      'uk',
      'Кількість поранених вояків КНДР наближається до тисячі.',
      [['тисячі', 'wounded', 'nearly', 1000]],
    ],
    [
      'uk',
      'Кількість військових КНДР у Курській області не перевищує 12 тисяч.',
      [['12 тисяч', 'deployed_total', 'up_to', 12000]],
    ],
    ['uk', 'КНДР відправила тисячі військових до Росії.', [['тисячі', 'deployed_total', 'vague', null]]],
    [
      'en',
      'The North Korean contingent does not exceed 12,000 troops, Kyiv says.',
      [['12,000', 'deployed_total', 'up_to', 12000]],
    ],
    [
      'en',
      'North Korean losses in Kursk are nearing 1,000 soldiers.',
      [['1,000', 'casualties_total', 'nearly', 1000]],
    ],
    [
      'de',
      'Laut Seoul sind etwa 15 Tsd. nordkoreanische Soldaten in Russland.',
      [['etwa 15 Tsd.', 'deployed_total', 'about', 15000]],
    ],
    [
      'ru',
      'По оценке Сеула, КНДР передала более 12 миллионов выстрелов к гаубицам.',
      [['более 12 миллионов', 'munitions', 'more_than', 12000000]],
    ],
    [
      'ru',
      'Бойцы ВСУ уничтожили 12 военных КНДР и ранили ещё 20.',
      [
        ['12', 'killed', 'exact', 12],
        ['20', 'wounded', 'exact', 20],
      ],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('wounded taken home are repatriated (other_nk), as the corpus convention says', () => {
  it.each<[Lang, string, string]>([
    [
      'en',
      'North Korea lost 4,700 men. Of the wounded, about 2,000 were flown back to North Korea in March.',
      'about 2,000',
    ],
    [
      'de',
      'Nordkorea verlor 4700 Mann; etwa 2000 verwundete Soldaten wurden per Zug nach Nordkorea zurückgebracht.',
      'etwa 2000',
    ],
    [
      'uk',
      'КНДР втратила 4700 військових; близько 2 тисяч поранених літаками вивезли до КНДР.',
      'близько 2 тисяч',
    ],
    ['ru', 'КНДР потеряла 4700 военных; около 2 тысяч раненых вывезли в КНДР поездами.', 'около 2 тысяч'],
    ['ko', '북한군 사상자는 4천700명이다. 부상병 2천 명가량은 열차 편으로 본국에 후송됐다.', '2천 명가량'],
  ])('%s: %s', (lang, text, figureText) => {
    const figure = extractFigures(text, { lang }).find((f) => f.text === figureText);
    expect(figure?.metric).toBe('other_nk');
  });

  it('keeps a wounded count when the repatriated are a number of their own', () => {
    const figures = summarise(
      extractFigures('North Korea: 2,000 soldiers were wounded, and 300 were repatriated.', { lang: 'en' }),
    );
    expect(figures).toEqual([
      ['2,000', 'wounded', 'exact', 2000],
      ['300', 'other_nk', 'exact', 300],
    ]);
  });
});

describe('more non-figures: ages, dotted dates, treaty articles, fractions, waves, houses, Russia losing', () => {
  it.each<[Lang, string]>([
    ['en', 'North Korean troops are in Kursk. The captured men, aged 19 and 27, spoke to reporters.'],
    ['uk', 'Військові КНДР воюють на Курщині. Звіт NIS від 30.04.2025 згадує про бої.'],
    ['ru', 'Договор России и КНДР из 23 статей вступил в силу в декабре.'],
    ['ko', '북한과 러시아의 조약은 모두 23개 조로 되어 있다.'],
    ['ko', '북한군 병력의 3분의 2가량이 전선에 배치됐다고 한다.'],
    ['de', 'Nordkorea hat seine Soldaten in zwei Schüben nach Russland geschickt.'],
    [
      'de',
      'Nordkoreanische Truppen kämpfen in Kursk. In Sumy wurden zwei Wohnhäuser beschädigt, Verletzte gab es nicht.',
    ],
    [
      'de',
      'Nordkoreanische Soldaten stehen in Kursk. An manchen Tagen verliert Russland mehr als 1000 Soldaten.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });

  it('a location on the Russian side of the border does not end the carry-over of North Korea', () => {
    const text =
      'About 10,000 North Korean troops are stationed near the border.\n\n' +
      'They guard positions on the Russian side of the border.\n\n' +
      'Around 5,000 military builders are expected to follow.';
    expect(summarise(extractFigures(text, { lang: 'en' })).map((w) => w[0])).toEqual([
      'About 10,000',
      'Around 5,000',
    ]);
  });
});

describe('what a figure counts, in clauses the seventh blind batch wrote', () => {
  it.each<[Lang, string, Want[]]>([
    // "ще" (still) far from the number is no reinforcement cue
    [
      'uk',
      'Військові КНДР воюють на Курщині. Загиблих розвідка ще у вересні оцінила в близько 2 тисяч.',
      [['близько 2 тисяч', 'killed', 'about', 2000]],
    ],
    // an aside between commas does not part the losses from their number
    [
      'ru',
      'Потери военных КНДР под Курском, по всей видимости, превысили 6 тысяч человек.',
      [['6 тысяч', 'casualties_total', 'more_than', 6000]],
    ],
    // a casualty verb that closes the clause
    [
      'de',
      'Seoul: Etwa 6000 Nordkoreaner im Einsatz für Russland getötet oder verwundet',
      [['Etwa 6000', 'casualties_total', 'about', 6000]],
    ],
    [
      'de',
      'Nordkorea, laut NIS: ca. 4700 Tote/Verwundete.',
      [['ca. 4700', 'casualties_total', 'about', 4700]],
    ],
    [
      'uk',
      'Київ утримує двох військових КНДР, захоплених у Курській області.',
      [['двох', 'captured', 'exact', 2]],
    ],
    ['de', 'In Kursk wurden zwei Soldaten aus Nordkorea festgesetzt.', [['zwei', 'captured', 'exact', 2]]],
    // "Tsd." does not end a sentence before a capitalised noun
    [
      'de',
      'Nordkoreas Armee in Russland. NIS (30.4.): ca. 15 Tsd. Soldaten entsandt.',
      [['ca. 15 Tsd.', 'deployed_total', 'about', 15000]],
    ],
    [
      'de',
      'Nordkorea: rund 11.000 im ersten Kontingent; mehr als 3000 weitere als Nachschub.',
      [
        ['rund 11.000', 'deployed_total', 'about', 11000],
        ['mehr als 3000', 'reinforcements', 'more_than', 3000],
      ],
    ],
    [
      'ko',
      '북한은 자주포와 방사포를 합쳐 220여문을 러시아에 넘겼다.',
      [['220여', 'equipment', 'about', 220]],
    ],
    [
      'en',
      'North Korean units fought through the winter of 2024-25 and lost 4,000 soldiers.',
      [['4,000', 'casualties_total', 'exact', 4000]],
    ],
    // a share needs what it is a share of
    [
      'de',
      'Nordkorea liefert bis zu 40 Prozent der Munition, die Russland verschießt.',
      [['bis zu 40 Prozent', 'munitions', 'up_to', 40]],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });

  it.each<[Lang, string]>([
    [
      'de',
      'Nordkorea handelt kaum: Auf China entfallen mehr als 90 Prozent des nordkoreanischen Außenhandels.',
    ],
    ['uk', 'За оцінкою Банку Кореї, економіка КНДР у 2024 році зросла на 3,7%.'],
  ])('no figure: %s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe('front pages, tickers and bulletins: the eighth blind batch', () => {
  it.each<[Lang, string]>([
    // local news next to a story about the troops: shelling, strikes on cities, evacuations, markets
    [
      'en',
      'North Korean soldiers fought in Kursk.\n\nFamine spreads south as 63 killed in strikes on the city, health ministry says.',
    ],
    [
      'ru',
      'Военные КНДР воюют под Курском.\n\nУдар по Харькову: 2 погибших, 19 раненых, повреждены 14 многоэтажек.',
    ],
    ['uk', 'Військові КНДР на Курщині.\n\nСумщина: за добу 83 обстріли, поранено двох цивільних.'],
    [
      'ru',
      'Военные КНДР воюют под Курском.\n\nМосбиржа закрылась в минусе: индекс потерял 1,2%, до 2 781 пункта.',
    ],
    ['uk', 'Військові КНДР на Курщині.\n\nЗ початку року з прикордоння виїхали 312 людей, з них 41 дитина.'],
    [
      'ko',
      '북한군이 러시아에 있다. 러시아 관광객은 1천500명을 넘었고 외래환자 1천 명당 12.1명이다. 전문가 3명에게 물었다.',
    ],
    [
      'ko',
      '북한군이 러시아에 있다. 반세기 전 한국은 베트남에 32만 명 넘는 장병을 보냈고, 그중 5천 명 넘게 돌아오지 못했다.',
    ],
    ['de', 'Nordkorea unterstützt Russland seit dem Herbst 2024 auch mit Kampftruppen.'],
    [
      'de',
      'Nordkoreas Truppen in Kursk. Zum Vergleich: Für die russische Seite nannte Syrskyj mindestens 80.000 Tote und Verwundete.',
    ],
    ['uk', 'Військові КНДР на Курщині. Поранено 64-річного чоловіка.'],
    ['ru', 'Солдаты КНДР в плену; по данным СБУ, оба служили в разведке.'],
    ['en', 'North Korean troops in Kursk.\n\nMISREADING 1: "lost" is not "killed".'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });

  it.each<[Lang, string, Want[]]>([
    [
      'ko',
      '국정원은 북한군 군 건설 병력 5천여 명이 9월부터 러시아로 이동했다고 밝혔다.',
      [['5천여', 'workers_or_engineers', 'about', 5000]],
    ],
    [
      'ko',
      '국정원은 북한이 공병과 병력 등 6천여 명을 추가로 보낼 것이라고 밝혔다.',
      [['6천여', 'reinforcements', 'about', 6000]],
    ],
    [
      'ko',
      '지난해 12월 북한으로 돌아간 북한군 1천100여 명이 다시 전선에 투입될 수 있다.',
      [['1천100여', 'other_nk', 'about', 1100]],
    ],
    [
      'uk',
      'Кирило Буданов говорив про «майже 11 тисяч» піхотинців КНДР.',
      [['майже 11 тисяч', 'deployed_total', 'nearly', 11000]],
    ],
    [
      'uk',
      'У Курській області — близько 11 тисяч військових КНДР, з них приблизно тисяча — інженерні війська.',
      [
        ['близько 11 тисяч', 'deployed_total', 'about', 11000],
        ['приблизно тисяча', 'workers_or_engineers', 'about', 1000],
      ],
    ],
    [
      'uk',
      'За даними розвідки, десь 10 тисяч військових КНДР воюють на Курщині.',
      [['десь 10 тисяч', 'deployed_total', 'about', 10000]],
    ],
    [
      'ru',
      'Потери КНДР перевалили за 6 тысяч убитыми и ранеными.',
      [['6 тысяч', 'casualties_total', 'more_than', 6000]],
    ],
    [
      'ru',
      'Белый дом говорил о не менее чем 3 тысячах военных КНДР.',
      [['не менее чем 3 тысячах', 'deployed_total', 'at_least', 3000]],
    ],
    [
      'ru',
      'Ким Чен Ын почтил саперов КНДР: девятерых погибших назвали героями.',
      [['девятерых', 'killed', 'exact', 9]],
    ],
    [
      'en',
      'North Korea sent 10,000 troops in autumn 2024. In the summer 2,000 more North Korean soldiers arrived.',
      [
        ['10,000', 'deployed_total', 'exact', 10000],
        ['2,000', 'reinforcements', 'exact', 2000],
      ],
    ],
    [
      'en',
      'North Korean troops in Kursk • KOSPI ends week at 4,167 • About 2,000 North Korean soldiers killed, NIS says',
      [['About 2,000', 'killed', 'about', 2000]],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('a count in words starts a phrase of its own', () => {
  it('"15,000 had gone in two rounds" counts no rounds', () => {
    const text =
      'North Korean troops in Russia: the NIS said that about 15,000 had gone in two rounds since October 2024.';
    expect(summarise(extractFigures(text, { lang: 'en' }))).toEqual([
      ['about 15,000', 'deployed_total', 'about', 15000],
    ]);
  });
});

describe('hours and distant disasters are no figures', () => {
  it.each<[Lang, string]>([
    ['en', 'North Korean troops in Kursk. Watch the full report on Pacific 8 News at 6 and 11.'],
    [
      'en',
      'North Korean troops in Kursk.\n\nFamine spreads south as 63 killed in strikes, health ministry says.',
    ],
    ['de', 'Nordkoreanische Soldaten in Kursk. Die Sendung läuft um 18 Uhr.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe('live blogs, digests and interviews: the ninth blind batch', () => {
  it.each<[Lang, string]>([
    [
      'en',
      "North Korea sends shells. Russia's own factories, by Western estimates, turn out around 3 million shells a year.",
    ],
    ['ru', 'КНДР поставляет снаряды. По западным оценкам, российские заводы дают 3–4 млн снарядов в год.'],
    [
      'de',
      'Nordkoreanische Soldaten in Kursk. In der Nacht wurde Kiew mit 440 Drohnen und 32 Raketen angegriffen.',
    ],
    ['uk', 'Військові КНДР на Курщині. Уночі 72 шахеди та 3 ракети Х-59; сили ППО збили 47 дронів.'],
    ['uk', 'Військові КНДР у полоні. Полоненим 20 і 26 років.'],
    ['en', 'North Korean troops in Kursk. OUR TALLY: Day 1,039 of the full-scale invasion.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });

  it.each<[Lang, string, Want[]]>([
    [
      'ru',
      'Первый контингент КНДР — округлённо 11 тысяч военных.',
      [['округлённо 11 тысяч', 'deployed_total', 'about', 11000]],
    ],
    [
      'uk',
      'Військові КНДР прибули: у Росії їх уже приблизно 3 тисячі.',
      [['приблизно 3 тисячі', 'deployed_total', 'about', 3000]],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('ranges written in words', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'en',
      'North Korea sent four to six million shells to Russia for the war.',
      [['four to six million', 'munitions', 'range', [4000000, 6000000]]],
    ],
    [
      'de',
      'Nordkorea lieferte vier bis sechs Millionen Granaten an Russland im Krieg.',
      [['vier bis sechs Millionen', 'munitions', 'range', [4000000, 6000000]]],
    ],
    [
      'de',
      'Nordkorea verlegt vielleicht zwei- bis dreitausend Soldaten an die Front.',
      [['zwei- bis dreitausend', 'deployed_total', 'range', [2000, 3000]]],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('more non-figures from the ninth blind batch', () => {
  it.each<[Lang, string]>([
    ['en', "North Korea's army is one of the world's largest armed forces."],
    ['en', 'North Korean defectors: the ministry counted 236 North Koreans arriving in the South in 2024.'],
    ['uk', 'У серпні 2024-го один північнокорейський солдат перейшов лінію розмежування.'],
    [
      'uk',
      'Військові КНДР на Курщині. Тим часом Вонсан прийняв першу групу туристів із Росії — кілька десятків осіб.',
    ],
    ['uk', 'Військові КНДР на Курщині. Серпень 2025 — початок розмінування.'],
    ['ko', '러시아 관광업계에 따르면 지난해 북한을 찾은 러시아인은 1천500명 안팎이었다.'],
    ['ko', '국방백서는 북한 정규군을 약 128만 명, 특수작전군을 약 20만 명으로 추정한다.'],
    ['ko', '북한군이 러시아에 있다. 2019년 나포된 북한 선원 2명이 강제 북송됐다.'],
    ['ko', '북한군이 쿠르스크에 있다. 2025년 8월 528공병연대가 투입됐다.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });

  it('still counts one soldier', () => {
    expect(summarise(extractFigures('North Korea lost one soldier in Kursk.', { lang: 'en' }))).toEqual([
      ['one', 'casualties_total', 'exact', 1],
    ]);
  });
});

describe('words of local news match whole words only', () => {
  it('"оппозиция" holds "ппо" but is no air-defence report', () => {
    const text = 'Военные КНДР воюют в Курской области. Оппозиция насчитала 300 погибших военных.';
    expect(summarise(extractFigures(text, { lang: 'ru' }))).toEqual([['300', 'killed', 'exact', 300]]);
  });
});

describe('ordinary news articles: the tenth blind batch', () => {
  it.each<[Lang, string, Want[]]>([
    // a country the troops were sent to or fight for is no owner of the number after it
    [
      'en',
      'North Korean soldiers sent to fight for Russia have suffered around 6,000 casualties, the NIS said.',
      [['around 6,000', 'casualties_total', 'about', 6000]],
    ],
    [
      'en',
      'North Korean soldiers deployed in Russia have suffered around 6,000 casualties.',
      [['around 6,000', 'casualties_total', 'about', 6000]],
    ],
    // a casualty rate in a sentence that names North Korea is an estimate of its own
    [
      'en',
      'The ISW estimated about 92 North Korean casualties a day.',
      [['about 92', 'casualties_total', 'about', 92]],
    ],
    // a fact box's lines: the description after the dash says what the number counts and whose it is
    [
      'de',
      'IN ZAHLEN\nca. 15 Tsd. – Soldaten hat Nordkorea bis April nach Russland entsandt\netwa 6000 – Umfang einer geplanten dritten Entsendung (NIS)\nmindestens 80.000 – russische Tote und Verwundete in Kursk (Syrskyj)',
      [
        ['ca. 15 Tsd.', 'deployed_total', 'about', 15000],
        ['etwa 6000', 'reinforcements', 'about', 6000],
      ],
    ],
    [
      'en',
      'BY THE NUMBERS\nAbout 15,000 – North Korean troops sent to Russia, NIS\nAt least 80,000 – Russian troops killed or wounded in Kursk\n24 – years between Putin’s two visits to Pyongyang',
      [['About 15,000', 'deployed_total', 'about', 15000]],
    ],
    [
      'ru',
      'В ЦИФРАХ\nболее 12 млн — снарядов получила Россия от КНДР, по оценке разведки\n80 000 — столько, по словам Сырского, потеряла Россия в Курской области',
      [['более 12 млн', 'munitions', 'more_than', 12000000]],
    ],
    [
      'ko',
      '숫자로 본 북한군 파병\n▲2만5천∼3만 명: 우크라이나 정보당국이 내다본 추가 파병 가능 규모',
      [['2만5천∼3만', 'reinforcements', 'range', [25000, 30000]]],
    ],
    // wounded taken home, and soldiers who went home, are other_nk
    [
      'uk',
      'За даними NIS, близько 2 тисяч поранених північнокорейців вивезли літаками й потягами назад до КНДР.',
      [['близько 2 тисяч', 'other_nk', 'about', 2000]],
    ],
    [
      'ru',
      'По данным NIS, около 1100 северокорейских военных, вернувшихся в КНДР в декабре, могут снова отправить на фронт.',
      [['около 1100', 'other_nk', 'about', 1100]],
    ],
    [
      'ko',
      '국정원은 북한군 부상자 가운데 2천여 명이 열차 편으로 북한에 후송됐다고 밝혔다.',
      [['2천여', 'other_nk', 'about', 2000]],
    ],
    // wounded who were taken prisoner are captured; killed in action beats the unit they served in
    ['en', 'Two wounded North Koreans were captured in Kursk in January.', [['Two', 'captured', 'exact', 2]]],
    [
      'en',
      'About 2,700 North Koreans were wounded, the NIS said, and Ukraine captured two.',
      [['About 2,700', 'wounded', 'about', 2700]],
    ],
    [
      'de',
      'Kim ehrte in Pjöngjang neun im Einsatz getötete nordkoreanische Pioniere.',
      [['neun', 'killed', 'exact', 9]],
    ],
    // an age in brackets after a name is no count
    [
      'de',
      'Nordkoreaner in Kursk: Präsident Selenskyj (46) sprach von mehr als 3000 getöteten und verwundeten Nordkoreanern.',
      [['mehr als 3000', 'casualties_total', 'more_than', 3000]],
    ],
    // Russia's own troops, with German word order
    [
      'de',
      'Nordkorea schickte 11.000 Soldaten. Für Kursk hatte Russland bereits im November rund 50.000 eigene Soldaten zusammengezogen.',
      [['11.000', 'deployed_total', 'exact', 11000]],
    ],
    [
      'de',
      'Nordkorea hat Russland nach Angaben Seouls etwa 11.000 Soldaten geschickt.',
      [['etwa 11.000', 'deployed_total', 'about', 11000]],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });

  it.each<[Lang, string]>([
    // a gun crew's rate of fire, on either side of its number
    ['en', "North Korea sent shells. Kovalchuk's crew fires between 40 and 60 rounds on a quiet day."],
    ['uk', 'КНДР передала снаряди. Віталій каже, що його розрахунок за добу робить 40–50 пострілів.'],
    ['ko', '북한은 포탄을 보냈다. 그는 "우리 포대는 요즘 하루 20발 안팎으로 아껴 쏜다"고 했다.'],
    // fractions
    ['ru', 'Северокорейцы гибнут. Зеленский сказал, что около двух третей потерь составляют убитые.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe('more from the tenth blind batch: Korean verbs of exceeding, shares, repeats by value', () => {
  it.each<[Lang, string, Want[]]>([
    // Korean verbs of exceeding hedge the number and stay out of its span, like "passed 6,000"
    [
      'ko',
      '영국 국방부는 북한군의 사상자가 6천 명을 넘어섰다고 평가했다.',
      [['6천', 'casualties_total', 'more_than', 6000]],
    ],
    ['ko', '북한군 사상자가 6천 명을 넘었다.', [['6천', 'casualties_total', 'more_than', 6000]]],
    ['ko', '북한군 파병. 北 파병군 사상자 6천 명 돌파', [['6천', 'casualties_total', 'more_than', 6000]]],
    [
      'ko',
      '북한이 러시아에 보낸 포탄은 1천200만 발을 웃도는 양이다.',
      [['1천200만', 'munitions', 'more_than', 12000000]],
    ],
    ['ko', '북한군 3천 명 넘게 파병됐다.', [['3천 명 넘게', 'deployed_total', 'more_than', 3000]]],
    // a Korean share names what it is a share of before it
    [
      'ko',
      '부다노프 국장은 러시아가 소비하는 탄약의 최대 40%를 북한이 공급한다고 밝혔다.',
      [['최대 40%', 'munitions', 'up_to', 40]],
    ],
    // a number that repeats an earlier figure by its value counts what that figure counted
    [
      'de',
      'Nordkorea schickte rund 11.000 Soldaten. Die BBC rechnet meist mit den 11.000, andere mit mehr.',
      [
        ['rund 11.000', 'deployed_total', 'about', 11000],
        ['11.000', 'deployed_total', 'exact', 11000],
      ],
    ],
    [
      'ru',
      'В Курск прибыли около 11 тысяч военных КНДР. Потери — больше половины от тех самых 11 тысяч, что прибыли первыми.',
      [
        ['около 11 тысяч', 'deployed_total', 'about', 11000],
        ['11 тысяч', 'deployed_total', 'exact', 11000],
      ],
    ],
    [
      'uk',
      'КНДР передала Росії понад 12 мільйонів снарядів. Частина цих 12 мільйонів, за повідомленнями з фронту, — старі снаряди.',
      [
        ['понад 12 мільйонів', 'munitions', 'more_than', 12000000],
        ['12 мільйонів', 'munitions', 'exact', 12000000],
      ],
    ],
    // no earlier figure of that value: no repeat
    [
      'en',
      'North Korea sent about 11,000 troops. Of the 12,000, some were engineers.',
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });

  it.each<[Lang, string]>([
    // residents, prisoner exchanges of the two warring sides, durations, page furniture, "one in two"
    [
      'ru',
      'Северокорейские саперы в Курской области. По его словам, в Судже до войны жили около пяти тысяч человек.',
    ],
    ['uk', 'Військові КНДР воюють на Курщині. У травні Україна і Росія обміняли по 1000 осіб.'],
    [
      'ru',
      'В Курской области воюют военные КНДР. За одну только неделю северокорейцы потеряли убитыми сотни.',
    ],
    ['ko', '북한군이 러시아에 있다. 기자 구독 3,214명 모스크바와 평양을 잇는 노선이 열렸다.'],
    ['ko', '북한군 사상자가 처음 파견된 병력의 절반을 웃도는 규모다. 두 명 중 한 명꼴.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe('engineers who came home are still engineers; soldiers who came home are returnees', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'ru',
      'Северокорейские саперы. По данным Yonhap, домой вернулись около тысячи военных инженеров.',
      [['около тысячи', 'workers_or_engineers', 'about', 1000]],
    ],
    [
      'en',
      'The NIS believes that about 1,100 North Korean soldiers and engineers who returned home could be sent back.',
      [['about 1,100', 'other_nk', 'about', 1100]],
    ],
    [
      'ko',
      '국정원은 지난해 12월 귀국한 북한 병력과 공병 1천100명가량이 다시 전장에 보내질 수 있다고 봤다.',
      [['1천100명가량', 'other_nk', 'about', 1100]],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('owners and non-figures: the rest of the tenth blind batch', () => {
  it.each<[Lang, string]>([
    // defectors who reached the South, in either word order
    [
      'ru',
      'Северная Корея. За всё время в Южную Корею перебрались более 34 тыс. северокорейцев, но их число сократилось до двухсот человек в год.',
    ],
    ['uk', 'КНДР. Загалом до Південної Кореї перебралися понад 34 тисячі північнокорейців.'],
    ['en', 'North Korea. Over the decades more than 34,000 North Koreans fled to South Korea.'],
    // Russia's own production, said noun first; Moscow losing its own soldiers
    [
      'uk',
      'КНДР постачає снаряди. За оцінками, власне виробництво Росії торік становило близько 3 млн снарядів.',
    ],
    [
      'en',
      'North Korea sent troops. Moscow has been losing well over 1,000 soldiers killed or wounded every day.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });

  it('Korean officers "included" in a count do not make it a count of officers', () => {
    const text = 'HUR은 장교와 장성을 포함해 거의 1만2천 명의 북한군이 파견됐다고 발표했다.';
    expect(summarise(extractFigures(text, { lang: 'ko' }))).toEqual([
      ['거의 1만2천', 'deployed_total', 'nearly', 12000],
    ]);
    expect(summarise(extractFigures('북한군 장교 500여 명이 파견됐다.', { lang: 'ko' }))).toEqual([
      ['500여', 'other_nk', 'about', 500],
    ]);
  });
});

describe('"returned to North Korea" still names North Korea; repeats look back as far as a subject carries', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('encyclopedia footnote markers', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'en',
      'According to the NIS, Russian ships carried about 1,500[14] North Korean special forces troops to Vladivostok.[15] Estimates differ.[26]',
      [['about 1,500', 'deployed_total', 'about', 1500]],
    ],
    [
      'ru',
      'Правительство КНДР приняло решение направить в Россию около 12 тыс.[8] военнослужащих.[9]',
      [['около 12 тыс.', 'deployed_total', 'about', 12000]],
    ],
    [
      'ko',
      '북한은 공식 사상자 수를 발표한 적이 없다.[29] 북한군 2명이 생포됐다.[30]',
      [['2', 'captured', 'exact', 2]],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('tables: a number alone in its cell counts what its header, caption or row says', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'en',
      'Selected estimates of North Korean casualties\nDate | Estimator | Estimate | What is counted\n22 January 2025 | Western officials | about 4,000 | killed, wounded, missing or captured\n15 June 2025 | UK Ministry of Defence | more than 6,000 | Kursk region only',
      [
        ['about 4,000', 'casualties_total', 'about', 4000],
        ['more than 6,000', 'casualties_total', 'more_than', 6000],
      ],
    ],
    [
      'de',
      'Ausgewählte Schätzungen der Gesamtverluste der Nordkoreaner (Getötete und Verwundete):\nDatum | Quelle | Angabe | Anmerkung\n23.12.2024 | Generalstab | ca. 1100[17] | bei den jüngsten Gefechten\n15.06.2025 | Verteidigungsministerium | mehr als 6000[19] | mehr als die Hälfte der ursprünglich Entsandten',
      [
        ['ca. 1100', 'casualties_total', 'about', 1100],
        ['mehr als 6000', 'casualties_total', 'more_than', 6000],
      ],
    ],
    [
      'uk',
      'Оцінки щодо військових КНДР\nДата | Оцінювач | Показник | Оцінка\n19.12.2024 | НСР | загиблі | щонайменше 100\n27.03.2025 | ОКНШ | передані САУ 170 мм і РСЗВ 240 мм (разом) | бл. 220',
      [
        ['щонайменше 100', 'killed', 'at_least', 100],
        ['бл. 220', 'equipment', 'about', 220],
      ],
    ],
    [
      'en',
      'North Korean troops in Russia\nDate\tSource\tKilled\n19 December 2024\tNIS\tat least 100',
      [['at least 100', 'killed', 'at_least', 100]],
    ],
    // an HTML table's rows arrive as blocks of their own, joined by blank lines
    [
      'en',
      'Selected estimates of North Korean casualties\n\nDate\tEstimator\tEstimate\tWhat is counted\n\n22 January 2025\tWestern officials\tabout 4,000\tkilled or wounded\n\n15 June 2025\tUK MoD\tmore than 6,000\tKursk only',
      [
        ['about 4,000', 'casualties_total', 'about', 4000],
        ['more than 6,000', 'casualties_total', 'more_than', 6000],
      ],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });

  it('a byline with bars is no table', () => {
    const text =
      'North Korean troops\n14:32 | Kyiv | Olena M. | Views: 3 214\nNorth Korea sent about 11,000 troops.';
    expect(summarise(extractFigures(text, { lang: 'en' }))).toEqual([
      ['about 11,000', 'deployed_total', 'about', 11000],
    ]);
  });
});

describe('more from the eleventh blind batch', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'en',
      '9 January 2025 – Ukrainian forces capture two wounded North Korean soldiers in Kursk Oblast.',
      [['two', 'captured', 'exact', 2]],
    ],
    [
      'en',
      '3 October 2024 – A missile strike near occupied Donetsk kills six North Korean officers.',
      [['six', 'killed', 'exact', 6]],
    ],
    // a month after a number bigger than a day is no date
    [
      'en',
      'North Korean losses passed 6,000 Aug 2025 - Kim honours the dead',
      [['6,000', 'casualties_total', 'more_than', 6000]],
    ],
    // a bare quantifier with a verb after it still counts
    ['en', 'North Korea sent troops. Several were killed.', [['Several', 'killed', 'vague', null]]],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });

  it.each<[Lang, string]>([
    // a bare quantifier before a noun that is not ours
    [
      'de',
      'Nordkorea schickte Soldaten. Die Angaben sind kaum vergleichbar, da einige Stellen nur Getötete zählen.',
    ],
    // a change in percent
    ['en', "North Korea fired missiles. South Korea's won falls 0.6% after Pyongyang missile launch."],
    // a survey's respondents
    ['ko', '북한군 파병 1년. 한 연구기관이 지난달 성인 1천 명을 상대로 한 조사에서 61%가 반대했다.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe('from the twelfth blind batch (ordinary articles)', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'de',
      'Nordkoreaner in Kursk. Etwa 8000 kämpften nach wie vor in Kursk.',
      [['Etwa 8000', 'deployed_total', 'about', 8000]],
    ],
    [
      'de',
      'Nordkorea lieferte Artillerie. Der Generalstab zählte rund 220 Systeme, Selbstfahrlafetten und Raketenwerfer.',
      [['rund 220', 'equipment', 'about', 220]],
    ],
    [
      'de',
      'Nordkorea lieferte Raketen an Russland. Für 2025 erwartete Budanow weitere rund 150 KN-23.',
      [['rund 150', 'munitions', 'about', 150]],
    ],
    [
      'de',
      'Nordkoreaner in Kursk. Sie sprechen von rund 4000 Gefechtsausfällen in knapp drei Monaten.',
      [['rund 4000', 'casualties_total', 'about', 4000]],
    ],
    [
      'ru',
      'КНДР. Американский чиновник рассказал о нескольких сотнях выбывших из строя северокорейцев.',
      [['нескольких сотнях', 'casualties_total', 'vague', null]],
    ],
    ['ko', '우크라이나에 붙잡힌 북한군 두 명이 있다.', [['두', 'captured', 'exact', 2]]],
    [
      'ko',
      '젤렌스키는 북한이 전사자와 부상자를 합쳐 벌써 4천 명을 잃었다고 했다.',
      [['4천', 'casualties_total', 'exact', 4000]],
    ],
    [
      'en',
      'North Korea lost some 3,600 wounded, and around 300 of the wounded have returned to the fighting.',
      [
        ['some 3,600', 'wounded', 'about', 3600],
        ['around 300', 'other_nk', 'about', 300],
      ],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });

  it.each<[Lang, string]>([
    ['uk', "КНДР. За даними Міністерства об'єднання, у 2024 році на Південь прибули 236 північнокорейців."],
    ['en', 'North Korea. Some 34,000 have settled in the South since the late 1990s.'],
    ['en', 'North Korea sent shells. A standard 20-foot container holds about 30 tonnes.'],
    ['ru', 'КНДР. В Хасане живёт около 600 человек.'],
    ['uk', 'КНДР постачає снаряди. У 2024 році Україна отримала 1,5 млн артилерійських снарядів.'],
    ['ko', '북한군 파병. 회의장 밖에는 취재진 50여 명이 몰렸다.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe('a number in apposition: "Pioniere, rund 1000 an der Zahl"', () => {
  it('takes the noun before the comma', () => {
    const text =
      'Nordkorea. Ein dritter Einsatz werde vorbereitet; Pioniere, rund 1000 an der Zahl, seien schon in Russland.';
    expect(summarise(extractFigures(text, { lang: 'de' }))).toEqual([
      ['rund 1000', 'workers_or_engineers', 'about', 1000],
    ]);
  });
});

describe('a long HTML table: the subject of its caption carries through every row', () => {
  it('finds each row with the metric its row or caption says', () => {
    const rows = [
      ['22.01.2025', 'BBC', 'about 4,000', 'killed or wounded'],
      ['15.06.2025', 'UK MoD', 'more than 6,000', 'Kursk only'],
      ['13.02.2026', 'NIS', 'about 6,000', 'killed or wounded'],
      ['02.09.2025', 'NIS', 'about 2,000', 'killed'],
      ['19.12.2024', 'NIS', 'at least 100', 'killed'],
    ];
    const text = [
      'Selected estimates of North Korean casualties',
      'Date\tEstimator\tEstimate\tWhat is counted',
      ...rows.map((r) => r.join('\t')),
      'Russia loses 1,000 soldiers a day.',
      'Another 500 died.',
    ].join('\n\n');
    expect(summarise(extractFigures(text, { lang: 'en' }))).toEqual([
      ['about 4,000', 'casualties_total', 'about', 4000],
      ['more than 6,000', 'casualties_total', 'more_than', 6000],
      ['about 6,000', 'casualties_total', 'about', 6000],
      ['about 2,000', 'killed', 'about', 2000],
      ['at least 100', 'killed', 'at_least', 100],
    ]);
  });
});

describe("Kim's soldiers are North Korea's", () => {
  it.each<[Lang, string, Want[]]>([
    [
      'uk',
      'КНДР відправила війська.\n\nУкраїнські сили тримають позиції на Курщині.\n\nСолдати Кіма: близько тисячі загинули за тиждень.',
      [['близько тисячі', 'killed', 'about', 1000]],
    ],
    [
      'de',
      'Nordkorea schickte Truppen.\n\nUkrainische Truppen halten Stellungen in Kursk.\n\nKims Soldaten: über 1000 tot oder verwundet in einer Woche.',
      [['über 1000', 'casualties_total', 'more_than', 1000]],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });

  it('other Kims are no cue', () => {
    expect(
      extractFigures('North Korea. Kim Yo Jong said 300 people attended the rally.', { lang: 'en' }),
    ).toEqual([]);
  });
});

describe('words of residence name residents, not "live" coverage', () => {
  it('a live blog line keeps its figure', () => {
    const text = 'North Korea sent troops to Russia. LIVE updates: about 300 were killed, Seoul says.';
    expect(summarise(extractFigures(text, { lang: 'en' }))).toEqual([['about 300', 'killed', 'about', 300]]);
  });
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
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
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

describe("Russia's and Ukraine's brigades, divisions and regiments own their numbers", () => {
  it.each<[Lang, string]>([
    [
      'de',
      'Nordkoreanische Truppen kamen nach Kursk.\n\nDie russische 810. Brigade verlor dort 300 Soldaten.',
    ],
    ['uk', 'Війська КНДР прибули на Курщину.\n\nРосійська 810-та бригада втратила там 300 бійців.'],
    [
      'ru',
      'Войска КНДР прибыли в Курскую область.\n\nРоссийская 155-я бригада морской пехоты потеряла там 300 бойцов.',
    ],
    ['ru', 'Войска КНДР прибыли в Курскую область.\n\nУкраинский полк потерял там 300 человек.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe('from the thirteenth blind batch: naming, comparing, gerunds, captives, Korean verbs', () => {
  it.each<[Lang, string, Want[]]>([
    // a number after a verb of naming restates the kind of figure before it
    [
      'en',
      'North Korean troops number about 11,000, Seoul says. The British government works with about 11,000, while Zelensky has used 12,000.',
      [
        ['about 11,000', 'deployed_total', 'about', 11000],
        ['about 11,000', 'deployed_total', 'about', 11000],
        ['12,000', 'deployed_total', 'exact', 12000],
      ],
    ],
    [
      'uk',
      'Сеул оцінив втрати КНДР у 3 тисячі вбитими й пораненими. Зеленський на зустрічі в Рамштайні назвав 4 тисячі.',
      [
        ['3 тисячі', 'casualties_total', 'exact', 3000],
        ['4 тисячі', 'casualties_total', 'exact', 4000],
      ],
    ],
    [
      'uk',
      'Депутат розповів, що близько тисячі військових інженерів КНДР уже в Росії. НІС переглянула оцінку загиблих північнокорейців: замість квітневих «щонайменше 600» розвідка тепер називала близько 2 тисяч.',
      [
        ['близько тисячі', 'workers_or_engineers', 'about', 1000],
        ['близько 2 тисяч', 'killed', 'about', 2000],
      ],
    ],
    // compared with the figure before it
    [
      'ru',
      'КНДР показала примерно 350 погибших — намного меньше, чем около 2 тыс., о которых сообщила разведка.',
      [
        ['примерно 350', 'killed', 'about', 350],
        ['около 2 тыс.', 'killed', 'about', 2000],
      ],
    ],
    [
      'en',
      "North Korea's dead: the NIS now puts the death toll at about 2,000, a steep rise from the at least 600 it estimated in April.",
      [
        ['about 2,000', 'killed', 'about', 2000],
        ['at least 600', 'killed', 'at_least', 600],
      ],
    ],
    // gerunds, "fatally", "the toll", the strength of a force
    [
      'en',
      "North Korean troops attacked again. Ukraine's special operations forces reported killing 12 of them and wounding 20 more.",
      [
        ['12', 'killed', 'exact', 12],
        ['20', 'wounded', 'exact', 20],
      ],
    ],
    [
      'en',
      'North Korean troops in Kursk: about 4,700 had been killed or wounded, around 600 of them fatally. The MoD had put the toll at over 5,000.',
      [
        ['about 4,700', 'casualties_total', 'about', 4700],
        ['around 600', 'killed', 'about', 600],
        ['over 5,000', 'casualties_total', 'more_than', 5000],
      ],
    ],
    [
      'en',
      'North Korea lost 1,000 men in a week, a staggering toll for a force that numbered 11,000 when it arrived.',
      [
        ['1,000', 'casualties_total', 'exact', 1000],
        ['11,000', 'deployed_total', 'exact', 11000],
      ],
    ],
    // captives, wounded or not
    [
      'en',
      'North Korean troops attacked. Ukrainian troops captured two wounded soldiers alive on 9 January.',
      [['two', 'captured', 'exact', 2]],
    ],
    ['en', 'Ukraine has taken two North Koreans alive, both wounded.', [['two', 'captured', 'exact', 2]]],
    [
      'de',
      'Nordkoreaner geraten selten in Gefangenschaft. Zwei von ihnen, beide verwundet, wurden am 9. Januar gefasst.',
      [['Zwei', 'captured', 'exact', 2]],
    ],
    // the owner is no US "military official"; new words for the fallen and for losses
    [
      'ru',
      'Войска КНДР в Курской области. Американский военный чиновник говорил о нескольких сотнях убитых и раненых.',
      [['нескольких сотнях', 'casualties_total', 'vague', null]],
    ],
    [
      'uk',
      'Війська КНДР. На двох церемоніях Пхеньян показав близько 350 полеглих.',
      [['близько 350', 'killed', 'about', 350]],
    ],
    [
      'de',
      'Nordkorea: Seoul ging von mehr als 6000 Ausfällen aus.',
      [['mehr als 6000', 'casualties_total', 'more_than', 6000]],
    ],
    // Korean verbs of exceeding and nearing stay out of the span; the bare words are hedges in it
    [
      'ko',
      '영국 국방부, 북한군 쿠르스크 사상자 6천 명 넘어선 듯',
      [['6천', 'casualties_total', 'more_than', 6000]],
    ],
    [
      'ko',
      '국정원은 북한이 러시아에 건넨 포탄이 1천만 발을 넘는다고 했다.',
      [['1천만', 'munitions', 'more_than', 10000000]],
    ],
    [
      'ko',
      '부다노프 국장은 북한군 병력이 1만1천 명에 육박한다고 말했다.',
      [['1만1천', 'deployed_total', 'nearly', 11000]],
    ],
    ['ko', '북한군 사상자 1만 명에 육박', [['1만 명에 육박', 'casualties_total', 'nearly', 10000]]],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('from the thirteenth blind batch: numbers that are no figures', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'de',
      'Nordkorea schickte 11.000 Soldaten. Zum Vergleich: Russland hatte nach US-Angaben rund 50.000 eigene Soldaten zusammengezogen.',
      [['11.000', 'deployed_total', 'exact', 11000]],
    ],
    [
      'de',
      'Nordkorea: Ende April bezifferte der NIS die Gesamtzahl der in zwei Runden entsandten Truppen auf rund 15.000.',
      [['rund 15.000', 'deployed_total', 'about', 15000]],
    ],
    ['de', 'Nordkorea schottet sich ab. 2024 kamen 236 Nordkoreaner im Süden an.', []],
    [
      'de',
      'Das Kontingent aus Nordkorea greift an. Seine Gruppe aus sechs Mann fliegt Drohnen. Sie greifen in Trupps von drei bis fünf Mann an.',
      [],
    ],
    [
      'de',
      'Nordkoreanische Soldaten stürmen die Stellungen. Im Januar, erzählt der Kompaniechef, habe die Brigade 23 Verwundete aus den vorderen Stellungen holen müssen.',
      [],
    ],
    [
      'de',
      'Nordkoreas Armee zählt rund 1,2 Millionen Mann, dazu kommen rund 200.000 Angehörige von Spezialeinheiten.',
      [],
    ],
    ['ko', '러시아 파병으로 주목받은 북한 특수작전군은 약 20만 명 규모로 추산된다.', []],
    ['ko', '러시아에 포탄을 보낸 북한군은 전차 4300여 대, 야포 8800여 문을 보유한 것으로 평가된다.', []],
    ['ko', '북한이 러시아에 포탄을 보냈다. 대통령 선거가 전국 1만4295개 투표소에서 치러집니다.', []],
    [
      'en',
      "North Korean troops shelled the village. Over the past fortnight several reports suggested that North Korea's troops were regrouping.",
      [],
    ],
    [
      'en',
      'North Korea sent troops. The more telling number is the one for builders: about 5,000 military builders went.',
      [['about 5,000', 'workers_or_engineers', 'about', 5000]],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('a forecast of a hundred thousand is a figure', () => {
  it('keeps "could grow to 100,000"', () => {
    const text = 'Zelensky said the North Korean deployment could grow to 100,000 troops.';
    expect(summarise(extractFigures(text, { lang: 'en' }))).toEqual([
      ['100,000', 'deployed_total', 'exact', 100000],
    ]);
  });
});

describe('from the thirteenth blind batch: questions, topics and new cue words', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('from the thirteenth blind batch: shared nouns, wholes and Korean lists', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'de',
      'Nordkorea schickte Truppen. Ob die erste Welle 11.000 oder 12.000 Mann umfasste, hängt davon ab.',
      [
        ['11.000', 'deployed_total', 'exact', 11000],
        ['12.000', 'deployed_total', 'exact', 12000],
      ],
    ],
    [
      'de',
      'Nordkorea in Kursk. Sie spricht von mehr als 6000 Toten und Verwundeten unter den rund 11.000 Soldaten, die Pjöngjang schickte.',
      [
        ['mehr als 6000', 'casualties_total', 'more_than', 6000],
        ['rund 11.000', 'deployed_total', 'about', 11000],
      ],
    ],
    [
      'de',
      'Nordkorea in Kursk. Demnach habe Nordkorea zwischen Januar und März rund 2000 Verwundete per Flugzeug zurückgeholt.',
      [['rund 2000', 'other_nk', 'about', 2000]],
    ],
    [
      'ko',
      '4. 북한, 지난해 러시아에 1만1천 명 넘게 파병…올해 초 3천 명 추가',
      [
        ['1만1천 명 넘게', 'deployed_total', 'more_than', 11000],
        ['3천', 'reinforcements', 'exact', 3000],
      ],
    ],
    [
      'ko',
      '국정원은 현재 쿠르스크에 북한군 전투병과 공병을 합쳐 1만1천 명 안팎이 머무는 것으로 봤다.',
      [['1만1천 명 안팎', 'deployed_total', 'about', 11000]],
    ],
    [
      'ko',
      '북한이 쿠르스크에 공병과 군사 건설 인력 수천 명을 보낸다고 발표했다.',
      [['수천', 'workers_or_engineers', 'vague', null]],
    ],
    ['ru', 'Союз с КНДР. По опросу, проведённому среди 2300 читателей, 41% считают его выгодным.', []],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('from the thirteenth blind batch: sizes, "so many", Russia gathering its own', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'ru',
      'Войска КНДР воюют в Курской области, куда осенью перебросили основную часть 11-тысячной группировки.',
      [['11-тысячной', 'deployed_total', 'exact', 11000]],
    ],
    [
      'uk',
      'КНДР відправила 12-тисячний контингент до Курської області.',
      [['12-тисячний', 'deployed_total', 'exact', 12000]],
    ],
    [
      'ru',
      'Войска КНДР в Курской области. По данным американских чиновников, Москва собрала для контрнаступления группировку примерно в 50 тысяч военных.',
      [],
    ],
    [
      'de',
      'Hilfe für die Ukraine.\n\n5. Die Zahl: 1100\nSo viele nordkoreanische Soldaten sind im Dezember aus Russland heimgekehrt.',
      [['1100', 'other_nk', 'exact', 1100]],
    ],
    [
      'ru',
      'Рынки спокойны.\n\n8. Цифра дня: более 10 млн. Столько артиллерийских снарядов, по оценке разведки, КНДР передала России.',
      [['более 10 млн.', 'munitions', 'more_than', 10000000]],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('rates of the force spoken of, and all of it', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'de',
      'Nordkoreas Truppen in Kursk. Das ISW rechnete vor, die Einheit verliere rund 92 Mann am Tag; bei diesem Tempo wären alle 12.000 bis Mitte April außer Gefecht.',
      [
        ['rund 92', 'casualties_total', 'about', 92],
        ['12.000', 'deployed_total', 'exact', 12000],
      ],
    ],
    [
      'en',
      "North Korea's troops in Kursk. The ISW calculated that at about 92 casualties a day the unit would lose all 12,000 men it had deployed.",
      [
        ['about 92', 'casualties_total', 'about', 92],
        ['12,000', 'deployed_total', 'exact', 12000],
      ],
    ],
    ['en', 'North Korean troops in Kursk. Russia loses about 1,500 men a day, Kyiv says.', []],
    [
      'en',
      'North Korea sent troops. At home North Korea has well over a million people in uniform, so even a big deployment would be small.',
      [],
    ],
    ['ko', '북한군 파병. 전시에 동원할 수 있는 예비 병력은 762만 명에 이른다.', []],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('numbers alone on their line, described by the line after (lists of numbers)', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'uk',
      'Війна в цифрах.\n\n5. 148\nБалістичних ракет KN-23 отримала Росія з КНДР у 2024 році.',
      [['148', 'munitions', 'exact', 148]],
    ],
    [
      'uk',
      'Війна в цифрах.\n\n7. Близько 220\n170-мм самохідних гармат і 240-мм реактивних систем Пхеньян передав Москві.',
      [['Близько 220', 'equipment', 'about', 220]],
    ],
    [
      'uk',
      'Війна в цифрах.\n\n11. 1000 + 5000\nСаперів і військових будівельників КНДР обіцяла надіслати до Росії.',
      [
        ['1000', 'workers_or_engineers', 'exact', 1000],
        ['5000', 'workers_or_engineers', 'exact', 5000],
      ],
    ],
    ['en', 'North Korea in numbers.\n\n4. 80,000 — Russian troops killed or wounded in Kursk.', []],
    [
      'en',
      'North Korea in numbers.\n\nKilled (Sept 2025): approx. 2,000\nCasualties (June 2025): >6,000',
      [
        ['approx. 2,000', 'killed', 'about', 2000],
        ['>6,000', 'casualties_total', 'more_than', 6000],
      ],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('from the fourteenth blind batch: prisoners, returnees, ages, swaps, defectors', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'en',
      'North Korean troops attacked. On 26 December Ukrainian troops captured one soldier.',
      [['one', 'captured', 'exact', 1]],
    ],
    [
      'en',
      'North Korean troops were wounded. The agency said about 2,000 of them had been flown or sent by rail back to North Korea.',
      [['about 2,000', 'other_nk', 'about', 2000]],
    ],
    [
      'ru',
      'Ранения получили военные КНДР, а примерно 2 тыс. с января по март вывезли на родину самолётами.',
      [['примерно 2 тыс.', 'other_nk', 'about', 2000]],
    ],
    [
      'ru',
      'Раненые военные КНДР лечились, и порядка 300 из них вернулись в бой.',
      [['порядка 300', 'other_nk', 'about', 300]],
    ],
    [
      'uk',
      'КНДР втрачає бійців. Поранених розвідка нарахувала близько 4100.',
      [['близько 4100', 'wounded', 'about', 4100]],
    ],
    [
      'ru',
      'Исправление. В первоначальной версии говорилось, что КНДР отправила в Россию 18 тыс. военных. Эта цифра ошибочна: НСР называет около 15 тыс. Кроме того, уточнено другое.',
      [
        ['18 тыс.', 'deployed_total', 'exact', 18000],
        ['около 15 тыс.', 'deployed_total', 'about', 15000],
      ],
    ],
    [
      'en',
      'Two North Korean prisoners are in Kyiv. A nurse at a field hospital, 52, who has treated captured Russians, said the two sides swapped 1,000 prisoners each.',
      [['Two', 'captured', 'exact', 2]],
    ],
    [
      'uk',
      'Двоє полонених з КНДР у Києві: молодшому було 20 років, старшому — 26.',
      [['Двоє', 'captured', 'exact', 2]],
    ],
    ['de', 'Nordkorea schottet sich ab. 2024 erreichten nur 236 Nordkoreaner den Süden.', []],
    ['uk', 'Північна Корея закрита. У 2009 році на Південь дісталися майже 3 тисячі людей.', []],
    [
      'de',
      'Nordkorea verlor Soldaten. Bei rund dreitausend Ausfällen ist schon mehr als ein Viertel dieser elftausend ausgefallen.',
      [
        ['rund dreitausend', 'casualties_total', 'about', 3000],
        ['elftausend', 'deployed_total', 'exact', 11000],
      ],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('from the fourteenth blind batch: the North, more hardware, shares, Korean units of time and age', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'de',
      'Nordkorea schickte Truppen.\n\nUkrainische Truppen halten Stellungen.\n\nDamals hatte der Dienst erklärt, der Norden habe etwa 15.000 Soldaten nach Russland geschickt.',
      [['etwa 15.000', 'deployed_total', 'about', 15000]],
    ],
    [
      'en',
      "North Korea sent Russia 148 KN-23 missiles in 2024, by Budanov's count. He expected about 150 more this year.",
      [
        ['148', 'munitions', 'exact', 148],
        ['about 150', 'munitions', 'about', 150],
      ],
    ],
    [
      'uk',
      'До 40% боєприпасів, що їх витрачає російська армія, забезпечує Північна Корея.',
      [['До 40%', 'munitions', 'up_to', 40]],
    ],
    ['uk', 'Війна КНДР і Росії.\n\n1. 1461\nСтільки днів минуло від початку вторгнення Росії.', []],
    [
      'uk',
      'Війна в цифрах.\n\n8. 11 тис.\nПриблизно стільки північнокорейських військових Пхеньян відправив до Росії.',
      [['11 тис.', 'deployed_total', 'about', 11000]],
    ],
    ['ko', '[2보·수정] 국정원, 북한군 사상자 약 6천명 추산', [['약 6천', 'casualties_total', 'about', 6000]]],
    ['ko', '북한군 포로 1년, 쿠르스크 숲에서 붙잡힌 20대 청년들', []],
    [
      'ko',
      '미국 차석대사는 러시아에 있는 북한군이 1만2천 명을 웃돈다고 말했다.',
      [['1만2천', 'deployed_total', 'more_than', 12000]],
    ],
    [
      'ko',
      'ISW는 북한군이 하루 92명꼴로 사상자를 내고 있다고 분석했다. 이 속도가 이어지면 1만2천 명 전원이 약 12주 안에 전투력을 잃을 수 있다.',
      [
        ['92', 'casualties_total', 'exact', 92],
        ['1만2천', 'deployed_total', 'exact', 12000],
      ],
    ],
    [
      'ko',
      '러시아에 파병된 북한군 가운데 6천 명가량이 전사하거나 다친 것으로 추정된다.',
      [['6천 명가량', 'casualties_total', 'about', 6000]],
    ],
    [
      'ko',
      '북한은 다친 병사 2천 명 정도를 항공편과 열차로 나눠 본국에 돌려보냈다.',
      [['2천 명 정도', 'other_nk', 'about', 2000]],
    ],
    [
      'ko',
      '국정원은 생포된 북한 병사들이 정찰총국 소속 약 2천500명 규모 부대와 함께 파견됐다고 밝혔다.',
      [['약 2천500', 'deployed_total', 'about', 2500]],
    ],
    [
      'ko',
      '북한군 파병 이후 전쟁은 길어졌다. 양국 군 사상자는 각각 수십만 명에 이를 것이라는 분석이 나온다.',
      [],
    ],
    [
      'ru',
      'Бои с войсками КНДР. 26 декабря украинцы уже взяли одного раненого северокорейца.',
      [['одного', 'captured', 'exact', 1]],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('from the fourteenth blind batch: colons, dropping out, losses of the contingent, pronouns', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'uk',
      'Служба повідомила, що втрати КНДР уже перевищили 3000: приблизно 300 загиблих і приблизно 2,7 тис. поранених.',
      [
        ['3000', 'casualties_total', 'more_than', 3000],
        ['приблизно 300', 'killed', 'about', 300],
        ['приблизно 2,7 тис.', 'wounded', 'about', 2700],
      ],
    ],
    [
      'ru',
      'Войска КНДР теряют 92 человека в сутки. При таком темпе, пишут аналитики, все 12 тыс. выйдут из строя к середине апреля.',
      [
        ['92', 'casualties_total', 'exact', 92],
        ['12 тыс.', 'deployed_total', 'exact', 12000],
      ],
    ],
    [
      'ru',
      'Войска КНДР в Курской области. Потери контингента в Курской области перевалили за 3000 человек.',
      [['3000', 'casualties_total', 'more_than', 3000]],
    ],
    [
      'uk',
      'КНДР: Пхеньян готує третє відрядження до Росії — близько 6 тисяч осіб.',
      [['близько 6 тисяч', 'reinforcements', 'about', 6000]],
    ],
    [
      'uk',
      'З КНДР утекли 34 тисячі перебіжчиків. У 2024 році їх було 236, і лише кілька з них — військові.',
      [],
    ],
    ['en', 'North Korea. Phase 2: the troops moved to Kursk.', []],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('from the fifteenth blind batch: answers after a speaker, shares, defectors, residents', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('prisoners are counted as captured', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'en',
      'North Korean troops fight in Kursk. Kyiv, January 2025. One of the two North Korean prisoners of war speaks to reporters.',
      [['two', 'captured', 'exact', 2]],
    ],
    [
      'ru',
      'Война КНДР. Киев, январь 2025 года. Один из двух северокорейских военнопленных на видео.',
      [['двух', 'captured', 'exact', 2]],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('two readings of one count share the scale word of the second', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'en',
      'North Korea sent 11 or 12 thousand troops.',
      [
        ['11', 'deployed_total', 'exact', 11000],
        ['12 thousand', 'deployed_total', 'exact', 12000],
      ],
    ],
    [
      'uk',
      'КНДР відправила 11 чи 12 тисяч військових.',
      [
        ['11', 'deployed_total', 'exact', 11000],
        ['12 тисяч', 'deployed_total', 'exact', 12000],
      ],
    ],
    [
      'en',
      'North Korea sent 300 or 400 troops.',
      [
        ['300', 'deployed_total', 'exact', 300],
        ['400', 'deployed_total', 'exact', 400],
      ],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summarise(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('a list of bare counts after a sentence that names what is counted', () => {
  it('reads each count as one of those', () => {
    const text =
      'Nordkoreas Truppen in Kursk.\n\nOder die Toten. Man muss sich die Kurve der Schätzungen vor Augen führen: im Dezember 2024 mindestens hundert, im Januar dreihundert, im April sechshundert, im September dann rund zweitausend.';
    expect(summarise(extractFigures(text, { lang: 'de' }))).toEqual([
      ['mindestens hundert', 'killed', 'at_least', 100],
      ['dreihundert', 'killed', 'exact', 300],
      ['sechshundert', 'killed', 'exact', 600],
      ['rund zweitausend', 'killed', 'about', 2000],
    ]);
  });
});
