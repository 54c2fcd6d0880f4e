/**
 * What the card derives from a match result: estimator records, the timeline's series, the figure's value.
 */
import type { MatchResult } from '../../core/match/types';
import type { Claim, Estimator, Figure } from '../../core/types';
import { makeUnknownEstimator } from '../components/estimator-fallback';
import type { TimelineSeries } from '../components/timeline-layout';

/** Finds an estimator by id: in `estimators`, else among the competing estimates, else a stand-in. */
export function resolveEstimator(
  id: string,
  estimators: ReadonlyMap<string, Estimator> | undefined,
  result: MatchResult,
): Estimator {
  return (
    estimators?.get(id) ??
    result.competing.find((c) => c.estimator.id === id)?.estimator ??
    makeUnknownEstimator(id)
  );
}

function sortByDate(claims: Claim[]): Claim[] {
  const unique = new Map(claims.map((c) => [c.id, c]));
  return [...unique.values()].sort(
    (a, b) => a.statedOn.localeCompare(b.statedOn) || a.id.localeCompare(b.id),
  );
}

/**
 * The timeline's series: the match's estimator first (its whole series when given, else the match and its
 * newer estimates), then every competing estimator's series, all of the match's metric.
 */
export function buildTimelineSeries(
  result: MatchResult,
  resolve: (id: string) => Estimator,
  matchSeries?: readonly Claim[],
): TimelineSeries[] {
  const out: TimelineSeries[] = [];
  const { match } = result;
  if (match) {
    const own = matchSeries?.length
      ? [...matchSeries, match]
      : [match, result.newerAtPageDate, result.newer].filter((c): c is Claim => c !== null);
    out.push({
      estimator: resolve(match.estimator),
      claims: sortByDate(own.filter((c) => c.metric === match.metric && c.estimator === match.estimator)),
    });
  }
  for (const competing of result.competing) {
    if (competing.estimator.id === match?.estimator) continue;
    out.push({ estimator: competing.estimator, claims: sortByDate([...competing.series]) });
  }
  return out.filter((s) => s.claims.length > 0);
}

/** The number the page's figure stands for on a chart: its value, or the middle of its range; else null. */
export function readFigureValue(figure: Figure): number | null {
  if (figure.value !== null) return figure.value;
  if (figure.low !== null && figure.high !== null) return (figure.low + figure.high) / 2;
  return null;
}
