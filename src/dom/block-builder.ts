import type { Block, TextPiece } from './block';

/** Whitespace runs inside a node's text (edges already trimmed) that must collapse: 2+ characters, or one non-space. */
const INNER_RUN = /[ \t\n\f\r]{2,}|[\t\n\f\r]/g;
/** The same, as a test without match objects: most text has none. */
const HAS_INNER_RUN = /[ \t\n\f\r]{2}|[\t\n\f\r]/;

/** First character that is not HTML whitespace (searched natively: whitespace-only nodes are common). */
const NON_SPACE = /[^ \t\n\f\r]/;

/** HTML's ASCII whitespace: space, tab, line feed, form feed, carriage return. No-break space is text. */
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}

/**
 * Accumulates the text of one block from Text nodes in document order, collapsing whitespace like a browser
 * does for `white-space: normal` while recording where every kept character came from.
 */
export class BlockBuilder {
  private parts: string[] = [];
  private length = 0;
  private pieces: TextPiece[] = [];
  /** Node offset just past the last character the last piece took, to spot gaps in its node. */
  private nextNodeOffset = 0;
  private spaceNode: Text | null = null;
  private spaceOffset = 0;
  /** Synthetic separator ("\n" for `<br>`, "\t" between table cells) to put before the next text; "" for none. */
  private pendingBreak = '';

  /** Adds a Text node's data, collapsing whitespace unless `preformatted`. */
  addText(node: Text, preformatted: boolean): void {
    const data = node.data;
    if (data.length === 0) return;
    if (preformatted) {
      this.flushPending();
      this.emit(node, 0, data);
      return;
    }
    const length = data.length;
    const from = data.search(NON_SPACE);
    if (from !== 0) this.markSpace(node, 0);
    if (from === -1) return;
    let to = length;
    while (isSpace(data.charCodeAt(to - 1))) to -= 1;
    const words = from === 0 && to === length ? data : data.slice(from, to);
    if (HAS_INNER_RUN.test(words)) this.addCollapsing(node, from, words);
    else this.addWords(node, from, words);
    if (to < length) this.markSpace(node, to);
  }

  /** Adds trimmed text that has whitespace runs inside, one word run at a time. */
  private addCollapsing(node: Text, offset: number, words: string): void {
    INNER_RUN.lastIndex = 0;
    let from = 0;
    for (let m = INNER_RUN.exec(words); m !== null; m = INNER_RUN.exec(words)) {
      this.addWords(node, offset + from, words.slice(from, m.index));
      this.markSpace(node, offset + m.index);
      from = m.index + m[0].length;
    }
    this.addWords(node, offset + from, words.slice(from));
  }

  /** Records a `<br>`: the next visible text starts on a new line. */
  addLineBreak(): void {
    if (this.length === 0) return;
    this.pendingBreak = '\n';
    this.spaceNode = null;
  }

  /** Records the start of a table cell: the next visible text is separated by a tab (a trailing `<br>` is dropped). */
  addCellBreak(): void {
    if (this.length === 0) return;
    this.pendingBreak = '\t';
    this.spaceNode = null;
  }

  /** Returns the finished block and resets the builder; returns null when no visible text was added. */
  finish(container: Element | null): Block | null {
    const block: Block | null =
      this.length === 0 ? null : { text: this.parts.join(''), pieces: this.pieces, container };
    this.parts = [];
    this.length = 0;
    this.pieces = [];
    this.spaceNode = null;
    this.pendingBreak = '';
    return block;
  }

  private markSpace(node: Text, offset: number): void {
    if (this.length === 0 || this.pendingBreak !== '' || this.spaceNode !== null) return;
    this.spaceNode = node;
    this.spaceOffset = offset;
  }

  private addWords(node: Text, offset: number, words: string): void {
    this.flushPending();
    this.emit(node, offset, words);
  }

  private flushPending(): void {
    if (this.pendingBreak !== '') {
      this.parts.push(this.pendingBreak);
      this.length += 1;
      this.pendingBreak = '';
    } else if (this.spaceNode !== null) {
      this.emit(this.spaceNode, this.spaceOffset, ' ');
    }
    this.spaceNode = null;
  }

  private emit(node: Text, offset: number, text: string): void {
    const last = this.pieces[this.pieces.length - 1];
    if (last !== undefined && last.node === node && last.end === this.length) {
      if (offset !== this.nextNodeOffset) {
        last.map ??= [0, last.nodeStart];
        last.map.push(this.length - last.start, offset);
      }
      last.end += text.length;
    } else {
      this.pieces.push({
        node,
        start: this.length,
        end: this.length + text.length,
        nodeStart: offset,
        map: null,
      });
    }
    this.parts.push(text);
    this.length += text.length;
    this.nextNodeOffset = offset + text.length;
  }
}
