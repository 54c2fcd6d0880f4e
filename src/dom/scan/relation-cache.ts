import type { Relation } from '../../core/match/types';
import type { BlockFigure } from './find-block-figures';

const MAX_ENTRIES = 5_000;

function keyOf(found: BlockFigure): string {
  const { figure, sentence } = found;
  return `${figure.metric}|${figure.qualifier}|${figure.value}|${figure.low}|${figure.high}|${figure.text}|${sentence}`;
}

export interface RelationCache {
  /** Relations for the figures, asking `lookup` only about the ones not seen before (same figure, same sentence). */
  request(figures: readonly BlockFigure[]): Promise<Array<Relation | null>>;
}

/**
 * Remembers each figure's relation by its reading and sentence, so a block that a page re-renders or updates
 * many times a second costs no new round trip to the background. Bounded; oldest entries go first.
 * @returns the cache; failed lookups (null) are not remembered.
 */
export function createRelationCache(
  lookup: (figures: readonly BlockFigure[]) => Promise<Array<Relation | null>>,
): RelationCache {
  const known = new Map<string, Relation>();
  return {
    async request(figures) {
      const keys = figures.map(keyOf);
      const missing = figures.filter((_, i) => !known.has(keys[i]!));
      if (missing.length > 0) {
        const fetched = await lookup(missing);
        missing.forEach((figure, i) => {
          const relation = fetched[i];
          if (!relation) return;
          known.set(keyOf(figure), relation);
          if (known.size > MAX_ENTRIES) known.delete(known.keys().next().value!);
        });
      }
      return keys.map((key) => known.get(key) ?? null);
    },
  };
}
