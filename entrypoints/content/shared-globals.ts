import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type * as TopicGate from '@/src/core/extract/topic-gate';
import type { PageMessage } from '@/src/core/messages';
import type { TextChunk } from '@/src/dom/scan/read-text-chunks';
import type { CardLayerProps } from '@/src/ui/layer/CardLayer';
import type { CheckSelectionDeps } from '../card-ui/check-selection';

/**
 * What the card-ui script registers (entrypoints/card-ui): the card renderer (Preact and the card) and the
 * on-demand check, loaded the first time they are needed.
 */
export interface CardUi {
  /** The card's stylesheet, for the shadow root. */
  css: string;
  /** Renders the card layer into `root`; null unmounts it. */
  render(root: HTMLElement, props: CardLayerProps | null): void;
  /** "Check this figure": the selection's figure in a card, or a notice saying there is none. */
  checkSelection(deps: CheckSelectionDeps): Promise<void>;
}

/**
 * Globals shared by the small content script and the scanner it asks for: both run in the extension's isolated
 * world of the same frame, which the page cannot see.
 */
export interface IsolatedGlobals {
  /** Set by the scanner when it starts; from then on it answers every message. */
  __nkfScanner?: true;
  /** Set by the small content script once the page is known to mention North Korea (no need to check again). */
  __nkfTopicSeen?: true;
  /** Messages that arrived before the scanner did, for it to handle on start. */
  __nkfPending?: PageMessage[];
  /**
   * The stored settings as the small content script read them while the scanner was being injected (the
   * scanner sanitises them); dropped when they change meanwhile.
   */
  __nkfStoredSettings?: Promise<unknown>;
  /** The body's text as the gate read it, while it cannot have changed (see gate-text.ts). */
  __nkfGateText?: { body: HTMLElement; chunks: TextChunk[]; drop(): void };
  /** Set by the card-ui script once the background has injected it. */
  __nkfCardUi?: CardUi;
  /**
   * The small content script's context, which the scanner shares: both stop when it is invalidated (the extension
   * updated or reloaded), and the scanner need not carry WXT's context class nor announce itself to the page.
   */
  __nkfContext?: ContentScriptContext;
  /** The topic gate, compiled once by the small content script and shared with the scanner (shared-topic-gate.ts). */
  __nkfTopicGate?: typeof TopicGate;
}

export function readIsolatedGlobals(): IsolatedGlobals {
  return globalThis as IsolatedGlobals;
}
