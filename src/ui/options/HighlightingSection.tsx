import { SITE_MODES, type SiteMode } from '../../core/site-rules';
import type { Settings } from '../../ext/settings';
import { t, type MessageKey } from '../i18n';
import { SiteListEditor } from './SiteListEditor';

/** Props of {@link HighlightingSection}. */
export type HighlightingSectionProps = {
  settings: Settings;
  onChange(change: Partial<Settings>): void;
};

const MODE_KEYS: Record<SiteMode, MessageKey> = {
  all: 'siteModeAll',
  only_listed: 'siteModeOnlyListed',
  all_but_listed: 'siteModeAllButListed',
};

/** Automatic highlighting on or off, where it runs, and the site list. */
export function HighlightingSection({ settings, onChange }: HighlightingSectionProps) {
  return (
    <section aria-labelledby="h-highlighting">
      <h2 id="h-highlighting">{t('sectionHighlighting')}</h2>
      <label class="check">
        <input
          type="checkbox"
          data-testid="auto-highlight"
          checked={settings.autoHighlight}
          onChange={(event) => onChange({ autoHighlight: event.currentTarget.checked })}
        />{' '}
        {t('optionAutoHighlight')}
      </label>
      <fieldset>
        <legend>{t('siteModeLegend')}</legend>
        {SITE_MODES.map((mode) => (
          <label key={mode} class="check">
            <input
              type="radio"
              name="site-mode"
              value={mode}
              checked={settings.siteMode === mode}
              onChange={() => onChange({ siteMode: mode })}
            />{' '}
            {t(MODE_KEYS[mode])}
          </label>
        ))}
      </fieldset>
      <h3>{t('sitesHeading')}</h3>
      {settings.siteMode === 'all' && <p class="muted">{t('sitesUnused')}</p>}
      <SiteListEditor sites={settings.sites} onChange={(sites) => onChange({ sites })} />
    </section>
  );
}
