import { describe, expect, test } from 'vitest';
import { scoreNumber, toInterval, type NumberSpec } from './score-number.ts';

const n = (value: number | null, qualifier: NumberSpec['qualifier'] = 'exact', low = null, high = null) =>
  ({ value, low, high, qualifier }) as NumberSpec;
const range = (low: number, high: number): NumberSpec => ({ value: null, low, high, qualifier: 'range' });

describe('scoreNumber', () => {
  test.each([
    ['same number', n(4000), n(4000, 'about'), true, 1],
    ['more than vs about', n(3000, 'more_than'), n(3000, 'about'), true, 1],
    ['3,200 inside more than 3,000', n(3200), n(3000, 'more_than'), true, null],
    ['nearly 2,700 vs about 2,700', n(2700, 'nearly'), n(2700, 'about'), true, 1],
    ['4,000 vs about 4,700', n(4000), n(4700, 'about'), false, null],
    ['3,000 vs 4,000', n(3000), n(4000), false, null],
    ['range contains value', n(2500), range(2000, 3000), true, null],
    ['missing value', n(null, 'vague'), n(300), false, 0],
  ])('%s', (_name, figure, claim, consistent, score) => {
    const result = scoreNumber(figure, claim);
    expect(result.consistent).toBe(consistent);
    if (score !== null) expect(result.score).toBeCloseTo(score, 5);
    if (consistent) expect(result.score).toBeGreaterThanOrEqual(0.7);
    else expect(result.score).toBeLessThan(0.6);
  });

  test('closer numbers score higher', () => {
    expect(scoreNumber(n(4100), n(4000)).score).toBeGreaterThan(scoreNumber(n(4700), n(4000)).score);
  });
});

describe('toInterval', () => {
  test.each([
    [n(100, 'at_least'), [99.9, 130]],
    [n(1000, 'up_to'), [700, 1001]],
    [range(20000, 25000), [20000, 25000]],
  ])('%o', (spec, expected) => {
    const got = toInterval(spec);
    expect(got?.[0]).toBeCloseTo(expected[0] ?? 0, 3);
    expect(got?.[1]).toBeCloseTo(expected[1] ?? 0, 3);
  });
});
