import type { BrowserContext } from 'playwright-core';
import { inPage } from './in-page.ts';
import { openMeasured, type MeasuredTab } from './load-page.ts';
import { countHighlights } from './probes.ts';
import type { PageServer } from './server.ts';
import {
  extensionTime,
  IncompleteTraceError,
  renderingTime,
  startTrace,
  type ExtensionTime,
  type TraceEvent,
} from './trace.ts';

/** Loads measured per traced result at most: a load whose trace lacks the page's events is made again. */
const TRACE_ATTEMPTS = 3;

/**
 * Runs `measure` (one traced load) until its trace is complete, up to TRACE_ATTEMPTS times.
 * @throws the last IncompleteTraceError when every attempt's trace lacked the page's events; any other error at once.
 */
async function withCompleteTrace<T>(measure: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measure();
    } catch (error) {
      if (!(error instanceof IncompleteTraceError) || attempt >= TRACE_ATTEMPTS) throw error;
    }
  }
}

/** A traced load with the extension: its attributed time and the highlights it left. */
export interface TracedLoad extends ExtensionTime {
  highlights: number;
  /** The page's rendering work over the whole trace (see renderingTime), ms thread time. */
  renderingMs: number;
}

/**
 * Loads `path` in a fresh tab under a DevTools trace and waits `waitMs` without touching the page (no polling:
 * a DevTools evaluation would be counted as script).
 * @returns the open tab (the caller closes it) and every trace event.
 */
async function traceLoad(
  context: BrowserContext,
  server: PageServer,
  path: string,
  waitMs: number,
): Promise<{ tab: MeasuredTab; events: TraceEvent[] }> {
  let stop: (() => Promise<TraceEvent[]>) | null = null;
  const tab = await openMeasured(context, server, path, {
    probes: 'none',
    before: async (cdp) => {
      stop = (await startTrace(cdp)).stop;
    },
  });
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  return { tab, events: await stop!() };
}

/**
 * Loads `path` without the extension under the same trace and wait as tracedLoad.
 * @returns the page's rendering work (see renderingTime), ms thread time.
 */
export async function tracedRendering(
  context: BrowserContext,
  server: PageServer,
  path: string,
  waitMs: number,
): Promise<number> {
  return withCompleteTrace(async () => {
    const { tab, events } = await traceLoad(context, server, path, waitMs);
    await tab.page.close();
    return renderingTime(events, `${server.origin}${path}`);
  });
}

/**
 * Loads `path` with the extension under a DevTools trace, then attributes the extension's main-thread time
 * (see extensionTime). The page has no scripts and no probes, so all JavaScript in it is the extension's. A load
 * whose trace lacks the page's own events is made again (withCompleteTrace).
 */
export async function tracedLoad(
  context: BrowserContext,
  server: PageServer,
  path: string,
  waitMs: number,
): Promise<TracedLoad> {
  return withCompleteTrace(async () => {
    const { tab, events } = await traceLoad(context, server, path, waitMs);
    const highlights = await inPage(tab.page, countHighlights);
    await tab.page.close();
    const url = `${server.origin}${path}`;
    return {
      ...extensionTime(events, url, 'chrome-extension://'),
      highlights,
      renderingMs: renderingTime(events, url),
    };
  });
}
