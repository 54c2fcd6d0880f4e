import type { CDPSession } from 'playwright-core';

/** The Performance.getMetrics values the bench uses (durations in ms, heap in bytes). */
export interface Metrics {
  /** Main-thread task time since Performance.enable (all tasks, page and content scripts alike). */
  taskMs: number;
  /** JavaScript execution time within those tasks. */
  scriptMs: number;
  /** Time spent on DevTools commands (the bench's own polling), part of taskMs. */
  devToolsMs: number;
  jsHeapUsed: number;
}

/** Reads the renderer's own accounting (CDP Performance.getMetrics). */
export async function readMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    taskMs: value('TaskDuration') * 1000,
    scriptMs: value('ScriptDuration') * 1000,
    devToolsMs: value('DevToolsCommandDuration') * 1000,
    jsHeapUsed: value('JSHeapUsedSize'),
  };
}

/** Forces two full garbage collections (HeapProfiler.collectGarbage), then reads the used JS heap in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { jsHeapUsed } = await readMetrics(cdp);
  await cdp.send('HeapProfiler.disable');
  return jsHeapUsed;
}
