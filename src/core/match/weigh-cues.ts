/**
 * Weighs the estimators a figure's context names: the nearest one in the same sentence counts fully,
 * others in the sentence a little less, and names elsewhere in the paragraph about half.
 */
import type { EstimatorCue, MatchIndex } from './types.ts';
import { remember } from './remember.ts';
import { normalizeText } from './normalize-text.ts';

/** A text's `normalizeText`, remembered per text (every reader of a paragraph or sentence needs it). */
export function lowerCached(index: MatchIndex, text: string): string {
  return remember(index, 'lower', text, () => normalizeText(text));
}

/** Cue search, remembered per text (pages repeat sentences and paragraphs for many figures). */
export function findCuesCached(index: MatchIndex, text: string): EstimatorCue[] {
  return remember(index, 'cues', text, () => index.findCues(text, lowerCached(index, text)));
}

/**
 * Weight (0–1) of each estimator named around a figure that sits at `offset` (length `length`) in
 * `sentence`. Returns an empty map when the context names no estimator. Also returns the estimator ids in
 * order of weight (nearest first).
 */
export function weighCues(
  index: MatchIndex,
  sentence: string,
  paragraph: string,
  offset: number,
  length: number,
): { weights: Map<string, number>; order: string[] } {
  const weights = new Map<string, number>();
  const put = (id: string, w: number) => weights.set(id, Math.max(weights.get(id) ?? 0, w));
  // Scan the paragraph once; the sentence's cues are those inside it (a sentence outside its paragraph,
  // or no paragraph, is scanned on its own).
  const sentenceAt = paragraph ? paragraph.indexOf(sentence) : -1;
  const inParagraph = sentenceAt >= 0 ? findCuesCached(index, paragraph) : [];
  const inSentence =
    sentenceAt >= 0
      ? inParagraph
          .filter((c) => c.start >= sentenceAt && c.end <= sentenceAt + sentence.length)
          .map((c) => ({ ...c, start: c.start - sentenceAt, end: c.end - sentenceAt }))
      : findCuesCached(index, sentence);
  const at = offset < 0 ? 0 : offset;
  const byDistance = inSentence
    .map((c) => ({ c, d: c.end <= at ? at - c.end : c.start >= at + length ? c.start - at - length : 0 }))
    .sort((a, b) => a.d - b.d || a.c.start - b.c.start);
  byDistance.forEach(({ c }, i) => put(c.estimatorId, i === 0 ? 1 : 0.75));
  if (sentenceAt >= 0 && paragraph !== sentence) {
    const outside = inParagraph.filter((c) => c.end <= sentenceAt || c.start >= sentenceAt + sentence.length);
    const figureAt = (sentenceAt < 0 ? 0 : sentenceAt) + at;
    outside
      .map((c) => ({ c, d: Math.abs(c.start - figureAt) }))
      .sort((a, b) => a.d - b.d || a.c.start - b.c.start)
      .forEach(({ c }, i) => put(c.estimatorId, i === 0 ? 0.5 : 0.35));
  }
  // Most contexts name one estimator or none: nothing to sort.
  const order =
    weights.size < 2
      ? [...weights.keys()]
      : [...weights.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  return { weights, order };
}
