import type { Dataset } from '../types';

/** Counts of a dataset's claims, by one key each. */
export interface DatasetSummary {
  claims: number;
  estimators: number;
  /** Estimators that at least one claim cites. */
  estimatorsWithClaims: number;
  misreadings: number;
  series: number;
  byMetric: Record<string, number>;
  byEstimator: Record<string, number>;
  byYear: Record<string, number>;
  byStatus: Record<string, number>;
}

/** Counts items by a key, in first-seen order. */
function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

/**
 * Summarises a (valid) dataset for the data:check report.
 * @returns zero counts and empty tables for a dataset with no claims.
 */
export function summarizeDataset(dataset: Dataset): DatasetSummary {
  const cited = new Set(dataset.claims.map((claim) => claim.estimator));
  return {
    claims: dataset.claims.length,
    estimators: dataset.estimators.length,
    estimatorsWithClaims: dataset.estimators.filter((estimator) => cited.has(estimator.id)).length,
    misreadings: dataset.misreadings.length,
    series: new Set(dataset.claims.map((claim) => claim.series)).size,
    byMetric: countBy(dataset.claims, (claim) => claim.metric),
    byEstimator: countBy(dataset.claims, (claim) => claim.estimator),
    byYear: countBy(dataset.claims, (claim) => claim.statedOn.slice(0, 4)),
    byStatus: countBy(dataset.claims, (claim) => claim.status),
  };
}
