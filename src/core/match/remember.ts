/**
 * Bounded memo on a match index for results computed from page text (cues, word scores, dates): kept while
 * a page is matched, all dropped when there are too many, so an index living across pages does not grow
 * without end. Values are filed by kind, then by the text itself, so no key string is built per lookup
 * (the same paragraph string serves every kind with one hash).
 */
import type { MatchIndex } from './types.ts';

const LIMIT = 5000;

/** The value remembered for `kind` and `key`, computing and storing it when absent. */
export function remember<T>(index: MatchIndex, kind: string, key: string, compute: () => T): T {
  const { memo } = index;
  let table = memo.byKind.get(kind);
  if (table === undefined) {
    table = new Map();
    memo.byKind.set(kind, table);
  } else if (table.has(key)) {
    return table.get(key) as T;
  }
  const value = compute();
  if (memo.size >= LIMIT) {
    for (const t of memo.byKind.values()) t.clear();
    memo.size = 0;
  }
  table.set(key, value);
  memo.size++;
  return value;
}

/** Drops everything remembered from page text (the dataset's own structures stay), as for a new page. */
export function forgetPageText(index: MatchIndex): void {
  for (const table of index.memo.byKind.values()) table.clear();
  index.memo.size = 0;
}
