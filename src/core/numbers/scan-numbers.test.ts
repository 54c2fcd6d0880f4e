import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { scanNumbers } from './scan-numbers.ts';

type Row = [string, number | null, number | null, number | null, boolean];

function scan(text: string, lang: Lang): Row[] {
  return scanNumbers(text, lang).map((t) => [text.slice(t.start, t.end), t.value, t.low, t.high, t.vague]);
}

describe('scanNumbers', () => {
  it.each<[Lang, string, Row[]]>([
    ['en', 'between 1,000 and 3,000 men', [['1,000 and 3,000', null, 1000, 3000, false]]],
    ['en', 'around 11 to 12,000 troops', [['11 to 12,000', null, 11000, 12000, false]]],
    ['en', 'from 100 to 3,000', [['100 to 3,000', null, 100, 3000, false]]],
    // a spoken range of words, the first without its scale (German marks it with a suspended hyphen)
    ['en', 'eleven, twelve thousand went', [['eleven, twelve thousand', null, 11000, 12000, false]]],
    ['de', 'elf-, zwölftausend Mann', [['elf-, zwölftausend', null, 11000, 12000, false]]],
    // a number fused with "thousand" into an adjective
    ['ru', 'трёхтысячным пополнением', [['трёхтысячным', 3000, null, null, false]]],
    ['uk', 'шеститисячного угруповання', [['шеститисячного', 6000, null, null, false]]],
    ['uk', 'п’ятитисячний загін', [['п’ятитисячний', 5000, null, null, false]]],
    ['ru', 'тысячный зритель', []],
    // "and" joins a number's words only after a hundred or a scale word
    ['en', 'between four and six million shells', [['four and six million', null, 4000000, 6000000, false]]],
    ['en', 'a hundred and one faces', [['a hundred and one', 101, null, null, false]]],
    ['en', 'two thousand and five men', [['two thousand and five', 2005, null, null, false]]],
    [
      'en',
      'twenty and thirty',
      [
        ['twenty', 20, null, null, false],
        ['thirty', 30, null, null, false],
      ],
    ],
    [
      'en',
      'of the twelve, three thousand died',
      [
        ['twelve', 12, null, null, false],
        ['three thousand', 3000, null, null, false],
      ],
    ],
    [
      'en',
      'by 2024, 12,000 had gone',
      [
        ['2024', 2024, null, null, false],
        ['12,000', 12000, null, null, false],
      ],
    ],
    [
      'en',
      'raised the estimate from 3,000 to 10,000',
      [
        ['3,000', 3000, null, null, false],
        ['10,000', 10000, null, null, false],
      ],
    ],
    ['en', '10,000–12,000', [['10,000–12,000', null, 10000, 12000, false]]],
    // a decimal said in words, closed by a scale word; without one the words stay numbers of their own
    ['en', 'two point eight million shells', [['two point eight million', 2800000, null, null, false]]],
    ['en', 'twelve point five thousand', [['twelve point five thousand', 12500, null, null, false]]],
    ['de', 'zwei Komma acht Millionen Granaten', [['zwei Komma acht Millionen', 2800000, null, null, false]]],
    ['uk', "дві кома п'ять мільйона снарядів", [["дві кома п'ять мільйона", 2500000, null, null, false]]],
    ['ru', 'две запятая восемь миллиона', [['две запятая восемь миллиона', 2800000, null, null, false]]],
    [
      'en',
      'three point two and a point five',
      [
        ['three', 3, null, null, false],
        ['two', 2, null, null, false],
        ['five', 5, null, null, false],
      ],
    ],
    [
      'en',
      'several hundred and thousands',
      [
        ['several hundred', null, null, null, true],
        ['thousands', null, null, null, true],
      ],
    ],
    [
      'en',
      'two and 3 and ten',
      [
        ['two', 2, null, null, false],
        ['3', 3, null, null, false],
        ['ten', 10, null, null, false],
      ],
    ],
    ['uk', 'від 50 до 100', [['50 до 100', null, 50, 100, false]]],
    ['uk', '30-40 тисяч військових', [['30-40 тисяч', null, 30000, 40000, false]]],
    [
      'uk',
      'кілька тисяч і сотні',
      [
        ['кілька тисяч', null, null, null, true],
        ['сотні', null, null, null, true],
      ],
    ],
    ['ru', 'от 1 000 до 3 000', [['1 000 до 3 000', null, 1000, 3000, false]]],
    ['ru', 'двух-трех тысяч', [['двух-трех тысяч', null, 2000, 3000, false]]],
    ['en', 'twenty-five', [['twenty-five', 25, null, null, false]]],
    ['de', '10.000 bis 12.000 Soldaten', [['10.000 bis 12.000', null, 10000, 12000, false]]],
    [
      'de',
      'Hunderte und Zehntausende',
      [
        ['Hunderte', null, null, null, true],
        ['Zehntausende', null, null, null, true],
      ],
    ],
    ['ko', '1만~1만2000명', [['1만~1만2000', null, 10000, 12000, false]]],
    // the rest below ten thousand after a space ("1만 5,000명"); not a year after it ("1만 2024년")
    ['ko', '약 1만 5,000명을', [['1만 5,000', 15000, null, null, false]]],
    ['ko', '2만 5,000~3만명', [['2만 5,000~3만', null, 25000, 30000, false]]],
    [
      'ko',
      '1만 2024년',
      [
        ['1만', 10000, null, null, false],
        ['2024', 2024, null, null, false],
      ],
    ],
    [
      'ko',
      '수천 명과 세 명',
      [
        ['수천', null, null, null, true],
        ['세', 3, null, null, false],
      ],
    ],
    ['en', 'Hwasong11 and M1989', []],
  ])('%s: %s', (lang, text, want) => {
    expect(scan(text, lang)).toEqual(want);
  });
});

