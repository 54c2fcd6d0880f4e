import type { LoadPair } from './bench-loads.ts';
import { tracedLoad, tracedRendering, type TracedLoad } from './bench-traces.ts';
import type { BrowserPair } from './launch.ts';
import { POLL_MS } from './load-page.ts';
import type { PageServer } from './server.ts';
import { median, summarise, type BenchResult } from './stats.ts';

const RATIO_TARGETS: Record<string, number> = { '/b': 3, '/c': 1.2 };
/** Pages whose longest extension task has a target (the ones that do work). */
const TASK_TARGET_PAGES = new Set(['/a', '/b']);
const LONG_TASK_MS = 50;
/** Extra wait after the settle time the paired runs needed, so a traced load surely finishes its scan. */
const TRACE_MARGIN_MS = 700;
const OFF_TOPIC_TRACES = 3;

/**
 * Where the wait before the first highlight goes: wall ms from DOMContentLoaded to the start of each
 * extension script's evaluation (the manifest content script, then any script it has injected).
 */
function startRows(label: string, traced: readonly TracedLoad[]): BenchResult[] {
  const files = traced[0]?.scripts.map((s) => s.file) ?? [];
  return files.map((file, i) =>
    summarise(
      `${label}: DOMContentLoaded → ${file} starts (trace, wall)`,
      'ms',
      traced.map((t) => t.scripts[i]?.sinceDclMs ?? Number.NaN),
      {
        note: `its evaluation: median ${median(traced.map((t) => t.scripts[i]?.threadMs ?? 0)).toFixed(1)} ms thread time`,
      },
    ),
  );
}

interface PageSpec {
  path: string;
  label: string;
  expect: number;
}

/**
 * Traced loads with the extension (no polling while tracing), attributing main-thread time to it directly:
 * its own thread time (total, startup, the rest) and the ratio to the floor of the paired runs, and the longest
 * task with extension work in it, wall and thread time.
 */
export async function traceRows(
  pair: BrowserPair,
  server: PageServer,
  pages: readonly PageSpec[],
  pairs: ReadonlyMap<string, readonly LoadPair[]>,
  runs: number,
): Promise<BenchResult[]> {
  const rows: BenchResult[] = [];
  for (const page of pages) {
    const loads = pairs.get(page.path) ?? [];
    const floor = median(loads.map((p) => p.floorMs));
    const warmFloor = median(loads.map((p) => p.warmFloorMs));
    const contentFloor = median(loads.map((p) => p.contentFloorMs));
    const waitMs = median(loads.map((p) => p.with.polls)) * POLL_MS + TRACE_MARGIN_MS;
    const traced: TracedLoad[] = [];
    // The page without a topic does little: fewer traced runs keep the bench within its time budget.
    const n = page.expect === 0 ? Math.min(runs, OFF_TOPIC_TRACES) : runs;
    // Each traced load with the extension is followed by the same load without it, for the rendering work.
    const plainRendering: number[] = [];
    for (let i = 0; i < n; i++) {
      traced.push(await tracedLoad(pair.withExtension, server, page.path, waitMs));
      plainRendering.push(await tracedRendering(pair.withoutExtension, server, page.path, waitMs));
    }
    const seen = traced.map((t) => t.highlights);
    if (seen.some((n) => n !== page.expect)) {
      throw new Error(
        `browser bench: traced ${page.label}: highlighted ${seen.join('/')}, expected ${page.expect}`,
      );
    }
    const limit = RATIO_TARGETS[page.path];
    const taskTarget = TASK_TARGET_PAGES.has(page.path)
      ? { target: `≤ ${LONG_TASK_MS} ms`, limit: LONG_TASK_MS }
      : {};
    rows.push(
      summarise(
        `${page.label}: extension's own main-thread time (trace)`,
        'ms',
        traced.map((t) => t.totalMs),
        {
          note:
            `thread time of its script events in ${median(traced.map((t) => t.tasks))} tasks; compiling all ` +
            `extension scripts: median ${median(traced.map((t) => t.compileMs)).toFixed(1)} ms`,
        },
      ),
      summarise(
        `${page.label}: extension's own main-thread time (trace) / content-script floor`,
        '× floor',
        traced.map((t) => t.totalMs / contentFloor),
        { note: `content-script floor ${contentFloor.toFixed(1)} ms (median of the paired runs)` },
      ),
      summarise(
        `${page.label}: extension's own main-thread time (trace) / warm floor`,
        '× floor',
        traced.map((t) => t.totalMs / warmFloor),
        { note: `warm floor ${warmFloor.toFixed(1)} ms (median of the paired runs); information` },
      ),
      summarise(
        `${page.label}: extension's own main-thread time (trace) / floor`,
        '× floor',
        traced.map((t) => t.totalMs / floor),
        {
          ...(limit !== undefined ? { target: `≤ ${limit}× floor`, limit } : {}),
          note: `floor ${floor.toFixed(1)} ms: one cold pass in the page's world (median of the paired runs)`,
        },
      ),
      summarise(
        `${page.label}: content-script startup (first evaluation, trace)`,
        'ms',
        traced.map((t) => t.startupMs),
      ),
      summarise(
        `${page.label}: longest task with extension work (trace, wall)`,
        'ms',
        traced.map((t) => t.longestTaskMs),
        taskTarget,
      ),
      summarise(
        `${page.label}: longest task with extension work (trace, thread)`,
        'ms',
        traced.map((t) => t.longestTaskThreadMs),
        taskTarget,
      ),
    );
    const withRendering = median(traced.map((t) => t.renderingMs));
    const withoutRendering = median(plainRendering);
    rows.push(
      summarise(
        `${page.label}: style and paint work added (trace, median with − median without)`,
        'ms',
        [withRendering - withoutRendering],
        {
          note:
            `with ${withRendering.toFixed(0)} ms (${traced.map((t) => t.renderingMs.toFixed(0)).join(', ')}), ` +
            `without ${withoutRendering.toFixed(0)} ms (${plainRendering.map((r) => r.toFixed(0)).join(', ')})`,
        },
      ),
    );
    if (page.path === '/a') rows.push(...startRows(page.label, traced));
  }
  return rows;
}
