// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TextUnit } from '../../core/extract/find-unit-figures';
import type { HighlightPainter } from '../highlight/highlight-painter';
import { PageScanner } from './page-scanner';

/** A painter that paints nothing: these tests count the scanner's requests, not its highlights. */
const painter = {
  usesHighlightApi: true,
  add: () => undefined,
  delete: () => undefined,
  clear: () => undefined,
  flushPending: () => undefined,
} as unknown as HighlightPainter;

/** A scanner over the test's document whose every request to the background is recorded (answered with none). */
function startScanner(requests: TextUnit[][]): PageScanner {
  const scanner = new PageScanner({
    doc: document,
    painter,
    find: (units) => {
      requests.push([...units]);
      return Promise.resolve(units.map(() => []));
    },
    isOwnNode: () => false,
    onUpdate: () => undefined,
    requestFrame: (callback) => void setTimeout(callback, 16),
  });
  scanner.observe();
  return scanner;
}

/** Lets the page's mutation records reach the scanner, then the clock run on by `ms`. */
async function advance(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

/** Rewrites the ticker every `everyMs` for `forMs`; returns the times (ms from the start) of each request seen. */
async function runTicker(
  ticker: Text,
  requests: TextUnit[][],
  forMs: number,
  everyMs: number,
): Promise<number[]> {
  const seen: number[] = [];
  const start = performance.now();
  for (let t = 0; t < forMs; t += everyMs) {
    const before = requests.length;
    ticker.data = `North Korea ticker ${t}: about 11,000 troops`;
    await advance(everyMs);
    for (let i = before; i < requests.length; i += 1) seen.push(performance.now() - start);
  }
  return seen;
}

describe('PageScanner rescans for page changes', () => {
  let requests: TextUnit[][];
  let scanner: PageScanner;
  let ticker: Text;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    document.body.innerHTML =
      '<article><p>North Korea has sent about 11,000 troops to Russia.</p><p id="t">ticker</p></article>';
    ticker = document.getElementById('t')!.firstChild as Text;
    requests = [];
    scanner = startScanner(requests);
  });

  afterEach(() => {
    scanner.stop();
    vi.useRealTimers();
  });

  it('rescans a changed block with the change itself', async () => {
    ticker.data = 'North Korea sent another 3,000 troops';
    await advance(100);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.flatMap((unit) => unit.texts).join(' ')).toContain('another 3,000');
  });

  it('backs off while the page keeps changing, to at most one rescan a second', async () => {
    const seen = await runTicker(ticker, requests, 5_000, 10);
    // Every 150 ms would be 33 rescans; growing by half each time up to 1 s: 150, 225, 338, 506, 759, 1000 …
    expect(seen.length).toBeGreaterThanOrEqual(7);
    expect(seen.length).toBeLessThanOrEqual(10);
    const gaps = seen.slice(1).map((time, i) => time - seen[i]!);
    for (let i = 1; i < gaps.length; i += 1) expect(gaps[i]!).toBeGreaterThanOrEqual(gaps[i - 1]! - 20);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(1_000 + 40);
    // The last change is read: nothing is left pending once the page stands still.
    const before = requests.length;
    await advance(1_500);
    expect(requests.length).toBe(before + 1);
    expect(
      requests
        .at(-1)!
        .flatMap((unit) => unit.texts)
        .join(' '),
    ).toContain('ticker 4990');
  });

  it('starts over after a quiet spell: the next burst is read at once and soon again', async () => {
    await runTicker(ticker, requests, 3_000, 10);
    // Quiet: the burst's last rescan (up to 1 s after its last change), then its wait and 500 ms more.
    await advance(3_000);
    const seen = await runTicker(ticker, requests, 800, 10);
    // At the next frame, then about 225 and 340 ms apart (with the wait of 1 s kept, only the first would come)
    expect(seen[0]!).toBeLessThanOrEqual(40);
    expect(seen.length).toBeGreaterThanOrEqual(3);
  });
});
