import { PREFILTER } from '../../core/extract/topic-gate';
import { dropInvisible, INVISIBLE, offsetsWithInvisible } from '../../core/lang/invisible';
import { kindOf, SKIP } from '../element-rules';
import type { TextChunk } from './read-text-chunks';

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
 * skipped elements is left out; hidden text is not (the block walk judges that). Invisible characters inside a
 * word ("Nord&shy;korea") do not hide a match.
 * @param text the root's textContent when the caller already has it (it must be current)
 * @returns the nodes, each once; an empty array when no text may name North Korea.
 */
export function findMentionNodes(root: Node, text: string = root.textContent ?? ''): Text[] {
  const offsets = findMentionOffsets(text);
  const found: Text[] = [];
  if (offsets.length === 0) return found;
  // Depth first with a stack of its own, not recursion: a page may nest elements thousands deep.
  const stack: Span[] = [{ node: root, base: 0, length: text.length, from: 0, to: offsets.length }];
  for (let span = stack.pop(); span !== undefined; span = stack.pop()) {
    const type = span.node.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      found.push(span.node as Text);
      continue;
    }
    const children =
      span.node.childNodes.length > DERIVE_MAX_CHILDREN
        ? splitFromEnd(span, offsets)
        : splitDerived(span, offsets);
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k] as Span);
  }
  return found;
}

/** Where words that may name North Korea start in `text`, ascending (searched without invisible characters). */
function findMentionOffsets(text: string): number[] {
  const hidden = INVISIBLE.test(text);
  const searched = hidden ? dropInvisible(text) : text;
  const offsets: number[] = [];
  PREFILTER_ALL.lastIndex = 0;
  for (let m = PREFILTER_ALL.exec(searched); m !== null; m = PREFILTER_ALL.exec(searched))
    offsets.push(m.index);
  return hidden ? offsetsWithInvisible(text, offsets) : offsets;
}

/**
 * The Text nodes where a word that may name North Korea starts, in the chunks of a page's text (readTextChunks),
 * in document order: findMentionNodes in each chunk that holds such a word, so a chunk without one is never
 * looked into. Chunks that are skipped subtrees (scripts, styles …) are left out.
 * @param chunks the chunks, current (read since the page last changed)
 * @returns the nodes, each once; an empty array when no chunk may name North Korea.
 */
export function findChunkMentions(chunks: readonly TextChunk[]): Text[] {
  const found: Text[] = [];
  for (const { node, text } of chunks) {
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      if (PREFILTER.test(text) || (INVISIBLE.test(text) && PREFILTER.test(dropInvisible(text))))
        found.push(node as Text);
    } else if (type === ELEMENT_NODE && (kindOf(node as Element) & SKIP) === 0) {
      // (findMentionNodes searches the text itself: no test first, which would read a chunk with a match twice)
      for (const mention of findMentionNodes(node, text)) found.push(mention);
    }
  }
  return found;
}

/** A node whose text holds offsets[from, to); its text starts at `base` and is `length` long. */
interface Span {
  node: Node;
  base: number;
  length: number;
  from: number;
  to: number;
}

/** Length of a node's share of its parent's textContent, or -1 when it takes a textContent call to know. */
function cheapLength(node: Node): number {
  const type = node.nodeType;
  if (type === TEXT_NODE || type === CDATA_NODE) return (node as Text).length;
  return type === ELEMENT_NODE ? -1 : 0;
}

/**
 * Above this many children, a level is searched from one end without first looking at every child (for the
 * child whose length could follow from the others'): a list of paragraphs or stories, where a match lies in a
 * few of them and the children past it from the nearer end are never touched.
 */
const DERIVE_MAX_CHILDREN = 16;

/** The span of a child that holds offsets, or null for one that holds none or is never read (scripts …). */
function childSpan(child: Node, base: number, length: number, from: number, to: number): Span | null {
  if (to <= from) return null;
  if (child.nodeType === ELEMENT_NODE && (kindOf(child as Element) & SKIP) !== 0) return null;
  return { node: child, base, length, from, to };
}

/** The length of a child's text (a textContent call for an element). */
function lengthOf(child: Node): number {
  const cheap = cheapLength(child);
  return cheap >= 0 ? cheap : (child.textContent ?? '').length;
}

/**
 * The children of a level with many children that hold the span's offsets, in document order: walks them from
 * the end nearer to the offsets (the first offset's distance from the start against the last one's from the
 * end), measuring each child until every offset is placed.
 */
function splitFromEnd(span: Span, offsets: readonly number[]): Span[] {
  const { node, base, length, from, to } = span;
  const out: Span[] = [];
  if ((offsets[to - 1] as number) - base <= base + length - (offsets[from] as number)) {
    let start = base;
    let i = from;
    for (let child = node.firstChild; child !== null && i < to; child = child.nextSibling) {
      const childLength = lengthOf(child);
      const end = start + childLength;
      const first = i;
      while (i < to && (offsets[i] as number) < end) i++;
      const inner = childSpan(child, start, childLength, first, i);
      if (inner) out.push(inner);
      start = end;
    }
    return out;
  }
  let end = base + length;
  let i = to;
  for (let child = node.lastChild; child !== null && i > from; child = child.previousSibling) {
    const childLength = lengthOf(child);
    const start = end - childLength;
    const last = i;
    while (i > from && (offsets[i - 1] as number) >= start) i--;
    const inner = childSpan(child, start, childLength, i, last);
    if (inner) out.push(inner);
    end = start;
  }
  return out.reverse();
}

/**
 * The children of a level with few children that hold the span's offsets, in document order. The length of one
 * element child follows from the others': the one with the most element children (the page's main column, a
 * wrapper), so the biggest subtree of each level is never turned into a string.
 */
function splitDerived(span: Span, offsets: readonly number[]): Span[] {
  const { node, base, length, from, to } = span;
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
  const out: Span[] = [];
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
    const inner = childSpan(children[k] as Node, start, childLength, first, i);
    if (inner) out.push(inner);
    start = end;
  }
  return out;
}
