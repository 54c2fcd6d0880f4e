/**
 * Date plausibility of a claim for a text: a page cannot quote a claim made after it was published, and
 * dates named in the text ("on October 24, 2024") point at claims made then.
 */

const DAYS = new Map<string, number>();

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD or YYYY-MM, taken as the 1st); NaN when unparseable. */
export function toDay(iso: string): number {
  const known = DAYS.get(iso);
  if (known !== undefined) return known;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  const day = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? '1')) / 86_400_000 : NaN;
  if (DAYS.size < 10_000) DAYS.set(iso, day);
  return day;
}

/** Whether the ISO date has a day (YYYY-MM-DD) rather than only a month. */
function hasDay(iso: string): boolean {
  return iso.length >= 10;
}

/** Last day covered by an ISO date: the day itself, or the month's last day for YYYY-MM. */
export function lastDayOf(iso: string): number {
  if (hasDay(iso)) return toDay(iso);
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]), 0) / 86_400_000;
}

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'січ', 'январ', 'januar', 'jänner'],
  ['february', 'feb', 'лют', 'феврал', 'februar'],
  ['march', 'mar', 'берез', 'март', 'märz'],
  ['april', 'apr', 'квіт', 'апрел', 'april'],
  ['may', 'трав', 'ма[яй]', 'mai'],
  ['june', 'jun', 'черв', 'июн', 'juni'],
  ['july', 'jul', 'лип', 'июл', 'juli'],
  ['august', 'aug', 'серп', 'август'],
  ['september', 'sep', 'sept', 'верес', 'сентябр'],
  ['october', 'oct', 'жовт', 'октябр', 'oktober', 'okt'],
  ['november', 'nov', 'листопад', 'ноябр'],
  ['december', 'dec', 'груд', 'декабр', 'dezember', 'dez'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const MONTH_ALT = MONTH_NAMES.flat()
  .sort((a, b) => b.length - a.length)
  .join('|');
/** "October 24, 2024", "24 жовтня 2024", "Oktober 2024", "2024-10-24", "2024년 10월". */
const DATE_PATTERNS: RegExp[] = [
  new RegExp(
    `(?<![\\p{L}])(${MONTH_ALT})\\p{L}*\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?((?:19|20)\\d\\d)`,
    'giu',
  ),
  new RegExp(`\\d{1,2}\\.?\\s+(${MONTH_ALT})\\p{L}*\\.?\\s+((?:19|20)\\d\\d)`, 'giu'),
];
const ISO = /((?:19|20)\d\d)-(\d{2})(?:-\d{2})?/g;
const KOREAN = /((?:19|20)\d\d)년\s*(\d{1,2})월/g;

function monthOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (MONTHS[lower] !== undefined) return MONTHS[lower];
  for (const [name, month] of Object.entries(MONTHS)) {
    if (name.includes('[')) {
      if (new RegExp(`^${name}`, 'u').test(lower)) return month;
    } else if (lower.startsWith(name)) return month;
  }
  return undefined;
}

/** Year-months ("2024-10") named in a text with their year; [] when none. */
export function findDateMentions(text: string): string[] {
  if (!/(?:19|20)\d\d/.test(text)) return [];
  const found = new Set<string>();
  const add = (year: string, month: number | undefined) => {
    if (month && month >= 1 && month <= 12) found.add(`${year}-${String(month).padStart(2, '0')}`);
  };
  for (const re of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) add(m[2] ?? '', monthOf(m[1] ?? ''));
  }
  for (const m of text.matchAll(ISO)) add(m[1] ?? '', Number(m[2]));
  for (const m of text.matchAll(KOREAN)) add(m[1] ?? '', Number(m[2]));
  return [...found].sort();
}

/**
 * Scores how plausible it is that a text of `pageDay` quotes a claim stated on `claimIso`:
 * -1 when the claim is later than the page, up to 1 for a claim made shortly before it, 0 when the page
 * date is unknown. Dates named in the text that equal the claim's month add 0.5.
 */
export function scoreDate(claimIso: string, pageDay: number | null, mentions: readonly string[]): number {
  let score = 0;
  if (pageDay !== null && !Number.isNaN(pageDay)) {
    const first = toDay(claimIso);
    if (first > pageDay + 1) return -1;
    const stated = hasDay(claimIso) ? first : first + 14;
    const age = Math.max(0, pageDay - stated);
    score = Math.exp(-age / 150);
  }
  if (mentions.length > 0 && mentions.includes(claimIso.slice(0, 7))) score += 0.5;
  return Math.min(1, score);
}
