import { collectBlocks } from '../collect-blocks';
import { findBlockRoot } from '../find-block-root';
import type { FindUnits } from './find-cache';
import { toBlockFigures, toTextUnit, type BlockFigure } from './find-block-figures';
import { planUnits } from './plan-units';
import { readLeadingContext } from './walk-mention-regions';

function intersects(a: Range, b: Range): boolean {
  try {
    return (
      a.compareBoundaryPoints(Range.END_TO_START, b) < 0 && a.compareBoundaryPoints(Range.START_TO_END, b) > 0
    );
  } catch {
    return false;
  }
}

/**
 * The figures that overlap `range` (a reader's selection): reads the blocks of the smallest block root that
 * holds all of it, whatever the page's highlighting settings, with the blocks before it as context when its
 * first block does not name North Korea ("Of those, 3,000 died." below the paragraph that says who); on a page
 * about North Korea (`topic`, as the page scan found it), read as the scan reads its blocks (readLeadingContext).
 * @returns the figures in text order; [] when the range is in no readable block or overlaps no figure.
 */
export async function findRangeFigures(range: Range, find: FindUnits, topic = false): Promise<BlockFigure[]> {
  const root = findBlockRoot(range.commonAncestorContainer);
  if (!root) return [];
  const blocks = collectBlocks(root);
  const units = planUnits(blocks, undefined, readLeadingContext(root, blocks, topic));
  const found = await find(units.map((unit) => ({ ...toTextUnit(unit), ...(topic ? { topic } : {}) })));
  return units.flatMap((unit, i) =>
    toBlockFigures(unit, found[i] ?? []).filter((figure) => intersects(figure.range, range)),
  );
}
