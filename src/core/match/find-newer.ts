/**
 * Finds whether a claim was superseded within its series: as of today, and as of the page's date.
 */
import type { Claim } from '../types.ts';
import type { MatchIndex } from './types.ts';
import { toDay } from './score-date.ts';

/**
 * Latest claim of the same series made after `claim` and no later than `untilDay` (no limit when null).
 * Returns null when the claim was still the latest then.
 */
export function findNewer(index: MatchIndex, claim: Claim, untilDay: number | null): Claim | null {
  const series = index.series.get(claim.series) ?? [];
  const own = toDay(claim.statedOn);
  let latest: Claim | null = null;
  for (const entry of series) {
    if (entry.claim.id === claim.id || entry.day <= own) continue;
    if (untilDay !== null && entry.day > untilDay) continue;
    latest = entry.claim;
  }
  return latest;
}
