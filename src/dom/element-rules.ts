/**
 * Tag- and attribute-level rules the DOM text adapter applies to elements: which ones end a block,
 * which subtrees hold no readable page text, which keep whitespace. Cheap checks only, no layout.
 * The walk reads an element's local name once and looks its kind up in one map.
 */

/** Kind bits of an element, from its tag. 0 (INLINE) for unknown and inline elements. */
export const INLINE = 0;
/** Starts and ends a block of text (HTML's UA stylesheet renders it as a block). */
export const BLOCK = 1;
/** Keeps whitespace as written. */
export const PREFORMATTED = 2;
/** Its subtree is never read. */
export const SKIP = 4;
/** `<br>`: a line break inside the block. */
export const LINE_BREAK = 8;
/** `<td>`/`<th>`: a table row is one block, its cells separated by a tab (as `innerText` does). */
export const CELL = 16;

/** Elements rendered as blocks by default: their edges end a block of text. */
const BLOCK_TAGS = [
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol',
  'p', 'plaintext', 'pre', 'search', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
  'xmp',
]; // prettier-ignore

/**
 * Subtrees whose text is not page prose: code, form controls (user input), embedded or fallback content,
 * ruby annotations, and SVG/MathML (graphics text cannot be highlighted reliably with a Range).
 */
const SKIPPED_TAGS = [
  'applet', 'audio', 'base', 'button', 'canvas', 'datalist', 'embed', 'frame', 'frameset', 'head',
  'iframe', 'input', 'link', 'math', 'meta', 'noembed', 'noframes', 'noscript', 'object', 'optgroup',
  'option', 'rp', 'rt', 'script', 'select', 'style', 'svg', 'template', 'textarea', 'title', 'video',
]; // prettier-ignore

/** The host element of the extension's own UI (a shadow root with the card and live summary). */
export const LAYER_HOST_TAG = 'nkf-layer';

/** Elements whose whitespace is shown as written. */
const PREFORMATTED_TAGS = ['pre', 'listing', 'plaintext', 'xmp'];

const KINDS: ReadonlyMap<string, number> = buildKinds();

function buildKinds(): Map<string, number> {
  const kinds = new Map<string, number>();
  const add = (names: string[], bit: number): void => {
    for (const name of names) kinds.set(name, (kinds.get(name) ?? INLINE) | bit);
  };
  add(BLOCK_TAGS, BLOCK);
  add(PREFORMATTED_TAGS, PREFORMATTED);
  add(SKIPPED_TAGS, SKIP);
  // Our own UI is never page text (a page that puts text into our host gets it ignored too).
  add([LAYER_HOST_TAG], SKIP);
  add(['br'], LINE_BREAK);
  add(['td', 'th'], CELL);
  return kinds;
}

/**
 * Inline tags of running text, the commonest first: the walk reads through them (kind INLINE, a test checks),
 * so a block holding only these, without excluding attributes, reads the same as its `textContent`.
 */
export const PLAIN_INLINE_TAGS = [
  'a', 'span', 'b', 'strong', 'em', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'cite', 'q', 'time',
  'code', 'kbd', 'samp', 'var', 'dfn', 'bdi', 'bdo', 'data', 'font', 'label', 'ins', 'del', 'img', 'picture',
  'source', 'wbr',
]; // prettier-ignore

/**
 * Matches any element below a block that the walk might not simply read through: every tag outside
 * PLAIN_INLINE_TAGS (nested blocks, skipped subtrees, `<br>`, cells, preformatted text, but also rarer inline
 * and custom elements, which then take the node-by-node walk) and every attribute that can exclude a subtree (a
 * superset: any `hidden`, `contenteditable` or `style`). A block with no match reads the same as its
 * `textContent` with whitespace collapsed. One `:not()` list: an element is compared with the few tags before
 * its own, not with every tag the walk knows (a third less time for the walk of a long page).
 */
export const NOT_PLAIN_SELECTOR = `:not(${PLAIN_INLINE_TAGS.join(',')}),[hidden],[contenteditable],[style]`;

/** Inline styles that hide an element; the only hint of visibility a document without layout gives. */
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)/i;

/** Kind bits of an element (BLOCK, PREFORMATTED, SKIP, LINE_BREAK, CELL); INLINE (0) for any other tag. */
export function kindOf(el: Element): number {
  return KINDS.get(el.localName) ?? INLINE;
}

/** Returns true when the element starts and ends a block of text; false for inline and unknown elements. */
export function isBlockElement(el: Element): boolean {
  return (kindOf(el) & BLOCK) !== 0;
}

/** Returns true when whitespace inside the element is preformatted; false otherwise. */
export function isPreformattedElement(el: Element): boolean {
  return (kindOf(el) & PREFORMATTED) !== 0;
}

/**
 * Returns true when the attributes of an element of the given kind exclude its subtree: a closed `<dialog>`,
 * the `hidden` attribute, an inline style hiding it, or `contenteditable` other than "false" (the user's own
 * text, which the page may rewrite as they type). Returns false otherwise.
 */
export function hasExcludingAttributes(el: Element): boolean {
  if (!el.hasAttributes()) return el.localName === 'dialog';
  if (el.localName === 'dialog' && !el.hasAttribute('open')) return true;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/**
 * Returns true when the element's subtree must not be read, judging only by tag and attributes: a skipped tag
 * (scripts, styles, form controls, embedded content, SVG) or excluding attributes (see hasExcludingAttributes).
 * Returns false otherwise.
 */
export function isSkippedElement(el: Element): boolean {
  return (kindOf(el) & SKIP) !== 0 || hasExcludingAttributes(el);
}
