import { readMetrics } from './cdp-metrics.ts';
import { readExtensionProcessCpuMs } from './process-cpu.ts';
import { inPage } from './in-page.ts';
import type { BrowserPair } from './launch.ts';
import { openMeasured, settle, type MeasuredTab } from './load-page.ts';
import { highlightTexts } from './probes.ts';
import type { PageServer } from './server.ts';

/** One storm with and without the extension. */
export interface StormPair {
  /** Thread ms of main-thread tasks during the storm, with and without the extension. */
  withMs: number;
  withoutMs: number;
  /** Wall ms the storm lasted (with the extension) and text mutations made. */
  wallMs: number;
  mutations: number;
  /** CPU ms of the extension processes (its background) during the storm, with and without the extension. */
  backgroundWithMs: number;
  backgroundWithoutMs: number;
  /** (withMs − withoutMs) / wallMs, in percent of one core: the page's main thread. */
  pageSharePercent: number;
  /** The background's extra CPU during the storm, in percent of one core. */
  backgroundSharePercent: number;
  /** Both together: what the extension costs while the page storms. */
  sharePercent: number;
  /** Highlighted texts before and after the storm (sorted), with the extension. */
  before: string[];
  after: string[];
}

interface StormResult {
  count: number;
  ms: number;
}

async function storm(
  tab: MeasuredTab,
): Promise<{ taskMs: number; backgroundMs: number; result: StormResult }> {
  const start = await readMetrics(tab.cdp);
  const backgroundStart = readExtensionProcessCpuMs();
  const result = await inPage(tab.page, () => {
    const w = window as unknown as { __startStorm(): void; __stormDone: Promise<StormResult> };
    w.__startStorm();
    return w.__stormDone;
  });
  const end = await readMetrics(tab.cdp);
  const backgroundMs = readExtensionProcessCpuMs() - backgroundStart;
  return { taskMs: end.taskMs - start.taskMs, backgroundMs, result };
}

/**
 * Loads the storm page with the extension, waits for its highlights to settle, runs the 5 s ticker storm and
 * reads the thread time spent during it; then lets the extension catch up and reads the highlights again.
 * Repeats the load and storm without the extension (same number of settle checks) for the page's own cost.
 */
export async function measureStormPair(
  pair: BrowserPair,
  server: PageServer,
  path: string,
): Promise<StormPair> {
  const withTab = await openMeasured(pair.withExtension, server, path);
  const settled = await settle(withTab, { kind: 'highlights' });
  const before = await inPage(withTab.page, highlightTexts);
  const withRun = await storm(withTab);
  await settle(withTab, { kind: 'highlights' });
  const after = await inPage(withTab.page, highlightTexts);
  await withTab.page.close();

  const withoutTab = await openMeasured(pair.withoutExtension, server, path);
  await settle(withoutTab, { kind: 'polls', polls: settled.polls });
  const withoutRun = await storm(withoutTab);
  await withoutTab.page.close();

  const wallMs = withRun.result.ms;
  const pageSharePercent = ((withRun.taskMs - withoutRun.taskMs) / wallMs) * 100;
  const backgroundSharePercent = (Math.max(0, withRun.backgroundMs - withoutRun.backgroundMs) / wallMs) * 100;
  return {
    withMs: withRun.taskMs,
    withoutMs: withoutRun.taskMs,
    backgroundWithMs: withRun.backgroundMs,
    backgroundWithoutMs: withoutRun.backgroundMs,
    wallMs,
    mutations: withRun.result.count,
    pageSharePercent,
    backgroundSharePercent,
    sharePercent: pageSharePercent + backgroundSharePercent,
    before,
    after,
  };
}
