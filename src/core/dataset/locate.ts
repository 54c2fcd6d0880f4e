/**
 * Names a place in the dataset for error messages, e.g. `claims[3] (nis-killed-2025-01-13).statedOn`.
 * Items of the three top-level lists are followed by their id in brackets when they have one.
 */

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
 * Formats a path into the dataset as readable text.
 * @returns "(root)" for an empty path.
 */
export function formatLocation(input: unknown, path: readonly PathKey[]): string {
  if (path.length === 0) return '(root)';
  let text = '';
  path.forEach((key, depth) => {
    if (typeof key === 'number') {
      text += `[${key}]`;
      const list = path[0];
      if (depth === 1 && typeof list === 'string' && LISTS.has(list)) {
        const id = readItemId(input, list, key);
        if (id !== undefined) text += ` (${id})`;
      }
    } else {
      text += depth === 0 ? key : `.${key}`;
    }
  });
  return text;
}

/**
 * Formats one error as `<location>: <message>`.
 * @returns the message alone when the path is empty.
 */
export function formatError(input: unknown, path: readonly PathKey[], message: string): string {
  return path.length === 0 ? message : `${formatLocation(input, path)}: ${message}`;
}
