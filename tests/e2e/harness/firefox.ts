import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { RecordedRequest } from './servers';
import { pollUntil, type ExtensionBrowser, type TabsApi, type TestPage } from './types';

export const GECKO_ID = 'nk-figures-check@factcheck.example';
const EXTENSION_UUID = '11111111-2222-4333-8444-555555555555';

function quietPrefs(proxyPort: number): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'app.update.enabled': false,
    'app.update.auto': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'browser.newtabpage.enabled': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'services.settings.server': 'http://127.0.0.1:1/v1',
    'browser.topsites.contile.enabled': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'media.gmp-manager.url': '',
    // Everything that is not loopback goes through the recording proxy.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '127.0.0.1,localhost',
    'network.proxy.allow_hijacking_localhost': false,
  };
}

function wrapPage(page: Page, requests: RecordedRequest[]): TestPage {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${(error as Error).message ?? String(error)}`));
  page.on('request', (request) => requests.push({ method: request.method(), url: request.url() }));
  const evaluate = ((fn: (arg?: unknown) => unknown, arg?: unknown) =>
    page.evaluate(fn as never, arg as never)) as TestPage['evaluate'];
  return {
    evaluate,
    waitFor: (fn, what, timeoutMs) => pollUntil(() => page.evaluate(fn), what, timeoutMs),
    click: (selector) => page.click(selector),
    hover: (selector) => page.hover(selector),
    press: (key) => page.keyboard.press(key as never),
    mouseMove: (x, y) => page.mouse.move(x, y),
    browserMetrics: () => Promise.resolve(null),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    bringToFront: () => page.bringToFront(),
    url: () => page.url(),
    errors,
    close: () => page.close(),
  };
}

export interface FirefoxOptions {
  extensionDir: string;
  proxyPort: number;
  userDataDir?: string;
}

/** Launches Debian's Firefox ESR (WebDriver BiDi) and installs the built extension temporarily. */
export async function launchFirefox(options: FirefoxOptions): Promise<ExtensionBrowser> {
  const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Firefox not found at ${executablePath}. Install it with \`apt-get install -y firefox-esr\` (Debian), ` +
        'or set FIREFOX_PATH to a Firefox binary.',
    );
  }
  const profile = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'nkf-firefox-')));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: profile,
      defaultViewport: { width: 1200, height: 900 },
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: quietPrefs(options.proxyPort),
    });
  } catch (error) {
    throw new Error(
      `Could not start Firefox at ${executablePath}: ${(error as Error).message}\n` +
        'Install it with `apt-get install -y firefox-esr`, or set FIREFOX_PATH.',
    );
  }
  await browser.installExtension(options.extensionDir);
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  const requests: RecordedRequest[] = [];

  const self: ExtensionBrowser = {
    kind: 'firefox',
    extensionOrigin,
    requests,
    async tabIdOf(page) {
      // Content-script host access lets an extension page see tab URLs in Firefox.
      const probe = await self.openExtensionPage('/options.html');
      try {
        const target = page.url();
        const id = await probe.evaluate(async (href: string) => {
          const tabs = await (globalThis as unknown as { browser: TabsApi }).browser.tabs.query({});
          return tabs.find((tab) => tab.url === href)?.id ?? null;
        }, target);
        if (id === null) throw new Error(`no tab with url ${target}`);
        return id;
      } finally {
        await probe.close();
      }
    },
    async openPage(url) {
      const page = await browser.newPage();
      const wrapped = wrapPage(page, requests);
      await page.goto(url, { waitUntil: 'load' });
      return wrapped;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const wrapped = wrapPage(page, requests);
      const target = `${extensionOrigin}${path}`;
      // goto() on moz-extension:// loads the page but never resolves: start it and poll instead.
      page.goto(target).catch(() => undefined);
      await pollUntil(
        () => page.evaluate((href) => location.href === href && document.readyState === 'complete', target),
        `${target} to load`,
        15_000,
      );
      return wrapped;
    },
    async close() {
      await browser.close();
      if (!options.userDataDir) await rm(profile, { recursive: true, force: true });
    },
  };
  return self;
}
