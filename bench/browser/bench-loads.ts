import { readMetrics } from './cdp-metrics.ts';
import { inPage, pageSource } from './in-page.ts';
import type { BrowserPair } from './launch.ts';
import { heapOf, openMeasured, sampleOf, settle, type LoadSample, type MeasuredTab } from './load-page.ts';
import { measureFloor } from './probes.ts';
import type { PageServer } from './server.ts';

/** Passes of the floor per measurement (their thread time is divided by this). */
const FLOOR_PASSES = 5;

/** One page load with the extension and the same load without it, plus the floor measured in the latter. */
export interface LoadPair {
  with: LoadSample;
  without: LoadSample;
  /** TaskDuration with minus without (thread ms). */
  addedMs: number;
  /** Used JS heap after forced GC, with minus without (bytes). */
  heapAddedBytes: number;
  /** Floor (walk + number regex over every text node) in the page without the extension: thread ms per pass. */
  floorMs: number;
  /** The same floor by the page's own clock (performance.now, wall ms, median of the passes). */
  floorWallMs: number;
  floorNumbers: number;
  /**
   * The same floor run the way an extension has to run it: as a content script, in an isolated world of its
   * own, once, on a page it has not touched before (every node it reaches costs a wrapper object of that
   * world; the page-world floor's later passes reuse the wrappers of the first). Thread ms of that one pass.
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

/**
 * Loads `path` in a fresh tab with the extension until its highlights settle (or, with `fixedPolls`, for that
 * many checks), then in a fresh tab without the extension for the same number of checks, and measures the
 * floor in the second tab. Thread-time TaskDuration (CDP Performance, timeDomain threadTicks) is read before
 * the forced GC of the heap reading, so the GC does not count.
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
  // The content script's floor first: it must find the page untouched, as the extension does.
  const contentFloorMs = await measureContentScriptFloor(withoutTab);
  const before = await readMetrics(withoutTab.cdp);
  const floor = await inPage(withoutTab.page, measureFloor, FLOOR_PASSES);
  const after = await readMetrics(withoutTab.cdp);
  await withoutTab.page.close();

  return {
    with: withSample,
    without: withoutSample,
    addedMs: withSample.taskMs - withoutSample.taskMs,
    heapAddedBytes: withHeap - withoutHeap,
    floorMs: (after.taskMs - before.taskMs) / FLOOR_PASSES,
    floorWallMs: floor.ms,
    floorNumbers: floor.numbers,
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
