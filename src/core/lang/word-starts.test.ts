import { describe, expect, it } from 'vitest';
import { firstWordStart, isWordCode, nextWordStart } from './word-starts.ts';

/** Every word start of text[from, to) by the helpers, as a caller walks them. */
function walk(text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  for (let at = firstWordStart(text, from, to); at !== -1; at = nextWordStart(text, at, to)) out.push(at);
  return out;
}

/** The same by the regex the helpers replace. */
function byRegex(text: string, from = 0, to = text.length): number[] {
  const word = /[A-Za-zÀ-ɏЀ-ӿ가-힣一-鿿0-9]+/g;
  word.lastIndex = from;
  const out: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = word.exec(text)) !== null && m.index < to) out.push(m.index);
  return out;
}

describe('word starts', () => {
  it.each([
    ['North Korea sent 11,000 troops.', 0, undefined, [0, 6, 12, 17, 20, 24]],
    ['  — 북한군 약 1만1천 명이', 0, undefined, [4, 8, 10, 15]],
    // CJK ideographs of Korean headlines: "北 파병군", "美 국방부"
    ['北 파병군 美', 0, undefined, [0, 2, 6]],
    ['Північна Корея: 12 000 військових', 0, undefined, [0, 9, 16, 19, 23]],
    ['Soldaten (ca. 12.000)', 0, undefined, [0, 10, 14, 17]],
    // from the middle of a word: that position starts a word, as a regex started there matches
    ['troops', 2, undefined, [2]],
    // a word that begins before `to` counts; none after it
    ['one two three', 0, 5, [0, 4]],
    ['', 0, undefined, []],
    ['... — !!', 0, undefined, []],
  ])('%j from %i to %s', (text, from, to, expected) => {
    expect(walk(text, from, to)).toEqual(expected);
    expect(walk(text, from, to)).toEqual(byRegex(text, from, to));
  });

  it('agrees with the regex on mixed text, from every offset', () => {
    const text = 'Über 3.000 Soldaten – «около 600 погибших»; 약 300명·KN-23 (2024/25) ÀÉ ɏЀ ӿ 가힣 北·러 x';
    for (let from = 0; from < text.length; from++) expect(walk(text, from)).toEqual(byRegex(text, from));
  });

  it.each([
    ['a', true],
    ['Z', true],
    ['7', true],
    ['ß', true],
    ['ɏ', true],
    ['ɐ', false],
    ['Ѐ', true],
    ['ӿ', true],
    ['Ԁ', false],
    ['가', true],
    ['힣', true],
    ['ㄱ', false],
    ['北', true],
    ['鿿', true],
    ['〇', false],
    [' ', false],
    ['-', false],
    ['’', false],
  ])('isWordCode(%j) is %s', (ch, expected) => {
    expect(isWordCode(ch.charCodeAt(0))).toBe(expected);
  });
});
