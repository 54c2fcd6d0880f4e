import { describe, expect, it } from 'vitest';
import { extractFiguresFromBlocks } from './extract-from-blocks.ts';

describe('extractFiguresFromBlocks', () => {
  it.each<[string[], Array<[number, string, string]>]>([
    [
      [
        'North Korea has sent about 11,000 troops to Russia.',
        'Of those, roughly 1,000 are thought to have died.',
      ],
      [
        [0, 'about 11,000', 'deployed_total'],
        [1, 'roughly 1,000', 'killed'],
      ],
    ],
    [['South Korea sent 19,000 troops to drills.', 'About 300 were hurt.'], []],
    [[], []],
  ])('%j', (blocks, want) => {
    const hits = extractFiguresFromBlocks(blocks, { lang: 'en' });
    expect(hits.map((h) => [h.block, h.figure.text, h.figure.metric])).toEqual(want);
    for (const h of hits) expect(blocks[h.block]?.slice(h.figure.start, h.figure.end)).toBe(h.figure.text);
  });
});
