import { describe, expect, it } from 'vitest';
import { offsetsBack } from './compact-text.ts';

describe('offsetsBack', () => {
  // "ab--cd---ef" compacted to "abcdef": cuts after "ab" (2 fewer from "c" on) and after "cd" (5 fewer from "e" on)
  const back = offsetsBack([
    { at: 2, shift: 2 },
    { at: 4, shift: 5 },
  ]);
  it.each<[number, number]>([
    [0, 0],
    [1, 1],
    [2, 4],
    [3, 5],
    [4, 9],
    [5, 10],
  ])('%i → %i', (offset, want) => {
    expect(back(offset)).toBe(want);
  });

  it('keeps offsets without cuts', () => {
    expect(offsetsBack([])(7)).toBe(7);
  });
});
