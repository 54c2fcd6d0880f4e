import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  readFigureTexts,
  readForeignMutations,
  startHarness,
  type Harness,
  type TestPage,
} from './harness';
import { LONG_NEWS_FIGURES, longNewsPage } from './harness/long-news';

const ARTIFACTS = 'tests/e2e/.artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

/** Figures a reader should see highlighted on each fixture, in document order. */
const EXPECTED: Record<string, string[]> = {
  'highlight-en.html': ['at least 3,000', 'roughly 11,000', 'about 4,000', 'about 300', '2,700'],
  'highlight-uk.html': ['близько 11 тисяч', 'понад 3 000'],
  'highlight-ru.html': ['около 300', '2700', 'около 11 тысяч'],
  'highlight-de.html': ['rund 11.000', 'Etwa 4.000'],
  // a long page about North Korea whose results paragraph speaks of losses before it names Pyongyang, read in a
  // unit of its own: the page's mentions make it about North Korea (TextUnit.topic), as the CLI reads it
  'highlight-de-topic.html': ['rund 11.000', 'etwa 300', 'mehr als 3.000'],
  // a page that names North Korea only through soft hyphens inside the names ("Nord&shy;ko&shy;rea"), as German
  // headlines and teasers often do: the gate, the mention search and the walk read through them
  'highlight-de-shy.html': ['rund 3.000', 'etwa 11.000'],
  'highlight-ko.html': ['3천여', '3000여', '약 4천'],
  // a table whose caption names North Korea: every row, the header, caption or row saying what it counts
  'highlight-table.html': ['at least 100', 'about 4,000', 'more than 6,000', 'about 2,000', 'about 6,000'],
  // 220 stories, generated (harness/long-news.ts): long enough that the page's text is read in chunks
  'long-news.html': LONG_NEWS_FIGURES,
};

it('the long generated page is long enough for the text to be read in chunks (256 KB of HTML)', () => {
  expect(Buffer.byteLength(longNewsPage())).toBeGreaterThan(256 * 1024);
});

