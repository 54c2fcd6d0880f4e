/** Longest text handed to the extractor at once, so one giant text node cannot make a long task. */
export const MAX_WINDOW = 16_000;

const SENTENCE_END = /[.!?。]\s|\n/g;

/**
 * Cuts a long text into windows of at most `max` characters, at sentence ends where possible (then at
 * whitespace, then anywhere), so each window can be extracted in its own time slice.
 * @returns `[start, end]` pairs covering the text in order; one pair for a short text, none for an empty one.
 */
export function splitWindows(text: string, max = MAX_WINDOW): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const slice = text.slice(start, end);
      let cut = -1;
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(slice); m; m = SENTENCE_END.exec(slice)) {
        if (m.index > max / 2) cut = m.index + m[0].length;
      }
      if (cut < 0) cut = slice.lastIndexOf(' ') + 1;
      if (cut > max / 4) end = start + cut;
    }
    windows.push([start, end]);
    start = end;
  }
  return windows;
}
