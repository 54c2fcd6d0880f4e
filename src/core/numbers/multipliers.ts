/**
 * Multiplier words written after digits ("11 thousand", "4,7 тис.", "1,5 Mio.", "11k"), all languages together:
 * a page in one language quotes the others often enough, and the forms do not collide.
 */
import { SCALE_WORDS } from './number-words.ts';

// prettier-ignore
const ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, billion: 1e9,
  // a Cyrillic "к" joined to the digits, as posts write thousands ("11К", "3к+"); never after a space (a preposition)
  к: 1e3,
  'тис.': 1e3, тис: 1e3, 'тыс.': 1e3, тыс: 1e3, млн: 1e6, 'млн.': 1e6, млрд: 1e9, 'млрд.': 1e9, мільярд: 1e9, мільярда: 1e9, мільярди: 1e9, мільярдів: 1e9, миллиард: 1e9, миллиарда: 1e9, миллиарды: 1e9, миллиардов: 1e9,
  // adjectives of size: "11-тысячной группировки", "12-тисячний контингент"
  тысячный: 1e3, тысячная: 1e3, тысячное: 1e3, тысячного: 1e3, тысячной: 1e3, тысячную: 1e3, тысячным: 1e3, тысячном: 1e3,
  тисячний: 1e3, тисячна: 1e3, тисячне: 1e3, тисячного: 1e3, тисячної: 1e3, тисячну: 1e3, тисячним: 1e3, тисячному: 1e3, тисячній: 1e3,
  'mio.': 1e6, mio: 1e6, 'tsd.': 1e3, tsd: 1e3, million: 1e6, 'mrd.': 1e9, mrd: 1e9, milliarde: 1e9, milliarden: 1e9, billions: 1e9,
};

/** Every multiplier form (lower case) with its factor. */
export const MULTIPLIERS: Readonly<Record<string, number>> = { ...SCALE_WORDS, ...ABBREVIATIONS };

/**
 * Regex source matching one multiplier form, longest first, case-insensitive use expected.
 * Forms ending in a letter must be followed by a non-letter; the caller adds that lookahead.
 */
export const MULTIPLIER_SOURCE: string = toTrieSource(
  // ("m" is also metres: the scanner reads it as million only in "2.8m shells", see scan-numbers.ts; "к" only
  // joined to its digits, idem)
  Object.keys(MULTIPLIERS).filter((k) => k !== 'dozen' && k !== 'm' && k !== 'к'),
);

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * A regex source matching any of `words` (literal text), with common prefixes shared ("тисяч(?:а|і|…)?"), so
 * the engine reads each prefix once instead of trying every inflected form after every number. Longer forms
 * are tried first (a greedy optional), as in a longest-first alternation.
 */
export function toTrieSource(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  return sourceOf(root);
}

function sourceOf(node: TrieNode): string {
  const branches = [...node.next].map(([ch, child]) => escapeChar(ch) + sourceOf(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

function escapeChar(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

/** Factor of a multiplier form; undefined when the word is not a multiplier. */
export function findMultiplier(word: string): number | undefined {
  return MULTIPLIERS[word.toLowerCase()];
}
