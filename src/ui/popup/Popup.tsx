import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { watchSettings, type Settings } from '../../ext/settings';
import { saveSettings } from '../../ext/settings-item';
import type { Claim } from '../../core/types';
import { t } from '../i18n';
import { applyUiPreferences, pickLocale } from '../options/apply-ui-prefs';
import { LookUp } from './LookUp';
import { PageFigures } from './PageFigures';
import { revealFigure } from './page-state';
import { StatusLine } from './StatusLine';
import { TabPanel, Tabs } from './Tabs';
import { useDatasetIndex } from './use-dataset-index';
import { usePage, type FirstLook } from './use-page';

/** Props of {@link Popup}. */
export type PopupProps = {
  /** Settings as read before the first render. */
  initialSettings: Settings;
  /** The tab and its first answer, asked for before the first render (see `lookAtPage`). */
  firstLook: Promise<FirstLook>;
};

const noUserClaims = (_: Claim) => false;

/** Marks the moment the popup first answers input (read by the end-to-end timing check). */
function markInteractive(): void {
  document.documentElement.dataset.interactiveMs = String(Math.round(performance.now()));
}

/**
 * The toolbar popup: a status line with the per-site switch, then two tabs: "This page" (the tab's figures
 * grouped by metric) and "Look up" (search over every estimate).
 */
export function Popup({ initialSettings, firstLook }: PopupProps) {
  const [settings, setSettings] = useState(initialSettings);
  const [tab, setTab] = useState('page');
  const { tabId, view } = usePage(firstLook);
  const tools = useDatasetIndex();
  const index = tools?.index ?? null;
  const isUserClaim = tools?.isUserClaim ?? noUserClaims;
  const locale = pickLocale(settings.uiLanguage);

  useEffect(() => {
    markInteractive();
    document.title = t('popupTitle');
    const controller = new AbortController();
    watchSettings((next) => {
      void applyUiPreferences(next).then(() => setSettings(next));
    }, controller.signal);
    return () => controller.abort();
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    if (view.kind !== 'waiting' && !root.dataset.statusMs) {
      root.dataset.statusMs = String(Math.round(performance.now()));
    }
  }, [view.kind]);

  const change = (patch: Partial<Settings>) => void saveSettings(patch).then(setSettings);
  const reveal = (id: number) => {
    if (typeof tabId === 'number') void revealFigure(tabId, id);
  };
  const sent = view.kind === 'ready' ? view.figures : null;
  // The tab sends full results only for figures it has shown a card for; the rest are matched here.
  const figures = useMemo(
    () => (sent ?? []).map((info) => (info.result || !tools ? info : { ...info, result: tools.match(info) })),
    [sent, tools],
  );

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popupTitle')}</h1>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      <StatusLine view={view} settings={settings} onChange={change} />
      <Tabs
        label={t('popupTabs')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'page', label: t('tabThisPage') },
          { id: 'lookup', label: t('tabLookUp') },
        ]}
      />
      <TabPanel id="page" selected={tab === 'page'}>
        {figures.length > 0 ? (
          <PageFigures
            figures={figures}
            index={index}
            locale={locale}
            palette={settings.palette}
            isUserClaim={isUserClaim}
            onReveal={reveal}
          />
        ) : (
          <p class="muted empty">{t('pageEmptyHint')}</p>
        )}
      </TabPanel>
      <TabPanel id="lookup" selected={tab === 'lookup'}>
        <LookUp index={index} search={tools?.search ?? null} locale={locale} isUserClaim={isUserClaim} />
      </TabPanel>
    </main>
  );
}
