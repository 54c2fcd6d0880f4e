import { browser } from 'wxt/browser';
import { parseMessage, type PageFigureInfo, type PageState } from '../../core/messages';
import { METRICS } from '../../core/types';

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

function isFigureInfo(value: unknown): value is PageFigureInfo {
  if (typeof value !== 'object' || value === null) return false;
  const { id, figure, sentence, result } = value as Record<string, unknown>;
  if (!Number.isInteger(id) || typeof sentence !== 'string') return false;
  if (typeof figure !== 'object' || figure === null) return false;
  const { text, metric } = figure as Record<string, unknown>;
  if (typeof text !== 'string' || !(METRICS as readonly unknown[]).includes(metric)) return false;
  return (
    result === null ||
    (typeof result === 'object' && Array.isArray((result as { competing?: unknown }).competing))
  );
}

/**
 * Asks the tab's content script for its figures with their match results.
 * @returns the well-formed ones, in page order; [] when the tab does not answer.
 */
export async function requestPageFigures(tabId: number): Promise<PageFigureInfo[]> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'nkf:get-figures' }, { frameId: 0 });
    return Array.isArray(reply) ? reply.filter(isFigureInfo) : [];
  } catch {
    return [];
  }
}

/** Asks the tab to scroll to a figure, select it and flash it. @returns whether the tab found it. */
export async function revealFigure(tabId: number, id: number): Promise<boolean> {
  try {
    return (
      (await browser.tabs.sendMessage(tabId, { type: 'nkf:reveal-figure', id }, { frameId: 0 })) === true
    );
  } catch {
    return false;
  }
}
