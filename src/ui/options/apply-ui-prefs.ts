/**
 * The interface language and theme of the popup and the options page, from the settings.
 */
import { browser } from 'wxt/browser';
import type { Settings, UiLanguage } from '../../ext/settings';
import { normalizeLocale, readUiLocale } from '../format/locale';
import { setMessageCatalog, type MessageCatalog } from '../i18n';

/** The languages the interface is translated into. */
export const TRANSLATED = ['en', 'uk', 'ko'] as const;

/**
 * Reads one of the extension's own message files (packaged with it; no network) for the chosen language.
 * @returns the catalog, or null for "auto" or when it cannot be read (the browser's language is then used).
 */
export async function loadMessageCatalog(language: UiLanguage): Promise<MessageCatalog | null> {
  if (language === 'auto') return null;
  try {
    const url = browser.runtime.getURL(`/_locales/${language}/messages.json`);
    // eslint-disable-next-line no-restricted-globals -- the extension's own packaged file, not the network
    const response = await fetch(url);
    const catalog: unknown = await response.json();
    return typeof catalog === 'object' && catalog !== null ? (catalog as MessageCatalog) : null;
  } catch {
    return null;
  }
}

/** The locale numbers and dates are formatted in: the chosen language, or the browser's. */
export function pickLocale(language: UiLanguage): string {
  return language === 'auto' ? readUiLocale() : normalizeLocale(language);
}

/** Sets the page's theme attribute ("auto" follows the system) and language attributes. */
export function applyTheme(settings: Settings, root: HTMLElement = document.documentElement): void {
  if (settings.theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  root.lang = pickLocale(settings.uiLanguage);
}

/** Applies the language and theme settings; resolves once `t` speaks the chosen language. */
export async function applyUiPreferences(settings: Settings): Promise<void> {
  applyTheme(settings);
  setMessageCatalog(await loadMessageCatalog(settings.uiLanguage));
}
