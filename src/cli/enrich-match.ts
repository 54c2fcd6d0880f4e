/**
 * Plugs the matching engine into `scan`: each figure gains match, relation, newer, newerAtPageDate, note and
 * competing (JSON), and one human line such as
 * "4 000 (killed or wounded? text says died) — JCS, 2025-03-27: about 4,000 killed or wounded [Yonhap]; competing: …".
 *
 * Wiring (in scan.ts): `runScan(argv, io, createMatchPlugins(loadBundledDataset(), { today }))`.
 */
import { readFileSync } from 'node:fs';
import type { Dataset, Figure } from '../core/types';
import type { MatchOptions, MatchResult } from '../core/match/types';
import { buildMatchIndex } from '../core/match/build-match-index';
import { matchFigure } from '../core/match/match-figure';
import { formatMatchLine, toMatchJson, type MatchJson } from '../core/match/format-match';
import { createContextReader } from '../core/extract/context';
import type { ScanPlugins } from './run-scan';

/** A scanned figure with its match fields. */
export type MatchedFigure = Figure & MatchJson;

/** Reads src/data/claims.json. Throws when it is missing or not JSON. */
export function loadBundledDataset(): Dataset {
  return JSON.parse(readFileSync(new URL('../data/claims.json', import.meta.url), 'utf8')) as Dataset;
}

/**
 * Scan plugins that match every figure against `dataset` (index built once). `options.today` fixes what
 * "newer" means (defaults to every claim in the dataset); `options.pageDate` is the page's publication date
 * when the caller knows it.
 */
export function createMatchPlugins(dataset: Dataset, options: MatchOptions = {}): ScanPlugins<MatchedFigure> {
  const index = buildMatchIndex(dataset);
  const results = new WeakMap<MatchedFigure, MatchResult>();
  // Figures come one at a time, in text order: read each input's paragraphs once, not once per figure.
  let reader = { text: '', read: createContextReader('') };
  return {
    enrich(figure, text) {
      if (reader.text !== text) reader = { text, read: createContextReader(text) };
      const result = matchFigure(figure, reader.read(figure), index, options);
      const enriched: MatchedFigure = { ...figure, ...toMatchJson(result, index) };
      results.set(enriched, result);
      return enriched;
    },
    describe(figure) {
      const result = results.get(figure);
      return result ? [formatMatchLine(figure, result, index)] : [];
    },
  };
}
