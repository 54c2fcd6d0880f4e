import type { Block } from './block';
import { resolveOffset } from './resolve-offset';

/**
 * Builds a DOM Range covering block text `start..end` (e.g. a figure's offsets), for highlighting.
 * Returns null when the span is empty or out of bounds, or when the nodes changed so it no longer maps.
 */
export function toRange(block: Block, start: number, end: number, doc?: Document): Range | null {
  if (end <= start) return null;
  const from = resolveOffset(block, start, 'forward');
  const to = resolveOffset(block, end, 'backward');
  const owner = doc ?? from?.node.ownerDocument;
  if (from === null || to === null || !owner) return null;
  try {
    const range = owner.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range.collapsed ? null : range;
  } catch {
    return null;
  }
}
