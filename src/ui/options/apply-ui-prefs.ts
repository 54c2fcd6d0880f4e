/**
 * The interface language and theme of the popup and the options page, from the settings.
 */
import type { Settings, UiLanguage } from '../../ext/settings';
import { normalizeLocale, readUiLocale } from '../format/locale';
import { setMessageCatalog, type MessageCatalog } from '../i18n';

/** The languages the interface is translated into. */
export const TRANSLATED = ['en', 'uk', 'ko'] as const;

/** The message files bundled with the pages, each loaded only when that language is chosen. */
const CATALOG_LOADERS: Record<(typeof TRANSLATED)[number], () => Promise<{ default: unknown }>> = {
  en: () => import('../../../public/_locales/en/messages.json'),
  uk: () => import('../../../public/_locales/uk/messages.json'),
  ko: () => import('../../../public/_locales/ko/messages.json'),
};

/**
 * The message catalog of the chosen interface language, from the extension's own bundle (no request of any
 * kind: the catalogs are compiled into lazily loaded chunks).
 * @returns the catalog, or null for "auto" or an unknown language (the browser's language is then used).
 */
export async function loadMessageCatalog(language: UiLanguage): Promise<MessageCatalog | null> {
  if (language === 'auto' || !(language in CATALOG_LOADERS)) return null;
  try {
    const catalog = (await CATALOG_LOADERS[language]()).default;
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
