/**
 * Tag- and attribute-level rules the DOM text adapter applies to elements: which ones end a block,
 * which subtrees hold no readable page text, which keep whitespace. Cheap checks only, no layout.
 */

/** Elements rendered as blocks by default (HTML's UA stylesheet): their edges end a block of text. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol',
  'p', 'plaintext', 'pre', 'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'xmp',
]); // prettier-ignore

/**
 * Subtrees whose text is not page prose: code, form controls (user input), embedded or fallback content,
 * and SVG/MathML (graphics text cannot be highlighted reliably with a Range).
 */
const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'applet', 'audio', 'base', 'button', 'canvas', 'datalist', 'embed', 'frame', 'frameset', 'head',
  'iframe', 'input', 'link', 'math', 'meta', 'noembed', 'noframes', 'noscript', 'object', 'optgroup',
  'option', 'rp', 'script', 'select', 'style', 'svg', 'template', 'textarea', 'title', 'video',
]); // prettier-ignore

/** Elements whose whitespace is shown as written. */
const PREFORMATTED_TAGS: ReadonlySet<string> = new Set(['pre', 'listing', 'plaintext', 'xmp']);

/** Inline styles that hide an element; the only hint of visibility a document without layout gives. */
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)/i;

/** Local name of an element, lower-case for HTML elements ("" when it has none). */
export function nameOf(el: Element): string {
  return el.localName ?? '';
}

/** Returns true when the element starts and ends a block of text; false for inline and unknown elements. */
export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(nameOf(el));
}

/** Returns true when whitespace inside the element is preformatted; false otherwise. */
export function isPreformattedElement(el: Element): boolean {
  return PREFORMATTED_TAGS.has(nameOf(el));
}

/** Returns true when the element is a `<br>` (a line break inside a block); false otherwise. */
export function isLineBreak(el: Element): boolean {
  return nameOf(el) === 'br';
}

/**
 * Returns true when the element's subtree must not be read, judging only by tag and attributes: skipped tags,
 * a closed `<dialog>`, the `hidden` attribute, an inline style hiding it, or `contenteditable` other than
 * "false" (the user's own text, which the page may rewrite as they type). Returns false otherwise.
 */
export function isSkippedElement(el: Element): boolean {
  const name = nameOf(el);
  if (SKIPPED_TAGS.has(name)) return true;
  if (name === 'dialog' && !el.hasAttribute('open')) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}
