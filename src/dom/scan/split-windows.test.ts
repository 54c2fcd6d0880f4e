import { describe, expect, it } from 'vitest';
import { splitWindows } from './split-windows';

describe('splitWindows', () => {
  it.each([
    ['', 100, []],
    ['short text.', 100, [[0, 11]]],
  ] as const)('%j', (text, max, expected) => {
    expect(splitWindows(text, max)).toEqual(expected);
  });

  it('covers a long text without gaps, within the limit, cutting after sentence ends', () => {
    const sentence = 'North Korea sent about 11,000 troops. ';
    const text = sentence.repeat(500);
    const windows = splitWindows(text, 1000);
    expect(windows[0]![0]).toBe(0);
    expect(windows.at(-1)![1]).toBe(text.length);
    for (const [i, [start, end]] of windows.entries()) {
      expect(end - start).toBeLessThanOrEqual(1000);
      if (i > 0) expect(start).toBe(windows[i - 1]![1]);
      if (end < text.length) expect(text.slice(start, end).endsWith('. ')).toBe(true);
    }
  });

  it('falls back to a hard cut when there is no space at all', () => {
    const windows = splitWindows('x'.repeat(2500), 1000);
    expect(windows).toEqual([
      [0, 1000],
      [1000, 2000],
      [2000, 2500],
    ]);
  });
});
