/**
 * Whether a page that has just loaded may not be at its top, without asking layout: reading `scrollY` makes the
 * browser bring style and layout up to date first, which on a long page costs tens of ms (more right after a
 * stylesheet arrives). A freshly loaded page is at its top unless the browser restores a scroll position
 * (reload, back/forward) or the address points into it (`#fragment`); then, when the navigation is unknown, and
 * once the page is older than JUST_LOADED_MS (a reader may have scrolled: a page whose article came late),
 * `scrollY` is asked.
 * @returns false when the page is known to be at its top; otherwise whether `scrollY` is above 0.
 */
export function mayBeScrolledAfterLoad(win: Window): boolean {
  const entry = win.performance?.getEntriesByType?.('navigation')[0] as { type?: string } | undefined;
  const fresh = entry?.type === 'navigate' || entry?.type === 'prerender';
  const young = (win.performance?.now?.() ?? Infinity) < JUST_LOADED_MS;
  if (fresh && young && win.location.hash === '') return false;
  return win.scrollY > 0;
}

/** Milliseconds after navigation within which a page without a restored scroll is taken to be at its top. */
export const JUST_LOADED_MS = 3_000;
