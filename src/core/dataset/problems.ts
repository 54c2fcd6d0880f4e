/**
 * Problems found in a claims dataset (by the validator) or in an imported file, as data: a stable code, its
 * parameters and where it is. Interfaces word each code in their own language (the options page has one
 * message per code in every catalog); `formatProblem` words it in English for the command line and tests.
 */

/**
 * Every problem code with its English wording. `{name}` marks a parameter; parameters are passed to
 * translated messages in the order they first appear here (see `listProblemParams`).
 */
export const PROBLEM_MESSAGES = {
  // Shape: the schema (schema.ts), mapped from valibot issues in issue-to-problem.ts.
  'not-an-object': 'not an object',
  'missing-field': 'missing',
  'unknown-field': 'not a known field',
  'not-text': 'not text',
  empty: 'empty',
  'too-long': 'longer than {max} characters',
  'not-a-number': 'not a number',
  'not-a-finite-number': 'not a finite number',
  negative: 'negative',
  'below-minimum': 'less than {min}',
  'not-a-list': 'not a list',
  'list-empty': 'empty list (at least one item needed)',
  'too-many-items': 'too many items (more than {max})',
  'not-a-date': 'not a date (YYYY-MM-DD or YYYY-MM)',
  'not-a-slug': 'not a lowercase slug (a-z, 0-9, hyphens)',
  'not-a-country-code': 'not a country or organisation code (2 to 5 capital letters)',
  'not-a-language-code': 'not a language code (2 or 3 lowercase letters)',
  'not-a-url': 'not an http(s) URL',
  'not-one-of': 'not one of: {allowed}',
  'not-expected-value': 'must be {expected}',
  invalid: 'not valid (failed the {check} check)',
  // The input as a whole (validate-dataset.ts).
  'unreadable-input': 'could not read the input ({reason})',
  'not-a-day': 'not a day (YYYY-MM-DD)',
  // Rules across fields and items (check-*.ts).
  'in-the-future': 'in the future (after {today})',
  'duplicate-id': 'duplicate id, first used by {first}',
  'range-incomplete': 'a range needs both low and high',
  'value-and-range': 'give either value or low+high, not both',
  'vague-with-number': 'vague claims carry no number',
  'range-without-bounds': 'range claims need low and high',
  'value-missing': 'missing (qualifier {qualifier} needs a value)',
  'low-not-below-high': 'must be below high ({low} >= {high})',
  'percent-above-100': 'a percentage above 100',
  'not-whole-number': 'counts must be whole numbers',
  'before-claim-stated': 'before the claim was stated ({statedOn})',
  'listed-twice': 'listed twice',
  'unknown-estimator': 'unknown estimator "{id}"',
  'unknown-claim': 'unknown claim "{id}"',
  'series-mixes-metrics': '"{series}" mixes metrics ({first}, {other})',
  'series-mixes-estimators': '"{series}" mixes estimators ({first}, {other})',
  'series-out-of-order': '"{series}" out of date order ({date} after {previous} {previousDate})',
  'names-nothing-wrong': 'names no wrong metric, value, estimator, qualifier or scope',
  'same-as-claim': 'same as the claim',
  'same-value-as-claim': 'same as the claim, with no wrong metric',
  // Importing a file (src/ext/user-claims.ts).
  'file-too-large': 'file too large: {size} bytes (at most {max})',
  'not-json': 'not JSON: {reason}',
  'bundled-claim-id': 'already used by a bundled claim',
  'bundled-misreading-id': 'already used by a bundled misreading',
  'bundled-series-differs': 'bundled series "{series}" is {estimator}\'s {metric}',
} as const;

export type ProblemCode = keyof typeof PROBLEM_MESSAGES;

/** Every problem code, in the order of PROBLEM_MESSAGES. */
export const PROBLEM_CODES = Object.keys(PROBLEM_MESSAGES) as ProblemCode[];

type ParamNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

/** The parameters a code takes, by name (ids, paths, vocabulary words and numbers, never prose). */
export type ProblemParams<C extends ProblemCode> = {
  [Name in ParamNames<(typeof PROBLEM_MESSAGES)[C]>]: string | number;
};

/** The parameters of a code as a rest argument: none for codes without parameters. */
export type ProblemParamsArg<C extends ProblemCode> = keyof ProblemParams<C> extends never
  ? []
  : [ProblemParams<C>];

/** One problem: what (code and parameters) and where. */
export type DatasetProblem = {
  [C in ProblemCode]: {
    /** Where it is, as written in the file (`claims[3].statedOn`); '' for the input as a whole. */
    path: string;
    /** The id of the estimator, claim or misreading the path points into, when it has one. */
    itemId?: string;
    code: C;
    params: ProblemParams<C>;
  };
}[ProblemCode];

/** Problems found, at most a capped number of them, and how many more were left out. */
export interface ProblemList {
  problems: DatasetProblem[];
  omitted: number;
}

/** Tells whether a string is a problem code. */
export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && Object.hasOwn(PROBLEM_MESSAGES, value);
}

/**
 * The names of a code's parameters, in the order translated messages receive them ($1, $2...).
 * @returns [] for a code without parameters.
 */
export function listProblemParams(code: ProblemCode): string[] {
  return [...PROBLEM_MESSAGES[code].matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

/** Reads a problem's parameters by name, whatever its code. */
export function readProblemParams(problem: DatasetProblem): Record<string, string | number> {
  return problem.params as Record<string, string | number>;
}

/**
 * Names where a problem is, with the item's id after its index: `claims[3] (nis-killed-2025-01-13).statedOn`.
 * @returns '' for a problem with the input as a whole.
 */
export function formatProblemLocation(problem: Pick<DatasetProblem, 'path' | 'itemId'>): string {
  const end = problem.path.indexOf(']') + 1;
  if (problem.itemId === undefined || end === 0) return problem.path;
  return `${problem.path.slice(0, end)} (${problem.itemId})${problem.path.slice(end)}`;
}

/**
 * Words a problem in English as `<location>: <message>`.
 * @returns the message alone for a problem with the input as a whole.
 */
export function formatProblem(problem: DatasetProblem): string {
  const params = readProblemParams(problem);
  const message = PROBLEM_MESSAGES[problem.code].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? ''),
  );
  const location = formatProblemLocation(problem);
  return location === '' ? message : `${location}: ${message}`;
}

/**
 * Words a list of problems in English, one line each, plus a last line counting those left out.
 * @returns [] when there are none.
 */
export function formatProblems({ problems, omitted }: ProblemList): string[] {
  const lines = problems.map(formatProblem);
  return omitted > 0 ? [...lines, `... and ${omitted} more errors`] : lines;
}
