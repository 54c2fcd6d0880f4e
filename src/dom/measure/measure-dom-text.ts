/**
 * Measures the DOM text adapter in real Chromium (headless, via puppeteer-core): `collectBlocks` with layout
 * ("auto") and without ("structural"), `collectMatchingBlocks` with a digit prefilter, and a bare native
 * TreeWalker as the floor, on a ~1.1 MB page with ~32,000 Text nodes. "cold" is the first call in a fresh page
 * (no JIT warm-up: what a content script pays once); "warm" repeated calls. Reports main-thread CPU time.
 *
 *   npx tsx src/dom/measure/measure-dom-text.ts        (CHROMIUM_PATH overrides /usr/bin/chromium)
 *
 * The default export returns rows for a bench runner ({ name, unit, median, min, max, target }).
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { makeNewsPage } from './news-page';

export interface MeasureRow {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  target?: string;
}

const PARAGRAPHS = 4000;
const BATCHES = 5;
const BATCH_RUNS = 5;

/** Variants measured in the page; each returns a count so nothing is optimised away. */
const PAGE_SCRIPT = `
globalThis.nkVariants = {
  'collectBlocks auto': () => nkDom.collectBlocks(document).length,
  'collectBlocks structural': () => nkDom.collectBlocks(document, { visibility: 'structural' }).length,
  'collectMatchingBlocks /\\\\d/': () => nkDom.collectMatchingBlocks(document, /\\d/).length,
  'native TreeWalker (floor)': () => { const w = document.createTreeWalker(document.body, 5); let n = 0; while (w.nextNode()) n++; return n; },
};`;

async function bundleDomText(): Promise<string> {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const result = await build({
    stdin: {
      contents: `import { collectBlocks } from '../collect-blocks';
import { collectMatchingBlocks } from '../collect-matching-blocks';
globalThis.nkDom = { collectBlocks, collectMatchingBlocks };`,
      resolveDir: here,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  });
  return `${result.outputFiles[0]?.text ?? ''}\n${PAGE_SCRIPT}`;
}

function stats(name: string, label: string, samples: number[]): MeasureRow {
  const sorted = [...samples].sort((a, b) => a - b);
  const pick = (q: number): number => Number((sorted[Math.floor(q * (sorted.length - 1))] ?? NaN).toFixed(2));
  return { name: `${name}, ${label}`, unit: 'ms CPU', median: pick(0.5), min: pick(0), max: pick(1) };
}

type Browser = Awaited<ReturnType<typeof puppeteer.launch>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

/** Opens the page with the bundle loaded and a CDP session reporting main-thread CPU time (ThreadTime). */
async function openPage(browser: Browser, html: string, script: string) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.setContent(html, { waitUntil: 'load' });
  await page.addScriptTag({ content: script });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20))));
  const cpuMs = async (): Promise<number> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN) * 1000;
  };
  return { page, cpuMs };
}

/** Runs variant `name` `runs` times in the page; returns the main thread's CPU time per call (ms). */
async function cpuPerCall(
  page: Page,
  cpuMs: () => Promise<number>,
  name: string,
  runs: number,
): Promise<number> {
  const before = await cpuMs();
  await page.evaluate(
    (variant, count) => {
      const run = (globalThis as unknown as { nkVariants: Record<string, () => number> }).nkVariants[variant];
      for (let i = 0; i < count; i++) run?.();
    },
    name,
    runs,
  );
  return ((await cpuMs()) - before) / runs;
}

/**
 * Measures every variant on the page with figures in one paragraph of `numberEvery`: "cold" is the CPU time
 * of the first call in a fresh page (3 pages), "warm" the CPU time per call over batches of repeated calls.
 * CPU time (Chromium's main-thread ThreadTime) rather than wall time, so other load on the machine counts less.
 */
async function measurePage(browser: Browser, script: string, numberEvery: number): Promise<MeasureRow[]> {
  const html = makeNewsPage(PARAGRAPHS, numberEvery);
  const rows: MeasureRow[] = [];
  const label = `1 MB, figures in 1/${numberEvery} paragraphs`;
  const names = ['collectBlocks auto', 'collectBlocks structural', 'collectMatchingBlocks /\\d/'];
  for (const name of names) {
    const cold: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { page, cpuMs } = await openPage(browser, html, script);
      cold.push(await cpuPerCall(page, cpuMs, name, 1));
      await page.close();
    }
    rows.push(stats(`${name}, cold`, label, cold));
  }
  const { page, cpuMs } = await openPage(browser, html, script);
  for (const name of [...names, 'native TreeWalker (floor)']) {
    await cpuPerCall(page, cpuMs, name, 3);
    const warm: number[] = [];
    for (let batch = 0; batch < BATCHES; batch++) warm.push(await cpuPerCall(page, cpuMs, name, BATCH_RUNS));
    rows.push(stats(`${name}, warm`, label, warm));
  }
  await page.close();
  return rows;
}

export default async function measure(): Promise<MeasureRow[]> {
  const script = await bundleDomText();
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  try {
    return [...(await measurePage(browser, script, 1)), ...(await measurePage(browser, script, 30))];
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measure();
  const width = Math.max(...rows.map((row) => row.name.length));
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(width)}  min ${row.min.toFixed(1).padStart(6)}  median ${row.median.toFixed(1).padStart(6)}  max ${row.max.toFixed(1).padStart(6)} ${row.unit}`,
    );
  }
}
