import { browser } from 'wxt/browser';

/**
 * Looks a UI string up in the browser's i18n messages (public/_locales).
 * @returns the translated string; the key itself when the message is missing, so a gap is visible, not blank.
 */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** A messages.json file as the extension ships it (public/_locales/<lang>/messages.json). */
export type MessageCatalog = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> } | undefined
>;

let override: MessageCatalog | null = null;

/**
 * Makes `t` read from one shipped catalog instead of the browser's language (the interface-language setting);
 * null goes back to the browser's. Missing keys still fall back to the browser's messages.
 */
export function setMessageCatalog(catalog: MessageCatalog | null): void {
  override = catalog;
}

/** Fills a catalog message the way browser.i18n does: named $PLACEHOLDERS$, then $1…$9, then $$ → $. */
export function fillCatalogMessage(
  catalog: MessageCatalog,
  key: string,
  substitutions?: string | string[],
): string | null {
  const entry = catalog[key];
  if (!entry || typeof entry.message !== 'string') return null;
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  const named = entry.message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (whole, name: string) => placeholders[name.toLowerCase()] ?? whole,
  );
  return named.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
  );
}

export function t(key: MessageKey, substitutions?: string | string[]): string {
  if (override) {
    const text = fillCatalogMessage(override, key, substitutions);
    if (text) return text;
  }
  return browser.i18n.getMessage(key, substitutions) || key;
}
