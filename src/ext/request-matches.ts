import { browser } from 'wxt/browser';
import type { MatchResult, Relation } from '../core/match/types';
import { MATCH_LIMITS } from '../core/messages';
import type { Claim, Estimator } from '../core/types';
import type { BlockFigure } from '../dom/scan/find-block-figures';

const RELATIONS: ReadonlySet<Relation> = new Set(['same', 'metric_mismatch', 'differs', 'unknown']);

function isMatchResult(value: unknown): value is MatchResult {
  if (typeof value !== 'object' || value === null) return false;
  const { relation, competing } = value as Partial<MatchResult>;
  return RELATIONS.has(relation as Relation) && Array.isArray(competing);
}

export interface MatchReply {
  results: MatchResult[];
  estimators: Estimator[];
  series: Record<string, Claim[]>;
}

function isEstimator(value: unknown): value is Estimator {
  if (typeof value !== 'object' || value === null) return false;
  const { id, name, short } = value as Partial<Estimator>;
  return typeof id === 'string' && typeof name === 'string' && typeof short === 'string';
}

function toItems(figures: readonly BlockFigure[]) {
  return figures.map((f) => {
    const { sentence, paragraph } = f.readContext();
    return {
      figure: f.figure,
      sentence: sentence.slice(0, MATCH_LIMITS.sentence),
      paragraph: paragraph.slice(0, MATCH_LIMITS.paragraph),
    };
  });
}

/**
 * Asks the background for whole match results (estimates, series, notes), for a card or the popup.
 * @returns one result per figure, in order, and the estimators they name; empty lists when the background did
 * not answer sensibly.
 */
export async function requestMatches(
  figures: readonly BlockFigure[],
  pageDate: string | null,
): Promise<MatchReply> {
  const results: MatchResult[] = [];
  const estimators: Estimator[] = [];
  const series: Record<string, Claim[]> = {};
  for (let i = 0; i < figures.length; i += MATCH_LIMITS.items) {
    const items = toItems(figures.slice(i, i + MATCH_LIMITS.items));
    const reply = (await browser.runtime.sendMessage({
      type: 'nkf:match',
      items,
      pageDate,
      detail: 'full',
    })) as Partial<MatchReply> | undefined;
    const got = reply?.results;
    if (!Array.isArray(got) || got.length !== items.length || !got.every(isMatchResult)) {
      return { results: [], estimators: [], series: {} };
    }
    results.push(...got);
    if (Array.isArray(reply?.estimators)) estimators.push(...reply.estimators.filter(isEstimator));
    if (reply?.series && typeof reply.series === 'object') {
      for (const [id, claims] of Object.entries(reply.series)) if (Array.isArray(claims)) series[id] = claims;
    }
  }
  return { results, estimators, series };
}
