/**
 * Shared vocabulary of the product: what a figure is, what an estimate (claim) is, and the words both use.
 * Every part of the extension (extraction, matching, UI, CLI, dataset) speaks these types.
 * Definitions of each metric and qualifier: src/data/README.md.
 */

/** What a figure counts. */
export const METRICS = [
  'deployed_total',
  'reinforcements',
  'killed',
  'wounded',
  'casualties_total',
  'captured',
  'workers_or_engineers',
  'equipment',
  'munitions',
  'other_nk',
] as const;
export type Metric = (typeof METRICS)[number];

/** How the number is hedged. */
export const QUALIFIERS = [
  'exact',
  'about',
  'at_least',
  'more_than',
  'nearly',
  'up_to',
  'range',
  'vague',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** What the number is a count of. */
export const UNITS = [
  'troops',
  'personnel',
  'pieces',
  'missiles',
  'shells',
  'containers',
  'percent',
] as const;
export type Unit = (typeof UNITS)[number];

/** Languages the extractor understands. */
export const LANGS = ['en', 'uk', 'ru', 'de', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

/** A figure found in text. `text === input.slice(start, end)` always holds. */
export interface Figure {
  /** Exactly the covered slice of the input: number plus qualifier and multiplier words. */
  text: string;
  /** UTF-16 offset of the first character in the input. */
  start: number;
  /** UTF-16 offset one past the last character in the input. */
  end: number;
  /** Absolute value (11,000 for "11 thousand"); null for ranges (see low/high) and for vague amounts. */
  value: number | null;
  /** Lower bound, only for ranges; otherwise null. */
  low: number | null;
  /** Upper bound, only for ranges; otherwise null. */
  high: number | null;
  unit: Unit;
  metric: Metric;
  qualifier: Qualifier;
  lang: Lang;
}

/** Kinds of estimator. */
export const ESTIMATOR_KINDS = [
  'intelligence',
  'military',
  'government',
  'head_of_state',
  'legislator',
  'international_body',
  'media',
  'analyst',
] as const;
export type EstimatorKind = (typeof ESTIMATOR_KINDS)[number];

/** Who makes estimates. `aliases` are the names the press uses, per language, for cue matching. */
export interface Estimator {
  id: string;
  name: string;
  short: string;
  kind: EstimatorKind;
  /** ISO 3166-1 alpha-2 code, or an organisation code such as "NATO", "UN", "MSMT". */
  country: string;
  aliases: Record<Lang, string[]>;
}

export interface Source {
  outlet: string;
  url: string;
  /** ISO date, YYYY-MM-DD or YYYY-MM. */
  publishedOn: string;
  lang: string;
}

/** One public estimate by one estimator on one date. */
export interface Claim {
  id: string;
  metric: Metric;
  value?: number;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  unit: Unit;
  scope: string;
  estimator: string;
  via?: string;
  /** ISO date, YYYY-MM-DD or YYYY-MM. */
  statedOn: string;
  period?: string;
  sources: Source[];
  summary: string;
  caveats?: string;
  status: 'verified' | 'weak';
  series: string;
  /** Row id in the research fact base (claims-sources.md), e.g. "D01", for tracing a claim back. */
  ref?: string;
}

/** A known press confusion about a claim. */
export interface Misreading {
  id: string;
  claim: string;
  wrongMetric?: Metric;
  wrongValue?: number;
  wrongEstimator?: string;
  /** The hedge the press printed instead of the estimator's own (e.g. "at least" for "upwards of"). */
  wrongQualifier?: Qualifier;
  /** The scope the press printed instead of the claim's (e.g. "already in Russia" for a planned total). */
  wrongScope?: string;
  explanation: string;
  examples: { outlet: string; url: string }[];
}

export interface Dataset {
  schemaVersion: 1;
  updated: string;
  estimators: Estimator[];
  claims: Claim[];
  misreadings: Misreading[];
}
