import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { extractFigures } from './extract-figures.ts';
import { summariseFigures, type Want } from './summarise-figures.test-helper.ts';

/** What a figure counts when words of more than one event stand near it. */
describe('the event of its own clause', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('the subject of a verb of amounting, losses of the contingent, captives in a relative clause', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('vague plurals and people after hardware', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('from blind batch 19: fallen soldiers, estimates that rose, captives taken alive', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('a participle of sending as the counted noun', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('hardware counted in words from a hundred', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

/** Soldiers who came home, said in a relative clause ("who returned in December", "уехавших домой"). */
describe('returnees in a relative clause', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

/** Those who did not come back are the dead ("kehrten nicht zurück", "не вернулись", "돌아오지 못했다"). */
describe('those who did not come back', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

/** A share of the force lost, its event before it: "eine Verlustquote von rund 40 Prozent", "выбыли около 40%". */
describe('shares of the force lost', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

/** What the rules for rates and for those who did not come back must leave alone. */
describe('counts over a period, and returns to duty', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});
