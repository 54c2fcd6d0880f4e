/**
 * Scores every claim of the index as the source of one figure: estimator cues, numeric closeness, metric
 * compatibility, date plausibility and word overlap, combined with fixed weights.
 */
import type { Figure, Misreading, Unit } from '../types.ts';
import type { IndexedClaim, MatchIndex, MatchWhy } from './types.ts';
import type { TextReading } from './read-figure-context.ts';
import { scoreMetric } from './metric-words.ts';
import { scoreIntervals } from './score-number.ts';
import { scoreDate } from './score-date.ts';

/** Weights of the score components. Cues and numbers dominate; dates and words break ties. */
export const WEIGHTS = { cue: 3, number: 3, metric: 2, date: 1, text: 1 } as const;
/** Added when the figure keeps the claim's qualifier. */
const HEDGE_BONUS = 0.3;

export interface Candidate {
  entry: IndexedClaim;
  why: MatchWhy;
  /** Whether the figure's number is consistent with the claim's (value and qualifier). */
  consistent: boolean;
  /** A known press confusion of this claim that the text seems to repeat. */
  misreading: Misreading | null;
}

export interface ScoringInput {
  figure: Figure;
  /** The figure's central value and the values its hedge allows (see `nominalOf`, `toInterval`). */
  figureNominal: number | null;
  figureInterval: [number, number] | null;
  reading: TextReading;
  cues: { weights: Map<string, number>; order: string[] };
  /** Numbers written in the figure's sentence other than the figure itself. */
  otherNumbers: number[];
  /** Word-overlap score of every claim, by position in the index. */
  texts: Float64Array;
  pageDay: number | null;
  todayDay: number | null;
  mentions: string[];
}

/**
 * Whether the figure's unit can count the same thing as the claim's: a share is never a head count, and
 * containers are not shells. Other unit differences are left to the metric (extractors guess units loosely).
 */
export function unitsCompatible(figureUnit: Unit, claimUnit: Unit): boolean {
  if ((figureUnit === 'percent') !== (claimUnit === 'percent')) return false;
  return !(isBox(figureUnit) && isBox(claimUnit) && figureUnit !== claimUnit);
}

function isBox(unit: Unit): boolean {
  return unit === 'containers' || unit === 'shells';
}

/** Number score against the claim's own number (a unit that cannot count the same thing scores 0). */
function scoreClaimNumber(input: ScoringInput, entry: IndexedClaim): { score: number; consistent: boolean } {
  if (!unitsCompatible(input.figure.unit, entry.claim.unit)) return { score: 0, consistent: false };
  return scoreIntervals(input.figureNominal, input.figureInterval, entry.nominal, entry.interval);
}

/**
 * The misreading of a claim that this text repeats; null if none. A misreading with a wrong value needs that
 * value; one with a wrong metric or estimator needs at least one of them in the text.
 */
function findMisreading(index: MatchIndex, input: ScoringInput, entry: IndexedClaim): Misreading | null {
  void index;
  const list = entry.misreadings;
  if (list.length === 0) return null;
  for (const m of list) {
    if (m.wrongValue !== undefined && m.wrongValue !== input.figure.value) continue;
    const metricHit = m.wrongMetric !== undefined && m.wrongMetric === input.reading.metric;
    const estimatorHit = m.wrongEstimator !== undefined && input.cues.weights.has(m.wrongEstimator);
    const needsOne = m.wrongMetric !== undefined || m.wrongEstimator !== undefined;
    if (needsOne && !metricHit && !estimatorHit) continue;
    if (!needsOne && m.wrongValue === undefined) continue;
    return m;
  }
  return null;
}

/** Whether any of `numbers` is among the claim's `own` numbers (a loop: this runs for every candidate). */
function sharesNumber(numbers: readonly number[], own: readonly number[]): boolean {
  for (const n of numbers) if (own.includes(n)) return true;
  return false;
}

/** Scores one claim for the figure. */
export function scoreCandidate(
  index: MatchIndex,
  input: ScoringInput,
  entry: IndexedClaim,
  position: number,
): Candidate {
  const { claim } = entry;
  const misreading = findMisreading(index, input, entry);
  const { weights } = input.cues;
  let cue = weights.size === 0 ? 0 : (weights.get(claim.estimator) ?? 0);
  if (misreading?.wrongEstimator !== undefined) {
    cue = Math.max(cue, 0.8 * (input.cues.weights.get(misreading.wrongEstimator) ?? 0));
  }
  let { score: number, consistent } = scoreClaimNumber(input, entry);
  if (misreading?.wrongValue !== undefined && misreading.wrongValue === input.figure.value) {
    number = Math.max(number, 0.9);
    consistent = false;
  }
  let metric = scoreMetric(input.reading.metric, claim.metric);
  // Equipment the text names ("rocket launchers") that the claim does not count (self-propelled guns only).
  const kinds = input.reading.kinds;
  if (kinds.size > 0 && entry.kinds.size > 0 && ![...kinds].some((k) => entry.kinds.has(k)))
    metric = Math.min(metric, 0.5);
  // A plan read as a count (or the reverse) is a weaker reading of the same number.
  if (entry.modality !== input.reading.modality && input.reading.modality !== null)
    metric = Math.min(metric, 0.8);
  // A known confusion of this very number ("4,000 dead" for 4,000 casualties) makes the other metric likely.
  if (
    misreading?.wrongMetric !== undefined &&
    misreading.wrongMetric === input.reading.metric &&
    number >= 0.9
  ) {
    metric = Math.max(metric, 0.9);
  }
  let date = scoreDate(claim.statedOn, input.pageDay, input.mentions);
  if (input.todayDay !== null && entry.day > input.todayDay) date = -1;
  // Another number of the sentence that the claim also states ("500 officers among the 12,000") ties them.
  const shared = sharesNumber(input.otherNumbers, entry.numbers);
  const text = Math.min(1, (input.texts[position] ?? 0) + (shared ? 0.5 : 0));
  // Writers usually keep the estimator's hedge ("more than 3,000" vs "about 3,000"): a small tie-breaker.
  const hedge = consistent && input.figure.qualifier === claim.qualifier ? HEDGE_BONUS : 0;
  const total =
    hedge +
    WEIGHTS.cue * cue +
    WEIGHTS.number * number +
    WEIGHTS.metric * metric +
    WEIGHTS.date * date +
    WEIGHTS.text * text;
  const why: MatchWhy = {
    cue,
    number,
    metric,
    date,
    text,
    total,
    cuedEstimators: input.cues.order,
    textMetric: input.reading.metric,
    textWord: input.reading.word,
  };
  return { entry, why, consistent, misreading };
}

/** Higher total first; ties go to the later claim, then to the smaller id, so results are deterministic. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.why.total - a.why.total ||
    b.entry.day - a.entry.day ||
    (a.entry.claim.id < b.entry.claim.id ? -1 : a.entry.claim.id > b.entry.claim.id ? 1 : 0)
  );
}
