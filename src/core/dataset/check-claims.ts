import type { Claim, Dataset } from '../types';
import { compareIsoDates, isAfterDay } from './iso-date';
import type { Report } from './report';

/** Checks how the number is written: value xor low+high, and agreement with the qualifier and unit. */
function checkAmount(claim: Claim, index: number, report: Report): void {
  const at = (field: string) => ['claims', index, field];
  const hasValue = claim.value !== undefined;
  const hasLow = claim.low !== undefined;
  const hasHigh = claim.high !== undefined;
  if (hasLow !== hasHigh) report(at(hasLow ? 'high' : 'low'), 'range-incomplete');
  if (hasValue && (hasLow || hasHigh)) report(at('value'), 'value-and-range');
  if (claim.qualifier === 'vague') {
    if (hasValue || hasLow || hasHigh) report(at('qualifier'), 'vague-with-number');
  } else if (claim.qualifier === 'range') {
    if (!hasLow || !hasHigh) report(at('qualifier'), 'range-without-bounds');
  } else if (!hasValue) {
    report(at('value'), 'value-missing', { qualifier: claim.qualifier });
  }
  if (claim.low !== undefined && claim.high !== undefined && claim.low >= claim.high) {
    report(at('low'), 'low-not-below-high', { low: claim.low, high: claim.high });
  }
  const numbers = [claim.value, claim.low, claim.high].filter((n) => n !== undefined);
  if (claim.unit === 'percent' && numbers.some((n) => n > 100)) report(at('value'), 'percent-above-100');
  if (claim.unit !== 'percent' && numbers.some((n) => !Number.isInteger(n))) {
    report(at('value'), 'not-whole-number');
  }
}

/** Checks the claim's dates and sources against `today` and each other. */
function checkDatesAndSources(claim: Claim, index: number, today: string, report: Report): void {
  if (isAfterDay(claim.statedOn, today)) report(['claims', index, 'statedOn'], 'in-the-future', { today });
  const seen = new Set<string>();
  claim.sources.forEach((source, n) => {
    const at = (field: string) => ['claims', index, 'sources', n, field];
    if (isAfterDay(source.publishedOn, today)) report(at('publishedOn'), 'in-the-future', { today });
    if (compareIsoDates(source.publishedOn, claim.statedOn) < 0) {
      report(at('publishedOn'), 'before-claim-stated', { statedOn: claim.statedOn });
    }
    if (seen.has(source.url)) report(at('url'), 'listed-twice');
    seen.add(source.url);
  });
}

/**
 * Checks every claim's amount, dates, sources and estimator reference.
 * Reports nothing when all claims are consistent.
 */
export function checkClaims(dataset: Dataset, today: string, report: Report): void {
  const estimatorIds = new Set(dataset.estimators.map((estimator) => estimator.id));
  dataset.claims.forEach((claim, index) => {
    checkAmount(claim, index, report);
    checkDatesAndSources(claim, index, today, report);
    if (!estimatorIds.has(claim.estimator)) {
      report(['claims', index, 'estimator'], 'unknown-estimator', { id: claim.estimator });
    }
  });
}
