import type { Message } from './messages';

/**
 * Who may send which message to the background. The background drops (answers nothing to) every message whose
 * sender this policy does not allow, after `parseMessage` has checked its shape.
 */

/** The parts of `runtime.MessageSender` the policy looks at, plus the receiving extension's own identity. */
export interface SenderInfo {
  /** `sender.id`: the sending extension's id. */
  id: string | undefined;
  /** `sender.url`: the URL of the sending document (a web page for content scripts). */
  url: string | undefined;
  /** `sender.tab.id`, when the sender lives in a tab. */
  tabId: number | undefined;
  /** `sender.frameId` (0 is the tab's top frame). */
  frameId: number | undefined;
  /** The receiving extension's own id (the background passes its runtime id). */
  extensionId: string;
  /** The extension's own origin with a trailing slash, e.g. `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionOrigin: string;
}

/** Where an allowed message came from. */
export type SenderContext =
  | { kind: 'content-script'; tabId: number; frameId: number }
  /** The popup or the options page (in a tab or not). */
  | { kind: 'extension-page' };

type Rule = 'content-script' | 'content-script-top-frame' | 'extension-page';

/**
 * The senders each message type may come from. Messages the background sends to content scripts are never
 * accepted by the background (empty list).
 */
export const MESSAGE_SENDERS: Readonly<Record<Message['type'], readonly Rule[]>> = {
  // The scanner reports its page's figure count for the badge: one report per tab, from the top frame.
  'nkf:page-state': ['content-script-top-frame'],
  // The scanner (any scanned frame) asks for its screen-reader summary, worded in the browser's language.
  'nkf:summary': ['content-script'],
  // The scanner (any scanned frame) asks for match results of the figures it found.
  'nkf:match': ['content-script'],
  // The scanner (any scanned frame) sends its page's text to find figures in.
  'nkf:find': ['content-script'],
  // The small content script asks for the scanner in its own frame.
  'nkf:load-scanner': ['content-script'],
  // The scanner (any scanned frame) asks for the highlight stylesheet of the stored appearance in its own frame.
  'nkf:restyle': ['content-script'],
  // The scanner (any scanned frame) asks for the card renderer in its own frame.
  'nkf:load-card': ['content-script'],
  // The hover card's "open popup" button.
  'nkf:open-popup': ['content-script'],
  // Any tab's state (figure count, whether highlighting is on) is only for our own pages, never for a web page.
  'nkf:get-tab-state': ['extension-page'],
  // A liveness check; answers "pong" and reveals nothing.
  'nkf:ping': ['content-script', 'extension-page'],
  // Background → content script only.
  'nkf:navigate': [],
  'nkf:check-selection': [],
  'nkf:get-figures': [],
  'nkf:reveal-figure': [],
};

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Whether a URL is one of our own pages: it starts with our `scheme://host/` (the slash keeps look-alike hosts out). */
function isExtensionUrl(url: string, extensionOrigin: string): boolean {
  const origin = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  return /^[a-z-]+:\/\/[^/]+\/$/.test(origin) && url.startsWith(origin);
}

/**
 * Tells which of our contexts sent a message.
 * @returns the context, or null for anything that is neither our content script in a web page's tab nor one of
 *   our extension pages (another extension, a missing URL, a content script on a non-web URL).
 */
export function classifySender(sender: SenderInfo): SenderContext | null {
  if (!sender.extensionId || sender.id !== sender.extensionId || sender.url === undefined) return null;
  if (isExtensionUrl(sender.url, sender.extensionOrigin)) return { kind: 'extension-page' };
  if (sender.tabId === undefined || sender.tabId < 0 || !isWebUrl(sender.url)) return null;
  return { kind: 'content-script', tabId: sender.tabId, frameId: sender.frameId ?? 0 };
}

function allows(rule: Rule, from: SenderContext): boolean {
  if (rule === 'extension-page') return from.kind === 'extension-page';
  if (from.kind !== 'content-script') return false;
  return rule === 'content-script' || from.frameId === 0;
}

/**
 * Decides whether the background may act on a message of this type from this sender.
 * @returns the sender's context when allowed, or null (the background then drops the message silently).
 */
export function authorizeMessage(type: Message['type'], sender: SenderInfo): SenderContext | null {
  const from = classifySender(sender);
  if (!from) return null;
  return MESSAGE_SENDERS[type].some((rule) => allows(rule, from)) ? from : null;
}
