/**
 * Bounded memo on a match index: results computed from page text (cues, word scores, dates) are kept
 * while a page is matched, and dropped when there are too many, so an index living across pages does not
 * grow without end. Structures built from the dataset alone (search tables) are kept.
 */
import type { MatchIndex } from './types.ts';

const LIMIT = 5000;
/** Keys with this prefix depend only on the dataset and survive trimming. */
export const DATASET_KEY = 'dataset:';

/** The cached value for key, computing and storing it when absent. */
export function remember<T>(index: MatchIndex, key: string, compute: () => T): T {
  if (index.cache.has(key)) return index.cache.get(key) as T;
  const value = compute();
  if (index.cache.size >= LIMIT) {
    for (const k of [...index.cache.keys()]) if (!k.startsWith(DATASET_KEY)) index.cache.delete(k);
  }
  index.cache.set(key, value);
  return value;
}
