interface CaretPosition {
  offsetNode: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => CaretPosition | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The text position under a viewport point: `caretPositionFromPoint` (Firefox, Chromium 128+) or
 * `caretRangeFromPoint` (older Chromium, Safari).
 * @returns the node and offset, or null when the point is over no text (or the browser has neither API).
 */
export function caretFromPoint(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** @returns true when the point lies inside one of the range's client rects (with a small tolerance). */
export function isPointOverRange(range: Range, x: number, y: number, slack = 2): boolean {
  for (const rect of range.getClientRects()) {
    if (
      x >= rect.left - slack &&
      x <= rect.right + slack &&
      y >= rect.top - slack &&
      y <= rect.bottom + slack
    ) {
      return true;
    }
  }
  return false;
}
