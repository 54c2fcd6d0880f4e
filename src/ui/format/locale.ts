/**
 * Which locale the UI formats numbers and dates for.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';

const FALLBACK_LOCALE = 'en';

/**
 * A BCP 47 tag Intl accepts: "en_US" (the browser.i18n form) becomes "en-US"; an empty or invalid tag
 * becomes "en".
 */
export function normalizeLocale(locale: string | undefined): string {
  if (!locale) return FALLBACK_LOCALE;
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}

/** The browser's UI locale (the one the i18n messages are in), or "en" when it cannot be read. */
export function readUiLocale(): string {
  try {
    return normalizeLocale(browser.i18n.getUILanguage());
  } catch {
    return normalizeLocale(typeof navigator === 'undefined' ? undefined : navigator.language);
  }
}

/** UI languages with their own message catalog in public/_locales; any other UI language reads English. */
export const MESSAGE_LANGUAGES = ['en', 'uk', 'ko'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/**
 * The language the UI strings are shown in, read from the catalog `t()` uses (browser language or the
 * interface-language setting): "en" when it is not one we ship. For `lang` attributes on UI that sits inside
 * a page in another language.
 */
export function readMessageLanguage(): MessageLanguage {
  const code = t('messageLanguage');
  return (MESSAGE_LANGUAGES as readonly string[]).includes(code) ? (code as MessageLanguage) : 'en';
}
