import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { startCatchAllProxy, startFixtureServer, type CatchAllProxy, type FixtureServer } from './servers';
import type { BrowserKind, ExtensionBrowser, TestPage } from './types';

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
    /^(CONNECT )?(https?:\/\/)?(update\.googleapis\.com|accounts\.google\.com|clients2\.google\.com|optimizationguide-pa\.googleapis\.com)[:/]/,
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
    foreignRequests() {
      const own = [server.origin, browser.extensionOrigin];
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
