/**
 * Matches one figure found in text to the public estimate it most likely restates, and says how it relates.
 */
import type { Figure, Metric, Misreading, Qualifier } from '../types.ts';
import type {
  CompetingEstimate,
  FigureContext,
  IndexedClaim,
  MatchIndex,
  MatchOptions,
  MatchResult,
  Relation,
} from './types.ts';
import { readFigureContext, type TextReading } from './read-figure-context.ts';
import { lowerCached, weighCues } from './weigh-cues.ts';
import { cachedTexts } from './context-stems.ts';
import { findDateMentions, lastDayOf } from './score-date.ts';
import {
  compareCandidates,
  scoreCandidate,
  WEIGHTS,
  type Candidate,
  type ScoringInput,
} from './score-candidates.ts';
import { nominalOf, toInterval } from './score-number.ts';
import { findNewer } from './find-newer.ts';
import { collectCompeting } from './collect-competing.ts';
import { describeRelation } from './describe-relation.ts';
import { readQueryNumbers } from './search-claims.ts';
import { remember } from './remember.ts';
import { MAX_RATIO, selectCandidates } from './select-candidates.ts';

/** A consistent number wins over an inconsistent one unless the latter scores this much higher. */
const CONSISTENT_MARGIN = 1.5;

const COMPETING = 'competing';

/**
 * Competing estimates depend on the dataset and today's date only, so they outlive a page: kept per claim for
 * the latest `todayDay` asked about (a new day starts a new table).
 */
function cachedCompeting(index: MatchIndex, entry: IndexedClaim, todayDay: number | null) {
  let table = index.cache.get(COMPETING) as
    { todayDay: number | null; byClaim: Map<string, CompetingEstimate[]> } | undefined;
  if (!table || table.todayDay !== todayDay) {
    table = { todayDay, byClaim: new Map() };
    index.cache.set(COMPETING, table);
  }
  let competing = table.byClaim.get(entry.claim.id);
  if (!competing) {
    competing = collectCompeting(index, entry, todayDay);
    table.byClaim.set(entry.claim.id, competing);
  }
  return competing;
}

/** Numbers written in a sentence ("12,000", "12 тисяч", "1만2천"), years excluded. */
function cachedNumbers(index: MatchIndex, sentence: string): number[] {
  return remember(index, 'numbers', sentence, () =>
    readQueryNumbers(sentence, lowerCached(index, sentence)).filter((n) => n < 1900 || n > 2100),
  );
}

/** Year-months named in the sentence, or failing that in the paragraph. */
function cachedMentions(index: MatchIndex, context: FigureContext): string[] {
  const inSentence = remember(index, 'dates', context.sentence, () => findDateMentions(context.sentence));
  if (inSentence.length > 0) return inSentence;
  return remember(index, 'dates', context.paragraph, () => findDateMentions(context.paragraph));
}

/**
 * Troops sent, additional troops, engineers and sub-units (officers, RGB fighters): extractors and writers mix these up freely, so a difference
 * among them counts as another meaning only when the dataset records that misreading.
 */
const SOFT_METRICS = new Set<Metric>([
  'deployed_total',
  'reinforcements',
  'workers_or_engineers',
  'other_nk',
]);

/** Why a consistent number still means something else: metric, plan vs actual, or equipment kinds. */
function findMismatch(c: Candidate, reading: TextReading): 'metric' | 'modality' | 'kinds' | null {
  const { claim } = c.entry;
  if (claim.metric !== reading.metric) {
    const soft = SOFT_METRICS.has(claim.metric) && SOFT_METRICS.has(reading.metric);
    if (!soft || c.misreading?.wrongMetric === reading.metric) return 'metric';
  }
  if (c.entry.modality === 'planned' && reading.modality === 'actual' && SOFT_METRICS.has(claim.metric)) {
    return 'modality';
  }
  const kinds = c.entry.kinds;
  if (kinds.size >= 2 && reading.kinds.size > 0 && reading.kinds.size < kinds.size) {
    if ([...reading.kinds].every((k) => kinds.has(k))) return 'kinds';
  }
  return null;
}

const CASUALTY_METRICS = new Set<Metric>(['killed', 'wounded', 'casualties_total']);

/** The best consistent claim of another casualty metric than the text's; null when none. */
function findSibling(candidates: Candidate[], reading: TextReading): Candidate | null {
  if (!CASUALTY_METRICS.has(reading.metric)) return null;
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (!c.consistent || c.why.date < 0 || !CASUALTY_METRICS.has(c.entry.claim.metric)) continue;
    if (!best || compareCandidates(c, best) < 0) best = c;
  }
  return best;
}

/** Size words of vague amounts: hundreds or thousands, in five languages. */
const HUNDREDS = /hundred|hundert|сот|сотн|сотень|백/i;
const THOUSANDS = /thousand|tausend|тисяч|тысяч|천|만/i;

function sizeOf(text: string): 'hundreds' | 'thousands' | null {
  if (THOUSANDS.test(text)) return 'thousands';
  if (HUNDREDS.test(text)) return 'hundreds';
  return null;
}

