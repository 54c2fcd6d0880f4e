/**
 * Word overlap between a figure's context and a claim's searchable text, weighted by how rare each word is
 * among the claims (inverse document frequency), so "officers" or "Kursk" count more than "troops".
 */
import type { IndexedClaim } from './types.ts';
import { stemTokens } from './normalize-text.ts';

/** Inverse document frequency of every token of the claims: log(1 + N / df). */
export function buildIdf(claims: readonly IndexedClaim[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const c of claims) for (const t of c.tokens) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, n] of df) idf.set(t, Math.log(1 + claims.length / n));
  return idf;
}

/** Weighted token bag of a context: sentence words count fully, other paragraph words half. */
export function contextTokens(
  sentence: string,
  paragraph: string,
  idf: Map<string, number>,
): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of stemTokens(paragraph)) if (idf.has(t)) bag.set(t, 0.5);
  for (const t of stemTokens(sentence)) if (idf.has(t)) bag.set(t, 1);
  return bag;
}

/**
 * Share (0–1) of a claim's distinctive words that the context contains, weighted by rarity.
 * Returns 0 when the context shares no word with the claim.
 */
export function scoreText(bag: Map<string, number>, claim: IndexedClaim, idf: Map<string, number>): number {
  let hit = 0;
  let total = 0;
  for (const t of claim.tokens) {
    const w = idf.get(t) ?? 0;
    total += w;
    const inContext = bag.get(t);
    if (inContext !== undefined) hit += w * inContext;
  }
  if (total === 0) return 0;
  return Math.min(1, (hit / total) * 2.5);
}
