/**
 * What the DOM text adapter produces: a block of visible text (the text between two block-level
 * boundaries, inline markup flattened) and an exact map from every block offset back to a Text node.
 */

/** The part of one Text node that a block's text contains, and where it sits in the block. */
export interface TextPiece {
  node: Text;
  /** Block offset of the first character this node contributed. */
  start: number;
  /** Block offset one past the last character this node contributed. */
  end: number;
  /** Node offset of the first character this node contributed. */
  nodeStart: number;
  /**
   * null when the contributed characters are contiguous in the node (the usual case). Otherwise breakpoints
   * `[blockRel0, nodeOffset0, blockRel1, nodeOffset1, ...]` sorted by blockRel, with blockRel0 = 0: block
   * character `start + rel` is node character `nodeOffsetK + (rel - blockRelK)` for the last K with
   * `blockRelK <= rel`. A breakpoint appears wherever collapsed whitespace was dropped inside the node.
   */
  map: number[] | null;
}

/**
 * Visible text of one block. Whitespace runs are collapsed to one space and trimmed at the block's edges
 * (except inside `<pre>`), each `<br>` becomes one "\n" and each table cell after the first in a row starts
 * with one "\t". Every character except those synthetic "\n" and "\t" comes from exactly one piece; pieces
 * are in document order and do not overlap.
 */
export interface Block {
  text: string;
  pieces: TextPiece[];
  /** The nearest block-level element holding the text (where to rescan or anchor UI); null when none encloses it. */
  container: Element | null;
}
