/**
 * Test helper: answers `browser.i18n.getMessage` from the real public/_locales files, the way browsers do
 * (named $PLACEHOLDERS$ → $1…$9 → substitutions), so component tests read real strings and fail when a
 * key is missing.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import en from '../../../public/_locales/en/messages.json';
import ko from '../../../public/_locales/ko/messages.json';
import uk from '../../../public/_locales/uk/messages.json';

/** One message of a messages.json file. */
export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** The messages of each UI language. */
export const CATALOGS: Record<'en' | 'uk' | 'ko', Record<string, MessageEntry>> = { en, uk, ko };

/** Fills a message the way browser.i18n does; returns "" for a missing key, like the browser. */
export function renderMessage(
  catalog: Record<string, MessageEntry>,
  key: string,
  substitutions?: string | string[],
): string {
  const entry = catalog[key];
  if (!entry) return '';
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fillPositional = (text: string) =>
    text.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name: string | undefined) => {
    if (name === undefined) return '$';
    const placeholder = Object.entries(entry.placeholders ?? {}).find(
      ([k]) => k.toLowerCase() === name.toLowerCase(),
    );
    return placeholder ? fillPositional(placeholder[1].content) : whole;
  });
}

/** Makes `t()` answer from one language's messages until the test's mocks are restored. */
export function installMessages(lang: keyof typeof CATALOGS = 'en'): void {
  const catalog = CATALOGS[lang];
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
    renderMessage(catalog, key, subs)) as typeof fakeBrowser.i18n.getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang);
}
