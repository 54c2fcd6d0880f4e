/**
 * A text with parts taken out (subtitle cues' headers, the marks that break words), and the way back to offsets in
 * the text as given.
 */

/** A compacted text and the way back to offsets in the text as given. */
export interface CompactText {
  text: string;
  /** The offset in the text as given of an offset in `text`. */
  toOriginal(offset: number): number;
}

/** One cut: where it ends in the compacted text, and how many characters fewer the compacted text has from there. */
export interface Cut {
  at: number;
  shift: number;
}

/**
 * The way back from offsets in a compacted text to the text as given, by its cuts (in order).
 * @returns the offset itself before the first cut.
 */
export function offsetsBack(cuts: readonly Cut[]): (offset: number) => number {
  return (offset) => {
    // the last cut at or before the offset (binary search: a page may have thousands)
    let low = 0;
    let high = cuts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cuts[mid]?.at ?? 0) <= offset) low = mid + 1;
      else high = mid;
    }
    return offset + (low > 0 ? (cuts[low - 1]?.shift ?? 0) : 0);
  };
}
