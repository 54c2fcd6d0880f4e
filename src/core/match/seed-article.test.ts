import { describe, expect, test } from 'vitest';
import type { Dataset } from '../types.ts';
import claims from '../../data/claims.json';
import { extractFigures } from '../extract/extract-figures.ts';
import { getFigureContext } from '../extract/context.ts';
import { buildMatchIndex } from './build-match-index.ts';
import { matchFigure } from './match-figure.ts';
import { SEED_ARTICLE } from './seed-article.fixture.ts';

const index = buildMatchIndex(claims as unknown as Dataset);
const figures = extractFigures(SEED_ARTICLE, { lang: 'en' });

/** The figure whose text is `text` in the paragraph that contains `near`; fails loudly when the extractor missed it. */
function findFigure(text: string, near: string) {
  const at = SEED_ARTICLE.indexOf(near);
  if (at < 0) throw new Error(`fixture changed: "${near}" not in the seed article`);
  const figure = figures.find((f) => f.text.includes(text) && f.start >= at && f.start < at + near.length);
  if (!figure) throw new Error(`extractor missed "${text}" in "${near}"`);
  return figure;
}

describe('seed article, real extractor and real dataset', () => {
  test.each([
    ['3 000', 'at least 3 000 additional soldiers', 'jcs-reinforcements-2025-03-27', 'same'],
    ['11 000', 'nearly 11 000 North Korean soldiers', 'jcs-deployed-2025-03-27', 'same'],
    ['4 000', '4 000 have died', 'jcs-casualties-2025-03-27', 'metric_mismatch'],
    ['3 000', 'approximately 3 000 or more were additionally sent', 'jcs-reinforcements-2025-03-27', 'same'],
    [
      '220',
      'about 220 units of 170-mm self-propelled howitzers',
      'jcs-equipment-2025-03-27',
      'metric_mismatch',
    ],
    ['12 000', 'approximately 12 000 soldiers', 'hur-deployed-2024-10-24', 'same'],
    ['500', '500 officers', 'hur-other-2024-10-24-officers', 'same'],
    ['three', 'three generals', 'hur-other-2024-10-24-generals', 'same'],
    ['3 000', 'more than 3 000 soldiers from the DPRK', 'zelensky-casualties-2024-12-23', 'same'],
    ['300', '300 soldiers have been killed', 'nis-killed-2025-01-13', 'same'],
    ['2 700', 'almost 2 700 have been wounded', 'nis-wounded-2025-01-13', 'same'],
  ] as const)('%s in "%s" is %s (%s)', (text, near, claimId, relation) => {
    const figure = findFigure(text, near);
    const result = matchFigure(figure, getFigureContext(SEED_ARTICLE, figure), index, {
      today: '2026-03-01',
    });
    expect(result.match?.id).toBe(claimId);
    expect(result.relation).toBe(relation);
  });

  test('the 4,000 note says what JCS counted and what the text says', () => {
    const figure = findFigure('4 000', '4 000 have died');
    const result = matchFigure(figure, getFigureContext(SEED_ARTICLE, figure), index, {
      today: '2026-03-01',
    });
    expect(result.note).toBe('JCS counted about 4,000 killed or wounded (2025-03-27); this text says died.');
  });
});
