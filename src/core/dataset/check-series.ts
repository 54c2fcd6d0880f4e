import type { Claim, Dataset } from '../types';
import { compareIsoDates } from './iso-date';
import type { Report } from './report';

/**
 * Checks that each series groups one metric by one estimator, in date order as listed.
 * The first claim of a series sets its metric and estimator. Reports nothing when all series agree.
 */
export function checkSeries(dataset: Dataset, report: Report): void {
  const last = new Map<string, { claim: Claim; index: number }>();
  const first = new Map<string, Claim>();
  dataset.claims.forEach((claim, index) => {
    const head = first.get(claim.series);
    if (head === undefined) {
      first.set(claim.series, claim);
    } else {
      if (claim.metric !== head.metric) {
        report(['claims', index, 'series'], 'series-mixes-metrics', {
          series: claim.series,
          first: head.metric,
          other: claim.metric,
        });
      }
      if (claim.estimator !== head.estimator) {
        report(['claims', index, 'series'], 'series-mixes-estimators', {
          series: claim.series,
          first: head.estimator,
          other: claim.estimator,
        });
      }
    }
    const previous = last.get(claim.series);
    if (previous !== undefined && compareIsoDates(claim.statedOn, previous.claim.statedOn) < 0) {
      report(['claims', index, 'statedOn'], 'series-out-of-order', {
        series: claim.series,
        date: claim.statedOn,
        previous: `claims[${previous.index}]`,
        previousDate: previous.claim.statedOn,
      });
    }
    last.set(claim.series, { claim, index });
  });
}
