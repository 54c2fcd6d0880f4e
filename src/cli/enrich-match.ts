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
import { getFigureContext } from '../core/extract/context';
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
  return {
    enrich(figure, text) {
      const result = matchFigure(figure, getFigureContext(text, figure), index, options);
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
