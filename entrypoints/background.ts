import { browser } from 'wxt/browser';
import { authorizeMessage } from '@/src/core/message-policy';
import { isActiveOn, readActivation } from '@/src/core/site-rules';
import { parseMessage, SUMMARY_COUNT_SLOT, type PageState } from '@/src/core/messages';
import { findInUnits, warmUpFinder } from '@/src/ext/find-service';
import { matchBatch } from '@/src/ext/match-service';
import { clearTabState, getTabState, setTabState } from '@/src/ext/tab-state';
import { HIGHLIGHT_STYLES, highlightCssFile, PALETTE_NAMES } from '@/src/dom/highlight/palettes';
import { sanitizeSettings } from '@/src/ext/settings';
import { t } from '@/src/ui/i18n';

const CHECK_SELECTION_MENU = 'nkf-check-selection';

/** Host name of a sender's URL; '' when there is none. */
function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/**
 * Whether the manifest brings the highlight styles to every page (Chromium: rules on the root only, which cost
 * the page nothing; see src/dom/highlight/palettes.ts). Otherwise (Firefox) the background inserts them.
 */
function hasManifestHighlightCss(): boolean {
  return (browser.runtime.getManifest().content_scripts ?? []).some(
    (script) => (script.css ?? []).length > 0,
  );
}

/** One frame of one tab, as the scripting API addresses it. */
type Target = { tabId: number; frameIds: number[] };

/** The packaged highlight stylesheet of the appearance in the stored settings (sanitised). */
function storedHighlightCssFile(storedSettings: unknown): string {
  const { highlightStyle, palette } = sanitizeSettings(storedSettings);
  return highlightCssFile(highlightStyle, palette);
}

/**
 * Inserts the highlight stylesheet of the stored appearance into one frame (Firefox, which has no highlight
 * inheritance: its rules must match every element). Only frames the scanner runs in get one: such a sheet on
 * every page would be matched against every element at each style recalculation (in Chromium that doubled a
 * 1 MB page's style time). A frame that cannot take it still gets the scanner (figures without colours; the
 * card and the keyboard still work).
 */
async function insertHighlightCss(target: Target, storedSettings: unknown): Promise<void> {
  const files = [storedHighlightCssFile(storedSettings)];
  await browser.scripting.insertCSS({ target, files }).catch(() => undefined);
}

/**
 * Takes every other appearance's stylesheet out of one frame (after a palette or style change), so a page never
 * carries more `::highlight` rules than one appearance's. Sheets that were never inserted are simply not found.
 */
async function removeOtherHighlightCss(target: Target, storedSettings: unknown): Promise<void> {
  const keep = storedHighlightCssFile(storedSettings);
  const others = HIGHLIGHT_STYLES.flatMap((style) =>
    PALETTE_NAMES.map((name) => highlightCssFile(style, name)),
  );
  await Promise.all(
    others
      .filter((file) => file !== keep)
      .map((file) => browser.scripting.removeCSS({ target, files: [file] }).catch(() => undefined)),
  );
}

