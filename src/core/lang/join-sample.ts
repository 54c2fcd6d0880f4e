/**
 * The texts joined by line breaks, cut to `max` characters; texts past the cut are never joined.
 * @returns '' for no texts.
 */
export function joinSample(texts: readonly string[], max: number): string {
  const parts: string[] = [];
  let length = 0;
  for (const text of texts) {
    if (length >= max) break;
    parts.push(text);
    length += text.length + 1;
  }
  const joined = parts.join('\n');
  return joined.length > max ? joined.slice(0, max) : joined;
}
