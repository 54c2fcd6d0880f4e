/**
 * Which sites automatic highlighting runs on. Entries are host names ("example.com", which also covers its
 * subdomains) or wildcard patterns ("*.example.com" for subdomains only, "news.*" for any top-level domain).
 */

export type SiteMode = 'all' | 'only_listed' | 'all_but_listed';
export const SITE_MODES: readonly SiteMode[] = ['all', 'only_listed', 'all_but_listed'];

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Checks one site-list entry and normalises it (lower case, no scheme, path or port).
 * @returns `{ site }` for a usable entry, or `{ error }` saying what is wrong with it.
 */
export function parseSiteEntry(input: string): { site: string } | { error: string } {
  let entry = input.trim().toLowerCase();
  if (entry === '') return { error: 'empty entry' };
  entry = entry.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  entry = entry
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');
  if (entry.length > 253) return { error: 'too long for a host name' };
  if (/\s/.test(entry)) return { error: 'contains spaces' };
  const labels = entry.split('.');
  if (labels.length < 2 && entry !== 'localhost') {
    return { error: 'not a host name (expected something like example.com)' };
  }
  for (const [i, label] of labels.entries()) {
    if (label === '*') {
      if (i !== 0 && i !== labels.length - 1) return { error: '"*" may only stand first or last' };
      continue;
    }
    if (label.includes('*')) return { error: '"*" must be a whole label, as in *.example.com' };
    if (!LABEL.test(label)) return { error: `"${label}" is not a valid part of a host name` };
  }
  if (labels.every((l) => l === '*')) return { error: 'matches every site; use "all sites" instead' };
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
