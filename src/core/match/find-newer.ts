/**
 * Finds whether a claim was superseded within its series: as of today, and as of the page's date.
 */
import type { Claim } from '../types.ts';
import type { IndexedClaim, MatchIndex } from './types.ts';
import { toDay } from './score-date.ts';
import { unitGroup } from './collect-competing.ts';

/**
 * Whether a later claim of the series estimates the same quantity: troops planned or forecast are not
 * updated by troops counted (nor the reverse), a rate or one incident not by a running total, a share not by
 * a head count. (Shells "those containers could hold" are an estimate of what was sent, not a plan.)
 */
function sameQuantity(a: IndexedClaim, b: IndexedClaim): boolean {
  const unit = unitGroup(a.claim.unit);
  if (unit !== unitGroup(b.claim.unit) || a.scopeClass !== b.scopeClass) return false;
  return unit !== 'people' || a.modality === b.modality;
}

/** Whether two claims state the same number with the same hedge (a repetition, not an update). */
function sameNumber(a: Claim, b: Claim): boolean {
  return a.value === b.value && a.low === b.low && a.high === b.high && a.qualifier === b.qualifier;
}

/**
 * Latest claim of the same series, estimating the same quantity, made after `claim` and no later than
 * `untilDay` (no limit when null). Returns null when the claim was still the latest then, or when the latest
 * repeats its number.
 */
export function findNewer(index: MatchIndex, claim: Claim, untilDay: number | null): Claim | null {
  const series = index.series.get(claim.series) ?? [];
  const self = index.byId.get(claim.id);
  const own = toDay(claim.statedOn);
  let latest: Claim | null = null;
  for (const entry of series) {
    if (entry.claim.id === claim.id || entry.day <= own) continue;
    if (untilDay !== null && entry.day > untilDay) continue;
    if (self && !sameQuantity(self, entry)) continue;
    latest = entry.claim;
  }
  return latest && !sameNumber(latest, claim) ? latest : null;
}
