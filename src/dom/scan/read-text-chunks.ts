import { BLOCK, kindOf, SKIP } from '../element-rules';

/** A piece of a page's text: the textContent of `node` (or the data of a Text node). */
export interface TextChunk {
  node: Node;
  text: string;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** A level with more child nodes than this is a list (of stories, paragraphs …): each child is one chunk. */
const WIDE = 16;
/** Chunks at most: a list that would pass this is read whole, and so is anything after it. */
const MAX_CHUNKS = 2_000;
/** Levels descended at most: a page nested thousands deep is read whole below this. */
const MAX_DEPTH = 64;

/**
 * The text of `root` in pieces whose concatenation is `root.textContent`, in document order: down through the
 * block-level containers (body, main, wrappers) to the first level that is a list; a list of big items (stories)
 * gives one chunk per item, a list of small ones (paragraphs) one chunk. One textContent call per chunk instead
 * of one for the whole page: on a 1 MB page of stories Chromium builds the pieces in about half the time of the
 * one long string, and a later search for mentions only measures the parts of the chunks it is in. Chunk edges lie only at block edges (a word split by inline markup, such as
 * "Pyong<b>yang</b>", stays in one chunk), and skipped subtrees (scripts, styles, SVG …) are chunks of their own.
 * @returns the chunks; a single chunk of `root` itself when it holds no block-level element, and an empty array
 *   for a root without text.
 */
export function readTextChunks(root: Node): TextChunk[] {
  const chunks: TextChunk[] = [];
  // Depth first with a stack of its own: the next sibling to visit at each level, innermost last.
  const stack: Array<{ node: Node | null; depth: number }> = [];
  const visit = (node: Node, depth: number): void => {
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      chunks.push({ node, text: (node as Text).data });
      return;
    }
    if (type !== ELEMENT_NODE) return; // comments and processing instructions are not text
    if (depth >= MAX_DEPTH || chunks.length >= MAX_CHUNKS || !holdsBlocks(node as Element)) {
      push(node);
      return;
    }
    const count = node.childNodes.length;
    if (count > WIDE) {
      // A list of big items (stories, sections) is read item by item; a list of small ones (an article's
      // paragraphs) whole: there a call per item costs more than the one string.
      if (chunks.length + count > MAX_CHUNKS || hasSmallItems(node as Element, count)) push(node);
      else for (let child = node.firstChild; child !== null; child = child.nextSibling) push(child);
      return;
    }
    stack.push({ node: node.firstChild, depth: depth + 1 });
  };
  const push = (node: Node): void => {
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) chunks.push({ node, text: (node as Text).data });
    else if (type === ELEMENT_NODE) {
      const text = node.textContent ?? '';
      if (text !== '') chunks.push({ node, text });
    }
  };
  visit(root, 0);
  for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
    const node = top.node;
    if (node === null) {
      stack.pop();
      continue;
    }
    top.node = node.nextSibling;
    visit(node, top.depth);
  }
  return chunks;
}

/**
 * Elements per child node at least for a list to be read item by item. Page (b) of the benchmark, 250 stories
 * of 20 paragraphs, has about 37; an article's paragraphs (page (a), 699 child nodes) about 1.
 */
const BIG_ITEM_ELEMENTS = 8;

/** Whether the `count` child nodes of a list hold few elements each (counted natively, no node touched). */
function hasSmallItems(list: Element, count: number): boolean {
  return list.getElementsByTagName('*').length < count * BIG_ITEM_ELEMENTS;
}

/** Whether an element that is not skipped has a block-level child (is a container worth splitting). */
function holdsBlocks(element: Element): boolean {
  if ((kindOf(element) & SKIP) !== 0) return false;
  for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
    if ((kindOf(child) & BLOCK) !== 0) return true;
  }
  return false;
}

/** The number of characters in the chunks (their joined text's length). */
export function countChunkChars(chunks: readonly TextChunk[]): number {
  let chars = 0;
  for (const chunk of chunks) chars += chunk.text.length;
  return chars;
}
