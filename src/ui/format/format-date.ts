/**
 * Dataset dates (YYYY-MM-DD or YYYY-MM) in the reader's locale.
 */
import { normalizeLocale } from './locale';

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** The parts of an ISO date, or null when the text is not YYYY-MM-DD or YYYY-MM. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number | null } | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  return { year, month, day };
}

/**
 * "Jan 13, 2025" / "13 січ. 2025 р." / "2025년 1월 13일" for 2025-01-13, and "Jan 2025" for 2025-01.
 * Anything that is not an ISO date is returned unchanged, so a bad value stays visible.
 */
export function formatDate(iso: string, locale: string): string {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    parts.day === null
      ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
      : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(normalizeLocale(locale), options).format(date);
}
