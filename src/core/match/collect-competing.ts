/**
 * Collects what other estimators said about the same metric and scope, for the timeline.
 */
import type { Unit } from '../types.ts';
import type { CompetingEstimate, IndexedClaim, MatchIndex } from './types.ts';

/** What a unit counts: people (troops, personnel) or itself. */
function unitGroup(unit: Unit): string {
  return unit === 'troops' || unit === 'personnel' ? 'people' : unit;
}

/** Topic of a series without its estimator ("hur-other-officers" -> "other-officers"). */
function seriesTopic(entry: IndexedClaim): string {
  const prefix = `${entry.claim.estimator}-`;
  return entry.claim.series.startsWith(prefix) ? entry.claim.series.slice(prefix.length) : entry.claim.series;
}

/** Whether `other` counts the same thing as `like`: metric, scale (total/incident/rate), unit, plan vs actual. */
function isComparable(like: IndexedClaim, other: IndexedClaim): boolean {
  if (other.claim.metric !== like.claim.metric || other.scopeClass !== like.scopeClass) return false;
  if (unitGroup(other.claim.unit) !== unitGroup(like.claim.unit) || other.modality !== like.modality)
    return false;
  if (like.claim.metric === 'other_nk' && seriesTopic(other) !== seriesTopic(like)) return false;
  return other.nominal !== null;
}

/**
 * For every estimator other than `like`'s with a comparable claim (same metric, scale, unit and modality;
 * for other_nk the same topic) made no later than `todayDay`, its latest claim and its whole series, oldest
 * first. Ordered by the latest claim's date, oldest first. Returns [] when no other estimator counted it.
 */
export function collectCompeting(
  index: MatchIndex,
  like: IndexedClaim,
  todayDay: number | null,
): CompetingEstimate[] {
  const byEstimator = new Map<string, IndexedClaim[]>();
  for (const entry of index.claims) {
    if (entry.claim.estimator === like.claim.estimator || !isComparable(like, entry)) continue;
    if (todayDay !== null && entry.day > todayDay) continue;
    const list = byEstimator.get(entry.claim.estimator) ?? [];
    list.push(entry);
    byEstimator.set(entry.claim.estimator, list);
  }
  const out: CompetingEstimate[] = [];
  for (const list of byEstimator.values()) {
    list.sort((a, b) => a.day - b.day || (a.claim.id < b.claim.id ? -1 : 1));
    const last = list[list.length - 1];
    if (!last) continue;
    out.push({ estimator: last.estimator, latest: last.claim, series: list.map((e) => e.claim) });
  }
  return out.sort(
    (a, b) =>
      a.latest.statedOn.localeCompare(b.latest.statedOn) || (a.estimator.id < b.estimator.id ? -1 : 1),
  );
}
