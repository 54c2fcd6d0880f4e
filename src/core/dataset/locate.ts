/**
 * Where a problem is in the dataset: the path as written in the file (`claims[3].statedOn`), plus the id of the
 * item of a top-level list the path points into (read from the input, whatever its shape).
 */
import type { DatasetProblem, ProblemCode, ProblemParamsArg } from './problems';

/** One step of a path: an object key or a list index. */
export type PathKey = string | number;

const LISTS = new Set(['estimators', 'claims', 'misreadings']);

/** Reads `input[list][index].id` without trusting the input's shape. */
function readItemId(input: unknown, list: string, index: number): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const items: unknown = (input as Record<string, unknown>)[list];
  if (!Array.isArray(items)) return undefined;
  const item: unknown = items[index];
  if (typeof item !== 'object' || item === null) return undefined;
  const id: unknown = (item as Record<string, unknown>).id;
  return typeof id === 'string' && id.length > 0 ? id.slice(0, 80) : undefined;
}

/**
 * Writes a path as it reads in the file: `claims[1].sources[0].url`.
 * @returns '' for an empty path (the input as a whole).
 */
export function formatPath(path: readonly PathKey[]): string {
  return path
    .map((key, depth) => (typeof key === 'number' ? `[${key}]` : depth === 0 ? key : `.${key}`))
    .join('');
}

/**
 * Where `path` is in `input`: the path as written in the file, and the id of the estimator, claim or
 * misreading it is in when that item has one.
 */
export function locate(input: unknown, path: readonly PathKey[]): Pick<DatasetProblem, 'path' | 'itemId'> {
  const [list, index] = path;
  const itemId =
    typeof list === 'string' && LISTS.has(list) && typeof index === 'number'
      ? readItemId(input, list, index)
      : undefined;
  return itemId === undefined ? { path: formatPath(path) } : { path: formatPath(path), itemId };
}

/** Builds a problem at `path` in `input` (see `locate`). */
export function createProblem<C extends ProblemCode>(
  input: unknown,
  path: readonly PathKey[],
  code: C,
  ...params: ProblemParamsArg<C>
): DatasetProblem {
  return { ...locate(input, path), code, params: params[0] ?? {} } as DatasetProblem;
}
