/**
 * Whether a page that has just loaded may not be at its top, without asking layout: reading `scrollY` makes the
 * browser bring style and layout up to date first, which on a long page costs tens of ms (more right after a
 * stylesheet arrives). A freshly loaded page is at its top unless the browser restores a scroll position
 * (reload, back/forward) or the address points into it (`#fragment`); then, and when the navigation is
 * unknown, `scrollY` is asked. Meant for the moment right after load only: a reader may scroll later.
 * @returns false when the page is known to be at its top; otherwise whether `scrollY` is above 0.
 */
export function mayBeScrolledAfterLoad(win: Window): boolean {
  const entry = win.performance?.getEntriesByType?.('navigation')[0] as { type?: string } | undefined;
  const fresh = entry?.type === 'navigate' || entry?.type === 'prerender';
  if (fresh && win.location.hash === '') return false;
  return win.scrollY > 0;
}
