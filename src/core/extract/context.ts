/**
 * The sentence and paragraph around a figure, for the matcher (estimator and date cues live there).
 */
import { findParagraphs, findSentences } from './segment.ts';
import type { Span } from './segment.ts';

function containing(spans: readonly Span[], at: number): Span | undefined {
  return spans.find((s) => at >= s.start && at < s.end) ?? spans.find((s) => at <= s.end);
}

/**
 * Returns the sentence and the paragraph (blank-line separated) that contain the figure. A figure spanning a
 * sentence break gets every sentence it touches.
 * @returns empty strings when the offsets fall outside the text.
 */
export function getFigureContext(
  text: string,
  figure: { start: number; end: number },
): { sentence: string; paragraph: string } {
  if (figure.start < 0 || figure.start >= text.length) return { sentence: '', paragraph: '' };
  const paragraph = containing(findParagraphs(text), figure.start);
  if (!paragraph) return { sentence: '', paragraph: '' };
  const sentences = findSentences(text, paragraph.start, paragraph.end);
  const first = containing(sentences, figure.start);
  const last = containing(sentences, Math.max(figure.start, figure.end - 1));
  const sentence = first ? text.slice(first.start, Math.max(first.end, last?.end ?? first.end)) : '';
  return { sentence, paragraph: text.slice(paragraph.start, paragraph.end) };
}
