import { readMetrics } from './cdp-metrics.ts';
import { inPage } from './in-page.ts';
import type { BrowserPair } from './launch.ts';
import { heapOf, openMeasured, sampleOf, settle, type LoadSample } from './load-page.ts';
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
