/**
 * The popup's per-site switch: which settings change turns highlighting on or off for one host.
 */
import { isSiteEnabled } from '../../core/site-rules';
import type { Settings } from '../../ext/settings';

/** Whether automatic highlighting runs on `host` under these settings. */
export function isHighlightingOn(settings: Settings, host: string): boolean {
  return settings.autoHighlight && isSiteEnabled(settings.siteMode, settings.sites, host);
}

function matches(site: string, host: string): boolean {
  return isSiteEnabled('only_listed', [site], host);
}

/**
 * The change that turns highlighting on or off for `host`, respecting the site mode: "only listed sites"
 * gains or loses the host; "all but listed" loses or gains it; "all sites" becomes "all but listed" with the
 * host as its one entry (the list is not used under "all sites", so nothing active is lost). Turning on also
 * switches automatic highlighting on.
 * @returns the fields to save; {} when nothing needs to change.
 */
export function planSiteToggle(settings: Settings, host: string, on: boolean): Partial<Settings> {
  const entry = host.toLowerCase().replace(/^www\./, '');
  const change: Partial<Settings> = {};
  if (on && !settings.autoHighlight) change.autoHighlight = true;
  const siteOn = isSiteEnabled(settings.siteMode, settings.sites, host);
  if (siteOn === on) return change;
  const without = settings.sites.filter((site) => !matches(site, host));
  if (settings.siteMode === 'all') return { ...change, siteMode: 'all_but_listed', sites: [entry] };
  const addsHost = (settings.siteMode === 'only_listed') === on;
  return { ...change, sites: addsHost ? [...without, entry] : without };
}
