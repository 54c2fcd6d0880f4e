import type { TestPage } from './types';

/**
 * Reads the page's CSS highlight registry (the main world sees the ranges the content script registered).
 * @returns highlight name → the text of each range, in document order; {} when nothing is registered.
 */
export function readHighlights(page: TestPage): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS
      .highlights;
    registry?.forEach((highlight, name) => {
      const ranges = [...highlight].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      out[name] = ranges.map((r) => r.toString());
    });
    return out;
  });
}

/** All highlighted texts of figure highlights (not the focus highlight), in document order. */
export function readFigureTexts(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    const ranges: Range[] = [];
    const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS
      .highlights;
    registry?.forEach((highlight, name) => {
      if (name.startsWith('nkf-') && name !== 'nkf-focus') ranges.push(...highlight);
    });
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });
}

export interface RecordedMutation {
  type: string;
  target: string;
  added: string[];
  removed: string[];
  attribute: string | null;
  /** The first characters of the text node involved, if any (for diagnosis). */
  text?: string | null;
}

/** Mutations recorded in the page's own world by fixtures/record-mutations.js. */
export function readPageMutations(page: TestPage): Promise<RecordedMutation[]> {
  return page.evaluate(
    () => (globalThis as unknown as { __mutations: RecordedMutation[] }).__mutations ?? [],
  );
}

/** Mutations not explained by the extension's own host element (`<nkf-layer>`). */
export async function readForeignMutations(page: TestPage, own = 'nkf-layer'): Promise<RecordedMutation[]> {
  const all = await readPageMutations(page);
  return all.filter(
    (m) =>
      !(
        m.type === 'childList' &&
        [...m.added, ...m.removed].every((n) => n === own) &&
        m.added.length + m.removed.length > 0
      ) && m.target !== own,
  );
}

/**
 * Counts the ranges of figure highlights without Array methods (for pages that break built-ins).
 * @returns the number of painted figures; 0 when the page cannot see CSS.highlights.
 */
export function countFigureHighlights(page: TestPage): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS
      ?.highlights;
    if (!registry || typeof registry.forEach !== 'function') return 0;
    registry.forEach((highlight, name) => {
      if (name.startsWith('nkf-') && name !== 'nkf-focus') n += highlight.size;
    });
    return n;
  });
}

/** The live summary our host announces to screen readers ("… on this page: 7"); '' when there is none. */
export function readLiveSummary(page: TestPage): Promise<string> {
  return page.evaluate(
    () => document.querySelector('nkf-layer')?.shadowRoot?.querySelector('[role=status]')?.textContent ?? '',
  );
}
