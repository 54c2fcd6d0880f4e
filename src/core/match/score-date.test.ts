import { describe, expect, test } from 'vitest';
import { findDateMentions, scoreDate, toDay } from './score-date.ts';

describe('findDateMentions', () => {
  test.each([
    ['Ukrainian intelligence reported on October 24, 2024, that', ['2024-10']],
    ['повідомила 24 жовтня 2024 року', ['2024-10']],
    ['в декабре 2024 года', ['2024-12']],
    ['am 3. Mai 2025', ['2025-05']],
    ['2025년 4월 30일', ['2025-04']],
    ['stated on 2025-03-27', ['2025-03']],
    ['in January and February', []],
  ])('%s', (text, expected) => {
    expect(findDateMentions(text)).toEqual(expected);
  });
});

describe('scoreDate', () => {
  const page = toDay('2025-02-01');
  test('a claim made after the page cannot be quoted', () => {
    expect(scoreDate('2025-04-30', page, [])).toBe(-1);
  });
  test('recent claims score higher than old ones; unknown page dates score 0', () => {
    expect(scoreDate('2025-01-13', page, [])).toBeGreaterThan(scoreDate('2024-10-18', page, []));
    expect(scoreDate('2025-01-13', null, [])).toBe(0);
  });
  test('a date named in the text adds to its month', () => {
    expect(scoreDate('2024-10-24', null, ['2024-10'])).toBe(0.5);
  });
});
