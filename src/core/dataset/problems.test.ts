import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  formatProblemLocation,
  formatProblems,
  isProblemCode,
  listProblemParams,
  PROBLEM_CODES,
} from './problems';

describe('problem codes', () => {
  it('are kebab-case, and their parameters are named once each', () => {
    expect(PROBLEM_CODES.length).toBeGreaterThan(40);
    for (const code of PROBLEM_CODES) {
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const params = listProblemParams(code);
      expect(new Set(params).size, code).toBe(params.length);
    }
    expect(listProblemParams('low-not-below-high')).toEqual(['low', 'high']);
    expect(listProblemParams('empty')).toEqual([]);
  });

  it('are recognised, and nothing else is', () => {
    expect(isProblemCode('not-a-date')).toBe(true);
    expect(isProblemCode('toString')).toBe(false);
    expect(isProblemCode('not a date')).toBe(false);
  });
});

describe('formatProblem (English)', () => {
  it.each([
    [
      { path: 'claims[3].statedOn', itemId: 'nis-killed-2025-01-13', code: 'not-a-date', params: {} },
      'claims[3] (nis-killed-2025-01-13).statedOn: not a date (YYYY-MM-DD or YYYY-MM)',
    ],
    [
      { path: 'claims[0].low', code: 'low-not-below-high', params: { low: 5, high: 2 } },
      'claims[0].low: must be below high (5 >= 2)',
    ],
    [{ path: '', code: 'not-json', params: { reason: 'Unexpected end' } }, 'not JSON: Unexpected end'],
  ] as const)('%j', (problem, expected) => {
    expect(formatProblem(problem)).toBe(expected);
  });

  it('names the location with the item id after its index', () => {
    expect(formatProblemLocation({ path: 'claims[12].sources[0].url', itemId: 'x' })).toBe(
      'claims[12] (x).sources[0].url',
    );
    expect(formatProblemLocation({ path: 'updated' })).toBe('updated');
  });

  it('counts the problems left out on a last line', () => {
    const problems = [{ path: 'updated', code: 'empty', params: {} }] as const;
    expect(formatProblems({ problems: [...problems], omitted: 0 })).toEqual(['updated: empty']);
    expect(formatProblems({ problems: [...problems], omitted: 3 })).toEqual([
      'updated: empty',
      '... and 3 more errors',
    ]);
  });
});
