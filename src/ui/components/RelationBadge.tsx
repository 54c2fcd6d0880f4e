import type { Relation } from '../../core/match/types';
import { MarkerIcon } from './MarkerIcon';
import {
  DEFAULT_PALETTE,
  readRelationColor,
  RELATION_BORDERS,
  RELATION_SHAPES,
  type PaletteName,
} from './palette';
import { formatRelationLabel } from './relation-label';

/** Props of {@link RelationBadge}. */
export type RelationBadgeProps = {
  relation: Relation;
  /** Highlight palette in use, so the badge matches the page highlight. */
  palette?: PaletteName;
};

/**
 * How a figure relates to its estimate, as text plus a shape and border style (never colour alone), in the
 * colour of the page highlight.
 */
export function RelationBadge({ relation, palette = DEFAULT_PALETTE }: RelationBadgeProps) {
  const color = readRelationColor(relation, palette);
  return (
    <span
      class="nkf-badge"
      data-relation={relation}
      style={{ borderColor: color, borderStyle: RELATION_BORDERS[relation] }}
    >
      <MarkerIcon shape={RELATION_SHAPES[relation]} color={color} />
      <span class="nkf-badge-label">{formatRelationLabel(relation)}</span>
    </span>
  );
}
