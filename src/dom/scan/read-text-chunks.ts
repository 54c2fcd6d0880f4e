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
      if (chunks.length + count > MAX_CHUNKS || hasSmallItems(node as Element)) push(node);
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
 * Whether a list's items are small (paragraphs, links), judged by its first and last element: a list of stories
 * or sections has items that themselves hold blocks. Two elements looked at, whatever the list's length.
 */
function hasSmallItems(list: Element): boolean {
  const first = list.firstElementChild;
  const last = list.lastElementChild;
  return first === null || last === null || !holdsBlocks(first) || !holdsBlocks(last);
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

/**
 * Bytes of a page's HTML from which its text is read in chunks. Below it, one textContent costs less: walking
 * down touches DOM properties that a fresh content-script world pays for on first use (about 2 ms on page (a),
 * 58 KB of HTML), which a long page's saving (about 13 ms on page (b), 1.2 MB) repays from roughly 250 KB on.
 */
const CHUNKED_MIN_BYTES = 256 * 1024;

/**
 * The text of a page's body as chunks: readTextChunks on a long page (by the size of its HTML, as the browser
 * received it), otherwise one chunk of the whole body. A page whose script built a long body from little HTML
 * is read whole, as any page was before chunks.
 * @returns the chunks; an empty array for a body without text.
 */
export function readBodyChunks(body: HTMLElement): TextChunk[] {
  if (htmlBytesOf(body.ownerDocument) >= CHUNKED_MIN_BYTES) return readTextChunks(body);
  const text = body.textContent ?? '';
  return text === '' ? [] : [{ node: body, text }];
}

/** The decoded size of the document's HTML from its navigation entry; 0 when the browser gives none. */
function htmlBytesOf(doc: Document): number {
  const timing = doc.defaultView?.performance;
  if (typeof timing?.getEntriesByType !== 'function') return 0;
  const entry = timing.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return entry?.decodedBodySize ?? 0;
}
