import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mentionsNorthKorea } from '@/src/core/extract/topic-gate';
import type { TextUnit } from '@/src/core/extract/find-unit-figures';
import { joinSample } from '@/src/core/lang/join-sample';
import {
  fillSummary,
  parsePageMessage,
  SUMMARY_COUNT_SLOT,
  type PageFigureInfo,
  type PageLang,
  type PageMessage,
  type PageState,
} from '@/src/core/messages';
import { isSiteEnabled } from '@/src/core/site-rules';
import { METRICS, type Claim, type Estimator, type Lang } from '@/src/core/types';
import { HighlightPainter } from '@/src/dom/highlight/highlight-painter';
import { readPageDate } from '@/src/dom/page/read-page-date';
import { sampleText } from '@/src/dom/page/sample-text';
import { FigureSet, type PageFigure } from '@/src/dom/scan/figure-set';
import { PageScanner } from '@/src/dom/scan/page-scanner';
import { requestFind } from '@/src/ext/request-find';
import { requestMatches } from '@/src/ext/request-matches';
import { toMessageListener } from '@/src/ext/to-message-listener';
import { loadSettings, sanitizeSettings, watchSettings, type Settings } from '@/src/ext/settings';
import { t } from '@/src/ui/i18n';
import { hasGateText, takeGateText } from '../content/gate-text';
import { readIsolatedGlobals } from '../content/shared-globals';
import { trackHover } from './hover-tracker';
import { createLayerHost } from './layer-host';
import { createFindCache } from '@/src/dom/scan/find-cache';
import { findRangeFigures } from '@/src/dom/scan/find-range-figures';
import { createSignalTimers } from '@/src/dom/signal-timers';
import { watchLocation } from '@/src/dom/watch-location';
import { watchForTopic } from '@/src/dom/scan/watch-for-topic';

/**
 * Characters of sent text read for the page's language at most, and the fewest that are enough (every window of
 * 300 characters or more from a paragraph start in the evaluation corpus is detected right without a hint).
 */
const LANG_SAMPLE_CHARS = 20_000;
const LANG_SAMPLE_MIN = 500;
const CLOSE_GRACE_MS = 350;
const PUBLISH_MS = 250;
/**
 * After an in-page navigation the page is read again once its URL has stood still this long (ms): a router that
 * rewrites the URL as the reader scrolls would otherwise have a long page read many times a second.
 */
const NAVIGATION_QUIET_MS = 250;
/** The popup lists at most this many figures (with full estimates each). */
const POPUP_FIGURE_LIMIT = 300;
const EMPTY = new FigureSet();

/** The settings the small content script read while this script was injected, sanitised; null if none. */
function takeStoredSettings(): Promise<Settings> | null {
  const globals = readIsolatedGlobals();
  const stored = globals.__nkfStoredSettings;
  delete globals.__nkfStoredSettings;
  return stored ? stored.then(sanitizeSettings) : null;
}

