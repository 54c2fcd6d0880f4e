import { describe, expect, it } from 'vitest';
import { formatError, formatLocation } from './locate';

const input = { claims: [{ id: 'a' }, { id: 'nis-killed-2025-01-13' }, 7], estimators: [] };

describe('formatLocation', () => {
  it.each([
    [[], '(root)'],
    [['updated'], 'updated'],
    [['claims', 1, 'statedOn'], 'claims[1] (nis-killed-2025-01-13).statedOn'],
    [['claims', 1, 'sources', 0, 'url'], 'claims[1] (nis-killed-2025-01-13).sources[0].url'],
    [['claims', 2, 'id'], 'claims[2].id'],
    [['claims', 9], 'claims[9]'],
    [['estimators', 0, 'aliases', 'ko'], 'estimators[0].aliases.ko'],
  ] as const)('%j -> %s', (path, expected) => {
    expect(formatLocation(input, path)).toBe(expected);
  });

  it('survives input that is not an object', () => {
    expect(formatLocation(null, ['claims', 0, 'id'])).toBe('claims[0].id');
  });
});

describe('formatError', () => {
  it.each([
    [['claims', 0, 'statedOn'], 'not a date', 'claims[0] (a).statedOn: not a date'],
    [[], 'not an object', 'not an object'],
  ] as const)('%j', (path, message, expected) => {
    expect(formatError(input, path, message)).toBe(expected);
  });
});
