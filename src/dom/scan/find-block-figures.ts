import { compactContext } from '../../core/extract/compact-context';
import { createContextReader, type FigureTextContext } from '../../core/extract/context';
import type { TextUnit } from '../../core/extract/find-unit-figures';
import type { Relation } from '../../core/match/types';
import type { FoundFigure } from '../../core/messages';
import type { Figure } from '../../core/types';
import type { Block } from '../block';
import { toRange } from '../to-range';
import type { ScanUnit } from './plan-units';

/** A figure found in a page block, with its live Range and (on demand) the text the matcher needs. */
export interface BlockFigure {
  figure: Figure;
  block: Block;
  range: Range;
  /**
   * The sentence and paragraph around the figure within its block, read on first call (only a card or the
   * popup needs them, so painting a page never pays for them).
   */
  readContext(): FigureTextContext;
}

/**
 * The text the background reads for a unit: a group's context and own blocks (the context cut to stand-ins
 * where the extractor needs no more of it: compactContext), or one window of a block.
 */
export function toTextUnit(unit: ScanUnit): TextUnit {
  if (unit.kind === 'window') return { texts: [unit.block.text.slice(unit.from, unit.to)], context: 0 };
  return compactContext({
    texts: [...unit.context, ...unit.blocks].map((b) => b.text),
    context: unit.context.length,
  });
}

/** Whether a Range still shows the figure's text (the page may have changed while the background read it). */
function showsText(range: Range, text: string): boolean {
  return range.toString().replace(/\s+/g, ' ').trim() === text.replace(/\s+/g, ' ').trim();
}

/**
 * Maps the figures the background found in a unit back to the page: a live Range for each (block offsets),
 * the sentence and paragraph around it within its block, and its relation.
 * @returns the figures in text order; figures whose text is no longer where it was are left out.
 */
export function toBlockFigures(
  unit: ScanUnit,
  found: readonly FoundFigure[],
): Array<BlockFigure & { relation: Relation }> {
  const out: Array<BlockFigure & { relation: Relation }> = [];
  const readers = new Map<number, ReturnType<typeof createContextReader>>();
  const own = unit.kind === 'group' ? [...unit.context, ...unit.blocks] : [unit.block];
  for (const { block: index, figure: local, relation } of found) {
    const block = own[index];
    if (!block) continue;
    const from = unit.kind === 'window' ? unit.from : 0;
    const figure = from === 0 ? local : { ...local, start: local.start + from, end: local.end + from };
    const range = toRange(block, figure.start, figure.end);
    if (!range || !showsText(range, figure.text)) continue;
    let context: FigureTextContext | null = null;
    const readContext = () => {
      if (context) return context;
      let read = readers.get(index);
      if (!read) {
        read = createContextReader(
          unit.kind === 'window' ? unit.block.text.slice(unit.from, unit.to) : block.text,
        );
        readers.set(index, read);
      }
      context = read(local);
      return context;
    };
    out.push({ figure, block, range, readContext, relation });
  }
  return out;
}
