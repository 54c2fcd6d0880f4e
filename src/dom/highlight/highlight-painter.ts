import type { Relation } from '../../core/match/types';
import { findHighlightApi, type HighlightApi, type HighlightLike } from './highlight-registry';
import { FOCUS_HIGHLIGHT, highlightName, RELATIONS, type HighlightStyle, type PaletteName } from './palettes';
import { FALLBACK_TAG, wrapRange } from './wrap-fallback';

export interface Appearance {
  style: HighlightStyle;
  palette: PaletteName;
}

/**
 * Least time between two changes to the page's highlights while figures keep arriving (ms). Every change makes
 * the browser re-check the paint of the whole document in the next frame: on a 1 MB page with figures arriving
 * over many frames that was ~15-40 ms of rendering work; in batches it is a few ms.
 */
export const PAINT_INTERVAL_MS = 200;

/**
 * Paints figures with the CSS Custom Highlight API: one highlight per relation, named after the current
 * palette and style, plus one for the focused figure. The page's DOM is never touched. Figures added while a
 * page is being read reach the page in batches: the first right after the task that added it, the next ones
 * at most every PAINT_INTERVAL_MS. Where the API is missing, falls back to `<nkf-mark>` wrappers (at once)
 * that are removed exactly on `clear()`.
 */
export class HighlightPainter {
  private readonly api: HighlightApi | null;
  private readonly byRelation = new Map<Relation, HighlightLike>();
  private readonly relationOf = new Map<Range, Relation>();
  private readonly unwrappers = new Map<Range, () => void>();
  private focusHighlight: HighlightLike | null = null;
  private appearance: Appearance;
  /** Ranges added since the last batch reached the page. */
  private readonly pending = new Map<Range, Relation>();
  private batchTimer: ReturnType<typeof setTimeout> | null = null;
  private batchQueued = false;
  private lastBatch = -Infinity;
  /**
   * Called right after each batch reaches the page, in the same task: whatever else the page must show with
   * it (our summary) changes in the same frame. Each frame that changes the page makes the browser re-check
   * the paint of the whole document once highlights are styled (about 3 ms on a 1 MB page).
   */
  onFlush: (() => void) | null = null;

  constructor(win: typeof globalThis, appearance: Appearance) {
    this.api = findHighlightApi(win);
    this.appearance = appearance;
  }

  /** Whether figures were added that have not reached the page yet (a batch is due). */
  get hasPending(): boolean {
    return this.pending.size > 0;
  }

  /** Whether painting leaves the DOM untouched (true wherever the Highlight API exists). */
  get usesHighlightApi(): boolean {
    return this.api !== null;
  }

  /** Number of ranges painted. */
  get size(): number {
    return this.relationOf.size;
  }

  add(range: Range, relation: Relation): void {
    this.delete(range);
    this.relationOf.set(range, relation);
    if (this.api) {
      this.pending.set(range, relation);
      this.scheduleBatch();
    } else {
      this.unwrappers.set(range, wrapRange(range, { 'data-nkf-relation': relation }));
    }
  }

  delete(range: Range): void {
    const relation = this.relationOf.get(range);
    if (relation === undefined) return;
    this.relationOf.delete(range);
    this.pending.delete(range);
    this.byRelation.get(relation)?.delete(range);
    this.focusHighlight?.delete(range);
    this.unwrappers.get(range)?.();
    this.unwrappers.delete(range);
  }

  /** Marks one range as the focused figure (keyboard navigation, open card); null clears the focus. */
  focus(range: Range | null): void {
    if (!this.api) return;
    if (!this.focusHighlight) {
      this.focusHighlight = this.api.create();
      this.api.registry.set(FOCUS_HIGHLIGHT, this.focusHighlight);
    }
    this.focusHighlight.clear();
    if (range) this.focusHighlight.add(range);
  }

  /** Switches palette or style: the same ranges move to highlights of the new names. */
  setAppearance(next: Appearance): void {
    if (next.style === this.appearance.style && next.palette === this.appearance.palette) return;
    if (this.api) {
      for (const [relation, highlight] of this.byRelation) {
        this.api.registry.delete(highlightName(this.appearance.style, this.appearance.palette, relation));
        this.api.registry.set(highlightName(next.style, next.palette, relation), highlight);
      }
    }
    this.appearance = next;
  }

  /** Removes every highlight (and, in the fallback, every wrapper). */
  clear(): void {
    if (this.api) {
      for (const relation of RELATIONS) {
        this.api.registry.delete(highlightName(this.appearance.style, this.appearance.palette, relation));
      }
      this.api.registry.delete(FOCUS_HIGHLIGHT);
    }
    this.byRelation.clear();
    this.pending.clear();
    this.focusHighlight = null;
    for (const unwrap of this.unwrappers.values()) unwrap();
    this.unwrappers.clear();
    this.relationOf.clear();
  }

  /** Puts every range added so far on the page now (the batch timer then has nothing to do). */
  flush(): void {
    if (this.pending.size === 0) return;
    this.lastBatch = performance.now();
    for (const [range, relation] of this.pending) this.highlightFor(relation).add(range);
    this.pending.clear();
    this.onFlush?.();
  }

  /**
   * Puts the figures added so far on the page now instead of with the next batch (a scan has ended: nothing
   * more is coming to wait for). Does nothing when none are waiting.
   */
  flushPending(): void {
    if (this.pending.size === 0) return;
    if (this.batchTimer !== null) {
      clearTimeout(this.batchTimer);
      this.batchTimer = null;
    }
    this.flush();
  }

  /**
   * The first batch goes after the current task's other additions (a microtask), later ones at most every
   * PAINT_INTERVAL_MS.
   */
  private scheduleBatch(): void {
    if (this.batchQueued || this.batchTimer !== null) return;
    const wait = this.lastBatch + PAINT_INTERVAL_MS - performance.now();
    if (wait <= 0) {
      this.batchQueued = true;
      queueMicrotask(() => {
        this.batchQueued = false;
        this.flush();
      });
      return;
    }
    this.batchTimer = setTimeout(() => {
      this.batchTimer = null;
      this.flush();
    }, wait);
  }

  private highlightFor(relation: Relation): HighlightLike {
    let highlight = this.byRelation.get(relation);
    if (!highlight && this.api) {
      highlight = this.api.create();
      this.byRelation.set(relation, highlight);
      this.api.registry.set(
        highlightName(this.appearance.style, this.appearance.palette, relation),
        highlight,
      );
    }
    return highlight!;
  }
}

export { FALLBACK_TAG };
