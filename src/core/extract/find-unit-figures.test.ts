import { describe, expect, it } from 'vitest';
import { findUnitFigures } from './find-unit-figures.ts';

describe('findUnitFigures', () => {
  it.each<[string, string[], number, Array<[number, string]>]>([
    [
      'a subject in a context block carries into the unit',
      [
        'North Korea has sent about 11,000 troops to Russia.',
        'Of those, roughly 1,000 are thought to have died.',
      ],
      1,
      [[1, 'roughly 1,000']],
    ],
    [
      'figures of context blocks are not reported',
      ['North Korea has sent about 11,000 troops to Russia.', 'The weather was mild.'],
      1,
      [],
    ],
    [
      'without context every block counts',
      ['North Korea has sent about 11,000 troops to Russia.'],
      0,
      [[0, 'about 11,000']],
    ],
    [
      "soft hyphens in a page's words: the figure at its offsets in the block as the page has it",
      [
        'Nord\u00adkorea hat Truppen geschickt.',
        'Rund 2000 nord\u00adkoreanische Sol\u00addaten sind ge\u00adfallen.',
      ],
      1,
      [[1, 'Rund 2000']],
    ],
    ['no mention, no figures', ['About 300 soldiers were hurt.'], 0, []],
    ['nothing in, nothing out', [], 0, []],
  ])('%s', (_, texts, context, want) => {
    const hits = findUnitFigures({ texts, context }, 'en');
    expect(hits.map((h) => [h.block, h.figure.text])).toEqual(want);
    for (const h of hits) expect(texts[h.block]?.slice(h.figure.start, h.figure.end)).toBe(h.figure.text);
  });
});
