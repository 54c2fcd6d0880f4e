/**
 * Subtitles as copied from a video page (SubRip, WebVTT): each cue's number and timecode line stand between the
 * words of a sentence ("… the agency said about 11,000 / 10 / 00:00:28,440 --> 00:00:32,080 / North Korean
 * troops …"). Taking them out lets a figure read on into its noun.
 */
import { offsetsBack, type CompactText, type Cut } from './compact-text.ts';

/** A cue's header: blank lines, its number, its timecode line (and blank lines) before the cue's text. */
const CUE_HEADER =
  /(?:^|\n)[ \t\u00a0]*(?:\n[ \t\u00a0]*)*(?:\d{1,5}[ \t\u00a0]*\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)?)?\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t\u00a0]*-->[ \t\u00a0]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[^\n]*(?:\n[ \t\u00a0]*)*(?=\S|$)/g;
/** A sentence ends before the header: the cue after it starts a paragraph of its own. */
const SENTENCE_END_BEFORE = /[.!?…]["'”’»)\]]*[ \t\u00a0]*$/;

/** A single line break after a letter, digit or comma: the sentence goes on on the next line. */
const LINE_BREAK_IN_SENTENCE = /(?<=[\p{L}\p{N},:;–—-])\n(?=[^\n])/gu;

/**
 * Whether a line is an on-screen caption or a sound label, in capitals ("NIS ESTIMATE, SEPTEMBER 2025: ABOUT 2,000
 * KILLED", "[DRAMATIC MUSIC]"): it ends where it ends, whatever its punctuation.
 */
function isCaptionLine(line: string): boolean {
  return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

/**
 * The compact text with the line breaks inside the cues' sentences made spaces: a cue's lines break where the
 * screen is full, not where the sentence ends. Only the cues' own text (from each cut to the next blank line)
 * is touched: the rest of a page keeps its lines (a table's rows, a list).
 */
function joinCueLines(compact: string, cuts: readonly { at: number }[]): string {
  let out = '';
  let done = 0;
  for (const { at } of cuts) {
    if (at < done) continue;
    const blank = compact.indexOf('\n\n', at);
    const end = blank < 0 ? compact.length : blank;
    const cue = compact
      .slice(at, end)
      .replace(LINE_BREAK_IN_SENTENCE, (lineBreak: string, i: number, all: string) =>
        isCaptionLine(all.slice(all.lastIndexOf('\n', i - 1) + 1, i)) ? lineBreak : ' ',
      );
    out += compact.slice(done, at) + cue;
    done = end;
  }
  return out + compact.slice(done);
}

/**
 * The text with every subtitle cue's number and timecode taken out: replaced by a blank line where the cue
 * before ended its sentence (a paragraph break), by a space otherwise, so the sentence reads on across cues;
 * line breaks inside a sentence become spaces too.
 * @returns null when the text has no cue header (no timecode "-->").
 */
export function compactSubtitleCues(text: string): CompactText | null {
  if (!text.includes('-->')) return null;
  /** Per cut: where it ends in the compact text, and how many characters fewer the compact text has there. */
  const cuts: Cut[] = [];
  let shift = 0;
  const compact = text.replace(CUE_HEADER, (header: string, offset: number) => {
    const ended =
      offset === 0 ||
      SENTENCE_END_BEFORE.test(text.slice(Math.max(0, offset - 8), offset)) ||
      isCaptionLine(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset));
    const replacement = offset === 0 ? '' : ended ? '\n\n' : ' ';
    shift += header.length - replacement.length;
    cuts.push({ at: offset + header.length - shift, shift });
    return replacement;
  });
  if (cuts.length === 0) return null;
  return { text: joinCueLines(compact, cuts), toOriginal: offsetsBack(cuts) };
}
