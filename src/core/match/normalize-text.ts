/**
 * Text normalisation shared by the matcher and the search: case folding, quote unification, crude stemming
 * that tolerates inflection endings (uk/ru/de/en) and Korean particles.
 */

import { DIGITS, LETTERS } from '../lang/letters.ts';
import { CHAR_CLASS, LETTER, OTHER } from './char-classes.ts';

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
  return stemNormalizedTokens(normalizeText(text));
}

/** Whether a word has a Hangul syllable (as HANGUL.test, without a regex call per word). */
function hasHangul(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0xac00 && code <= 0xd7a3) return true;
  }
  return false;
}

/**
 * `stemTokens` of a text already passed through `normalizeText` (the matcher lowers each text once). Words
 * start with a letter and run over letters and digits (numbers are compared by value, not as words); the
 * text is walked by character class rather than by a regex per word. Returns [] when no word qualifies.
 * When `starts` is given, the offset of each stem's word is pushed to it.
 */
export function stemNormalizedTokens(lower: string, starts?: number[]): string[] {
  const out: string[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (CHAR_CLASS[lower.charCodeAt(i)] !== LETTER) {
      i++;
      continue;
    }
    const start = i++;
    while (i < n && CHAR_CLASS[lower.charCodeAt(i)] !== OTHER) i++;
    const length = i - start;
    if (length < 2) continue;
    const word = lower.slice(start, i);
    const hangul = hasHangul(word);
    if (length < 3 && !hangul) continue;
    out.push(hangul ? stripKoreanParticle(word) : length > 6 ? word.slice(0, 6) : word);
    starts?.push(start);
  }
  return out;
}
