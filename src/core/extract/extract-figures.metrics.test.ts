import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { extractFigures } from './extract-figures.ts';
import { itExtracts, summariseFigures } from './summarise-figures.test-helper.ts';

/** What a figure counts when words of more than one event stand near it. */
describe('the event of its own clause', () => {
  itExtracts([
    [
      'en',
      'Seoul told lawmakers that about 300 of the North Korean troops had died and some 2,700 had been wounded.',
      [
        ['about 300', 'killed', 'about', 300],
        ['some 2,700', 'wounded', 'about', 2700],
      ],
    ],
    // "naming each of them" is no part taken from a whole
    [
      'en',
      "North Korea's unit had about 1,000 men. In a speech Kim said that nine sappers had been killed, naming each of them a hero.",
      [
        ['about 1,000', 'deployed_total', 'about', 1000],
        ['nine', 'killed', 'exact', 9],
      ],
    ],
    [
      'en',
      'North Korea sent 11,000 troops, most of them infantry.',
      [['11,000', 'deployed_total', 'exact', 11000]],
    ],
  ]);
});

describe('the subject of a verb of amounting, losses of the contingent, captives in a relative clause', () => {
  itExtracts([
    [
      'ru',
      'Потери КНДР, воюющих на стороне России в Курской области, составили более 3000 человек, считает НРС.',
      [['более 3000', 'casualties_total', 'more_than', 3000]],
    ],
    [
      'ru',
      'Потери северокорейского контингента к середине января составили около 4000 человек, а погибли из них около тысячи.',
      [
        ['около 4000', 'casualties_total', 'about', 4000],
        ['около тысячи', 'killed', 'about', 1000],
      ],
    ],
    [
      'uk',
      'Зеленський оцінює втрати північнокорейського контингенту на Курщині в понад 6 тис. осіб.',
      [['понад 6 тис.', 'casualties_total', 'more_than', 6000]],
    ],
    [
      'uk',
      'Фільм показує допити двох поранених північнокорейських солдатів, яких українські сили взяли в полон у січні.',
      [['двох', 'captured', 'exact', 2]],
    ],
    [
      'de',
      'Im zweiten Kapitel geht es um die zwei verwundeten Nordkoreaner, die ukrainische Truppen im Januar gefangen genommen haben.',
      [['zwei', 'captured', 'exact', 2]],
    ],
    [
      'en',
      "After many of North Korea's troops had been killed or wounded, he put its size at 11,000 to 12,000.",
      [['11,000 to 12,000', 'deployed_total', 'range', [11000, 12000]]],
    ],
    [
      'de',
      'Die NIS-Schätzung der nordkoreanischen Verluste: rd. 4.700 Tote und Verwundete.',
      [['rd. 4.700', 'casualties_total', 'about', 4700]],
    ],
  ]);
});

describe('vague plurals and people after hardware', () => {
  itExtracts([
    [
      'uk',
      'КНДР передала Росії 9 мільйонів снарядів і тисячі військових.',
      [
        ['9 мільйонів', 'munitions', 'exact', 9000000],
        ['тисячі', 'deployed_total', 'vague', null],
      ],
    ],
    [
      'de',
      'Nordkorea lieferte neun Millionen Granaten und Tausende Soldaten an Russland.',
      [
        ['neun Millionen', 'munitions', 'exact', 9000000],
        ['Tausende', 'deployed_total', 'vague', null],
      ],
    ],
    [
      'ru',
      'Основанием для санкций стали доклады о тысячах северокорейских военных в Курской области.',
      [['тысячах', 'deployed_total', 'vague', null]],
    ],
    // millions of anyone are more than any count of the deployment; millions of shells are left unmarked too
    ['ru', 'КНДР, воюющая на стороне России, передала ей миллионы снарядов.', []],
  ]);
});

describe('from blind batch 19: fallen soldiers, estimates that rose, captives taken alive', () => {
  itExtracts([
    [
      'en',
      'In the summer, state television showed portraits of about 350 fallen North Korean soldiers.',
      [['about 350', 'killed', 'about', 350]],
    ],
    [
      'en',
      'The number of North Korean troops has fallen to 10,000.',
      [['10,000', 'deployed_total', 'exact', 10000]],
    ],
    [
      'en',
      'Its first public death count of North Korean soldiers, in December 2024, was at least 100. That rose to about 300 in January and around 600 in April.',
      [
        ['at least 100', 'killed', 'at_least', 100],
        ['about 300', 'killed', 'about', 300],
        ['around 600', 'killed', 'about', 600],
      ],
    ],
    [
      'en',
      'On 9 January, Ukrainian paratroopers and special forces pulled two wounded North Koreans out of the Kursk fighting alive.',
      [['two', 'captured', 'exact', 2]],
    ],
    [
      'ru',
      'В январе украинские военные впервые взяли живыми двух северокорейских солдат, оба были ранены.',
      [['двух', 'captured', 'exact', 2]],
    ],
  ]);
});

describe('a participle of sending as the counted noun', () => {
  itExtracts([
    [
      'uk',
      'КНДР відправила до Росії близько 11 тисяч військових. Наступного дня ГУР заявило про майже 12 тисяч відправлених до Росії.',
      [
        ['близько 11 тисяч', 'deployed_total', 'about', 11000],
        ['майже 12 тисяч', 'deployed_total', 'nearly', 12000],
      ],
    ],
    [
      'ru',
      'КНДР направила в Россию около 11 тысяч военных. В апреле испанская пресса писала про 18 тысяч отправленных.',
      [
        ['около 11 тысяч', 'deployed_total', 'about', 11000],
        ['18 тысяч', 'deployed_total', 'exact', 18000],
      ],
    ],
    [
      'ru',
      'Пхеньян помогает Москве. Разведка насчитала почти 12 тысяч переброшенных в Курскую область.',
      [['почти 12 тысяч', 'deployed_total', 'nearly', 12000]],
    ],
    // (the people sent, whatever befell some of them later in the sentence)
    [
      'de',
      'Nordkorea hat rund 11.000 Soldaten geschickt. Von den 12.000 Entsandten sind viele gefallen.',
      [
        ['rund 11.000', 'deployed_total', 'about', 11000],
        ['12.000', 'deployed_total', 'exact', 12000],
      ],
    ],
    // parcels and packages sent are no one's troops
    ['uk', 'Про 5 тисяч відправлених посилок повідомила пошта.', []],
    ['de', 'Die Post meldete 5.000 entsandte Pakete.', []],
  ]);
});

describe('hardware counted in words from a hundred', () => {
  itExtracts([
    [
      'uk',
      'КНДР передала Росії щонайменше сто двадцять самохідних гармат.',
      [['щонайменше сто двадцять', 'equipment', 'at_least', 120]],
    ],
    [
      'en',
      'North Korea handed Russia a hundred and twenty Koksan guns.',
      [['a hundred and twenty', 'equipment', 'exact', 120]],
    ],
    [
      'de',
      'Nordkorea hat innerhalb von drei Monaten mindestens hundertzwanzig Panzerhaubitzen nach Russland geliefert.',
      [['mindestens hundertzwanzig', 'equipment', 'at_least', 120]],
    ],
    // (Ukraine's own, and a few pieces in words, stay out)
    ['en', 'Ukraine received two hundred tanks from its allies, while North Korea sent troops.', []],
    ['en', 'North Korea sent two howitzers for a parade.', []],
  ]);
});

/** Soldiers who came home, said in a relative clause ("who returned in December", "уехавших домой"). */
describe('returnees in a relative clause', () => {
  itExtracts([
    [
      'de',
      'Rund 1100 nordkoreanische Männer, die im Dezember aus Russland in die Heimat zurückgekehrt waren, könnten erneut an die Front geschickt werden.',
      [['Rund 1100', 'other_nk', 'about', 1100]],
    ],
    [
      'uk',
      'За даними НСР, близько 1100 північнокорейських військових, які повернулися в грудні, можуть знову опинитися в Росії.',
      [['близько 1100', 'other_nk', 'about', 1100]],
    ],
    [
      'ru',
      'Южнокорейская служба допускает, что около 1100 военных КНДР, уехавших домой в декабре, могут вернуться в зону боевых действий.',
      [['около 1100', 'other_nk', 'about', 1100]],
    ],
    // ("Männer" is a noun of people: the portraits of 101 young men)
    [
      'de',
      'Das Staatsfernsehen zeigte, wie Kim Jong Un Orden an 101 Porträts junger Männer heftete, die im Auslandseinsatz gefallen seien.',
      [['101', 'killed', 'exact', 101]],
    ],
  ]);
});

/** Those who did not come back are the dead ("kehrten nicht zurück", "не вернулись", "돌아오지 못했다"). */
describe('those who did not come back', () => {
  itExtracts([
    [
      'de',
      'Die Pioniere Nordkoreas haben in Kursk Minen geräumt. Neun Soldaten kehrten nicht zurück.',
      [['Neun', 'killed', 'exact', 9]],
    ],
    [
      'en',
      "North Korea's sappers cleared mines in Kursk. Nine soldiers did not come back.",
      [['Nine', 'killed', 'exact', 9]],
    ],
    [
      'ru',
      'Северокорейские саперы разминировали Курскую область. Девять из них не вернулись домой.',
      [['Девять', 'killed', 'exact', 9]],
    ],
    [
      'ko',
      '북한 공병 부대는 쿠르스크에서 지뢰를 제거했다. 공병 9명은 돌아오지 못했다.',
      [['9', 'killed', 'exact', 9]],
    ],
    // (those who came home are returnees)
    [
      'ru',
      'Южнокорейская служба допускает, что около 1100 военных КНДР, уехавших домой в декабре, могут вернуться в зону боевых действий.',
      [['около 1100', 'other_nk', 'about', 1100]],
    ],
  ]);
});

/** A share of the force lost, its event before it: "eine Verlustquote von rund 40 Prozent", "выбыли около 40%". */
describe('shares of the force lost', () => {
  itExtracts([
    [
      'de',
      'Nordkorea hat rund 11.000 Soldaten entsandt. Daraus ergibt sich eine Verlustquote von rund 40 Prozent.',
      [
        ['rund 11.000', 'deployed_total', 'about', 11000],
        ['rund 40 Prozent', 'casualties_total', 'about', 40],
      ],
    ],
    [
      'en',
      'Against the 15,000 North Koreans sent to Russia, the dead alone make up about 13%, or roughly one soldier in eight.',
      [
        ['15,000', 'deployed_total', 'exact', 15000],
        ['about 13%', 'killed', 'about', 13],
      ],
    ],
    [
      'ru',
      'Военные КНДР несли тяжёлые потери: из строя выбыли около 40% первой волны.',
      [['около 40%', 'casualties_total', 'about', 40]],
    ],
    [
      'ko',
      '첫 파병 병력을 분모로 잡으면 북한군 사상자 비율은 31% 안팎으로 내려간다.',
      [['31% 안팎', 'casualties_total', 'about', 31]],
    ],
    // (a change in a share, or a signed one, is no share: "28% 늘어난", "(+0.8%)", "was up 3%")
    [
      'ko',
      '국정원이 내놓은 약 4,700명과 비교하면 북한군 사상자 추정치가 약 28% 늘어난 셈이다.',
      [['약 4,700', 'casualties_total', 'about', 4700]],
    ],
    ['ko', '북한군 공병부대가 귀국했다. 코스피 4,167.16 마감(+0.8%)', []],
    ['en', "North Korea's troops took losses, while Russia's defence spending was up 3% last year.", []],
  ]);
});

/** What the rules for rates and for those who did not come back must leave alone. */
describe('counts over a period, and returns to duty', () => {
  itExtracts([
    // "N in two weeks", "N in two rounds" is a count, not a rate like "one in three"
    ['en', 'North Korea lost 1,000 in two weeks, Kyiv said.', [['1,000', 'casualties_total', 'exact', 1000]]],
    ['en', 'North Korea sent 15,000 in two rounds.', [['15,000', 'deployed_total', 'exact', 15000]]],
    // "did not return to the front" and "не вернулись в строй" say nothing of death
    [
      'en',
      'The promised North Korean reinforcements never came, and 3,000 troops did not return to the front.',
      [['3,000', 'deployed_total', 'exact', 3000]],
    ],
    [
      'ru',
      'Около 300 раненых северокорейцев не вернулись в строй.',
      [['Около 300', 'other_nk', 'about', 300]],
    ],
  ]);
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
    const figures = summariseFigures(
      extractFigures('North Korea: 2,000 soldiers were wounded, and 300 were repatriated.', { lang: 'en' }),
    );
    expect(figures).toEqual([
      ['2,000', 'wounded', 'exact', 2000],
      ['300', 'other_nk', 'exact', 300],
    ]);
  });
});

describe('what a figure counts: cue words far from the number, asides, verbs that close the clause, captives, shares', () => {
  itExtracts([
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
  ]);

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

describe('bare counts with a verb, systems, missiles, losses in action, the wounded back in the fight; defectors and residents', () => {
  itExtracts([
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
  ]);

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
    expect(summariseFigures(extractFigures(text, { lang: 'de' }))).toEqual([
      ['rund 1000', 'workers_or_engineers', 'about', 1000],
    ]);
  });
});

describe('a number after verbs of naming and comparing, gerunds, captives, and Korean verbs of exceeding and nearing', () => {
  itExtracts([
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
        // (the April estimate cited in quotation marks is a figure too, as the corpus marks it)
        ['щонайменше 600', 'killed', 'at_least', 600],
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
  ]);
});

describe('one noun shared by two numbers, wholes of joined units, wounded brought home and Korean lists', () => {
  itExtracts([
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
  ]);
});

describe('rates of the force spoken of, and all of it', () => {
  itExtracts([
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
  ]);
});

describe('prisoners, returnees, a corrected figure, ages, swaps, defectors and the share of a whole', () => {
  itExtracts([
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
  ]);
});

describe('a total before a colon, dropping out, losses of the contingent, a third dispatch, pronouns', () => {
  itExtracts([
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
  ]);
});

describe('prisoners are counted as captured', () => {
  itExtracts([
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
  ]);
});

describe('batch 58: replacements for the fallen, fresh troops, a total named', () => {
  itExtracts([
    [
      'en',
      'North Korean troops are in Kursk. In January more than 3,000 arrived as replacements for the fallen.',
      [['more than 3,000', 'reinforcements', 'more_than', 3000]],
    ],
    [
      'de',
      'Nordkoreanische Truppen in Kursk. Laut Generalstab folgten im Januar mehr als 3000 weitere Soldaten als Ersatz für die Ausfälle.',
      [['mehr als 3000', 'reinforcements', 'more_than', 3000]],
    ],
    [
      'uk',
      'Війська КНДР на Курщині. У січні прибули понад 3000 солдатів на заміну вибулим.',
      [['понад 3000', 'reinforcements', 'more_than', 3000]],
    ],
    // (the losses themselves still count as losses)
    [
      'en',
      'North Korean troops are in Kursk. More than 3,000 of them have been killed, and replacements are arriving.',
      [['More than 3,000', 'killed', 'more_than', 3000]],
    ],
    [
      'uk',
      'Війська КНДР на Курщині. Канал розганяє «40 тисяч свіжих корейців під Суджею».',
      [['40 тисяч', 'reinforcements', 'exact', 40000]],
    ],
    [
      'ru',
      'Войска КНДР в Курской области. Канал пишет про 40 тысяч свежих корейцев под Суджей.',
      [['40 тысяч', 'reinforcements', 'exact', 40000]],
    ],
    [
      'en',
      'North Korean troops. JCS said in March that 3k+ more arrived in Jan–Feb to replace losses. By Apr 30 the NIS put the running total at ~15k across two rotations.',
      [
        ['3k+', 'reinforcements', 'more_than', 3000],
        ['~15k', 'deployed_total', 'about', 15000],
      ],
    ],
  ]);
});

