import type { Block } from './block';
import { BlockBuilder } from './block-builder';
import { isBlockElement, isLineBreak, isPreformattedElement, isSkippedElement } from './element-rules';
import { createVisibilityCheck, type VisibilityCheck } from './visibility';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;

export interface CollectOptions {
  /**
   * "auto" (default): in a live, connected document also ask the browser's layout (`checkVisibility`) about
   * each element entered. "structural": judge by tags and attributes only, as for a parsed document.
   */
  visibility?: 'auto' | 'structural';
}

/** Mutable state of one walk. */
interface Walk {
  builder: BlockBuilder;
  blocks: Block[];
  /** Open block-level elements, innermost last; the last one contains the text being collected. */
  containers: (Element | null)[];
  preDepth: number;
  isVisible: VisibilityCheck | null;
}

/**
 * Splits the visible text under `root` (a Document, Element or Text node) into blocks: runs of text between
 * block-level boundaries, with inline markup flattened so "<b>11,000</b> soldiers" is one string, each `<br>`
 * a "\n", whitespace collapsed, and an exact map back to the Text nodes.
 * Skips script/style/form controls/SVG/embedded content, `hidden`, inline-hidden, contenteditable (not "false")
 * and, in live documents, subtrees `checkVisibility` reports as not rendered.
 * Returns an empty array when there is no visible text, or when `root` itself lies inside skipped content.
 */
export function collectBlocks(root: Node, opts: CollectOptions = {}): Block[] {
  const start = root.nodeType === DOCUMENT_NODE ? (root as Document).documentElement : root;
  if (!start || isWithinSkipped(start)) return [];
  const isVisible = opts.visibility === 'structural' ? null : createVisibilityCheck(start);
  const anchor = start.nodeType === ELEMENT_NODE ? (start as Element) : start.parentElement;
  if (isVisible && anchor && !isVisible(anchor)) return [];
  const walk: Walk = {
    builder: new BlockBuilder(),
    blocks: [],
    containers: [findContainer(start)],
    preDepth: isWithinPreformatted(start) ? 1 : 0,
    isVisible,
  };
  if (start.nodeType === TEXT_NODE) {
    walk.builder.addText(start as Text, walk.preDepth > 0);
  } else if (start.nodeType === ELEMENT_NODE) {
    walkElement(start as Element, walk);
  }
  flushBlock(walk);
  return walk.blocks;
}

/** Walks the subtree of an already accepted element in document order, pruning rejected subtrees. */
function walkElement(root: Element, walk: Walk): void {
  enterElement(root, walk);
  let node: Node | null = root.firstChild;
  while (node !== null) {
    const entered = visitNode(node, walk);
    if (entered && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    if (entered) leaveElement(node as Element, walk);
    while (node !== null && node.nextSibling === null) {
      node = node.parentNode;
      if (node === root || node === null) {
        node = null;
        break;
      }
      leaveElement(node as Element, walk);
    }
    if (node !== null) node = node.nextSibling;
  }
  leaveElement(root, walk);
}

/** Handles a node the walk reaches; returns true when it is an element whose subtree should be walked. */
function visitNode(node: Node, walk: Walk): boolean {
  const type = node.nodeType;
  if (type === TEXT_NODE) {
    walk.builder.addText(node as Text, walk.preDepth > 0);
    return false;
  }
  if (type !== ELEMENT_NODE) return false;
  const el = node as Element;
  if (isLineBreak(el)) {
    walk.builder.addLineBreak();
    return false;
  }
  if (isSkippedElement(el)) return false;
  if (walk.isVisible !== null && !walk.isVisible(el)) return false;
  enterElement(el, walk);
  return true;
}

function enterElement(el: Element, walk: Walk): void {
  if (isBlockElement(el)) {
    flushBlock(walk);
    walk.containers.push(el);
  }
  if (isPreformattedElement(el)) walk.preDepth += 1;
}

function leaveElement(el: Element, walk: Walk): void {
  if (isPreformattedElement(el)) walk.preDepth -= 1;
  if (isBlockElement(el)) {
    flushBlock(walk);
    walk.containers.pop();
  }
}

function flushBlock(walk: Walk): void {
  const container = walk.containers[walk.containers.length - 1] ?? null;
  const block = walk.builder.finish(container);
  if (block !== null) walk.blocks.push(block);
}

/** Nearest block-level ancestor-or-self element of a node; null when there is none. */
function findContainer(node: Node): Element | null {
  for (
    let el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
    el;
    el = el.parentElement
  ) {
    if (isBlockElement(el)) return el;
  }
  return null;
}

/** Returns true when `node` or an ancestor hides or excludes the subtree (or the document is in design mode); false otherwise. */
function isWithinSkipped(node: Node): boolean {
  if (node.nodeType === ELEMENT_NODE && isSkippedElement(node as Element)) return true;
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  const doc = node.ownerDocument as (Document & { designMode?: string }) | null;
  return doc?.designMode === 'on';
}

function isWithinPreformatted(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (isPreformattedElement(el)) return true;
  }
  return false;
}
