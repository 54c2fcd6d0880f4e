/** How often the URL is compared where the browser has no Navigation API (ms). */
export const LOCATION_POLL_MS = 1_000;

/** The parts of a window the watch reads. */
export interface LocationSource {
  readonly location: { readonly href: string };
  /** The Navigation API's object, where the browser has one. */
  readonly navigation?: EventTarget;
  addEventListener(type: string, listener: () => void, options?: AddEventListenerOptions): void;
  setInterval(callback: () => void, ms: number): number;
  clearInterval(id: number): void;
}

/**
 * Calls `onChange` with the new URL whenever the document's URL changes without a new document: a single-page
 * app's `history.pushState`/`replaceState`, a hash change, back and forward. Where the browser has the
 * Navigation API, its `currententrychange` event says so at once; elsewhere `popstate` and `hashchange` do,
 * and a comparison every LOCATION_POLL_MS catches `pushState`, which fires no event a content script can see.
 * Only a changed `href` counts. Stops when `signal` aborts.
 */
export function watchLocation(
  win: LocationSource,
  onChange: (href: string) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  let last = win.location.href;
  const check = () => {
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange(href);
  };
  if (win.navigation) {
    win.navigation.addEventListener('currententrychange', check, { signal });
    return;
  }
  win.addEventListener('popstate', check, { signal });
  win.addEventListener('hashchange', check, { signal });
  const timer = win.setInterval(check, LOCATION_POLL_MS);
  signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
}
