/**
 * Tables as text: rows of cells split by " | " (a table copied from a page, an encyclopedia's wiki table) or by
 * tabs (the block text of an HTML table row, see src/dom). A number alone in its cell says what it counts in
 * the other cells of its row, in its column's header, or in the table's caption.
 */
import type { Span } from './segment.ts';

const CELL_SEPARATOR = /[ \u00a0][|●■▲◆▪][ \u00a0]|\t/g;
/**
 * A list of estimates, one per line, its fields split by spaced dashes: "NIS – 13.01.2025 – about 300",
 * "Pentagon (Ryder) – 04.11.2024 – 11,000 to 12,000". Read as a table only with three cells or more (a line with
 * one dash is a timeline's or a list's "date – what happened").
 */
const DASH_SEPARATOR = /[ \u00a0][–—][ \u00a0]/g;
const MIN_DASH_CELLS = 3;
/**
 * Cells a row needs to be read as a table row: two ("April 2025 | about 600" under "Briefing | Killed"); a row needs
 * a row of as many cells beside it too (hasSameRowBeside).
 */
const MIN_CELLS = 2;
/** What may stand in a number's cell beside it: a counter or a short hedge ("명", "명 넘는 것으로 추정"). */
const MAX_CELL_REST = 24;
/** How long a table's heading above a blank line may be. */
const HEADING_MAX = 100;
/** A year noted beside a cell's number: "(лише 2024 р.)", "(только за 2024 год)", "(2024 only)". */
const YEAR_NOTE = /(?<!\d)(?:19|20)\d\d(?=[\s\u00a0]*(?:р\.|рік|року|г\.|год|year|jahr|only|nur|\)))/g;

const BAR = 0x7c;
const TAB = 0x09;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;
/** A chart's data labels split their date from their value by a legend's marker: "Dec 2024 ● JCS: 1,100". */
const MARKERS: ReadonlySet<number> = new Set([0x25cf, 0x25a0, 0x25b2, 0x25c6, 0x25aa]);
/** Lines above a table that may caption it: a chart's title, axes and legend ("Графік 2. …", "Вісь Y: …"). */
const CAPTION_LINES = 6;

/** Whether text[from, to) holds a bar, a tab, a marker or a dash (a character loop: this runs for every number of a page). */
function hasSeparatorNear(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (
      c === BAR ||
      c === TAB ||
      c === EN_DASH ||
      c === EM_DASH ||
      (c >= 0x25a0 && c <= 0x25cf && MARKERS.has(c))
    )
      return true;
  }
  return false;
}

function lineAt(text: string, at: number): Span {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  return { start, end: newline < 0 ? text.length : newline };
}

/** The cells of a line, or null when it is not a table row. */
function cellsOf(text: string, line: Span): Span[] | null {
  const row = text.slice(line.start, line.end);
  const cells = splitCells(row, line.start, CELL_SEPARATOR);
  if (cells.length >= MIN_CELLS) return cells;
  const dashed = splitCells(row, line.start, DASH_SEPARATOR);
  return dashed.length >= MIN_DASH_CELLS ? dashed : null;
}

function isDashed(text: string, line: Span): boolean {
  return splitCells(text.slice(line.start, line.end), line.start, CELL_SEPARATOR).length < MIN_CELLS;
}

function splitCells(row: string, offset: number, separator: RegExp): Span[] {
  const cells: Span[] = [];
  let from = offset;
  separator.lastIndex = 0;
  for (let m = separator.exec(row); m !== null; m = separator.exec(row)) {
    cells.push({ start: from, end: offset + m.index });
    from = offset + m.index + m[0].length;
  }
  cells.push({ start: from, end: offset + row.length });
  return cells;
}

/**
 * Whether the line above or below is a row with as many cells: a table has rows; a lone line with bars is a
 * byline or a breadcrumb ("14:32 | Київ | Переглядів: 3 214").
 */
function hasSameRowBeside(text: string, line: Span, count: number): boolean {
  return [lineAbove(text, line), lineBelow(text, line)].some(
    (l) => l !== null && l.end > l.start && cellsOf(text, l)?.length === count,
  );
}

/**
 * The line above `line`. Rows of an HTML table arrive as blocks of their own, joined by a blank line: above a
 * tab-separated row, a blank line is skipped.
 * @returns null at the start of the text.
 */
function lineAbove(text: string, line: Span): Span | null {
  if (line.start === 0) return null;
  const above = lineAt(text, line.start - 1);
  if (above.end > above.start || above.start === 0 || !isTabRow(text, line)) return above;
  return lineAt(text, above.start - 1);
}

