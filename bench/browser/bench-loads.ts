import { readMetrics } from './cdp-metrics.ts';
import { inPage, pageSource } from './in-page.ts';
import type { BrowserPair } from './launch.ts';
import { heapOf, openMeasured, sampleOf, settle, type LoadSample, type MeasuredTab } from './load-page.ts';
import { measureFloor } from './probes.ts';
import type { PageServer } from './server.ts';

/** Passes of the warm floor, after the first (their thread time is divided by this). */
const WARM_FLOOR_PASSES = 4;

/** One page load with the extension and the same load without it, plus the floor measured in the latter. */
export interface LoadPair {
  with: LoadSample;
  without: LoadSample;
  /** TaskDuration with minus without (thread ms). */
  addedMs: number;
  /** Used JS heap after forced GC, with minus without (bytes). */
  heapAddedBytes: number;
  /**
   * The floor the targets use: one pass of the walk plus a number regex over every text node, in the page's
   * own world of the tab without the extension, the first script to touch the page's nodes (as the extension's
   * one scan is). Thread ms.
   */
  floorMs: number;
  /** The same pass by the page's own clock (performance.now, wall ms). */
  floorWallMs: number;
  floorNumbers: number;
  /**
   * The same walk repeated right after the first pass (thread ms per pass, mean of WARM_FLOOR_PASSES): every
   * node's wrapper object then exists already, which no first visit has. Information only; until 2026-11-28
   * the targets used the mean of five passes, the first of them cold, i.e. (floorMs + 4 × warmFloorMs) / 5.
   */
  warmFloorMs: number;
  /**
   * The same walk run the way an extension has to run it: as a content script, in an isolated world of its
   * own, once, on a freshly loaded page of its own (a second tab without the extension). Thread ms.
   */
  contentFloorMs: number;
}

/**
 * Thread time of one cold pass of the floor in a new isolated world of the page's main frame (what a content
 * script gets), by TaskDuration before and after; the world is created before the first reading.
 */
async function measureContentScriptFloor(tab: MeasuredTab): Promise<number> {
  const { frameTree } = await tab.cdp.send('Page.getFrameTree');
  const { executionContextId } = await tab.cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'nkf-bench-floor',
  });
  const before = await readMetrics(tab.cdp);
  const reply = await tab.cdp.send('Runtime.evaluate', {
    contextId: executionContextId,
    expression: pageSource(measureFloor, 1),
    returnByValue: true,
  });
  const after = await readMetrics(tab.cdp);
  if (reply.exceptionDetails)
    throw new Error(`browser bench: floor in an isolated world failed: ${reply.exceptionDetails.text}`);
  return after.taskMs - before.taskMs;
}

/** Settling time of the content-script floor's tab after its load event (the page has no scripts). */
const FLOOR_TAB_WAIT_MS = 300;

/** Runs `passes` passes of the floor in the page's world: thread ms per pass (TaskDuration), wall ms, numbers. */
async function timedPasses(
  tab: MeasuredTab,
  passes: number,
): Promise<{ threadMs: number; wallMs: number; numbers: number }> {
  const before = await readMetrics(tab.cdp);
  const floor = await inPage(tab.page, measureFloor, passes);
  const after = await readMetrics(tab.cdp);
  return { threadMs: (after.taskMs - before.taskMs) / passes, wallMs: floor.ms, numbers: floor.numbers };
}

/**
 * Loads `path` in a fresh tab with the extension until its highlights settle (or, with `fixedPolls`, for that
 * many checks), then in a fresh tab without the extension for the same number of checks, and measures the
 * floors: cold and warm in the second tab, the content-script floor in a third. Thread-time TaskDuration (CDP
 * Performance, timeDomain threadTicks) is read before the forced GC of the heap reading, so the GC does not count.
 */
export async function measureLoadPair(
  pair: BrowserPair,
  server: PageServer,
  path: string,
  fixedPolls?: number,
): Promise<LoadPair> {
  const withTab = await openMeasured(pair.withExtension, server, path);
  const settledWith = await settle(
    withTab,
    fixedPolls ? { kind: 'polls', polls: fixedPolls } : { kind: 'highlights' },
  );
  const withSample = await sampleOf(withTab, settledWith);
  const withHeap = await heapOf(withTab);
  await withTab.page.close();

  const withoutTab = await openMeasured(pair.withoutExtension, server, path);
  const settledWithout = await settle(withoutTab, { kind: 'polls', polls: settledWith.polls });
  const withoutSample = await sampleOf(withoutTab, settledWithout);
  const withoutHeap = await heapOf(withoutTab);
  // Nothing has touched the page's nodes yet (the probes only read CSS.highlights): the first pass is cold.
  const cold = await timedPasses(withoutTab, 1);
  const warm = await timedPasses(withoutTab, WARM_FLOOR_PASSES);
  await withoutTab.page.close();
  // The content-script floor in a tab of its own: a page no other world has read either.
  const floorTab = await openMeasured(pair.withoutExtension, server, path, { probes: 'none' });
  await new Promise((resolve) => setTimeout(resolve, FLOOR_TAB_WAIT_MS));
  const contentFloorMs = await measureContentScriptFloor(floorTab);
  await floorTab.page.close();

  return {
    with: withSample,
    without: withoutSample,
    addedMs: withSample.taskMs - withoutSample.taskMs,
    heapAddedBytes: withHeap - withoutHeap,
    floorMs: cold.threadMs,
    floorWallMs: cold.wallMs,
    floorNumbers: cold.numbers,
    warmFloorMs: warm.threadMs,
    contentFloorMs,
  };
}

/** Runs `runs` load pairs of one page, one after another. */
export async function measureLoadPairs(
  pair: BrowserPair,
  server: PageServer,
  path: string,
  runs: number,
  fixedPolls?: number,
): Promise<LoadPair[]> {
  const out: LoadPair[] = [];
  for (let i = 0; i < runs; i++) out.push(await measureLoadPair(pair, server, path, fixedPolls));
  return out;
}
