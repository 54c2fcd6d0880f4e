import type { Block, TextPiece } from './block';

/** A position inside a Text node, as a DOM Range boundary takes it. */
export interface NodePosition {
  node: Text;
  offset: number;
}

/**
 * Maps a block offset to a Text node position. "forward" (a range start) resolves to the start of the character
 * at `offset`; "backward" (a range end) to the end of the character before `offset`. A synthetic "\n" (from a
 * `<br>`) or "\t" (between table cells) has no node, so it resolves to the nearest piece in the given direction.
 * Returns null when the offset is outside `0..text.length`, when no piece lies in that direction, or when the
 * node has since shrunk so the position no longer exists.
 */
export function resolveOffset(
  block: Block,
  offset: number,
  affinity: 'forward' | 'backward' = 'forward',
): NodePosition | null {
  if (!Number.isInteger(offset) || offset < 0 || offset > block.text.length) return null;
  return affinity === 'forward' ? resolveStart(block.pieces, offset) : resolveEnd(block.pieces, offset);
}

function resolveStart(pieces: TextPiece[], offset: number): NodePosition | null {
  const index = findPieceAtOrAfter(pieces, offset);
  const piece = pieces[index];
  if (piece === undefined) {
    const last = pieces[pieces.length - 1];
    return last === undefined ? null : position(last.node, nodeOffsetOf(last, last.end - last.start - 1) + 1);
  }
  const rel = Math.max(0, offset - piece.start);
  return position(piece.node, nodeOffsetOf(piece, rel));
}

function resolveEnd(pieces: TextPiece[], offset: number): NodePosition | null {
  if (offset === 0) {
    const first = pieces[0];
    return first === undefined ? null : position(first.node, nodeOffsetOf(first, 0));
  }
  const index = findPieceAtOrAfter(pieces, offset - 1);
  const containing = pieces[index];
  const piece = containing !== undefined && containing.start <= offset - 1 ? containing : pieces[index - 1];
  if (piece === undefined) return null;
  const rel = Math.min(offset, piece.end) - 1 - piece.start;
  return position(piece.node, nodeOffsetOf(piece, rel) + 1);
}

/** Index of the first piece whose end is past `offset` (the piece holding it, or the next one); pieces.length if none. */
function findPieceAtOrAfter(pieces: TextPiece[], offset: number): number {
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((pieces[mid] as TextPiece).end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Node offset of the character `rel` places after the piece's start. */
function nodeOffsetOf(piece: TextPiece, rel: number): number {
  const map = piece.map;
  if (map === null) return piece.nodeStart + rel;
  let low = 0;
  let high = map.length / 2 - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((map[mid * 2] as number) <= rel) low = mid;
    else high = mid - 1;
  }
  return (map[low * 2 + 1] as number) + rel - (map[low * 2] as number);
}

function position(node: Text, offset: number): NodePosition | null {
  return offset >= 0 && offset <= node.data.length ? { node, offset } : null;
}
