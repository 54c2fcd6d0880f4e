import type { Block } from '../block';

function topOf(block: Block): number {
  const el = block.container ?? block.pieces[0]?.node.parentElement;
  return el ? el.getBoundingClientRect().bottom : 0;
}

/**
 * Reorders blocks (given in document order) so the ones at and below the top of the viewport come first,
 * then the ones above it, nearest first. Uses a binary search: O(log n) layout reads.
 * @returns a new array; the input order when there are no blocks or no layout.
 */
export function orderByViewport<T = Block>(
  items: readonly T[],
  blockOf: (item: T) => Block = (item) => item as unknown as Block,
): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (topOf(blockOf(items[mid]!)) < 0) lo = mid + 1;
    else hi = mid;
  }
  return [...items.slice(lo), ...items.slice(0, lo).reverse()];
}
