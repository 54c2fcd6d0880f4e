import type { Relation } from '../../core/match/types';
import { findHighlightApi, type HighlightApi, type HighlightLike } from './highlight-registry';
import { FOCUS_HIGHLIGHT, highlightName, RELATIONS, type HighlightStyle, type PaletteName } from './palettes';
import { FALLBACK_TAG, wrapRange } from './wrap-fallback';

export interface Appearance {
  style: HighlightStyle;
  palette: PaletteName;
}

/**
 * Paints figures with the CSS Custom Highlight API: one highlight per relation, named after the current
 * palette and style, plus one for the focused figure. The page's DOM is never touched. Where the API is
 * missing, falls back to `<nkf-mark>` wrappers that are removed exactly on `clear()`.
 */
export class HighlightPainter {
  private readonly api: HighlightApi | null;
  private readonly byRelation = new Map<Relation, HighlightLike>();
  private readonly relationOf = new Map<Range, Relation>();
  private readonly unwrappers = new Map<Range, () => void>();
  private focusHighlight: HighlightLike | null = null;
  private appearance: Appearance;

  constructor(win: typeof globalThis, appearance: Appearance) {
    this.api = findHighlightApi(win);
    this.appearance = appearance;
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
      this.highlightFor(relation).add(range);
    } else {
      this.unwrappers.set(range, wrapRange(range, { 'data-nkf-relation': relation }));
    }
  }

  delete(range: Range): void {
    const relation = this.relationOf.get(range);
    if (relation === undefined) return;
    this.relationOf.delete(range);
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
    this.focusHighlight = null;
    for (const unwrap of this.unwrappers.values()) unwrap();
    this.unwrappers.clear();
    this.relationOf.clear();
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