describe('scanNumbers: number words that run on', () => {
  it.each<[Lang, string, Row[]]>([
    // a half after a digit word, the instrumental case, a couple, native Korean numerals before a soldier
    ['de', 'Dreieinhalb Millionen Granaten', [['Dreieinhalb Millionen', 3500000, null, null, false]]],
    ['uk', 'з п’ятнадцятьма тисячами робітників', [['п’ятнадцятьма тисячами', 15000, null, null, false]]],
    ['ru', 'с пятнадцатью тысячами рабочих', [['пятнадцатью тысячами', 15000, null, null, false]]],
    ['ru', 'пара тысяч из них', [['пара тысяч', null, null, null, true]]],
    ['ko', '키이우의 두 북한 병사', [['두', 2, null, null, false]]],
    // ("семью": a family, "сьома": the seventh, are no numbers)
    ['ru', 'поддержать семью', []],
    // a scale word that alone reads "thousands", followed by more number words
    ['ru', 'около тысячи двухсот убитых', [['тысячи двухсот', 1200, null, null, false]]],
    ['uk', 'тисячі двохсот загиблих', [['тисячі двохсот', 1200, null, null, false]]],
    ['ru', 'погибли тысячи северокорейцев', [['тысячи', null, null, null, true]]],
    // the scale first and a nominative numeral after it: "some three thousand" (the qualifier says about)
    ['uk', 'потім ще тисячі три', [['тисячі три', 3000, null, null, false]]],
    ['ru', 'зашло тысяч двенадцать солдат', [['тысяч двенадцать', 12000, null, null, false]]],
    ['ru', 'тысяча три', [['тысяча три', 1003, null, null, false]]],
    // half of a scale, and "여" between Korean digits and their scale
    ['en', 'half a million shells', [['half a million', 500000, null, null, false]]],
    ['de', 'eine halbe Million Granaten', [['eine halbe Million', 500000, null, null, false]]],
    ['uk', 'близько півмільйона снарядів', [['півмільйона', 500000, null, null, false]]],
    ['ru', 'полтысячи бойцов', [['полтысячи', 500, null, null, false]]],
    ['ko', '50여만 발', [['50여만', 500000, null, null, false]]],
    // a word and digits across a spaced dash are two clauses, not a range
    [
      'uk',
      'лише двох — 9 січня',
      [
        ['двох', 2, null, null, false],
        ['9', 9, null, null, false],
      ],
    ],
    // "and a half" before the scale word
    [
      'uk',
      'з приблизно двох з половиною тисяч бійців',
      [['двох з половиною тисяч', 2500, null, null, false]],
    ],
    ['ru', 'около двух с половиной тысяч бойцов', [['двух с половиной тысяч', 2500, null, null, false]]],
    ['en', 'two and a half thousand troops', [['two and a half thousand', 2500, null, null, false]]],
    ['uk', 'двох з половиною', [['двох', 2, null, null, false]]],
    // spoken Korean 11,000: "만 천"
    ['ko', '쿠르스크에만 만 천 명이', [['만 천', 11000, null, null, false]]],
    ['ko', '천백여 명', [['천백', 1100, null, null, false]]],
  ])('%s: %s', (lang, text, want) => {
    expect(scan(text, lang)).toEqual(want);
  });
});

