/**
 * Writes the one plain sentence a reader sees when something is off with a figure: a different meaning,
 * no known source, a later update, or another estimator than the one the text names.
 */
import type { Claim, Figure, Metric } from '../types.ts';
import type { MatchIndex, Relation } from './types.ts';
import { METRIC_PHRASES } from './metric-words.ts';
import { formatNumber, formatQualified } from './format-value.ts';

export interface NoteInput {
  figure: Figure;
  relation: Relation;
  match: Claim | null;
  /** What the text says: its metric, its word for it, the equipment kinds it names and the claim's kinds. */
  reading: {
    metric: Metric;
    word: string | null;
    kinds: Set<string>;
    kindWords: string[];
    claimKinds: Set<string>;
  };
  /** Why the meaning differs, for metric_mismatch. */
  mismatch: 'metric' | 'modality' | 'kinds' | null;
  newer: Claim | null;
  newerAtPageDate: Claim | null;
  /** Estimator the text names in the figure's sentence, when it is not the match's. */
  namedEstimator: string | null;
  misreadingExplanation: string | null;
}

function shortOf(index: MatchIndex, id: string): string {
  return index.estimators.get(id)?.short ?? id;
}

function kindsPhrase(kinds: Set<string>): string {
  const names: Record<string, string> = {
    howitzer: 'self-propelled guns',
    launcher: 'rocket launchers',
    missile: 'missiles',
  };
  return [...kinds]
    .sort()
    .map((k) => names[k] ?? k)
    .join(' and ');
}

/**
 * The note for a match, or null when the figure restates a current estimate faithfully.
 */
export function describeRelation(index: MatchIndex, input: NoteInput): string | null {
  const { match, relation, reading } = input;
  const figureValue = formatNumber(input.figure.value ?? input.figure.low);
  if (!match) return null;
  const who = shortOf(index, match.estimator);
  const claimed = formatQualified(match);
  const said = reading.word ?? METRIC_PHRASES[reading.metric];
  if (relation === 'metric_mismatch') {
    if (input.mismatch === 'modality') {
      return `${who}'s ${claimed} (${match.statedOn}) was a plan or forecast, not a count of what was already sent; this text presents it as sent.`;
    }
    if (input.mismatch === 'kinds') {
      return `${who} counted ${claimed} ${kindsPhrase(reading.claimKinds)} together (${match.statedOn}); this text says ${reading.kindWords.join(' and ') || kindsPhrase(reading.kinds)}.`;
    }
    return `${who} counted ${claimed} ${METRIC_PHRASES[match.metric]} (${match.statedOn}); this text says ${said}.`;
  }
  if (relation === 'differs') {
    if (input.misreadingExplanation) return input.misreadingExplanation;
    return `No known estimate gives ${figureValue} ${said}; the nearest is ${who}'s ${claimed} (${match.statedOn}).`;
  }
  if (input.misreadingExplanation) return input.misreadingExplanation;
  if (input.namedEstimator && input.namedEstimator !== match.estimator) {
    return `This figure is ${who}'s (${match.statedOn}), not ${shortOf(index, input.namedEstimator)}'s.`;
  }
  if (input.newerAtPageDate) {
    const n = input.newerAtPageDate;
    return `When this page was published, ${who}'s latest figure was already ${formatQualified(n)} (${n.statedOn}).`;
  }
  if (input.newer) {
    const n = input.newer;
    return `${who} later updated this figure to ${formatQualified(n)} (${n.statedOn}).`;
  }
  return null;
}
