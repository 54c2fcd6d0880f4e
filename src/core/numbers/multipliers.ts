/**
 * Multiplier words written after digits ("11 thousand", "4,7 тис.", "1,5 Mio.", "11k"), all languages together:
 * a page in one language quotes the others often enough, and the forms do not collide.
 */
import { SCALE_WORDS } from './number-words.ts';

// prettier-ignore
const ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 1e3, mn: 1e6, mln: 1e6, bn: 1e9, billion: 1e9,
  'тис.': 1e3, тис: 1e3, 'тыс.': 1e3, тыс: 1e3, млн: 1e6, 'млн.': 1e6, млрд: 1e9, мільярд: 1e9, миллиард: 1e9,
  'mio.': 1e6, mio: 1e6, 'tsd.': 1e3, tsd: 1e3, million: 1e6, 'mrd.': 1e9, milliarden: 1e9,
};

/** Every multiplier form (lower case) with its factor. */
export const MULTIPLIERS: Readonly<Record<string, number>> = { ...SCALE_WORDS, ...ABBREVIATIONS };

/**
 * Regex source matching one multiplier form, longest first, case-insensitive use expected.
 * Forms ending in a letter must be followed by a non-letter; the caller adds that lookahead.
 */
export const MULTIPLIER_SOURCE: string = Object.keys(MULTIPLIERS)
  .filter((k) => k !== 'dozen')
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/\./g, '\\.'))
  .join('|');

/** Factor of a multiplier form; undefined when the word is not a multiplier. */
export function findMultiplier(word: string): number | undefined {
  return MULTIPLIERS[word.toLowerCase()];
}
