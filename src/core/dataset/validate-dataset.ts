/**
 * Validates a claims dataset: the bundled src/data/claims.json, or one a user imports on the options page.
 * Never throws, whatever the input. Problems are data (a code, its parameters and where it is: see
 * problems.ts); `formatProblems` words them in English, e.g.
 * `claims[3] (nis-killed-2025-01-13).statedOn: not a date (YYYY-MM-DD or YYYY-MM)`.
 */
import { safeParse } from 'valibot';
import type { Dataset } from '../types';
import { checkClaims } from './check-claims';
import { checkUniqueIds } from './check-ids';
import { checkMisreadings } from './check-misreadings';
import { checkSeries } from './check-series';
import { getTodayIso, isAfterDay, isIsoDate } from './iso-date';
import { issueToProblem } from './issue-to-problem';
import { createProblem } from './locate';
import type { DatasetProblem, ProblemList } from './problems';
import type { Report } from './report';
import { DatasetSchema, MAX_ITEMS } from './schema';

/** Most problems returned; `omitted` then counts the rest. */
export const MAX_ERRORS = 50;

export interface ValidateOptions {
  /** The day dates are checked against (YYYY-MM-DD); defaults to today in UTC. */
  today?: string;
  /** Most problems to return; defaults to MAX_ERRORS. */
  maxErrors?: number;
}

export type ValidationResult = { ok: true; dataset: Dataset } | ({ ok: false } & ProblemList);

/** Collects problems up to a cap, counting the rest. */
function createCollector(input: unknown, maxErrors: number) {
  const problems: DatasetProblem[] = [];
  let omitted = 0;
  const add = (problem: DatasetProblem): void => {
    if (problems.length < maxErrors) problems.push(problem);
    else omitted += 1;
  };
  const report: Report = (path, code, ...params) => add(createProblem(input, path, code, ...params));
  return {
    add,
    report,
    finish: (): ProblemList => ({ problems, omitted }),
    count: () => problems.length + omitted,
  };
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
function runChecks(input: unknown, today: string, collector: ReturnType<typeof createCollector>) {
  const { report } = collector;
  const oversized = findOversizedList(input);
  if (oversized !== undefined) {
    report([oversized], 'too-many-items', { max: MAX_ITEMS });
    return undefined;
  }
  const parsed = safeParse(DatasetSchema, input, { abortEarly: false });
  if (!parsed.success) {
    for (const issue of parsed.issues) collector.add(issueToProblem(input, issue));
    return undefined;
  }
  const dataset: Dataset = parsed.output;
  if (isAfterDay(dataset.updated, today)) report(['updated'], 'in-the-future', { today });
  checkUniqueIds(dataset, report);
  checkClaims(dataset, today, report);
  checkSeries(dataset, report);
  checkMisreadings(dataset, report);
  return dataset;
}

/**
 * Checks that `input` is a valid claims dataset.
 * @returns `{ ok: true, dataset }` (a typed copy without unknown keys) when valid, otherwise
 *   `{ ok: false, problems, omitted }` with at most `maxErrors` problems and the count of the rest.
 *   Never throws.
 */
export function validateDataset(input: unknown, opts: ValidateOptions = {}): ValidationResult {
  const maxErrors = Math.max(1, opts.maxErrors ?? MAX_ERRORS);
  const today = opts.today ?? getTodayIso();
  if (!isIsoDate(today) || today.length !== 10) {
    return { ok: false, problems: [createProblem(null, ['options', 'today'], 'not-a-day')], omitted: 0 };
  }
  const collector = createCollector(input, maxErrors);
  try {
    const dataset = runChecks(input, today, collector);
    if (dataset !== undefined && collector.count() === 0) return { ok: true, dataset };
  } catch (error) {
    collector.report([], 'unreadable-input', {
      reason: error instanceof Error ? error.message.slice(0, 200) : 'unknown error',
    });
  }
  return { ok: false, ...collector.finish() };
}
