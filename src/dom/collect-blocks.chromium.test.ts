/**
 * collectBlocks in a real browser (headless Chromium via puppeteer-core): the live-layout rules that happy-dom
 * cannot show (checkVisibility with display:contents, content-visibility, closed <details>), and toRange.
 * Skipped when no Chromium is installed (CHROMIUM_PATH overrides /usr/bin/chromium).
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT = 60_000;

const PAGE = `<!doctype html><html><head><style>
.cva { content-visibility: auto } .cvh { content-visibility: hidden } .contents { display: contents }
.gone { display: none } .teaser p { display: none }
</style></head><body>
<p id="first">about <b>11,000</b> <a href="#">North Korean</a> troops</p>
<div style="height: 5000px"></div>
<section class="cva"><p>off-screen content-visibility auto</p></section>
<section class="cvh"><p>content-visibility hidden</p></section>
<details><summary>summary</summary><p>closed details body</p></details>
<div class="contents"><p>inside display contents</p></div>
<p>a <span class="gone">hidden span</span> b</p>
<div class="teaser"><p>hidden by a descendant rule</p></div>
<my-widget>custom element text</my-widget>
</body></html>`;

type Browser = Awaited<ReturnType<typeof puppeteer.launch>>;

async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { collectBlocks } from './collect-blocks';
import { toRange } from './to-range';
globalThis.nkDom = { collectBlocks, toRange };`,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

describe.skipIf(!existsSync(CHROMIUM))('collectBlocks in Chromium', () => {
  let browser: Browser;
  let texts: { auto: string[]; structural: string[]; range: string | null };

  beforeAll(async () => {
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    const page = await browser.newPage();
    await page.setContent(PAGE, { waitUntil: 'load' });
    await page.addScriptTag({ content: await bundle() });
    texts = await page.evaluate(() => {
      type Dom = {
        collectBlocks: (root: Node, opts?: object) => { text: string }[];
        toRange: (block: unknown, start: number, end: number) => Range | null;
      };
      const dom = (globalThis as unknown as { nkDom: Dom }).nkDom;
      const auto = dom.collectBlocks(document);
      const first = dom.collectBlocks(document.getElementById('first') as Element)[0];
      const start = first?.text.indexOf('11,000 North') ?? -1;
      return {
        auto: auto.map((b) => b.text),
        structural: dom.collectBlocks(document, { visibility: 'structural' }).map((b) => b.text),
        range: first
          ? (dom.toRange(first, start, start + '11,000 North Korean'.length)?.toString() ?? null)
          : null,
      };
    });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
  });

  it('reads what is rendered, including content-visibility:auto and display:contents', () => {
    expect(texts.auto).toEqual([
      'about 11,000 North Korean troops',
      'off-screen content-visibility auto',
      'summary',
      'inside display contents',
      'a b',
      'custom element text',
    ]);
  });

  it('without layout reads everything not hidden by tag or attribute', () => {
    expect(texts.structural).toEqual([
      'about 11,000 North Korean troops',
      'off-screen content-visibility auto',
      'content-visibility hidden',
      'summary',
      'closed details body',
      'inside display contents',
      'a hidden span b',
      'hidden by a descendant rule',
      'custom element text',
    ]);
  });

  it('maps a figure split across inline elements to a DOM range', () => {
    expect(texts.range).toBe('11,000 North Korean');
  });
});
