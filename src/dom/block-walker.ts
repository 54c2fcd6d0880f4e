import type { Block, TextPiece } from './block';
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
import { isPlainBlock, readPlainBlock } from './plain-block';
import type { VisibilityCheck } from './visibility';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const FOLLOWING = 4;
const SHOW_TEXT = 4;

/** Nodes visited by one `step` at most before it returns MORE (so a caller can pause a long walk). */
const STEP_NODES = 256;

/** What `step` returns when it visited STEP_NODES nodes without finishing a block: call it again. */
export const MORE = 'more';

/**
 * Walks the visible text under a root element in document order and hands out its blocks one at a time (see
 * collectBlocks for what a block is). The walk can start anywhere under the root (`seek`): the open elements
 * above the start are read from its ancestors, so the blocks that follow are the ones a walk of the whole
 * root would produce from there on. Uses firstChild/nextSibling (measured faster than a TreeWalker with a JS
 * filter, and available in linkedom) and prunes rejected subtrees. Without a layout check, a block element of
 * plain text and inline markup is read in one `textContent` call (see plain-block.ts), the same block a walk of
 * its nodes would make.
 */
export class BlockWalker {
  private readonly builder = new BlockBuilder();
  /** Nearest block-level element of each open block element, the root's own container first. */
  private containers: (Element | null)[] = [];
  /** Kinds of the open elements between the root (excluded) and the next node. */
  private open: number[] = [];
  private preDepth = 0;
  private node: Node | null = null;
  /** Blocks finished but not handed out yet (at most one in practice). */
  private ready: Block[] = [];
  private readonly rootKind: number;
  private rootOpen = false;
  /** The element last found plain, so handing out the block before it does not make it be checked twice. */
  private plain: Element | null = null;

  /**
   * @param root an element that is itself read (the caller has checked it is not skipped or hidden)
   * @param rootContainer the nearest block-level ancestor-or-self of root
   * @param rootPreformatted whether root lies inside preformatted content
   * @param isVisible layout check for elements entered, or null to judge by tags and attributes only
   */
  constructor(
    private readonly root: Element,
    private readonly rootContainer: Element | null,
    private readonly rootPreformatted: boolean,
    private readonly isVisible: VisibilityCheck | null,
  ) {
    this.rootKind = kindOf(root) & (BLOCK | PREFORMATTED);
    this.seekStart();
  }

  /** The node the walk visits next; null when the walk has reached the end of the root. */
  get position(): Node | null {
    return this.node;
  }

  /** Whether `node` lies before the walk's position (the walk is past it, or has ended). */
  hasPassed(node: Node): boolean {
    const at = this.node;
    if (at === null) return true;
    if (at === node) return false;
    // `at` follows `node` unless `node` is `at` itself or comes after it (inside it counts as after).
    return (at.compareDocumentPosition(node) & FOLLOWING) === 0;
  }

  /**
   * Restarts the walk at `from`, a node under the root (partial text of the block it continues is dropped).
   * When `from` lies in skipped or hidden content, the walk starts after that content.
   */
  seek(from: Node): void {
    this.reset();
    let start: Node | null = from;
    for (;;) {
      const chain = this.ancestorsOf(start);
      if (chain === null) {
        // Outside the root: nothing to walk.
        this.node = null;
        return;
      }
      const hidden = this.outermostRejected(chain);
      if (hidden === null) {
        this.enterRoot();
        for (const el of chain) this.enter(el, kindOf(el), true);
        this.node = start;
        return;
      }
      start = this.after(hidden);
      if (start === null) {
        this.node = null;
        return;
      }
    }
  }

