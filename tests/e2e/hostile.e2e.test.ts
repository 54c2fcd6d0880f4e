import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  countFigureHighlights,
  readFigureTexts,
  readForeignMutations,
  readLiveSummary,
  readPageMutations,
  startHarness,
  type Harness,
  type TestPage,
} from './harness';

// Pages written to break extensions. Each must survive: no error, page DOM untouched but for our host,
// the page's own script still working, and highlighting still right where it applies.

async function waitForCount(page: TestPage, count: number, timeoutMs = 15_000): Promise<number> {
  let seen = 0;
  await page
    .waitFor(
      () => {
        let n = 0;
        const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS
          ?.highlights;
        registry?.forEach((h, name) => {
          if (name.startsWith('nkf-') && name !== 'nkf-focus') n += h.size;
        });
        return n;
      },
      'highlights',
      timeoutMs,
    )
    .catch(() => undefined);
  for (let i = 0; i < timeoutMs / 100; i++) {
    seen = await countFigureHighlights(page);
    if (seen >= count) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return seen;
}

async function expectCounterWorks(page: TestPage): Promise<void> {
  await page.click('#counter');
  expect(await page.evaluate(() => document.getElementById('counter')?.textContent)).toBe('clicked 1 times');
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(BROWSERS)('hostile pages in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind);
    harness.server.headers.set('/hostile-csp.html', {
      'content-security-policy': "default-src 'none'; script-src 'self'; img-src data:",
    });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it.each([
    ['hostile-big-dom.html', ['about 11,000']],
    // Deep nesting: at 2,000 levels both browsers render the text, so it must be highlighted. (Chromium 156
    // crashes on its own from about 3,000 levels; Firefox stops rendering there: see the 5,000 test below.)
    ['hostile-deep.html?depth=2000', ['more than 3,000']],
    ['hostile-huge-text.html', ['about 11,000']],
    ['hostile-shadow.html', ['about 11,000']],
    ['hostile-rtl.html', ['about 11,000']],
    ['hostile-csp.html', ['about 11,000']],
  ])('%s: survives, untouched, highlighted where it applies', async (fixture, expected) => {
    const page = await harness.openFixture(fixture);
    await waitForCount(page, expected.length, 30_000);
    expect(await readFigureTexts(page)).toEqual(expected);
    const foreign = await readForeignMutations(page);
    expect(foreign, JSON.stringify(foreign)).toEqual([]);
    await expectCounterWorks(page);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it.runIf(kind === 'firefox')(
    '5,000-deep nesting: survives; text the browser does not render stays unmarked',
    async () => {
      const page = await harness.openFixture('hostile-deep.html?depth=5000');
      await settle(3_000);
      expect(await page.evaluate(() => document.body.textContent?.includes('3,000'))).toBe(true);
      expect(await readFigureTexts(page)).toEqual([]);
      expect(await readForeignMutations(page)).toEqual([]);
      await expectCounterWorks(page);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  it('a strict CSP page still gets a styled card', async () => {
    const page = await harness.openFixture('hostile-csp.html');
    await waitForCount(page, 1);
    const point = await page.evaluate(() => {
      const text = document.getElementById('plain')!.firstChild as Text;
      const range = document.createRange();
      const at = text.data.indexOf('11,000');
      range.setStart(text, at);
      range.setEnd(text, at + 6);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouseMove(point.x + 200, point.y + 200);
    await page.mouseMove(point.x, point.y);
    const style = await page.waitFor(() => {
      const card = document.querySelector('nkf-layer')?.shadowRoot?.querySelector('.nkf-card');
      if (!card) return '';
      const css = getComputedStyle(card);
      return `${css.borderTopLeftRadius}|${css.position}|${document.querySelector('nkf-layer')!.shadowRoot!.querySelector('.nkf-card-slot') ? getComputedStyle(document.querySelector('nkf-layer')!.shadowRoot!.querySelector('.nkf-card-slot')!).position : ''}`;
    }, 'the card');
    expect(style).toMatch(/^8px\|.*\|fixed$/);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('a page that overwrites DOM prototypes and globals does not break the extension', async () => {
    const page = await harness.openFixture('hostile-prototypes.html');
    const summary = await page.waitFor(async () => {
      const el = document.querySelector('nkf-layer')?.shadowRoot?.querySelector('[role=status]');
      return el?.textContent ?? '';
    }, 'the live summary');
    expect(summary).toMatch(/1/);
    expect(await readLiveSummary(page)).toMatch(/1/);
    await expectCounterWorks(page);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('a rich-text editor and a textarea with figures never change', async () => {
    const page = await harness.openFixture('hostile-editor.html');
    const before = await page.evaluate(() => [
      document.getElementById('editor')!.innerHTML,
      (document.getElementById('area') as HTMLTextAreaElement).value,
    ]);
    expect(await waitForCount(page, 1)).toBe(1);
    expect(await readFigureTexts(page)).toEqual(['about 300']);
    await page.click('#editor p');
    await page.press('End');
    await page.press('X');
    await settle(300);
    const after = await page.evaluate(() => [
      document.getElementById('editor')!.innerHTML,
      (document.getElementById('area') as HTMLTextAreaElement).value,
    ]);
    expect(after[1]).toBe(before[1]);
    expect(after[0]!.replace(/\s|&nbsp;|X/g, '')).toBe(before[0]!.replace(/\s/g, ''));
    expect(await readFigureTexts(page)).toEqual(['about 300']);
    // Only the page's own typing changed the editor: no node or attribute of ours.
    const ours = (await readPageMutations(page)).filter(
      (m) =>
        m.type === 'attributes' ||
        [...m.added, ...m.removed].some((n) => n.startsWith('nkf-') && n !== 'nkf-layer'),
    );
    expect(ours).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('10,000 figures: all painted, the page keeps drawing frames', async () => {
    const page = await harness.openFixture('hostile-10k-figures.html');
    expect(await waitForCount(page, 10_000, 60_000)).toBe(10_000);
    await expectCounterWorks(page);
    const gap = await page.evaluate(() => (window as unknown as { __maxFrameGap: number }).__maxFrameGap);
    // A generous bound for a 2-core CI machine; the benchmark reports the real numbers.
    expect(gap).toBeLessThan(1_000);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('infinite scroll to 50,000 paragraphs: every figure found, memory bounded', async () => {
    const page = await harness.openFixture('hostile-infinite.html');
    await page.waitFor(
      () => (window as unknown as { __feedDone?: boolean }).__feedDone === true,
      'the feed',
      60_000,
    );
    expect(await waitForCount(page, 200, 60_000)).toBe(200);
    await expectCounterWorks(page);
    const metrics = await page.browserMetrics();
    if (metrics) expect(metrics.JSHeapUsedSize! / 2 ** 20).toBeLessThan(400);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('a ticker making 1,000 mutations per second: the page keeps its pace, highlights stay right', async () => {
    const page = await harness.openFixture('hostile-ticker.html');
    const start = await page.browserMetrics();
    const done = await page.waitFor(
      () => (window as unknown as { __tickerDone?: number }).__tickerDone ?? 0,
      'the ticker to finish',
      30_000,
    );
    const end = await page.browserMetrics();
    // The page's own timer achieved (nearly) all of its mutations: it was not starved.
    expect(done).toBeGreaterThan(8_000);
    expect(await readFigureTexts(page)).toEqual(['about 11,000']);
    if (start && end) {
      const busy = end.TaskDuration! - start.TaskDuration!;
      // Whole-renderer main-thread time, page included; the benchmark attributes the extension's share.
      expect(busy / 10).toBeLessThan(0.8);
    }
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('History API navigation every 100 ms: no errors, figures still right', async () => {
    const page = await harness.openFixture('hostile-history.html');
    await settle(5_500);
    expect(await readFigureTexts(page)).toEqual(['about 11,000']);
    await expectCounterWorks(page);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('frames: same-origin frames are scanned, cross-origin and sandboxed ones are left alone', async () => {
    const page = await harness.openFixture('hostile-frames.html');
    expect(await waitForCount(page, 1)).toBe(1);
    const inSame = await page.waitFor(() => {
      const frame = (document.getElementById('same') as HTMLIFrameElement).contentWindow as
        (Window & { CSS: { highlights: Map<string, Set<Range>> } }) | null;
      let texts = '';
      frame?.CSS.highlights.forEach((h, name) => {
        if (name !== 'nkf-focus') h.forEach((r) => (texts += r.toString()));
      });
      return texts;
    }, 'the same-origin frame to be highlighted');
    expect(inSame).toBe('more than 3,000');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('an SVG document: nothing breaks', async () => {
    const page = await harness.openFixture('hostile.svg');
    await settle(500);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('made no network request', () => {
    const foreign = harness.foreignRequests();
    expect(foreign, foreign.join('\n')).toEqual([]);
  });
});
