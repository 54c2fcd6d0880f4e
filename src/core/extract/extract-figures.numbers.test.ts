import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures.ts';
import { itExtracts, summariseFigures } from './summarise-figures.test-helper.ts';

/** How numbers are written: ranges and counts in words, sizes, two readings of one count, footnote markers. */
describe('a count in words starts a phrase of its own', () => {
  it('"15,000 had gone in two rounds" counts no rounds', () => {
    const text =
      'North Korean troops in Russia: the NIS said that about 15,000 had gone in two rounds since October 2024.';
    expect(summariseFigures(extractFigures(text, { lang: 'en' }))).toEqual([
      ['about 15,000', 'deployed_total', 'about', 15000],
    ]);
  });
});

describe('ranges written in words', () => {
  itExtracts([
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
  ]);
});

describe('encyclopedia footnote markers', () => {
  itExtracts([
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
  ]);
});

describe('sizes as adjectives ("11-тысячной"), "so many" after a number alone, and Russia gathering its own', () => {
  itExtracts([
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
  ]);
});

describe('two readings of one count share the scale word of the second', () => {
  itExtracts([
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
  ]);
});

describe('"day N" does not reach across a paragraph break', () => {
  itExtracts([
    [
      'ru',
      'Новости обновляются в течение дня\n\nДвое в плену: северокорейские солдаты всё ещё ждут, куда их отпустят',
      [['Двое', 'captured', 'exact', 2]],
    ],
    // (the day of the war on its own line stays a day)
    ['en', 'North Korean troops fought in Kursk. Day 1,039 of the invasion.', []],
  ]);
});

describe('a word after a number is a unit of time or times only as a whole word', () => {
  itExtracts([
    // ("Разница" is no "раз", "частью" no "час", "Днепр" no "дня")
    [
      'ru',
      'В июне НИС говорила о более чем 10 млн снарядов из КНДР для России. Через месяц военная разведка назвала свыше 12 млн. Разница объясняется методикой.',
      [
        ['более чем 10 млн', 'munitions', 'more_than', 10000000],
        ['свыше 12 млн.', 'munitions', 'more_than', 12000000],
      ],
    ],
    // (a count of times or hours stays no figure)
    [
      'ru',
      'Северокорейские военные в Курской области: за сутки обстрел повторялся 12 раз и длился 3 часа.',
      [],
    ],
  ]);
});

/** Batch 86: how pages write numbers: "св." for "свыше", thousands with a Cyrillic "к" joined to the digits. */
describe('batch 86: abbreviations of posts and tables', () => {
  itExtracts([
    [
      'ru',
      'НРС сообщила депутатам, что Пхеньян передал Москве св. 10 млн артиллерийских снарядов.',
      [['св. 10 млн', 'munitions', 'more_than', 10000000]],
    ],
    [
      'ru',
      'Западные чиновники через Би-би-си: около 4к боевых потерь среди северокорейских военных.',
      [['около 4к', 'casualties_total', 'about', 4000]],
    ],
    ['ru', '⚡️ КНДР на Курщине — ИТОГИ. Всего: 14К', [['14К', 'deployed_total', 'exact', 14000]]],
    // guards: "к" after a space is a preposition
    ['ru', 'Соотношение раненых к убитым у северокорейцев — 3 к 1, сообщили в ГУР.', []],
  ]);
});

/** Batch 86: a transcript's answer after its time stamp; Korean "one in three". */
describe('batch 86: a time-stamped answer; one in so many', () => {
  itExtracts([
    [
      'de',
      '[19:15:40] MODERATORIN: Nordkorea schickt Soldaten nach Russland. Wie viele Soldaten sind es?\n\n[19:15:43] KORRESPONDENT: Rund elftausend, sagt der NIS.',
      [['Rund elftausend', 'deployed_total', 'about', 11000]],
    ],
    ['ko', '온라인 커뮤니티에 "러시아로 간 북한군 3명 중 1명이 이미 전사했다"는 게시물이 퍼지고 있다.', []],
    // (a count of the prisoners is still one)
    ['ko', '우크라이나군은 북한군 2명을 생포했다.', [['2', 'captured', 'exact', 2]]],
  ]);
});

/** Batch 86: the force, or its reinforcements, with its number in brackets after it. */
describe('batch 86: a number in brackets after the force it counts', () => {
  itExtracts([
    [
      'en',
      'North Korea sent troops to Russia: the first contingent (about 11,000) arrived in October, reinforcements (3,000) followed.',
      [
        ['about 11,000', 'deployed_total', 'about', 11000],
        ['3,000', 'reinforcements', 'exact', 3000],
      ],
    ],
    [
      'uk',
      'Звідки тоді 14 тисяч військових КНДР? Це проста сума: перший контингент (11 тис.) плюс підкріплення (3 тис.).',
      [
        ['14 тисяч', 'deployed_total', 'exact', 14000],
        ['11 тис.', 'deployed_total', 'exact', 11000],
        ['3 тис.', 'reinforcements', 'exact', 3000],
      ],
    ],
    // guard: another army's force in brackets
    ['en', 'Russia massed its own force (about 50,000) near Kursk.', []],
  ]);
});
