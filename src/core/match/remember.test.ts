import { describe, expect, test } from 'vitest';
import { buildMatchIndex } from './build-match-index.ts';
import { DATASET_KEY, remember } from './remember.ts';
import { TEST_DATASET } from './test-dataset.ts';

describe('remember', () => {
  test('computes once per key', () => {
    const index = buildMatchIndex(TEST_DATASET);
    let calls = 0;
    const compute = () => ++calls;
    expect([
      remember(index, 'a', compute),
      remember(index, 'a', compute),
      remember(index, 'b', compute),
    ]).toEqual([1, 1, 2]);
  });

  test('drops page entries past its limit but keeps dataset entries', () => {
    const index = buildMatchIndex(TEST_DATASET);
    remember(index, `${DATASET_KEY}table`, () => 'kept');
    for (let i = 0; i < 6000; i++) remember(index, `page ${i}`, () => i);
    expect(index.cache.size).toBeLessThanOrEqual(5000);
    expect(index.cache.get(`${DATASET_KEY}table`)).toBe('kept');
  });
});
