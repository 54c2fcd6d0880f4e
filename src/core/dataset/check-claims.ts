import type { Claim, Dataset } from '../types';
import { compareIsoDates, isAfterDay } from './iso-date';
import type { Report } from './report';

/** Checks how the number is written: value xor low+high, and agreement with the qualifier and unit. */
function checkAmount(claim: Claim, index: number, report: Report): void {
  const at = (field: string) => ['claims', index, field];
  const hasValue = claim.value !== undefined;
  const hasLow = claim.low !== undefined;
  const hasHigh = claim.high !== undefined;
  if (hasLow !== hasHigh) report(at(hasLow ? 'high' : 'low'), 'a range needs both low and high');
  if (hasValue && (hasLow || hasHigh)) report(at('value'), 'give either value or low+high, not both');
  if (claim.qualifier === 'vague') {
    if (hasValue || hasLow || hasHigh) report(at('qualifier'), 'vague claims carry no number');
  } else if (claim.qualifier === 'range') {
    if (!hasLow || !hasHigh) report(at('qualifier'), 'range claims need low and high');
  } else if (!hasValue) {
    report(at('value'), `missing (qualifier ${claim.qualifier} needs a value)`);
  }
  if (claim.low !== undefined && claim.high !== undefined && claim.low >= claim.high) {
    report(at('low'), `must be below high (${claim.low} >= ${claim.high})`);
  }
  const numbers = [claim.value, claim.low, claim.high].filter((n) => n !== undefined);
  if (claim.unit === 'percent' && numbers.some((n) => n > 100)) report(at('value'), 'a percentage above 100');
  if (claim.unit !== 'percent' && numbers.some((n) => !Number.isInteger(n))) {
    report(at('value'), 'counts must be whole numbers');
  }
}

/** Checks the claim's dates and sources against `today` and each other. */
function checkDatesAndSources(claim: Claim, index: number, today: string, report: Report): void {
  if (isAfterDay(claim.statedOn, today))
    report(['claims', index, 'statedOn'], `in the future (after ${today})`);
  const seen = new Set<string>();
  claim.sources.forEach((source, n) => {
    const at = (field: string) => ['claims', index, 'sources', n, field];
    if (isAfterDay(source.publishedOn, today)) report(at('publishedOn'), `in the future (after ${today})`);
    if (compareIsoDates(source.publishedOn, claim.statedOn) < 0) {
      report(at('publishedOn'), `before the claim was stated (${claim.statedOn})`);
    }
    if (seen.has(source.url)) report(at('url'), 'listed twice');
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
      report(['claims', index, 'estimator'], `unknown estimator "${claim.estimator}"`);
    }
  });
}