export default defineBackground(() => {
  const manifestStyled = hasManifestHighlightCss();
  // The raw stored settings, read at start and followed (the loader's check needs them at once).
  const settingsCache = { current: undefined as unknown };
  const settingsRead = browser.storage.sync
    .get('settings')
    .then((stored) => {
      settingsCache.current = stored.settings;
    })
    .catch(() => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes.settings) settingsCache.current = changes.settings.newValue;
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    if (!message) return undefined;
    // Each message type only from the contexts that send it (src/core/message-policy.ts); others are dropped.
    const from = authorizeMessage(message.type, {
      id: sender.id,
      url: sender.url,
      tabId: sender.tab?.id,
      frameId: sender.frameId,
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
    });
    if (!from) return undefined;
    const tab = from.kind === 'content-script' ? from : null;
    switch (message.type) {
      case 'nkf:page-state':
        if (!tab) return undefined;
        return setTabState(tab.tabId, message.state).then(() => showBadge(tab.tabId, message.state));
      case 'nkf:match':
        return matchBatch(message.items, message.pageDate, message.detail);
      case 'nkf:get-tab-state':
        return getTabState(message.tabId);
      case 'nkf:ping':
        return Promise.resolve('pong');
      case 'nkf:summary':
        return Promise.resolve(t('liveSummary', SUMMARY_COUNT_SLOT));
      case 'nkf:find':
        return findInUnits(message.units, message.lang, message.pageDate);
      case 'nkf:load-scanner': {
        // The scanner (DOM walking, painting, the card) goes only where a page needs it: highlighting on for
        // the site, or a check asked for. The page's text comes back here to be read, so the extractor is
        // readied while the scanner is injected.
        if (!tab) return undefined;
        const host = hostOf(sender.url);
        const activeOn = (stored: unknown) => isActiveOn(readActivation(stored), host);
        return settingsRead.then(async () => {
          // The cache can lag a settings change the page has already seen: a "no" is read again.
          if (message.reason === 'page' && !activeOn(settingsCache.current)) {
            const fresh = (await browser.storage.sync.get('settings')).settings;
            if (!activeOn(fresh)) return false;
          }
          const target = { tabId: tab.tabId, frameIds: [tab.frameId] };
          if (!manifestStyled) void insertHighlightCss(target, settingsCache.current);
          const injected = browser.scripting
            .executeScript({
              target,
              files: ['/scanner.js'],
              // Without this the browser holds the script until the page is idle; the loader asked because the
              // page's text is already there.
              injectImmediately: true,
            })
            .then(() => true);
          void warmUpFinder().catch(() => undefined);
          return injected;
        });
      }
      case 'nkf:restyle':
        // The scanner's appearance changed: the stylesheet of the appearance now stored (read fresh, the cache
        // may lag the change the page has seen), into the sender's frame.
        if (!tab) return undefined;
        if (manifestStyled) return Promise.resolve(true); // every appearance is in the manifest's sheet
        return browser.storage.sync.get('settings').then(async (stored) => {
          const target = { tabId: tab.tabId, frameIds: [tab.frameId] };
          await insertHighlightCss(target, stored.settings);
          await removeOtherHighlightCss(target, stored.settings);
          return true;
        });
      case 'nkf:load-card':
        // The card's renderer (Preact, the card, its styles) goes only to frames that show a card, into the
        // frame that asked: a fixed file of ours, whatever the message says.
        if (!tab) return undefined;
        return browser.scripting
          .executeScript({
            target: { tabId: tab.tabId, frameIds: [tab.frameId] },
            files: ['/card-ui.js'],
            injectImmediately: true,
          })
          .then(
            () => true,
            () => false,
          );
      case 'nkf:open-popup':
        // Allowed in Chromium 127+ and in Firefox when it follows a user action; otherwise nothing happens.
        return browser.action.openPopup().catch(() => undefined);
      default:
        return undefined;
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTabState(tabId);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    const step = command === 'next-figure' ? 1 : command === 'previous-figure' ? -1 : 0;
    if (step === 0 || tab?.id === undefined) return;
    void browser.tabs
      .sendMessage(tab.id, { type: 'nkf:navigate', step }, { frameId: 0 })
      .catch(() => undefined);
  });

  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: CHECK_SELECTION_MENU,
        title: t('menuCheckFigure'),
        contexts: ['selection'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CHECK_SELECTION_MENU || tab?.id === undefined) return;
    void browser.tabs
      .sendMessage(tab.id, { type: 'nkf:check-selection' }, { frameId: info.frameId ?? 0 })
      .catch(() => undefined);
  });
});

async function showBadge(tabId: number, state: PageState): Promise<void> {
  const text = state.active && state.figureCount > 0 ? String(Math.min(state.figureCount, 999)) : '';
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f4e79' });
}
