import type { Block, TextPiece } from './block';
import { NOT_PLAIN_SELECTOR } from './element-rules';

/**
 * Whitespace that collapsing changes: runs of two or more HTML whitespace characters, or one that is not a
 * space (HTML whitespace: space, tab, line feed, form feed, carriage return; a no-break space is text).
 */
const SPACE_RUN = /[ \t\n\f\r]{2,}|[\t\n\f\r]/g;
/** The same, as a test without match objects: most paragraphs have none. */
const HAS_SPACE_RUN = /[ \t\n\f\r]{2}|[\t\n\f\r]/;

/**
 * Returns true when a block element holds only text and inline elements that the walk reads through (no nested
 * block, `<br>`, cell, skipped subtree, preformatted text, nor any `hidden`, `contenteditable` or `style`
 * attribute below it), so its text is its `textContent` with whitespace collapsed. False otherwise.
 * The caller has checked the element itself (tag and attributes).
 */
export function isPlainBlock(el: Element): boolean {
  return el.firstElementChild === null || el.querySelector(NOT_PLAIN_SELECTOR) === null;
}

/** Reads the pieces of a plain block's element again: [] when its text is no longer `text`. */
export type PieceReader = (el: Element, text: string) => TextPiece[];

/**
 * The block of a plain block element (see isPlainBlock), read with one `textContent` call instead of a walk
 * of its nodes; its pieces are read from the nodes by `readPieces` only when asked for (a page's blocks are
 * many, the figures in them few). Returns null when the element has no text but whitespace.
 */
export function readPlainBlock(el: Element, readPieces: PieceReader): Block | null {
  const text = collapseSpaces(el.textContent ?? '');
  return text === '' ? null : new PlainBlock(text, el, readPieces);
}

/** Collapses each whitespace run to one space and drops the runs at both ends, as the block builder does. */
export function collapseSpaces(raw: string): string {
  const collapsed = HAS_SPACE_RUN.test(raw) ? raw.replace(SPACE_RUN, ' ') : raw;
  const from = collapsed.charCodeAt(0) === 32 ? 1 : 0;
  const to =
    collapsed.length > from && collapsed.charCodeAt(collapsed.length - 1) === 32
      ? collapsed.length - 1
      : collapsed.length;
  return from === 0 && to === collapsed.length ? collapsed : collapsed.slice(from, to);
}

class PlainBlock implements Block {
  private read: TextPiece[] | null = null;

  constructor(
    readonly text: string,
    readonly container: Element,
    private readonly readPieces: PieceReader,
  ) {}

  /** Read from the nodes on first use; empty when the element's text has changed since the block was read. */
  get pieces(): TextPiece[] {
    this.read ??= this.readPieces(this.container, this.text);
    return this.read;
  }
}
