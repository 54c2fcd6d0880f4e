/**
 * Numeric closeness between a figure and a claim that respects qualifiers ("more than", "nearly") and ranges.
 */
import type { Qualifier } from '../types.ts';

export interface NumberSpec {
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
}

/** Interval of values a hedged number allows; null when it has no number. */
export function toInterval(spec: NumberSpec): [number, number] | null {
  const { value, low, high, qualifier } = spec;
  if (low !== null && high !== null) return [Math.min(low, high), Math.max(low, high)];
  if (value === null) return null;
  switch (qualifier) {
    case 'about':
      return [value * 0.9, value * 1.1];
    case 'nearly':
      return [value * 0.85, value * 1.001];
    case 'more_than':
    case 'at_least':
      return [value * 0.999, value * 1.3];
    case 'up_to':
      return [value * 0.7, value * 1.001];
    case 'vague':
      return [value * 0.5, value * 2];
    default:
      return [value * 0.99, value * 1.01];
  }
}

/** Central value of a hedged number: value, or the middle of a range; null when there is none. */
export function nominalOf(spec: NumberSpec): number | null {
  if (spec.value !== null) return spec.value;
  if (spec.low !== null && spec.high !== null) return (spec.low + spec.high) / 2;
  return spec.low ?? spec.high ?? null;
}

export interface NumberScore {
  /** 1 for the same number, lower as numbers drift apart; 0 when they are far apart or missing. */
  score: number;
  /** Whether the figure's value is consistent with the claim's value and qualifier. */
  consistent: boolean;
}

/**
 * Scores how well a figure's number restates a claim's number. Consistent numbers (either value lies
 * within the other's hedged interval) score 0.7–1; inconsistent ones decay quickly with the log-ratio. Returns {0, false} when either
 * side has no number.
 */
export function scoreNumber(figure: NumberSpec, claim: NumberSpec): NumberScore {
  return scoreIntervals(nominalOf(figure), toInterval(figure), nominalOf(claim), toInterval(claim));
}

/**
 * `scoreNumber` from nominal values and intervals computed beforehand (the matcher computes a claim's once
 * per dataset and a figure's once per figure). Returns {0, false} when either side has no number.
 */
export function scoreIntervals(
  f: number | null,
  fi: readonly [number, number] | null,
  c: number | null,
  ci: readonly [number, number] | null,
): NumberScore {
  if (f === null || c === null || fi === null || ci === null || f <= 0 || c <= 0) {
    return { score: 0, consistent: false };
  }
  const distance = Math.abs(Math.log(f / c));
  const overlap = (f >= ci[0] && f <= ci[1]) || (c >= fi[0] && c <= fi[1]);
  if (overlap) return { score: Math.max(0.7, 1 - distance * 3), consistent: true };
  return { score: Math.max(0, 0.6 - distance * 2.5), consistent: false };
}
