/**
 * Guards links built from dataset or imported text.
 */

/**
 * The URL, normalised, when it is an absolute http(s) URL; otherwise null (javascript:, data:, relative,
 * malformed), so the caller renders it as plain text instead of a link.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href;
}
