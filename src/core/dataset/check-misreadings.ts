import type { Dataset, Misreading } from '../types';
import type { Report } from './report';

/** Tells whether the misreading names at least one thing the press got wrong. */
function hasWrongPart(misreading: Misreading): boolean {
  return (
    misreading.wrongMetric !== undefined ||
    misreading.wrongValue !== undefined ||
    misreading.wrongEstimator !== undefined ||
    misreading.wrongQualifier !== undefined ||
    misreading.wrongScope !== undefined
  );
}

/**
 * Checks that each misreading points at a claim, names what was misread, and that the
 * wrong part really differs from the claim. Reports nothing when all misreadings hold.
 */
export function checkMisreadings(dataset: Dataset, report: Report): void {
  const claims = new Map(dataset.claims.map((claim) => [claim.id, claim]));
  const estimatorIds = new Set(dataset.estimators.map((estimator) => estimator.id));
  dataset.misreadings.forEach((misreading, index) => {
    const at = (field: string) => ['misreadings', index, field];
    if (!hasWrongPart(misreading)) report(at('explanation'), 'names-nothing-wrong');
    const claim = claims.get(misreading.claim);
    if (claim === undefined) {
      report(at('claim'), 'unknown-claim', { id: misreading.claim });
      return;
    }
    if (misreading.wrongEstimator !== undefined && !estimatorIds.has(misreading.wrongEstimator)) {
      report(at('wrongEstimator'), 'unknown-estimator', { id: misreading.wrongEstimator });
    }
    if (misreading.wrongEstimator === claim.estimator) report(at('wrongEstimator'), 'same-as-claim');
    if (misreading.wrongMetric === claim.metric) report(at('wrongMetric'), 'same-as-claim');
    if (misreading.wrongQualifier === claim.qualifier) report(at('wrongQualifier'), 'same-as-claim');
    if (
      misreading.wrongValue !== undefined &&
      misreading.wrongValue === claim.value &&
      misreading.wrongMetric === undefined
    ) {
      report(at('wrongValue'), 'same-value-as-claim');
    }
  });
}
