/**
 * Pure renderers of a match for the scan CLI: the JSON fields each figure gains, and the human line.
 */
import type { Claim, Figure, Metric, Qualifier } from '../types.ts';
import type { MatchIndex, MatchResult, Relation } from './types.ts';
import { METRIC_PHRASES } from './metric-words.ts';
import { formatQualified } from './format-value.ts';

export interface MatchJson {
  match: {
    claimId: string;
    estimator: string;
    estimatorShort: string;
    statedOn: string;
    metric: Metric;
    value: number | null;
    low: number | null;
    high: number | null;
    qualifier: Qualifier;
    url: string | null;
    /** Weighted score of the match (see `why` in MatchResult). */
    score: number;
  } | null;
  relation: Relation;
  newer: {
    claimId: string;
    statedOn: string;
    value: number | null;
    low: number | null;
    high: number | null;
  } | null;
  newerAtPageDate: {
    claimId: string;
    statedOn: string;
    value: number | null;
    low: number | null;
    high: number | null;
  } | null;
  note: string | null;
  competing: {
    claimId: string;
    estimator: string;
    statedOn: string;
    metric: Metric;
    value: number | null;
    low: number | null;
    high: number | null;
    qualifier: Qualifier;
    url: string | null;
  }[];
}

function brief(claim: Claim | null) {
  if (!claim) return null;
  return {
    claimId: claim.id,
    statedOn: claim.statedOn,
    value: claim.value ?? null,
    low: claim.low ?? null,
    high: claim.high ?? null,
  };
}

/**
 * The JSON fields a figure gains in `scan --json`: match (null when none), relation, newer (as of today),
 * newerAtPageDate, note and competing (latest claim of each other estimator, oldest first).
 */
export function toMatchJson(result: MatchResult, index: MatchIndex): MatchJson {
  const m = result.match;
  return {
    match: m
      ? {
          claimId: m.id,
          estimator: m.estimator,
          estimatorShort: index.estimators.get(m.estimator)?.short ?? m.estimator,
          statedOn: m.statedOn,
          metric: m.metric,
          value: m.value ?? null,
          low: m.low ?? null,
          high: m.high ?? null,
          qualifier: m.qualifier,
          url: m.sources[0]?.url ?? null,
          score: Math.round((result.why?.total ?? 0) * 1000) / 1000,
        }
      : null,
    relation: result.relation,
    newer: brief(result.newer),
    newerAtPageDate: brief(result.newerAtPageDate),
    note: result.note,
    competing: result.competing.map(({ latest }) => ({
      claimId: latest.id,
      estimator: latest.estimator,
      statedOn: latest.statedOn,
      metric: latest.metric,
      value: latest.value ?? null,
      low: latest.low ?? null,
      high: latest.high ?? null,
      qualifier: latest.qualifier,
      url: latest.sources[0]?.url ?? null,
    })),
  };
}

/** Metrics whose claims are best described by their scope ("170-mm guns and 240-mm launchers combined"). */
const SCOPE_PHRASED = new Set<Metric>(['equipment', 'munitions', 'other_nk']);

const RELATION_HINT: Record<Relation, (figureMetric: string, claimMetric: string) => string> = {
  same: () => '',
  metric_mismatch: (textSays, claimSays) => ` (${claimSays}? text says ${textSays})`,
  differs: () => ' (no known source; nearest estimate)',
  unknown: () => ' (no comparable estimate)',
};

/**
 * One human-readable line for a figure, e.g.
 * `4 000 (killed or wounded? text says died) — JCS, 2025-03-27: about 4,000 killed or wounded [Yonhap];
 * competing: NIS 2025-04-30 about 4,700; UK MoD 2025-06-15 more than 6,000`. Without a match the line says
 * so and still lists competing estimates of the figure's metric.
 */
export function formatMatchLine(figure: Figure, result: MatchResult, index: MatchIndex): string {
  const short = (id: string) => index.estimators.get(id)?.short ?? id;
  const competing = result.competing
    .map(({ estimator, latest }) => `${estimator.short} ${latest.statedOn} ${formatQualified(latest)}`)
    .join('; ');
  const tail = competing ? `; competing: ${competing}` : '';
  const m = result.match;
  if (!m) return `${figure.text}${RELATION_HINT.unknown('', '')}${tail}`;
  const textSays = result.why?.textWord ?? METRIC_PHRASES[result.why?.textMetric ?? figure.metric];
  const hint =
    result.mismatch === 'modality'
      ? ' (a plan? text says sent)'
      : result.mismatch === 'kinds'
        ? ' (combined systems? text says one system)'
        : RELATION_HINT[result.relation](textSays, METRIC_PHRASES[m.metric]);
  const outlet = m.sources[0]?.outlet;
  const newer = result.newer ? `; newer: ${result.newer.statedOn} ${formatQualified(result.newer)}` : '';
  const what = SCOPE_PHRASED.has(m.metric) ? m.scope : METRIC_PHRASES[m.metric];
  return `${figure.text}${hint} — ${short(m.estimator)}, ${m.statedOn}: ${formatQualified(m)} ${what}${outlet ? ` [${outlet}]` : ''}${newer}${tail}`;
}
