/**
 * Stand-in estimators for claims whose estimator record is not at hand (e.g. an imported claim naming an
 * estimator the dataset does not know).
 */
import type { Estimator } from '../../core/types';

/** An estimator that only knows its id: the id doubles as its name, with no country. */
export function makeUnknownEstimator(id: string): Estimator {
  return {
    id,
    name: id,
    short: id,
    kind: 'media',
    country: '',
    aliases: { en: [], uk: [], ru: [], de: [], ko: [] },
  };
}
