/**
 * Code the bench runs inside pages (main world). Each function is self-contained: Playwright serialises it
 * into the page, so nothing here may refer to anything outside its own body.
 */

/** What the init-script probes record, on `window.__nkfBench`. */
export interface ProbeState {
  /** `[startTime, duration]` of each 'longtask' entry (tasks of 50 ms or more). */
  longTasks: Array<[number, number]>;
  /** performance.now() of the first animation frame that saw a non-empty `nkf-*` highlight; null until then. */
  firstHighlight: number | null;
}

/**
 * Init script for every measured page: a buffered 'longtask' observer (cheap, passive). With `pollHighlights`,
 * also checks `CSS.highlights` once per animation frame until the first non-empty `nkf-*` highlight appears;
 * only the time-to-first-highlight runs ask for that, since a rAF loop costs main-thread time of its own.
 */
export function installProbes(pollHighlights: boolean): void {
  const state: ProbeState = { longTasks: [], firstHighlight: null };
  (window as unknown as { __nkfBench: ProbeState }).__nkfBench = state;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support: the list stays empty
  }
  if (!pollHighlights) return;
  const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, { size: number }> } }).CSS
    .highlights;
  const poll = () => {
    if (registry) {
      for (const [name, highlight] of registry) {
        if (name.startsWith('nkf-') && name !== 'nkf-focus' && highlight.size > 0) {
          state.firstHighlight = performance.now();
          return;
        }
      }
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** Number of ranges in the extension's highlights (`nkf-*` except the focus highlight). */
export function countHighlights(): number {
  let n = 0;
  const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, { size: number }> } }).CSS
    .highlights;
  registry?.forEach((highlight, name) => {
    if (name.startsWith('nkf-') && name !== 'nkf-focus') n += highlight.size;
  });
  return n;
}

/** The text of every highlighted range (`nkf-*` except focus), sorted, for before/after comparisons. */
export function highlightTexts(): string[] {
  const texts: string[] = [];
  const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS
    .highlights;
  registry?.forEach((highlight, name) => {
    if (name.startsWith('nkf-') && name !== 'nkf-focus')
      for (const range of highlight) texts.push(range.toString());
  });
  return texts.sort();
}

/** Milliseconds from navigation start to DOMContentLoaded (event start), from the Navigation Timing entry. */
export function domContentLoadedAt(): number {
  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return entry?.domContentLoadedEventStart ?? Number.NaN;
}

/**
 * The floor: a TreeWalker over every text node of the body plus a number regex over each node's text,
 * `repeats` times. Runs in the page without the extension.
 * @returns the median milliseconds of one pass, and how many numbers a pass found.
 */
export function measureFloor(repeats: number): { ms: number; numbers: number; textNodes: number } {
  const times: number[] = [];
  let numbers = 0;
  let textNodes = 0;
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const re = /\d[\d,. ]*/g;
    let found = 0;
    let nodes = 0;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      nodes++;
      const text = (node as Text).data;
      re.lastIndex = 0;
      while (re.exec(text) !== null) found++;
    }
    times.push(performance.now() - t0);
    numbers = found;
    textNodes = nodes;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? Number.NaN, numbers, textNodes };
}
