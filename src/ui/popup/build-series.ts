/**
 * Series for the popup's timeline: every estimator's estimates of one metric.
 */
import type { MatchIndex, MatchResult } from '../../core/match/types';
import type { Metric } from '../../core/types';
import type { TimelineSeries } from '../components/timeline-layout';

/**
 * One series per estimator with estimates of `metric` in the index, in the order of each estimator's first
 * estimate. Without an index, the match result's own estimates (its match and the competing estimates).
 */
export function buildMetricSeries(
  metric: Metric,
  index: MatchIndex | null,
  result: MatchResult | null,
): TimelineSeries[] {
  if (index) {
    const byEstimator = new Map<string, TimelineSeries>();
    const claims = index.claims.filter((c) => c.claim.metric === metric).sort((a, b) => a.day - b.day);
    for (const { claim, estimator } of claims) {
      const series = byEstimator.get(estimator.id) ?? { estimator, claims: [] };
      byEstimator.set(estimator.id, { estimator, claims: [...series.claims, claim] });
    }
    return [...byEstimator.values()];
  }
  return (result?.competing ?? []).map(({ estimator, series }) => ({ estimator, claims: series }));
}
