/**
 * Plain-English rendering of hedged numbers ("about 4,000", "more than 3,000", "2,000–3,000").
 */
import type { Qualifier } from '../types.ts';

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about',
  at_least: 'at least',
  more_than: 'more than',
  nearly: 'nearly',
  up_to: 'up to',
  range: '',
  vague: 'some',
};

/** "4,000" for 4000; "?" for a missing number. */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '?';
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A hedged number in words: "about 4,000", "2,000–3,000", "more than 3,000". Returns "an unspecified
 * number" when there is no number at all.
 */
export function formatQualified(spec: {
  value?: number | null;
  low?: number | null;
  high?: number | null;
  qualifier: Qualifier;
}): string {
  const { value, low, high, qualifier } = spec;
  let core: string;
  if (low !== undefined && low !== null && high !== undefined && high !== null) {
    core = `${formatNumber(low)}–${formatNumber(high)}`;
  } else if (value !== undefined && value !== null) {
    core = formatNumber(value);
  } else {
    return 'an unspecified number';
  }
  const word = QUALIFIER_WORDS[qualifier];
  return word ? `${word} ${core}` : core;
}
