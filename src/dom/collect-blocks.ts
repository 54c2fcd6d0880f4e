import type { Block } from './block';
import { BlockBuilder } from './block-builder';
import {
  BLOCK,
  CELL,
  hasExcludingAttributes,
  isBlockElement,
  isPreformattedElement,
  isSkippedElement,
  kindOf,
  LINE_BREAK,
  PREFORMATTED,
  SKIP,
} from './element-rules';
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

/**
 * Walks an accepted element's (or fragment's) subtree in document order (firstChild/nextSibling: measured faster than a
 * TreeWalker with a JS filter, and available in linkedom), pruning rejected subtrees; returns its blocks.
 */
function walkElement(
  root: Element,
  rootContainer: Element | null,
  rootPreDepth: number,
  isVisible: VisibilityCheck | null,
): Block[] {
  const blocks: Block[] = [];
  const steps = walkSteps(root, rootContainer, rootPreDepth, isVisible, blocks);
  while (!steps.next().done);
  return blocks;
}

/** Nodes visited between two chances to pause a sliced walk. */
const STEP_NODES = 256;

/**
 * The walk itself, as a generator that pauses every STEP_NODES nodes so that a caller on a live page can give
 * the main thread back between slices (collectBlocksSliced); collectBlocks runs it to the end at once.
 * Blocks are pushed to `blocks` as they are finished.
 */
function* walkSteps(
  root: Element,
  rootContainer: Element | null,
  rootPreDepth: number,
  isVisible: VisibilityCheck | null,
  blocks: Block[],
): Generator<void, void, void> {
  const builder = new BlockBuilder();
  let visited = 0;
  const containers: (Element | null)[] = [rootContainer];
  /** Kinds of the open elements between root (excluded) and the current node. */
  const open: number[] = [];
  let preDepth = rootPreDepth;

  const flush = (): void => {
    const block = builder.finish(containers[containers.length - 1] ?? null);
    if (block !== null) blocks.push(block);
  };
  const enter = (el: Element, kind: number): void => {
    if ((kind & CELL) !== 0) builder.addCellBreak();
    if ((kind & BLOCK) !== 0) {
      flush();
      containers.push(el);
    }
    if ((kind & PREFORMATTED) !== 0) preDepth += 1;
  };
  const leave = (kind: number): void => {
    if ((kind & PREFORMATTED) !== 0) preDepth -= 1;
    if ((kind & BLOCK) !== 0) {
      flush();
      containers.pop();
    }
  };

  const rootKind = root.nodeType === ELEMENT_NODE ? kindOf(root) & (BLOCK | PREFORMATTED) : 0;
  enter(root, rootKind);
  let node: Node | null = root.firstChild;
  while (node !== null) {
    if (++visited === STEP_NODES) {
      visited = 0;
      yield;
    }
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      builder.addText(node as Text, preDepth > 0);
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const kind = kindOf(el);
      if ((kind & LINE_BREAK) !== 0) {
        builder.addLineBreak();
      } else if ((kind & SKIP) === 0 && !hasExcludingAttributes(el) && isShown(el, kind, isVisible)) {
        enter(el, kind);
        const child = el.firstChild;
        if (child !== null) {
          open.push(kind);
          node = child;
          continue;
        }
        leave(kind);
      }
    }
    let next: Node | null = node.nextSibling;
    while (next === null) {
      const parent: Node | null = node.parentNode;
      if (parent === root || parent === null) break;
      leave(open.pop() ?? 0);
      node = parent;
      next = node.nextSibling;
    }
    node = next;
  }
  leave(rootKind);
  flush();
}

/**
 * collectBlocks for a live page, in slices: gives the main thread back (`pause`) whenever a slice has run for
 * `budgetMs`, so a huge page never makes one long task. Nodes the page removes mid-walk simply end their
 * branch early (the caller's MutationObserver sees the change).
 * @returns the blocks, as collectBlocks would; an empty array for hidden or skipped roots, or when aborted.
 */
export async function collectBlocksSliced(
  root: Node,
  pause: () => Promise<void>,
  opts: CollectOptions & { budgetMs?: number; signal?: AbortSignal } = {},
): Promise<Block[]> {
  const start = root.nodeType === DOCUMENT_NODE ? (root as Document).documentElement : root;
  if (!start || start.nodeType !== ELEMENT_NODE) return collectBlocks(root, opts);
  if (isWithinSkipped(start)) return [];
  const isVisible = opts.visibility === 'structural' ? null : createVisibilityCheck(start);
  if (isVisible && !isVisible(start as Element)) return [];
  const blocks: Block[] = [];
  const preformatted = isWithinPreformatted(start) ? 1 : 0;
  const steps = walkSteps(start as Element, findContainer(start), preformatted, isVisible, blocks);
  const budget = opts.budgetMs ?? 8;
  let sliceStart = performance.now();
  while (!steps.next().done) {
    if (performance.now() - sliceStart < budget) continue;
    await pause();
    if (opts.signal?.aborted) return [];
    sliceStart = performance.now();
  }
  return blocks;
}

/**
 * Asks layout only about elements CSS is likely to hide: block-level elements, custom elements, and inline
 * elements with a class, id or style. A bare inline element (`<b>`, `<a href>`) is taken as shown when its
 * parent is: hiding one takes a tag-only CSS rule, which is rare, and skipping it halves the layout queries.
 */
function isShown(el: Element, kind: number, isVisible: VisibilityCheck | null): boolean {
  if (isVisible === null) return true;
  if ((kind & BLOCK) === 0 && !hasStylingHook(el)) return true;
  return isVisible(el);
}

function hasStylingHook(el: Element): boolean {
  if (el.localName.includes('-')) return true;
  if (!el.hasAttributes()) return false;
  return el.hasAttribute('class') || el.hasAttribute('id') || el.hasAttribute('style');
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
