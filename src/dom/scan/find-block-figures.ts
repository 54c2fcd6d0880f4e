import { createContextReader } from '../../core/extract/context';
import { extractFiguresFromBlocks } from '../../core/extract/extract-from-blocks';
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
  const readContext = createContextReader(text);
  for (const local of figures) {
    const figure = from === 0 ? local : { ...local, start: local.start + from, end: local.end + from };
    const range = toRange(block, figure.start, figure.end);
    if (!range) continue;
    const { sentence, paragraph } = readContext(local);
    found.push({ figure, block, range, sentence, paragraph });
  }
  return found;
}

/**
 * Extracts the figures of a group of consecutive blocks read as one text (paragraph breaks between blocks),
 * so a subject named in one paragraph carries into the next; `context` blocks come before the group and are
 * read for that purpose only (their own figures belong to the group before).
 * @returns the group's figures in text order, each with its block's Range; [] when there are none.
 */
export function findGroupFigures(
  blocks: readonly Block[],
  context: readonly Block[],
  lang: Lang,
): BlockFigure[] {
  const all = [...context, ...blocks];
  let hits: ReturnType<typeof extractFiguresFromBlocks>;
  try {
    hits = extractFiguresFromBlocks(
      all.map((b) => b.text),
      { lang },
    );
  } catch {
    return [];
  }
  const found: BlockFigure[] = [];
  const readers = new Map<Block, ReturnType<typeof createContextReader>>();
  for (const { block: index, figure } of hits) {
    if (index < context.length) continue;
    const block = all[index];
    if (!block) continue;
    const range = toRange(block, figure.start, figure.end);
    if (!range) continue;
    let readContext = readers.get(block);
    if (!readContext) {
      readContext = createContextReader(block.text);
      readers.set(block, readContext);
    }
    const { sentence, paragraph } = readContext(figure);
    found.push({ figure, block, range, sentence, paragraph });
  }
  return found;
}
