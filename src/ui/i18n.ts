import { browser } from 'wxt/browser';

/**
 * Looks a UI string up in the browser's i18n messages (public/_locales).
 * @returns the translated string; the key itself when the message is missing, so a gap is visible, not blank.
 */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
