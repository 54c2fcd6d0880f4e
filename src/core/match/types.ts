/**
 * Types of the matching engine: what a figure's context is, what the index holds, and what a match returns.
 */
import type { Claim, Dataset, Estimator, Metric, Misreading } from '../types.ts';

/** Text around a figure, as returned by the extractor's `getFigureContext`. */
export interface FigureContext {
  sentence: string;
  paragraph: string;
}

/** How the text's figure relates to the claim it most likely restates. */
export type Relation = 'same' | 'metric_mismatch' | 'differs' | 'unknown';

/** Dates that decide whether a claim was still current. ISO dates, YYYY-MM-DD or YYYY-MM. */
export interface MatchOptions {
  /** Publication date of the page, when known. */
  pageDate?: string;
  /** Today's date; without it, every claim in the dataset counts as already made. */
  today?: string;
}

/** Whether a number is an actual count or a plan, forecast or capacity. */
export type Modality = 'actual' | 'planned';

/** What scale a claim counts at: a running total, a single incident or week, or a rate. */
export type ScopeClass = 'cumulative' | 'incident' | 'rate';

/** A claim with everything the matcher precomputes for it. */
export interface IndexedClaim {
  claim: Claim;
  estimator: Estimator;
  /** Central value (value, or the middle of low–high); null when the claim has no number. */
  nominal: number | null;
  /** Values the claim's hedged number allows (see `toInterval`); null when the claim has no number. */
  interval: [number, number] | null;
  /** Every number written in the claim's summary and scope (its own and the totals it refers to). */
  numbers: number[];
  /** Natural log of `nominal`; null when there is no positive number. */
  logNominal: number | null;
  /** Known press confusions of this claim. */
  misreadings: Misreading[];
  /** Values the press wrongly printed for this claim (misreadings with a wrong value). */
  misprints: number[];
  /** Smaller numbers stated in the claim's summary or scope: its parts (e.g. "500 officers" inside 12,000). */
  secondary: number[];
  /** Days since 1970-01-01 of statedOn (first of the month when only the month is known). */
  day: number;
  /** Stemmed word tokens of the claim's searchable text (summary, scope, period, outlets, estimator). */
  tokens: Set<string>;
  modality: Modality;
  scopeClass: ScopeClass;
  /** Equipment kinds the claim covers (howitzer, launcher, missile), for equipment claims. */
  kinds: Set<string>;
}

/** Per-component scores of a match, shown in the UI's "why this match?". */
export interface MatchWhy {
  /** 0–1: how strongly the text names the claim's estimator (1 = in the same sentence, nearest). */
  cue: number;
  /** 0–1: how close the numbers are, respecting qualifiers and ranges (1 = consistent). */
  number: number;
  /** 0–1: metric compatibility (1 = same metric). */
  metric: number;
  /** -1–1: date plausibility (negative when the claim is later than the page). */
  date: number;
  /** 0–1: word overlap between the context and the claim's searchable text. */
  text: number;
  /** Weighted sum used for ranking. */
  total: number;
  /** Estimator ids the text names near the figure, nearest first. */
  cuedEstimators: string[];
  /** The metric the text gives the figure. */
  textMetric: Metric;
  /** The word the text uses for it next to the figure ("died"), when one was read. */
  textWord: string | null;
}

/** One other estimator's view of the same metric: its latest estimate and its whole series, oldest first. */
export interface CompetingEstimate {
  estimator: Estimator;
  latest: Claim;
  series: Claim[];
}

/** Everything the matcher says about one figure. */
export interface MatchResult {
  /** The claim the text most likely restates (or, for `differs`, the nearest estimate); null when `unknown`. */
  match: Claim | null;
  relation: Relation;
  /**
   * For metric_mismatch: what differs (the metric, a plan read as sent, or one combined equipment figure read
   * as one system); null or absent otherwise.
   */
  mismatch?: 'metric' | 'modality' | 'kinds' | null;
  /** Latest claim of the match's series made after it, as of today; null when the match is still the latest. */
  newer: Claim | null;
  /** Latest claim of the series made after the match but on or before the page date; null if none or no page date. */
  newerAtPageDate: Claim | null;
  /** One plain sentence for the reader when something is off; null when nothing is. */
  note: string | null;
  /** The known press confusion this text seems to repeat, if any. */
  misreading: Misreading | null;
  /** Other estimators' estimates of the same metric and scope, ordered by their latest date; [] when unknown. */
  competing: CompetingEstimate[];
  /** Score components of the match; null when there is no match. */
  why: MatchWhy | null;
}

/** Everything built once from a dataset for fast matching and searching. */
export interface MatchIndex {
  dataset: Dataset;
  claims: IndexedClaim[];
  byId: Map<string, IndexedClaim>;
  estimators: Map<string, Estimator>;
  /** Claims of each series, oldest first. */
  series: Map<string, IndexedClaim[]>;
  misreadings: Map<string, Misreading[]>;
  /** Inverse document frequency of each token over all claims. */
  idf: Map<string, number>;
  /** Positions (in `claims`) of the claims containing each token. */
  postings: Map<string, number[]>;
  /** Sum of the idf of each claim's tokens, by position in `claims`. */
  textTotals: number[];
  /** Finds estimator names in text (`lowered`: the text's `normalizeText`, when the caller has it). */
  findCues: (text: string, lowered?: string) => EstimatorCue[];
  /** Structures built lazily from the dataset alone (search tables); never trimmed. */
  cache: Map<string, unknown>;
  /** Results computed from page text, by kind and then by text (bounded, see `remember`). */
  memo: { byKind: Map<string, Map<string, unknown>>; size: number };
}

/** An estimator named in text, with its UTF-16 offsets. */
export interface EstimatorCue {
  estimatorId: string;
  start: number;
  end: number;
}
