import { browser } from 'wxt/browser';
import { DEFAULT_ACTIVATION, SITE_MODES, parseSiteEntry, type SiteMode } from '../core/site-rules';
import { METRICS, type Metric } from '../core/types';
import {
  HIGHLIGHT_STYLES,
  PALETTE_NAMES,
  type HighlightStyle,
  type PaletteName,
} from '../dom/highlight/palettes';

export type Theme = 'auto' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
export const UI_LANGUAGES = ['auto', 'en', 'uk', 'ko'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The user's settings. Defaults live here and only here. */
export interface Settings {
  /** Highlight figures automatically while browsing. */
  autoHighlight: boolean;
  /** Where automatic highlighting runs. */
  siteMode: SiteMode;
  /** Host names or patterns for the list modes (validated by parseSiteEntry). */
  sites: string[];
  /** Metrics whose figures are highlighted. */
  metrics: Metric[];
  highlightStyle: HighlightStyle;
  palette: PaletteName;
  theme: Theme;
  uiLanguage: UiLanguage;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  ...DEFAULT_ACTIVATION,
  sites: [...DEFAULT_ACTIVATION.sites],
  metrics: [...METRICS],
  highlightStyle: 'background',
  palette: 'okabe',
  theme: 'auto',
  uiLanguage: 'auto',
});

function pick<T>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export interface SanitizedSettings {
  settings: Settings;
  /** Field names whose stored values were unusable and fell back to defaults. */
  repaired: string[];
}

/**
 * Rebuilds settings from whatever storage held, field by field.
 * @returns valid settings (unknown or corrupt fields fall back to their defaults) and which fields were repaired.
 */
export function sanitizeSettingsReport(value: unknown): SanitizedSettings {
  const isRecord = typeof value === 'object' && value !== null && !Array.isArray(value);
  const record = isRecord ? (value as Record<string, unknown>) : {};
  const repaired: string[] = value === undefined || value === null ? [] : isRecord ? [] : ['settings'];
  const field = <K extends keyof Settings>(key: K, parsed: Settings[K] | undefined): Settings[K] => {
    if (!(key in record)) return DEFAULT_SETTINGS[key] as Settings[K];
    if (parsed === undefined) {
      repaired.push(key);
      return DEFAULT_SETTINGS[key] as Settings[K];
    }
    return parsed;
  };
  const sites = Array.isArray(record.sites)
    ? record.sites.flatMap((s) => {
        const parsed = typeof s === 'string' ? parseSiteEntry(s) : null;
        return parsed && 'site' in parsed ? [parsed.site] : [];
      })
    : undefined;
  const metrics = Array.isArray(record.metrics)
    ? METRICS.filter((m) => (record.metrics as unknown[]).includes(m))
    : undefined;
  const settings: Settings = {
    autoHighlight: field(
      'autoHighlight',
      typeof record.autoHighlight === 'boolean' ? record.autoHighlight : undefined,
    ),
    siteMode: field('siteMode', pick(record.siteMode, SITE_MODES, undefined)),
    sites: field('sites', sites),
    metrics: field('metrics', metrics),
    highlightStyle: field('highlightStyle', pick(record.highlightStyle, HIGHLIGHT_STYLES, undefined)),
    palette: field('palette', pick(record.palette, PALETTE_NAMES, undefined)),
    theme: field('theme', pick(record.theme, THEMES, undefined)),
    uiLanguage: field('uiLanguage', pick(record.uiLanguage, UI_LANGUAGES, undefined)),
  };
  if (Array.isArray(record.sites) && sites && sites.length !== record.sites.length) repaired.push('sites');
  return { settings, repaired };
}

/** @returns valid settings; unknown or corrupt fields fall back to their defaults. */
export function sanitizeSettings(value: unknown): Settings {
  return sanitizeSettingsReport(value).settings;
}

/** The key of the settings in sync storage (they follow the user between browsers). */
export const SETTINGS_KEY = 'settings';

/**
 * Reads the settings with the plain storage API: content scripts use this module, and a storage library
 * (with its migration bookkeeping) would be code every page with figures compiles. Writes go through
 * settings-item.ts.
 * @returns the stored settings, sanitised; defaults when nothing valid is stored.
 */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return sanitizeSettings(stored[SETTINGS_KEY]);
}

/** Calls `onChange` with sanitised settings whenever they change, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes)
      onChange(sanitizeSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
