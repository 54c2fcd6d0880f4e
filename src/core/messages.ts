/**
 * Typed messages between the content script, the background and the extension pages.
 * Every message is validated on receipt with `parseMessage`: anything else is ignored.
 */

/** What a tab's content script knows about its page. */
export interface PageState {
  /** Figures about North Korean troops found so far. */
  figureCount: number;
  /** Whether automatic highlighting is active on this page. */
  active: boolean;
}

export type Message =
  | { type: 'nkf:page-state'; state: PageState }
  | { type: 'nkf:get-tab-state'; tabId: number }
  | { type: 'nkf:ping' };

const MAX_FIGURES = 1_000_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parsePageState(value: unknown): PageState | null {
  if (!isRecord(value)) return null;
  const { figureCount, active } = value;
  if (typeof figureCount !== 'number' || !Number.isInteger(figureCount)) return null;
  if (figureCount < 0 || figureCount > MAX_FIGURES) return null;
  if (typeof active !== 'boolean') return null;
  return { figureCount, active };
}

/**
 * Checks that an incoming value is one of our messages, rebuilding it field by field.
 * @returns the message, or null when the value is not a well-formed message of ours.
 */
export function parseMessage(value: unknown): Message | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'nkf:page-state': {
      const state = parsePageState(value.state);
      return state ? { type: 'nkf:page-state', state } : null;
    }
    case 'nkf:get-tab-state': {
      const { tabId } = value;
      return typeof tabId === 'number' && Number.isInteger(tabId) && tabId >= 0
        ? { type: 'nkf:get-tab-state', tabId }
        : null;
    }
    case 'nkf:ping':
      return { type: 'nkf:ping' };
    default:
      return null;
  }
}
