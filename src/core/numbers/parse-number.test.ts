import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { parseDigits, parseNumber } from './parse-number.ts';

describe('parseNumber', () => {
  it.each<[string, Lang, number | null]>([
    ['11,000', 'en', 11000],
    ['11.000', 'de', 11000],
    ['11 000', 'uk', 11000],
    ['11\u00a0000', 'ru', 11000],
    ['11\u202f000', 'en', 11000],
    ['11\u2009000', 'en', 11000],
    ['1,234,567', 'en', 1234567],
    ['4,7 тисячі', 'uk', 4700],
    ['1.5 million', 'en', 1500000],
    ['1,5 Mio.', 'de', 1500000],
    ['11 тыс.', 'ru', 11000],
    // billions in every case form (money, mostly: the extractor gives them up)
    ['8,4 миллиарда', 'ru', 8400000000],
    ['2 мільярди', 'uk', 2000000000],
    ['1,2 Milliarde', 'de', 1200000000],
    ['3K', 'en', 3000],
    ['11-thousand', 'en', 11000],
    ['six-thousand', 'en', 6000],
    ['twelve thousand', 'en', 12000],
    ['three hundred and fifty', 'en', 350],
    ['чотирьох тисяч', 'uk', 4000],
    ['тысячу', 'ru', 1000],
    ['трехсот', 'ru', 300],
    ['полторы тысячи', 'ru', 1500],
    ['neun', 'de', 9],
    ['zwölftausend', 'de', 12000],
    ['dreihundertfünfzig', 'de', 350],
    ['einundzwanzig', 'de', 21],
    ['1만1천', 'ko', 11000],
    ['1만1000', 'ko', 11000],
    ['1만 2천', 'ko', 12000],
    ['4천700', 'ko', 4700],
    ['1천200만', 'ko', 12000000],
    ['삼천', 'ko', 3000],
    ['두', 'ko', 2],
    ['a', 'en', null],
    ['ein', 'de', null],
    ['soldiers', 'en', null],
    ['', 'en', null],
  ])('%s (%s) → %s', (expr, lang, want) => {
    expect(parseNumber(expr, lang)).toBe(want);
  });
});

describe('parseDigits', () => {
  it.each<[string, boolean, number | null]>([
    ['1.500', false, 1500],
    ['1.500', true, 1.5],
    ['1,5', false, 1.5],
    ['3.7', false, 3.7],
    ['12', false, 12],
    ['1.2.3', false, null],
  ])('%s (multiplier follows: %s) → %s', (raw, mult, want) => {
    expect(parseDigits(raw, mult)).toBe(want);
  });
});
