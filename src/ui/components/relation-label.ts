/**
 * Words for how a figure relates to the estimate it restates.
 */
import type { Relation } from '../../core/match/types';
import { t, type MessageKey } from '../i18n';

const LABEL_KEYS: Record<Relation, MessageKey> = {
  same: 'relationSame',
  metric_mismatch: 'relationMetricMismatch',
  differs: 'relationDiffers',
  unknown: 'relationUnknown',
};

/** The short badge label of a relation: "Same estimate", "Counts something else", … */
export function formatRelationLabel(relation: Relation): string {
  return t(LABEL_KEYS[relation]);
}
