import { PREFILTER } from '../../core/extract/topic-gate';
import { kindOf, SKIP } from '../element-rules';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** The topic gate's word prefilter, for finding every match in a text. */
const PREFILTER_ALL = new RegExp(PREFILTER.source, 'gi');

/**
 * The Text nodes under `root` where a word that may name North Korea starts, in document order. Searches the
 * root's `textContent` once (the prefilter is a superset of the topic gate: "Korea" alone passes), then
 * locates each match by descending from the root through the lengths of its children's text, so only the
 * branches that hold a match are visited, and most of a long page's nodes are never touched. That matters in
 * a content script: every DOM node it touches costs a wrapper object of its own world. A match that spans
 * nodes ("Pyong<b>yang</b>") is found in the node where it starts. Text inside scripts, styles and other
 * skipped elements is left out; hidden text is not (the block walk judges that).
 * @param text the root's textContent when the caller already has it (it must be current)
 * @returns the nodes, each once; an empty array when no text may name North Korea.
 */
export function findMentionNodes(root: Node, text: string = root.textContent ?? ''): Text[] {
  const offsets: number[] = [];
  PREFILTER_ALL.lastIndex = 0;
  for (let m = PREFILTER_ALL.exec(text); m !== null; m = PREFILTER_ALL.exec(text)) offsets.push(m.index);
  const found: Text[] = [];
  if (offsets.length > 0) locate(root, 0, text.length, offsets, 0, offsets.length, found);
  return found;
}

/** Length of a node's share of its parent's textContent, or -1 when it takes a textContent call to know. */
function cheapLength(node: Node): number {
  const type = node.nodeType;
  if (type === TEXT_NODE || type === CDATA_NODE) return (node as Text).length;
  return type === ELEMENT_NODE ? -1 : 0;
}

/**
 * Routes offsets[from, to) (sorted, relative to the whole text; all inside `node`'s text, which starts at
 * `base` and is `length` long) to the children of `node` that hold them, recursively down to Text nodes.
 * The length of one element child follows from the others': the one with the most element children (the
 * page's main column, a wrapper), so the biggest subtree of each level is never turned into a string.
 */
function locate(
  node: Node,
  base: number,
  length: number,
  offsets: readonly number[],
  from: number,
  to: number,
  found: Text[],
): void {
  const children: Node[] = [];
  let derived = -1;
  let most = -1;
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) {
      const count = (child as Element).childElementCount;
      if (count >= most) {
        most = count;
        derived = children.length;
      }
    }
    children.push(child);
  }
  const lengths: number[] = children.map(cheapLength);
  const lengthAt = (k: number): number => {
    const known = lengths[k] as number;
    if (known >= 0) return known;
    const measured = (children[k]?.textContent ?? '').length;
    lengths[k] = measured;
    return measured;
  };
  let start = base;
  let i = from;
  for (let k = 0; k < children.length && i < to; k++) {
    let childLength: number;
    if (k === derived) {
      let rest = 0;
      for (let j = k + 1; j < children.length; j++) rest += lengthAt(j);
      childLength = base + length - start - rest;
    } else {
      childLength = lengthAt(k);
    }
    const end = start + childLength;
    const first = i;
    while (i < to && (offsets[i] as number) < end) i++;
    const child = children[k] as Node;
    if (i > first) {
      if (child.nodeType === ELEMENT_NODE) {
        if ((kindOf(child as Element) & SKIP) === 0)
          locate(child, start, childLength, offsets, first, i, found);
      } else if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_NODE) {
        found.push(child as Text);
      }
    }
    start = end;
  }
}
