import { buildMatchIndex } from '../core/match/build-match-index';
import { matchFigure } from '../core/match/match-figure';
import type { MatchIndex, MatchResult } from '../core/match/types';
import type { MatchRequestItem } from '../core/messages';
import type { Dataset } from '../core/types';
import bundled from '../data/claims.json';

let cached: { dataset: Dataset; index: MatchIndex } | null = null;

/** The dataset the extension matches against: the bundled claims (user imports join in later). */
export function loadDataset(): Dataset {
  return bundled as unknown as Dataset;
}

function readIndex(): MatchIndex {
  const dataset = loadDataset();
  if (cached?.dataset !== dataset) cached = { dataset, index: buildMatchIndex(dataset) };
  return cached.index;
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Matches figures sent by a content script against the dataset. Builds the index on first use.
 * @returns one result per item, in order; `relation: 'unknown'` for figures nothing is comparable with.
 */
export function matchItems(items: readonly MatchRequestItem[], pageDate: string | null): MatchResult[] {
  const index = readIndex();
  const today = todayIso();
  return items.map((item) =>
    matchFigure(item.figure, { sentence: item.sentence, paragraph: item.paragraph }, index, {
      today,
      ...(pageDate ? { pageDate } : {}),
    }),
  );
}
