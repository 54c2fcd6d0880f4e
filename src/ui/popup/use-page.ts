import { useEffect, useState } from 'preact/hooks';
import type { PageFigureInfo, PageState } from '../../core/messages';
import { requestPageFigures, requestPageState } from './page-state';

/** What the popup knows about its tab. */
export type PageView =
  | { kind: 'waiting' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; state: PageState; figures: PageFigureInfo[] };

/** How often the popup asks the tab again while it is open (matches arrive, settings change). */
export const PAGE_POLL_MS = 700;

function sameView(a: PageView, b: PageView): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Follows the tab's content script while the popup is open: its state and figures, asked again every
 * PAGE_POLL_MS. `tabId` undefined means "not known yet"; null means there is no tab.
 */
export function usePage(tabId: number | null | undefined): PageView {
  const [view, setView] = useState<PageView>({ kind: 'waiting' });
  useEffect(() => {
    if (tabId === undefined) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const state = tabId === null ? null : await requestPageState(tabId);
      const figures = state && tabId !== null && state.figureCount > 0 ? await requestPageFigures(tabId) : [];
      if (stopped) return;
      const next: PageView = state ? { kind: 'ready', state, figures } : { kind: 'unavailable' };
      setView((old) => (sameView(old, next) ? old : next));
      timer = setTimeout(() => void poll(), PAGE_POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tabId]);
  return view;
}
