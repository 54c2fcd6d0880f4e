import { describe, expect, test } from 'vitest';
import { buildMatchIndex } from './build-match-index.ts';
import { forgetPageText, remember } from './remember.ts';
import { TEST_DATASET } from './test-dataset.ts';

describe('remember', () => {
  test('computes once per kind and key', () => {
    const index = buildMatchIndex(TEST_DATASET);
    let calls = 0;
    const compute = () => ++calls;
    expect([
      remember(index, 'k', 'a', compute),
      remember(index, 'k', 'a', compute),
      remember(index, 'k', 'b', compute),
      remember(index, 'other', 'a', compute),
    ]).toEqual([1, 1, 2, 3]);
  });

  test('stays bounded and leaves dataset structures alone', () => {
    const index = buildMatchIndex(TEST_DATASET);
    index.cache.set('table', 'kept');
    for (let i = 0; i < 12_000; i++) remember(index, i % 2 ? 'odd' : 'even', `page ${i}`, () => i);
    expect(index.memo.size).toBeLessThanOrEqual(5000);
    const stored = [...index.memo.byKind.values()].reduce((n, t) => n + t.size, 0);
    expect(stored).toBe(index.memo.size);
    expect(index.cache.get('table')).toBe('kept');
    // The latest value is still there after a trim.
    expect(remember(index, 'odd', 'page 11999', () => -1)).toBe(11_999);
  });

  test('forgetPageText drops page entries only', () => {
    const index = buildMatchIndex(TEST_DATASET);
    index.cache.set('table', 'kept');
    remember(index, 'k', 'a', () => 1);
    forgetPageText(index);
    expect(index.memo.size).toBe(0);
    expect(remember(index, 'k', 'a', () => 2)).toBe(2);
    expect(index.cache.get('table')).toBe('kept');
  });
});
