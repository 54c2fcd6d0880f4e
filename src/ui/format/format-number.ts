/**
 * Numbers in the reader's locale.
 */
import { normalizeLocale } from './locale';

/**
 * A whole number with the locale's grouping: 11,000 (en), 11 000 (uk, with a no-break space), 11,000 (ko).
 * Fractions are rounded; a non-finite number is returned as "?".
 */
export function formatNumber(n: number, locale: string): string {
  if (!Number.isFinite(n)) return '?';
  return new Intl.NumberFormat(normalizeLocale(locale), { maximumFractionDigits: 0 }).format(n);
}

/** A short axis label: 12K (en), 12 тис. (uk), 1.2만 (ko). */
export function formatCompactNumber(n: number, locale: string): string {
  if (!Number.isFinite(n)) return '?';
  return new Intl.NumberFormat(normalizeLocale(locale), {
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(n);
}

/** A percentage given in percent points: 67 → "67%" ("67 %" in some locales). */
export function formatPercent(n: number, locale: string): string {
  if (!Number.isFinite(n)) return '?';
  return new Intl.NumberFormat(normalizeLocale(locale), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(n / 100);
}
