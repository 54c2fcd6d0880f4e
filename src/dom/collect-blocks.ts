import type { Block } from './block';
import { BlockBuilder } from './block-builder';
import { BlockWalker, findContainer, isWithinPreformatted, isWithinSkipped, MORE } from './block-walker';
import { createVisibilityCheck, type VisibilityCheck } from './visibility';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

export interface CollectOptions {
  /**
   * "auto" (default): in a live, connected document also ask the browser's layout (`checkVisibility`) about
   * elements entered. "structural": judge by tags and attributes only, as for a parsed document.
   */
  visibility?: 'auto' | 'structural';
}

/**
 * Splits the visible text under `root` (a Document, Element, DocumentFragment such as an open shadow root, or
 * Text node) into blocks: runs of text between
 * block-level boundaries, with inline markup flattened so "<b>11,000</b> soldiers" is one string, each `<br>`
 * a "\n", a table row one block with a "\t" between cells, whitespace collapsed, and an exact map back to
 * the Text nodes.
 * Skips script/style/form controls/SVG/embedded content, `hidden`, inline-hidden, contenteditable (not "false")
 * and, in live documents, subtrees `checkVisibility` reports as not rendered (asked once per element entered,
 * and only for elements CSS is likely to hide: see isShown).
 * Returns an empty array when there is no visible text, or when `root` itself lies inside skipped content.
 */
export function collectBlocks(root: Node, opts: CollectOptions = {}): Block[] {
  const start = root.nodeType === DOCUMENT_NODE ? (root as Document).documentElement : root;
  if (!start || isWithinSkipped(start)) return [];
  const isVisible = opts.visibility === 'structural' ? null : createVisibilityCheck(start);
  const anchor = start.nodeType === ELEMENT_NODE ? (start as Element) : start.parentElement;
  if (isVisible && anchor && !isVisible(anchor)) return [];
  const container = findContainer(start);
  const preformatted = isWithinPreformatted(start);
  if (start.nodeType === TEXT_NODE) {
    const builder = new BlockBuilder();
    builder.addText(start as Text, preformatted);
    const block = builder.finish(container);
    return block === null ? [] : [block];
  }
  if (start.nodeType !== ELEMENT_NODE && start.nodeType !== FRAGMENT_NODE) return [];
  return walkElement(start as Element, container, preformatted ? 1 : 0, isVisible);
}

/**
 * Collects the blocks under `root` for a caller that has already checked that no ancestor of `root` is skipped
 * (collectMatchingBlocks: nor `root` itself) and made one visibility check for the whole walk. Asks layout about `root` itself.
 * Returns an empty array when `root` is hidden or has no visible text.
 */
export function collectBlocksFromCheckedRoot(root: Element, isVisible: VisibilityCheck | null): Block[] {
  if (isVisible !== null && !isVisible(root)) return [];
  return walkElement(root, findContainer(root), isWithinPreformatted(root) ? 1 : 0, isVisible);
}

/** Walks an accepted element's (or fragment's) subtree in document order; returns its blocks. */
function walkElement(
  root: Element,
  rootContainer: Element | null,
  rootPreDepth: number,
  isVisible: VisibilityCheck | null,
): Block[] {
  const blocks: Block[] = [];
  const walker = new BlockWalker(root, rootContainer, rootPreDepth > 0, isVisible);
  for (let step = walker.step(); step !== null; step = walker.step()) {
    if (step !== MORE) blocks.push(step);
  }
  return blocks;
}
