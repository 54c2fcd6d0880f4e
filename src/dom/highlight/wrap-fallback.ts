/** Custom element used to mark figures only where the CSS Custom Highlight API is missing. */
export const FALLBACK_TAG = 'nkf-mark';

interface Wrapped {
  /** The original text node, whose data we restore on unwrap. */
  original: Text;
  data: string;
  /** Nodes inserted after the original (its split-off tail pieces and our wrapper). */
  inserted: Node[];
}

/**
 * Wraps the text of `range` in `<nkf-mark>` elements, for browsers without CSS highlights.
 * Only text inside single text nodes of the range is wrapped; the page's nodes are split, never normalised.
 * @returns an `unwrap` function that restores the exact original nodes and text; a no-op when nothing was wrapped.
 */
export function wrapRange(range: Range, attributes: Record<string, string>): () => void {
  const doc = range.startContainer.ownerDocument;
  if (!doc) return () => undefined;
  const texts = textNodesIn(range);
  const wrapped: Wrapped[] = [];
  for (const node of texts) {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end <= start || !node.parentNode) continue;
    const record: Wrapped = { original: node, data: node.data, inserted: [] };
    const middle = start > 0 ? node.splitText(start) : node;
    if (middle !== node) record.inserted.push(middle);
    if (end - start < middle.data.length) record.inserted.push(middle.splitText(end - start));
    const mark = doc.createElement(FALLBACK_TAG);
    for (const [name, value] of Object.entries(attributes)) mark.setAttribute(name, value);
    middle.parentNode?.insertBefore(mark, middle);
    if (middle === node) {
      // Keep the original node in place by wrapping a copy of its text; the original is restored on unwrap.
      const copy = doc.createTextNode(middle.data);
      mark.append(copy);
      node.data = '';
      record.inserted.push(mark);
    } else {
      mark.append(middle);
      record.inserted.push(mark);
    }
    wrapped.push(record);
  }
  return () => {
    for (const record of wrapped.reverse()) {
      for (const node of record.inserted) node.parentNode?.removeChild(node);
      record.original.data = record.data;
    }
  };
}

function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) nodes.push(node as Text);
  }
  return nodes;
}
