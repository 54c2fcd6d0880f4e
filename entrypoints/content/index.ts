import { browser } from 'wxt/browser';
import { parseMessage, type PageState } from '@/src/core/messages';
import { loadSettings } from '@/src/ext/settings';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const settings = await loadSettings();
    const state: PageState = { figureCount: 0, active: settings.autoHighlight };

    const onMessage = (raw: unknown) => {
      const message = parseMessage(raw);
      if (message?.type === 'nkf:ping') return Promise.resolve(state);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    await browser.runtime.sendMessage({ type: 'nkf:page-state', state }).catch(() => undefined);
  },
});
