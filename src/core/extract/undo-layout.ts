/**
 * What a page's or a document's layout does to its text, undone before it is read: soft hyphens and zero-width
 * characters inside words ("Nord&shy;korea", "Sol&shy;daten" in German headlines), words hyphenated at the end of a
 * printed line as OCR or a PDF copies them ("sol-\ndiers"), line breaks of text wrapped to a column or a mail's
 * width (which would otherwise end a sentence at every line), a quoted mail's "> " marks, a table typed with spaces
 * (its column gaps become tabs, as an HTML table's cells arrive), web addresses written out and an automatic
 * transcript's timestamps inside its lines (blanked). All but the first two keep the text's length; the way back
 * to offsets in the text as given is kept for those.
 */
import { findParagraphs } from './segment.ts';
import { offsetsBack, type CompactText, type Cut } from './compact-text.ts';
import { INVISIBLE } from '../lang/invisible.ts';

/** A line's end (before its line break) that may go on with the sentence on the next line. */
const OPEN_END = /[\p{L}\p{N},-][ \t\r]*$/u;
/** The next line's start going on in lower case. */
const LOWER_START = /^[ \t]*[\p{Ll}가-힣]/u;

/**
 * Whether the text has any of the marks, a line that goes on in lower case on the next, a gap of three spaces, a
 * quoted mail's line or a web address (a cheap test).
 */
function mayBreak(text: string): boolean {
  if (
    INVISIBLE.test(text) ||
    text.includes('   ') ||
    text.startsWith('>') ||
    text.includes('\n>') ||
    text.includes('://') ||
    text.includes('www.') ||
    CAPTION_TIME.test(text)
  )
    return true;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (OPEN_END.test(text.slice(Math.max(0, i - 3), i)) && LOWER_START.test(text.slice(i + 1, i + 4)))
      return true;
  }
  return false;
}

/**
 * A soft hyphen or zero-width character, or a hyphen that ends a line inside a word: after a letter, before a
 * lower-case letter (or Hangul) on the next line. A capital after it keeps the hyphen: "Nordkorea-\nExperten".
 */
const BREAK = /[\u00ad\u200b-\u200d\u2060\ufeff]+|(?<=\p{L})-[ \t]*\r?\n[ \t]*(?=\p{Ll}|[가-힣])/gu;

/** A line break after a word, a number, a comma or a hyphen: the line may go on with the sentence. */
const OPEN_LINE_END = /[\p{L}\p{N},-][ \t]*\r?\n/gu;
/**
 * A line break inside a sentence of wrapped text: not after the sentence's end or a colon, unless the next line
 * goes on in lower case ("не менее 10 тыс.\nсеверокорейцев"), nor after a hyphen (BREAK joins the word, or keeps
 * the hyphen before a capital).
 */