async function waitForFigures(page: TestPage, count: number): Promise<string[]> {
  let texts: string[] = [];
  await page
    .waitFor(() => {
      let n = 0;
      const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS
        .highlights;
      registry?.forEach((h, name) => {
        if (name.startsWith('nkf-') && name !== 'nkf-focus') n += h.size;
      });
      return n;
    }, 'figures to be highlighted')
    .catch(() => undefined);
  // Then give late matches a moment to settle before reading.
  for (let i = 0; i < 40; i++) {
    texts = await readFigureTexts(page);
    if (texts.length >= count) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return texts;
}

describe.each(BROWSERS)('highlighting in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it.each(Object.entries(EXPECTED))(
    '%s: highlights exactly the expected figures',
    async (fixture, expected) => {
      const page = await harness.openFixture(fixture);
      const texts = await waitForFigures(page, expected.length);
      expect(texts).toEqual(expected);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  it('changes nothing in the page but its own host; editors, inputs and page scripts keep working', async () => {
    const page = await harness.openFixture('highlight-en.html');
    await waitForFigures(page, EXPECTED['highlight-en.html']!.length);
    expect(await readForeignMutations(page)).toEqual([]);
    // Nothing announces the extension to the page (WXT's legacy "content script started" postMessage is off).
    expect(await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages)).toEqual([]);
    expect(await page.evaluate(() => document.getElementById('editor')?.textContent?.trim())).toBe(
      'Draft: North Korea sent 12,000 troops, an editor wrote.',
    );
    expect(await page.evaluate(() => (document.getElementById('notes') as HTMLInputElement).value)).toBe(
      'North Korean troops: 11,000 sent',
    );
    await page.click('#counter');
    expect(await page.evaluate(() => document.getElementById('counter')?.textContent)).toBe(
      'clicked 1 times',
    );
    // The screen-reader summary changes with the highlights (in the same frame).
    const summary = await page.waitFor(
      () =>
        document.querySelector('nkf-layer')?.shadowRoot?.querySelector('[role=status]')?.textContent ?? '',
      'the live summary',
    );
    expect(summary).toMatch(/5/);
    await page.close();
  });

  it('styles every highlight where its figure is, in the chosen palette', async () => {
    if (kind === 'firefox') {
      // Firefox: no highlight styles on a page the scanner never came to (its sheet's rules match every
      // element, so only pages with figures get one). Chromium's manifest sheet has rules on the root only,
      // checked in manifest.e2e.test.ts.
      const quiet = await harness.openFixture('no-topic.html');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const unstyled = await quiet.evaluate(
        () => getComputedStyle(document.body, '::highlight(nkf-background-okabe-same)').textDecorationLine,
      );
      expect(unstyled).toBe('none');
      await quiet.close();
    }

    const page = await harness.openFixture('highlight-en.html');
    await waitForFigures(page, 5);
    // Every highlight has its underline (the colour-blind-safe cue) on the element that holds its first figure.
    const styledIn = async (palette: string) => {
      // The palette to look for goes to the page first (waitFor's function runs there and takes no argument).
      await page.evaluate((wanted) => {
        (window as unknown as { __nkfWanted: string }).__nkfWanted = wanted;
      }, palette);
      return page.waitFor(() => {
        const wanted = (window as unknown as { __nkfWanted: string }).__nkfWanted;
        const highlights = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        const lines = [...highlights]
          .filter(([name]) => name.includes(`-${wanted}-`))
          .map(([name, ranges]) => {
            const holder = [...ranges][0]?.startContainer.parentElement;
            return holder ? getComputedStyle(holder, `::highlight(${name})`).textDecorationLine : 'none';
          });
        return lines.length > 0 && lines.every((line) => line === 'underline') ? lines : null;
      }, `highlights styled in the ${palette} palette`);
    };
    expect((await styledIn('okabe'))?.length ?? 0).toBeGreaterThan(0);
    await harness.saveSettings({ palette: 'ibm' });
    try {
      expect((await styledIn('ibm'))?.length ?? 0).toBeGreaterThan(0);
      if (kind === 'firefox') {
        // The previous palette's sheet is taken out: a page carries one appearance's rules at a time.
        const old = await page.waitFor(
          () =>
            getComputedStyle(document.body, '::highlight(nkf-background-okabe-same)').textDecorationLine ===
            'none',
          'the previous palette sheet removed',
        );
        expect(old).toBe(true);
      }
    } finally {
      await harness.saveSettings({ palette: 'okabe' });
    }
    await page.close();
  });

  it('shows a card naming the estimators when the pointer rests on a figure', async () => {
    const page = await harness.openFixture('highlight-en.html');
    await waitForFigures(page, 5);
    const point = await page.evaluate(() => {
      const text = document.querySelector('#p2 b')!.firstChild!;
      const range = document.createRange();
      range.selectNodeContents(text);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouseMove(point.x - 40, point.y - 40);
    await page.mouseMove(point.x, point.y);
    const card = await page.waitFor(() => {
      const root = document.querySelector('nkf-layer')?.shadowRoot;
      return root?.querySelector('[role=dialog]') ? root.textContent : '';
    }, 'the hover card');
    expect(card).toMatch(/11,000/);
    expect(card).toMatch(/JCS|Joint Chiefs/);
    await page.screenshot(`${ARTIFACTS}/${kind}-hover-card.png`);
    await page.press('Escape');
    await page.waitFor(
      () => !document.querySelector('nkf-layer')?.shadowRoot?.querySelector('[role=dialog]'),
      'the card to close on Escape',
    );
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('moves between figures with the next/previous command, opening the card with focus inside', async () => {
    const page = await harness.openFixture('highlight-en.html');
    await waitForFigures(page, 5);
    await harness.sendToTab(page, { type: 'nkf:navigate', step: 1 });
    await harness.sendToTab(page, { type: 'nkf:navigate', step: 1 });
    const selected = await page.waitFor(() => window.getSelection()?.toString() ?? '', 'a selected figure');
    expect(selected).toBe('roughly 11,000');
    const focusInCard = await page.waitFor(
      () => document.activeElement?.localName === 'nkf-layer',
      'focus inside the card',
    );
    expect(focusInCard).toBe(true);
    await harness.sendToTab(page, { type: 'nkf:navigate', step: -1 });
    await page.waitFor(() => window.getSelection()?.toString() === 'at least 3,000', 'the previous figure');
    await page.close();
  });

  it('starts over on an in-page navigation (History API): the open card closes, the page is read again', async () => {
    const page = await harness.openFixture('highlight-en.html');
    await waitForFigures(page, 5);
    await harness.sendToTab(page, { type: 'nkf:navigate', step: 1 });
    await page.waitFor(() => document.activeElement?.localName === 'nkf-layer', 'focus inside the card');
    // A router's next view, hidden until the navigation: showing it changes only an attribute, which the
    // mutation observer does not follow, so only the fresh read after the navigation can find its figure.
    await page.evaluate(() => {
      const next = document.createElement('p');
      next.id = 'next-view';
      next.hidden = true;
      next.textContent =
        "South Korea's spy agency said about 1,100 North Korean soldiers were killed or wounded.";
      document.body.append(next);
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await readFigureTexts(page)).toEqual(EXPECTED['highlight-en.html']);
    await page.evaluate(() => {
      (document.getElementById('next-view') as HTMLElement).hidden = false;
      history.pushState({ story: 2 }, '', '?story=2');
    });
    const closed = await page.waitFor(() => {
      const focus = (
        globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }
      ).CSS.highlights?.get('nkf-focus');
      return document.activeElement?.localName !== 'nkf-layer' && (focus?.size ?? 0) === 0;
    }, 'the card to close after pushState');
    expect(closed).toBe(true);
    expect(await waitForFigures(page, 6)).toEqual([...EXPECTED['highlight-en.html']!, 'about 1,100']);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('follows content that a script renders and re-renders', async () => {
    const page = await harness.openFixture('rerender.html');
    expect(await waitForFigures(page, 1)).toEqual(['about 11,000']);
    await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
    await page.waitFor(async () => {
      const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS
        .highlights;
      let texts: string[] = [];
      registry?.forEach((h, name) => {
        if (name !== 'nkf-focus') texts = texts.concat([...h].map((r) => r.toString()));
      });
      return texts.join('|') === 'about 12,000';
    }, 'the re-rendered figure');
    expect(await readForeignMutations(page)).not.toContainEqual(
      expect.objectContaining({ target: 'nkf-layer' }),
    );
    await page.close();
  });

  it('highlights paragraphs appended on scroll', async () => {
    const page = await harness.openFixture('infinite.html');
    await waitForFigures(page, 1);
    for (let i = 0; i < 5; i++) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await new Promise((r) => setTimeout(r, 150));
    }
    const texts = await waitForFigures(page, 4);
    expect(texts).toEqual(['about 11,000', 'more than 3,000', 'about 300', 'about 2,700']);
    await page.close();
  });

  it('checks a selected figure on demand where automatic highlighting is off', async () => {
    await harness.saveSettings({ autoHighlight: false });
    try {
      const page = await harness.openFixture('highlight-en.html');
      await new Promise((r) => setTimeout(r, 300));
      expect(await readFigureTexts(page)).toEqual([]);
      await page.evaluate(() => {
        const text = document.querySelector('#p4')!.firstChild as Text;
        const at = text.data.indexOf('300');
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 3);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      });
      await harness.sendToTab(page, { type: 'nkf:check-selection' });
      const card = await page.waitFor(() => {
        const dialog = document.querySelector('nkf-layer')?.shadowRoot?.querySelector('[role=dialog]');
        return dialog?.textContent ?? '';
      }, 'the card for the selection');
      expect(card).toMatch(/300/);
      expect(card).toMatch(/NIS|National Intelligence/);
      await page.close();
    } finally {
      await harness.saveSettings({ autoHighlight: true });
    }
  });

  it('turning highlighting off in settings clears the open tab without reload', async () => {
    const page = await harness.openFixture('highlight-en.html');
    await waitForFigures(page, 5);
    await harness.saveSettings({ autoHighlight: false });
    try {
      await page.waitFor(async () => {
        let n = 0;
        const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS
          .highlights;
        registry?.forEach((h) => (n += h.size));
        return n === 0;
      }, 'highlights to disappear');
    } finally {
      await harness.saveSettings({ autoHighlight: true });
    }
    expect(await waitForFigures(page, 5)).toHaveLength(5);
    await page.close();
  });

  it('made no network request', () => {
    const foreign = harness.foreignRequests();
    expect(foreign, foreign.join('\n')).toEqual([]);
  });
});
