/**
 * Collects what other estimators said about the same metric and scope, for the timeline.
 */
import type { Metric } from '../types.ts';
import type { CompetingEstimate, IndexedClaim, MatchIndex, ScopeClass } from './types.ts';

/**
 * For every estimator other than `exceptEstimator` with a claim of `metric` and `scopeClass` made no later
 * than `todayDay`, its latest claim and its whole series (oldest first). Ordered by the latest claim's date,
 * oldest first. Returns [] when no other estimator counted this metric.
 */
export function collectCompeting(
  index: MatchIndex,
  metric: Metric,
  scopeClass: ScopeClass,
  exceptEstimator: string | null,
  todayDay: number | null,
): CompetingEstimate[] {
  const byEstimator = new Map<string, IndexedClaim[]>();
  for (const entry of index.claims) {
    const { claim } = entry;
    if (claim.metric !== metric || entry.scopeClass !== scopeClass || claim.estimator === exceptEstimator)
      continue;
    if (todayDay !== null && entry.day > todayDay) continue;
    if (entry.nominal === null) continue;
    const list = byEstimator.get(claim.estimator) ?? [];
    list.push(entry);
    byEstimator.set(claim.estimator, list);
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
