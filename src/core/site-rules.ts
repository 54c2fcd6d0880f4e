/**
 * Which sites automatic highlighting runs on. Entries are host names ("example.com", which also covers its
 * subdomains) or wildcard patterns ("*.example.com" for subdomains only, "news.*" for any top-level domain).
 */

export type SiteMode = 'all' | 'only_listed' | 'all_but_listed';
export const SITE_MODES: readonly SiteMode[] = ['all', 'only_listed', 'all_but_listed'];

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Why a site-list entry is refused. The options page words each code (its `siteProblem*` messages). */
export const SITE_ENTRY_ERROR_CODES = [
  'empty',
  'too-long',
  'contains-spaces',
  'not-a-host',
  'wildcard-position',
  'wildcard-partial',
  'bad-label',
  'matches-every-site',
] as const;
export type SiteEntryErrorCode = (typeof SITE_ENTRY_ERROR_CODES)[number];

/** A refused entry: the code, and for `bad-label` the part of the host name that is wrong. */
export type SiteEntryError =
  | { code: 'bad-label'; params: { label: string } }
  | { code: Exclude<SiteEntryErrorCode, 'bad-label'>; params?: undefined };

/**
 * Checks one site-list entry and normalises it (lower case, no scheme, path or port).
 * @returns `{ site }` for a usable entry, or `{ error }` saying what is wrong with it.
 */
export function parseSiteEntry(input: string): { site: string } | { error: SiteEntryError } {
  let entry = input.trim().toLowerCase();
  if (entry === '') return { error: { code: 'empty' } };
  entry = entry.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  entry = entry
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');
  if (entry.length > 253) return { error: { code: 'too-long' } };
  if (/\s/.test(entry)) return { error: { code: 'contains-spaces' } };
  const labels = entry.split('.');
  if (labels.length < 2 && entry !== 'localhost') return { error: { code: 'not-a-host' } };
  for (const [i, label] of labels.entries()) {
    if (label === '*') {
      if (i !== 0 && i !== labels.length - 1) return { error: { code: 'wildcard-position' } };
      continue;
    }
    if (label.includes('*')) return { error: { code: 'wildcard-partial' } };
    if (!LABEL.test(label)) return { error: { code: 'bad-label', params: { label: label.slice(0, 63) } } };
  }
  if (labels.every((l) => l === '*')) return { error: { code: 'matches-every-site' } };
  return { site: entry };
}

function matchesSite(host: string, site: string): boolean {
  if (site.startsWith('*.')) return host.endsWith(site.slice(1));
  if (site.endsWith('.*')) {
    const stem = site.slice(0, -2);
    return host === stem || (host.startsWith(`${stem}.`) && !host.slice(stem.length + 1).includes('.'));
  }
  return host === site || host.endsWith(`.${site}`);
}

/**
 * Whether automatic highlighting runs on a host under the given mode and list.
 * @returns true for "all"; for the list modes, whether the host is (not) listed.
 */
export function isSiteEnabled(mode: SiteMode, sites: readonly string[], host: string): boolean {
  if (mode === 'all') return true;
  const listed = sites.some((site) => matchesSite(host.toLowerCase(), site));
  return mode === 'only_listed' ? listed : !listed;
}

/** The part of the settings that decides whether highlighting runs on a page. */
export interface Activation {
  autoHighlight: boolean;
  siteMode: SiteMode;
  sites: string[];
}

export const DEFAULT_ACTIVATION: Readonly<Activation> = Object.freeze({
  autoHighlight: true,
  siteMode: 'all',
  sites: [],
});

/**
 * Reads the activation fields from stored settings without trusting them (corrupt fields fall back to defaults),
 * for the small content script that runs on every page.
 * @returns the activation; the defaults when nothing usable is stored.
 */
export function readActivation(stored: unknown): Activation {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const sites = Array.isArray(record.sites)
    ? record.sites.flatMap((s) => {
        const parsed = typeof s === 'string' ? parseSiteEntry(s) : null;
        return parsed && 'site' in parsed ? [parsed.site] : [];
      })
    : DEFAULT_ACTIVATION.sites;
  return {
    autoHighlight:
      typeof record.autoHighlight === 'boolean' ? record.autoHighlight : DEFAULT_ACTIVATION.autoHighlight,
    siteMode: SITE_MODES.includes(record.siteMode as SiteMode)
      ? (record.siteMode as SiteMode)
      : DEFAULT_ACTIVATION.siteMode,
    sites,
  };
}

/** Whether automatic highlighting runs on `host` under these settings. */
export function isActiveOn(activation: Activation, host: string): boolean {
  return activation.autoHighlight && isSiteEnabled(activation.siteMode, activation.sites, host);
}
