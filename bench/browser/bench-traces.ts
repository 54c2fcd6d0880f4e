import type { BrowserContext } from 'playwright-core';
import { inPage } from './in-page.ts';
import { openMeasured } from './load-page.ts';
import { countHighlights } from './probes.ts';
import type { PageServer } from './server.ts';
import { extensionTime, startTrace, type ExtensionTime, type TraceEvent } from './trace.ts';

/** A traced load with the extension: its attributed time and the highlights it left. */
export interface TracedLoad extends ExtensionTime {
  highlights: number;
}

/**
 * Loads `path` with the extension under a DevTools trace, waits `waitMs` without touching the page (no
 * polling: a DevTools evaluation would be counted as script), then attributes the extension's main-thread
 * time (see extensionTime). The page has no scripts and no probes, so all JavaScript in it is the extension's.
 */
export async function tracedLoad(
  context: BrowserContext,
  server: PageServer,
  path: string,
  waitMs: number,
): Promise<TracedLoad> {
  let stop: (() => Promise<TraceEvent[]>) | null = null;
  const tab = await openMeasured(context, server, path, {
    probes: 'none',
    before: async (cdp) => {
      stop = (await startTrace(cdp)).stop;
    },
  });
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  const events = await stop!();
  const highlights = await inPage(tab.page, countHighlights);
  await tab.page.close();
  return { ...extensionTime(events, `${server.origin}${path}`, 'chrome-extension://'), highlights };
}