  /**
   * Walks on until the next block is finished.
   * @returns the block; MORE when STEP_NODES nodes were visited without finishing one (call again); null at
   *   the end of the root.
   */
  step(): Block | typeof MORE | null {
    if (this.ready.length > 0) return this.take();
    let node = this.node;
    if (node === null) {
      if (this.rootOpen) {
        this.rootOpen = false;
        this.leave(this.rootKind);
        this.flush();
      }
      return this.ready.length === 0 ? null : this.take();
    }
    const root = this.root;
    const builder = this.builder;
    const open = this.open;
    let visited = 0;
    while (node !== null) {
      if (++visited > STEP_NODES) {
        this.node = node;
        return MORE;
      }
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        builder.addText(node as Text, this.preDepth > 0);
      } else if (type === ELEMENT_NODE) {
        const el = node as Element;
        const kind = kindOf(el);
        if ((kind & LINE_BREAK) !== 0) {
          builder.addLineBreak();
        } else if ((kind & SKIP) === 0 && !hasExcludingAttributes(el) && this.isShown(el, kind)) {
          if (kind === BLOCK && this.isVisible === null && this.preDepth === 0 && this.isPlain(el)) {
            // Text and inline markup only: one textContent call instead of a walk of every node (in a
            // content script each node touched costs a wrapper object); the pieces are read on demand.
            this.flush();
            if (this.ready.length > 0) {
              // Hand out the block before it first, with the walk still at this element (not past it).
              this.plain = el;
              this.node = node;
              return this.take();
            }
            this.plain = null;
            const block = readPlainBlock(el, readPlainPieces);
            if (block !== null) this.ready.push(block);
          } else {
            this.enter(el, kind, false);
            const child = el.firstChild;
            if (child !== null) {
              open.push(kind);
              node = child;
              if (this.ready.length > 0) {
                this.node = node;
                return this.take();
              }
              continue;
            }
            this.leave(kind);
          }
        }
      }
      let next: Node | null = node.nextSibling;
      while (next === null) {
        const parent: Node | null = node.parentNode;
        if (parent === root || parent === null) break;
        this.leave(open.pop() ?? 0);
        node = parent;
        next = node.nextSibling;
      }
      node = next;
      if (this.ready.length > 0) {
        this.node = node;
        return this.take();
      }
    }
    this.node = null;
    return this.step();
  }

  private isPlain(el: Element): boolean {
    return el === this.plain || isPlainBlock(el);
  }

  private take(): Block {
    return this.ready.shift() as Block;
  }

  private seekStart(): void {
    this.reset();
    this.enterRoot();
    this.node = this.root.firstChild;
  }

  private reset(): void {
    this.builder.finish(null);
    this.containers = [this.rootContainer];
    this.open = [];
    this.preDepth = this.rootPreformatted ? 1 : 0;
    this.ready = [];
    this.rootOpen = false;
    this.plain = null;
  }

  private enterRoot(): void {
    this.rootOpen = true;
    this.enter(this.root, this.rootKind, true);
  }

  /** Ancestors of `node` strictly between the root and it, outermost first; null when `node` is not under the root. */
  private ancestorsOf(node: Node): Element[] | null {
    const chain: Element[] = [];
    for (let el = node.parentNode; el !== this.root; el = el.parentNode) {
      if (el === null || el.nodeType !== ELEMENT_NODE) return null;
      chain.push(el as Element);
    }
    return chain.reverse();
  }

  /** The outermost element of a chain (outermost first) whose subtree is not read; null when all are read. */
  private outermostRejected(chain: readonly Element[]): Element | null {
    for (const el of chain) {
      const kind = kindOf(el);
      if ((kind & SKIP) !== 0 || hasExcludingAttributes(el)) return el;
    }
    const innermost = chain[chain.length - 1];
    if (this.isVisible === null || innermost === undefined || this.isVisible(innermost)) return null;
    // Something above hides the start: find the outermost hidden ancestor, so the walk resumes after it.
    for (const el of chain) if (!this.isVisible(el)) return el;
    return innermost;
  }

  /** The node after `el`'s subtree in document order, within the root; null when there is none. */
  private after(el: Node): Node | null {
    for (let node: Node | null = el; node !== null && node !== this.root; node = node.parentNode) {
      if (node.nextSibling !== null) return node.nextSibling;
    }
    return null;
  }

  /** Enters an element; `quiet` for elements entered by seek or for the root (no cell break). */
  private enter(el: Element, kind: number, quiet: boolean): void {
    if (!quiet && (kind & CELL) !== 0) this.builder.addCellBreak();
    if ((kind & BLOCK) !== 0) {
      this.flush();
      this.containers.push(el);
    }
    if ((kind & PREFORMATTED) !== 0) this.preDepth += 1;
    if (quiet && el !== this.root) this.open.push(kind);
  }

  private leave(kind: number): void {
    if ((kind & PREFORMATTED) !== 0) this.preDepth -= 1;
    if ((kind & BLOCK) !== 0) {
      this.flush();
      this.containers.pop();
    }
  }

  private flush(): void {
    const block = this.builder.finish(this.containers[this.containers.length - 1] ?? null);
    if (block !== null) this.ready.push(block);
  }

  /**
   * Asks layout only about elements CSS is likely to hide: block-level elements, custom elements, and inline
   * elements with a class, id or style. A bare inline element (`<b>`, `<a href>`) is taken as shown when its
   * parent is: hiding one takes a tag-only CSS rule, which is rare, and skipping it halves the layout queries.
   */
  private isShown(el: Element, kind: number): boolean {
    if (this.isVisible === null) return true;
    if ((kind & BLOCK) === 0 && !hasStylingHook(el)) return true;
    return this.isVisible(el);
  }
}

/**
 * The pieces of a plain block element's text, read again from its Text nodes (a native walk over Text nodes
 * only: a plain block has no element whose text the walk would leave out); [] when its text is no longer `text`.
 */
function readPlainPieces(el: Element, text: string): TextPiece[] {
  const doc = el.ownerDocument;
  const builder = new BlockBuilder();
  const walker = doc.createTreeWalker(el, SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
    builder.addText(node as Text, false);
  const block = builder.finish(el);
  return block !== null && block.text === text ? block.pieces : [];
}

function hasStylingHook(el: Element): boolean {
  if (el.localName.includes('-')) return true;
  if (!el.hasAttributes()) return false;
  return el.hasAttribute('class') || el.hasAttribute('id') || el.hasAttribute('style');
}

/** Nearest block-level ancestor-or-self element of a node; null when there is none. */
export function findContainer(node: Node): Element | null {
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
export function isWithinSkipped(node: Node): boolean {
  if (node.nodeType === ELEMENT_NODE && isSkippedElement(node as Element)) return true;
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  const doc = node.ownerDocument as (Document & { designMode?: string }) | null;
  return doc?.designMode === 'on';
}

/** Returns true when an ancestor of `node` keeps whitespace as written; false otherwise. */
export function isWithinPreformatted(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (isPreformattedElement(el)) return true;
  }
  return false;
}
