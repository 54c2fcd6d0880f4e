/**
 * Validates a claims dataset: the bundled src/data/claims.json, or one a user imports on the options page.
 * Never throws, whatever the input; errors name the item and field, e.g.
 * `claims[3] (nis-killed-2025-01-13).statedOn: not a date (YYYY-MM-DD or YYYY-MM)`.
 */
import { safeParse } from 'valibot';
import type { Dataset } from '../types';
import { checkClaims } from './check-claims';
import { checkUniqueIds } from './check-ids';
import { checkMisreadings } from './check-misreadings';
import { checkSeries } from './check-series';
import { getTodayIso, isAfterDay, isIsoDate } from './iso-date';
import { formatError, type PathKey } from './locate';
import { DatasetSchema, MAX_ITEMS } from './schema';

/** Most errors returned; the last line then says how many more there were. */
export const MAX_ERRORS = 50;

export interface ValidateOptions {
  /** The day dates are checked against (YYYY-MM-DD); defaults to today in UTC. */
  today?: string;
  /** Most errors to return; defaults to MAX_ERRORS. */
  maxErrors?: number;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** Collects errors up to a cap, counting the rest. */
function createCollector(input: unknown, maxErrors: number) {
  const errors: string[] = [];
  let dropped = 0;
  const report = (path: PathKey[], message: string): void => {
    if (errors.length < maxErrors) errors.push(formatError(input, path, message));
    else dropped += 1;
  };
  const finish = (): string[] => (dropped > 0 ? [...errors, `... and ${dropped} more errors`] : errors);
  return { report, finish, count: () => errors.length + dropped };
}

/** Turns a valibot issue path into plain keys. */
function toPathKeys(path: readonly { key: unknown }[] | undefined): PathKey[] {
  return (path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
}

/** Finds a top-level list too long to check item by item, so hostile imports are rejected cheaply. */
function findOversizedList(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const record = input as Record<string, unknown>;
  return ['estimators', 'claims', 'misreadings'].find((key) => {
    const list = record[key];
    return Array.isArray(list) && list.length > MAX_ITEMS;
  });
}

/** Runs shape checks, then (only if the shape is right) cross-reference and ordering checks. */
function runChecks(input: unknown, today: string, report: (path: PathKey[], message: string) => void) {
  const oversized = findOversizedList(input);
  if (oversized !== undefined) {
    report([oversized], `too many ${oversized} (more than ${MAX_ITEMS})`);
    return undefined;
  }
  const parsed = safeParse(DatasetSchema, input, { abortEarly: false });
  if (!parsed.success) {
    for (const issue of parsed.issues) report(toPathKeys(issue.path), issue.message);
    return undefined;
  }
  const dataset: Dataset = parsed.output;
  if (isAfterDay(dataset.updated, today)) report(['updated'], `in the future (after ${today})`);
  checkUniqueIds(dataset, report);
  checkClaims(dataset, today, report);
  checkSeries(dataset, report);
  checkMisreadings(dataset, report);
  return dataset;
}

/**
 * Checks that `input` is a valid claims dataset.
 * @returns `{ ok: true, dataset }` (a typed copy without unknown keys) when valid, otherwise
 *   `{ ok: false, errors }` with at most `maxErrors` messages plus one line counting the rest.
 *   Never throws.
 */
export function validateDataset(input: unknown, opts: ValidateOptions = {}): ValidationResult {
  const maxErrors = Math.max(1, opts.maxErrors ?? MAX_ERRORS);
  const today = opts.today ?? getTodayIso();
  if (!isIsoDate(today) || today.length !== 10) {
    return { ok: false, errors: [`options.today: not a YYYY-MM-DD day (${String(today).slice(0, 40)})`] };
  }
  const collector = createCollector(input, maxErrors);
  try {
    const dataset = runChecks(input, today, collector.report);
    if (dataset !== undefined && collector.count() === 0) return { ok: true, dataset };
  } catch (error) {
    collector.report(
      [],
      `could not read the input (${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'})`,
    );
  }
  return { ok: false, errors: collector.finish() };
}
