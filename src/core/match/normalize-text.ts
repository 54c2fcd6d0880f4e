/**
 * Text normalisation shared by the matcher and the search: case folding, quote unification, crude stemming
 * that tolerates inflection endings (uk/ru/de/en) and Korean particles.
 */

import { DIGITS, LETTERS } from '../lang/letters.ts';

const KOREAN_PARTICLES = [
  '으로는',
  '에서는',
  '에서',
  '으로',
  '에게',
  '까지',
  '부터',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '도',
  '와',
  '과',
  '로',
  '측',
];

const HANGUL = /[\uac00-\ud7a3]/;

/** Lower-cases, unifies apostrophes and ё→е. Returns '' for ''. Length changes only where toLowerCase does. */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  return /[ё’ʼ`´]/.test(lower) ? lower.replace(/ё/g, 'е').replace(/[’ʼ`´]/g, "'") : lower;
}

/** Strips one trailing Korean particle from a Hangul word longer than two syllables; other words unchanged. */
export function stripKoreanParticle(word: string): string {
  if (!HANGUL.test(word) || word.length <= 2) return word;
  for (const particle of KOREAN_PARTICLES) {
    if (word.endsWith(particle) && word.length - particle.length >= 2) return word.slice(0, -particle.length);
  }
  return word;
}

/**
 * Reduces a lower-case word to a crude stem: Korean particles stripped, other words cut to their first
 * six letters (so "загинули"/"загинуло", "casualties"/"casualty", "getötet"/"getöteten" meet).
 * Returns the word itself when it is short.
 */
export function stemWord(word: string): string {
  if (HANGUL.test(word)) return stripKoreanParticle(word);
  return word.length > 6 ? word.slice(0, 6) : word;
}

const WORD = new RegExp(`[${LETTERS}${DIGITS}]+`, 'g');

/** Splits text into lower-case word tokens (letters or digits). Returns [] when there are none. */
export function tokenize(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}

/** Stems of the words in text that are worth comparing: letters only, at least two characters. */
export function stemTokens(text: string): string[] {
  const out: string[] = [];
  for (const word of normalizeText(text).match(LETTER_WORD) ?? []) {
    if (word.length < 2 || (word.length < 3 && !HANGUL.test(word))) continue;
    out.push(stemWord(word));
  }
  return out;
}

/** Words that start with a letter (numbers are compared by value, not as words). */
const LETTER_WORD = new RegExp(`[${LETTERS}][${LETTERS}${DIGITS}]*`, 'g');
