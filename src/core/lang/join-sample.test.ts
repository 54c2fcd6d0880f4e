import { describe, expect, it } from 'vitest';
import { joinSample } from './join-sample.ts';

describe('joinSample', () => {
  it.each<[string[], number, string]>([
    [[], 10, ''],
    [['abc'], 10, 'abc'],
    [['abc', 'de'], 10, 'abc\nde'],
    [['abcdef', 'ghijkl'], 8, 'abcdef\ng'],
    [['abcdefghij', 'never read'], 5, 'abcde'],
  ])('%j up to %i → %j', (texts, max, expected) => {
    expect(joinSample(texts, max)).toBe(expected);
  });
});
