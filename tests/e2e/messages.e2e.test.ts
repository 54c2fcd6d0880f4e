import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, pollUntil, startHarness, type Harness, type TestPage } from './harness';

/**
 * The background's sender policy (src/core/message-policy.ts) with the senders real browsers describe: the
 * content script's page reports reach the background, an extension page may read a tab's state, and content
 * script requests sent from an extension page are dropped.
 */

interface RuntimeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** Sends a runtime message from an extension page. @returns its reply (null for none) or the error text. */
function sendFrom(page: TestPage, message: unknown): Promise<{ reply: unknown; error?: string }> {
  return page.evaluate(async (message) => {
    const g = globalThis as unknown as { browser?: RuntimeApi; chrome?: RuntimeApi };
    try {
      return { reply: (await (g.browser ?? g.chrome)!.runtime.sendMessage(message)) ?? null };
    } catch (error) {
      return { reply: null, error: String(error) };
    }
  }, message);
}

describe.each(BROWSERS)('background messages in %s', (kind) => {
  let harness: Harness;
  let page: TestPage;
  let tabId: number;
  beforeAll(async () => {
    harness = await startHarness(kind);
    page = await harness.openFixture('highlight-en.html');
    tabId = await harness.browser.tabIdOf(page);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it.each(['/options.html', '/popup.html'])(
    "%s reads the tab's state, which the page's content script reported",
    async (path) => {
      const extensionPage = await harness.browser.openExtensionPage(path);
      try {
        const state = await pollUntil(async () => {
          const { reply } = await sendFrom(extensionPage, { type: 'nkf:get-tab-state', tabId });
          const figureCount = (reply as { figureCount?: number } | null)?.figureCount ?? 0;
          return figureCount > 0 ? reply : null;
        }, 'the tab state reported by the content script');
        expect(state).toMatchObject({ active: true });
        expect((await sendFrom(extensionPage, { type: 'nkf:ping' })).reply).toBe('pong');
      } finally {
        await extensionPage.close();
      }
    },
  );

  it.each([
    { type: 'nkf:load-scanner' },
    { type: 'nkf:page-state', state: { figureCount: 999, active: true } },
    { type: 'nkf:match', items: [], pageDate: null, detail: 'full' },
    { type: 'nkf:navigate', step: 1 },
    { type: 'nkf:summary' },
    { type: 'nkf:load-card' },
    { type: 'nkf:restyle' },
  ])('drops a content script message sent from an extension page: %j', async (message) => {
    const options = await harness.browser.openExtensionPage('/options.html');
    try {
      expect((await sendFrom(options, message)).reply).toBeNull();
      // The background is alive and answering (so the drop was the policy's), and the fake report changed
      // nothing: the tab still shows what its own content script reported.
      expect((await sendFrom(options, { type: 'nkf:ping' })).reply).toBe('pong');
      const { reply } = await sendFrom(options, { type: 'nkf:get-tab-state', tabId });
      expect((reply as { figureCount?: number } | null)?.figureCount).not.toBe(999);
    } finally {
      await options.close();
    }
  });

  it('makes no network request', () => {
    const foreign = harness.foreignRequests();
    expect(foreign, foreign.join('\n')).toEqual([]);
  });
});
