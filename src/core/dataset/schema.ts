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
  type InferOutput,
} from 'valibot';
import { ESTIMATOR_KINDS, METRICS, QUALIFIERS, UNITS } from '../types';
import { isIsoDate } from './iso-date';

/** Most items of any one list the validator accepts (claims, sources, aliases...). */
export const MAX_ITEMS = 5000;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HTTP_URL = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+[^\s]*$/i;

const text = (max: number) =>
  pipe(string('not text'), minLength(1, 'empty'), maxLength(max, `longer than ${max} characters`));
const slug = pipe(text(80), regex(SLUG, 'not a lowercase slug (a-z, 0-9, hyphens)'));
const isoDate = pipe(
  string('not a date'),
  check((value) => isIsoDate(value), 'not a date (YYYY-MM-DD or YYYY-MM)'),
);
/** Counts are non-negative; percentages may be fractional, so whole numbers are not enforced. */
const count = pipe(number('not a number'), finite('not a finite number'), minValue(0, 'negative'));
const aliasList = pipe(array(text(120), 'not a list'), maxLength(200, 'too many aliases'));

export const EstimatorSchema = strictObject({
  id: slug,
  name: text(200),
  short: text(60),
  kind: picklist(ESTIMATOR_KINDS, 'not a known estimator kind'),
  country: pipe(text(10), regex(/^[A-Z]{2,5}$/, 'not a country or organisation code')),
  aliases: strictObject({ en: aliasList, uk: aliasList, ru: aliasList, de: aliasList, ko: aliasList }),
});

export const SourceSchema = strictObject({
  outlet: text(120),
  url: pipe(text(2000), regex(HTTP_URL, 'not an http(s) URL')),
  publishedOn: isoDate,
  lang: pipe(text(8), regex(/^[a-z]{2,3}$/, 'not a language code')),
});

export const ClaimSchema = strictObject({
  id: slug,
  metric: picklist(METRICS, 'not a known metric'),
  value: optional(count),
  low: optional(count),
  high: optional(count),
  qualifier: picklist(QUALIFIERS, 'not a known qualifier'),
  unit: picklist(UNITS, 'not a known unit'),
  scope: text(200),
  estimator: slug,
  via: optional(text(200)),
  statedOn: isoDate,
  period: optional(text(200)),
  sources: pipe(
    array(SourceSchema, 'not a list'),
    minLength(1, 'no source'),
    maxLength(50, 'too many sources'),
  ),
  summary: text(400),
  caveats: optional(text(1000)),
  status: picklist(['verified', 'weak'], 'not verified or weak'),
  series: slug,
  ref: optional(text(20)),
});

export const MisreadingSchema = strictObject({
  id: slug,
  claim: slug,
  wrongMetric: optional(picklist(METRICS, 'not a known metric')),
  wrongValue: optional(count),
  wrongEstimator: optional(slug),
  wrongQualifier: optional(picklist(QUALIFIERS, 'not a known qualifier')),
  wrongScope: optional(text(200)),
  explanation: text(400),
  examples: pipe(
    array(strictObject({ outlet: text(120), url: SourceSchema.entries.url }), 'not a list'),
    minLength(1, 'no example'),
    maxLength(50, 'too many examples'),
  ),
});

export const DatasetSchema = strictObject({
  schemaVersion: literal(1, 'not schema version 1'),
  updated: isoDate,
  estimators: pipe(array(EstimatorSchema, 'not a list'), maxLength(MAX_ITEMS, 'too many estimators')),
  claims: pipe(array(ClaimSchema, 'not a list'), maxLength(MAX_ITEMS, 'too many claims')),
  misreadings: pipe(array(MisreadingSchema, 'not a list'), maxLength(MAX_ITEMS, 'too many misreadings')),
});

export type ParsedDataset = InferOutput<typeof DatasetSchema>;
