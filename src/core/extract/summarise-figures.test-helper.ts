import { expect, it } from 'vitest';
import type { Figure, Lang, Metric, Qualifier } from '../types.ts';
import { extractFigures } from './extract-figures.ts';

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

/**
 * Registers one test per [lang, text, want] row, named '%s: %s' (the language, then the text), that expects the
 * figures `extractFigures(text, { lang })` finds, summarised by `summariseFigures`, to equal `want` (`[]` for none).
 * Call it inside a `describe`.
 */
export function itExtracts(cases: [Lang, string, Want[]][]): void {
  it.each<[Lang, string, Want[]]>(cases)('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
}
