import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { GATE_SOURCE, mentionsNorthKorea, PREFILTER } from '@/src/core/extract/topic-gate';
import { parsePageMessage } from '@/src/core/messages';
import { isActiveOn, readActivation, type Activation } from '@/src/core/site-rules';
import { countChunkChars, readBodyChunks } from '@/src/dom/scan/read-text-chunks';
import { watchForTopic } from '@/src/dom/scan/watch-for-topic';
import { toMessageListener } from '@/src/ext/to-message-listener';
import { keepGateText } from './gate-text';
import { readIsolatedGlobals } from './shared-globals';

/** Below this many characters, reading the page's text again costs the scanner less than keeping it. */
const KEEP_TEXT_CHARS = 100_000;

/**
 * The part of the content script every page loads: read whether highlighting is on for this site, run the
 * cheap North Korea gate, and only then ask the background to inject the scanner. Until the scanner is there,
 * it answers the popup itself and queues on-demand checks for it.
 */
export async function runLoader(ctx: ContentScriptContext): Promise<void> {
  const globals = readIsolatedGlobals();
  globals.__nkfContext = ctx;
  globals.__nkfTopicGate = { GATE_SOURCE, PREFILTER, mentionsNorthKorea };
  let activation: Activation | null = null;
  let loading: Promise<unknown> | null = null;
  let stopWatch: (() => void) | null = null;
  // The gate runs first and alone: on the many pages without a North Korea mention, nothing else happens
  // (no storage read, no message) until content that mentions it arrives.
  // A long page's text is read in chunks (readBodyChunks): cheaper than one long string.
  const body = document.body;
  const chunks = body ? readBodyChunks(body) : [];
  let hasTopic = chunks.some((chunk) => mentionsNorthKorea(chunk.text));
  // The scanner looks for the mentions in the same chunks: on a long page it need not read them again.
  if (hasTopic && body && countChunkChars(chunks) >= KEEP_TEXT_CHARS) keepGateText(body, chunks, ctx.signal);

  const readStoredActivation = async () =>
    (activation ??= readActivation((await browser.storage.sync.get('settings')).settings));

  // The background injects the scanner for "page" only where highlighting is on for the site (it knows the
  // settings; asking it at once saves this page a storage read first), and for "selection" always.
  const request = (reason: 'page' | 'selection') => {
    // The scanner needs the settings first thing: read them while the background injects it.
    globals.__nkfStoredSettings ??= browser.storage.sync.get('settings').then(
      (stored) => stored.settings,
      () => undefined,
    );
    const sent: Promise<unknown> = browser.runtime
      .sendMessage({ type: 'nkf:load-scanner', reason })
      .then((injected: unknown) => {
        if (injected !== true) loading = null;
        return injected;
      })
      .catch(() => {
        loading = null;
        return false;
      });
    loading = sent;
    return sent;
  };
  const load = (reason: 'page' | 'selection') => {
    if (!loading) return request(reason);
    if (reason === 'page') return loading;
    return loading.then((injected) => (injected === true ? injected : request('selection')));
  };

  const consider = async () => {
    if (globals.__nkfScanner) return;
    if (!hasTopic) {
      stopWatch ??= watchForTopic(
        document,
        () => {
          hasTopic = true;
          stopWatch = null;
          void consider();
        },
        ctx.signal,
      );
      return;
    }
    globals.__nkfTopicSeen = true;
    void load('page');
  };

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync' || !changes.settings || globals.__nkfScanner) return;
    delete globals.__nkfStoredSettings;
    activation = readActivation(changes.settings.newValue);
    void consider();
  };

  const onMessage = toMessageListener((raw) => {
    if (globals.__nkfScanner) return undefined; // the scanner answers from now on
    const message = parsePageMessage(raw);
    switch (message?.type) {
      case 'nkf:ping':
        return readStoredActivation().then((stored) => ({
          figureCount: 0,
          active: isActiveOn(stored, location.hostname),
          host: location.hostname,
        }));
      case 'nkf:get-figures':
        return Promise.resolve([]);
      case 'nkf:check-selection':
        (globals.__nkfPending ??= []).push(message);
        void load('selection');
        return undefined;
      default:
        return undefined;
    }
  });

  browser.storage.onChanged.addListener(onStorage);
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onMessage);
    stopWatch?.();
  });
  await consider();
}
