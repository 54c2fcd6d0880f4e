import { parseHTML } from 'linkedom';
import { collectBlocks } from '../dom/collect-blocks';
import { joinBlocks } from '../dom/join-blocks';

/** The readable text of an HTML document and the language it declares. */
export interface HtmlText {
  /** Visible block texts joined by "\n\n"; "" when the document has no visible text. */
  text: string;
  /** The `lang` attribute of `<html>` (or `<body>`), trimmed; null when absent or empty. */
  declaredLang: string | null;
}

/**
 * Parses HTML without layout (linkedom) and extracts the visible text of its blocks, as the content script
 * would, joined by "\n\n". Never runs scripts or loads resources.
 */
export function extractHtmlText(html: string): HtmlText {
  const { document } = parseHTML(wrapDocument(html));
  const doc = document as unknown as Document;
  const blocks = collectBlocks(doc, { visibility: 'structural' });
  const declared = doc.documentElement?.getAttribute('lang') ?? doc.body?.getAttribute('lang') ?? '';
  return { text: joinBlocks(blocks).text, declaredLang: declared.trim() === '' ? null : declared.trim() };
}

/**
 * linkedom makes the first element of a fragment the document element and drops its siblings, so markup
 * without `<html>` is wrapped in one (and in `<body>` when it has none); a doctype and BOM are removed.
 */
function wrapDocument(html: string): string {
  const source = html.replace(/^\uFEFF?\s*(?:<!doctype[^>]*>)?/i, '');
  if (/<html[\s>]/i.test(source)) return source;
  return /<body[\s>]/i.test(source) ? `<html>${source}</html>` : `<html><body>${source}</body></html>`;
}
