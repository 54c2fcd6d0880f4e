import { describe, expect, it } from 'vitest';
import { createProblem, formatPath, locate } from './locate';

const input = { claims: [{ id: 'a' }, { id: 'nis-killed-2025-01-13' }, 7], estimators: [] };

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['updated'], 'updated'],
    [['claims', 1, 'sources', 0, 'url'], 'claims[1].sources[0].url'],
    [['estimators', 0, 'aliases', 'ko'], 'estimators[0].aliases.ko'],
  ] as const)('%j -> %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('locate', () => {
  it.each([
    [['claims', 1, 'statedOn'], { path: 'claims[1].statedOn', itemId: 'nis-killed-2025-01-13' }],
    [['claims', 2, 'id'], { path: 'claims[2].id' }],
    [['claims', 9], { path: 'claims[9]' }],
    [['estimators', 0, 'aliases', 'ko'], { path: 'estimators[0].aliases.ko' }],
    [['updated'], { path: 'updated' }],
  ] as const)('%j', (path, expected) => {
    expect(locate(input, path)).toEqual(expected);
  });

  it('survives input that is not an object', () => {
    expect(locate(null, ['claims', 0, 'id'])).toEqual({ path: 'claims[0].id' });
  });
});

describe('createProblem', () => {
  it('puts the code and its parameters at the located path', () => {
    expect(createProblem(input, ['claims', 0, 'statedOn'], 'in-the-future', { today: '2026-01-01' })).toEqual(
      {
        path: 'claims[0].statedOn',
        itemId: 'a',
        code: 'in-the-future',
        params: { today: '2026-01-01' },
      },
    );
    expect(createProblem(input, [], 'not-an-object')).toEqual({
      path: '',
      code: 'not-an-object',
      params: {},
    });
  });
});
