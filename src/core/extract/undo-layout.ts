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

/** A line break inside a paragraph (not a blank line between two). */
const LINE_IN_PARAGRAPH = /[^\n]\n[^\n]/;

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
    CAPTION_TIME.test(text) ||
    text.includes('**') ||
    // (tables of comma-separated values, Markdown or a chart's dated lines have lines inside a paragraph)
    (LINE_IN_PARAGRAPH.test(text) && (text.includes('|') || CSV_LINE.test(text) || SERIES_LINE.test(text)))
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
 * A line with two commas in a row each followed by a word (not a space or a digit): may be a row of comma-separated
 * values.
 */
const CSV_LINE = /,[^\s\d,][^\n,]*,[^\s\d,]/;

/**
 * The cells of a line of comma-separated values: where each separating comma and each quote that opens or closes
 * a quoted cell is ("…,\"11,000\",…": the comma inside the quotes separates nothing).
 * @returns the separators' and the quotes' offsets in the line; null when a quote is left open.
 */
function readCsvLine(line: string): { commas: number[]; quotes: number[] } | null {
  const commas: number[] = [];
  const quotes: number[] = [];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch !== '"') continue;
      if (line[i + 1] === '"')
        i++; // an escaped quote inside the cell
      else {
        quoted = false;
        quotes.push(i);
      }
    } else if (ch === ',') commas.push(i);
    else if (ch === '"' && (i === 0 || line[i - 1] === ',')) {
      quoted = true;
      quotes.push(i);
    }
  }
  return quoted ? null : { commas, quotes };
}

/** A code fence's line ("```", "```csv", "~~~"), around a table pasted as code. */
const FENCE = /^\s*(?:```|~~~)/;

/**
 * A paragraph of comma-separated values (a spreadsheet's export pasted into a page, maybe fenced as code) as a
 * table: three rows or more, nearly all with as many cells as the first (a header of three or more short cells).
 * Its separating commas become tabs and its cells' quotes spaces, so it reads as an HTML table's cells arrive.
 * @returns the rewritten paragraph (same length); null when it is not such a table.
 */
function readCsvTable(paragraph: string): string | null {
  const lines = paragraph.split('\n');
  const rows = lines.map((line) => (FENCE.test(line) ? null : readCsvLine(line)));
  const first = lines.findIndex((line, i) => rows[i] !== null && line.trim() !== '');
  const header = rows[first];
  const cells = header ? header.commas.length + 1 : 0;
  if (cells < 3 || lines[first]!.split(',').some((cell) => cell.trim().length > 40)) return null;
  const fitting = rows.filter((row) => row !== null && row.commas.length + 1 === cells).length;
  const given = lines.filter((line) => line.trim() !== '' && !FENCE.test(line)).length;
  if (fitting < 3 || fitting * 5 < given * 4) return null;
  return lines
    .map((line, i) => {
      const row = rows[i];
      if (!row || row.commas.length + 1 !== cells) return line;
      const chars = line.split('');
      for (const at of row.commas) chars[at] = '\t';
      for (const at of row.quotes) chars[at] = ' ';
      return chars.join('');
    })
    .join('\n');
}

/** A Markdown table's rule under its header: "|---|:--:|", "--- | ---". */
const PIPE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/;

/**
 * A Markdown table ("| estimator | date | figure |" over a rule of dashes, a row per line) as a table: each line
 * that opens or closes with a bar has its inner bars turned into tabs and its outer ones into spaces, so it reads
 * as an HTML table's cells arrive.
 * @returns the rewritten paragraph (same length); null when it has no such table.
 */
function readPipeTable(paragraph: string): string | null {
  const lines = paragraph.split('\n');
  if (!lines.some((line) => PIPE_RULE.test(line))) return null;
  return lines
    .map((line) => {
      const trimmed = line.trim();
      if (!trimmed.startsWith('|') && !trimmed.endsWith('|') && !PIPE_RULE.test(line)) return line;
      const first = line.indexOf('|');
      const last = line.lastIndexOf('|');
      return line.replace(/\|/g, (bar, at: number) =>
        (at === first && trimmed.startsWith('|')) || (at === last && trimmed.endsWith('|')) ? ' ' : '\t',
      );
    })
    .join('\n');
}

/**
 * A line of a chart's data as text: a date alone opening the line ("Oct 2024", "Okt. 2024", "23 October 2024",
 * "23.10.2024", "2024-10", "2024년 10월 18일"), a dash or a colon, then a number soon after ("Oct 2024 — 3,000",
 * "Jan. 2025: about 300 (NIS)"). Group 1 is the separator.
 */
const SERIES_LINE =
  /^[ \t]*(?:(?:\d{1,2}\.?[ \t]+)?(?:\p{L}{3,10}\.?[ \t]+)?20\d\d(?:[ \t]*(?:р|г)\.)?|\d{1,2}\.\d{1,2}\.(?:20)?\d\d|20\d\d-\d\d(?:-\d\d)?|20\d\d년(?:[ \t]?\d{1,2}(?:~\d{1,2})?월)?(?:[ \t]?\d{1,2}일)?)([ \t]+[—–-][ \t]+|:[ \t]+)(?=[^\n\d]{0,14}\d)/mu;

/**
 * A chart's data as text: two or more dated lines in a row (SERIES_LINE), maybe under title lines of their own
 * ("Chart 2: soldiers killed, NIS estimates") and above an alt text, as a table: each such line's separator becomes
 * a tab (and spaces), so the lines read as rows under the title, as an HTML table's cells arrive. (A bulleted line
 * is no dated line: a list, read as one.)
 * @returns the rewritten paragraph (same length); null when it has no such run.
 */
function readSeriesLines(paragraph: string): string | null {
  const lines = paragraph.split('\n');
  const dated = lines.map((line) => SERIES_LINE.test(line));
  if (!dated.some((d, i) => d && dated[i + 1] === true)) return null;
  return lines
    .map((line, i) => {
      if (!dated[i] || (dated[i - 1] !== true && dated[i + 1] !== true)) return line;
      return line.replace(SERIES_LINE, (lead: string, separator: string) => {
        const at = lead.length - separator.length;
        return `${lead.slice(0, at)}\t${' '.repeat(separator.length - 1)}`;
      });
    })
    .join('\n');
}

/** Markdown's strong emphasis ("**ошибка**", "__nicht__"): its marks are blanked, the words kept. */
const STRONG_MARKS = /(\*\*|__)(?=\S)([^\n]*?\S)\1/g;

/**
 * Paragraphs rewritten in place (same length: offsets keep): a table typed with spaces gets a tab at each column
 * gap, as an HTML table's cells arrive, a table of comma-separated values or a Markdown table a tab for each
 * separating comma or bar, and the line breaks inside the sentences of a wrapped paragraph become spaces.
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
    const csv = CSV_LINE.test(paragraph) ? readCsvTable(paragraph) : null;
    const piped = csv === null && paragraph.includes('|') ? readPipeTable(paragraph) : null;
    const series =
      csv === null && piped === null && SERIES_LINE.test(paragraph) ? readSeriesLines(paragraph) : null;
    if (csv !== null) rewritten = csv;
    else if (piped !== null) rewritten = piped;
    else if (series !== null) rewritten = series;
    else if (paragraph.includes('   ') && isSpaceTable(paragraph))
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
  const blanked = text
    .replace(WEB_ADDRESS, (address) => ' '.repeat(address.length))
    .replace(
      STRONG_MARKS,
      (all, mark: string, inner: string) => ' '.repeat(mark.length) + inner + ' '.repeat(mark.length),
    );
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
