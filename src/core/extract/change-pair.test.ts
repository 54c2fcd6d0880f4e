import { describe, expect, it } from 'vitest';
import { findChangePartner } from './change-pair.ts';

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
