import { describe, expect, it } from 'vitest';
import { dropInvisible, offsetsWithInvisible } from './invisible';

describe('dropInvisible', () => {
  it.each([
    ['Nord\u00adkorea', 'Nordkorea'],
    ['nord\u00adkorea\u00adnische Sol\u00addaten', 'nordkoreanische Soldaten'],
    ['North\u200bKorea\u2060 \ufeffsent', 'NorthKorea sent'],
    ['no marks here', 'no marks here'],
    ['', ''],
  ])('%j', (text, expected) => {
    expect(dropInvisible(text)).toBe(expected);
  });

  it('gives the text itself back when it holds no mark', () => {
    const text = 'North Korea sent 11,000';
    expect(dropInvisible(text)).toBe(text);
  });
});

describe('offsetsWithInvisible', () => {
  it.each([
    ['no marks', 'abc', [0, 2, 3], [0, 2, 3]],
    ['a mark before', '\u00adabc', [0, 1], [1, 2]],
    ['marks inside', 'Nord\u00adko\u00adrea', [0, 4, 6, 9], [0, 5, 8, 11]],
    ['the end after a trailing mark', 'ab\u200b', [2], [3]],
    ['two marks in a row', 'a\u200b\u200db', [1], [3]],
  ])('%s', (_name, text, offsets, expected) => {
    expect(offsetsWithInvisible(text, offsets)).toEqual(expected);
    // each mapped offset points at the same character the offset pointed at in the text without marks
    for (const [i, at] of expected.entries())
      expect(text[at]).toBe(dropInvisible(text)[offsets[i] as number]);
  });
});
