import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { heapAfterGc, readMetrics, type Metrics } from './cdp-metrics.ts';
import { inPage, pageSource } from './in-page.ts';
import { countHighlights, installProbes, type ProbeState } from './probes.ts';
import type { PageServer } from './server.ts';

/** Interval between settle checks. Each check is one getMetrics and one evaluate: the same in both browsers. */
export const POLL_MS = 100;
/** A scan counts as done when the highlight count has not changed over this many checks. */
const STABLE_POLLS = 4;
const MAX_POLLS = 150;

/** An open, measured tab: the page, its DevTools session and the metrics when measuring began. */
export interface MeasuredTab {
  page: Page;
  cdp: CDPSession;
  start: Metrics;
}

/** How long to wait after load: until highlights are stable, or a given number of checks. */
export type Settle = { kind: 'highlights' } | { kind: 'polls'; polls: number };

/** One page load's numbers. */
export interface LoadSample {
  /** Main-thread task time from navigation to the end of settling (before any forced GC). */
  taskMs: number;
  scriptMs: number;
  /** Settle checks made (to repeat exactly in the paired run without the extension). */
  polls: number;
  highlights: number;
  /** Longest 'longtask' entry (0 when none reached 50 ms), and all of them. */
  longestLongTaskMs: number;
  longTasks: Array<[number, number]>;
}

/**
 * Opens a fresh tab, first on a page of another site (so the measured page gets its own new renderer process),
 * then enables CDP Performance metrics (thread time) and navigates to `path`, waiting for 'load'. `probes`:
 * the init script to add (default: the passive longtask observer; 'none' for traced runs, where any page
 * script would be mistaken for the extension's).
 * `before` runs after the first page, ahead of navigation (to start a trace or profile).
 */
export async function openMeasured(
  context: BrowserContext,
  server: PageServer,
  path: string,
  opts: {
    probes?: 'none' | 'longtasks' | 'first-highlight';
    before?: (cdp: CDPSession) => Promise<void>;
  } = {},
): Promise<MeasuredTab> {
  const page = await context.newPage();
  const probes = opts.probes ?? 'longtasks';
  if (probes !== 'none') await page.addInitScript(pageSource(installProbes, probes === 'first-highlight'));
  await page.goto(`${server.otherSiteOrigin}/blank`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const start = await readMetrics(cdp);
  await opts.before?.(cdp);
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return { page, cdp, start };
}

/**
 * Waits for the page to settle: with `highlights`, until the extension's highlight count is non-zero and
 * unchanged over STABLE_POLLS checks; with `polls`, for exactly that many checks.
 * @returns the number of checks made and the final highlight count.
 * @throws when highlights never appear or never settle (the extension did not work: never report a number).
 */
export async function settle(tab: MeasuredTab, how: Settle): Promise<{ polls: number; highlights: number }> {
  const counts: number[] = [];
  for (let poll = 1; poll <= MAX_POLLS; poll++) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    await readMetrics(tab.cdp);
    counts.push(await inPage(tab.page, countHighlights));
    const last = counts[counts.length - 1] ?? 0;
    if (how.kind === 'polls') {
      if (poll >= how.polls) return { polls: poll, highlights: last };
      continue;
    }
    const recent = counts.slice(-STABLE_POLLS);
    if (last > 0 && recent.length === STABLE_POLLS && recent.every((c) => c === last)) {
      return { polls: poll, highlights: last };
    }
  }
  throw new Error(`page did not settle: highlight counts ${counts.slice(-10).join(',')}`);
}

/** Reads the sample of a settled tab (metrics first, so later probes do not count). */
export async function sampleOf(
  tab: MeasuredTab,
  settled: { polls: number; highlights: number },
): Promise<LoadSample> {
  const end = await readMetrics(tab.cdp);
  const probe = await inPage(tab.page, () => (window as unknown as { __nkfBench?: ProbeState }).__nkfBench);
  const longTasks = probe?.longTasks ?? [];
  return {
    taskMs: end.taskMs - tab.start.taskMs,
    scriptMs: end.scriptMs - tab.start.scriptMs,
    polls: settled.polls,
    highlights: settled.highlights,
    longestLongTaskMs: Math.max(0, ...longTasks.map(([, d]) => d)),
    longTasks,
  };
}

/** Used JS heap after forced GC, in bytes. */
export function heapOf(tab: MeasuredTab): Promise<number> {
  return heapAfterGc(tab.cdp);
}
