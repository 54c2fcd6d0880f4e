/**
 * Colours and shapes the UI shares with the page highlights. The relation colours come from the highlight
 * palettes (src/dom/highlight/palettes.ts: Okabe–Ito, IBM, mono; all colour-blind-safe), so a badge in the
 * card matches the highlight on the page; shapes and border styles carry the same meaning without colour.
 */
import type { Relation } from '../../core/match/types';
import { PALETTES, PALETTE_NAMES, UNDERLINES, type PaletteName } from '../../dom/highlight/palettes';

export { PALETTES, PALETTE_NAMES, type PaletteName };

/** The palette used when the settings name none. */
export const DEFAULT_PALETTE: PaletteName = 'okabe';

/** The icon shape of each relation in badges (same meaning as the highlight's underline style). */
export const RELATION_SHAPES: Record<Relation, MarkerShape> = {
  same: 'circle',
  metric_mismatch: 'triangle',
  differs: 'diamond',
  unknown: 'ring',
};

/** The badge border style of each relation, mirroring the highlight underline (wavy becomes double). */
export const RELATION_BORDERS: Record<Relation, string> = {
  same: 'solid',
  metric_mismatch: UNDERLINES.metric_mismatch === 'wavy' ? 'double' : UNDERLINES.metric_mismatch,
  differs: UNDERLINES.differs,
  unknown: UNDERLINES.unknown,
};

/** The colour of a relation in a palette; unknown palette names fall back to the default. */
export function readRelationColor(relation: Relation, palette: string = DEFAULT_PALETTE): string {
  const chosen = (PALETTES as Record<string, Record<Relation, string>>)[palette] ?? PALETTES[DEFAULT_PALETTE];
  return chosen[relation];
}

/** Marker shapes for the timeline, one per estimator in order; all distinguishable in monochrome. */
export const MARKER_SHAPES = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'triangle-down',
  'plus',
  'cross',
] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number] | 'ring';

/**
 * Fill colours for estimator series (Okabe–Ito without yellow). Markers are always outlined in the text
 * colour, so they stay visible on both themes whatever the fill.
 */
export const SERIES_COLORS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#999999',
] as const;

/**
 * Shape and colour of the n-th series: shapes cycle, and the colour shifts by one on every pass through the
 * shapes, so the first 49 series all differ in shape or colour.
 */
export function pickSeriesStyle(index: number): { shape: MarkerShape; color: string } {
  const i = Math.max(0, Math.floor(index));
  const pass = Math.floor(i / MARKER_SHAPES.length);
  return {
    shape: MARKER_SHAPES[i % MARKER_SHAPES.length] ?? 'circle',
    color: SERIES_COLORS[(i + pass) % SERIES_COLORS.length] ?? '#999999',
  };
}
