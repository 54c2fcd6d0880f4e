import type { BrowserContext } from 'playwright-core';
import { DOCUMENT_IDLE_MARK, documentIdleAt } from './idle-probe.ts';
import { inPage } from './in-page.ts';
import { openMeasured } from './load-page.ts';
import { domContentLoadedAt, type ProbeState } from './probes.ts';
import type { PageServer } from './server.ts';

const TIMEOUT_MS = 10_000;

/** When the first highlight appeared, counted from two moments of the page's load (ms). */
export interface FirstHighlight {
  /** From DOMContentLoaded (Navigation Timing, event start). */
  afterDomContentLoaded: number;
  /**
   * From the browser's document_idle point (the idle probe's mark; see idle-probe.ts); negative when the
   * highlight came first.
   */
  afterDocumentIdle: number;
}

/**
 * Times the first animation frame in which the page's main world sees a non-empty `nkf-*` highlight (checked
 * every frame by an init script). Wall time: it includes any wait for the CPU, and is at most one frame
 * (~16.7 ms) late. The context must have the idle probe beside the extension (launchWithAlongside).
 * @throws when no highlight, or no idle mark, appears within 10 s.
 */
export async function timeToFirstHighlight(
  context: BrowserContext,
  server: PageServer,
  path: string,
): Promise<FirstHighlight> {
  const tab = await openMeasured(context, server, path, { probes: 'first-highlight' });
  try {
    const started = Date.now();
    for (;;) {
      const first = await inPage(
        tab.page,
        () => (window as unknown as { __nkfBench?: ProbeState }).__nkfBench?.firstHighlight ?? null,
      );
      // The highlight may come before the browser's idle point: then wait for the probe's mark too.
      const idle = await inPage(tab.page, documentIdleAt, DOCUMENT_IDLE_MARK);
      if (first !== null && !Number.isNaN(idle)) {
        return {
          afterDomContentLoaded: first - (await inPage(tab.page, domContentLoadedAt)),
          afterDocumentIdle: first - idle,
        };
      }
      if (Date.now() - started > TIMEOUT_MS)
        throw new Error(`no highlight (or no idle mark) on ${path} within ${TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await tab.page.close();
  }
}
