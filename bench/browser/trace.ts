import type { CDPSession } from 'playwright-core';

/** One Chrome trace event (the fields the bench reads). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs. */
  tdur?: number;
  args?: { data?: Record<string, unknown>; beginData?: Record<string, unknown>; name?: string };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'];

/** Starts a trace from a page's DevTools session; `stop()` ends it and returns every event. */
export async function startTrace(cdp: CDPSession): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: unknown[] }) => {
    events.push(...(e.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

/**
 * Events of the page's top-level JavaScript: on a page with no script of its own every one of them is the
 * extension's (content-script evaluation, its callbacks, promise continuations, scheduler.yield slices,
 * timers and animation frames). Forced style and layout inside them is part of their time.
 */
const JS_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'FunctionCall',
  'RunMicrotasks',
  'RunYieldContinuation',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
]);

/** Where the extension's main-thread time went, from one trace (ms of thread time unless noted). */
export interface ExtensionTime {
  /** All top-level extension work on the page's main thread. */
  totalMs: number;
  /** Compiling and first evaluation of the content script (EvaluateScript of content.js, with its compile). */
  startupMs: number;
  /** Compile alone (v8.compile of content.js). */
  compileMs: number;
  /** Everything after the first evaluation: promise continuations, yielded slices, callbacks. */
  afterStartupMs: number;
  /** Style recalculation and layout forced inside extension work. */
  forcedLayoutMs: number;
  /** Longest main-thread task with extension work in it, by wall ms and (maybe another task) by thread ms. */
  longestTaskMs: number;
  longestTaskThreadMs: number;
  /** Number of main-thread tasks with extension work. */
  tasks: number;
  /**
   * Each evaluation of an extension script (the manifest content script, then any script injected later):
   * file name, wall ms from DOMContentLoaded to its start, and its thread ms.
   */
  scripts: Array<{ file: string; sinceDclMs: number; threadMs: number }>;
}

/**
 * A trace that lacks the page's own events: in about one traced load in 40 the new renderer records none that
 * names the page (no ParseHTML, no DOMContentLoaded), though the browser's commit of the navigation names it.
 * Such a load is measured again rather than attributed (see tracedLoad).
 */
export class IncompleteTraceError extends Error {}

export function mainThreadOf(events: readonly TraceEvent[], pageUrl: string): { pid: number; tid: number } {
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(pageUrl),
  );
  if (parse) return { pid: parse.pid, tid: parse.tid };
  // Chromium sometimes records no ParseHTML for a small page (parsed in one piece before the trace's buffers
  // are read): then any event of the page's renderer main thread that names the page's URL tells the thread.
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const named = events.find(
    (e) =>
      mains.has(`${e.pid}:${e.tid}`) &&
      [
        e.args?.data?.['url'],
        e.args?.data?.['frame'] && e.args?.data?.['url'],
        e.args?.beginData?.['url'],
      ].some((url) => typeof url === 'string' && url.startsWith(pageUrl)),
  );
  if (!named) throw new IncompleteTraceError(`trace: no event of the page's main thread names ${pageUrl}`);
  return { pid: named.pid, tid: named.tid };
}

/** The browser's rendering steps on a page's main thread: style, layout, paint and what prepares paint. */
/**
 * Style and paint only: layout is left out because a 1 MB page's own layout varies by ±100 ms between loads,
 * which drowned every difference the extension makes, and the extension never changes layout.
 */
const RENDERING_EVENTS = new Set(['UpdateLayoutTree', 'PrePaint', 'Paint']);

/**
 * Thread time of the page's style and paint work (style, pre-paint, paint) over a whole trace, in ms, forced
 * or not. Compared between loads with and without the extension it shows the work the extension causes
 * outside its own script: a stylesheet every element is matched against, highlights repainted frame after
 * frame. The page's own layout varies by tens of ms between loads, so only medians over runs mean anything.
 */
export function renderingTime(events: readonly TraceEvent[], pageUrl: string): number {
  const main = mainThreadOf(events, pageUrl);
  let us = 0;
  for (const e of events) {
    if (e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && RENDERING_EVENTS.has(e.name))
      us += e.tdur ?? 0;
  }
  return ms(us);
}

/** Keeps only events that are not inside an earlier kept event (the outermost ones), by start/end. */
function outermost(events: readonly TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue;
    out.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return out;
}

const ms = (us: number | undefined) => (us ?? 0) / 1000;

/**
 * Attributes main-thread time to the extension in a trace of a script-free page: sums the thread time of the
 * outermost JavaScript events from the content script's first evaluation on, and finds the longest task
 * (RunTask) that contains any of them. DevTools' own evaluations must not happen while tracing.
 */
export function extensionTime(
  events: readonly TraceEvent[],
  pageUrl: string,
  contentUrl: string,
): ExtensionTime {
  const main = mainThreadOf(events, pageUrl);
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const evaluate = onMain.find(
    (e) => e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '').startsWith(contentUrl),
  );
  if (!evaluate) throw new Error('trace: the content script never ran on the page');
  const compile = onMain.filter(
    (e) => e.name === 'v8.compile' && String(e.args?.data?.url ?? '').startsWith(contentUrl),
  );
  const js = outermost(onMain.filter((e) => JS_EVENTS.has(e.name) && e.ts >= evaluate.ts));
  const inJs = (e: TraceEvent) => js.some((j) => e.ts >= j.ts && e.ts < j.ts + (j.dur ?? 0));
  const forced = onMain.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && inJs(e));
  const tasks = onMain.filter(
    (e) => e.name === 'RunTask' && js.some((j) => j.ts >= e.ts && j.ts < e.ts + (e.dur ?? 0)),
  );
  const dcl = onMain.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'DOMContentLoaded');
  const scripts = onMain
    .filter((e) => e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '').startsWith(contentUrl))
    .map((e) => ({
      file:
        String(e.args?.data?.url ?? '')
          .split('/')
          .pop() ?? '',
      sinceDclMs: ms(e.ts - (dcl?.ts ?? Number.NaN)),
      threadMs: ms(e.tdur),
    }));
  const totalUs = js.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0);
  const longestWall = Math.max(0, ...tasks.map((t) => t.dur ?? 0));
  const longestThread = Math.max(0, ...tasks.map((t) => t.tdur ?? 0));
  return {
    totalMs: ms(totalUs),
    startupMs: ms(evaluate.tdur),
    compileMs: ms(compile.reduce((s, e) => s + (e.tdur ?? 0), 0)),
    afterStartupMs: ms(totalUs - (evaluate.tdur ?? 0)),
    forcedLayoutMs: ms(forced.reduce((s, e) => s + (e.tdur ?? 0), 0)),
    longestTaskMs: ms(longestWall),
    longestTaskThreadMs: ms(longestThread),
    tasks: tasks.length,
    scripts,
  };
}
