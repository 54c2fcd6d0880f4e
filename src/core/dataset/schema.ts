/**
 * Runtime schema of the claims dataset (src/data/claims.json), mirroring the types in ../types.ts.
 * It checks shape only (types, vocabularies, lengths, date format); cross-references and
 * ordering are checked in check-*.ts. Limits on lengths keep hostile imports cheap to reject.
 */
import {
  array,
  check,
  literal,
  maxLength,
  minLength,
  minValue,
  number,
  optional,
  picklist,
  pipe,
  regex,
  strictObject,
  string,
  finite,
  type GenericSchema,
  type InferOutput,
} from 'valibot';
import { ESTIMATOR_KINDS, METRICS, QUALIFIERS, UNITS } from '../types';
import { isIsoDate } from './iso-date';
import type { ProblemCode } from './problems';

/** Most items of any one list the validator accepts (claims, sources, aliases...). */
export const MAX_ITEMS = 5000;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HTTP_URL = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+[^\s]*$/i;

/** Messages are problem codes (problems.ts); issue-to-problem.ts reads them back with their parameters. */
const code = (problem: ProblemCode): ProblemCode => problem;
const list = <T extends GenericSchema>(item: T) => array(item, code('not-a-list'));

const text = (max: number) =>
  pipe(string(code('not-text')), minLength(1, code('empty')), maxLength(max, code('too-long')));
const slug = pipe(text(80), regex(SLUG, code('not-a-slug')));
const isoDate = pipe(
  string(code('not-a-date')),
  check((value) => isIsoDate(value), code('not-a-date')),
);
/** Counts are non-negative; percentages may be fractional, so whole numbers are not enforced. */
const count = pipe(
  number(code('not-a-number')),
  finite(code('not-a-finite-number')),
  minValue(0, code('negative')),
);
const aliasList = pipe(list(text(120)), maxLength(200, code('too-many-items')));
const oneOf = <const T extends readonly string[]>(options: T) => picklist(options, code('not-one-of'));

export const EstimatorSchema = strictObject({
  id: slug,
  name: text(200),
  short: text(60),
  kind: oneOf(ESTIMATOR_KINDS),
  country: pipe(text(10), regex(/^[A-Z]{2,5}$/, code('not-a-country-code'))),
  aliases: strictObject({ en: aliasList, uk: aliasList, ru: aliasList, de: aliasList, ko: aliasList }),
});

export const SourceSchema = strictObject({
  outlet: text(120),
  url: pipe(text(2000), regex(HTTP_URL, code('not-a-url'))),
  publishedOn: isoDate,
  lang: pipe(text(8), regex(/^[a-z]{2,3}$/, code('not-a-language-code'))),
});

export const ClaimSchema = strictObject({
  id: slug,
  metric: oneOf(METRICS),
  value: optional(count),
  low: optional(count),
  high: optional(count),
  qualifier: oneOf(QUALIFIERS),
  unit: oneOf(UNITS),
  scope: text(200),
  estimator: slug,
  via: optional(text(200)),
  statedOn: isoDate,
  period: optional(text(200)),
  sources: pipe(list(SourceSchema), minLength(1, code('list-empty')), maxLength(50, code('too-many-items'))),
  summary: text(400),
  caveats: optional(text(1000)),
  status: oneOf(['verified', 'weak']),
  series: slug,
  ref: optional(text(20)),
});

export const MisreadingSchema = strictObject({
  id: slug,
  claim: slug,
  wrongMetric: optional(oneOf(METRICS)),
  wrongValue: optional(count),
  wrongEstimator: optional(slug),
  wrongQualifier: optional(oneOf(QUALIFIERS)),
  wrongScope: optional(text(200)),
  explanation: text(400),
  examples: pipe(
    list(strictObject({ outlet: text(120), url: SourceSchema.entries.url })),
    minLength(1, code('list-empty')),
    maxLength(50, code('too-many-items')),
  ),
});

export const DatasetSchema = strictObject({
  schemaVersion: literal(1, code('not-expected-value')),
  updated: isoDate,
  estimators: pipe(list(EstimatorSchema), maxLength(MAX_ITEMS, code('too-many-items'))),
  claims: pipe(list(ClaimSchema), maxLength(MAX_ITEMS, code('too-many-items'))),
  misreadings: pipe(list(MisreadingSchema), maxLength(MAX_ITEMS, code('too-many-items'))),
});

export type ParsedDataset = InferOutput<typeof DatasetSchema>;
