import { browser } from 'wxt/browser';
import { parseMessage, type PageState } from '@/src/core/messages';
import { clearTabState, getTabState, setTabState } from '@/src/ext/tab-state';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    // Only our own extension's contexts may talk to us.
    if (!message || sender.id !== browser.runtime.id) return undefined;
    switch (message.type) {
      case 'nkf:page-state': {
        const tabId = sender.tab?.id;
        if (tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
        return setTabState(tabId, message.state).then(() => showBadge(tabId, message.state));
      }
      case 'nkf:get-tab-state':
        return getTabState(message.tabId);
      case 'nkf:ping':
        return Promise.resolve('pong');
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTabState(tabId);
  });
});

async function showBadge(tabId: number, state: PageState): Promise<void> {
  const text = state.active && state.figureCount > 0 ? String(Math.min(state.figureCount, 999)) : '';
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f4e79' });
}
