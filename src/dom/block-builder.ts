import type { Block, TextPiece } from './block';

/**
 * Whitespace runs that must be collapsed or dropped: two or more whitespace characters, any whitespace other
 * than a space, or a single space at either end of the node. A lone interior space is kept as written, so a
 * typical node matches nothing and is copied in one piece.
 */
const COLLAPSIBLE = /[ \t\n\f\r]{2,}|[\t\n\f\r]|^ | $/g;

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
  private breakPending = false;

  /** Adds a Text node's data, collapsing whitespace unless `preformatted`. */
  addText(node: Text, preformatted: boolean): void {
    const data = node.data;
    if (data.length === 0) return;
    if (preformatted) {
      this.flushPending();
      this.emit(node, 0, data);
      return;
    }
    COLLAPSIBLE.lastIndex = 0;
    let from = 0;
    for (let m = COLLAPSIBLE.exec(data); m !== null; m = COLLAPSIBLE.exec(data)) {
      if (m.index > from) this.addWords(node, from, data.slice(from, m.index));
      this.markSpace(node, m.index);
      from = m.index + m[0].length;
    }
    if (from === 0) this.addWords(node, 0, data);
    else if (from < data.length) this.addWords(node, from, data.slice(from));
  }

  /** Records a `<br>`: the next visible text starts on a new line. */
  addLineBreak(): void {
    if (this.length === 0) return;
    this.breakPending = true;
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
    this.breakPending = false;
    return block;
  }

  private markSpace(node: Text, offset: number): void {
    if (this.length === 0 || this.breakPending || this.spaceNode !== null) return;
    this.spaceNode = node;
    this.spaceOffset = offset;
  }

  private addWords(node: Text, offset: number, words: string): void {
    this.flushPending();
    this.emit(node, offset, words);
  }

  private flushPending(): void {
    if (this.breakPending) {
      this.breakPending = false;
      this.parts.push('\n');
      this.length += 1;
    } else if (this.spaceNode !== null) {
      this.emit(this.spaceNode, this.spaceOffset, ' ');
    }
    this.spaceNode = null;
  }

  private emit(node: Text, offset: number, text: string): void {
    const last = this.pieces[this.pieces.length - 1];
    if (last !== undefined && last.node === node && last.end === this.length) {
      if (offset !== this.nextNodeOffset) last.map.push(this.length - last.start, offset);
      last.end += text.length;
    } else {
      this.pieces.push({ node, start: this.length, end: this.length + text.length, map: [0, offset] });
    }
    this.parts.push(text);
    this.length += text.length;
    this.nextNodeOffset = offset + text.length;
  }
}
