/**
 * Collects what other estimators said about the same metric and scope, for the timeline.
 */
import type { Unit } from '../types.ts';
import type { CompetingEstimate, IndexedClaim, MatchIndex } from './types.ts';

/** What a unit counts: people (troops, personnel) or itself. */
export function unitGroup(unit: Unit): string {
  return unit === 'troops' || unit === 'personnel' ? 'people' : unit;
}

/** Topic of a series without its estimator ("hur-other-officers" -> "other-officers"). */
function seriesTopic(entry: IndexedClaim): string {
  const prefix = `${entry.claim.estimator}-`;
  return entry.claim.series.startsWith(prefix) ? entry.claim.series.slice(prefix.length) : entry.claim.series;
}

/** What a claim counts, as one key: metric, scale (total/incident/rate), unit, plan vs actual; for other_nk, the topic. */
function comparableKey(entry: IndexedClaim): string {
  const { claim } = entry;
  const topic = claim.metric === 'other_nk' ? seriesTopic(entry) : '';
  return `${claim.metric}|${entry.scopeClass}|${unitGroup(claim.unit)}|${entry.modality}|${topic}`;
}

const GROUPS_KEY = 'competing-groups';

/** Claims with a number, grouped by what they count (built once per index, from the dataset alone). */
function readGroups(index: MatchIndex): Map<string, IndexedClaim[]> {
  const known = index.cache.get(GROUPS_KEY) as Map<string, IndexedClaim[]> | undefined;
  if (known) return known;
  const groups = new Map<string, IndexedClaim[]>();
  for (const entry of index.claims) {
    if (entry.nominal === null) continue;
    const key = comparableKey(entry);
    const list = groups.get(key) ?? [];
    list.push(entry);
    groups.set(key, list);
  }
  index.cache.set(GROUPS_KEY, groups);
  return groups;
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
  for (const entry of readGroups(index).get(comparableKey(like)) ?? []) {
    if (entry.claim.estimator === like.claim.estimator) continue;
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
      compareText(a.latest.statedOn, b.latest.statedOn) || compareText(a.estimator.id, b.estimator.id),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
