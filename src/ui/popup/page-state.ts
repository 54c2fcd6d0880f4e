import { browser } from 'wxt/browser';
import { parseMessage, type PageState } from '../../core/messages';

/**
 * The tab the popup describes: the active tab of the current window, or the tab named by `?tab=ID`
 * (used when the popup is opened as a page, e.g. by the end-to-end tests).
 * @returns the tab id, or null when there is no such tab.
 */
export async function readTargetTab(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * Asks the tab's content script what it found.
 * @returns its state, or null when no content script answers (browser pages, stores, PDFs).
 */
export async function requestPageState(tabId: number): Promise<PageState | null> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'nkf:ping' }, { frameId: 0 });
    const parsed = parseMessage({ type: 'nkf:page-state', state: reply });
    return parsed?.type === 'nkf:page-state' ? parsed.state : null;
  } catch {
    return null;
  }
}
