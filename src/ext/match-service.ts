import { buildMatchIndex } from '../core/match/build-match-index';
import { matchFigure } from '../core/match/match-figure';
import type { MatchIndex, MatchResult } from '../core/match/types';
import type { MatchDetail, MatchRequestItem } from '../core/messages';
import type { Claim, Dataset, Estimator } from '../core/types';
import bundled from '../data/claims.json';
import { EMPTY_USER_DATA, loadUserData, mergeUserData, watchUserData, type UserData } from './user-claims';

let cached: { dataset: Dataset; index: MatchIndex } | null = null;
let userData: UserData = EMPTY_USER_DATA;
let userDataLoading: Promise<void> | null = null;

/** The bundled dataset, as shipped (without the reader's imports). */
export function loadDataset(): Dataset {
  return bundled as unknown as Dataset;
}

/** The dataset the background matches against: the bundled claims plus the reader's imported ones. */
export function loadMergedDataset(): Dataset {
  return mergeUserData(loadDataset(), userData);
}

/**
 * Reads the reader's claims once, then follows changes to them (a new import or a removal drops the cached
 * index, so the next match sees the change). Called lazily: never at import time, which WXT runs in Node.
 */
function ensureUserData(): Promise<void> {
  userDataLoading ??= (async () => {
    try {
      userData = (await loadUserData(loadDataset())).data;
      watchUserData(
        loadDataset(),
        (loaded) => {
          userData = loaded.data;
          cached = null;
        },
        new AbortController().signal,
      );
    } catch {
      userData = EMPTY_USER_DATA;
    }
  })();
  return userDataLoading;
}

function readIndex(): MatchIndex {
  if (!cached) {
    const dataset = loadMergedDataset();
    cached = { dataset, index: buildMatchIndex(dataset) };
  }
  return cached.index;
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Matches figures sent by a content script against the dataset (bundled plus the reader's claims). Builds
 * the index on first use and again only after the reader's claims change.
 * @returns one result per item, in order; `relation: 'unknown'` for figures nothing is comparable with.
 */
export async function matchItems(
  items: readonly MatchRequestItem[],
  pageDate: string | null,
): Promise<MatchResult[]> {
  await ensureUserData();
  const index = readIndex();
  const today = todayIso();
  return items.map((item) =>
    matchFigure(item.figure, { sentence: item.sentence, paragraph: item.paragraph }, index, {
      today,
      ...(pageDate ? { pageDate } : {}),
    }),
  );
}

/** What the background answers to `nkf:match`: the results and the estimators they name (without aliases). */
export interface MatchBatch {
  results: MatchResult[];
  estimators: Estimator[];
  /** The whole series of each matched claim, by series id, oldest first (for the card's timeline). */
  series: Record<string, Claim[]>;
}

/** The slim answer for painting a page: one relation per figure. */
export interface RelationBatch {
  relations: Array<MatchResult['relation']>;
}

/**
 * The estimators named by the results' matches and newer claims (competing estimates carry their own), with
 * their alias lists emptied: the page only needs names.
 * @returns the estimators, each once; [] when the results name none.
 */
export function collectEstimators(results: readonly MatchResult[]): Estimator[] {
  const index = readIndex();
  const ids = new Set<string>();
  for (const result of results) {
    for (const claim of [result.match, result.newer, result.newerAtPageDate])
      if (claim) ids.add(claim.estimator);
  }
  return [...ids].flatMap((id) => {
    const estimator = index.estimators.get(id);
    return estimator ? [{ ...estimator, aliases: { en: [], uk: [], ru: [], de: [], ko: [] } }] : [];
  });
}

/** @returns the series of every matched claim, by series id; {} when nothing matched. */
export function collectSeries(results: readonly MatchResult[]): Record<string, Claim[]> {
  const index = readIndex();
  const series: Record<string, Claim[]> = {};
  for (const { match } of results) {
    if (!match || series[match.series]) continue;
    series[match.series] = (index.series.get(match.series) ?? []).map((c) => c.claim);
  }
  return series;
}

/**
 * Matches a batch. "full" packs whole results and the estimators the page needs to name them; "relation" only
 * the relations (a page with thousands of figures must not receive thousands of estimate tables).
 */
export async function matchBatch(
  items: readonly MatchRequestItem[],
  pageDate: string | null,
  detail: MatchDetail = 'full',
): Promise<MatchBatch | RelationBatch> {
  const results = await matchItems(items, pageDate);
  if (detail === 'relation') return { relations: results.map((r) => r.relation) };
  return { results, estimators: collectEstimators(results), series: collectSeries(results) };
}
