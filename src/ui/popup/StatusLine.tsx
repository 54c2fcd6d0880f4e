import type { Settings } from '../../ext/settings';
import { t } from '../i18n';
import { isHighlightingOn, planSiteToggle } from './site-toggle';
import type { PageView } from './use-page';

/** Props of {@link StatusLine}. */
export type StatusLineProps = {
  view: PageView;
  settings: Settings;
  onChange(change: Partial<Settings>): void;
};

type Status = { text: string; action?: { label: string; change: Partial<Settings> } };

/** What the status line says about the tab, and the one-click fix when highlighting is off. */
export function describeStatus(view: PageView, settings: Settings): Status {
  if (view.kind === 'waiting') return { text: t('statusWaiting') };
  if (view.kind === 'unavailable') return { text: t('statusUnavailable') };
  const { host, figureCount } = view.state;
  if (!settings.autoHighlight) {
    return { text: t('statusOff'), action: { label: t('turnOn'), change: { autoHighlight: true } } };
  }
  const on = host ? isHighlightingOn(settings, host) : view.state.active;
  if (!on && host) {
    return {
      text: t('statusOffForSite', host),
      action: { label: t('turnOnForSite', host), change: planSiteToggle(settings, host, true) },
    };
  }
  return { text: figureCount > 0 ? t('statusFigures', String(figureCount)) : t('statusNone') };
}

/**
 * "N figures about North Korean troops on this page", "none found", "not available on this page" or "off for
 * this site", with a button that turns highlighting on where it is off, and a per-site switch.
 */
export function StatusLine({ view, settings, onChange }: StatusLineProps) {
  const status = describeStatus(view, settings);
  const host = view.kind === 'ready' ? view.state.host : undefined;
  return (
    <div class="status-line">
      <div class="status-row">
        <p role="status" aria-live="polite" data-testid="status" class="status-text">
          {status.text}
        </p>
        {status.action && (
          <button
            type="button"
            class="primary"
            data-testid="status-action"
            onClick={() => onChange(status.action!.change)}
          >
            {status.action.label}
          </button>
        )}
      </div>
      {/* Always laid out (hidden until the host is known), so nothing below moves when the tab answers. */}
      <label class="switch" style={{ visibility: host ? 'visible' : 'hidden' }} aria-hidden={!host}>
        <input
          type="checkbox"
          data-testid="site-switch"
          disabled={!host}
          checked={host ? isHighlightingOn(settings, host) : false}
          onChange={(event) => {
            if (host) onChange(planSiteToggle(settings, host, event.currentTarget.checked));
          }}
        />{' '}
        {t('siteSwitch', host ?? '…')}
      </label>
    </div>
  );
}
