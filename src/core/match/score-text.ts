/**
 * Word overlap between a figure's context and a claim's searchable text, weighted by how rare each word is
 * among the claims (inverse document frequency), so "officers" or "Kursk" count more than "troops".
 */
import type { IndexedClaim, MatchIndex } from './types.ts';
import { normalizeText, stemNormalizedTokens } from './normalize-text.ts';

/** Inverse document frequency of every token of the claims: log(1 + N / df). */
export function buildIdf(claims: readonly IndexedClaim[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const c of claims) for (const t of c.tokens) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, n] of df) idf.set(t, Math.log(1 + claims.length / n));
  return idf;
}

/**
 * Place and scope words in uk/ru/de/ko mapped to the English stems the claims use (claims are written in
 * English), so "в Курській області" or "in Russland" meet "Kursk" and "Russia".
 */
const PLACE_STEMS: [RegExp, string][] = [
  [/^(курськ|курщин|курск|kursker|쿠르스크)/, 'kursk'],
  [/^(росі|росси|russla|러시아)/, 'russia'],
  [/^(україн|украин|ukrain|우크라)/, 'ukrain'],
  [/^(владивосток|wladiwo|블라디보)/, 'vladiv'],
  [/^(донецьк|донецк|donezk|도네츠크)/, 'donets'],
  [/^(полон|плен|gefange|포로)/, 'captur'],
  [/^(офіцер|офицер|offizie|장교)/, 'office'],
  [/^(генерал|general|장성)/, 'genera'],
];

/** Stems already mapped (a page's vocabulary repeats); cleared when it grows past a few thousand words. */
const englishStems = new Map<string, string>();

function toEnglishStem(stem: string): string {
  const known = englishStems.get(stem);
  if (known !== undefined) return known;
  let english = stem;
  for (const [re, word] of PLACE_STEMS) {
    if (re.test(stem)) {
      english = word;
      break;
    }
  }
  if (englishStems.size >= 5000) englishStems.clear();
  englishStems.set(stem, english);
  return english;
}

/**
 * Per idf table (one per index): each stem seen on pages mapped to its English stem when the claims have
 * it, else null, so a word costs one lookup. Cleared when it grows past a few thousand words.
 */
const claimStems = new WeakMap<Map<string, number>, Map<string, string | null>>();

/**
 * The English-mapped stems of a text that occur in the claims (others cannot score); [] when none. `lower` is
 * `normalizeText(text)` when the caller has it already; when `starts` is given, the offset of each returned
 * stem's word is pushed to it.
 */
export function readContextStems(
  text: string,
  idf: Map<string, number>,
  lower = normalizeText(text),
  starts?: number[],
): string[] {
  let known = claimStems.get(idf);
  if (known === undefined) {
    known = new Map();
    claimStems.set(idf, known);
  }
  const out: string[] = [];
  const wordStarts: number[] | undefined = starts ? [] : undefined;
  const stems = stemNormalizedTokens(lower, wordStarts);
  for (let i = 0; i < stems.length; i++) {
    const stem = stems[i] as string;
    let t = known.get(stem);
    if (t === undefined) {
      const english = toEnglishStem(stem);
      t = idf.has(english) ? english : null;
      if (known.size >= 5000) known.clear();
      known.set(stem, t);
    }
    if (t === null) continue;
    out.push(t);
    starts?.push(wordStarts?.[i] ?? 0);
  }
  return out;
}

/** Weighted token bag of a context from its stems: sentence words count fully, other paragraph words half. */
export function bagOfStems(sentence: readonly string[], paragraph: readonly string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of paragraph) bag.set(t, 0.5);
  for (const t of sentence) bag.set(t, 1);
  return bag;
}

/**
 * Share (0–1) of each claim's distinctive words that the context contains, weighted by rarity, by position
 * in `index.claims`. Claims sharing no word with the context score 0.
 */
export function scoreTexts(index: MatchIndex, bag: Map<string, number>): Float64Array {
  const hits = new Float64Array(index.claims.length);
  for (const [t, w] of bag) {
    const weight = (index.idf.get(t) ?? 0) * w;
    for (const position of index.postings.get(t) ?? []) hits[position] = (hits[position] ?? 0) + weight;
  }
  for (let i = 0; i < hits.length; i++) {
    const total = index.textTotals[i] ?? 0;
    hits[i] = total === 0 ? 0 : Math.min(1, ((hits[i] ?? 0) / total) * 2.5);
  }
  return hits;
}
