import type { TextUnit } from '../../core/extract/find-unit-figures';
import type { FoundFigure } from '../../core/messages';

/** Characters of unit text remembered at most (keys hold the text itself). */
const MAX_CHARS = 2_000_000;

export type FindUnits = (units: readonly TextUnit[]) => Promise<Array<FoundFigure[] | null>>;

function keyOf(unit: TextUnit): string {
  return `${unit.context}\u0000${unit.texts.join('\u0001')}`;
}

/**
 * Remembers what the background found in each unit of text, so content that a page re-renders (same text, new
 * nodes) costs no new round trip. Bounded by the characters kept; oldest entries go first; failed lookups
 * (null) are not remembered.
 * @returns a function with the same contract as `lookup`.
 */
export function createFindCache(lookup: FindUnits, maxChars = MAX_CHARS): FindUnits {
  const known = new Map<string, FoundFigure[]>();
  let chars = 0;
  return async (units) => {
    const keys = units.map(keyOf);
    const missing: number[] = [];
    const out: Array<FoundFigure[] | null> = keys.map((key, i) => {
      const hit = known.get(key);
      if (!hit) missing.push(i);
      return hit ?? null;
    });
    if (missing.length === 0) return out;
    const fetched = await lookup(missing.map((i) => units[i]!));
    missing.forEach((i, j) => {
      const found = fetched[j] ?? null;
      out[i] = found;
      const key = keys[i]!;
      if (!found || key.length > maxChars || known.has(key)) return;
      known.set(key, found);
      chars += key.length;
      for (const old of known.keys()) {
        if (chars <= maxChars) break;
        known.delete(old);
        chars -= old.length;
      }
    });
    return out;
  };
}
