/** A figure's sentence, cut from the text, with where the figure sits in it. */
export interface SentenceSpan {
  sentence: string;
  /** Offsets of the figure within `sentence`. */
  start: number;
  end: number;
}

/** Characters that end a sentence when followed by whitespace (or the end of the text). */
const SENTENCE_END = /[.!?。！？]/;

/** Longest sentence shown; longer ones are cut around the figure with "…". */
const MAX_LENGTH = 240;

/**
 * Returns the sentence of `text` holding `start..end`: from just after the previous sentence end or line break
 * to the next one, on one line (whitespace runs become one space), at most 240 characters.
 * Never empty: for a span outside the text it returns the clamped span itself.
 */
export function findSentence(text: string, start: number, end: number): SentenceSpan {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  let left = from;
  while (left > 0 && !isBoundaryBefore(text, left)) left -= 1;
  let right = to;
  while (right < text.length && !isBoundaryAfter(text, right)) right += 1;
  return clip(text.slice(left, right), from - left, to - left);
}

/** True when a sentence may start at `index`: after a line break, or after an end mark and whitespace. */
function isBoundaryBefore(text: string, index: number): boolean {
  const previous = text[index - 1] ?? '';
  if (previous === '\n') return true;
  return /\s/.test(previous) && SENTENCE_END.test(text[index - 2] ?? '');
}

/** True when a sentence ends just before `index`: a line break there, or an end mark before whitespace. */
function isBoundaryAfter(text: string, index: number): boolean {
  if (text[index] === '\n') return true;
  return SENTENCE_END.test(text[index - 1] ?? '') && /\s/.test(text[index] ?? ' ');
}

/** Puts the sentence on one line, trims it, and cuts it to MAX_LENGTH around the figure. */
function clip(raw: string, start: number, end: number): SentenceSpan {
  const before = flatten(raw.slice(0, start)).trimStart();
  const figure = flatten(raw.slice(start, end));
  const after = flatten(raw.slice(end)).trimEnd();
  const room = Math.max(0, MAX_LENGTH - figure.length);
  let head = before;
  let tail = after;
  if (head.length + tail.length > room) {
    const headRoom = Math.min(head.length, Math.max(Math.floor(room / 2), room - tail.length));
    const tailRoom = Math.min(tail.length, room - headRoom);
    if (head.length > headRoom) head = `…${head.slice(head.length - headRoom + 1)}`;
    if (tail.length > tailRoom) tail = `${tail.slice(0, Math.max(0, tailRoom - 1))}…`;
  }
  return { sentence: head + figure + tail, start: head.length, end: head.length + figure.length };
}

function flatten(text: string): string {
  return text.replace(/\s+/g, ' ');
}
