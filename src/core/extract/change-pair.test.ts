import { describe, expect, it } from 'vitest';
import { findChangeEnds, findChangePartner } from './change-pair.ts';

/** The starts and ends of the numbers in `text`, found as runs of digits (enough for these rows). */
function numbersOf(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/\d+/g)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

describe('findChangePartner', () => {
  it.each<[string, number, ReturnType<typeof findChangePartner>]>([
    ['raised from 600 to 2000', 0, { end: 'from', other: 1 }],
    ['raised from 600 to 2000', 1, { end: 'to', other: 0 }],
    ['von mindestens 600 auf etwa 2000', 0, { end: 'from', other: 1 }],
    ['с как минимум 600 до примерно 2000', 1, { end: 'to', other: 0 }],
    ['з 600 до 2000', 0, { end: 'from', other: 1 }],
    // the other way round: the new value first, the old after "from", "up from", "nach zuvor"
    ['raised to around 2000, from at least 600', 1, { end: 'from', other: 0 }],
    ['around 2000 killed, sharply up from its april estimate of at least 600', 1, { end: 'from', other: 0 }],
    ['rund 2000 gefallene, nach zuvor mindestens 600', 1, { end: 'from', other: 0 }],
    ['rund 2000 gefallene, nach zuvor mindestens 600', 0, { end: 'to', other: 1 }],
    // ("von denen": of whom, no old value)
    ['auf etwa 15000, von denen rund 4700 getötet wurden', 1, null],
    ['about 600 killed, up from 2024', 1, null],
    // no opening word, or words between that are no hedge
    ['600 to 2000', 0, null],
    ['from 600 men, and later to 2000', 0, null],
    ['between 600 and 2000', 0, null],
  ])('%s (#%i)', (text, i, want) => {
    const { starts, ends } = numbersOf(text);
    expect(findChangePartner(text, i, starts, ends)).toEqual(want);
  });
});

describe('findChangeEnds (batch 84)', () => {
  it.each<[string, number, number[]]>([
    // a time between the old value and "to"
    ['climbed from about 300 in january last year to about 600', 0, [1]],
    ['выросла со 100 в декабре 2024 года до 2500 в сентябре', 1, [0]],
    ['von etwa 6700 im februar 2024 auf inzwischen 28000', 0, [1]],
    // a chain: the middle number joins both neighbours
    ['from about 300 in january to about 600 by april, then to the 2500 in september', 1, [0, 2]],
    ['12000→15000→다시 11000', 1, [0, 2]],
    // Korean: 에서 … (으)로
    ["'1000'에서 '1200'으로", 0, [1]],
    ['600명에서 약 2500 명으로 늘었다', 1, [0]],
    // no change: a time between two numbers with no "to", a Korean "as"
    ['from 300 in january, and 600 in april', 0, []],
    ['600명에서 2000명으로서', 0, []],
    ['then to 600', 0, []],
  ])('%s (#%i)', (text, i, want) => {
    const { starts, ends } = numbersOf(text);
    const numbers = starts.map((start, k) => ({ start, end: ends[k] as number }));
    // (years are no numbers of the sentence's: the extractor leaves them out of a sentence's counted numbers)
    const counted = numbers.filter((n) => !/^(?:19|20)\d\d$/.test(text.slice(n.start, n.end)));
    expect(
      findChangeEnds(
        text,
        i,
        counted.map((n) => n.start),
        counted.map((n) => n.end),
      ),
    ).toEqual(want);
  });
});