describe('a third dispatch or a third DPRK deployment is reinforcements', () => {
  itExtracts([
    [
      'en',
      'The NIS told lawmakers that North Korea is organising a third dispatch of roughly six thousand soldiers and engineers.',
      [['roughly six thousand', 'reinforcements', 'about', 6000]],
    ],
    [
      'en',
      'North Korean troops are in Kursk. The agency said a third DPRK deployment of about 6,000 personnel is in preparation.',
      [['about 6,000', 'reinforcements', 'about', 6000]],
    ],
    // (a first deployment is the force itself)
    [
      'en',
      'The first North Korean deployment of about 11,000 troops reached Kursk in November.',
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
  ]);
});

describe('troops North Korea could send or add are reinforcements', () => {
  itExtracts([
    [
      'en',
      'In January Zelensky said North Korea had the capacity to add 30,000–40,000 troops, or far more.',
      [['30,000–40,000', 'reinforcements', 'range', [30000, 40000]]],
    ],
    [
      'ru',
      'Войска КНДР под Курском. Пхеньян в принципе способен отправить 30–40 тыс. человек.',
      [['30–40 тыс.', 'reinforcements', 'range', [30000, 40000]]],
    ],
    // (what it did send is a deployment; a camp's capacity is no count)
    ['en', 'North Korea sent about 11,000 troops.', [['about 11,000', 'deployed_total', 'about', 11000]]],
    ['en', 'The camp near Kursk has capacity for 5,000 North Korean soldiers.', []],
  ]);
});

describe('soldiers buried are dead', () => {
  itExtracts([
    [
      'uk',
      'Війська КНДР. Країна, за найобережнішою оцінкою, поховала кілька сотень своїх бійців.',
      [['кілька сотень', 'killed', 'vague', null]],
    ],
    [
      'de',
      'Nordkoreas Soldaten in Kursk. „Kim hat in Kursk schon über 6.000 Soldaten begraben“, hieß es.',
      [['über 6.000', 'killed', 'more_than', 6000]],
    ],
    [
      'en',
      'North Korea has buried about 2,000 soldiers, the NIS said.',
      [['about 2,000', 'killed', 'about', 2000]],
    ],
    // (mines buried are no dead)
    ['en', 'North Korea buried 300 anti-tank mines along the border.', []],
  ]);
});

describe('a share of the whole force names the force', () => {
  itExtracts([
    [
      'de',
      'Nordkoreas Truppen. „Kim hat in Kursk schon über 6.000 Soldaten begraben – mehr als die Hälfte seiner 11.000 Mann.“',
      [
        ['über 6.000', 'killed', 'more_than', 6000],
        ['11.000', 'deployed_total', 'exact', 11000],
      ],
    ],
    [
      'ru',
      'Западные чиновники заявили, что убиты или ранены почти половина из 11–12 тысяч северокорейских военных.',
      [['11–12 тысяч', 'deployed_total', 'range', [11000, 12000]]],
    ],
    [
      'en',
      'Half of the 11,000 North Korean soldiers were killed.',
      [['11,000', 'deployed_total', 'exact', 11000]],
    ],
  ]);
});

describe('prisoners held by Ukraine, and millions of shells written "3.5m" before their adjectives', () => {
  itExtracts([
    [
      'en',
      'KYIV, Dec 27 - The two North Korean soldiers held by Ukraine have written letters.',
      [['two', 'captured', 'exact', 2]],
    ],
    [
      'en',
      'North Korean soldiers were captured in Kursk. For now, the two men in Kyiv remain in custody, waiting.',
      [['two', 'captured', 'exact', 2]],
    ],
    [
      'en',
      "North Korea ships shells to Russia's war. Zelenskyy said documents seen by Kyiv showed 3.5m North Korean shells had reached Russia in 2024.",
      [['3.5m', 'munitions', 'exact', 3500000]],
    ],
    // (metres stay metres)
    ['en', 'North Korean troops dug in behind a 200m korean-built wall.', []],
  ]);
});

describe('"one North Korean" as a noun', () => {
  itExtracts([
    [
      'en',
      'Ukrainian troops first captured one wounded North Korean on Dec. 26, 2024, in the Kursk region.',
      [['one', 'captured', 'exact', 1]],
    ],
    // (a North Korean before its noun is an adjective, as before)
    ['en', 'Ukrainian troops captured one North Korean soldier.', [['one', 'captured', 'exact', 1]]],
  ]);
});

describe("the ISW's rate of losses a day, in a sentence that names only the institute", () => {
  itExtracts([
    [
      'de',
      'Nordkoreas Truppen in Kursk. Das US-Institut ISW rechnete damals mit etwa 92 Verlusten am Tag.',
      [['etwa 92', 'casualties_total', 'about', 92]],
    ],
    [
      'ru',
      'Войска КНДР в Курской области. Американский институт ISW подсчитал, что с начала декабря он терял около 92 человек в сутки.',
      [['около 92', 'casualties_total', 'about', 92]],
    ],
    // (Russia's own losses a day stay Russia's)
    ['en', 'North Korean troops fought in Kursk. The ISW estimated Russia loses 1,500 soldiers a day.', []],
  ]);
});

describe('a share of the ammunition, named before the percentage', () => {
  itExtracts([
    [
      'uk',
      'Буданов заявив, що північнокорейські боєприпаси становлять до 40% усього, що витрачає російська армія.',
      [['до 40%', 'munitions', 'up_to', 40]],
    ],
    [
      'ru',
      'Он утверждал, что на северокорейские боеприпасы приходится до 40% того, что расходует российская армия.',
      [['до 40%', 'munitions', 'up_to', 40]],
    ],
    [
      'ko',
      '부다노프 우크라이나 정보총국장: 러시아가 쓰는 탄약 가운데 북한산 비중 최대 40%',
      [['최대 40%', 'munitions', 'up_to', 40]],
    ],
    // (a change of Russia's or Ukraine's own stocks stays no figure)
    ['en', "Russia's own shell output rose 20% this year, while North Korea kept shipping.", []],
    ['uk', 'Запаси боєприпасів України взимку скоротилися на 30%, а КНДР і далі постачає снаряди Росії.', []],
  ]);
});

describe('a share in words, of the ammunition named after it', () => {
  itExtracts([
    [
      'en',
      "Budanov says North Korea now supplies up to forty percent of all the ammunition Russia's army uses.",
      [['up to forty percent', 'munitions', 'up_to', 40]],
    ],
    [
      'uk',
      'Буданов каже, що КНДР дає до сорока відсотків усіх боєприпасів, які витрачає Росія.',
      [['до сорока відсотків', 'munitions', 'up_to', 40]],
    ],
    // (a share of people in words is no figure)
    ['en', 'Forty percent of South Koreans oppose any deal with North Korea, a poll found.', []],
  ]);
});

describe("the portraits of the fallen at Pyongyang's ceremonies, and a part of the count just named", () => {
  itExtracts([
    [
      'ru',
      'На двух церемониях КНДР показала портреты около 350 павших; в августе Ким Чен Ын вручал посмертные награды перед 101 портретом.',
      [
        ['около 350', 'killed', 'about', 350],
        ['101', 'killed', 'exact', 101],
      ],
    ],
    [
      'ko',
      '평양이 두 차례 훈장 수여식에서 내건 북한군 영정은 합쳐서 350여 명에 그친다.',
      [['350여', 'killed', 'about', 350]],
    ],
    [
      'en',
      'At two ceremonies North Korean state media showed portraits of about 350 dead soldiers, including 101 whose photographs Kim decorated.',
      [
        ['about 350', 'killed', 'about', 350],
        ['101', 'killed', 'exact', 101],
      ],
    ],
    // (portraits of anyone else count no one)
    ['en', 'The museum in Pyongyang displays 300 portraits of Kim Il Sung.', []],
  ]);
});

describe('batch 27: more of the hardware, military builders, items split by an interpunct', () => {
  itExtracts([
    [
      'de',
      'Nordkorea hat 2024 rund 100 Raketen vom Typ KN-23 geliefert, für 2025 rechnete Kiew mit rund 150 weiteren.',
      [
        ['rund 100', 'munitions', 'about', 100],
        ['rund 150', 'munitions', 'about', 150],
      ],
    ],
    ['ko', '국정원 "북한 군사건설인력 5천명 러시아行"', [['5천', 'workers_or_engineers', 'exact', 5000]]],
    [
      'ko',
      '북한군은 쿠르스크에 배치됐다. 국정원, 누적 파병 약 1만5천 명·사망 약 600명 추산',
      [
        ['약 1만5천', 'deployed_total', 'about', 15000],
        ['약 600', 'killed', 'about', 600],
      ],
    ],
    // (after a count of builders, "북한군" names troops)
    [
      'ko',
      '북한 군사건설 인력 약 5천 명이 러시아로 이동하고 있다. 국정원은 이와 별개로 북한군 1만여 명이 접경 지역에 배치돼 있다고 봤다.',
      [
        ['약 5천', 'workers_or_engineers', 'about', 5000],
        ['1만여', 'deployed_total', 'about', 10000],
      ],
    ],
  ]);
});

describe('batch 27: the noun a question asks to count, and a range given as such', () => {
  itExtracts([
    [
      'uk',
      'Скільки снарядів, за даними південнокорейської НСР, Пхеньян відправив станом на кінець червня? Понад 10 млн. Саме таку цифру розвідка назвала депутатам.',
      [['Понад 10 млн.', 'munitions', 'more_than', 10000000]],
    ],
    [
      'uk',
      'Північнокорейські війська воюють у Курській області. Речник Пентагону назвав для всієї території Росії діапазон від 11 до 12 тисяч.',
      [['від 11 до 12 тисяч', 'deployed_total', 'range', [11000, 12000]]],
    ],
    [
      'de',
      'Nordkoreanische Truppen kämpfen in Kursk. Das Pentagon legte sich Anfang November auf eine Spanne von 11 000 bis 12 000 fest.',
      [['11 000 bis 12 000', 'deployed_total', 'range', [11000, 12000]]],
    ],
    // (a range of anything else stays none)
    ['en', 'Prices of North Korean goods rose. The index moved in a range of 11 to 12 points.', []],
  ]);
});

describe('an answer after a word and a dash; a count named before with its verb last', () => {
  itExtracts([
    [
      'ru',
      '— Сколько пленных северокорейцев удалось взять?\n— Живыми — двоих, 9 января. Оба раненые.',
      [['двоих', 'captured', 'exact', 2]],
    ],
    [
      'de',
      'Der südkoreanische Geheimdienst geht inzwischen von rund 2000 gefallenen Nordkoreanern aus. Im April hatte er noch mindestens 600 genannt.',
      [
        ['rund 2000', 'killed', 'about', 2000],
        ['mindestens 600', 'killed', 'at_least', 600],
      ],
    ],
    // (a number named by someone else, with nothing counted before it, stays none)
    ['de', 'Nordkorea hat Truppen geschickt. Im Mai hatte die Stadt 600 genannt.', []],
  ]);
});

describe('batch 28: Ukrainian verbs of killing and wounding in the past', () => {
  itExtracts([
    [
      'uk',
      'За даними ССО, в одному бою на цій ділянці підрозділ знищив 12 північнокорейських військових і ще 20 поранив.',
      [
        ['12', 'killed', 'exact', 12],
        ['20', 'wounded', 'exact', 20],
      ],
    ],
  ]);
});

describe('batch 28: comrades (and guards on the actor who said what it killed)', () => {
  itExtracts([
    [
      'en',
      'Kim Jong Un embraced officers of the North Korean regiment, then told the gathering that nine of their comrades had been killed clearing mines.',
      [['nine', 'killed', 'exact', 9]],
    ],
    [
      'de',
      'Nordkoreanische Soldaten griffen an. Am Abend seien 14 Kameraden tot gewesen, darunter ein Zugführer.',
      [['14', 'killed', 'exact', 14]],
    ],
    [
      'en',
      "North Korean soldiers fought in Kursk. Ukraine's special operations forces said that in one repelled advance they had killed 12 of them.",
      [['12', 'killed', 'exact', 12]],
    ],
    // (a side's own losses, said by it, stay its own)
    [
      'en',
      'North Korean troops fought there. Ukrainian forces said that in the winter they lost 300 soldiers.',
      [],
    ],
  ]);
});

describe('batch 29: portraits after a Korean counter, and more verbs of losing', () => {
  itExtracts([
    [
      'ko',
      '북한은 전사자 영정을 내보였다. 첫 행사 때 조선중앙통신은 김정은 국무위원장이 101명의 영정 앞에서 훈장을 수여하는 장면을 보도했다.',
      [['101', 'killed', 'exact', 101]],
    ],
    [
      'de',
      'Das ISW rechnete im Januar 2025, dass die Nordkoreaner etwa 92 Mann pro Tag verlören.',
      [['etwa 92', 'casualties_total', 'about', 92]],
    ],
    [
      'uk',
      'Аналітики ISW підрахували, що північнокорейський контингент утрачає близько 92 бійців на день.',
      [['близько 92', 'casualties_total', 'about', 92]],
    ],
  ]);
});

describe('batch 29: more verbs that name a count already spoken of', () => {
  itExtracts([
    [
      'en',
      'The NIS said at least 100 North Korean soldiers had died. By mid-January the spy agency had raised that to about 300.',
      [
        ['at least 100', 'killed', 'at_least', 100],
        ['about 300', 'killed', 'about', 300],
      ],
    ],
    [
      'en',
      'Zelensky and US diplomats have used twelve thousand North Korean troops. South Korean agencies have generally spoken of roughly eleven thousand in the first contingent.',
      [
        ['twelve thousand', 'deployed_total', 'exact', 12000],
        ['roughly eleven thousand', 'deployed_total', 'about', 11000],
      ],
    ],
    [
      'en',
      'Pyongyang sent 12,000 North Korean soldiers, Seoul said. Today Yonhap is using thirteen thousand as background.',
      [
        ['12,000', 'deployed_total', 'exact', 12000],
        ['thirteen thousand', 'deployed_total', 'exact', 13000],
      ],
    ],
  ]);
});

describe('batch 30: verbs of nearing, Korean captors, a regiment of engineers, back into combat, initials', () => {
  itExtracts([
    [
      'en',
      "Seoul: North Korean losses in Russia's war near 6,000",
      [['6,000', 'casualties_total', 'nearly', 6000]],
    ],
    [
      'ru',
      'Потери КНДР в войне на стороне России приблизились к шести тысячам',
      [['шести тысячам', 'casualties_total', 'nearly', 6000]],
    ],
    [
      'ko',
      '2025년 1월 9일에는 쿠르스크에서 다친 북한군 두 명이 우크라이나군에 생포됐다.',
      [['두', 'captured', 'exact', 2]],
    ],
    [
      'en',
      "In December the 528th Engineer Regiment of North Korea came home from Kursk. Yonhap estimated the regiment's strength at about 1,000 men.",
      [['about 1,000', 'workers_or_engineers', 'about', 1000]],
    ],
    [
      'de',
      'Nach NIS-Angaben waren rund 3600 Nordkoreaner verwundet worden – und etwa 300 von ihnen schon wieder im Kampf.',
      [
        ['rund 3600', 'wounded', 'about', 3600],
        ['etwa 300', 'other_nk', 'about', 300],
      ],
    ],
    [
      'ru',
      'Сколько пленных северокорейцев у Украины?\n\nА. Л.: Двое. Их взяли 9 января 2025 года в Курской области.',
      [['Двое', 'captured', 'exact', 2]],
    ],
    [
      'uk',
      'Скільки північнокорейців загинуло?\n\nВ.К.: Близько двох тисяч — так вважає Сеул із вересня.',
      [['Близько двох тисяч', 'killed', 'about', 2000]],
    ],
    // (a regiment of soldiers, with no engineers named, stays the deployment)
    [
      'en',
      'North Korea sent a regiment of 3,000 soldiers to Kursk.',
      [['3,000', 'deployed_total', 'exact', 3000]],
    ],
  ]);
});

describe('batch 31: missiles named in the plural, "weiteren" before the number', () => {
  itExtracts([
    ['en', 'Budanov said North Korea had supplied 148 KN-23s in 2024.', [['148', 'munitions', 'exact', 148]]],
    [
      'de',
      'Nordkorea hat 2024 rund 100 Raketen geliefert; für 2025 rechne er mit weiteren etwa 150.',
      [
        ['rund 100', 'munitions', 'about', 100],
        ['etwa 150', 'munitions', 'about', 150],
      ],
    ],
  ]);
});

describe('batch 32: civilian labourers, "followed", "up from … earlier", an estimator before "losses"', () => {
  itExtracts([
    [
      'en',
      'North Korea sends workers to Russia. Separately, the NIS estimates that about 15,000 civilian labourers have been sent to Russia under industrial-cooperation schemes.',
      [['about 15,000', 'workers_or_engineers', 'about', 15000]],
    ],
    [
      'en',
      "North Korea first shipped about 11,000 troops to Russia in the autumn of 2024, and South Korea's Joint Chiefs of Staff said more than 3,000 followed in January and February 2025.",
      [
        ['about 11,000', 'deployed_total', 'about', 11000],
        ['more than 3,000', 'reinforcements', 'more_than', 3000],
      ],
    ],
    [
      'en',
      'North Korean troops fought in Kursk. In September 2025 the NIS raised its estimate of the dead to around 2,000, up from at least 600 five months earlier.',
      [
        ['around 2,000', 'killed', 'about', 2000],
        ['at least 600', 'killed', 'at_least', 600],
      ],
    ],
    [
      'en',
      "North Korean troops fought in Kursk. Ukraine's intelligence chief put losses at some 4,000 killed and wounded by the end of that month.",
      [['some 4,000', 'casualties_total', 'about', 4000]],
    ],
    // (Ukraine's own army and its losses stay its own)
    ['en', "North Korean troops fought in Kursk. Ukraine's army lost 3,000 soldiers there.", []],
  ]);
});

describe('more verbs that name a count: "put deliveries at", "expects … to be there"', () => {
  itExtracts([
    [
      'en',
      'Budanov said North Korea had supplied 148 KN-23s in 2024. The Times at about the same time put deliveries at more than 100.',
      [
        ['148', 'munitions', 'exact', 148],
        ['more than 100', 'munitions', 'more_than', 100],
      ],
    ],
    [
      'en',
      'North Korea has about 3,000 troops in Russia now, and the agency expects about 10,000 to be there by December.',
      [
        ['about 3,000', 'deployed_total', 'about', 3000],
        ['about 10,000', 'deployed_total', 'about', 10000],
      ],
    ],
  ]);
});

describe('batch 33: "3000 weitere" after a total, "sagt", replacements, sums, those who came home, totals with reinforcements', () => {
  itExtracts([
    [
      'de',
      'Nordkorea hat Soldaten geschickt. Der Bericht nennt über 11 000 im Jahr 2024 und rund 3000 weitere zu Beginn 2025.',
      [
        ['über 11 000', 'deployed_total', 'more_than', 11000],
        ['rund 3000', 'reinforcements', 'about', 3000],
      ],
    ],
    // ("vier weitere Patriot-Systeme" counts no one)
    [
      'de',
      'Nordkorea hat Soldaten geschickt. Der Bericht nennt über 11 000 Soldaten und vier weitere Patriot-Systeme.',
      [['über 11 000', 'deployed_total', 'more_than', 11000]],
    ],
    [
      'de',
      'Nordkoreanische Soldaten kämpften bei Sudscha. Mein Schwager sagt 12.000, das hat er gelesen.',
      [['12.000', 'deployed_total', 'exact', 12000]],
    ],
    [
      'de',
      'Nordkorea schickte 11.000 Soldaten, wobei es im Frühjahr mehr als 3000 Mann nachschob.',
      [
        ['11.000', 'deployed_total', 'exact', 11000],
        ['mehr als 3000', 'reinforcements', 'more_than', 3000],
      ],
    ],
    [
      'ko',
      '북한군 파병. 당국자들은 교체 병력 3천 명을 포함해 러시아로 간 북한군을 1만4천 명 안팎으로 본다.',
      [
        ['3천', 'reinforcements', 'exact', 3000],
        ['1만4천 명 안팎', 'deployed_total', 'about', 14000],
      ],
    ],
    [
      'en',
      'North Korean troops fought in Kursk. The agency raised its estimate of the dead to about 2,000 from the at least 600 it had given in April, and said some 13,000 troops had gone to Russia since October 2024.',
      [
        ['about 2,000', 'killed', 'about', 2000],
        ['some 13,000', 'deployed_total', 'about', 13000],
      ],
    ],
    [
      'ko',
      '북한군이 쿠르스크에 있다. 국정원은 전투병 약 1만 명과 공병 1천 명 등 모두 1만1천 명 정도가 있다고 봤다.',
      [
        ['약 1만', 'deployed_total', 'about', 10000],
        ['1천', 'workers_or_engineers', 'exact', 1000],
        ['1만1천 명 정도', 'deployed_total', 'about', 11000],
      ],
    ],
    [
      'ru',
      'Северокорейские военные воевали под Курском. Ещё около 1100 военных, вернувшихся домой в декабре, могут снова отправить.',
      [['около 1100', 'other_nk', 'about', 1100]],
    ],
    [
      'uk',
      'Північнокорейські військові воювали на Курщині. А приблизно 1100 тих, хто в грудні повернувся додому, можуть знову відправити.',
      [['приблизно 1100', 'other_nk', 'about', 1100]],
    ],
    [
      'de',
      'Nordkoreanische Soldaten kämpften in Kursk. Ein Teil der rund 1100 Männer, die im Dezember nach Hause zurückkehrten, könnte erneut eingesetzt werden.',
      [['rund 1100', 'other_nk', 'about', 1100]],
    ],
    // (a new clause about those who came home leaves the count before it alone)
    [
      'uk',
      'Розвідка вважає, що на Курщині перебувають близько 11 тисяч північнокорейських військових, а частину тих, хто повернувся додому, можуть знову відправити.',
      [['близько 11 тисяч', 'deployed_total', 'about', 11000]],
    ],
    [
      'uk',
      'Північнокорейські військові воювали на Курщині. Загалом кількість військових КНДР, які побували в Росії, оцінюють у близько 14 000 — разом із поповненням.',
      [['близько 14 000', 'deployed_total', 'about', 14000]],
    ],
    [
      'uk',
      'Північнокорейські військові воювали на Курщині. Убитими й пораненими вибула приблизно половина з 11–12 тисяч корейців.',
      [['11–12 тисяч', 'deployed_total', 'range', [11000, 12000]]],
    ],
  ]);
});

describe('batch 34: "nicht mehr als", capacity, stages, forces numbered, reading and hearing, returns, halves, totals', () => {
  itExtracts([
    [
      'de',
      'Nordkoreanische Soldaten kämpften in Kursk. Die Ukraine habe bislang nicht mehr als 12.000 nordkoreanische Soldaten festgestellt.',
      [['nicht mehr als 12.000', 'deployed_total', 'up_to', 12000]],
    ],
    [
      'uk',
      'КНДР воює на боці Росії. Буданов попереджав, що КНДР здатна дати Росії 30–40 тисяч військових.',
      [['30–40 тисяч', 'reinforcements', 'range', [30000, 40000]]],
    ],
    [
      'uk',
      'КНДР воює на боці Росії. За даними розвідки, Пхеньян готує третій етап розгортання — близько 6 тис. військових.',
      [['близько 6 тис.', 'reinforcements', 'about', 6000]],
    ],
    [
      'ru',
      'Северокорейские военные воевали под Курском. Половина контингента, насчитывавшего от 11 до 12 тыс. человек, убита или ранена.',
      [['от 11 до 12 тыс.', 'deployed_total', 'range', [11000, 12000]]],
    ],
    [
      'ko',
      '북한군이 쿠르스크에 있었다. 총사령관은 1만1천~1만2천 명 규모의 북한군 가운데 절반이 죽거나 다쳤다고 말했다.',
      [['1만1천~1만2천', 'deployed_total', 'range', [11000, 12000]]],
    ],
    [
      'de',
      'Nordkoreanische Soldaten in Kursk. Erst hieß es 12.000, dann kamen neue Zahlen.',
      [['12.000', 'deployed_total', 'exact', 12000]],
    ],
    [
      'de',
      'Nordkorea schickte Soldaten. Der NIS sprach von etwa 15.000 Soldaten. Yonhap nannte im September rund 13.000 seit Oktober 2024.',
      [
        ['etwa 15.000', 'deployed_total', 'about', 15000],
        ['rund 13.000', 'deployed_total', 'about', 13000],
      ],
    ],
    [
      'de',
      'Nordkoreanische Soldaten in Kursk: die Zahl der Verwundeten nähere sich 1000, hieß es.',
      [['1000', 'wounded', 'nearly', 1000]],
    ],
    [
      'de',
      'Nordkoreanische Soldaten stehen in Kursk. Rund 1100 Soldaten, die im Dezember heimkehrten, könnten erneut eingesetzt werden.',
      [['Rund 1100', 'other_nk', 'about', 1100]],
    ],
    [
      'uk',
      'Північнокорейський контингент зазнав близько 4 тисяч бойових утрат. За даними ГУР, близько 300 поранених корейців після лікування знову вийшли на передову.',
      [
        ['близько 4 тисяч', 'casualties_total', 'about', 4000],
        ['близько 300', 'other_nk', 'about', 300],
      ],
    ],
    [
      'ko',
      '북한군 부상자는 약 3천600 명이며 그중 300명가량은 치료를 마치고 다시 전선에 섰다.',
      [
        ['약 3천600', 'wounded', 'about', 3600],
        ['300명가량', 'other_nk', 'about', 300],
      ],
    ],
    [
      'uk',
      'Північнокорейські військові воювали. Сирський оцінив, що приблизно половина 11–12 тисяч корейців вибула з ладу.',
      [['11–12 тисяч', 'deployed_total', 'range', [11000, 12000]]],
    ],
    [
      'ko',
      '북한이 러시아에 병력 1천500여 명을 추가로 보내, 러시아에 머무는 북한군이 약 3천 명으로 늘었다고 국정원이 밝혔다.',
      [
        ['1천500여', 'reinforcements', 'about', 1500],
        ['약 3천', 'deployed_total', 'about', 3000],
      ],
    ],
    [
      'ko',
      '북한군 파병 발표. HUR은 장교 500명과 장성 3명을 포함해 12,000명 가까이가 러시아로 보내졌다고 밝혔다.',
      [
        ['500', 'other_nk', 'exact', 500],
        ['3', 'other_nk', 'exact', 3],
        ['12,000명 가까이', 'deployed_total', 'nearly', 12000],
      ],
    ],
  ]);
});

describe('drones after the force: "ten thousand of them …, learning a war of drones"', () => {
  itExtracts([
    [
      'en',
      'The numbers from Seoul kept climbing on North Korean soldiers. Zelensky said that ten thousand of them were in Russia now, learning a war of drones.',
      [['ten thousand', 'deployed_total', 'exact', 10000]],
    ],
    [
      'en',
      'North Korean troops fought in Kursk. Ukraine captured two of them alive on Jan 9, with three drones overhead.',
      [['two', 'captured', 'exact', 2]],
    ],
    [
      'de',
      'Nordkoreanische Soldaten kämpfen für Russland. Derzeit seien rund zehntausend Soldaten aus dem Norden in Russland, und sie lernten den Krieg mit Drohnen.',
      [['rund zehntausend', 'deployed_total', 'about', 10000]],
    ],
    // (drones counted before, and a parade, stay other news)
    ['uk', 'КНДР постачає Росії ракети. Вночі Росія випустила по Україні 84 дрони, 68 із них збили.', []],
    [
      'de',
      'Nordkorea feiert. Am Abend marschierten Tausende Soldaten über den Kim-Il-Sung-Platz, über ihnen Drohnen.',
      [],
    ],
  ]);
});

describe('answers about prisoners, estimates held to, counts a dash names as combat troops', () => {
  itExtracts([
    [
      'uk',
      'Північнокорейські військові воювали на Курщині. РЕПОРТЕРКА: Що з полоненими? ОЛІЙНИК: Двоє, їх узяли в січні 2025 року.',
      [['Двоє', 'captured', 'exact', 2]],
    ],
    [
      'ru',
      'Северокорейские военные воевали под Курском. — Что известно о пленных? И. К.: Подтверждённых — двое.',
      [['двое', 'captured', 'exact', 2]],
    ],
    [
      'uk',
      'Київ писав про понад 12 тисяч північнокорейських військових у Росії, а Сеул весь час тримався оцінки близько 11 тис. Обидві цифри чесні.',
      [
        ['понад 12 тисяч', 'deployed_total', 'more_than', 12000],
        ['близько 11 тис.', 'deployed_total', 'about', 11000],
      ],
    ],
    [
      'uk',
      'У Курській області перебувають близько 11 тисяч військових КНДР. Більшість із них, приблизно 10 000, — бойові частини.',
      [
        ['близько 11 тисяч', 'deployed_total', 'about', 11000],
        ['приблизно 10 000', 'deployed_total', 'about', 10000],
      ],
    ],
  ]);
});

describe('batch 35: a column header that names the troops, "데 이어", "turned into"', () => {
  itExtracts([
    [
      'en',
      'Where they were\n\nRegion | Date | North Korean troops | Estimator\nKursk region | 4 Nov 2024 | 11,000 | President Zelensky',
      [['11,000', 'deployed_total', 'exact', 11000]],
    ],
    [
      'ko',
      '보고서는 병력 이동도 짚었다. 북한은 2024년 1만1천 명 넘게 파병한 데 이어 2025년 초 3천 명을 추가로 보냈다.',
      [
        ['1만1천 명 넘게', 'deployed_total', 'more_than', 11000],
        ['3천', 'reinforcements', 'exact', 3000],
      ],
    ],
  ]);
});

describe('batch 36: corrections, medals before portraits, returns after treatment, attributions between', () => {
  itExtracts([
    [
      'de',
      'Korrektur: Es hieß, der NIS schätze die Zahl der getöteten oder verwundeten Nordkoreaner auf 16.000. Das war falsch. Richtig ist: rund 6000.',
      [
        ['16.000', 'casualties_total', 'exact', 16000],
        ['rund 6000', 'casualties_total', 'about', 6000],
      ],
    ],
    [
      'en',
      'Pyongyang honoured its troops who fought in Kursk. Kim Jong Un was pictured pinning medals beside 101 portraits of named soldiers.',
      [['101', 'killed', 'exact', 101]],
    ],
    [
      'ru',
      'Северокорейские военные воевали под Курском: около 3600 раненых, из них примерно 300 после лечения вернулись на передовую.',
      [
        ['около 3600', 'wounded', 'about', 3600],
        ['примерно 300', 'other_nk', 'about', 300],
      ],
    ],
    [
      'ru',
      'Северокорейские военные в Курской области. Погибших, по оценке разведки, около 600.',
      [['около 600', 'killed', 'about', 600]],
    ],
    [
      'de',
      'Nordkoreanische Soldaten in Kursk. Der NIS berichtete, die Zahl der verwundeten Nordkoreaner nähere sich knapp 1000.',
      [['knapp 1000', 'wounded', 'nearly', 1000]],
    ],
    [
      'de',
      'Nordkoreanische Pioniere kamen nach Sudscha. Yonhap berichtete von rund 1000 Pionieren, dazu von rund 10 000 Soldaten, die entlang der Grenze Wache hielten.',
      [
        ['rund 1000', 'workers_or_engineers', 'about', 1000],
        ['rund 10 000', 'deployed_total', 'about', 10000],
      ],
    ],
    // (troops back at the front after a pause are no returnees)
    [
      'ru',
      'Разведка сообщила, что военные КНДР вернулись на фронт. СМИ называли цифры от 1 000 до 3 000 человек подкрепления.',
      [['от 1 000 до 3 000', 'reinforcements', 'range', [1000, 3000]]],
    ],
  ]);
});

describe('batch 38: prisoners in custody, losses at the cost of thousands', () => {
  itExtracts([
    [
      'de',
      'Die Gefangenen von Kiew: Seit mehr als einem Jahr sitzen zwei nordkoreanische Soldaten in ukrainischer Haft.',
      [['zwei', 'captured', 'exact', 2]],
    ],
    [
      'uk',
      'Розвідка вважає, що Пхеньян здобув бойовий досвід ціною тисяч своїх солдатів КНДР.',
      [['тисяч', 'casualties_total', 'vague', null]],
    ],
  ]);
});

describe('batch 39: a Korean estimate named after its number ("최소 600명으로 봤던 수치")', () => {
  itExtracts([
    [
      'ko',
      '국정원은 러시아 파병 북한군 가운데 약 2천 명이 숨진 것으로 추정했다. 지난 4월 최소 600명으로 봤던 수치를 세 배 넘게 올린 것이다.',
      [
        ['약 2천', 'killed', 'about', 2000],
        ['최소 600', 'killed', 'at_least', 600],
      ],
    ],
    // (troops named before their count keep their own metric)
    [
      'ko',
      '국정원은 북한군 약 2천 명이 숨졌다고 했다. 연합뉴스는 러시아로 간 북한군을 1만3천여 명으로 집계했다.',
      [
        ['약 2천', 'killed', 'about', 2000],
        ['1만3천여', 'deployed_total', 'about', 13000],
      ],
    ],
  ]);
});

describe('batch 39: considerations, attributions with an adjective between', () => {
  itExtracts([
    [
      'en',
      'Will North Korea send more troops in 2026? Three considerations point towards more soldiers going.',
      [],
    ],
    [
      'ru',
      'Северокорейские военные в Курской области. Раненых, по апрельской оценке НСР, около 4 100.',
      [['около 4 100', 'wounded', 'about', 4100]],
    ],
  ]);
});

describe('batch 40: thousands right after a verb of sending; more that could come', () => {
  itExtracts([
    [
      'ru',
      'Северокорейцы под Курском. Зеленский пугал, что Ким может подкинуть 30–40 тысяч, если Москва попросит.',
      [['30–40 тысяч', 'reinforcements', 'range', [30000, 40000]]],
    ],
    [
      'uk',
      'Північнокорейці на Курщині. Зеленський казав, що Пхеньян за бажання може закинути 30–40 тисяч, а то й більше.',
      [['30–40 тисяч', 'reinforcements', 'range', [30000, 40000]]],
    ],
    [
      'uk',
      'Північнокорейці на Курщині: за його словами, там досі воюють близько 8 тисяч, просто не так активно.',
      [['близько 8 тисяч', 'deployed_total', 'about', 8000]],
    ],
    [
      'ru',
      'Северокорейцы в Курской области: всё ещё воюют около 8 тысяч, хотя и менее активно.',
      [['около 8 тысяч', 'deployed_total', 'about', 8000]],
    ],
    [
      'de',
      'Nordkorea hat Soldaten nach Russland geschickt. Pjöngjang könnte noch 30.000 bis 40.000 Mann schicken.',
      [['30.000 bis 40.000', 'reinforcements', 'range', [30000, 40000]]],
    ],
    [
      'de',
      'Nordkorea hat Soldaten geschickt. Pjöngjang könnte noch einmal 25.000 bis 30.000 Soldaten schicken.',
      [['25.000 bis 30.000', 'reinforcements', 'range', [25000, 30000]]],
    ],
    // something counted after the number: not the force
    [
      'en',
      'North Korea has troops in Russia. A travel agency says it sent about 1,500 Russian tourists to North Korea.',
      [],
    ],
    ['ru', 'КНДР воюет за Россию. По мосту в КНДР было отправлено около 30 тыс. тонн пшеницы.', []],
  ]);
});

describe('batch 40: a year-like count before a noun of loss; counting as a verb of naming', () => {
  itExtracts([
    [
      'de',
      'Nordkorea hat nach Seoul rund 2000 Soldaten verloren. Frau Vogt, 2000 Tote, wie belastbar ist so eine Zahl?',
      [
        ['rund 2000', 'casualties_total', 'about', 2000],
        ['2000', 'killed', 'exact', 2000],
      ],
    ],
    ['de', 'Nordkorea: Im Jahr 2000 Tote zu zählen war einfacher.', []],
    ['de', 'Nordkoreas Armee in Kursk. Eine Frau, deren Mann 2011 gestorben ist, erzählt.', []],
    [
      'uk',
      'Північнокорейські втрати розвідка оцінює в 6 тисяч убитих і поранених. Попередня оцінка стосувалася лише загиблих: тоді їх налічували близько 2000.',
      [
        ['6 тисяч', 'casualties_total', 'exact', 6000],
        ['близько 2000', 'killed', 'about', 2000],
      ],
    ],
  ]);
});

describe('batch 40: those out of action ("выбывших")', () => {
  itExtracts([
    [
      'ru',
      'Зеленский в подкасте говорил про 3800 выбывших из 12 тысяч приехавших северокорейцев.',
      [
        ['3800', 'casualties_total', 'exact', 3800],
        ['12 тысяч', 'deployed_total', 'exact', 12000],
      ],
    ],
    [
      'ru',
      'В январе на замену выбывшим КНДР прислала ещё более 3000 военных.',
      [['более 3000', 'reinforcements', 'more_than', 3000]],
    ],
  ]);
});

describe('batch 41: a bare two where the text speaks of the prisoners', () => {
  itExtracts([
    [
      'en',
      'Few North Korean soldiers have been captured, which makes the two in Kyiv a rare case.',
      [['two', 'captured', 'exact', 2]],
    ],
    [
      'ru',
      'Сколько северокорейцев попало в плен? Публично подтверждены двое. Их взяли 9 января.',
      [['двое', 'captured', 'exact', 2]],
    ],
    [
      'uk',
      'Наскільки відомо, немає інших полонених із КНДР, крім цих двох.',
      [['двох', 'captured', 'exact', 2]],
    ],
    // a list's item number, a hedge, a thing counted
    ['ru', 'Пленные КНДР и потери.\n2. Погибшие или все потери', []],
    ['en', 'North Korean prisoners were shown on video. Two days later the clips were removed.', []],
  ]);
});

describe('batch 41: wounded soldiers taken prisoner, in German word order', () => {
  itExtracts([
    [
      'de',
      'Es war der Tag, an dem Fallschirmjäger im Kursker Gebiet zwei verwundete Soldaten aus Nordkorea festnahmen.',
      [['zwei', 'captured', 'exact', 2]],
    ],
    [
      'de',
      'Ukrainische Fallschirmjäger nahmen im Januar zwei verwundete Nordkoreaner fest.',
      [['zwei', 'captured', 'exact', 2]],
    ],
  ]);
});

describe('colloquial counts: "заходило десь 12 тисяч", "тисячі три", the verb "estimated"', () => {
  itExtracts([
    [
      'uk',
      'Північнокорейських військових у Курській області заходило десь 12 тисяч, потім ще тисячі три.',
      [
        ['десь 12 тисяч', 'deployed_total', 'about', 12000],
        ['тисячі три', 'reinforcements', 'about', 3000],
      ],
    ],
    [
      'ru',
      'В Курскую область зашло тысяч двенадцать северокорейских солдат.',
      [['тысяч двенадцать', 'deployed_total', 'about', 12000]],
    ],
    // the verb is the estimator's own count; the adjective hedges it
    [
      'en',
      'The agency told lawmakers that North Korea had shipped containers to Russia; it estimated 28,000 containers in all.',
      [['28,000', 'munitions', 'exact', 28000]],
    ],
    [
      'en',
      'An estimated 11,000 North Korean troops are in Kursk.',
      [['An estimated 11,000', 'deployed_total', 'about', 11000]],
    ],
    [
      'en',
      'North Korea shipped ammunition to Russia. It shipped an estimated 28,000 containers.',
      [['an estimated 28,000', 'munitions', 'about', 28000]],
    ],
  ]);
});

describe('batch 42: captives, dispatches, single events, sections, totals and parts', () => {
  itExtracts([
    // captives taken alive, "took … prisoner", a Korean captor in a relative clause
    [
      'uk',
      'Чому полонених із КНДР так мало? У січні 2025 року українські десантники взяли двох північнокорейців живими.',
      [['двох', 'captured', 'exact', 2]],
    ],
    [
      'ru',
      'Северокорейцев взять живыми было почти невозможно. Только в январе 2025-го удалось захватить двоих раненых солдат.',
      [['двоих', 'captured', 'exact', 2]],
    ],
    [
      'en',
      'North Korean troops fought hard. Ukraine took two of them prisoner in January 2025.',
      [['two', 'captured', 'exact', 2]],
    ],
    [
      'ko',
      '북한군 포로 문제. 우크라이나군이 2025년 1월 9일 쿠르스크에서 생포한 두 명이 지금까지 확인된 전부다.',
      [['두', 'captured', 'exact', 2]],
    ],
    [
      'ko',
      '북한군 파병 1년. 2025년 1월 9일 생포된 포로 두 명은 정찰총국 소속이었다.',
      [['두', 'captured', 'exact', 2]],
    ],
    // North Korea's own bureau, a dispatch to Russia
    [
      'ko',
      '북한군 파병 1년.\n\n국정원은 러시아로 가는 세 번째 파병 규모를 약 6천 명으로 파악했다.',
      [['약 6천', 'reinforcements', 'about', 6000]],
    ],
    // "one" that picks out an event or a speaker
    [
      'en',
      'North Korean troops attacked in waves. In one fight that month our special forces reported 12 North Koreans killed.',
      [['12', 'killed', 'exact', 12]],
    ],
    [
      'en',
      'North Korea has sent troops to Russia. "We cannot match them man for man," said one retired general.',
      [],
    ],
    // a participle of moving, a bare toll after the dead (not after the wounded)
    [
      'en',
      'North Korean troops adapted. In mid-February President Zelensky spoke of another 2,000 to 3,000 being moved to the Kursk front.',
      [['2,000 to 3,000', 'reinforcements', 'range', [2000, 3000]]],
    ],
    [
      'en',
      'The NIS now estimates that around 2,000 North Korean soldiers have been killed. In April the agency had put the toll at at least 600.',
      [
        ['around 2,000', 'killed', 'about', 2000],
        ['at least 600', 'killed', 'at_least', 600],
      ],
    ],
    [
      'en',
      'The NIS says about 4,700 North Korean troops were killed or wounded. In April the agency had put the toll at 3,000.',
      [
        ['about 4,700', 'casualties_total', 'about', 4700],
        ['3,000', 'casualties_total', 'exact', 3000],
      ],
    ],
    // a subheading asking how many opens a section on the page's subject
    [
      'de',
      'Nordkoreanische Soldaten für Russland: Was wir wissen\n\nNordkorea hat Soldaten nach Russland geschickt. Nordkorea schweigt.\n\nDie russischen Verluste in der Region Kursk liegen nach ukrainischen Angaben um ein Vielfaches höher.\n\nGibt es Kriegsgefangene?\n\nZwei. Ukrainische Soldaten nahmen die beiden verwundeten Männer im Januar 2025 fest.',
      [['Zwei', 'captured', 'exact', 2]],
    ],
    // defectors, the home arsenal, mines, a dateline abbreviated
    [
      'de',
      'Nordkoreas Armee kämpft in Russland. 2024 kamen nach Angaben des Vereinigungsministeriums 236 Nordkoreaner in den Süden.',
      [],
    ],
    [
      'uk',
      'Північнокорейські військові воюють за Росію. У серпні 2024 року один північнокорейський солдат перетнув лінію розмежування й здався.',
      [],
    ],
    [
      'en',
      'North Korea sent troops to Russia. South Korean officers estimate that the North keeps around 1,000 long-range guns within range of Seoul.',
      [],
    ],
    [
      'de',
      'Nordkoreanische Pioniere räumen in Kursk die Minen, die wir verlegt haben, Zehntausende davon.',
      [],
    ],
    [
      'ru',
      'СЕУЛ, 13 фев — Потери армии КНДР, воюющей на стороне России, достигли примерно 6 тыс. человек убитыми и ранеными.',
      [['примерно 6 тыс.', 'casualties_total', 'about', 6000]],
    ],
    // more sent as replacements; a sum of troops and engineers; containers sent
    [
      'de',
      'Nordkorea hat Soldaten nach Russland geschickt. Im Januar und Februar seien über 3000 Mann als Ersatz nachgeschickt worden.',
      [['über 3000', 'reinforcements', 'more_than', 3000]],
    ],
    [
      'ko',
      '북한군 파병 이후 쿠르스크엔 전투병·공병 합쳐 1만1천 명 안팎 남아',
      [['1만1천 명 안팎', 'deployed_total', 'about', 11000]],
    ],
    [
      'ko',
      '북한군 파병. 북한이 지뢰 제거 공병과 군사 건설 인력을 합쳐 6000명을 보내기로 했다.',
      [['6000', 'workers_or_engineers', 'exact', 6000]],
    ],
    [
      'ru',
      'КНДР помогает России боеприпасами. Разведка насчитала около 28 000 отправленных контейнеров.',
      [['около 28 000', 'munitions', 'about', 28000]],
    ],
    // a total after a dash ("всего" alone is "only"), a preposition after pinning, a part "of them"
    [
      'uk',
      'Розвідка оновила оцінку втрат КНДР: загинули або були поранені північнокорейські військові — загалом близько 6 тис. Так повідомило агентство.',
      [['близько 6 тис.', 'casualties_total', 'about', 6000]],
    ],
    ['ru', 'Северокорейские строители в Курской области. В составе поезда — всего один вагон.', []],
    [
      'uk',
      'КНДР вшанувала загиблих у Курській області. Кім Чен Ин особисто прикріплював ордени до 101 портрета.',
      [['101', 'killed', 'exact', 101]],
    ],
    [
      'ru',
      'По оценке НИС, в Курской области размещены около 11 000 северокорейских военнослужащих. Из них порядка 10 тыс. относятся к боевым подразделениям.',
      [
        ['около 11 000', 'deployed_total', 'about', 11000],
        ['порядка 10 тыс.', 'deployed_total', 'about', 10000],
      ],
    ],
  ]);
});

describe('batch 43: group sizes, things counted, restated counts and sizes', () => {
  itExtracts([
    // small groups: the size of assault groups, a distributive "по"
    ['de', 'Nordkoreas Soldaten in Kursk griffen in Sturmgruppen zu jeweils 20 bis 30 Mann an.', []],
    [
      'ru',
      'Северокорейская пехота в Курской области сменила тактику. Штурмовые группы сократились до 5–7 человек.',
      [],
    ],
    ['ko', '북한군 돌격조는 3~5명 단위로 쪼개졌다.', []],
    ['ko', '북한군은 1개 조가 15~20명에 이르는 돌격조를 내보냈다.', []],
    ['uk', 'Північнокорейські військові атакували групами, які формували не більше ніж по 20 осіб.', []],
    // hectares, mines, rhetoric, a gun's shots, civilians counted in Korean
    [
      'uk',
      'Північнокорейські сапери працюють на Курщині. Ще приблизно 30 тис. гектарів залишаються закритими.',
      [],
    ],
    [
      'uk',
      'Північнокорейські сапери працюють на Курщині: за літо з полів вилучили понад 40 тис. мін і снарядів.',
      [],
    ],
    ['uk', 'Про втрати КНДР писали всі. Не один і не два заголовки перетворили поранених на загиблих.', []],
    ['uk', 'Артилерія КНДР на Курщині стоїть за 15 км від фронту і після 4–6 пострілів змінює позицію.', []],
    ['ko', '북한 관광 상품에는 평양 관광이 포함된다. 북한 측 안내원 두 명이 일정 내내 동행한다.', []],
    // gerunds of killing and wounding, "унес жизни", the size of a force in Korean, fighting still
    [
      'uk',
      'Бійці відбили наступ КНДР, знищивши 12 солдатів КНДР і поранивши ще 20.',
      [
        ['12', 'killed', 'exact', 12],
        ['20', 'wounded', 'exact', 20],
      ],
    ],
    [
      'ru',
      'По данным Киева, удар по КНДР-бригаде якобы унес жизни около 500 корейцев.',
      [['около 500', 'killed', 'about', 500]],
    ],
    [
      'ko',
      '시르스키 총사령관은 1만1,000~1만2,000명 규모인 북한 파병군의 절반가량이 이미 죽거나 다쳤다고 주장했다.',
      [['1만1,000~1만2,000', 'deployed_total', 'range', [11000, 12000]]],
    ],
    [
      'ko',
      '부다노프 국장은 북한군 8,000명 안팎이 여전히 쿠르스크에서 싸우고 있다고 반박했다.',
      [['8,000명 안팎', 'deployed_total', 'about', 8000]],
    ],
    // soldiers "переброшенных" after their noun, "nannte" after, taken on a date, back at the front
    [
      'ru',
      'Потери КНДР превысили 6000 человек — больше половины от примерно 11 тысяч военных, переброшенных туда первоначально.',
      [
        ['6000', 'casualties_total', 'more_than', 6000],
        ['примерно 11 тысяч', 'deployed_total', 'about', 11000],
      ],
    ],
    [
      'de',
      'Seoul sprach von 12.000 Soldaten aus Nordkorea, während Yonhap im September nur ca. 13.000 nannte.',
      [
        ['12.000', 'deployed_total', 'exact', 12000],
        ['ca. 13.000', 'deployed_total', 'about', 13000],
      ],
    ],
    [
      'en',
      'North Korea sent troops to Russia. Two wounded soldiers taken on 9 January 2025 told interrogators they had expected an exercise.',
      [['Two', 'captured', 'exact', 2]],
    ],
    [
      'de',
      'Nordkorea hat nach Angaben aus Kiew rund 3.600 Verwundete zu verzeichnen. Etwa 300 der Verletzten seien wieder an der Front.',
      [
        ['rund 3.600', 'wounded', 'about', 3600],
        ['Etwa 300', 'other_nk', 'about', 300],
      ],
    ],
    // an answer whose question names nothing but the sentence before it does; a strength after a naming verb; a part taken home
    [
      'ru',
      'КНДР отправила войска в Россию. С погибшими еще сложнее. Сколько их? Около двух тысяч, ответила в сентябре разведка.',
      [['Около двух тысяч', 'killed', 'about', 2000]],
    ],
    [
      'en',
      "Kim Jong Un welcomed the 528th Engineer Regiment of North Korea home, and Kim said nine of its men had been killed in Kursk. Yonhap estimated the regiment's strength at about 1,000.",
      [
        ['nine', 'killed', 'exact', 9],
        ['about 1,000', 'workers_or_engineers', 'about', 1000],
      ],
    ],
    [
      'de',
      'Nordkoreas Verwundete: Ende April bezifferte der NIS die Verwundeten auf etwa 4.100; ein großer Teil von ihnen sei nach Nordkorea zurückgebracht worden.',
      [['etwa 4.100', 'wounded', 'about', 4100]],
    ],
    // builders from across Russia; "waren es" after a count of the paragraph; defectors who reached the South
    [
      'en',
      'North Korean sappers clear mines in Kursk. Some 2,000 builders from across Russia are at work there.',
      [],
    ],
    [
      'ko',
      '북한군 공병이 쿠르스크에서 지뢰를 제거하고 있다. 러시아 각지에서 온 건설 노동자 2천여 명이 현장에 투입돼 있다.',
      [],
    ],
    [
      'de',
      'Im Dezember 2024 sprach der NIS von mindestens 100 toten Nordkoreanern. Im April 2025 waren es etwa 600.',
      [
        ['mindestens 100', 'killed', 'at_least', 100],
        ['etwa 600', 'killed', 'about', 600],
      ],
    ],
    [
      'de',
      'Nordkoreas Grenze ist dicht. 2024 erreichten nach Angaben des Vereinigungsministeriums in Seoul 236 Nordkoreaner den Süden, vor der Pandemie waren es jedes Jahr mehr als tausend.',
      [],
    ],
  ]);
});

describe('batch 44: other foreigners, loads and halves, restated strengths', () => {
  itExtracts([
    // other foreigners in Russia's war, and their numbers
    [
      'en',
      'North Korea sent about 11,000 troops to Kursk. A list published by Ukrainian volunteers in 2023 named roughly 200 Cuban recruits.',
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
    [
      'en',
      'North Korea sent troops to Russia. At its peak Wagner fielded around 50,000 fighters at Bakhmut, and Prigozhin said about 20,000 had died there.',
      [],
    ],
    [
      'uk',
      'Північна Корея надіслала до Росії військових. Міністр повідомив, що за Росію воюють понад 1400 громадян 36 африканських країн.',
      [],
    ],
    [
      'ko',
      '북한군이 러시아에 파병됐다. 미국 정부는 바그너가 우크라이나에 약 5만 명을 투입했다고 추산했다.',
      [],
    ],
    // Central Asian migrants; several hundred thousand as one vague amount
    [
      'en',
      'North Korean workers are in Russia. Uzbekistan alone has well over a million citizens working in Russia.',
      [],
    ],
    [
      'uk',
      'Північнокорейські робітники їдуть до Росії: будовам бракувало кількох сотень тисяч робітників.',
      [],
    ],
    // civilians counted in Korean; a load per wagon, one gun per car
    [
      'ko',
      '북한 노동자 파견 소식. 서울남부지법은 임차인 150여 명에게서 보증금을 가로챈 혐의로 기소된 A씨에게 징역 12년을 선고했다. 공범 2명에게는 징역 5년이 선고됐다.',
      [],
    ],
    ['ko', '북한 용병 소식. 쿠바 당국은 러시아 입대를 알선한 조직을 적발해 17명을 체포했다.', []],
    [
      'ko',
      '북한 포탄이 러시아로 간다. 러시아 평판화차 1량에는 20피트 컨테이너를 최대 3개까지 실을 수 있다. 자주포는 무개화차 1량에 1문씩 싣는다.',
      [],
    ],
    // a village of a few hundred
    [
      'en',
      'North Korean shells cross at Tumangang, next to Khasan, a Russian border village of a few hundred people.',
      [],
    ],
    // half a million in four languages; "50여만"; "3m 152mm shells"
    [
      'en',
      'North Korea has sent Russia half a million shells by one count.',
      [['half a million', 'munitions', 'exact', 500000]],
    ],
    [
      'uk',
      'КНДР постачає снаряди Росії: цього вистачило б на понад 3 млн 152-мм снарядів або на близько півмільйона 122-мм.',
      [
        ['понад 3 млн', 'munitions', 'more_than', 3000000],
        ['близько півмільйона', 'munitions', 'about', 500000],
      ],
    ],
    ['ru', 'КНДР поставила России полмиллиона снарядов.', [['полмиллиона', 'munitions', 'exact', 500000]]],
    [
      'de',
      'Nordkorea lieferte Russland eine halbe Million Granaten.',
      [['eine halbe Million', 'munitions', 'exact', 500000]],
    ],
    [
      'ko',
      '북한은 러시아에 컨테이너를 보냈으며, 이는 122㎜ 방사포탄이라면 50여만 발을 담을 수 있는 분량이다.',
      [['50여만', 'munitions', 'about', 500000]],
    ],
    [
      'en',
      'North Korea shipped containers to Russia, enough for more than 3m 152mm shells.',
      [['more than 3m', 'munitions', 'more_than', 3000000]],
    ],
    // a word and a date across a spaced dash are no range; "взяла в полон лише двох"; "самоходок"
    [
      'uk',
      'Північнокорейці в полон не здаються. За весь час Україна взяла в полон лише двох — 9 січня 2025 року в Курській області.',
      [['двох', 'captured', 'exact', 2]],
    ],
    [
      'ru',
      'Глава разведки Буданов приводил свои данные: за три месяца из КНДР в Россию пришли не менее 120 самоходок «Коксан».',
      [['не менее 120', 'equipment', 'at_least', 120]],
    ],
    // "nach Russland gegangen", "воювали", "die Stärke des Regiments auf"
    [
      'de',
      'Nordkorea schickte Soldaten: In zwei Wellen seien rund 15.000 Soldaten nach Russland gegangen, etwa 600 von ihnen gefallen.',
      [
        ['rund 15.000', 'deployed_total', 'about', 15000],
        ['etwa 600', 'killed', 'about', 600],
      ],
    ],
    [
      'uk',
      'Буданов заперечив: за його оцінкою, на Курщині й далі воювали близько 8 тисяч північнокорейських військових.',
      [['близько 8 тисяч', 'deployed_total', 'about', 8000]],
    ],
    [
      'de',
      'Kim empfing das 528. Pionierregiment aus Nordkorea; neun seiner Männer seien gefallen. Yonhap schätzt die Stärke des Regiments auf rund 1000 Mann.',
      [
        ['neun', 'killed', 'exact', 9],
        ['rund 1000', 'workers_or_engineers', 'about', 1000],
      ],
    ],
  ]);
});

describe("batch 45: a long read's own unit, charts, prices and ceremonies", () => {
  itExtracts([
    // the unit a long read follows owns its losses; a medic's patients
    [
      'en',
      'North Korea sent troops to Kursk.\n\nOver the winter the company lost 11 men killed and 39 wounded, and 14 of the wounded came back.',
      [],
    ],
    [
      'ru',
      'Северокорейцы штурмовали позиции роты. К 31 декабря рота недосчиталась троих убитыми, ещё семеро уехали в госпиталь.',
      [],
    ],
    [
      'uk',
      'Північнокорейці атакували щодня. Рота провела на Курщині 97 днів. Вона втратила 9 бійців загиблими й 31 пораненими.',
      [],
    ],
    [
      'de',
      'Nordkoreanische Truppen griffen an. Die Kompanie bekam im Februar Verstärkung, zwölf Männer aus einem Ausbildungszentrum.',
      [],
    ],
    ['ko', '북한군이 몰려왔다. 1월 중순까지 중대가 후송한 부상자는 모두 11명이었다.', []],
    [
      'de',
      'Nordkoreas Soldaten kämpften in der Nähe. Der Sanitäter behandelte in diesen Wochen 26 Männer, die meisten mit Erfrierungen.',
      [],
    ],
    // a chart's number, a price after a price, ceremonies, a tennis ranking, ferries that "fallen aus"
    ['ko', '북한군 파병 1년, 차트로 본 전쟁. 차트 2 북한군 파병 규모, 추정치는 어떻게 바뀌었나', []],
    [
      'uk',
      'Північна Корея воює за Росію. Рис коштував близько 8 000 вон, тоді як на початку 2024 року — близько 5 000.',
      [],
    ],
    [
      'de',
      'Nordkorea schickte Soldaten nach Russland. Bei zwei Ordensverleihungen zeigte das Staatsfernsehen Porträts.',
      [],
    ],
    ['uk', 'Північна Корея воює за Росію. Наступна суперниця українки — 23-тя ракетка світу.', []],
    [
      'de',
      'Nordkoreas Soldaten in Russland, und an der Küste: Auf Sylt und Helgoland fallen am Wochenende 14 Fährverbindungen aus.',
      [],
    ],
    // charts: data labels split by a legend's marker, a caption of several lines, a legend above the header
    [
      'de',
      'Nordkorea in Russland: die Grafik.\n\nGrafik 1\nNordkoreanische Soldaten in Russland\nSchätzungen des NIS\n[Liniendiagramm]\nx-Achse: Datum der Schätzung\ny-Achse: Soldaten\n20.11.2024 ● ca. 11.000\n30.04.2025 ● ca. 15.000',
      [
        ['ca. 11.000', 'deployed_total', 'about', 11000],
        ['ca. 15.000', 'deployed_total', 'about', 15000],
      ],
    ],
    [
      'en',
      "North Korea's war in charts.\n\nChart 2\nHow many North Korean troops has Russia received?\nPublished estimates, by date\nLegend: ■ in Russia   □ cumulative total sent\nDate | Estimator | Troops\n23 Oct 2024 | NIS (South Korea) | 3,000\n30 Apr 2025 | NIS, both waves combined | 15,000",
      [
        ['3,000', 'deployed_total', 'exact', 3000],
        ['15,000', 'deployed_total', 'exact', 15000],
      ],
    ],
    [
      'en',
      "North Korea's losses in charts.\n\nChart 3\nNorth Korean losses: killed and wounded\nEstimates of total casualties, by date published\nData labels:\nDec 2024 ● JCS: 1,100\nApr 2025 ● NIS: 4,700",
      [
        ['1,100', 'casualties_total', 'exact', 1100],
        ['4,700', 'casualties_total', 'exact', 4700],
      ],
    ],
  ]);
});

/** Deaths said otherwise, and a count of casualties defined in brackets. */
describe('"did not survive", "전멸", "제거했다" are deaths; brackets that define casualties add no event', () => {
  itExtracts([
    [
      'en',
      'North Korean engineers cleared the mines in Kursk, and Kim Jong Un honoured nine sappers who had not survived it.',
      [['nine', 'killed', 'exact', 9]],
    ],
    [
      'ko',
      '[SNS 돋보기] "북한군 3만 명 전멸"?… 이번 주 텔레그램을 달군 주장들',
      [['3만', 'killed', 'exact', 30000]],
    ],
    [
      'ko',
      '한 채널은 "우리 드론 부대가 일주일 동안 북한군 300명 넘게 제거했다"고 주장했다.',
      [['300명 넘게', 'killed', 'more_than', 300]],
    ],
    [
      'ko',
      '국정원이 이달 내놓은 북한군 사상자(사망+부상) 추정은 약 6천 명이다.',
      [['약 6천', 'casualties_total', 'about', 6000]],
    ],
    [
      'en',
      "Seoul's latest estimate of North Korea's casualties (killed and wounded) is about 6,000.",
      [['about 6,000', 'casualties_total', 'about', 6000]],
    ],
  ]);
});

/** A subject's clause ended by a dash, a claim of more troops however large, echelons, bayonets. */
describe('the dash after a subject, claims of more troops, echelons and bayonets', () => {
  itExtracts([
    [
      'ru',
      'Северокорейцы в России. Самая высокая оценка погибших, которую давала южнокорейская разведка, — около 2 тыс., она прозвучала в сентябре.',
      [['около 2 тыс.', 'killed', 'about', 2000]],
    ],
    [
      'uk',
      '«Пхеньян тихо готує ще 100 000 бійців для весняного наступу на Сумщину».',
      [['100 000', 'reinforcements', 'exact', 100000]],
    ],
    ['ko', '"평양이 봄까지 10만 명을 더 보낸다."', [['10만', 'reinforcements', 'exact', 100000]]],
    [
      'ru',
      '«Пхеньян формирует третий эшелон — до 100 тысяч штыков».',
      [['до 100 тысяч', 'reinforcements', 'up_to', 100000]],
    ],
    // (the army at home stays no figure)
    ['en', 'North Korea keeps about 200,000 special forces at home.', []],
  ]);
});

/** Verbs of naming with a time and an adverb between, and "фигурировали". */
describe('a named figure with a time and an adverb between, or "фигурировали"', () => {
  itExtracts([
    [
      'de',
      'Im April kam der NIS auf etwa 15.000 nordkoreanische Soldaten. Yonhap nannte im September allerdings rund 13.000 – die Zählweisen unterscheiden sich.',
      [
        ['etwa 15.000', 'deployed_total', 'about', 15000],
        ['rund 13.000', 'deployed_total', 'about', 13000],
      ],
    ],
    [
      'ru',
      'В апреле НИС называла около 15 тыс. отправленных в Россию военных КНДР, а в справке агентства Ёнхап фигурировали около 13 тыс.',
      [
        ['около 15 тыс.', 'deployed_total', 'about', 15000],
        ['около 13 тыс.', 'deployed_total', 'about', 13000],
      ],
    ],
  ]);
});

/** What befell the people counted, in a clause after them; a unit's size; a dash after losses; hardware words. */
describe('a clause after the counted people, a unit size, losses before a dash, more hardware words', () => {
  itExtracts([
    [
      'en',
      "North Korea's war: he is one of two soldiers taken alive by Ukrainian forces in January 2025.",
      [['two', 'captured', 'exact', 2]],
    ],
    [
      'de',
      'Kim Jong Un verneigt sich im August 2025 vor 101 Porträts von Soldaten, die in Russland ums Leben kamen.',
      [['101', 'killed', 'exact', 101]],
    ],
    [
      'ru',
      'Киев, январь 2025 года. Один из двух северокорейских военных, взятых в плен в Курской области.',
      [['двух', 'captured', 'exact', 2]],
    ],
    // (a date's dot in the clause is no sentence's end)
    [
      'de',
      'Ein verwundeter Nordkoreaner in Kiew. Er ist einer von zwei Soldaten, die ukrainische Spezialkräfte am 9. Januar in Kursk gefangen nahmen.',
      [['zwei', 'captured', 'exact', 2]],
    ],
    [
      'ru',
      'Северокорейцы: около 1100 вернувшихся в декабре могут вновь отправиться в Россию.',
      [['около 1100', 'other_nk', 'about', 1100]],
    ],
    [
      'en',
      "North Korea honoured nine sappers of its engineer regiment who had been killed in Kursk. KCNA never gave the unit's size; Yonhap put it at about 1,000.",
      [
        ['nine', 'killed', 'exact', 9],
        ['about 1,000', 'workers_or_engineers', 'about', 1000],
      ],
    ],
    // a unit's size given in the paragraph after the one that names its engineers, or after the dead of its
    // sappers in the same sentence, or "estimated the unit at"
    [
      'en',
      'Kim Jong Un said nine members of the 528th Engineer Regiment of North Korea had been killed.\n\nYonhap put the size of the regiment at about 1,000. KCNA gave no figure.',
      [
        ['nine', 'killed', 'exact', 9],
        ['about 1,000', 'workers_or_engineers', 'about', 1000],
      ],
    ],
    [
      'en',
      'North Korea held a ceremony for its engineer regiment. Kim said nine of the sappers had been killed; Yonhap put the size of the returning unit at about 1,000 engineers.',
      [
        ['nine', 'killed', 'exact', 9],
        ['about 1,000', 'workers_or_engineers', 'about', 1000],
      ],
    ],
    [
      'de',
      'Nordkorea feierte die Rückkehr seiner Pioniere aus Kursk. Die Nachrichtenagentur Yonhap schätzte die Einheit auf etwa 1000 Mann.',
      [['etwa 1000', 'workers_or_engineers', 'about', 1000]],
    ],
    // (without engineers in this paragraph or the one before, a unit's size is the force's)
    [
      'en',
      'North Korean engineers cleared mines.\n\nThe war went on through the winter.\n\nYonhap put the size of the regiment at about 1,000.',
      [['about 1,000', 'deployed_total', 'about', 1000]],
    ],
    [
      'ru',
      'Апрель 2025 — NIS: в Россию были отправлены около 15 тыс. военных КНДР, потери — примерно 4,7 тыс., из них около 600 погибли.',
      [
        ['около 15 тыс.', 'deployed_total', 'about', 15000],
        ['примерно 4,7 тыс.', 'casualties_total', 'about', 4700],
        ['около 600', 'killed', 'about', 600],
      ],
    ],
    [
      'uk',
      '27.12.2024 — Кірбі: лише за тиждень масованих атак КНДР втратила більш як 1000 бійців.',
      [['більш як 1000', 'casualties_total', 'more_than', 1000]],
    ],
    [
      'de',
      'Im März 2025 lieferte Nordkorea nach Russland rund 220 Selbstfahrlafetten (170 mm) und Mehrfachraketenwerfer (240 mm).',
      [['rund 220', 'equipment', 'about', 220]],
    ],
    [
      'uk',
      'Самохідна гармата «Коксан»: за даними Генштабу, КНДР передала Росії щонайменше 120 таких систем.',
      [['щонайменше 120', 'equipment', 'at_least', 120]],
    ],
  ]);
});

describe('batch 51: a share of the force lost, its losses anywhere in the sentence', () => {
  itExtracts([
    [
      'en',
      'Western officials said about 40% of the North Korean force had been killed or wounded.',
      [['about 40%', 'casualties_total', 'about', 40]],
    ],
    [
      'de',
      'Die Nordkoreaner hatten rund 4000 Ausfälle. Gemessen an der Ausgangsstärke wären damit rund 40 Prozent des Kontingents binnen drei Monaten verloren gewesen.',
      [
        ['rund 4000', 'casualties_total', 'about', 4000],
        ['rund 40 Prozent', 'casualties_total', 'about', 40],
      ],
    ],
    [
      'uk',
      'Північнокорейці гинуть. Посадовці оцінювали частку вибулих — убитих, поранених, зниклих безвісти й полонених — у близько 40% особового складу.',
      [['близько 40%', 'casualties_total', 'about', 40]],
    ],
    [
      'ru',
      'Военные КНДР несут потери. За три месяца из строя вышли порядка 40% первоначального состава.',
      [['порядка 40%', 'casualties_total', 'about', 40]],
    ],
    [
      'ko',
      '서방 당국자들은 북한군의 약 40%가 이미 전사·부상·실종·포로로 전열에서 빠졌다고 말했다.',
      [['약 40%', 'casualties_total', 'about', 40]],
    ],
    [
      'en',
      'About 13% of the North Korean troops sent have been killed, officials said.',
      [['About 13%', 'killed', 'about', 13]],
    ],
    // (the force's own clause says where it was, the losses are another's: no share lost)
    [
      'en',
      'Roughly 40 per cent of the North Korean force was deployed near Sudzha, where fighting killed dozens.',
      [],
    ],
  ]);
});

describe('batch 58: growth over the last count, KIA and WIA, a loss named before a dash, a total named before', () => {
  itExtracts([
    [
      'en',
      'There are about 10,000 North Korean troops in Kursk. That is an increase of about 2,000 since we last briefed you. Across Russia as a whole, we assess the total to be in the range of 11,000 to 12,000.',
      [
        ['about 10,000', 'deployed_total', 'about', 10000],
        ['about 2,000', 'reinforcements', 'about', 2000],
        ['11,000 to 12,000', 'deployed_total', 'range', [11000, 12000]],
      ],
    ],
    [
      'de',
      'Rund 10.000 nordkoreanische Soldaten stehen in Kursk, sagte Ryder. Das seien etwa 2000 mehr als bei der vorigen Lageeinschätzung.',
      [
        ['Rund 10.000', 'deployed_total', 'about', 10000],
        ['etwa 2000', 'reinforcements', 'about', 2000],
      ],
    ],
    [
      'de',
      'Nordkoreas Soldaten in Kursk. 13.1., wieder NIS: ca. 300 KIA, rund 2700 WIA.',
      [
        ['ca. 300', 'killed', 'about', 300],
        ['rund 2700', 'wounded', 'about', 2700],
      ],
    ],
    [
      'ru',
      'Войска КНДР: погибших как минимум 100, раненых — под тысячу.',
      [
        ['как минимум 100', 'killed', 'at_least', 100],
        ['под тысячу', 'wounded', 'nearly', 1000],
      ],
    ],
    [
      'uk',
      'Війська КНДР: загиблих щонайменше 100, поранених — під тисячу.',
      [
        ['щонайменше 100', 'killed', 'at_least', 100],
        ['під тисячу', 'wounded', 'nearly', 1000],
      ],
    ],
    [
      'ru',
      'Войска КНДР. Канал «Вестник» ещё прошлой зимой писал про 20 тыс. «двухсотых» корейцев.',
      [['20 тыс.', 'killed', 'exact', 20000]],
    ],
    [
      'ru',
      'Войска КНДР. Днём позже Райдер уточнил, что пара тысяч из них выдвигается в сторону Курской области.',
      [['пара тысяч', 'deployed_total', 'vague', null]],
    ],
  ]);
});

describe('batch 59: what a speaker counts after a sentence that named it, or an answer counts, a loss cut off, "another" in a list of losses', () => {
  itExtracts([
    [
      'en',
      'HALE: The card in front of me says six thousand North Korean dead —\n\nTOMASZ WREN: — no, no, casualties, Margaret. Dead and wounded together. The British defence ministry said more than six thousand in Kursk, and it chose its words carefully.',
      [
        ['six thousand', 'killed', 'exact', 6000],
        ['more than six thousand', 'casualties_total', 'more_than', 6000],
      ],
    ],
    // (not a count with a verb of its own)
    [
      'en',
      'North Korean troops fought in Kursk. Dead and wounded together. Budanov disputed that, saying about 8,000 were still in combat in Kursk.',
      [['about 8,000', 'deployed_total', 'about', 8000]],
    ],
    [
      'en',
      'HALE: How many North Korean troops went? So how many are actually dead?\n\nPARK: Seoul’s last count, in April, was about six hundred. And the —',
      [['about six hundred', 'killed', 'about', 600]],
    ],
    [
      'uk',
      'КРАВЕЦЬ: За новою оцінкою — близько чотирьох тисяч семисот північнокорейців, тобто вбиті й поранені разом. Із них загиблих —\n\nМЕЛЬНИЧУК: — шістсот —\n\nКРАВЕЦЬ: — близько шестисот, так, дякую, Тарасе, я пам’ятаю.',
      [
        ['близько чотирьох тисяч семисот', 'casualties_total', 'about', 4700],
        ['шістсот', 'killed', 'exact', 600],
        ['близько шестисот', 'killed', 'about', 600],
      ],
    ],
    [
      'uk',
      'Під час двох церемоній нагородження державні медіа КНДР показали портрети загалом близько 350 загиблих: 101 — на першій і ще приблизно 250 — на другій.',
      [
        ['близько 350', 'killed', 'about', 350],
        ['101', 'killed', 'exact', 101],
        ['приблизно 250', 'killed', 'about', 250],
      ],
    ],
    // (a verb of sending before "another" makes more troops, after losses too)
    [
      'uk',
      'Кажуть, що 20 тисяч північнокорейців уже загинули, а Пхеньян тим часом шле ще 10 тисяч.',
      [
        ['20 тисяч', 'killed', 'exact', 20000],
        ['10 тисяч', 'reinforcements', 'exact', 10000],
      ],
    ],
    [
      'en',
      'Nor did the North Korean deployment end with the infantry. A demining regiment of about 1,000 men, according to Yonhap, came home in December, and Seoul says about 10,000 combat troops remain there.',
      [
        ['about 1,000', 'workers_or_engineers', 'about', 1000],
        ['about 10,000', 'deployed_total', 'about', 10000],
      ],
    ],
    [
      'en',
      'A Koksan 170-mm self-propelled gun, photographed near the border. Ukraine’s military intelligence chief said North Korea sent at least 120 of them over the winter.',
      [['at least 120', 'equipment', 'at_least', 120]],
    ],
  ]);
});

describe('batch 60: replacements, a contingent put at, a source column, the missing, the size of a further dispatch', () => {
  itExtracts([
    [
      'de',
      'Seoul ist bisher von rund 11.000 entsandten Nordkoreanern ausgegangen, darunter 3000 Mann Ersatz.',
      [
        ['rund 11.000', 'deployed_total', 'about', 11000],
        ['3000', 'reinforcements', 'exact', 3000],
      ],
    ],
    [
      'en',
      'Syrskyi said roughly half of a North Korean contingent he put at 11,000 to 12,000 men had already been killed or wounded.',
      [['11,000 to 12,000', 'deployed_total', 'range', [11000, 12000]]],
    ],
    [
      'uk',
      'У ЦИФРАХ: Війська КНДР у війні Росії проти України\n\nПоказник | Оцінка | Джерело\nУзяті в полон | 2 | ЗСУ, СБУ\nЗагиблі сапери 528-го полку | 9 | ЦТАК',
      [
        ['2', 'captured', 'exact', 2],
        ['9', 'killed', 'exact', 9],
      ],
    ],
    [
      'ko',
      '북한군은 쿠르스크에서 싸웠다. 쿠릴롭카 부근에서는 적어도 세 명이 실종됐다고 발표했다.',
      [['적어도 세', 'other_nk', 'at_least', 3]],
    ],
    [
      'ko',
      '북한군 파병. 국정원은 또 북한이 3차 파병을 준비하고 있으며 그 규모를 6천 명 정도로 보고 있다고 보고했다.',
      [['6천 명 정도', 'reinforcements', 'about', 6000]],
    ],
    [
      'ko',
      '북한군 파병. 러시아에 도착한 북한군 1만2천 명, 그중 사상자 3천800 명',
      [
        ['1만2천', 'deployed_total', 'exact', 12000],
        ['3천800', 'casualties_total', 'exact', 3800],
      ],
    ],
    [
      'uk',
      'Зеленський ще в січні попереджав, що Кім Чен Ин здатен відправити 30–40 тисяч військових.',
      [['30–40 тисяч', 'reinforcements', 'range', [30000, 40000]]],
    ],
  ]);
});

describe('batch 62: answers after their source, turns that take a count up again, sent to replace, revisions', () => {
  itExtracts([
    // an answer that opens with its source, or under a speaker's label in bold
    [
      'en',
      'North Korea sent troops to Russia.\n\nHow many have died?\n\nAccording to the NIS, about 600, as of late April.',
      [['about 600', 'killed', 'about', 600]],
    ],
    [
      'de',
      'Nordkorea schickte Soldaten nach Russland.\n\n**JB:** Wie viele der Soldaten sind gefallen?\n\n**MV:** Rund 2.000, schätzt der NIS seit September.',
      [['Rund 2.000', 'killed', 'about', 2000]],
    ],
    // a count just given, taken up again at the start of the next turn
    [
      'ru',
      'Северокорейцы воюют под Курском.\n\nА. Г.: Если считать убитых и раненых вместе, разведка вышла на примерно 6000 человек.\n\nМ. В.: Шесть тысяч — это ведь больше половины контингента?',
      [
        ['примерно 6000', 'casualties_total', 'about', 6000],
        ['Шесть тысяч', 'casualties_total', 'exact', 6000],
      ],
    ],
    [
      'uk',
      'Північнокорейці воюють на Курщині. У квітні NIS писала про шістсот загиблих.\n\nТ. К.: Чекайте, шістсот — це також оцінка NIS?',
      [
        ['шістсот', 'killed', 'exact', 600],
        ['шістсот', 'killed', 'exact', 600],
      ],
    ],
    [
      'ko',
      '북한군 파병. 영국 국방부는 6천 명 넘는 사상자가 났다고 했다. A. 그 6천이라는 숫자를 같은 잣대로 셌다고 보기는 어렵습니다.',
      [
        ['6천 명 넘는', 'casualties_total', 'more_than', 6000],
        ['6천', 'casualties_total', 'exact', 6000],
      ],
    ],
    // (not a number that opens a sentence about something else)
    [
      'ru',
      'Северокорейцы воюют под Курском, разведка насчитала 6000 погибших и раненых. Шесть тысяч рублей — это цена билета.',
      [['6000', 'casualties_total', 'exact', 6000]],
    ],
    // sent to make good the losses
    [
      'de',
      'Nordkorea schickte Truppen. Südkoreas Generalstab zählte etwa 3.000 Mann, die Ausfälle der ersten Welle ersetzen sollten.',
      [['etwa 3.000', 'reinforcements', 'about', 3000]],
    ],
    [
      'de',
      'Nordkorea schickte Truppen. Im Januar schickte Nordkorea nach Angaben des Generalstabs rund 3.000 Mann, um die Lücken zu füllen.',
      [['rund 3.000', 'reinforcements', 'about', 3000]],
    ],
    // more of them, then when or what for; a separable verb's particle; "and that" opens a clause of its own
    [
      'de',
      'Nordkorea schickte Truppen. Das Team zählte für 2024 mehr als 11.000 Mann und für Anfang 2025 etwa 3.000 weitere als Ersatz.',
      [
        ['mehr als 11.000', 'deployed_total', 'more_than', 11000],
        ['etwa 3.000', 'reinforcements', 'about', 3000],
      ],
    ],
    [
      'en',
      'North Korea sent troops. Then the Joint Chiefs in Seoul reported more than 3,000 more in January and February.',
      [['more than 3,000', 'reinforcements', 'more_than', 3000]],
    ],
    [
      'de',
      '„40.000 nordkoreanische Soldaten kämpfen in der Ukraine, über 20.000 von ihnen sind schon gefallen – und Kim schickt gerade 30.000 nach“, heißt es in dem Post.',
      [
        ['40.000', 'deployed_total', 'exact', 40000],
        ['über 20.000', 'killed', 'more_than', 20000],
        ['30.000', 'reinforcements', 'exact', 30000],
      ],
    ],
    [
      'uk',
      'Канал пише, що КНДР перекинула до Росії понад 30 тисяч солдатів, що 20 тисяч із них загинули і що ще 10 000 «вже їдуть ешелонами».',
      [
        ['понад 30 тисяч', 'deployed_total', 'more_than', 30000],
        ['20 тисяч', 'killed', 'exact', 20000],
        ['10 000', 'reinforcements', 'exact', 10000],
      ],
    ],
    [
      'uk',
      'Пхеньян відправив війська. Потім Пхеньян довіз понад 3 тисячі на заміну, потім пішли сапери.',
      [['понад 3 тисячі', 'reinforcements', 'more_than', 3000]],
    ],
    // a source set off between the word and its number
    [
      'ru',
      'Северная Корея отправила войска в Россию. В январе пришло пополнение — по данным Объединённого комитета начальников штабов Южной Кореи, свыше 3 тысяч человек.',
      [['свыше 3 тысяч', 'reinforcements', 'more_than', 3000]],
    ],
    // losses suffered, the noun left out; a share of the wounded taken home
    [
      'en',
      'Britain said North Korean forces had "highly likely" suffered more than 6,000 in Kursk.',
      [['more than 6,000', 'casualties_total', 'more_than', 6000]],
    ],
    [
      'en',
      'North Korean troops fight in Kursk. The NIS counts around 4,100 wounded, and says a large share of them were flown back to North Korea.',
      [['around 4,100', 'wounded', 'about', 4100]],
    ],
    // a total in apposition, an estimate revised, the old value of a revision
    [
      'en',
      'North Korea had sent about 15,000 troops to Russia. A Yonhap recap in September used a lower total, some 13,000.',
      [
        ['about 15,000', 'deployed_total', 'about', 15000],
        ['some 13,000', 'deployed_total', 'about', 13000],
      ],
    ],
    [
      'en',
      'North Korean troops fight in Kursk. The most recent NIS estimate of the dead, given to lawmakers on Sept. 2, 2025, is around 2,000. That was a steep revision from the at least 600 the agency had reported in April.',
      [
        ['around 2,000', 'killed', 'about', 2000],
        ['at least 600', 'killed', 'at_least', 600],
      ],
    ],
    [
      'ru',
      'Агентства пишут о не менее 600 погибших северокорейцах. Это апрельская оценка; в начале сентября NIS повысила её до около 2000.',
      [
        ['не менее 600', 'killed', 'at_least', 600],
        ['около 2000', 'killed', 'about', 2000],
      ],
    ],
    [
      'de',
      'Der NIS schätzte im September, dass etwa 2.000 nordkoreanische Soldaten ums Leben gekommen sind; im April war er noch von mindestens 600 ausgegangen.',
      [
        ['etwa 2.000', 'killed', 'about', 2000],
        ['mindestens 600', 'killed', 'at_least', 600],
      ],
    ],
  ]);
});

describe('batch 62: portraits at award ceremonies, lists over months, what an estimator had, the verb that closes', () => {
  itExtracts([
    [
      'en',
      "North Korea put the dead on display. By the NIS's count, about 350 portraits were shown across two award ceremonies.",
      [['about 350', 'killed', 'about', 350]],
    ],
    [
      'de',
      'Nordkoreas Verluste: Im Dezember 2024 ging der Dienst von mindestens 100 Toten aus. Im April 2025 waren es rund 600, im September 2025 schließlich etwa 2.000.',
      [
        ['mindestens 100', 'killed', 'at_least', 100],
        ['rund 600', 'killed', 'about', 600],
        ['etwa 2.000', 'killed', 'about', 2000],
      ],
    ],
    // a figure named with its separable particle last, or after adverbs
    [
      'de',
      'Der NIS bezifferte die Zahl der nach Russland entsandten nordkoreanischen Soldaten auf rund 15.000. In spanischen Fassungen tauchte zwar die Zahl 18.000 auf. Die koreanische und die englische Version nennen jedoch übereinstimmend 15.000 – ein Übertragungsfehler.',
      [
        ['rund 15.000', 'deployed_total', 'about', 15000],
        ['18.000', 'deployed_total', 'exact', 18000],
        ['15.000', 'deployed_total', 'exact', 15000],
      ],
    ],
    [
      'ru',
      'Британская разведка написала, что северокорейцы потеряли более 6000 человек убитыми и ранеными. У NIS на конец апреля было около 4700.',
      [
        ['более 6000', 'casualties_total', 'more_than', 6000],
        ['около 4700', 'casualties_total', 'about', 4700],
      ],
    ],
    [
      'ru',
      'Северокорейцы в Курской области: сейчас около 11 тысяч человек: примерно 10 тыс. строевых и порядка тысячи инженеров.',
      [
        ['около 11 тысяч', 'deployed_total', 'about', 11000],
        ['примерно 10 тыс.', 'deployed_total', 'about', 10000],
        ['порядка тысячи', 'workers_or_engineers', 'about', 1000],
      ],
    ],
    [
      'ru',
      'Ким Чен Ын встречал сапёров из КНДР и признал потери — девять сапёров погибли, им присвоили звания Героев.',
      [['девять', 'killed', 'exact', 9]],
    ],
    // (not a verb of another clause: "exceeded 4,000 and that about two-thirds of them were dead")
    [
      'en',
      'Zelensky said North Korean losses had exceeded 4,000 and that about two-thirds of them were dead.',
      [['4,000', 'casualties_total', 'more_than', 4000]],
    ],
    [
      'uk',
      'ВВОДИТЬ В ОМАНУ\n\n«Кім поклав під Курськом 20 тисяч»: розбираємо вірусний допис про втрати КНДР',
      [['20 тисяч', 'killed', 'exact', 20000]],
    ],
    [
      'ko',
      '"북한군 3만 명이 이미 우크라이나 땅에 들어갔고 그중 1만 명 넘게 전사했다."',
      [
        ['3만', 'deployed_total', 'exact', 30000],
        ['1만 명 넘게', 'killed', 'more_than', 10000],
      ],
    ],
    // guard duty is no labour; everything sent so far, not the last dispatch
    [
      'ko',
      '① 국정원 "북한군 1만 명, 러·우 국경서 경계 근무 중"',
      [['1만', 'deployed_total', 'exact', 10000]],
    ],
    [
      'ko',
      '그럼에도 북한은 멈추지 않았다. 올해 초 병력을 더 보내 누적 파병 규모는 대략 1만5천 명에 이른다는 것이 국정원 판단이다.',
      [['대략 1만5천', 'deployed_total', 'about', 15000]],
    ],
    // (the strength of one dispatch stays reinforcements)
    [
      'ru',
      'КНДР готовит третье развертывание общей численностью около 6 000 человек.',
      [['около 6 000', 'reinforcements', 'about', 6000]],
    ],
    // a wave is the force, whatever town it is compared to
    [
      'ru',
      'Пхеньян отправил на чужую войну солдат. Первый эшелон — это около 11 тысяч человек. Представьте небольшой райцентр: школы, рынок, автостанция.',
      [['около 11 тысяч', 'deployed_total', 'about', 11000]],
    ],
    // our own army's division, and a defector across the line, are no figures
    [
      'ko',
      '북한은 러시아로 병력을 실어 보냈다. 처음 건너간 병력이 1만1천여 명이다. 우리 육군 사단 하나가 1만 명 남짓이라고 하니, 사단 하나를 통째로 빌려준 셈이다.',
      [['1만1천여', 'deployed_total', 'about', 11000]],
    ],
    [
      'ru',
      'Северокорейские военные воюют в Курской области. В августе 2024 года ещё один северокорейский военный перешёл линию на центральном участке фронта и сдался южнокорейским пограничникам.',
      [],
    ],
  ]);
});

describe("batch 63: listicle headings, an organisation's own counts, enemies and sites, participles of capture", () => {
  itExtracts([
    // a number as a list item's heading, described by the first sentence of the paragraph after it
    [
      'en',
      "11 numbers that explain North Korea's war in Russia\n\n8. 220\n\nPieces of heavy artillery, counting 170-mm guns and rocket launchers. Moscow has 2 more.",
      [['220', 'equipment', 'exact', 220]],
    ],
    [
      'de',
      'Nordkorea schickte Soldaten nach Russland.\n\n2. Etwa 1500\n\nMit dieser Vorhut begann es. Zwischen dem 8. und dem 13. Oktober brachten Schiffe die Männer.',
      [['Etwa 1500', 'deployed_total', 'about', 1500]],
    ],
    // (not a year so described, nor a page number between paragraphs)
    [
      'en',
      "North Korea's war in Russia\n\n6. 2023\n\nThe year the shells began to flow, by the count of 11 countries.",
      [],
    ],
    [
      'en',
      'North Korean troops fought in Kursk. Occasional Paper 31 | October 2025\n\n15\n\nThe picture that emerges is of a force that learned fast.',
      [],
    ],
    // a casualty word after another number is that number's
    [
      'de',
      'Nordkorea räumte Minen in Kursk. Im Dezember kehrten nach Angaben der Agentur Yonhap rund 1000 Pioniere heim; Kim Jong Un ehrte neun bei dem Einsatz getötete Soldaten als „Helden“.',
      [
        ['rund 1000', 'workers_or_engineers', 'about', 1000],
        ['neun', 'killed', 'exact', 9],
      ],
    ],
    // the organisation's own report, interviews and signatories
    [
      'de',
      'Nordkoreanische Kriegsgefangene: Am 3. März stellt das Netzwerk in Berlin seinen 52-seitigen Bericht „Gefangen zwischen den Fronten“ vor.',
      [],
    ],
    [
      'ru',
      'За год коалиция опубликовала 3 доклада о положении северокорейских военнопленных, провела 41 интервью с бывшими военнослужащими КНА. Открытое обращение подписали 2 317 человек.',
      [],
    ],
    [
      'uk',
      'Звернення щодо полонених північнокорейців підтримали 43 організації з 12 країн, а петицію на підтримку полонених — понад 18 тисяч людей.',
      [],
    ],
    // a site of a country, and the enemy a force fights, own nothing
    [
      'en',
      'Pyongyang had sent some 11,000 soldiers to the Kursk front. TFI Global, an Indian site, preferred the American count, putting the force at around 12,000.',
      [
        ['some 11,000', 'deployed_total', 'about', 11000],
        ['around 12,000', 'deployed_total', 'about', 12000],
      ],
    ],
    [
      'en',
      "The agency says about 300 North Korean soldiers have been killed fighting Ukrainian forces in Russia's Kursk region, and some 2,700 wounded.",
      [
        ['about 300', 'killed', 'about', 300],
        ['some 2,700', 'wounded', 'about', 2700],
      ],
    ],
    [
      'uk',
      'ISW рахувало, що північнокорейці втрачають близько 92 бійців щодня, то весь контингент у 12 тисяч може бути вибито до середини квітня.',
      [
        ['близько 92', 'casualties_total', 'about', 92],
        ['12 тисяч', 'deployed_total', 'exact', 12000],
      ],
    ],
    // a line's part described after "of those,"
    [
      'en',
      "Seoul's latest tally of North Korea's war:\nAbout 11,000 — North Korean troops stationed in Kursk today\nRoughly 10,000 — of those, combat troops\nAround 1,000 — engineers making up the rest",
      [
        ['About 11,000', 'deployed_total', 'about', 11000],
        ['Roughly 10,000', 'deployed_total', 'about', 10000],
        ['Around 1,000', 'workers_or_engineers', 'about', 1000],
      ],
    ],
    // the two prisoners: fallen into Ukraine's hands, named in a swap they should stay out of, two young men
    [
      'uk',
      'Полонені з КНДР.\n6. 2\nЛише стільки північнокорейців потрапили до рук ЗСУ живими — у січні 2025-го на Курщині.',
      [['2', 'captured', 'exact', 2]],
    ],
    [
      'de',
      'Nordkoreanische Kriegsgefangene in der Ukraine. Wir fordern: 1. Die ukrainische Regierung soll die zwei Gefangenen nicht in einen Austausch mit Russland einbeziehen.',
      [['zwei', 'captured', 'exact', 2]],
    ],
    [
      'ko',
      '북한군 포로 보도자료. "생포 1년, 북한군 포로 두 청년이 원하는 곳으로 가게 하라"',
      [['두', 'captured', 'exact', 2]],
    ],
    // (not several prisoners, vaguely)
    [
      'de',
      'Ein Nordkoreaner starb an seinen Wunden. Selenskyj sagte damals, mehrere Gefangene aus dem Norden hätten ihre Verletzungen überlebt.',
      [],
    ],
    // sent to replace its losses; captives described by a participle after a comma
    [
      'en',
      "27 March 2025 — South Korea's Joint Chiefs of Staff say Pyongyang shipped another 3,000 or more troops to Russia in January and February to replace its losses.",
      [['3,000 or more', 'reinforcements', 'at_least', 3000]],
    ],
    [
      'ru',
      '11 января 2025 — Владимир Зеленский объявляет, что двое раненых северокорейских военных, взятых в плен в Курской области, доставлены в Киев.',
      [['двое', 'captured', 'exact', 2]],
    ],
  ]);
});

describe("batch 64: shells named the sentence before, a contingent's size, sent home, no year after 'now —', 'not A but B'", () => {
  itExtracts([
    // shells named in a sentence without a number are what a bare count right after counts
    [
      'ru',
      'КНДР помогает России не только людьми. Она отправляет в Россию снаряды для пушек. По данным разведки Южной Кореи, их уже больше 10 миллионов.',
      [['больше 10 миллионов', 'munitions', 'more_than', 10000000]],
    ],
    [
      'de',
      'Nordkorea schickt auch Granaten. Granaten sind Geschosse für große Kanonen. Der Geheimdienst schätzt: Es waren mehr als 10 Millionen Stück.',
      [['mehr als 10 Millionen', 'munitions', 'more_than', 10000000]],
    ],
    // (a share of something else is no count of the shells named before)
    [
      'de',
      'Nordkorea liefert Granaten. Moskau hat seinen Militärhaushalt auf gut sechs Prozent der Wirtschaftsleistung aufgebläht.',
      [],
    ],
    // the wounded named first
    [
      'de',
      'Herr Selenskyj hat von 4000 toten Nordkoreanern gesprochen – jetzt sind es angeblich 6000 Verwundete und Tote zusammen?',
      [
        ['4000', 'killed', 'exact', 4000],
        ['6000', 'casualties_total', 'exact', 6000],
      ],
    ],
    [
      'ru',
      'Украинские военные говорили о нескольких сотнях раненых и убитых среди северокорейцев.',
      [['нескольких сотнях', 'casualties_total', 'vague', null]],
    ],
    // the number right after a force is its size, whatever losses it suffered
    [
      'en',
      "South Korea's Joint Chiefs of Staff said 3,000 or more North Korean troops were sent in January to make up for the losses of the first contingent of about 11,000.",
      [
        ['3,000 or more', 'reinforcements', 'at_least', 3000],
        ['about 11,000', 'deployed_total', 'about', 11000],
      ],
    ],
    [
      'ru',
      'Потери северокорейского контингента из 11 тысяч составили около 4 тысяч.',
      [
        ['11 тысяч', 'deployed_total', 'exact', 11000],
        ['около 4 тысяч', 'casualties_total', 'about', 4000],
      ],
    ],
    // (a force's losses are still its losses)
    [
      'en',
      'North Korea: the losses of the contingent reached 3,000.',
      [['3,000', 'casualties_total', 'exact', 3000]],
    ],
    // wounded sent home are no longer the wounded of the fighting
    [
      'ru',
      'По словам депутата, на родину отправили приблизительно 2 тыс. раненых военнослужащих КНДР.',
      [['приблизительно 2 тыс.', 'other_nk', 'about', 2000]],
    ],
    [
      'de',
      'Laut Seoul wurden rund 2000 verwundete Nordkoreaner nach Hause geschickt.',
      [['rund 2000', 'other_nk', 'about', 2000]],
    ],
    // a verb of arrival before a claim, however inflated, makes it a count of the force, not of the army at home
    [
      'ru',
      'Телеграм-канал «Окопный вестник» пишет, что из Северной Кореи прибыло уже 100 тысяч бойцов.',
      [['100 тысяч', 'deployed_total', 'exact', 100000]],
    ],
    // a counting verb names the number
    [
      'uk',
      'Ще з брифінгу NIS: поранених серед північнокорейських військових налічують близько 4 100.',
      [['близько 4 100', 'wounded', 'about', 4100]],
    ],
    // no year after "now —" when a count came before it
    [
      'ru',
      'Речь о северокорейских военных. Весной южнокорейская служба называла цифру в 600 погибших, сейчас — 2000.',
      [
        ['600', 'killed', 'exact', 600],
        ['2000', 'killed', 'exact', 2000],
      ],
    ],
    // Korean "A가 아니라 B": not A but B
    [
      'ko',
      "북한군 피해를 바로잡습니다. 영국 국방부 발표는 지난해 6월 것으로, 전사자가 아니라 6천 명을 웃도는 '사상자'였습니다.",
      [['6천', 'casualties_total', 'more_than', 6000]],
    ],
    [
      'ko',
      "북한군 피해를 바로잡습니다. 젤렌스키 대통령의 4천 명은 숨진 군인만이 아니라 죽거나 다친 군인을 모두 더한 '사상자' 숫자입니다.",
      [['4천', 'casualties_total', 'exact', 4000]],
    ],
  ]);
});

describe('batch 64: what is no figure', () => {
  itExtracts([
    // a phrasal verb's "up to" is no hedge
    [
      'en',
      'Sir — Even North Korea has owned up to 350 casualties, so we know the real number must be higher.',
      [['350', 'casualties_total', 'exact', 350]],
    ],
    // a Korean name's age and town in brackets
    [
      'ko',
      '■ "전사자가 그렇게 많다니" — 강정숙(68·대전 서구) 젤렌스키 대통령이 북한군 4천 명이 목숨을 잃었다고 했다.',
      [['4천', 'killed', 'exact', 4000]],
    ],
    // a price after a price, its currency left out across a semicolon
    [
      'en',
      'North Korea opened the resort in July. Packages started at about 1,400 dollars for eight days, flights included; a deluxe room added another 300.',
      [],
    ],
    // letters a page prints, vaguely
    [
      'uk',
      'Після нашої публікації про північнокорейських військових редакція отримала понад сорок листів. Друкуємо кілька з них зі скороченнями.',
      [],
    ],
  ]);
});

describe("batch 65: a list's introduction, a chart's columns, wiki talk pages, footnotes in superscript", () => {
  itExtracts([
    // a list's items count what its introduction names
    [
      'en',
      "Estimates of North Korean casualties (killed and wounded) in Kursk:\n\n- 23 December 2024, South Korea's Joint Chiefs of Staff: about 1,100.\n- 13 January 2025, National Intelligence Service: more than 3,000.\n- 1 April 2025, UK Ministry of Defence: more than 5,000.",
      [
        ['about 1,100', 'casualties_total', 'about', 1100],
        ['more than 3,000', 'casualties_total', 'more_than', 3000],
        ['more than 5,000', 'casualties_total', 'more_than', 5000],
      ],
    ],
    // (a chart's columns and lines are numbered, and their numbers count nothing)
    [
      'en',
      "Chart: Estimated North Korean casualties (killed and wounded) in Kursk. Column chart, seven columns.\n\n- Column 1, 23 December 2024, South Korea's Joint Chiefs of Staff: about 1,100.\n- Column 2, 13 January 2025, National Intelligence Service: more than 3,000.",
      [
        ['about 1,100', 'casualties_total', 'about', 1100],
        ['more than 3,000', 'casualties_total', 'more_than', 3000],
      ],
    ],
    [
      'uk',
      'Лінія 2 (червона): лише загиблі військові КНДР, оцінки НРС.\n• 19 грудня 2024 р.: щонайменше 100.\n• 13 січня 2025 р.: близько 300.\n• 30 квітня 2025 р.: близько 600.',
      [
        ['щонайменше 100', 'killed', 'at_least', 100],
        ['близько 300', 'killed', 'about', 300],
        ['близько 600', 'killed', 'about', 600],
      ],
    ],
    [
      'ko',
      '차트: 북한군 사상자(사망자와 부상자 합계) 추정치 추이. 가로 막대그래프이며 막대는 모두 5개다.\n막대 1: 2024년 12월 23일, 합동참모본부 — 약 1,100명.\n막대 2: 2025년 1월 13일, 국가정보원 — 3,000명 이상.',
      [
        ['약 1,100', 'casualties_total', 'about', 1100],
        ['3,000명 이상', 'casualties_total', 'at_least', 3000],
      ],
    ],
    // (people in a list of deliveries keep their own metric; an interview's dashes are no list)
    [
      'ru',
      'КНДР отправила войска.\n— Сколько их было в первой волне?\n— От 11 до 12 тысяч — так говорили на брифингах.',
      [['От 11 до 12 тысяч', 'deployed_total', 'range', [11000, 12000]]],
    ],
    // a wiki talk page's posts go on with the page's subject, signed or indented
    [
      'uk',
      'Обговорення:Участь військ КНДР у російсько-українській війні\n\n== Втрати ==\n\nУ картці досі стоїть січнева цифра, до того ж без посилання на джерело; пропоную оновити її до кінця тижня. --Sich_Redaktor (обговорення) 12:05, 19 червня 2025 (UTC)\n\nНі, спершу треба знайти першоджерело, а не переказ переказу, інакше ми знову отримаємо суперечку в розділі. --Оксана_К. (обговорення) 14:10, 19 червня 2025 (UTC)\n\nЗгоден із попереднім дописом: без першоджерела міняти картку не варто, навіть якщо цифра виглядає правдоподібно. --Mykola_UA (обговорення) 15:48, 19 червня 2025 (UTC)\n\nДжерело є в розділі нижче, там і брифінг, і переказ агенції; можна взяти звідти обидва посилання разом із датою. --Оксана_К. (обговорення) 16:02, 19 червня 2025 (UTC)\n\nКвітнева оцінка НРС — близько 4700 убитих і поранених.',
      [['близько 4700', 'casualties_total', 'about', 4700]],
    ],
    // a verb that gives a count names it
    [
      'ru',
      'Белый дом говорил о 3 тыс. военных КНДР. Пентагон 4 ноября 2024 года давал от 11 до 12 тыс. на всю Россию.',
      [
        ['3 тыс.', 'deployed_total', 'exact', 3000],
        ['от 11 до 12 тыс.', 'deployed_total', 'range', [11000, 12000]],
      ],
    ],
    // a footnote in superscript after a number word
    [
      'ru',
      'КНДР отправила войска. Журналисты писали о том, что число раненых приближается к тысяче⁴; сами разведчики называли оценку осторожной.',
      [['тысяче', 'wounded', 'nearly', 1000]],
    ],
    // back at the front after treatment
    [
      'ru',
      'Северокорейские военные в Курской области. Разведка сообщала, что около 300 раненых после лечения снова отправили на фронт.',
      [['около 300', 'other_nk', 'about', 300]],
    ],
    // a Korean "and" between two counts: the word after it is the second count's
    [
      'ko',
      '북한군 사상자는 사망 약 300명과 부상 약 2,700명이다.',
      [
        ['약 300', 'killed', 'about', 300],
        ['약 2,700', 'wounded', 'about', 2700],
      ],
    ],
    // a white paper named in a paragraph before that may not name North Korea (a context block the content script
    // cuts to a stand-in) says nothing of the next one; one that names it does
    [
      'ko',
      'Север при этом, согласно «Белой книге» Минобороны РК, держит под ружьём около 1,28 млн человек.\n\nMSMT 첫 보고서 "북한, 작년 한 해 포탄·로켓탄 최대 900만 발 러시아로"',
      [['최대 900만', 'munitions', 'up_to', 9000000]],
    ],
    [
      'ko',
      '국방부의 「2022 국방백서」에 따르면 북한군 상비병력은 약 128만 명이다. 러시아와의 전쟁과는 별개다.\n\n■ 전차 4300여 대·방사포 5500여 문',
      [],
    ],
    // adding the force and its reinforcements makes the force's total
    [
      'ko',
      '북한군은 2024년 가을 1만1천 명이 건너갔고 2025년 초에 3천 명가량이 추가로 갔다. 이 둘을 더해 "1만4천 명"이라고 쓰는 언론도 있다.',
      [
        ['1만1천', 'deployed_total', 'exact', 11000],
        ['3천 명가량', 'reinforcements', 'about', 3000],
        ['1만4천', 'deployed_total', 'exact', 14000],
      ],
    ],
  ]);
});

describe('batch 66: signatories, a unit by its number, "в районе", arrivals, sent home, collective numerals', () => {
  itExtracts([
    // those who signed, whoever they are
    [
      'en',
      'The open letter on the North Korean prisoners has been signed by 1,146 people in 31 countries, among them 212 retired officers and 97 university faculty members.',
      [],
    ],
    [
      'ko',
      '북한군 포로 송환 반대 공개서한. 이 밖에 예비역 장성 23명, 교수·연구자 41명, 법조인 13명이 이름을 올렸습니다.',
      [],
    ],
    [
      'de',
      'Offener Brief zu den nordkoreanischen Gefangenen. Bis zum 16. März haben zudem 1.347 Bürgerinnen und Bürger den Brief online mitgezeichnet.',
      [],
    ],
    // (not a count the letter cites)
    [
      'en',
      'The letter, signed by 212 retired officers, cites the estimate that North Korea sent about 11,000 soldiers.',
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
    // a unit by its number, an article by its number
    ['ru', 'КНДР отправила войска. 528 инженерный полк КНДР вернулся домой.', []],
    [
      'de',
      'Nordkoreanische Gefangene. Zwar sieht Art. 118 des III. Genfer Abkommens die Heimschaffung vor.',
      [],
    ],
    // "в районе" before a number is a hedge
    [
      'ru',
      'КНДР отправила войска. Официальные оценки были в районе 15 тыс. военных.',
      [['в районе 15 тыс.', 'deployed_total', 'about', 15000]],
    ],
    // a claim that so many are there, however inflated
    [
      'ko',
      '텔레그램 채널에는 북한군 10만 명이 와 있다고 뜨던데 사실인가요?',
      [['10만', 'deployed_total', 'exact', 100000]],
    ],
    // wounded sent home, the way they went between
    [
      'uk',
      'Північнокорейські військові. Ще близько 2 тисяч поранених, за даними розвідки, з січня по березень 2025 року вивезли літаками й потягами на батьківщину.',
      [['близько 2 тисяч', 'other_nk', 'about', 2000]],
    ],
    [
      'ko',
      '북한군 부상자 처리도 참담합니다. 국정원은 2025년 1~3월에만 부상병 약 2천 명이 항공편과 열차로 본국에 보내졌다고 밝힌 바 있습니다.',
      [['약 2천', 'other_nk', 'about', 2000]],
    ],
    // a collective numeral in the dative
    [
      'ru',
      'Северокорейский лидер посмертно присвоил звания героев девятерым погибшим военнослужащим 528-го полка.',
      [['девятерым', 'killed', 'exact', 9]],
    ],
  ]);
});

describe('the force as the subject or object of a verb of sending, and "another N if …"', () => {
  itExtracts([
    [
      'en',
      'North Korean troops took heavy losses. So more than half of the 11,000 they first sent have been killed or wounded.',
      [['11,000', 'deployed_total', 'exact', 11000]],
    ],
    [
      'en',
      'North Korea sent troops. Kyiv kept its count, and Seoul now says about 15,000 went over in two waves.',
      [['about 15,000', 'deployed_total', 'about', 15000]],
    ],
    [
      'en',
      "North Korea sent troops. Back in Jan '25 a spy chief said Kim could send another 30–40k if he felt like it.",
      [['30–40k', 'reinforcements', 'range', [30000, 40000]]],
    ],
    // (not a count of other things, nor one without a verb of sending)
    ['en', 'North Korea sent troops. The ministry built another 300 houses if needed.', []],
    ['en', 'North Korea sent troops. Seoul says about 15,000 voted in the local election.', []],
  ]);
});

describe('batch 67: a listicle counts its items, inflated claims of more troops, words broken by layout', () => {
  itExtracts([
    // the number counts the noun before "about", not the troops after it
    ['en', "Five myths about North Korea's soldiers in Russia", []],
    ['de', 'Faktencheck: Fünf Mythen über Nordkoreas Soldaten in Russland', []],
    ['uk', "П'ять міфів про північнокорейських солдатів у Росії", []],
    ['ru', 'Пять мифов о северокорейских солдатах в России', []],
    // (a hedge is no such noun)
    [
      'en',
      'North Korea sent about 11,000 soldiers to Russia.',
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
    // a claim of more troops, however inflated
    [
      'en',
      'Myth 1: "500,000 more North Koreans are on their way" The claim spread on a channel about North Korea.',
      [['500,000', 'reinforcements', 'exact', 500000]],
    ],
    [
      'de',
      'Mythos 1: „Kim hat 100.000 Mann an die Front geschickt“ Diese Zahl über Nordkorea verbreitete ein Kanal.',
      [['100.000', 'deployed_total', 'exact', 100000]],
    ],
    [
      'uk',
      'Міф 1. «Кім відправив на війну 100 тисяч солдатів» Цю цифру про КНДР розганяли канали.',
      [['100 тисяч', 'deployed_total', 'exact', 100000]],
    ],
    [
      'ko',
      '① "북한군 10만 명이 이미 러시아에 있다" 파병 초기 채널이 퍼뜨렸다.',
      [['10만', 'deployed_total', 'exact', 100000]],
    ],
    // (the home army's reserve is no such claim, nor are millions)
    ['ru', 'Армия КНДР составляет около 1,28 млн человек, еще около 600 тыс. числятся в резерве.', []],
    [
      'en',
      'North Korea keeps about 1.2 million people in uniform, with some 7.6 million more in reserve units.',
      [],
    ],
    // soft hyphens inside words, a word hyphenated at a line's end, lines wrapped inside a sentence
    [
      'de',
      'Nach Angaben des NIS sind rund 2000 nord\u00adkoreanische Sol\u00adda\u00adten ums Le\u00adben gekom\u00admen.',
      [['rund 2000', 'killed', 'about', 2000]],
    ],
    [
      'en',
      'The agency said about 300 North Ko\u00adrean sol\u00addiers were killed.',
      [['about 300', 'killed', 'about', 300]],
    ],
    [
      'de',
      'SEOUL. Südkoreas Geheim-\ndienst NIS geht inzwischen\ndavon aus, dass im Krieg Russ-\nlands gegen die Ukraine\nrund 2000 nordkoreanische\nSoldaten ums Leben gekom-\nmen sind. Das berichtete der\nAbgeordnete Lee Seong-kweun.',
      [['rund 2000', 'killed', 'about', 2000]],
    ],
    [
      'ru',
      'В Курской области, по данным американцев, уже на-\nходились не менее 10 тыс. северокорейцев,\nа в целом в России - от 11 до 12 тыс. человек.\nПозже оценки еще немного выросли.',
      [
        ['не менее 10 тыс.', 'deployed_total', 'at_least', 10000],
        ['от 11 до 12 тыс.', 'deployed_total', 'range', [11000, 12000]],
      ],
    ],
    [
      'ru',
      'В начале ноября Пентагон\nдал более подробную картину:\nв самой Курской области, по\nданным американцев, уже на-\nходились не менее 10 тыс.\nсеверокорейцев, а в целом в\nРоссии - от 11 до 12 тыс.\nчеловек. Позже оценки выросли.',
      [
        ['не менее 10 тыс.', 'deployed_total', 'at_least', 10000],
        ['от 11 до 12 тыс.', 'deployed_total', 'range', [11000, 12000]],
      ],
    ],
    // the enemy the troops were sent to fight owns none of their losses
    [
      'en',
      "SEOUL — North Korean soldiers sent to help Russia drive Ukrainian forces out of the Kursk region have taken heavy losses, South Korea's spy agency said, with about 300 killed and roughly 2,700 wounded.",
      [
        ['about 300', 'killed', 'about', 300],
        ['roughly 2,700', 'wounded', 'about', 2700],
      ],
    ],
    // "щодо війни" is no "до війни" (before the war)
    [
      'uk',
      'Оновлення розвідки щодо війни в Україні: сили КНДР на Курщині, дуже ймовірно, зазнали понад 6000 втрат.',
      [['понад 6000', 'casualties_total', 'more_than', 6000]],
    ],
    // lives a battle cost; "tötete"; "вирушили"; the army of the Russian Federation; wounded taken back north
    ['en', 'Kursk has cost North Korea about 2,000 lives.', [['about 2,000', 'killed', 'about', 2000]]],
    [
      'uk',
      'Курщина коштувала Пхеньяну близько двох тисяч життів',
      [['близько двох тисяч', 'killed', 'about', 2000]],
    ],
    ['de', 'Kursk hat Nordkorea rund 2000 Menschenleben gekostet.', [['rund 2000', 'killed', 'about', 2000]]],
    [
      'de',
      'Mythos 2: „Ein einziger Raketenschlag tötete 500 Nordkoreaner“ Die Behauptung geht auf Meldungen zurück.',
      [['500', 'killed', 'exact', 500]],
    ],
    [
      'uk',
      'Розвідка оцінювала кількість загиблих північнокорейців у близько 2 тисяч, а загалом до Росії вирушили близько 13 тисяч військових КНДР.',
      [
        ['близько 2 тисяч', 'killed', 'about', 2000],
        ['близько 13 тисяч', 'deployed_total', 'about', 13000],
      ],
    ],
    [
      'ru',
      'КНДР отправила войска. В сутки, по данным «Азимута», армия РФ теряет больше тысячи человек, и никакие поставки из КНДР этого не покрывают.',
      [],
    ],
    [
      'de',
      'Nordkorea hat etwa 15.000 Soldaten nach Russland geschickt. Ungefähr 2.000 Verwundete wurden per Flugzeug oder Zug zurück in den Norden gebracht.',
      [
        ['etwa 15.000', 'deployed_total', 'about', 15000],
        ['Ungefähr 2.000', 'other_nk', 'about', 2000],
      ],
    ],
    // "Truppen" is no squad ("Trupp"): a sentence on Ukrainian troops does not stop the carry; a footnote's
    // superscript after a full stop ends the sentence
    [
      'de',
      'Die Verlegung begann mit Schiffstransporten aus nordkoreanischen Häfen. Ukrainische Truppen hielten dort einen Brückenkopf. Seoul beziffert die erste Welle auf rund 11.000 Soldaten.',
      [['rund 11.000', 'deployed_total', 'about', 11000]],
    ],
    [
      'de',
      'Die Verlegung begann mit Schiffstransporten aus nordkoreanischen Häfen. Nach schweren Verlusten im Dezember und Januar kamen nach seiner Bewertung im Januar und Februar 2025 mehr als 3.000 weitere Soldaten als Ersatz hinzu.² Russland hatte rund 50.000 eigene Soldaten zusammengezogen.',
      [['mehr als 3.000', 'reinforcements', 'more_than', 3000]],
    ],
  ]);
});

describe('batch 68: tables typed with spaces, quoted mail, counters', () => {
  itExtracts([
    // a table typed with spaces reads as a table: its rows carry the subject, their labels the metric
    [
      'en',
      "Estimates of North Korea's troops in Russia.\n\n  Date         Estimator                   Metric                 Estimate\n  2024-10-23   White House (John Kirby)    troops in Russia       at least 3,000\n  2024-11-04   Pentagon (Pat Ryder)        troops in Russia       11,000-12,000\n  2025-09-02   South Korea, NIS            killed                 about 2,000",
      [
        ['at least 3,000', 'deployed_total', 'at_least', 3000],
        ['11,000-12,000', 'deployed_total', 'range', [11000, 12000]],
        ['about 2,000', 'killed', 'about', 2000],
      ],
    ],
    // a comment counter beside a headline that names the dead
    [
      'ko',
      '1  국정원 "파병 북한군 전사…" 추정치 3배로   댓글 1,284\n2  태풍 북상, 제주 최대 250㎜   댓글 412',
      [],
    ],
    // (not "something like")
    [
      'en',
      'The North Korean force was something like eleven thousand men.',
      [['something like eleven thousand', 'deployed_total', 'about', 11000]],
    ],
  ]);
});

describe('batch 69: web addresses written out', () => {
  itExtracts([
    [
      'en',
      'A month later the NIS put the cumulative total of North Korean troops at about 15,000 [https://www.koreaherald.com/article/1047816-artillery-shells].\n\nLinks [1] https://www.nation.com.pk/19-Oct-2024/n-korea-sending-12-000-soldiers',
      [['about 15,000', 'deployed_total', 'about', 15000]],
    ],
    [
      'de',
      'Nordkorea liefert Granaten. Das Portal meldete [https://babel.ua/en/news/108088-south-korea-estimated-that-north-korea-sent] mehr.',
      [],
    ],
  ]);
});

describe('batch 70: reaction counters, a year that opens the sentence', () => {
  itExtracts([
    // a year before the war that opens the sentence dates all of it (workers under the sanctions, not the war's)
    [
      'en',
      'In 2016 Viktor Zolotaryov, a deputy head of the migration service in Primorye, told a local newspaper that close to 4,000 North Koreans held work permits in the territory, most of them in construction.',
      [],
    ],
    // (not a year of the war)
    [
      'en',
      'In 2024 Pyongyang, according to the spy agency, had sent close to 11,000 North Koreans to the Kursk region.',
      [['close to 11,000', 'deployed_total', 'nearly', 11000]],
    ],
    [
      'de',
      'Der NIS schätzt rund 2000 getötete nordkoreanische Soldaten. Lesen hilft. 👍 176 · 👎 9 Der_Pragmatiker · vor 5 Std.',
      [['rund 2000', 'killed', 'about', 2000]],
    ],
  ]);
});

describe('batch 71: comma-separated and Markdown tables, cells of a row, the inter-Korean border', () => {
  itExtracts([
    // a spreadsheet's export pasted as comma-separated values: each value cell is read as a table cell
    [
      'en',
      'Our data desk logs estimates of North Korean help to Russia.\n\nestimator,date,what is counted,value,source\nPentagon,2024-10-28,troops training in eastern Russia,"10,000",briefing\nHUR,2025-01-23,KN-23 ballistic missiles supplied in 2024,148,interview\nNIS,2025-04-30,soldiers killed,600,briefing',
      [
        ['10,000', 'deployed_total', 'exact', 10000],
        ['148', 'munitions', 'exact', 148],
        ['600', 'killed', 'exact', 600],
      ],
    ],
    // fenced as code, a decimal comma inside a quoted cell, and a next cell that is a kind of source ("интервью")
    [
      'ru',
      'Оценки поставок КНДР для России.\n\n```\nоценщик,дата,показатель,значение,источник\nЗеленский,2024-12-02,снаряды КНДР для России за 2024 год,"3,5 млн",интервью\nМинобороны РК,2025-02-11,дальнобойные артиллерийские системы,200,доклад\n```',
      [
        ['3,5 млн', 'munitions', 'exact', 3500000],
        ['200', 'equipment', 'exact', 200],
      ],
    ],
    // a Markdown table under a caption that says what it counts
    [
      'uk',
      'Загиблі військові КНДР у Курській області, за оцінками:\n\n| оцінювач | дата | цифра |\n|---|---|---|\n| НРС | 19.12.2024 | щонайменше 100 |\n| НРС | 30.04.2025 | приблизно 600 |',
      [
        ['щонайменше 100', 'killed', 'at_least', 100],
        ['приблизно 600', 'killed', 'about', 600],
      ],
    ],
    // a row's cell that names more troops, workers or a weapon says more than a caption of troops in Russia
    [
      'de',
      'Nordkoreas Soldaten in Russland.\n\nSchätzer\tDatum\tKennzahl\tWert\nJCS\t2025-03-27\tzusätzlich entsandte Soldaten\tüber 3.000',
      [['über 3.000', 'reinforcements', 'more_than', 3000]],
    ],
    [
      'ko',
      '북한군 러시아 파병 관련 수치.\n\n추정 주체\t발표일\t지표\t수치\n합참\t2025-03-27\t러시아에 넘긴 자주포와 방사포\t약 220\n국정원\t2025-11-04\t9월부터 이동 중인 군사 건설 인력\t약 5,000',
      [
        ['약 220', 'equipment', 'about', 220],
        ['약 5,000', 'workers_or_engineers', 'about', 5000],
      ],
    ],
    // infantry as a mass noun names the troops
    [
      'uk',
      'Оцінки щодо КНДР.\n\nоцінювач\tдата\tщо рахують\tзначення\nГУР\t2024-10-18\tпіхота КНДР на навчанні на Далекому Сході\tмайже 11 000',
      [['майже 11 000', 'deployed_total', 'nearly', 11000]],
    ],
    // a period, not a rate: "in roughly a week"
    [
      'en',
      'North Korean troops fight for Russia.\n\n- NIS: at least 100 dead.\n- Kirby: more than 1,000 killed or wounded in roughly a week of massed assaults.',
      [
        ['at least 100', 'killed', 'at_least', 100],
        ['more than 1,000', 'casualties_total', 'more_than', 1000],
      ],
    ],
    // North Korean soldiers at the inter-Korean border, in the paragraphs after it is named too
    [
      'en',
      'North Korean work crews have repeatedly strayed across the Military Demarcation Line while laying mines.\n\nIn April, about 10 North Korean soldiers, some of them armed, stepped over the line and withdrew after the South fired.\n\nSeparately, North Korea has sent about 11,000 troops to fight for Russia.',
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
    [
      'ru',
      'Северокорейские солдаты снова пересекали демаркационную линию. 8 апреля около десяти военных КНДР отошли после предупредительных выстрелов.',
      [],
    ],
    // (a career near the border, then the war: "на Курщині" names it)
    [
      'uk',
      'Полковник говорить про КНДР. Він тридцять років прослужив біля демілітаризованої зони. «Зараз на Курщині близько 11 тисяч їхніх людей», — каже він.',
      [['близько 11 тисяч', 'deployed_total', 'about', 11000]],
    ],
  ]);
});

describe("batch 72: a chart's data as dated lines, chart numbers, students and troupes", () => {
  itExtracts([
    // a chart's data given as text: dated lines under the chart's title are its rows
    [
      'en',
      'Chart 1: North Korean troops sent to Russia, NIS estimates.\n\nOct 2024 — 3,000\nNov 2024 — 11,000\nApr 2025 — 15,000',
      [
        ['3,000', 'deployed_total', 'exact', 3000],
        ['11,000', 'deployed_total', 'exact', 11000],
        ['15,000', 'deployed_total', 'exact', 15000],
      ],
    ],
    // (the title in the same paragraph, an alt text after the lines)
    [
      'ru',
      'Диаграмма: сколько военных КНДР погибли, оценка НИС.\nДек 2024 — 100\nЯнв 2025 — 300\nАльтернативный текст: красная линия идёт вверх.',
      [
        ['100', 'killed', 'exact', 100],
        ['300', 'killed', 'exact', 300],
      ],
    ],
    [
      'ko',
      '북한군 사망자 추정 (국정원)\n2024년 12월 19일 — 최소 100\n2025년 1월 13일 — 약 300',
      [
        ['최소 100', 'killed', 'at_least', 100],
        ['약 300', 'killed', 'about', 300],
      ],
    ],
    // a chart's or a map's number is no count
    ['de', 'Diagramm 2 (Linie): Getötete nordkoreanische Soldaten, Schätzungen des NIS', []],
    // a figure named in quotes after a verb of naming or change ('estimate of "at least 100" became "around 2,000"')
    [
      'en',
      'North Korean troops died. Seoul\'s estimate of "at least 100" became "around 2,000".',
      [
        ['at least 100', 'killed', 'at_least', 100],
        ['around 2,000', 'killed', 'about', 2000],
      ],
    ],
    // the force that moved in, reached Kursk, and the total sent put at a number
    [
      'en',
      'North Korean troops are in Russia. About 11,000 moved into the region by mid-November 2024, according to the Pentagon.',
      [['About 11,000', 'deployed_total', 'about', 11000]],
    ],
    [
      'en',
      'North Korean units reached Kursk. The Pentagon settled on 11,000 to 12,000.',
      [['11,000 to 12,000', 'deployed_total', 'range', [11000, 12000]]],
    ],
    [
      'en',
      'North Korea sent troops to Russia. The NIS put the total sent in two rounds at about 15,000, with some 600 dead.',
      [
        ['about 15,000', 'deployed_total', 'about', 15000],
        ['some 600', 'killed', 'about', 600],
      ],
    ],
    // a chat's correction of the figure just given, and the figure it corrects
    [
      'en',
      'North Korea expects a third deployment of about 600 troops and engineers.\n\n*6,000 not 600, my typo',
      [
        ['about 600', 'reinforcements', 'about', 600],
        ['6,000', 'reinforcements', 'exact', 6000],
        ['600', 'reinforcements', 'exact', 600],
      ],
    ],
    // boys as the troops a count names, not children
    [
      'en',
      'North Korean troops fight in Kursk.\n\n"Fifteen thousand boys who never asked to go," said a veteran.',
      [['Fifteen thousand', 'deployed_total', 'exact', 15000]],
    ],
    ['en', 'North Korean troops died in Kursk. Two boys were killed in the shelling of Sumy.', []],
    // North Korean students and troupes abroad are no soldiers (but workers sent as "students" are workers)
    ['uk', 'У Владивостоці навчалися 63 студенти з КНДР, ще 27 — у Хабаровську.', []],
    [
      'ko',
      '러시아 대학에 새로 등록한 북한 유학생은 모두 310명이고, 평양에서 온 예술단 150여 명이 공연했다.',
      [],
    ],
    [
      'de',
      'Nordkorea hat etwa 15.000 Arbeitskräfte nach Russland geschickt, viele davon offiziell als Studenten.',
      [['etwa 15.000', 'workers_or_engineers', 'about', 15000]],
    ],
  ]);
});

describe('batch 73: corrections in a clause, the captor asked about, participles and estimates as nouns', () => {
  itExtracts([
    // the figure a correction rejects, after a comma ("…, not 18,000 as stated"), also in German and Russian
    [
      'en',
      'CORRECTION: North Korea has sent about 15,000 troops to Russia in two deployments, not 18,000 as stated in our alert.',
      [
        ['about 15,000', 'deployed_total', 'about', 15000],
        ['18,000', 'deployed_total', 'exact', 18000],
      ],
    ],
    [
      'de',
      'Korrektur: Nordkorea hat rund 15.000 Soldaten nach Russland geschickt, nicht 18.000 wie zunächst gemeldet.',
      [
        ['rund 15.000', 'deployed_total', 'about', 15000],
        ['18.000', 'deployed_total', 'exact', 18000],
      ],
    ],
    [
      'ru',
      'Поправка: в Курскую область отправлены 15 тысяч северокорейских военных, а не 1,5 тысячи.',
      [
        ['15 тысяч', 'deployed_total', 'exact', 15000],
        ['1,5 тысячи', 'deployed_total', 'exact', 1500],
      ],
    ],
    // the army a question asks about as the captor: the answer counts North Koreans
    [
      'en',
      'North Korean troops fought in Kursk.\n\nMember: How many prisoners have the Ukrainians actually taken?\n\nWitness: Two, Chair. Both were captured in January.',
      [['Two', 'captured', 'exact', 2]],
    ],
    // the captor that still holds them
    [
      'en',
      'North Korean soldiers fought in Kursk. Kyiv still holds the two men captured in January 2025.',
      [['two', 'captured', 'exact', 2]],
    ],
    // an army that acts on something else still changes the subject ("held it for seven months")
    [
      'en',
      'North Korean troops fought near Sudzha.\n\nUkrainian forces held the town for seven months. Officials count about 1,400 damaged houses; 310 have been repaired.',
      [],
    ],
    // an estimate given as "with an estimate of"
    [
      'uk',
      'Зеленський говорив про 3800 убитих і поранених північнокорейців. Південнокорейська розвідка стояла посередині, з оцінкою понад 3 тисячі.',
      [
        ['3800', 'casualties_total', 'exact', 3800],
        ['понад 3 тисячі', 'casualties_total', 'more_than', 3000],
      ],
    ],
    // a participle as the noun: those who arrived as replacements
    [
      'ru',
      'Группа насчитала более 11 тыс. военных КНДР, отправленных в 2024 году, и около 3 тыс. прибывших на замену в начале 2025-го.',
      [
        ['более 11 тыс.', 'deployed_total', 'more_than', 11000],
        ['около 3 тыс.', 'reinforcements', 'about', 3000],
      ],
    ],
    // "still fighting" with "досі"
    [
      'uk',
      'Пишуть, що північнокорейців відвели з передової. Це правда?\n\nНі. За оцінкою Генштабу, близько 8 тисяч досі воюють на Курщині.',
      [['близько 8 тисяч', 'deployed_total', 'about', 8000]],
    ],
    // a Korean wire story's versions ("2보", "1보") are no counts
    [
      'ko',
      '북한군 파병 기사를 수정했습니다. (2보에서 노동자 파견 규모를, 1보에서 사상자 추정치를 반영했습니다.)',
      [],
    ],
  ]);
});

describe('batch 74: live blogs, caption cue times, answers with "yes", German verbs at the end', () => {
  itExtracts([
    // a caption's cue time between the lines of one speech is no live blog entry: the subject goes on
    [
      'en',
      'north korea sent troops to russia\n\n0:31\na few days later seoul said the total in russia was around three thousand\n\n0:45\nthen the pentagon said roughly 10,000 were training in eastern russia',
      [
        ['around three thousand', 'deployed_total', 'about', 3000],
        ['roughly 10,000', 'deployed_total', 'about', 10000],
      ],
    ],
    // a live blog's entry is news of its own (a strike, civilians) …
    [
      'en',
      'North Korea has sent about 15,000 troops to Russia, lawmakers said. North Korean losses are high. North Korea denies it.\n\n10:20\nA missile strike on Zaporizhzhia killed one person and wounded 12 overnight.',
      [['about 15,000', 'deployed_total', 'about', 15000]],
    ],
    // … but on a page about North Korea's force, an entry that cites those who count it goes on with it
    [
      'ru',
      'КНДР отправила войска в Россию. Потери КНДР растут, сообщает разведка Южной Кореи. КНДР молчит.\n\n16:20\nПо словам депутатов, в Россию прибыли около 1000 военных инженеров.',
      [['около 1000', 'workers_or_engineers', 'about', 1000]],
    ],
    // Korean words for the force sent ("1진", the first contingent), in an entry on a page about it
    [
      'ko',
      '북한군이 러시아에 파병됐다. 북한군 사상자가 늘고 있다. 북한군 포로도 있다.\n\n14:20\n합참은 1진으로 간 인원을 1만1천여 명으로 본다고 밝혔다.',
      [['1만1천여', 'deployed_total', 'about', 11000]],
    ],
    // an answer that opens with "yes"
    [
      'de',
      'Nordkoreanische Soldaten kämpfen in Kursk.\n\nGibt es Kriegsgefangene?\n\nJa, zwei. Ukrainische Soldaten nahmen die beiden im Januar in Kursk fest.',
      [['zwei', 'captured', 'exact', 2]],
    ],
    // German: the number, then where the force went and a participle of sending at the end
    [
      'de',
      'Blinken sagte, von etwa 10.000 Nordkoreanern in Russland seien bis zu 8000 in die Region Kursk verlegt worden.',
      [
        ['etwa 10.000', 'deployed_total', 'about', 10000],
        ['bis zu 8000', 'deployed_total', 'up_to', 8000],
      ],
    ],
    [
      'de',
      'Nordkoreanische Soldaten in Russland. Südkoreas Geheimdienst kommt auf rund 11.000 allein in der Region Kursk.',
      [['rund 11.000', 'deployed_total', 'about', 11000]],
    ],
    [
      'de',
      'Nordkoreanische Soldaten in Kursk. Deshalb hat Pjöngjang zu Jahresbeginn über 3000 nachgeschoben.',
      [['über 3000', 'reinforcements', 'more_than', 3000]],
    ],
  ]);
});

describe('batch 75: series over time, workers elsewhere counted as people, quantifiers of anyone', () => {
  itExtracts([
    // a series of one count over time, "and then" before its last value, German months after its values
    [
      'en',
      'North Korean troops died in Kursk. The NIS raised its count of the dead to about 600 in April 2025 and then around 2,000 in September.',
      [
        ['about 600', 'killed', 'about', 600],
        ['around 2,000', 'killed', 'about', 2000],
      ],
    ],
    [
      'de',
      'Nordkoreanische Soldaten starben. Die Grafik zeigt die Todeszahlen des NIS: mindestens 100 im Dezember 2024, rund 600 Ende April 2025 und etwa 2000 Anfang September.',
      [
        ['mindestens 100', 'killed', 'at_least', 100],
        ['rund 600', 'killed', 'about', 600],
        ['etwa 2000', 'killed', 'about', 2000],
      ],
    ],
    [
      'ru',
      'Потери КНДР растут. На графике — потери КНДР: кривая стартует с отметки около 1,1 тыс. в декабре 2024 года.',
      [['около 1,1 тыс.', 'casualties_total', 'about', 1100]],
    ],
    // a figure an estimator works from
    [
      'en',
      "North Korean troops are in Kursk. Britain's Ministry of Defence has generally worked from roughly 11,000.",
      [['roughly 11,000', 'deployed_total', 'about', 11000]],
    ],
    // young men sent, in Ukrainian ("хлопців")
    [
      'uk',
      'Північнокорейці воюють на Курщині. Кім посилає тисячі молодих хлопців помирати під Суджею.',
      [['тисячі', 'deployed_total', 'vague', null]],
    ],
    // North Korea's workers in China or the Gulf, counted as people, and what is counted there: not of the war
    [
      'en',
      "North Korean troops fight for Russia. Before 2017, North Korea's workers abroad were estimated at as many as 100,000 people, many of them in China.",
      [],
    ],
    [
      'en',
      'North Korean troops fight for Russia. The restaurants tell a similar story: there were well over a hundred of them across China.',
      [],
    ],
    [
      'ru',
      'Войска КНДР воюют за Россию. На стройках в Кувейте и Катаре трудились несколько тысяч человек.',
      [],
    ],
    // a quantifier of anyone, without hundreds or thousands, is no count of the force
    ['en', 'North Korean troops fight in Kursk. Nobody knows except a few people in Pyongyang.', []],
    ['uk', 'Північнокорейці воюють на Курщині. Проте свідчення кількох людей — не вибірка.', []],
  ]);
});

describe('batch 76: pages as the browser shows them, inflated claims of troops there, tests and defectors at home', () => {
  itExtracts([
    // an inflated claim of the force there, however big, with the place a few words after it
    [
      'en',
      'North Korean troops are in Russia. A Telegram channel claims more than 100,000 North Koreans are fighting for Russia.',
      [['more than 100,000', 'deployed_total', 'more_than', 100000]],
    ],
    [
      'de',
      'Nordkoreanische Soldaten in Russland. Auf einem Telegram-Kanal wird behauptet, 100.000 Nordkoreaner stünden bereits in Russland.',
      [['100.000', 'deployed_total', 'exact', 100000]],
    ],
    // (North Korea's army at home, with Russia named after a comma, stays out)
    ['en', 'North Korea has 200,000 special forces troops, and some of them fight for Russia.', []],
    // missiles North Korea tested at home, and North Koreans who live in the South, are not of the war
    ['en', 'North Korean troops are in Russia. Since 2022 Pyongyang has tested more than 100 missiles.', []],
    [
      'de',
      'Nordkoreanische Soldaten in Russland. Seit 2022 hat Pjöngjang mehr als 100 Raketen getestet.',
      [],
    ],
    ['en', 'North Korean troops are in Russia. Some 34,000 North Koreans now live in South Korea.', []],
    [
      'de',
      'Nordkoreanische Soldaten in Russland. Rund 34.000 Nordkoreaner leben inzwischen in Südkorea.',
      [],
    ],
    // (missiles sent to Russia are)
    [
      'en',
      'North Korean troops are in Russia. North Korea has sent more than 100 missiles to Russia.',
      [['more than 100', 'munitions', 'more_than', 100]],
    ],
    // a Korean duration with its hedge ("120여 일")
    [
      'ko',
      '러시아 파병 북한군 공병. 120여 일 임무 동안 숨진 9명에게는 훈장이 수여됐다.',
      [['9', 'killed', 'exact', 9]],
    ],
  ]);
});

describe('batch 77: podcast turns under their times, Korean labels and subscribers, tonnes, passives', () => {
  itExtracts([
    // a podcast's turns, each under its time, go on with the conversation's subject as turns do
    [
      'en',
      "[00:00:10] MAYA: Today, North Korean troops in Russia.\n\n[00:01:02] OWEN: It started in the autumn.\n\n[00:02:11] MAYA: And the reports?\n\n[00:02:30] OWEN: Slowly.\n\n[00:03:41] MAYA: Then the casualty numbers come in.\n\n[00:03:45] OWEN: Right. South Korea's Joint Chiefs of Staff said around 1,100, killed and wounded together.",
      [['around 1,100', 'casualties_total', 'about', 1100]],
    ],
    // (a span of time just named, and a part of it, is no count: "nine years in uniform, four of them …")
    [
      'en',
      'North Korean troops fought in Kursk. The guest spent nine years in uniform, four of them with a border division.',
      [],
    ],
    // Korean: a question's number in its brackets, a first-come limit, a newsletter's subscribers, a price's percentage
    ['ko', '러시아 파병 북한군 사상자.\n\n【질의 1】 북한군 파병 규모의 변화', []],
    ['ko', '러시아 파병 북한군. 선착순 80명까지 신청할 수 있습니다.', []],
    ['ko', '러시아 파병 북한군. 이 뉴스레터는 2만1천여 명의 구독자에게 발송됩니다.', []],
    [
      'ko',
      '북한군 전사자 2천 명\n\n350여 명 — 북한이 공개한 전사자 영정 수\n5% — 장마당 쌀값 하락 폭(한 달 전 대비)',
      [
        ['2천', 'killed', 'exact', 2000],
        ['350여', 'killed', 'about', 350],
      ],
    ],
    // an impersonal passive of sending before the number ("в Россию переброшено около 15 тыс."), and tonnes of grain
    [
      'ru',
      'Северокорейские войска в Курске. Разведка сообщала, что в Россию переброшено около 15 тыс. Это не союзничество.',
      [['около 15 тыс.', 'deployed_total', 'about', 15000]],
    ],
    ['ru', 'КНДР воюет. По данным, в КНДР было отправлено около 30 тыс. тонн пшеницы.', []],
  ]);
});

describe('batch 78: an intelligence service of the other side estimates, Western model numbers, compounds', () => {
  itExtracts([
    // Ukraine's military intelligence, named with an adjective, speaks of North Korea's force: no change of subject
    [
      'ru',
      'Северокорейские войска воюют в Курской области.\n\nМы свели в таблицу все оценки. Украинская военная разведка 24 октября говорила о почти 12 тыс. человек, южнокорейские ведомства исходили из цифры около 11 тысяч. К 30 апреля 2025 года НРС насчитала около 15 000 отправленных военных, из которых примерно 600 погибли.',
      [
        ['почти 12 тыс.', 'deployed_total', 'nearly', 12000],
        ['около 11 тысяч', 'deployed_total', 'about', 11000],
        ['около 15 000', 'deployed_total', 'about', 15000],
        ['примерно 600', 'killed', 'about', 600],
      ],
    ],
    // a Western weapon's model number, and a compound's number, are no counts
    [
      'en',
      'North Korea supplies Russia. In January 2023, Germany approved the transfer of Leopard 2 tanks.',
      [],
    ],
    [
      'en',
      'North Korea sent troops to Russia. First report by 11-nation team finds troops, shells and missiles.',
      [],
    ],
  ]);
});

describe('a count named as the one an estimator gave ("below the 15,000 the agency itself gave lawmakers")', () => {
  itExtracts([
    [
      'en',
      'North Korean troops are in Russia. Yonhap put the total at some 13,000, below the 15,000 the agency itself gave lawmakers in April.',
      [
        ['some 13,000', 'deployed_total', 'about', 13000],
        ['15,000', 'deployed_total', 'exact', 15000],
      ],
    ],
    [
      'en',
      'North Korean soldiers died. The NIS now counts about 2,000 dead, far above the at least 600 it reported in the spring.',
      [
        ['about 2,000', 'killed', 'about', 2000],
        ['at least 600', 'killed', 'at_least', 600],
      ],
    ],
    // (versions or reports that all say a number name it)
    [
      'en',
      'North Korean troops went to Russia. The versions of the same briefing all say 15k.',
      [['15k', 'deployed_total', 'exact', 15000]],
    ],
    // (a question of how many an army holds asks for prisoners)
    [
      'en',
      'North Korean troops fought in Kursk.\n\nHow many North Koreans does Ukraine hold?\n\nTwo, both wounded.',
      [['Two', 'captured', 'exact', 2]],
    ],
    // (not a count the text itself gives: "the 300 people it interviewed" has no figure before it)
    ['en', 'North Korea is in the news. The survey covers the 300 people it interviewed in Seoul.', []],
  ]);
});

describe('batch 79: one of two told apart, and signatories "in that number"', () => {
  itExtracts([
    [
      'uk',
      'Двох північнокорейських військових узяли в полон у Курській області: одного — бійці ССО, іншого — десантники.',
      [['Двох', 'captured', 'exact', 2]],
    ],
    [
      'ru',
      'Северная Корея отправила войска в Россию. Письмо против этой войны подписали 212 человек, в том числе 38 бывших военнослужащих.',
      [],
    ],
  ]);
});

describe('batch 79: bodies counted, and the kit of the other side', () => {
  itExtracts([
    // bodies left on a field are the dead
    [
      'en',
      'North Korean infantry attacked the position in waves. On the worst morning there were 23 bodies in a single field.',
      [['23', 'killed', 'exact', 23]],
    ],
    [
      'ru',
      'Северокорейская пехота шла цепью. Камера поворачивается к полю, там лежат семь тел. Остальные отходят.',
      [['семь', 'killed', 'exact', 7]],
    ],
    [
      'de',
      'Nordkoreanische Soldaten griffen an. Danach lagen 23 Leichen auf dem Feld.',
      [['23', 'killed', 'exact', 23]],
    ],
    // (not a telephone: "тел. +380 …", "Тел. редакції: …")
    [
      'uk',
      'КНДР відправила військових до Росії. Контакти для ЗМІ: пресслужба, тел. +380 44 238 15 26. Тел. редакції: +380 44 000 17 40.',
      [],
    ],
    // Russian kit a force is issued does not make its count Russia's: "러시아군 전투복과 소총을 지급받았고"
    [
      'ko',
      '북한군이 러시아 극동의 훈련장에 도착했다.\n\n병사들은 러시아군 전투복과 소총을 지급받았다.\n\n미 국방부는 약 1만1천 명이 쿠르스크주로 들어갔다고 밝혔다.',
      [['약 1만1천', 'deployed_total', 'about', 11000]],
    ],
  ]);
});

/** The opening of a long read: North Korea named three times, then paragraphs about the force. */
const LONG_READ_OPENING = [
  'North Korea sent troops to Russia in 2024.',
  'Pyongyang denied it for months.',
  'In April North Korea admitted that its army had fought in Kursk.',
  'Seoul said the wounded had been flown home in the spring. Little has been heard of them since.',
  'The dead returned in a different way. In August state television showed a ceremony for the fallen soldiers.',
  'Seoul thought it was not all of them. In September its spy agency raised its estimate of the dead.',
];

describe('batch 79: a long read carries its subject through paragraphs about the force', () => {
  // A text that names North Korea three times, then paragraphs that speak only of "the wounded", "the dead", "those
  // engineers", "the soldiers": past three paragraphs the subject goes on while each speaks of the force or its
  // losses; two paragraphs that do not end it (one is a bridge: see batch 80).
  const lead = [
    ...LONG_READ_OPENING,
    'The first of those engineers came back in December. They had cleared mines for four months, and nine of them did not return alive.',
  ].join('\n\n');
  const last =
    "The most recent numbers came in February. South Korea's intelligence service now estimates that about 6,000 of the soldiers have been killed or wounded.";
  itExtracts([
    [
      'en',
      `${lead}\n\n${last}`,
      [
        ['nine', 'killed', 'exact', 9],
        ['about 6,000', 'casualties_total', 'about', 6000],
      ],
    ],
    [
      'en',
      `${lead}\n\nThe capital opened a new museum in the autumn.\n\nThe market reopened in May.\n\n${last}`,
      [['nine', 'killed', 'exact', 9]],
    ],
  ]);
});

describe('batch 79: Korean armies named as captor, companion, taker or witness do not end the subject', () => {
  itExtracts([
    // the captor as the subject of the main clause
    [
      'ko',
      '북한군이 쿠르스크에 투입됐다. 우크라이나군은 부상한 병사 두 명을 산 채로 붙잡았다.',
      [['두', 'captured', 'exact', 2]],
    ],
    // (the units a force was attached to, and the army that took the ground before, leave the subject as it was)
    [
      'ko',
      '북한 병사들이 극동에서 훈련을 마쳤다.\n\n부대는 서쪽으로 이동했다. 석 달 전 우크라이나군이 기습적으로 장악한 땅이다. 이들은 러시아 공수부대와 해군보병 부대에 나뉘어 배속됐다.\n\n정보총국은 이틀 동안에만 최소 30명이 죽거나 다쳤다고 발표했다.',
      [['최소 30', 'casualties_total', 'at_least', 30]],
    ],
    [
      'ko',
      '북한 공병들이 쿠르스크에 도착했다.\n\n공병들은 러시아군 공병과 함께 구역을 나눠 땅을 훑었다.\n\n작업 중 숨진 아홉 명의 이름이 불렸다.',
      [['아홉', 'killed', 'exact', 9]],
    ],
    // (one of an army's people who watched and speaks is a witness)
    [
      'ko',
      '북한군이 공격에 나섰다.\n\n한 우크라이나군 드론 조종사는 "믿기지 않았다"고 말했다.\n\n정보총국은 이틀 동안에만 최소 30명이 죽거나 다쳤다고 발표했다.',
      [['최소 30', 'casualties_total', 'at_least', 30]],
    ],
    // (an arrest by a country's authorities is no capture in the war)
    [
      'ko',
      '외국인 용병 모집은 이어졌다. 쿠바 당국은 2023년 9월 러시아 입대를 알선한 조직을 적발해 17명을 체포했다. 북한군은 쿠르스크에 있다.',
      [],
    ],
  ]);
});

describe('batch 80: one paragraph between that does not speak of the force is a bridge; podcast episodes', () => {
  const lead = LONG_READ_OPENING.join('\n\n');
  const scene =
    'A drone pilot who calls himself Chorny remembers the first mornings: "They walked in long rows across the field."';
  const last =
    "The most recent numbers came in February. South Korea's intelligence service now puts the toll at about 6,000 killed or wounded.";
  itExtracts([
    [
      'en',
      `${lead}\n\n${scene}\n\nThe town has a new school.\n\n${last}`,
      [['about 6,000', 'casualties_total', 'about', 6000]],
    ],
    // (two such paragraphs past the third end the subject)
    ['en', `${lead}\n\n${scene}\n\nThe town has a new school.\n\nThe market reopened in May.\n\n${last}`, []],
    // a podcast's episode number is no count
    [
      'en',
      'North Korean troops fought in Kursk. Listen to the earlier episodes: Ep. 133, "Counting the Dead".',
      [],
    ],
  ]);
});

describe('batch 80: the units a force was put into, and the army that had taken the ground, leave the subject', () => {
  itExtracts([
    [
      'en',
      'North Korean soldiers reached Kursk in October.\n\nSome of them were folded into Russian airborne and marine units.\n\nIn mid-December at least 30 of the men were killed or wounded in two days.',
      [['at least 30', 'casualties_total', 'at_least', 30]],
    ],
    [
      'de',
      'Nordkoreanische Soldaten erreichten Kursk im Oktober.\n\nDie Truppe wurde auf russische Luftlande- und Marineinfanterieverbände verteilt.\n\nMitte Dezember wurden binnen zwei Tagen mindestens 30 der Männer getötet oder verwundet.',
      [['mindestens 30', 'casualties_total', 'at_least', 30]],
    ],
    [
      'ko',
      '북한 병력이 쿠르스크에 도착했다.\n\n우크라이나군이 그해 8월 기습적으로 진입해 일부를 장악하고 있던 지역이다.\n\n정보총국은 이틀 동안에만 최소 30명이 죽거나 다쳤다고 발표했다.',
      [['최소 30', 'casualties_total', 'at_least', 30]],
    ],
  ]);
});

describe('batch 80: witnesses, headings and visitors in a long read', () => {
  const opening = LONG_READ_OPENING.join('\n\n');
  const last =
    "The most recent numbers came in February. South Korea's intelligence service now puts the toll at about 6,000 killed or wounded.";
  itExtracts([
    // the other side's people who tell what they saw do not take over the subject
    [
      'en',
      `${opening}\n\nThe heavy assaults came in December. Ukrainian drone crews describe men advancing in dense lines across open fields.\n\n${last}`,
      [['about 6,000', 'casualties_total', 'about', 6000]],
    ],
    // a heading between a bridge and the section under it ends nothing
    [
      'en',
      `${opening}\n\nThey did not fight as a separate army, according to Seoul.\n\nIII. Counting\n\n${last}`,
      [['about 6,000', 'casualties_total', 'about', 6000]],
    ],
    // a place's visitors are no count of the force
    [
      'uk',
      'КНДР відправила військових до Росії. Виставку «Прифронтові» за перший місяць відвідали понад 12 тисяч людей.',
      [],
    ],
  ]);
});

describe('batch 79: a series over time from one count through the next', () => {
  itExtracts([
    [
      'de',
      'Nordkorea schickte Soldaten nach Russland. Der NIS hat seine Zahl der Toten angehoben: von mindestens 100 im Dezember 2024 über rund 300 im Januar 2025 und etwa 600 Ende April.',
      [
        ['mindestens 100', 'killed', 'at_least', 100],
        ['rund 300', 'killed', 'about', 300],
        ['etwa 600', 'killed', 'about', 600],
      ],
    ],
    [
      'en',
      'North Korea sent troops. The NIS raised its count of the dead: from at least 100 in December through about 300 in January and about 600 at the end of April.',
      [
        ['at least 100', 'killed', 'at_least', 100],
        ['about 300', 'killed', 'about', 300],
        ['about 600', 'killed', 'about', 600],
      ],
    ],
  ]);
});

describe("batch 80: a person's own circle is no count of the force (ko)", () => {
  itExtracts([
    [
      'ko',
      '북한군도 쿠르스크에서 싸웠다. 모병센터에서 만난 드미트로(24)는 "친구 세 명이 전선에 나갔다"고 말했다.',
      [],
    ],
    ['ko', '북한군이 쿠르스크에 있다. 그때 함께 입대한 동료 15명 가운데 남은 사람은 없다.', []],
  ]);
});

describe('a yearly supply of the shells named before it', () => {
  itExtracts([
    [
      'en',
      "Officials told the paper that North Korea was providing about half of Russia's shells, or around 3 million a year.",
      [['around 3 million', 'munitions', 'about', 3000000]],
    ],
    [
      'en',
      'He thinks half of the shells Russia fires come from North Korea, about 3 million a year, and Kyiv agrees.',
      [['about 3 million', 'munitions', 'about', 3000000]],
    ],
    [
      'de',
      'Nordkorea liefere rund die Hälfte der Granaten, die Russland verschießt, etwa 3 Millionen pro Jahr.',
      [['etwa 3 Millionen', 'munitions', 'about', 3000000]],
    ],
    [
      'ru',
      'По данным разведки, КНДР покрывает около половины потребности России в снарядах — примерно 3 млн в год.',
      [['примерно 3 млн', 'munitions', 'about', 3000000]],
    ],
    // (Russia's own output, and a rate without shells named before it, are none)
    ['en', 'Russia makes about 3 million shells a year of its own; North Korea sent troops.', []],
    ['en', 'North Korea earns about 5 million a year from the deal.', []],
  ]);
});

describe('returnees in a relative clause: "who came back", "die … nach Hause kamen"', () => {
  itExtracts([
    [
      'en',
      'North Korea sent 15,000 troops. The February assessment adds that about 1,100 who came back in December may be sent again.',
      [
        ['15,000', 'deployed_total', 'exact', 15000],
        ['about 1,100', 'other_nk', 'about', 1100],
      ],
    ],
    [
      'de',
      'Nordkorea schickte 15.000 Soldaten. Nach Einschätzung des NIS könnten rund 1.100 Soldaten, die im Dezember nach Hause kamen, erneut geschickt werden.',
      [
        ['15.000', 'deployed_total', 'exact', 15000],
        ['rund 1.100', 'other_nk', 'about', 1100],
      ],
    ],
  ]);
});

describe('a figure of speech is no return: "brought back memories"', () => {
  itExtracts([
    [
      'en',
      'A veteran says news that around 11,000 North Korean troops are still stationed in Kursk brought back memories of the worst winter of his life.',
      [['around 11,000', 'deployed_total', 'about', 11000]],
    ],
    [
      'en',
      'North Korea sent troops. About 2,000 wounded were brought back to North Korea.',
      [['About 2,000', 'other_nk', 'about', 2000]],
    ],
  ]);
});

describe('the whole a loss is taken from ("killed or wounded out of some 15,000 sent")', () => {
  itExtracts([
    [
      'en',
      'Seoul says about 4,700 North Koreans have been killed or wounded out of some 15,000 sent.',
      [
        ['about 4,700', 'casualties_total', 'about', 4700],
        ['some 15,000', 'deployed_total', 'about', 15000],
      ],
    ],
  ]);
});
