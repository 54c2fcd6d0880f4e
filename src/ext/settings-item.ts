import { storage } from '#imports';
import { DEFAULT_SETTINGS, loadSettings, sanitizeSettings, SETTINGS_KEY, type Settings } from './settings';

/**
 * The settings as a versioned storage item, for the extension's own pages (options, popup), which write them.
 * Content scripts only read them (settings.ts) and never load this module.
 */
export const settingsItem = storage.defineItem<Settings>(`sync:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/**
 * Saves a partial change, keeping the other fields.
 * @returns the settings as saved (sanitised).
 */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}
