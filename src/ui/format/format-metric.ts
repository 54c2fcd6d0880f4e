/**
 * Metric names in the UI language.
 */
import type { Metric } from '../../core/types';
import { t, type MessageKey } from '../i18n';

const METRIC_KEYS: Record<Metric, MessageKey> = {
  deployed_total: 'metricDeployedTotal',
  reinforcements: 'metricReinforcements',
  killed: 'metricKilled',
  wounded: 'metricWounded',
  casualties_total: 'metricCasualtiesTotal',
  captured: 'metricCaptured',
  workers_or_engineers: 'metricWorkersOrEngineers',
  equipment: 'metricEquipment',
  munitions: 'metricMunitions',
  other_nk: 'metricOtherNk',
};

/** What a metric counts, in words: "killed or wounded" for casualties_total. */
export function formatMetric(metric: Metric): string {
  return t(METRIC_KEYS[metric]);
}
