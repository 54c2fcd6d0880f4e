import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { startCatchAllProxy, startFixtureServer, type CatchAllProxy, type FixtureServer } from './servers';
import type { BrowserKind, ExtensionBrowser, TestPage } from './types';

/** The slice of the extension API the harness uses inside extension pages. */
interface ExtApi {
  tabs: { sendMessage(tabId: number, message: unknown, options: object): Promise<unknown> };
  storage: {
    sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
}

export * from './servers';
export * from './types';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BUILD_DIRS: Record<BrowserKind, string> = {
  chromium: `${ROOT}.output/chrome-mv3`,
  firefox: `${ROOT}.output/firefox-mv3`,
};

export const BROWSERS: BrowserKind[] = ['chromium', 'firefox'];

/** One browser with the extension, a fixture server and the catch-all proxy, for one test file. */
export interface Harness {
  browser: ExtensionBrowser;
  server: FixtureServer;
  proxy: CatchAllProxy;
  /** Opens tests/e2e/fixtures/<name> from the fixture server. */
  openFixture(name: string): Promise<TestPage>;
  /** Opens the popup as a page, describing the tab that shows `page`. */
  openPopupFor(page: TestPage): Promise<TestPage>;
  openOptions(): Promise<TestPage>;
  /** Sends a message to a page's content script from an extension page, as the background would. */
  sendToTab(page: TestPage, message: unknown): Promise<void>;
  /** Changes stored settings from an extension page (as the options page does). */
  saveSettings(change: Record<string, unknown>): Promise<void>;
  /** Requests that left (or tried to leave) the test's own fixture server and the extension itself. */
  foreignRequests(): string[];
  close(): Promise<void>;
}

/**
 * The browsers' own background traffic (update checks, sign-in probes), which the catch-all proxy sees even with
 * every quietening flag. It cannot come from the extension: extension requests are also recorded per page and
 * service worker above, where nothing is exempt.
 */
const HOUSEKEEPING: Record<BrowserKind, RegExp> = {
  chromium:
    /^(CONNECT )?(https?:\/\/)?(update\.googleapis\.com|content-autofill\.googleapis\.com|optimizationguide-pa\.googleapis\.com|accounts\.google\.com|clients2\.google\.com|([a-z0-9-]+\.)*gvt1\.com)[:/]/,
  firefox:
    /^(CONNECT )?(https?:\/\/)?([a-z0-9-]+\.)*(mozilla\.(com|net|org)|firefox\.com|mozilla\.cloudflare-dns\.com)[:/]/,
};

function isBrowserHousekeeping(kind: BrowserKind, url: string): boolean {
  return HOUSEKEEPING[kind].test(url);
}

export async function startHarness(kind: BrowserKind, opts: { userDataDir?: string } = {}): Promise<Harness> {
  const extensionDir = BUILD_DIRS[kind];
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    throw new Error(`No build at ${extensionDir}: run \`npm run build\` first.`);
  }
  const server = await startFixtureServer();
  const proxy = await startCatchAllProxy();
  const launch = kind === 'chromium' ? launchChromium : launchFirefox;
  const browser = await launch({ extensionDir, proxyPort: proxy.port, userDataDir: opts.userDataDir });

  return {
    browser,
    server,
    proxy,
    openFixture: (name) => browser.openPage(`${server.origin}/${name}`),
    async openPopupFor(page) {
      const tabId = await browser.tabIdOf(page);
      return browser.openExtensionPage(`/popup.html?tab=${tabId}`);
    },
    openOptions: () => browser.openExtensionPage('/options.html'),
    async sendToTab(page, message) {
      const tabId = await browser.tabIdOf(page);
      const probe = await browser.openExtensionPage('/options.html');
      try {
        await probe.evaluate(
          async ({ tabId, message }) => {
            const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
            await (g.browser ?? g.chrome)!.tabs.sendMessage(tabId, message, { frameId: 0 });
          },
          { tabId, message },
        );
      } finally {
        await probe.close();
      }
    },
    async saveSettings(change) {
      const probe = await browser.openExtensionPage('/options.html');
      try {
        await probe.evaluate(async (change) => {
          const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
          const sync = (g.browser ?? g.chrome)!.storage.sync;
          const stored = await sync.get('settings');
          await sync.set({ settings: { ...(stored.settings as object), ...change } });
        }, change);
      } finally {
        await probe.close();
      }
    },
    foreignRequests() {
      const own = [server.origin, server.crossOrigin, browser.extensionOrigin];
      const seen = browser.requests
        .map((r) => r.url)
        .filter((url) => !own.some((origin) => url.startsWith(origin)) && !/^(data|blob|about):/.test(url));
      const proxied = proxy.requests
        .filter((r) => !isBrowserHousekeeping(kind, r.url))
        .map((r) => `${r.method} ${r.url} (via proxy)`);
      return [...seen, ...proxied];
    },
    async close() {
      await browser.close();
      await Promise.all([server.close(), proxy.close()]);
    },
  };
}
export * from './page-reads';
