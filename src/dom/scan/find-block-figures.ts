import { getFigureContext } from '../../core/extract/context';
import { extractFigures } from '../../core/extract/extract-figures';
import type { Figure, Lang } from '../../core/types';
import type { Block } from '../block';
import { toRange } from '../to-range';

/** A figure found in a page block, with its live Range and the text the matcher needs. */
export interface BlockFigure {
  figure: Figure;
  block: Block;
  range: Range;
  sentence: string;
  paragraph: string;
}

/**
 * Extracts the figures of one block (or of the window `[from, to)` of a very long block) and maps each back
 * to a DOM Range. Figure offsets are block offsets.
 * @returns the figures in text order; an empty array when the block has none (or none can be mapped).
 */
export function findBlockFigures(block: Block, lang: Lang, from = 0, to = block.text.length): BlockFigure[] {
  const found: BlockFigure[] = [];
  const text = from === 0 && to === block.text.length ? block.text : block.text.slice(from, to);
  let figures: Figure[];
  try {
    figures = extractFigures(text, { lang });
  } catch {
    // One odd block must not stop the page's scan; it simply shows no figures.
    return found;
  }
  for (const local of figures) {
    const figure = from === 0 ? local : { ...local, start: local.start + from, end: local.end + from };
    const range = toRange(block, figure.start, figure.end);
    if (!range) continue;
    const { sentence, paragraph } = getFigureContext(text, local);
    found.push({ figure, block, range, sentence, paragraph });
  }
  return found;
}
