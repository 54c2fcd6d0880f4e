import type { TextChunk } from '@/src/dom/scan/read-text-chunks';
import { readIsolatedGlobals } from './shared-globals';

/** How long the gate's text is kept for the scanner at most (ms); the scanner asks for it within tens of ms. */
const KEEP_MS = 5_000;

/**
 * Keeps the text the gate read (the body's text in chunks, readTextChunks) for the scanner, which would
 * otherwise read it again, for as long as the body's text cannot have changed: the first mutation under the
 * body, a new body, the content script's end or KEEP_MS drop it.
 */
export function keepGateText(body: HTMLElement, chunks: TextChunk[], signal: AbortSignal): void {
  const globals = readIsolatedGlobals();
  const drop = () => {
    observer.disconnect();
    clearTimeout(timer);
    if (globals.__nkfGateText?.body === body) delete globals.__nkfGateText;
  };
  const observer = new MutationObserver(drop);
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  const timer = setTimeout(drop, KEEP_MS);
  signal.addEventListener('abort', drop, { once: true });
  globals.__nkfGateText = { body, chunks, drop };
}

/** Whether the gate's text for `body` is still kept (without taking it). */
export function hasGateText(body: HTMLElement): boolean {
  return readIsolatedGlobals().__nkfGateText?.body === body;
}

/**
 * Takes the gate's text (once) if it still is the text of `body`.
 * @returns the chunks; null when there are none or they may be stale.
 */
export function takeGateText(body: HTMLElement): TextChunk[] | null {
  const kept = readIsolatedGlobals().__nkfGateText;
  if (!kept) return null;
  kept.drop();
  return kept.body === body ? kept.chunks : null;
}
