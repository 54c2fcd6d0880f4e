import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import type { RecordedRequest } from './servers';
import { pollUntil, QUIET_CHROMIUM_ARGS, type ExtensionBrowser, type TabsApi, type TestPage } from './types';

function wrapPage(page: Page): TestPage {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  let session: CDPSession | null = null;
  const browserMetrics = async () => {
    if (!session) {
      session = await page.context().newCDPSession(page);
      await session.send('Performance.enable');
    }
    const { metrics } = await session.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  };
  const evaluate = ((fn: (arg?: unknown) => unknown, arg?: unknown) =>
    page.evaluate(fn as never, arg as never)) as TestPage['evaluate'];
  return {
    evaluate,
    waitFor: (fn, what, timeoutMs) => pollUntil(() => page.evaluate(fn), what, timeoutMs),
    click: (selector) => page.click(selector),
    hover: (selector) => page.hover(selector),
    press: (key) => page.keyboard.press(key),
    mouseMove: (x, y) => page.mouse.move(x, y),
    browserMetrics,
    screenshot: async (path) => void (await page.screenshot({ path })),
    bringToFront: () => page.bringToFront(),
    url: () => page.url(),
    errors,
    close: () => page.close(),
  };
}

export interface ChromiumOptions {
  extensionDir: string;
  proxyPort: number;
  /** Keep the profile in this folder (for restart tests); a fresh temporary one otherwise. */
  userDataDir?: string;
}

/** Launches Debian's Chromium with the built extension loaded. */
export async function launchChromium(options: ChromiumOptions): Promise<ExtensionBrowser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it with \`apt-get install -y chromium\` (Debian), ` +
        'or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  const profile = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'nkf-chromium-')));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      viewport: { width: 1200, height: 900 },
      args: [
        `--disable-extensions-except=${options.extensionDir}`,
        `--load-extension=${options.extensionDir}`,
        `--proxy-server=http://127.0.0.1:${options.proxyPort}`,
        ...QUIET_CHROMIUM_ARGS,
      ],
    });
  } catch (error) {
    throw new Error(
      `Could not start Chromium at ${executablePath}: ${(error as Error).message}\n` +
        'Install it with `apt-get install -y chromium`, or set CHROMIUM_PATH.',
    );
  }
  const requests: RecordedRequest[] = [];
  context.on('request', (request) => requests.push({ method: request.method(), url: request.url() }));
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;

  return {
    kind: 'chromium',
    extensionOrigin,
    requests,
    async openPage(url) {
      const page = await context.newPage();
      const wrapped = wrapPage(page);
      await page.goto(url);
      return wrapped;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      const wrapped = wrapPage(page);
      await page.goto(`${extensionOrigin}${path}`);
      return wrapped;
    },
    async tabIdOf(page) {
      // The service worker sees tab ids; without the "tabs" permission it cannot see URLs, so make the page
      // the active tab and ask for that.
      await page.bringToFront();
      const id = await worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      });
      if (id === null) throw new Error(`no active tab for ${page.url()}`);
      return id;
    },
    async close() {
      await context.close();
      if (!options.userDataDir) await rm(profile, { recursive: true, force: true });
    },
  };
}
