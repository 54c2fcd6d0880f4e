import type { Figure } from '../core/types';
import { displayWidth, padToWidth } from './display-width';
import { findSentence } from './find-sentence';
import type { ScanResult } from './scan-input';

/** Widest figure text given its own column; longer ones are cut with "…". */
const MAX_FIGURE_WIDTH = 30;

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * Formats one input's result for people: a heading with the input, language and count, then per figure an
 * aligned line (figure text, metric, qualifier, value with unit, offsets) and its sentence with the figure in
 * [brackets], then any lines `describe` gives for it. Says "no figures" when there are none. Ends with a newline.
 */
export function formatHuman<F extends Figure>(
  input: string,
  result: ScanResult<F>,
  describe?: (figure: F, result: ScanResult<F>) => string[],
): string {
  const count = result.figures.length;
  const heading = `${input}  (${result.lang})  ${count === 0 ? 'no figures' : count === 1 ? '1 figure' : `${count} figures`}`;
  if (count === 0) return `${heading}\n`;
  const rows = result.figures.map((figure) => [
    cut(figure.text.replace(/\s+/g, ' '), MAX_FIGURE_WIDTH),
    figure.metric,
    figure.qualifier,
    formatValue(figure),
    `@${figure.start}–${figure.end}`,
  ]);
  const widths = rows.reduce<number[]>(
    (acc, row) => row.map((cell, i) => Math.max(acc[i] ?? 0, displayWidth(cell))),
    [],
  );
  const lines = [heading];
  result.figures.forEach((figure, i) => {
    const row = rows[i] ?? [];
    const cells = row.map((cell, j) => (j === row.length - 1 ? cell : padToWidth(cell, widths[j] ?? 0)));
    lines.push(`  ${cells.join('  ')}`);
    const span = findSentence(result.text, figure.start, figure.end);
    const marked = `${span.sentence.slice(0, span.start)}[${span.sentence.slice(span.start, span.end)}]${span.sentence.slice(span.end)}`;
    lines.push(`      ${marked}`);
    for (const line of describe?.(figure, result) ?? []) lines.push(`      ${line}`);
  });
  return `${lines.join('\n')}\n`;
}

/** A figure's value for people: "11,000 troops", "10,000–12,000 troops", "vague (troops)". */
export function formatValue(figure: Figure): string {
  const unit = figure.unit === 'percent' ? '%' : ` ${figure.unit}`;
  if (figure.value !== null) return `${NUMBER.format(figure.value)}${unit}`;
  if (figure.low !== null && figure.high !== null) {
    return `${NUMBER.format(figure.low)}–${NUMBER.format(figure.high)}${unit}`;
  }
  return `vague (${figure.unit})`;
}

function cut(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}
