/** Decoding of input bytes to text, and telling HTML from plain text. */

/** How an input's text is to be read. */
export type InputFormat = 'text' | 'html';

/**
 * Decodes bytes with the given charset label (default UTF-8), replacing malformed sequences with U+FFFD.
 * A byte order mark is kept as U+FEFF, so offsets match the text as Node's `readFileSync(f, 'utf8')` returns it.
 * Falls back to UTF-8 when the label is unknown.
 */
export function decodeBytes(bytes: Uint8Array, charset = 'utf-8'): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { ignoreBOM: true });
  } catch {
    decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  }
  return decoder.decode(bytes);
}

/** Returns the charset a `<meta>` in the first 1024 bytes declares; null when there is none. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1] ?? null;
}

/** Returns true when text starts like an HTML document (after a BOM, whitespace and comments); false otherwise. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 512).replace(/^\uFEFF?(?:\s|<!--[\s\S]*?-->)*/, '');
  return /^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head);
}

/** Format a file name implies: "html" for .html/.htm/.xhtml, "text" for .txt, null for anything else. */
export function formatFromName(name: string): InputFormat | null {
  if (/\.x?html?$/i.test(name)) return 'html';
  if (/\.txt$/i.test(name)) return 'text';
  return null;
}

/** Format a Content-Type implies: "html" for HTML types, "text" for other text types, null otherwise. */
export function formatFromContentType(contentType: string): InputFormat | null {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === '' || type.startsWith('text/') || type === 'application/json') return 'text';
  return null;
}

/** Charset a Content-Type names; null when it names none. */
export function charsetFromContentType(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType);
  return match?.[1] ?? null;
}
