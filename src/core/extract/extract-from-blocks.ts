/**
 * Extraction over a page that arrives as separate blocks (paragraph elements). Running extractFigures on each
 * block alone loses what one block tells about the next ("North Korea sent troops." then "Of those, 1,000
 * died."): the subject carry-over and the page-wide topic need the whole text. This joins the blocks with
 * paragraph breaks, extracts once, and maps every figure back to its block.
 */
import type { Figure } from '../types.ts';
import { extractFigures, type ExtractOptions } from './extract-figures.ts';

/** A figure with the block it lies in; `start`/`end`/`text` are relative to that block's text. */
export interface BlockFigureHit {
  block: number;
  figure: Figure;
}

const SEPARATOR = '\n\n';

/**
 * Extracts figures from blocks of one page as if they were one text with paragraph breaks between blocks.
 * @returns hits in page order; an empty array when no block mentions North Korea or none holds a figure.
 */
export function extractFiguresFromBlocks(blocks: readonly string[], opts?: ExtractOptions): BlockFigureHit[] {
  const starts: number[] = [];
  let offset = 0;
  for (const b of blocks) {
    starts.push(offset);
    offset += b.length + SEPARATOR.length;
  }
  const figures = extractFigures(blocks.join(SEPARATOR), opts);
  const hits: BlockFigureHit[] = [];
  let bi = 0;
  for (const f of figures) {
    while (bi + 1 < starts.length && (starts[bi + 1] ?? Infinity) <= f.start) bi++;
    const base = starts[bi] ?? 0;
    const block = blocks[bi] ?? '';
    if (f.end - base > block.length) continue;
    hits.push({ block: bi, figure: { ...f, start: f.start - base, end: f.end - base } });
  }
  return hits;
}
