/**
 * Turns valibot's issues into problem codes. The schema names its own checks by code (its messages are codes,
 * e.g. `regex(SLUG, 'not-a-slug')`); issues without one (valibot's key checks of strict objects, or a check
 * added without a code) are mapped by kind, and anything else becomes `invalid` with its path, never dropped.
 */
import type { BaseIssue } from 'valibot';
import { locate, type PathKey } from './locate';
import { isProblemCode, listProblemParams, type DatasetProblem, type ProblemCode } from './problems';

type Issue = BaseIssue<unknown>;

/** Turns a valibot issue path into plain keys. */
function toPathKeys(path: Issue['path']): PathKey[] {
  return (path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
}

/** Codes for the kinds of issue valibot reports without one of ours. */
function mapIssueKind(issue: Issue): ProblemCode {
  // A required key that is not there: valibot reports its value as undefined, at the key's path.
  if (issue.input === undefined && issue.path !== undefined) return 'missing-field';
  const isList = Array.isArray(issue.input);
  switch (issue.type) {
    case 'strict_object':
    case 'object':
      if (issue.expected === 'never') return 'unknown-field';
      return 'not-an-object';
    case 'string':
      return 'not-text';
    case 'number':
      return 'not-a-number';
    case 'finite':
      return 'not-a-finite-number';
    case 'array':
      return 'not-a-list';
    case 'picklist':
      return 'not-one-of';
    case 'literal':
      return 'not-expected-value';
    case 'min_length':
      return isList ? 'list-empty' : 'empty';
    case 'max_length':
      return isList ? 'too-many-items' : 'too-long';
    case 'min_value':
      return 'below-minimum';
    case 'url':
      return 'not-a-url';
    default:
      return 'invalid';
  }
}

/** `("killed" | "wounded")` → `killed, wounded`. */
function listAllowed(expected: string | null): string {
  return (expected ?? '')
    .replace(/^\(|\)$/g, '')
    .split(' | ')
    .map((option) => option.replace(/^"|"$/g, ''))
    .join(', ');
}

/** The parameters a code takes, read from the issue (limits from its requirement, choices from `expected`). */
function readIssueParams(issue: Issue): Record<string, string | number> {
  const limit = typeof issue.requirement === 'number' ? issue.requirement : String(issue.requirement ?? '');
  return {
    max: limit,
    min: limit,
    allowed: listAllowed(issue.expected),
    expected: issue.expected ?? '',
    check: issue.type,
  };
}

/**
 * Turns one valibot issue on `input` into a problem with its code, parameters and location.
 * @returns an `invalid` problem (naming the failed check) for an issue of a kind not mapped to a code.
 */
export function issueToProblem(input: unknown, issue: Issue): DatasetProblem {
  const code = isProblemCode(issue.message) ? issue.message : mapIssueKind(issue);
  const available = readIssueParams(issue);
  const params = Object.fromEntries(listProblemParams(code).map((name) => [name, available[name] ?? '']));
  return { ...locate(input, toPathKeys(issue.path)), code, params } as DatasetProblem;
}
