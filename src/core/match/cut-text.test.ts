import { describe, expect, test } from 'vitest';
import { cutAfterLast, cutBefore, cutFirstTwo } from './cut-text.ts';

/** Short texts over an alphabet of the characters the patterns below care about, from a fixed seed. */
function makeTexts(count: number): string[] {
  const alphabet = [
    'a',
    'б',
    ' ',
    ',',
    ', ',
    '.',
    ';',
    '(',
    ')',
    '1',
    '2',
    '00',
    '\u00a0',
    '명',
    '며 ',
    '고,',
    '𝟏',
    '?',
  ];
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const texts: string[] = ['', ' ', ',', '1', '𝟏'];
  for (let i = 0; i < count; i++) {
    const length = Math.floor(next() * 24);
    let text = '';
    for (let j = 0; j < length; j++) text += alphabet[Math.floor(next() * alphabet.length)];
    texts.push(text);
  }
  return texts;
}

// The shapes read-figure-context.ts splits by: a one-character stop, a two-character stop, a lookbehind.
const PATTERNS = [
  /[;:.!?()]|,\s|(?<=[\uac00-\ud7a3](?:며|고|지만|는데))\s/u,
  /[\p{N};:.!?()]|(?<=[\uac00-\ud7a3](?:며|고|지만|는데))[\s,]/u,
  /[;:.!?]|,\s/,
];
const GLOBAL_PATTERNS = [/[\p{N};:.!?()]|,\s/gu, /\p{N}+(?:[ ,.\u00a0]\p{N}+)*/gu];
const texts = makeTexts(3000);

describe('cut-text gives the pieces of text.split', () => {
  test.each(PATTERNS.map((re) => [String(re), re] as const))('cutBefore %s', (_name, re) => {
    for (const text of texts) expect(cutBefore(text, re)).toBe(text.split(re)[0] ?? '');
  });

  test.each(GLOBAL_PATTERNS.map((re) => [String(re), re] as const))('cutAfterLast %s', (_name, re) => {
    for (const text of texts) {
      const parts = text.split(re);
      expect(cutAfterLast(text, re)).toBe(parts[parts.length - 1] ?? '');
    }
  });

  test.each(GLOBAL_PATTERNS.map((re) => [String(re), re] as const))('cutFirstTwo %s', (_name, re) => {
    for (const text of texts) {
      const parts = text.split(re);
      expect(cutFirstTwo(text, re)).toEqual([parts[0] ?? '', parts.length > 1 ? (parts[1] ?? '') : null]);
    }
  });

  test('the last 42 characters decide the last 40 after the last stop', () => {
    const re = /[\p{N};:.!?()]|,\s/gu;
    for (const text of texts.map((t) => t.repeat(6))) {
      const parts = text.split(re);
      expect(cutAfterLast(text.slice(-42), re).slice(-40)).toBe((parts[parts.length - 1] ?? '').slice(-40));
    }
  });
});
