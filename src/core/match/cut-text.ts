/**
 * The first or last piece of a text split by a pattern, found without splitting the whole text (the
 * matcher reads windows of a few hundred characters around every figure and needs only one piece).
 * Patterns must not match the empty string; for those, `text.split(re)` gives the same pieces.
 */

/** The text before the first match of `re` (as `text.split(re)[0]`); the whole text when nothing matches. */
export function cutBefore(text: string, re: RegExp): string {
  const at = text.search(re);
  return at < 0 ? text : text.slice(0, at);
}

/**
 * The text after the last match of the global `re` (as the last piece of `text.split(re)`); the whole text
 * when nothing matches.
 */
export function cutAfterLast(text: string, re: RegExp): string {
  let from = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) from = m.index + m[0].length;
  return from === 0 ? text : text.slice(from);
}

/**
 * The first two pieces of `text.split(re)` for the global `re`: the text before the first match, and the text
 * between the first and the second (null when nothing matches).
 */
export function cutFirstTwo(text: string, re: RegExp): [string, string | null] {
  re.lastIndex = 0;
  const first = re.exec(text);
  if (!first) return [text, null];
  const end = first.index + first[0].length;
  const second = re.exec(text);
  return [text.slice(0, first.index), text.slice(end, second ? second.index : text.length)];
}
