import type { LoadPair } from './bench-loads.ts';
import { median, summarise, type BenchResult } from './stats.ts';

/** Targets as multiples of the floor, per page path (pages without one get no ratio target). */
const RATIO_TARGETS: Record<string, number> = { '/b': 3, '/c': 1.2 };
const MB = 1024 * 1024;

/**
 * Rows of the paired loads of one page: the floor, main-thread time added (TaskDuration with − without) in ms
 * and as a multiple of the floor, longest long tasks with and without, and (topic pages) the heap added.
 * @throws when the extension highlighted a different number of figures than the page holds.
 */
export function loadRows(
  label: string,
  path: string,
  pairs: readonly LoadPair[],
  expected: number,
): BenchResult[] {
  const seen = pairs.map((p) => p.with.highlights);
  if (seen.some((n) => n !== expected)) {
    throw new Error(`browser bench: ${label}: highlighted ${seen.join('/')} figures, expected ${expected}`);
  }
  const limit = RATIO_TARGETS[path];
  const ratioTarget = limit !== undefined ? { target: `≤ ${limit}× floor`, limit } : {};
  const floorNote = `floor (one cold pass in the page's world) median ${median(pairs.map((p) => p.floorMs)).toFixed(1)} ms thread time`;
  const warmFloorNote = `warm floor median ${median(pairs.map((p) => p.warmFloorMs)).toFixed(1)} ms thread time`;
  const contentFloorNote = `content-script floor median ${median(pairs.map((p) => p.contentFloorMs)).toFixed(1)} ms thread time`;
  const rows: BenchResult[] = [
    summarise(
      `${label}: floor (TreeWalker + number regex, one cold pass in the page's world), thread time`,
      'ms',
      pairs.map((p) => p.floorMs),
      {
        note: `${pairs[0]?.floorNumbers ?? 0} numbers per pass; no extension; the first script to read the page`,
      },
    ),
    summarise(
      `${label}: warm floor (the same walk repeated at once, mean of 4 passes), thread time`,
      'ms',
      pairs.map((p) => p.warmFloorMs),
      { note: 'information: every wrapper object exists already, as on no first visit' },
    ),
    summarise(
      `${label}: floor by performance.now (wall)`,
      'ms',
      pairs.map((p) => p.floorWallMs),
    ),
    summarise(
      `${label}: floor as a content script (same walk, one cold pass, isolated world), thread time`,
      'ms',
      pairs.map((p) => p.contentFloorMs),
      { note: 'what the cheapest full scan costs an extension: its own world, a page it has not touched' },
    ),
    summarise(
      `${label}: added main-thread time (TaskDuration with − without)`,
      'ms',
      pairs.map((p) => p.addedMs),
      {
        note: `thread time; with ${median(pairs.map((p) => p.with.taskMs)).toFixed(0)} ms, without ${median(pairs.map((p) => p.without.taskMs)).toFixed(0)} ms (medians); ${expected} figures highlighted`,
      },
    ),
    summarise(
      `${label}: added main-thread time / content-script floor`,
      '× floor',
      pairs.map((p) => p.addedMs / p.contentFloorMs),
      { note: contentFloorNote },
    ),
    summarise(
      `${label}: added main-thread time / warm floor`,
      '× floor',
      pairs.map((p) => p.addedMs / p.warmFloorMs),
      { note: warmFloorNote },
    ),
    summarise(
      `${label}: added main-thread time / floor`,
      '× floor',
      pairs.map((p) => p.addedMs / p.floorMs),
      { ...ratioTarget, note: floorNote },
    ),
    summarise(
      `${label}: longest long task with extension (observer, wall)`,
      'ms',
      pairs.map((p) => p.with.longestLongTaskMs),
      { note: '0 = no task reached 50 ms' },
    ),
    summarise(
      `${label}: longest long task without extension (observer, wall)`,
      'ms',
      pairs.map((p) => p.without.longestLongTaskMs),
      { note: '0 = no task reached 50 ms' },
    ),
  ];
  // The target page is (b); (a) and (c) tell how much of it is the extension's code and data, not the page.
  rows.push(
    summarise(
      `${label}: JS heap added (after forced GC, with − without)`,
      'MB',
      pairs.map((p) => p.heapAddedBytes / MB),
    ),
  );
  return rows;
}