/**
 * The vague estimate ("several hundred casualties") a vague figure restates: a claim without a number, of a
 * compatible metric and the same size word, whose estimator the context names. Null when there is none.
 */
function findVague(
  index: MatchIndex,
  figure: Figure,
  input: ScoringInput,
  score: (position: number) => Candidate,
): Candidate | null {
  const size = sizeOf(figure.text);
  let best: Candidate | null = null;
  index.claims.forEach((entry, position) => {
    if (entry.nominal !== null || !input.cues.weights.has(entry.claim.estimator)) return;
    const claimSize = sizeOf(`${entry.claim.scope} ${entry.claim.summary}`);
    if (size !== null && claimSize !== null && size !== claimSize) return;
    const c = score(position);
    if (c.why.metric < 0.5 || c.why.date < 0) return;
    if (!best || compareCandidates(c, best) < 0) best = c;
  });
  return best;
}

/** Nearest estimate of the text's own metric, for `differs`; null when nothing is within MAX_RATIO. */
function findNearest(candidates: Candidate[], figure: Figure, reading: TextReading): Candidate | null {
  const f = nominalOf(figure);
  if (f === null || f <= 0) return null;
  let best: { c: Candidate; key: number } | null = null;
  for (const c of candidates) {
    if (c.entry.claim.metric !== reading.metric || c.entry.nominal === null || c.entry.nominal <= 0) continue;
    if (c.why.date < 0) continue;
    const distance = Math.abs(Math.log(f / c.entry.nominal));
    if (distance > Math.log(MAX_RATIO)) continue;
    // Nearest by value first; a named estimator counts as much; dates and words only break ties.
    const key = WEIGHTS.cue * c.why.cue + 3 * Math.exp(-3 * distance) + 0.3 * c.why.date + 0.5 * c.why.text;
    if (!best || key > best.key) best = { c, key };
  }
  return best?.c ?? null;
}

const QUALIFIER_WORDS: Partial<Record<Qualifier, RegExp>> = {
  nearly: /\bnearly\b|\balmost\b/i,
  at_least: /\bat least\b/i,
  more_than: /\bmore than\b|\bover\b|\bupwards\b/i,
  up_to: /\bup to\b|\bas many as\b/i,
};

/**
 * A misreading of the match that names no wrong metric, value or estimator, but fits what the text does:
 * a plan read as sent, one combined equipment figure read as one system, or a changed hedge ("nearly" for
 * "more than") that its explanation names. Null when none fits.
 */
function findPlainMisreading(
  index: MatchIndex,
  chosen: Candidate,
  figure: Figure,
  mismatch: 'metric' | 'modality' | 'kinds' | null,
): Misreading | null {
  const plain = (index.misreadings.get(chosen.entry.claim.id) ?? []).filter(
    (m) => m.wrongMetric === undefined && m.wrongValue === undefined && m.wrongEstimator === undefined,
  );
  if (plain.length === 0) return null;
  if (mismatch === 'modality' || mismatch === 'kinds') return plain[0] ?? null;
  const words = QUALIFIER_WORDS[figure.qualifier];
  if (!words || figure.qualifier === chosen.entry.claim.qualifier) return null;
  return plain.find((m) => words.test(m.explanation)) ?? null;
}

function emptyResult(): MatchResult {
  return {
    match: null,
    relation: 'unknown',
    mismatch: null,
    newer: null,
    newerAtPageDate: null,
    note: null,
    misreading: null,
    competing: [],
    why: null,
  };
}

/**
 * Finds the claim a figure most likely restates, how the figure relates to it (`same`, `metric_mismatch`,
 * `differs`), whether it was superseded (as of today and as of the page date), a note for the reader, and
 * every competing estimate of the same metric. Returns relation `unknown` with `match: null` when no
 * estimate is comparable (no number, or nothing of that metric within a factor of three).
 */
