/**
 * Estimator names with their country.
 */
import type { Estimator } from '../../core/types';
import { t } from '../i18n';
import { normalizeLocale } from './locale';

/**
 * The country or region name for an ISO 3166-1 alpha-2 code in `locale` ("South Korea" for KR); null for
 * organisation codes (NATO, UN, MSMT, INT) and unknown codes.
 */
export function formatCountry(code: string, locale: string): string | null {
  if (!/^[A-Z]{2}$/.test(code) || code === 'UN' || code === 'EU') return null;
  try {
    const name = new Intl.DisplayNames([normalizeLocale(locale)], { type: 'region', fallback: 'none' }).of(
      code,
    );
    return name ?? null;
  } catch {
    return null;
  }
}

/**
 * "NIS (South Korea)": the short name with the country, unless the country is an organisation or the name
 * already says it ("North Korea (KCNA)").
 */
export function formatEstimatorName(estimator: Estimator, locale: string): string {
  const country = formatCountry(estimator.country, locale);
  if (!country || estimator.short.toLowerCase().includes(country.toLowerCase())) return estimator.short;
  return t('estimatorWithCountry', [estimator.short, country]);
}