/** The line below `line`, skipping one blank line below a tab-separated row (see lineAbove); null at the end. */
function lineBelow(text: string, line: Span): Span | null {
  if (line.end >= text.length) return null;
  const below = lineAt(text, line.end + 1);
  if (below.end > below.start || below.end >= text.length || !isTabRow(text, line)) return below;
  return lineAt(text, below.end + 1);
}

function isTabRow(text: string, line: Span): boolean {
  return text.slice(line.start, line.end).includes('\t');
}

/** Where a number alone in a table cell may learn what it counts. */
export interface TableContext {
  /** Its column's header cell; null in the first row. */
  header: Span | null;
  /** The lines right above the table, up to six and a blank line; null when there is none. */
  caption: Span | null;
  /** A heading above a blank line over a table without a caption (whose figures they are); null when none. */
  heading: Span | null;
  /** The other cells of its row, those after it first. */
  row: Span[];
  /** The header cells of those cells, in the same order (null in the first row, or where a column has none). */
  rowHeaders: Array<Span | null>;
  /** The row is a line of a list of estimates split by spaced dashes ("NIS – 13.01.2025 – about 300"). */
  dashed: boolean;
  /** The number's own cell ("사망 최소 100 명"). */
  cell: Span;
}

/**
 * Where the number at [start, end), standing alone in a cell of a table row, may learn what it counts.
 * @returns null when the number is not alone in a cell of a table row (or the text has no such table).
 */
export function findTableContext(text: string, start: number, end: number): TableContext | null {
  // A number alone in its cell has a separator within a cell's length of it: most numbers stop here.
  if (
    !hasSeparatorNear(
      text,
      Math.max(0, start - MAX_CELL_REST - 3),
      Math.min(text.length, end + MAX_CELL_REST + 3),
    )
  )
    return null;
  const line = lineAt(text, start);
  if (end > line.end) return null;
  const cells = cellsOf(text, line);
  if (!cells || !hasSameRowBeside(text, line, cells.length)) return null;
  const k = cells.findIndex((c) => c.start <= start && end <= c.end);
  const cell = cells[k];
  if (!cell) return null;
  const rest = text.slice(cell.start, start) + text.slice(end, cell.end);
  // (a note of the year beside it is no other number: "понад 11 000 (лише 2024 р.)")
  if (/\d/.test(rest.replace(YEAR_NOTE, '')) || rest.trim().length > MAX_CELL_REST) return null;
  // Up through the rows above to the header, then the caption line right above it (no blank line between).
  let top = line;
  for (let above = lineAbove(text, top); above !== null; above = lineAbove(text, top)) {
    // (a row of another width is no part of this table: a chart's legend, "Legend: ■ in Russia")
    if (above.end - above.start === 0 || cellsOf(text, above)?.length !== cells.length) break;
    top = above;
  }
  const topCell = top.start !== line.start ? (cellsOf(text, top)?.[k] ?? null) : null;
  // (a list of estimates split by dashes has no header row: its first line is an estimate like the others)
  const dashed = isDashed(text, line);
  const header =
    topCell !== null && dashed && /\d/.test(text.slice(topCell.start, topCell.end)) ? null : topCell;
  // The caption: the lines right above the table up to a blank one (a chart's title, axes and legend).
  const right = lineAbove(text, top);
  let from = -1;
  for (
    let n = 0, l = right;
    l !== null && n < CAPTION_LINES && text.slice(l.start, l.end).trim() !== '';
    n++
  ) {
    from = l.start;
    l = l.start > 0 && !isTabRow(text, l) ? lineAbove(text, l) : null;
  }
  let caption = right !== null && from >= 0 ? { start: from, end: right.end } : null;
  // A list of estimates under a label of its own, a blank line between: "Все оценки убитых и раненых (ведомство –
  // дата – значение):"
  let heading: Span | null = null;
  if (
    caption === null &&
    right !== null &&
    right.start > 0 &&
    text.slice(right.start, right.end).trim() === ''
  ) {
    const label = lineAt(text, right.start - 1);
    const own = text.slice(label.start, label.end).trim();
    if (dashed && /:$/.test(own)) caption = label;
    // (a table's heading above a blank line, which says whose figures the table holds: "У ЦИФРАХ: Війська КНДР у
    // війні Росії проти України")
    else if (!dashed && own.length > 0 && own.length <= HEADING_MAX && !/[.!?]$/.test(own)) heading = label;
  }
  const tops = top.start !== line.start ? (cellsOf(text, top) ?? []) : [];
  const order = [...cells.keys()].slice(k + 1).concat([...cells.keys()].slice(0, k).reverse());
  return {
    header,
    caption,
    heading,
    row: order.map((i) => cells[i] as Span),
    rowHeaders: order.map((i) => (header !== null ? (tops[i] ?? null) : null)),
    dashed,
    cell,
  };
}