export function matchFigure(
  figure: Figure,
  context: FigureContext,
  index: MatchIndex,
  options: MatchOptions = {},
): MatchResult {
  if (index.claims.length === 0) return emptyResult();
  const reading = readFigureContext(figure, context.sentence, lowerCached(index, context.sentence));
  const pageDay = options.pageDate ? lastDayOf(options.pageDate) : null;
  const todayDay = options.today ? lastDayOf(options.today) : null;
  const input: ScoringInput = {
    figure,
    figureNominal: nominalOf(figure),
    figureInterval: toInterval(figure),
    reading,
    cues: weighCues(index, context.sentence, context.paragraph, reading.offset, figure.text.length),
    texts: cachedTexts(index, context),
    otherNumbers: cachedNumbers(index, context.sentence).filter((n) => n !== figure.value),
    pageDay: pageDay !== null && Number.isNaN(pageDay) ? null : pageDay,
    todayDay: todayDay !== null && Number.isNaN(todayDay) ? null : todayDay,
    mentions: cachedMentions(index, context),
  };
  // Each claim is scored at most once per figure (the wide second pass repeats the near one's claims).
  const scored: Array<Candidate | undefined> = [];
  const score = (position: number) =>
    (scored[position] ??= scoreCandidate(index, input, index.claims[position] as IndexedClaim, position));
  let chosen: Candidate | null;
  let relation: Relation;
  let mismatch: ReturnType<typeof findMismatch> = null;
  if (nominalOf(figure) === null) {
    // "Several hundred", "thousands": only an equally vague estimate, of the same size, can be restated.
    chosen = findVague(index, figure, input, score);
    relation = chosen ? 'same' : 'unknown';
    return chosen ? buildResult(index, input, chosen, relation, null) : emptyResult();
  }
  const candidates = selectCandidates(index, figure, input.cues.weights, false).map(score);
  let best: Candidate | undefined;
  let consistent: Candidate | undefined;
  let anyMetric: Candidate | undefined;
  for (const c of candidates) {
    if (!best || compareCandidates(c, best) < 0) best = c;
    if (!c.consistent || c.why.date < 0) continue;
    if (c.why.metric >= 0.5 && (!consistent || compareCandidates(c, consistent) < 0)) consistent = c;
    if (!anyMetric || compareCandidates(c, anyMetric) < 0) anyMetric = c;
  }
  // With no metric word next to the figure, the extractor's metric is a guess: a consistent number of
  // another metric (from an estimator the sentence or paragraph names) is then the better reading.
  if (!consistent && !reading.explicit && anyMetric && anyMetric.why.cue >= 0.5) {
    consistent = anyMetric;
    reading.metric = anyMetric.entry.claim.metric;
    anyMetric.why.textMetric = reading.metric;
  }
  if (!best) return emptyResult();

  // A number the press is known to have printed wrongly for a claim (18,000 for 15,000; 3,000 wounded split
  // from 4,000 casualties) points at that claim, whatever else the number resembles.
  // A misprint that names only a value yields to a claim that states that very number.
  const exact = candidates.some((c) => c.consistent && c.why.number >= 0.95 && c.why.metric >= 0.5);
  let misprinted: Candidate | undefined;
  for (const c of candidates) {
    const m = c.misreading;
    if (m?.wrongValue === undefined || m.wrongValue !== figure.value || c.why.date < 0) continue;
    if (exact && m.wrongMetric === undefined && m.wrongEstimator === undefined) continue;
    if (!misprinted || compareCandidates(c, misprinted) < 0) misprinted = c;
  }
  if (misprinted) {
    chosen = misprinted;
    relation = misprinted.misreading?.wrongMetric !== undefined ? 'metric_mismatch' : 'differs';
    mismatch = relation === 'metric_mismatch' ? 'metric' : null;
  } else if (consistent && consistent.why.total >= best.why.total - CONSISTENT_MARGIN) {
    chosen = consistent;
    mismatch = findMismatch(consistent, reading);
    relation = mismatch ? 'metric_mismatch' : 'same';
  } else {
    // Nothing consistent: the nearest estimate of the text's metric, within a factor of three.
    chosen = findNearest(
      selectCandidates(index, figure, input.cues.weights, true).map(score),
      figure,
      reading,
    );
    relation = chosen ? 'differs' : 'unknown';
    if (!chosen) {
      // Nothing of the text's metric comes close, but the same number exists for a sibling casualty metric
      // ("2,700 dead" for 2,700 wounded): another meaning of a known estimate.
      chosen = findSibling(candidates, reading);
      relation = chosen ? 'metric_mismatch' : 'unknown';
      mismatch = chosen ? 'metric' : null;
    }
  }
  if (!chosen) return emptyResult();
  return buildResult(index, input, chosen, relation, mismatch);
}

/** Everything the reader sees about a chosen claim: newer claims, the note, competing estimates. */
function buildResult(
  index: MatchIndex,
  input: ScoringInput,
  chosen: Candidate,
  relation: Relation,
  mismatch: ReturnType<typeof findMismatch>,
): MatchResult {
  const { figure, reading } = input;
  const match = chosen.entry.claim;
  const misreading = chosen.misreading ?? findPlainMisreading(index, chosen, figure, mismatch);
  const newer = findNewer(index, match, input.todayDay);
  const newerAtPageDate = input.pageDay === null ? null : findNewer(index, match, input.pageDay);
  const top = input.cues.order[0];
  const namedInSentence = top !== undefined && input.cues.weights.get(top) === 1 ? top : null;
  const namedEstimator = namedInSentence && chosen.why.cue < 0.75 ? namedInSentence : null;
  const note = describeRelation(index, {
    figure,
    relation,
    match,
    reading: {
      metric: reading.metric,
      word: reading.word,
      kinds: reading.kinds,
      kindWords: reading.kindWords,
      claimKinds: chosen.entry.kinds,
    },
    mismatch,
    newer,
    newerAtPageDate,
    namedEstimator,
    misreadingExplanation: misreading?.explanation ?? null,
  });
  return {
    match,
    relation,
    newer,
    newerAtPageDate,
    note,
    misreading,
    mismatch,
    competing: cachedCompeting(index, chosen.entry, input.todayDay),
    why: chosen.why,
  };
}