const LINE_BREAK_IN_SENTENCE =
  /(?<=[^.!?…:;\s"”»)\]-][ \t]*)\r?\n(?=[ \t]*\S)|(?<=[.…:;][ \t]*)\r?\n(?=[ \t]*\p{Ll})/gu;

/**
 * Whether a paragraph is wrapped text: three lines or more that fill a column (none long), most of them broken
 * inside a sentence (the next line going on in lower case). A list, a table, verse or headings with their text
 * are not.
 */
function isWrapped(paragraph: string): boolean {
  // (prose has punctuation somewhere: a list of search queries or tags has none)
  if (paragraph.includes('\t') || paragraph.includes('|') || !/[.,;:!?]/.test(paragraph)) return false;
  const lines = paragraph.trimEnd().split('\n');
  if (lines.length < 3) return false;
  // (the lines but the last fill the column: most are at least 60% of the longest, which is no page's width)
  // (a loop, not Math.max(...lines): a hostile page's paragraph may have more lines than a call takes arguments)
  let longest = 0;
  for (const line of lines) longest = Math.max(longest, line.length);
  if (longest > 100 || longest < 24) return false;
  const full = lines.slice(0, -1).filter((line) => line.length * 5 >= longest * 3).length;
  if (full * 5 < (lines.length - 1) * 4) return false;
  let open = 0;
  OPEN_LINE_END.lastIndex = 0;
  for (let m = OPEN_LINE_END.exec(paragraph); m !== null; m = OPEN_LINE_END.exec(paragraph)) {
    if (/^[ \t]*\p{Ll}/u.test(paragraph.slice(m.index + m[0].length, m.index + m[0].length + 4))) open++;
  }
  return open >= 2 && open * 5 >= (lines.length - 1) * 2;
}

/**
 * A web address written out ("[https://babel.ua/en/news/108088-south-korea-…]", "www.example.com/2025/11"): its
 * numbers and words are a page's name, not text. Blanked (same length).
 */
const WEB_ADDRESS = /(?:https?:\/\/|(?<![\p{L}\d])www\.)[^\s\])>"'»“”]+/gu;

/**
 * A timestamp inside a line of an automatic transcript ("… roughly 10,000 were training 0:45 and by the end …"):
 * between words, not at a line's start as a live blog's times are. Blanked where a text has three or more.
 */
const CAPTION_TIME = /(?<=[\p{L}\d,.] )\d{1,2}:\d{2}(?= [\p{L}\d])/u;
const CAPTION_TIMES = new RegExp(CAPTION_TIME.source, 'gu');

/** A quoted mail's mark at a line's start: "> ", ">> ". */
const QUOTE_MARK = /^[ \t]*>[> \t]*/gm;

/** A gap of three spaces or more between a line's words: a column's edge in a table typed with spaces. */
const COLUMN_GAP = /(?<=\S) {3,}(?=\S)/g;

/**
 * Whether a paragraph is a table typed with spaces: two lines or more with a column gap, in most of its lines
 * (a rule of dashes under the header counts for none).
 */
function isSpaceTable(paragraph: string): boolean {
  const lines = paragraph.split('\n').filter((line) => /[^\s\-=_]/.test(line));
  const rows = lines.filter((line) => /\S {3,}\S/.test(line)).length;
  return rows >= 2 && rows * 3 >= lines.length * 2;
}

/**
 * Paragraphs rewritten in place (same length: offsets keep): a table typed with spaces gets a tab at each column
 * gap, as an HTML table's cells arrive, and the line breaks inside the sentences of a wrapped paragraph become
 * spaces.
 */
function unwrapLines(text: string): string {
  let out = '';
  let done = 0;
  for (const { start, end } of findParagraphs(text)) {
    const given = text.slice(start, end);
    if (!given.includes('\n')) continue;
    // (a quoted mail's "> " marks, on two lines or more, are blanked: the lines read as the text they quote)
    const quoted = (given.match(QUOTE_MARK) ?? []).length >= 2;
    const paragraph = quoted ? given.replace(QUOTE_MARK, (mark) => ' '.repeat(mark.length)) : given;
    let rewritten: string;
    if (paragraph.includes('   ') && isSpaceTable(paragraph))
      rewritten = paragraph.replace(COLUMN_GAP, (gap) => `\t${gap.slice(1)}`);
    else if (isWrapped(paragraph))
      rewritten = paragraph.replace(LINE_BREAK_IN_SENTENCE, (lineBreak) => ' '.repeat(lineBreak.length));
    else if (quoted) rewritten = paragraph;
    else continue;
    out += text.slice(done, start) + rewritten;
    done = end;
  }
  return done === 0 ? text : out + text.slice(done);
}

/**
 * The text with its layout undone (see above), and the way back to offsets in the text as given.
 * @returns null when the text has none of it.
 */
export function undoLayout(text: string): CompactText | null {
  if (!mayBreak(text)) return null;
  /** Per cut: where it is in the joined text, and how many characters fewer the joined text has from there on. */
  const cuts: Cut[] = [];
  let shift = 0;
  // (web addresses blanked and lines unwrapped first: same length, so the cuts' offsets are the text's)
  const blanked = text.replace(WEB_ADDRESS, (address) => ' '.repeat(address.length));
  const unwrapped = unwrapLines(
    (blanked.match(CAPTION_TIMES) ?? []).length >= 3
      ? blanked.replace(CAPTION_TIMES, (time) => ' '.repeat(time.length))
      : blanked,
  );
  const joined = unwrapped.replace(BREAK, (mark: string, offset: number) => {
    shift += mark.length;
    cuts.push({ at: offset + mark.length - shift, shift });
    return '';
  });
  if (cuts.length === 0 && unwrapped === text) return null;
  return { text: joined, toOriginal: offsetsBack(cuts) };
}
