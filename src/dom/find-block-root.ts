import { isBlockElement, isSkippedElement } from './element-rules';

/**
 * For a node a MutationObserver reported (added, removed from, or whose text changed), returns the nearest
 * block-level ancestor-or-self element: the root to pass to `collectBlocks` so whole blocks are rescanned.
 * Falls back to the outermost element if no block element encloses the node.
 * Returns null when the node is detached from its document, has no element ancestor, or lies inside content
 * the adapter skips (scripts, form controls, hidden or contenteditable subtrees).
 */
export function findBlockRoot(node: Node): Element | null {
  if (!node.isConnected) return null;
  let block: Element | null = null;
  let outermost: Element | null = null;
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return null;
    if (block === null && isBlockElement(el)) block = el;
    outermost = el;
  }
  return block ?? outermost;
}

/**
 * Maps a batch of changed nodes to the distinct block roots to rescan, dropping roots nested in another root
 * of the batch, in document order. Returns an empty array when no node yields a root.
 */
export function findBlockRoots(nodes: Iterable<Node>): Element[] {
  const roots = new Set<Element>();
  for (const node of nodes) {
    const root = findBlockRoot(node);
    if (root !== null) roots.add(root);
  }
  return keepOutermost([...roots]);
}

/**
 * Sorts distinct elements into document order and drops those inside another one of them.
 * Returns an empty array for no elements.
 */
export function keepOutermost(elements: Element[]): Element[] {
  const sorted = elements.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const kept: Element[] = [];
  for (const element of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || !last.contains(element)) kept.push(element);
  }
  return kept;
}
