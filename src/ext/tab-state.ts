import { browser } from 'wxt/browser';
import type { PageState } from '../core/messages';

// Session storage survives the service worker being stopped, and is gone when the browser closes.
const key = (tabId: number) => `tab:${tabId}`;

/** @returns what the tab's content script last reported, or null when it reported nothing. */
export async function getTabState(tabId: number): Promise<PageState | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as PageState | undefined) ?? null;
}

export async function setTabState(tabId: number, state: PageState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
