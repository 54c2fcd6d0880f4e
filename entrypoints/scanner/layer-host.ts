import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { CardLayerProps, OpenCard } from '@/src/ui/layer/CardLayer';
import layerCss from '@/src/ui/layer/layer.css?inline';
import type { RectLike } from '@/src/ui/layer/place-card';
import type { Claim, Estimator } from '@/src/core/types';
import type { PaletteName } from '@/src/dom/highlight/palettes';
import { LAYER_HOST_TAG } from '@/src/dom/element-rules';
import { readIsolatedGlobals, type CardUi } from '../content/shared-globals';

/**
 * Asks the background for the card renderer (entrypoints/card-ui), once per frame; every caller shares the
 * answer.
 * @returns the renderer; null when it could not be loaded (the card then stays closed).
 */
let cardUiLoading: Promise<CardUi | null> | null = null;
function loadCardUi(): Promise<CardUi | null> {
  const loaded = readIsolatedGlobals().__nkfCardUi;
  if (loaded) return Promise.resolve(loaded);
  cardUiLoading ??= browser.runtime
    .sendMessage({ type: 'nkf:load-card' })
    .catch(() => null)
    .then(() => {
      const ui = readIsolatedGlobals().__nkfCardUi ?? null;
      if (!ui) cardUiLoading = null; // a later card may try again
      return ui;
    });
  return cardUiLoading;
}

/** Our one element on the page: a shadow-root host holding the live summary and the card. Created lazily. */
export interface LayerHost {
  open(card: OpenCard): Promise<void>;
  showNotice(text: string, anchor: RectLike): Promise<void>;
  close(): void;
  isOpen(): boolean;
  /** The card currently shown, if any. */
  current(): OpenCard | null;
  setSummary(text: string): Promise<void>;
  /** Whether the pointer is over the card (it then stays open). */
  pointerInside(): boolean;
  isOwnNode(node: Node): boolean;
  refresh(): void;
  /** The card renderer and the on-demand check (entrypoints/card-ui), loaded once; null when it cannot be. */
  loadCardUi(): Promise<CardUi | null>;
}

const HOST_NAME = LAYER_HOST_TAG;

export interface LayerOptions {
  onOpenPopup?: () => void;
  /** Estimators named by match results, filled as results arrive. */
  estimators: ReadonlyMap<string, Estimator>;
  /** Series of matched claims by series id, filled as full results arrive. */
  series: ReadonlyMap<string, Claim[]>;
  readTheme: () => 'auto' | 'light' | 'dark';
  pageDate: string | null;
  readPalette: () => PaletteName;
}

export function createLayerHost(ctx: ContentScriptContext, opts: LayerOptions): LayerHost {
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let mounting: Promise<void> | null = null;
  let inside = false;
  let summary = '';
  /** The live summary: plain text in our shadow root, so pages without an open card never run Preact. */
  let summaryElement: HTMLElement | null = null;
  /** Where the card renderer draws; its styles are added with the first card. */
  let cardRoot: HTMLElement | null = null;
  let cardUi: CardUi | null = null;
  let cardStyled = false;
  let props: Omit<CardLayerProps, 'onClose' | 'onPointerInside' | 'viewport'> = {
    card: null,
    notice: null,
  };

  const draw = () => {
    if (!ui || !cardRoot || !cardUi) return;
    if (!cardStyled && (props.card || props.notice)) {
      cardStyled = true;
      const style = document.createElement('style');
      style.textContent = cardUi.css;
      (ui.shadow.querySelector('head') ?? ui.shadow).append(style);
    }
    cardUi.render(cardRoot, {
      ...props,
      viewport: { width: window.innerWidth, height: window.innerHeight },
      onClose: close,
      onPointerInside: (value) => {
        inside = value;
      },
      ...(opts.onOpenPopup ? { onOpenPopup: opts.onOpenPopup } : {}),
      estimators: opts.estimators,
      series: opts.series,
      pageDate: opts.pageDate,
      palette: opts.readPalette(),
      theme: opts.readTheme(),
    });
  };

  /** The host and the card renderer, both ready; false when the renderer could not be loaded. */
  const ensureCard = async (): Promise<boolean> => {
    await ensure();
    cardUi ??= await loadCardUi();
    return cardUi !== null;
  };

  const ensure = async () => {
    if (ui) return;
    mounting ??= (async () => {
      const created = await createShadowRootUi(ctx, {
        name: HOST_NAME,
        position: 'inline',
        anchor: 'body',
        append: 'last',
        mode: 'open',
        css: layerCss,
        isolateEvents: ['keydown', 'keyup', 'keypress'],
        onMount: (container) => {
          summaryElement = document.createElement('div');
          summaryElement.className = 'nkf-visually-hidden';
          summaryElement.setAttribute('role', 'status');
          summaryElement.setAttribute('aria-live', 'polite');
          summaryElement.textContent = summary;
          cardRoot = document.createElement('div');
          container.append(summaryElement, cardRoot);
        },
      });
      created.mount();
      ui = created;
      ctx.onInvalidated(() => {
        if (cardRoot && cardUi) cardUi.render(cardRoot, null);
      });
    })();
    await mounting;
  };

  function close() {
    if (!props.card && !props.notice) return;
    props = { ...props, card: null, notice: null };
    inside = false;
    draw();
  }

  return {
    async open(card) {
      props = { ...props, card, notice: null };
      if (await ensureCard()) draw();
    },
    async showNotice(text, anchor) {
      props = { ...props, card: null, notice: { text, anchor } };
      if (await ensureCard()) draw();
    },
    close,
    isOpen: () => props.card !== null || props.notice !== null,
    current: () => props.card,
    async setSummary(text) {
      if (text === summary) return;
      summary = text;
      if (!ui && text === '') return;
      await ensure();
      if (summaryElement) summaryElement.textContent = summary;
    },
    pointerInside: () => inside,
    isOwnNode(node) {
      const host = ui?.shadowHost;
      if (!host) return false;
      return (
        node === host ||
        host.contains(node) ||
        (node.nodeType === 1 && (node as Element).localName === HOST_NAME)
      );
    },
    refresh: draw,
    loadCardUi,
  };
}
