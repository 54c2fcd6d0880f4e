/**
 * Scoring of attribution results: top-1 claim accuracy and relation accuracy, overall and per language,
 * with figures the extractor missed counted apart.
 */
import type { Lang } from '../../../src/core/types.ts';
import type { Relation } from '../../../src/core/match/types.ts';

/** What happened to one marked figure. */
export interface AttributionOutcome {
  lang: Lang;
  passage: number;
  text: string;
  expectedClaim: string | null;
  expectedRelation: Relation;
  /** False when the extractor reported no figure overlapping the mark. */
  extracted: boolean;
  gotClaim: string | null;
  gotRelation: Relation | null;
  note: string | null;
}

export interface AttributionScore {
  total: number;
  /** Figures the extractor found. */
  extracted: number;
  /** Right claim (or rightly none) among extracted figures. */
  attributionAccuracy: number;
  /** Right relation among extracted figures. */
  relationAccuracy: number;
  /** Both counted over all marked figures, a missed figure counting as wrong. */
  endToEndAttribution: number;
  endToEndRelation: number;
}

function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}

/** Scores a list of outcomes. Returns zeros for an empty list. */
export function scoreAttribution(outcomes: readonly AttributionOutcome[]): AttributionScore {
  const found = outcomes.filter((o) => o.extracted);
  const claimOk = found.filter((o) => o.gotClaim === o.expectedClaim).length;
  const relationOk = found.filter((o) => o.gotRelation === o.expectedRelation).length;
  return {
    total: outcomes.length,
    extracted: found.length,
    attributionAccuracy: ratio(claimOk, found.length),
    relationAccuracy: ratio(relationOk, found.length),
    endToEndAttribution: ratio(claimOk, outcomes.length),
    endToEndRelation: ratio(relationOk, outcomes.length),
  };
}

/** Scores per language and overall ("all"). */
export function scoreByLanguage(outcomes: readonly AttributionOutcome[]): Record<string, AttributionScore> {
  const out: Record<string, AttributionScore> = { all: scoreAttribution(outcomes) };
  for (const lang of [...new Set(outcomes.map((o) => o.lang))].sort()) {
    out[lang] = scoreAttribution(outcomes.filter((o) => o.lang === lang));
  }
  return out;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

/** A plain-text table of the scores, one row per language. */
export function formatAttributionTable(scores: Record<string, AttributionScore>): string {
  const rows = ['lang   figures  extracted  attribution  relation   end-to-end attr/rel'];
  for (const [lang, s] of Object.entries(scores)) {
    rows.push(
      `${lang.padEnd(6)} ${String(s.total).padStart(7)}  ${String(s.extracted).padStart(9)}  ${pct(s.attributionAccuracy).padStart(11)}  ${pct(s.relationAccuracy).padStart(8)}   ${pct(s.endToEndAttribution)} / ${pct(s.endToEndRelation)}`,
    );
  }
  return rows.join('\n');
}
