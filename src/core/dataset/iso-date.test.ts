import { describe, expect, it } from 'vitest';
import { compareIsoDates, getTodayIso, isAfterDay, isIsoDate } from './iso-date';

describe('isIsoDate', () => {
  it.each([
    ['2025-04-30', true],
    ['2025-04', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13', false],
    ['2025-00-10', false],
    ['2025-4-30', false],
    ['30.04.2025', false],
    ['2025-04-30T10:00', false],
    ['', false],
    [20250430, false],
    [null, false],
  ])('%j -> %s', (input, expected) => {
    expect(isIsoDate(input)).toBe(expected);
  });
});

describe('compareIsoDates', () => {
  it.each([
    ['2025-01-13', '2025-04-30', -1],
    ['2025-04-30', '2025-01-13', 1],
    ['2025-04', '2025-04-30', 0],
    ['2025-03', '2025-04-01', -1],
    ['2024-12-19', '2024-12-19', 0],
  ])('%s vs %s -> %i', (a, b, sign) => {
    expect(Math.sign(compareIsoDates(a, b))).toBe(sign);
  });
});

describe('isAfterDay', () => {
  it.each([
    ['2026-11-29', '2026-11-28', true],
    ['2026-11-28', '2026-11-28', false],
    ['2026-11', '2026-11-28', false],
    ['2026-12', '2026-11-28', true],
    ['not a date', '2026-11-28', false],
  ])('%s after %s -> %s', (date, today, expected) => {
    expect(isAfterDay(date, today)).toBe(expected);
  });
});

describe('getTodayIso', () => {
  it('formats a UTC day', () => {
    expect(getTodayIso(new Date(Date.UTC(2026, 10, 28, 23, 59)))).toBe('2026-11-28');
  });
});
