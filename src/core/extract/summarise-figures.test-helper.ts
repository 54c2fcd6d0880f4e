import type { Figure, Metric, Qualifier } from '../types.ts';

/** [text, metric, qualifier, value | [low, high] | null] */
export type Want = [string, Metric, Qualifier, number | [number, number] | null];

/** The figures as table rows for `toEqual` (a range as [low, high]); an empty list when there are none. */
export function summariseFigures(figures: Figure[]): Want[] {
  return figures.map((f) => [
    f.text,
    f.metric,
    f.qualifier,
    f.low !== null && f.high !== null ? [f.low, f.high] : f.value,
  ]);
}
