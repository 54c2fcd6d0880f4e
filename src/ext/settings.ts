import { storage } from '#imports';

/** The user's settings. Defaults live here and only here. */
export interface Settings {
  /** Highlight figures automatically while browsing. */
  autoHighlight: boolean;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({ autoHighlight: true });

/**
 * Rebuilds settings from whatever storage held, field by field.
 * @returns valid settings; unknown or corrupt fields fall back to their defaults.
 */
export function sanitizeSettings(value: unknown): Settings {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    autoHighlight:
      typeof record.autoHighlight === 'boolean' ? record.autoHighlight : DEFAULT_SETTINGS.autoHighlight,
  };
}

/** Settings live in sync storage so they follow the user between browsers. */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** @returns the stored settings, sanitised; defaults when nothing valid is stored. */
export async function loadSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

/** Saves a partial change, keeping the other fields. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with sanitised settings whenever they change, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const unwatch = settingsItem.watch((value) => onChange(sanitizeSettings(value)));
  signal.addEventListener('abort', unwatch, { once: true });
}
