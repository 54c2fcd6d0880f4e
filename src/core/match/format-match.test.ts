import { describe, expect, test } from 'vitest';
import type { Figure } from '../types.ts';
import { buildMatchIndex } from './build-match-index.ts';
import { formatMatchLine, toMatchJson } from './format-match.ts';
import { matchFigure } from './match-figure.ts';
import { TEST_DATASET } from './test-dataset.ts';

const index = buildMatchIndex(TEST_DATASET);
const sentence = 'South Korea’s Joint Chiefs of Staff said 4 000 soldiers have died.';
const start = sentence.indexOf('4 000');
const figure: Figure = {
  text: '4 000',
  start,
  end: start + 5,
  value: 4000,
  low: null,
  high: null,
  unit: 'troops',
  metric: 'killed',
  qualifier: 'exact',
  lang: 'en',
};
const result = matchFigure(figure, { sentence, paragraph: sentence }, index, { today: '2026-03-01' });

describe('toMatchJson', () => {
  test('gives the CLI fields', () => {
    const json = toMatchJson(result, index);
    expect(json.match).toMatchObject({
      claimId: 'jcs-casualties-4000',
      estimator: 'jcs',
      estimatorShort: 'JCS',
      statedOn: '2025-03-27',
      metric: 'casualties_total',
      value: 4000,
      low: null,
      high: null,
      qualifier: 'about',
      url: 'https://example.org/jcs-casualties-4000',
    });
    expect(json.relation).toBe('metric_mismatch');
    expect(json.newer).toBeNull();
    expect(json.competing.map((c) => c.estimator)).toEqual(['zelensky', 'nis', 'uk-mod']);
  });

  test('an unknown figure has no match and nothing competing', () => {
    const none = matchFigure({ ...figure, value: 90000 }, { sentence, paragraph: sentence }, index);
    expect(toMatchJson(none, index)).toMatchObject({ match: null, relation: 'unknown', competing: [] });
  });
});

describe('formatMatchLine', () => {
  test('says what the estimator counted, what the text says, and who else estimated it', () => {
    expect(formatMatchLine(figure, result, index)).toBe(
      '4 000 (killed or wounded? text says died) — JCS, 2025-03-27: about 4,000 killed or wounded [Yonhap]; ' +
        'competing: Zelensky 2025-01-09 4,000; NIS 2025-04-30 about 4,700; UK MoD 2025-06-15 more than 6,000',
    );
  });
});
