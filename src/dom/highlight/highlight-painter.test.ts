// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { HighlightPainter, PAINT_INTERVAL_MS } from './highlight-painter';
import { FALLBACK_TAG } from './wrap-fallback';

/** A minimal stand-in for the CSS Custom Highlight API (happy-dom has none). */
function fakeHighlightWindow() {
  const registry = new Map<string, Set<AbstractRange>>();
  class FakeHighlight extends Set<AbstractRange> {}
  return {
    registry,
    win: { CSS: { highlights: registry }, Highlight: FakeHighlight } as unknown as typeof globalThis,
  };
}

function rangeOver(text: Text, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return range;
}

describe('HighlightPainter with the Highlight API', () => {
  it('keeps one highlight per relation, renames on appearance change, clears everything', () => {
    document.body.textContent = 'about 11,000 troops and 4,000 casualties';
    const text = document.body.firstChild as Text;
    const { registry, win } = fakeHighlightWindow();
    const painter = new HighlightPainter(win, { style: 'background', palette: 'okabe' });
    const a = rangeOver(text, 0, 12);
    const b = rangeOver(text, 24, 29);
    painter.add(a, 'same');
    painter.add(b, 'metric_mismatch');
    painter.flush();
    expect([...registry.keys()].sort()).toEqual([
      'nkf-background-okabe-metric_mismatch',
      'nkf-background-okabe-same',
    ]);
    painter.add(b, 'differs');
    painter.flush();
    expect(registry.get('nkf-background-okabe-metric_mismatch')?.size).toBe(0);
    expect(registry.get('nkf-background-okabe-differs')?.has(b)).toBe(true);

    painter.setAppearance({ style: 'underline', palette: 'ibm' });
    expect(registry.has('nkf-background-okabe-same')).toBe(false);
    expect(registry.get('nkf-underline-ibm-same')?.has(a)).toBe(true);

    painter.focus(a);
    expect(registry.get('nkf-focus')?.has(a)).toBe(true);
    painter.clear();
    expect(registry.size).toBe(0);
    expect(document.body.textContent).toBe('about 11,000 troops and 4,000 casualties');
  });
});

/** A painter over a fake registry, a text to highlight in, and how many "same" ranges are on the page. */
function batchFixture() {
  document.body.textContent = 'about 11,000 troops and 4,000 casualties, 300 dead';
  const text = document.body.firstChild as Text;
  const { registry, win } = fakeHighlightWindow();
  const painter = new HighlightPainter(win, { style: 'background', palette: 'okabe' });
  const shown = () => registry.get('nkf-background-okabe-same')?.size ?? 0;
  return { text, registry, painter, shown };
}

describe('HighlightPainter batches', () => {
  it('puts the first additions on the page after the current task, later ones at most every interval', async () => {
    vi.useFakeTimers();
    try {
      const { text, registry, painter, shown } = batchFixture();
      painter.add(rangeOver(text, 0, 12), 'same');
      painter.add(rangeOver(text, 24, 29), 'same');
      expect(shown()).toBe(0);
      expect(painter.size).toBe(2);
      await Promise.resolve();
      expect(shown()).toBe(2);
      // A later addition waits for the interval, and a range deleted meanwhile never shows.
      const late = rangeOver(text, 42, 45);
      const gone = rangeOver(text, 6, 12);
      painter.add(late, 'same');
      painter.add(gone, 'same');
      painter.delete(gone);
      await Promise.resolve();
      expect(shown()).toBe(2);
      vi.advanceTimersByTime(PAINT_INTERVAL_MS);
      expect(shown()).toBe(3);
      expect(registry.get('nkf-background-okabe-same')?.has(gone)).toBe(false);
      // clear() drops what has not been shown yet.
      painter.add(rangeOver(text, 0, 5), 'differs');
      painter.clear();
      vi.advanceTimersByTime(PAINT_INTERVAL_MS);
      expect(registry.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('HighlightPainter tells what shows with each batch', () => {
  it('calls onFlush as each batch reaches the page; flushPending puts the waiting ones on at once', async () => {
    vi.useFakeTimers();
    try {
      const { text, painter, shown } = batchFixture();
      const seen: number[] = [];
      painter.onFlush = () => seen.push(shown());
      painter.add(rangeOver(text, 0, 12), 'same');
      expect(painter.hasPending).toBe(true);
      await Promise.resolve();
      expect(seen).toEqual([1]);
      expect(painter.hasPending).toBe(false);
      // A later one waits for the interval, unless the scan says nothing more is coming.
      painter.add(rangeOver(text, 24, 29), 'same');
      painter.add(rangeOver(text, 42, 45), 'same');
      expect(shown()).toBe(1);
      painter.flushPending();
      expect(seen).toEqual([1, 3]);
      vi.advanceTimersByTime(PAINT_INTERVAL_MS);
      painter.flushPending();
      painter.flush();
      expect(seen).toEqual([1, 3]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('HighlightPainter fallback (no Highlight API)', () => {
  it.each([
    ['<p>about <b>11,000</b> troops</p>', 'p', [0, 6], [2, 0]],
    ['<p>nearly 11 000 soldiers</p>', 'p', [0, 0], [0, 14]],
    ['<p>sent 3,000 more</p>', 'p', [0, 5], [0, 10]],
  ])('wraps %s and restores it exactly', (html, selector, [sNode, sOff], [eNode, eOff]) => {
    const host = document.createElement('div');
    // Test-only: builds the fixture from a literal.
    host.append(document.createRange().createContextualFragment(html));
    document.body.replaceChildren(host);
    const before = host.cloneNode(true) as HTMLElement;
    const el = host.querySelector(selector)!;
    const textNodes: Text[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) textNodes.push(n as Text);
    const range = document.createRange();
    range.setStart(textNodes[sNode!]!, sOff!);
    range.setEnd(textNodes[eNode!]!, eOff!);
    const expectedText = range.toString();
    const painter = new HighlightPainter(window as unknown as typeof globalThis, {
      style: 'background',
      palette: 'okabe',
    });
    expect(painter.usesHighlightApi).toBe(false);
    painter.add(range, 'same');
    const marks = [...host.querySelectorAll(FALLBACK_TAG)];
    expect(marks.map((m) => m.textContent).join('')).toBe(expectedText);
    expect(host.textContent).toBe(before.textContent);
    painter.clear();
    expect(host.querySelector(FALLBACK_TAG)).toBeNull();
    expect(host.isEqualNode(before)).toBe(true);
    expect(host.childNodes.length).toBe(before.childNodes.length);
  });
});
