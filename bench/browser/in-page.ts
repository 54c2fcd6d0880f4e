import type { Page } from 'playwright-core';

/**
 * Source text that calls `fn(arg)` in a page. tsx compiles bench files with esbuild's keepNames, which wraps
 * inner functions in `__name(...)` calls that do not exist in the page; the wrapper defines a no-op `__name`.
 */
export function pageSource<A>(fn: (arg: A) => unknown, arg?: A): string {
  const call = arg === undefined ? '' : JSON.stringify(arg);
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${call}); })()`;
}

/** Runs `fn(arg)` in the page's main world and returns its (awaited) result. */
export async function inPage<A, R>(page: Page, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  return (await page.evaluate(pageSource(fn, arg))) as R;
}
