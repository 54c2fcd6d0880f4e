import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageState } from '../../core/messages';
import { t } from '../i18n';
import { readTargetTab, requestPageState } from './page-state';

type Status = { kind: 'waiting' } | { kind: 'unavailable' } | { kind: 'ready'; state: PageState };

/** The toolbar popup: what the current tab's content script found. */
export function Popup() {
  const [status, setStatus] = useState<Status>({ kind: 'waiting' });

  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      const tabId = await readTargetTab(location.search);
      const state = tabId === null ? null : await requestPageState(tabId);
      if (controller.signal.aborted) return;
      setStatus(state ? { kind: 'ready', state } : { kind: 'unavailable' });
    })();
    return () => controller.abort();
  }, []);

  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <p role="status" aria-live="polite" data-testid="status">
        {describeStatus(status)}
      </p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('openOptions')}
      </button>
    </main>
  );
}

function describeStatus(status: Status): string {
  switch (status.kind) {
    case 'waiting':
      return t('statusWaiting');
    case 'unavailable':
      return t('statusUnavailable');
    case 'ready':
      if (!status.state.active) return t('statusOff');
      return status.state.figureCount > 0
        ? t('statusFigures', String(status.state.figureCount))
        : t('statusNone');
  }
}