/** Wires settings, scanning, painting, the card and messages together for one page. */
export async function runContent(
  ctx: ContentScriptContext,
  pending: readonly PageMessage[] = [],
): Promise<void> {
  // The page's date is read while the settings come from storage.
  const settingsRead = takeStoredSettings() ?? loadSettings();
  const pageDate = readPageDate(document);
  let settings: Settings = await settingsRead;
  const painter = new HighlightPainter(globalThis, {
    style: settings.highlightStyle,
    palette: settings.palette,
  });
  /** The page's language once the background has named it; before that, the sample it is read from. */
  let lang: PageLang | null = null;
  let scanner: PageScanner | null = null;
  let stopTopicWatch: (() => void) | null = null;
  let focusIndex = -1;
  let closeTimer: number | undefined;
  let state: PageState = { figureCount: 0, active: false };
  // Not ctx.setTimeout / ctx.requestAnimationFrame: they add an abort listener per call that is never removed.
  // ctx.isValid, as theirs: it also notices an extension updated or removed under the page.
  const timers = createSignalTimers(ctx.signal, globalThis, () => ctx.isValid);

  // The background reads the page's text; re-rendered blocks bring the same text again and are remembered.
  const find = createFindCache((units) =>
    requestFind(
      units,
      () => (lang ??= readLangSample(units)),
      pageDate,
      (found: Lang) => (lang = found),
    ),
  );
  const estimators = new Map<string, Estimator>();
  const series = new Map<string, Claim[]>();
  const layer = createLayerHost(ctx, {
    estimators,
    series,
    readTheme: () => settings.theme,
    pageDate,
    readPalette: () => settings.palette,
    onOpenPopup: () => void browser.runtime.sendMessage({ type: 'nkf:open-popup' }).catch(() => undefined),
  });
  const isActive = () =>
    settings.autoHighlight && isSiteEnabled(settings.siteMode, settings.sites, location.hostname);
  // What the page's language is read from, once: the first text sent for reading (visible text around the first
  // mention, already in hand), or a sample of the page when that text is short; the background detects it.
  const readLangSample = (units: readonly TextUnit[]): PageLang => {
    const sent = joinSample(
      units.flatMap((unit) => unit.texts),
      LANG_SAMPLE_CHARS,
    );
    const sample = sent.length >= LANG_SAMPLE_MIN ? sent : document.body ? sampleText(document.body) : '';
    return { sample, hint: document.documentElement.lang.slice(0, 100) };
  };

  // The background words the summary once (a first i18n lookup here would cost the page ~3 ms). The summary
  // changes with the highlights, in the same frame (HighlightPainter.onFlush): each frame that changes the page
  // makes the browser re-check the paint of the whole document once highlights are styled.
  let summaryWording: string | null = null;
  let summaryAsked = false;
  const askSummaryWording = () => {
    if (summaryAsked) return;
    summaryAsked = true;
    void browser.runtime
      .sendMessage({ type: 'nkf:summary' })
      .catch(() => null)
      .then((reply: unknown) => {
        summaryWording =
          typeof reply === 'string' && reply.includes(SUMMARY_COUNT_SLOT)
            ? reply.slice(0, 500)
            : t('liveSummary', SUMMARY_COUNT_SLOT);
        showSummary();
      });
  };
  const showSummary = () => {
    if (summaryWording !== null) void layer.setSummary(fillSummary(summaryWording, scanner?.shownCount ?? 0));
  };
  painter.onFlush = showSummary;

  // The badge follows at most every PUBLISH_MS while a scan is still adding figures (each update messages the
  // background), and always once at the end.
  let published: PageState = state;
  let lastPublish = -Infinity;
  let publishTimer: number | undefined;
  const publish = () => {
    publishTimer = undefined;
    lastPublish = performance.now();
    const changed = state.figureCount !== published.figureCount || state.active !== published.active;
    published = state;
    if (changed && window.top === window) {
      void browser.runtime.sendMessage({ type: 'nkf:page-state', state }).catch(() => undefined);
    }
  };
  const report = () => {
    state = { figureCount: scanner?.shownCount ?? 0, active: isActive() };
    // (figures still to be painted bring the summary with them)
    if (!painter.hasPending) showSummary();
    if (publishTimer !== undefined) return;
    const wait = lastPublish + PUBLISH_MS - performance.now();
    if (wait <= 0) publish();
    else publishTimer = timers.setTimeout(publish, wait);
  };

  const metricFilter = () => (settings.metrics.length === METRICS.length ? null : new Set(settings.metrics));

  const startScanner = async () => {
    stopTopicWatch?.();
    stopTopicWatch = null;
    if (scanner) return;
    scanner = new PageScanner({
      doc: document,
      painter,
      find,
      isOwnNode: (node) => layer.isOwnNode(node),
      onUpdate: report,
      requestFrame: (callback) => void timers.requestAnimationFrame(callback),
      takeBodyText: takeGateText,
      hasBodyText: hasGateText,
    });
    askSummaryWording();
    scanner.setMetrics(metricFilter());
    scanner.observe();
    await scanner.scanAll();
    report();
  };

  const start = async () => {
    if (!isActive() || scanner) {
      report();
      return;
    }
    if (readIsolatedGlobals().__nkfTopicSeen || mentionsNorthKorea(document.body?.textContent ?? '')) {
      await startScanner();
    } else {
      // Pages that load their article later (single-page apps) are checked again as content arrives.
      stopTopicWatch ??= watchForTopic(document, () => void startScanner(), ctx.signal);
      report();
    }
  };

  const stop = () => {
    stopTopicWatch?.();
    stopTopicWatch = null;
    scanner?.stop();
    scanner = null;
    focusIndex = -1;
    layer.close();
    report();
  };

  const rectOf = (figure: PageFigure) => figure.range.getBoundingClientRect();

  /** Fetches a figure's full match (estimates, series, notes) once, when a card or the popup needs it. */
  const loadResults = async (figures: readonly PageFigure[]) => {
    const missing = figures.filter((f) => f.result === null);
    if (missing.length === 0) return;
    const reply = await requestMatches(missing, pageDate);
    for (const estimator of reply.estimators) estimators.set(estimator.id, estimator);
    for (const [id, claims] of Object.entries(reply.series)) series.set(id, claims);
    missing.forEach((figure, i) => (figure.result = reply.results[i] ?? null));
  };

  const openCard = async (figure: PageFigure, autoFocus: boolean) => {
    timers.clearTimeout(closeTimer);
    painter.focus(figure.range);
    await loadResults([figure]);
    await layer.open({ figure: figure.figure, result: figure.result, anchor: rectOf(figure), autoFocus });
  };

  const closeCard = () => {
    timers.clearTimeout(closeTimer);
    painter.focus(null);
    layer.close();
  };

  /** Scrolls a figure into view, selects it and marks it as focused. */
  const revealFigure = (figure: PageFigure) => {
    const element = figure.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(figure.range.cloneRange());
    painter.focus(figure.range);
    focusIndex = scanner?.visibleFigures().indexOf(figure) ?? -1;
  };

  const navigate = (step: 1 | -1) => {
    const figures = scanner?.visibleFigures() ?? [];
    if (figures.length === 0) return;
    const figure = figures[(focusIndex + step + figures.length) % figures.length]!;
    revealFigure(figure);
    void openCard(figure, true);
  };

  trackHover(ctx, timers, document, () => scanner?.figures ?? EMPTY, {
    onRest: (figure) => {
      if (figure.relation) void openCard(figure, false);
    },
    onLeave: () => {
      timers.clearTimeout(closeTimer);
      closeTimer = timers.setTimeout(() => {
        if (!layer.pointerInside() && !layer.current()?.autoFocus) closeCard();
      }, CLOSE_GRACE_MS);
    },
  });

  ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => {
    if (event.key === 'Escape' && layer.isOpen()) closeCard();
  });

  const followViewport = () => {
    const card = layer.current();
    if (!card) return;
    const figure = scanner?.visibleFigures().find((f) => f.figure === card.figure);
    if (!figure) return closeCard();
    const rect = rectOf(figure);
    if (rect.bottom < 0 || rect.top > window.innerHeight) return closeCard();
    void layer.open({ ...card, anchor: rect, autoFocus: false });
  };
  let viewportFrame = false;
  const onViewportChange = () => {
    if (viewportFrame) return;
    viewportFrame = true;
    timers.requestAnimationFrame(() => {
      viewportFrame = false;
      followViewport();
    });
  };
  ctx.addEventListener(window, 'scroll', onViewportChange, { passive: true, capture: true });
  ctx.addEventListener(window, 'resize', onViewportChange, { passive: true });

  // Single-page apps: a new "page" (pushState, back and forward) gets a fresh scan. The Navigation API says so at
  // once where the browser has it, with no timer; ctx.isValid notices an extension updated under the page.
  let navigationTimer: number | undefined;
  watchLocation(
    window,
    () => {
      if (!scanner || !ctx.isValid) return;
      closeCard();
      focusIndex = -1;
      timers.clearTimeout(navigationTimer);
      navigationTimer = timers.setTimeout(() => {
        navigationTimer = undefined;
        void scanner?.scanAll().then(report);
      }, NAVIGATION_QUIET_MS);
    },
    ctx.signal,
  );

  const handleMessage = (raw: unknown) => {
    const message = parsePageMessage(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'nkf:ping':
        return Promise.resolve({ ...state, host: location.hostname });
      case 'nkf:navigate':
        navigate(message.step);
        return undefined;
      case 'nkf:check-selection':
        void layer.loadCardUi().then((ui) =>
          ui?.checkSelection({
            findFigures: (range) => findRangeFigures(range, find, scanner?.isTopic ?? false),
            pageDate,
            layer,
            painter,
            estimators,
            series,
          }),
        );
        return undefined;
      case 'nkf:get-figures': {
        const figures = (scanner?.visibleFigures() ?? []).slice(0, POPUP_FIGURE_LIMIT);
        return loadResults(figures).then(() =>
          figures.map((f): PageFigureInfo => ({
            id: f.id,
            figure: f.figure,
            sentence: f.readContext().sentence,
            result: f.result,
          })),
        );
      }
      case 'nkf:reveal-figure': {
        const figure = scanner?.figures.get(message.id);
        if (figure) revealFigure(figure);
        return Promise.resolve(figure !== undefined);
      }
      default:
        return undefined;
    }
  };
  const onMessage = toMessageListener(handleMessage);

  browser.runtime.onMessage.addListener(onMessage);

  watchSettings((next) => {
    const before = settings;
    settings = next;
    if (before.highlightStyle !== next.highlightStyle || before.palette !== next.palette) {
      painter.setAppearance({ style: next.highlightStyle, palette: next.palette });
      // Each appearance has its own stylesheet; the background inserts the new one into this frame.
      void browser.runtime.sendMessage({ type: 'nkf:restyle' }).catch(() => undefined);
    }
    if (before.metrics.join() !== next.metrics.join()) scanner?.setMetrics(metricFilter());
    if (isActive()) void start();
    else stop();
  }, ctx.signal);

  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    stop();
  });

  for (const message of pending) void handleMessage(message);
  await start();
}
