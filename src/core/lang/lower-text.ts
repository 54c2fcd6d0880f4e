/**
 * Lower-cases text without changing any offset, so cue regexes can run without the (slow) case-insensitive
 * Unicode flag and still report positions in the original string.
 */

/**
 * Returns text.toLowerCase() when that keeps every offset (nearly always); otherwise lower-cases character by
 * character and keeps the few characters whose lower case is longer (such as "İ") unchanged.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
