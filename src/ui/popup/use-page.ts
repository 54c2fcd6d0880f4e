import { useEffect, useState } from 'preact/hooks';
import type { PageFigureInfo, PageState } from '../../core/messages';
import { readTargetTab, requestPageFigures, requestPageState } from './page-state';

/** What the popup knows about its tab. */
export type PageView =
  | { kind: 'waiting' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; state: PageState; figures: PageFigureInfo[] };

/** The popup's tab (null when there is none) and the first answer from it. */
export interface FirstLook {
  tabId: number | null;
  view: PageView;
}

/** How often the popup asks the tab again while it is open (matches arrive, settings change). */
export const PAGE_POLL_MS = 700;

const UNAVAILABLE: PageView = { kind: 'unavailable' };

function sameView(a: PageView, b: PageView): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Asks the tab's content script for its state, and for its figures when it has some. */
async function readPageView(tabId: number | null): Promise<PageView> {
  const state = tabId === null ? null : await requestPageState(tabId);
  const figures = state && tabId !== null && state.figureCount > 0 ? await requestPageFigures(tabId) : [];
  return state ? { kind: 'ready', state, figures } : UNAVAILABLE;
}

/**
 * Finds the popup's tab and asks it what it found. Called as the popup starts, before its settings are read
 * and it first renders, so the answer is on its way meanwhile.
 * @returns the tab and its first answer; no tab and "unavailable" when either cannot be had.
 */
export function lookAtPage(search: string): Promise<FirstLook> {
  return readTargetTab(search).then(
    async (tabId) => ({ tabId, view: await readPageView(tabId) }),
    () => ({ tabId: null, view: UNAVAILABLE }),
  );
}

/**
 * Follows the tab's content script while the popup is open: the first look (started before the first render),
 * then its state and figures asked again every PAGE_POLL_MS. The tab id is undefined until the first look.
 */
export function usePage(firstLook: Promise<FirstLook>): { tabId: number | null | undefined; view: PageView } {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [view, setView] = useState<PageView>({ kind: 'waiting' });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (next: PageView, id: number | null) => {
      if (stopped) return;
      setView((old) => (sameView(old, next) ? old : next));
      timer = setTimeout(() => void readPageView(id).then((again) => show(again, id)), PAGE_POLL_MS);
    };
    void firstLook.then((first) => {
      if (stopped) return;
      setTabId(first.tabId);
      show(first.view, first.tabId);
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [firstLook]);
  return { tabId, view };
}
