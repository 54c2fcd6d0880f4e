/**
 * Renders the popup, the hover card and the options page of the built Chromium extension, in light and dark,
 * into docs/*.png for the README. Needs a build (`npm run build`) and Chromium (/usr/bin/chromium or
 * CHROMIUM_PATH). Run with `npx tsx scripts/screenshots.ts`. Pages come from the e2e fixture server; every
 * other request is refused, so nothing leaves the machine.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { BUILD_DIRS } from '../tests/e2e/harness/index';
import { startFixtureServer } from '../tests/e2e/harness/servers';
import { QUIET_CHROMIUM_ARGS } from '../tests/e2e/harness/types';

const OUT = 'docs';
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

async function launch(extensionDir: string, profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1000, height: 760 },
    deviceScaleFactor: 1,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--proxy-server=http://127.0.0.1:9',
      ...QUIET_CHROMIUM_ARGS,
    ],
  });
}

async function waitForHighlights(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => {
    let found = 0;
    (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights?.forEach(
      (h, name) => {
        if (name.startsWith('nkf-') && name !== 'nkf-focus') found += h.size;
      },
    );
    return found >= n;
  }, count);
}

async function shootHoverCard(page: Page, scheme: Scheme): Promise<void> {
  const box = await page.evaluate(() => {
    const text = document.querySelector('#p2 b')!.firstChild!;
    const range = document.createRange();
    range.selectNodeContents(text);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(box.x - 40, box.y - 40);
  await page.mouse.move(box.x, box.y);
  await page.waitForFunction(
    () => !!document.querySelector('nkf-layer')?.shadowRoot?.querySelector('[role=dialog]'),
  );
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/hover-card-${scheme}.png` });
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
}

async function shootPopup(context: BrowserContext, origin: string, tabId: number, scheme: Scheme) {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.goto(`${origin}/popup.html?tab=${tabId}`);
  await popup.waitForFunction(() => document.querySelectorAll('[data-testid=reveal]').length >= 5);
  await popup.click('[data-testid=expand]');
  await popup.waitForSelector('.figure-details svg');
  await popup.waitForTimeout(200);
  await popup.screenshot({ path: `${OUT}/popup-${scheme}.png` });
  await popup.click('#tab-lookup');
  await popup.fill('[data-testid=lookup-input]', 'NIS killed');
  await popup.waitForSelector('[data-testid=lookup-results]');
  await popup.screenshot({ path: `${OUT}/popup-lookup-${scheme}.png` });
  await popup.close();
}

async function shootOptions(context: BrowserContext, origin: string, scheme: Scheme) {
  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.emulateMedia({ colorScheme: scheme });
  await options.goto(`${origin}/options.html`);
  await options.waitForSelector('[data-testid=dataset-summary]');
  await options.fill('[data-testid=site-input]', 'not a host');
  await options.click('.site-add button[type=submit]');
  await options.waitForSelector('[data-testid=site-error]');
  await options.screenshot({ path: `${OUT}/options-${scheme}.png`, fullPage: true });
  await options.close();
}

async function main(): Promise<void> {
  const extensionDir = BUILD_DIRS.chromium;
  if (!existsSync(`${extensionDir}/manifest.json`))
    throw new Error(`No build at ${extensionDir}: run npm run build`);
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  const profile = await mkdtemp(join(tmpdir(), 'nkf-shots-'));
  const context = await launch(extensionDir, profile);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const origin = `chrome-extension://${new URL(worker.url()).host}`;
    for (const scheme of SCHEMES) {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${server.origin}/highlight-en.html`);
      await waitForHighlights(page, 5);
      await shootHoverCard(page, scheme);
      await page.bringToFront();
      const tabId = await worker.evaluate(async () => {
        const api = (
          globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }
        ).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      await shootPopup(context, origin, tabId, scheme);
      await shootOptions(context, origin, scheme);
      await page.close();
    }
    const written = SCHEMES.flatMap((s) =>
      ['popup', 'popup-lookup', 'hover-card', 'options'].map((n) => `${OUT}/${n}-${s}.png`),
    );
    for (const file of written) await readFile(file);
    console.log(`Wrote ${written.join(', ')}`);
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

await main();
