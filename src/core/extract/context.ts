/**
 * The sentence and paragraph around a figure, for the matcher (estimator and date cues live there).
 */
import { findParagraphs, findSentences } from './segment.ts';
import type { Span } from './segment.ts';

export interface FigureTextContext {
  sentence: string;
  paragraph: string;
}

/** Index of the first span (spans are sorted and disjoint) whose end passes the test; spans.length if none. */
function firstEnding(spans: readonly Span[], passes: (end: number) => boolean): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (passes((spans[mid] as Span).end)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The span containing `at`, else the first one ending at or after it; undefined when none does. */
function containing(spans: readonly Span[], at: number): Span | undefined {
  const inside = spans[firstEnding(spans, (end) => end > at)];
  if (inside && inside.start <= at) return inside;
  return spans[firstEnding(spans, (end) => end >= at)];
}

const EMPTY: FigureTextContext = { sentence: '', paragraph: '' };

/**
 * A reader of figure contexts for one text: splits the text into paragraphs once (each paragraph into
 * sentences on first use), so a long text with many figures costs one pass, not one per figure. The reader
 * gives the same results as `getFigureContext`.
 */
export function createContextReader(
  text: string,
): (figure: { start: number; end: number }) => FigureTextContext {
  let paragraphs: Span[] | null = null;
  const sentencesOf = new Map<Span, Span[]>();
  return (figure) => {
    if (figure.start < 0 || figure.start >= text.length) return EMPTY;
    paragraphs ??= findParagraphs(text);
    const paragraph = containing(paragraphs, figure.start);
    if (!paragraph) return EMPTY;
    let sentences = sentencesOf.get(paragraph);
    if (!sentences) {
      sentences = findSentences(text, paragraph.start, paragraph.end);
      sentencesOf.set(paragraph, sentences);
    }
    const first = containing(sentences, figure.start);
    const last = containing(sentences, Math.max(figure.start, figure.end - 1));
    const sentence = first ? text.slice(first.start, Math.max(first.end, last?.end ?? first.end)) : '';
    return { sentence, paragraph: text.slice(paragraph.start, paragraph.end) };
  };
}

/** The context of every figure of one text, in the order of `figures` (see `createContextReader`). */
export function getFigureContexts(
  text: string,
  figures: readonly { start: number; end: number }[],
): FigureTextContext[] {
  return figures.map(createContextReader(text));
}

/**
 * Returns the sentence and the paragraph (blank-line separated) that contain the figure. A figure spanning a
 * sentence break gets every sentence it touches. For several figures of one text use `getFigureContexts`.
 * @returns empty strings when the offsets fall outside the text.
 */
export function getFigureContext(text: string, figure: { start: number; end: number }): FigureTextContext {
  return createContextReader(text)(figure);
}