describe('scanNumbers: "m" joined to digits', () => {
  it.each<[string, Row[]]>([
    ['deliveries of 2.8m shells a year', [['2.8m', 2800000, null, null, false]]],
    ['some 12m rounds in all', [['12m', 12000000, null, null, false]]],
    ['carrying up to 9m artillery and rocket rounds', [['9m', 9000000, null, null, false]]],
    ['rising to more than 12m in the estimate', [['12m', 12000000, null, null, false]]],
    // a key-numbers line: the dash, then what the number counts
    ['More than 10m — artillery shells handed over', [['10m', 10000000, null, null, false]]],
    ['held between 4m and 6m shells', [['4m and 6m', null, 4000000, 6000000, false]]],
    [
      'documents show 3.5m North Korean artillery shells went to Russia',
      [['3.5m', 3500000, null, null, false]],
    ],
    // metres
    ['about 10m away', [['10', 10, null, null, false]]],
    ['about 10m from the road', [['10', 10, null, null, false]]],
    ['a 10m wall', [['10', 10, null, null, false]]],
    ['trenches 2m deep', [['2', 2, null, null, false]]],
    ['300m metres away', [['300', 300, null, null, false]]],
  ])('%s', (text, want) => {
    expect(scan(text, 'en')).toEqual(want);
  });
});

describe('scanNumbers: hangul numerals with 만 after other groups', () => {
  it.each<[string, Row[]]>([
    ['포탄 오백만 발', [['오백만', 5000000, null, null, false]]],
    ['북한군 일만 이천 명', [['일만 이천', 12000, null, null, false]]],
  ])('%s', (text, want) => {
    expect(scan(text, 'ko')).toEqual(want);
  });
});

describe('scanNumbers: a model name before a count', () => {
  it.each<[Lang, string, Row[]]>([
    [
      'ko',
      'KN-23 148발',
      [
        ['23', 23, null, null, false],
        ['148', 148, null, null, false],
      ],
    ],
    ['en', 'sent 12 000 troops', [['12 000', 12000, null, null, false]]],
    ['ko', '북한군 한 명이', [['한', 1, null, null, false]]],
  ])('%s: %s', (lang, text, want) => {
    expect(scan(text, lang)).toEqual(want);
  });
});

describe('scanNumbers: hundreds of thousands as one vague amount', () => {
  it.each<[Lang, string, Row[]]>([
    ['ru', 'там уже сотни тысяч корейцев', [['сотни тысяч', null, null, null, true]]],
    ['uk', 'там уже сотні тисяч корейців', [['сотні тисяч', null, null, null, true]]],
  ])('%s: %s', (lang, text, want) => {
    expect(scan(text, lang)).toEqual(want);
  });
});

describe('scanNumbers: "тисяч" and "тысяч" alone are thousands, vague', () => {
  it.each<[string, Lang, Row[]]>([
    ['ціною тисяч своїх солдатів', 'uk', [['тисяч', null, null, null, true]]],
    ['гибель тысяч солдат', 'ru', [['тысяч', null, null, null, true]]],
    ['5 тисяч солдатів', 'uk', [['5 тисяч', 5000, null, null, false]]],
  ])('%s', (text, lang, want) => {
    expect(scan(text, lang)).toEqual(want);
  });
});
