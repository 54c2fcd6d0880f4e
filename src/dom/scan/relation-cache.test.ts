import { describe, expect, it, vi } from 'vitest';
import type { Relation } from '../../core/match/types';
import type { BlockFigure } from './find-block-figures';
import { createRelationCache } from './relation-cache';

const item = (text: string, sentence = `About ${text} troops.`) =>
  ({
    figure: { text, metric: 'deployed_total', qualifier: 'about', value: 1, low: null, high: null },
    sentence,
  }) as unknown as BlockFigure;

describe('createRelationCache', () => {
  it('asks only about figures it has not seen, and answers in order', async () => {
    const lookup = vi.fn(async (figures: readonly BlockFigure[]) =>
      figures.map((f): Relation => (f.figure.text === 'b' ? 'differs' : 'same')),
    );
    const cache = createRelationCache(lookup);
    expect(await cache.request([item('a'), item('b')])).toEqual(['same', 'differs']);
    expect(await cache.request([item('b'), item('a'), item('c')])).toEqual(['differs', 'same', 'same']);
    expect(lookup).toHaveBeenCalledTimes(2);
    expect(lookup.mock.calls[1]![0].map((f) => f.figure.text)).toEqual(['c']);
  });

  it('treats the same figure in another sentence as new, and does not remember failures', async () => {
    const lookup = vi.fn(async (figures: readonly BlockFigure[]) => figures.map(() => null));
    const cache = createRelationCache(lookup);
    expect(await cache.request([item('a', 'one')])).toEqual([null]);
    expect(await cache.request([item('a', 'one'), item('a', 'two')])).toEqual([null, null]);
    expect(lookup.mock.calls[1]![0]).toHaveLength(2);
  });
});
