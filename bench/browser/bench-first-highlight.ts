import type { BrowserContext } from 'playwright-core';
import { inPage } from './in-page.ts';
import { openMeasured } from './load-page.ts';
import { domContentLoadedAt, type ProbeState } from './probes.ts';
import type { PageServer } from './server.ts';

const TIMEOUT_MS = 10_000;

/**
 * Milliseconds from DOMContentLoaded (Navigation Timing, event start) to the first animation frame in which
 * the page's main world sees a non-empty `nkf-*` highlight (checked every frame by an init script). Wall time:
 * it includes any wait for the CPU, and is at most one frame (~16.7 ms) late.
 * @throws when no highlight appears within 10 s.
 */
export async function timeToFirstHighlight(
  context: BrowserContext,
  server: PageServer,
  path: string,
): Promise<number> {
  const tab = await openMeasured(context, server, path, { probes: 'first-highlight' });
  try {
    const started = Date.now();
    for (;;) {
      const first = await inPage(
        tab.page,
        () => (window as unknown as { __nkfBench?: ProbeState }).__nkfBench?.firstHighlight ?? null,
      );
      if (first !== null) return first - (await inPage(tab.page, domContentLoadedAt));
      if (Date.now() - started > TIMEOUT_MS)
        throw new Error(`no highlight on ${path} within ${TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await tab.page.close();
  }
}
