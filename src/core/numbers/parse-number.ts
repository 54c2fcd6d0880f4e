/**
 * Turns one numeric expression (no range, no qualifier) into its absolute value:
 * digits with any grouping ("11,000", "11.000", "11 000"), decimals ("4,7", "1.5"), digits with a multiplier
 * ("4,7 тисячі", "1.5 million", "11-thousand", "3K"), number words ("twelve thousand", "чотирьох тисяч",
 * "zwölftausend") and Korean mixed numerals ("1만1천", "4천700", "삼천").
 */
import type { Lang } from '../types.ts';
import { findMultiplier } from './multipliers.ts';
import {
  ADDITIVE_WORDS,
  GERMAN_MORPHEMES,
  HUNDRED_WORDS,
  SCALE_WORDS,
  WEAK_WORDS,
  normalizeWord,
} from './number-words.ts';

const GROUPED = /^\d{1,3}(?:[,.\s\u00a0\u202f\u2009'’]\d{3})+$/;
const DECIMAL = /^\d+[.,]\d+$/;
const INTEGER = /^\d+$/;
const DIGITS_THEN_WORD =
  /^(\d[\d.,\s\u00a0\u202f\u2009]*?)[\s\u00a0\u202f\u2009]*-?[\s\u00a0]*([A-Za-zÀ-ɏЀ-ӿ가-힣][A-Za-zÀ-ɏЀ-ӿ가-힣.]*)$/;
const KOREAN = /[천만억십백일이삼사오육칠팔구]/;
const GERMAN_SPLIT = new RegExp(
  `(${[...GERMAN_MORPHEMES].sort((a, b) => b.length - a.length).join('|')})`,
  'gy',
);

/** "one" standing alone is a count only next to a noun; the extractor checks that. */
const LONE_ONE: ReadonlySet<string> = new Set(['one', 'один', 'одна', 'одного', 'одну']);

/** Rounds away float noise (4.7 × 1000) while keeping real decimals such as 3.7 %. */
function tidy(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * Value of a digit string. A single "." or "," before exactly three digits is a decimal point only when a
 * multiplier follows ("1.500 million"); otherwise it groups thousands in every language ("1.500", "1,500").
 * @returns null when the string is not a number.
 */
export function parseDigits(raw: string, hasMultiplier = false): number | null {
  const s = raw.trim();
  if (GROUPED.test(s)) {
    const seps = s.replace(/\d/g, '');
    if (hasMultiplier && seps.length === 1 && /[.,]/.test(seps)) return Number(s.replace(',', '.'));
    return Number(s.replace(/\D/g, ''));
  }
  if (DECIMAL.test(s)) return Number(s.replace(',', '.'));
  if (INTEGER.test(s)) return Number(s);
  return null;
}

/** Splits a fused German numeral into morphemes; null if any part is not a numeral morpheme. */
function splitGerman(word: string): string[] | null {
  const parts: string[] = [];
  GERMAN_SPLIT.lastIndex = 0;
  let pos = 0;
  while (pos < word.length) {
    GERMAN_SPLIT.lastIndex = pos;
    const m = GERMAN_SPLIT.exec(word);
    if (!m) return null;
    parts.push(m[0]);
    pos += m[0].length;
  }
  return parts;
}

/** Value of a sequence of number words, e.g. ["twenty", "five", "thousand"]; null if a word is unknown. */
function combineWords(words: readonly string[], lang: Lang): number | null {
  const additive: Readonly<Record<string, number>> = lang === 'ko' ? {} : ADDITIVE_WORDS[lang];
  let total = 0;
  let current = 0;
  let strong = false;
  for (const w of words) {
    if (w === 'and' || w === 'і' || w === 'и' || w === 'und' || w === 'з' || w === 'із' || w === 'с')
      continue;
    // "двох з половиною тисяч", "two and a half thousand"
    if (w === 'половиною' || w === 'половиной' || (w === 'half' && current > 0)) {
      current += 0.5;
      continue;
    }
    if (w === 'a' && current > 0) continue;
    const add = additive[w] ?? ADDITIVE_WORDS.en[w];
    if (add !== undefined) {
      current += add;
    } else if (HUNDRED_WORDS.has(w)) {
      current = (current || 1) * 100;
    } else if (SCALE_WORDS[w] !== undefined || findMultiplier(w) !== undefined) {
      const scale = SCALE_WORDS[w] ?? findMultiplier(w) ?? 1;
      total += (current || 1) * scale;
      current = 0;
    } else {
      return null;
    }
    if (!WEAK_WORDS.has(w)) strong = true;
  }
  if (!strong && words.length === 1 && LONE_ONE.has(words[0] ?? '')) return 1;
  return strong ? tidy(total + current) : null;
}

/** Value of number words in any of the four alphabetic languages. */
function parseWords(expr: string, lang: Lang): number | null {
  const words: string[] = [];
  for (const raw of normalizeWord(expr).split(/[\s\u00a0-]+/)) {
    if (!raw) continue;
    if (lang === 'de' || /^[a-zäöüß]+$/.test(raw)) {
      const parts = raw.length > 4 ? splitGerman(raw) : null;
      if (parts && parts.length > 1 && (lang === 'de' || !(raw in ADDITIVE_WORDS.en))) {
        words.push(...parts);
        continue;
      }
    }
    words.push(raw);
  }
  return words.length ? combineWords(words, lang) : null;
}

const KO_DIGIT: Readonly<Record<string, number>> = {
  일: 1,
  이: 2,
  삼: 3,
  사: 4,
  오: 5,
  육: 6,
  칠: 7,
  팔: 8,
  구: 9,
};
/** Native Korean numerals used before the counter 명 (두 명, 세 명). */
const KO_NATIVE: Readonly<Record<string, number>> = {
  한: 1,
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
};
const KO_SMALL: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1000 };
const KO_BIG: Readonly<Record<string, number>> = { 만: 1e4, 억: 1e8 };
const KO_TOKEN = /(\d+(?:[.,]\d+)*)|([일이삼사오육칠팔구])|([십백천])|([만억])|\s+/gy;

/** Value of a Korean numeral mixing digits and 천/만/억 ("1만1천", "1만 2,000", "4천700", "삼천"). */
function parseKorean(expr: string): number | null {
  let total = 0;
  let section = 0;
  let pending: number | null = null;
  KO_TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < expr.length) {
    KO_TOKEN.lastIndex = pos;
    const m = KO_TOKEN.exec(expr);
    if (!m) return null;
    pos += m[0].length;
    if (m[1] !== undefined) {
      if (pending !== null) section += pending;
      pending = parseDigits(m[1]) ?? 0;
    } else if (m[2] !== undefined) {
      if (pending !== null) section += pending;
      pending = KO_DIGIT[m[2]] ?? 0;
    } else if (m[3] !== undefined) {
      section += (pending ?? 1) * (KO_SMALL[m[3]] ?? 1);
      pending = null;
    } else if (m[4] !== undefined) {
      section += pending ?? 0;
      total += (section || 1) * (KO_BIG[m[4]] ?? 1);
      section = 0;
      pending = null;
    }
  }
  return tidy(total + section + (pending ?? 0));
}

/**
 * Parses one numeric expression in the given language.
 * @returns the absolute value (11000 for "11 thousand", 4700 for "4,7 тисячі"), or null when the expression
 *   is not a number or is made only of weak words ("a", "one", "ein").
 */
export function parseNumber(expr: string, lang: Lang): number | null {
  const s = expr.trim();
  if (!s) return null;
  const native = KO_NATIVE[s];
  if (native !== undefined) return native;
  if (/\d/.test(s) && KOREAN.test(s)) return parseKorean(s);
  if (/^[\d.,\s\u00a0\u202f\u2009'’]+$/.test(s)) return parseDigits(s);
  const dw = DIGITS_THEN_WORD.exec(s);
  if (dw?.[1] && dw[2]) {
    const factor = findMultiplier(dw[2]) ?? SCALE_WORDS[normalizeWord(dw[2])];
    const base = parseDigits(dw[1], factor !== undefined);
    return factor !== undefined && base !== null ? tidy(base * factor) : null;
  }
  if (/^[일이삼사오육칠팔구십백천만억\s]+$/.test(s)) return parseKorean(s);
  return parseWords(s, lang === 'ko' ? 'en' : lang);
}
