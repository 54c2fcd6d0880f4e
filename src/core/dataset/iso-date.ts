/**
 * ISO dates as the dataset writes them: day precision (YYYY-MM-DD) or month precision (YYYY-MM).
 * Comparisons work at the coarser of the two precisions, so "2025-04" neither precedes nor follows "2025-04-30".
 */

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Days in a month of a year (Gregorian). */
function countDaysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Tells whether `text` is a real calendar date written as YYYY-MM-DD or YYYY-MM.
 * @returns false for anything else, including impossible dates such as 2025-02-30.
 */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < 1900 || month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= countDaysInMonth(year, month);
}

/**
 * Compares two ISO dates at the coarser precision of the two.
 * @returns a negative number if `a` is earlier, a positive one if later, 0 if equal at that precision.
 */
export function compareIsoDates(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const left = a.slice(0, length);
  const right = b.slice(0, length);
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

/**
 * Tells whether `date` lies wholly after `today` (a YYYY-MM-DD day).
 * A month-precision date counts as future only if its first day is after `today`.
 * @returns false when `date` is today or earlier, or when either argument is not an ISO date.
 */
export function isAfterDay(date: string, today: string): boolean {
  if (!isIsoDate(date) || !isIsoDate(today)) return false;
  const firstDay = date.length === 7 ? `${date}-01` : date;
  return firstDay > today;
}

/**
 * Today's date in UTC as YYYY-MM-DD.
 * @returns the current day; never empty.
 */
export function getTodayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
