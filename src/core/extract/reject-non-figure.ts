/**
 * Numbers that are never figures: dates, years, times, ages, durations, calibres and other measures, model
 * names (KN-23, M1989, S-400), ordinals (11th, 2-й, 3차), money, resolution and article numbers.
 */
import type { NumberToken } from '../numbers/scan-numbers.ts';

const L = '\\p{L}*';
// prettier-ignore
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  `січн${L}`, `лют${L}`, `берез${L}`, `квітн${L}`, `травн${L}`, `червн${L}`, `липн${L}`, `серпн${L}`, `вересн${L}`, `жовтн${L}`, `листопад${L}`, `грудн${L}`,
  `январ${L}`, `феврал${L}`, 'марта?', `апрел${L}`, 'мая', `июн${L}`, `июл${L}`, `август${L}`, `сентябр${L}`, `октябр${L}`, `ноябр${L}`, `декабр${L}`,
  'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
].join('|');

// prettier-ignore
const AFTER_UNITS = [
  // calibres and measures
  '-?\\s?(?:mm|мм|㎜|cm|см|km|км|㎞|kg|кг|t|т|m|м|kilomet\\p{L}*|kilo\\p{L}*|miles?|millimet\\p{L}*|міліметр\\p{L}*|миллиметр\\p{L}*|калібр\\p{L}*|калибр\\p{L}*|caliber|calibre|밀리\\p{L}*|구경|킬로\\p{L}*|톤)(?![\\p{Script=Latin}\\p{Script=Cyrillic}])',
  // durations, ages, times
  `-?\\s?(?:years?|yrs?|year-olds?|days?|weeks?|months?|hours?|minutes?|mins?|seconds?|secs?|decades?|times|fold|km/h|a\\.m\\.|p\\.m\\.|am|pm|percentage\\s+points|votes?|articles?|sites?|countries|nations|states|regions|provinces|brigades|sides)(?![\\p{L}])`,
  // fractions and very large money-like scales
  `-?\\s?(?:thirds?|quarters?|fifths?|halves|третин${L}|трет[иья]|четверт${L}|drittel|viertel|hälfte)(?![\\p{L}])`,
  `\\s?(?:trillion|billion|bn|трлн|млрд|mrd|billionen|milliarden|조)`,
  `\\s?(?:рок${L}|рік|років|дн${L}|день|тижн${L}|тиждень|місяц${L}|годин${L}|хвилин${L}|лет|год${L}|недел${L}|месяц${L}|час${L}|минут${L}|раз${L}|разів)(?![\\p{L}])`,
  `\\s?(?:jahr${L}|tag${L}|woche${L}|monat${L}|stunde${L}|minute${L}|mal)(?![\\p{L}])`,
  '\\s?(?:년|월|일|시|분|초|세|살|개월|주년|주일|주간|차|번째|위|호|회|배|시간|대\\s?(?:초반|중반|후반)|개국|곳)',
  // ordinals
  '(?:st|nd|rd|th)(?![\\p{L}])', '-?(?:й|я|ий|ій|го|му|ї|ої|ого|ому|те|та|ти|е|ю|ым|им)(?![\\p{L}])',
  // money
  `\\s?(?:dollars?|usd|us\\$|\\$|€|euros?|won|долар${L}|доллар${L}|гривень|гривні|гривня|грн|рубл${L}|руб|євро|евро|dollar|euro|달러|원|억\\s?원|만\\s?원)(?![\\p{Script=Latin}\\p{Script=Cyrillic}])`,
  // times, fractions, model suffixes
  '[:/]\\d', '-?\\p{Lu}\\d', '\\.\\d+\\.', '\\s?(?:billion|bn|млрд|mrd)\\s+(?:dollars|usd|\\$|доларів|долларов|dollar)',
].join('|');

const AFTER_RE = new RegExp(`^(?:${AFTER_UNITS})`, 'iu');
const BEFORE_RE = new RegExp(
  [
    '[$€£₴₽¥]\\s?$',
    'us\\$\\s?$',
    '(?:no\\.|nr\\.|№|#|§)\\s?$',
    '\\d[:/]$',
    '\\p{L}\\s?[-‑]$',
    '\\p{L}\\d*[-‑]?$',
    `(?<![\\p{L}])(?:resolution|article|section|paragraph|clause|page|route|резолюц${L}|стат${L}|пункт${L}|artikel|absatz|ziffer|결의\\s?)\\s*$`,
    `(?<![\\p{L}])(?:${MONTHS})\\.?\\s+$`,
  ].join('|'),
  'iu',
);
const MONTH_AFTER_RE = new RegExp(`^\\.?\\s+(?:${MONTHS})(?![\\p{L}])`, 'iu');
const YEAR_TAIL_RE = /^\s*(?:р\.|г\.|рок\p{L}*|год\p{L}*|року|года|jahr\p{L}*|년)/iu;

/** True when the token is a date, measure, model name, ordinal, money amount or reference number. */
export function isNonFigure(text: string, token: NumberToken): boolean {
  const before = text.slice(Math.max(0, token.start - 24), token.start);
  const after = text.slice(token.end, token.end + 24);
  if (BEFORE_RE.test(before)) return true;
  if (token.vague) return false;
  if (AFTER_RE.test(after) || MONTH_AFTER_RE.test(after) || YEAR_TAIL_RE.test(after)) return true;
  return false;
}

/** True for 1900–2100 (and ranges within it): bare four-digit years, unless a count noun follows (caller). */
export function isYearLike(token: NumberToken): boolean {
  const v = token.value ?? token.high ?? 0;
  const low = token.low ?? v;
  return v >= 1900 && v <= 2100 && low >= 1900;
}

const PERCENT_RE =
  /^[\s\u00a0]?(?:%|％|per[\s-]?cent(?![\p{L}])|percent(?![\p{L}])|відсот\p{L}*|процент\p{L}*|prozent(?![\p{L}])|퍼센트|프로(?![\p{L}]))/iu;

/**
 * Length of a percent sign or word right after a number ("40%", "40 per cent", "40 відсотків").
 * @returns 0 when no percent marker follows.
 */
export function matchPercent(text: string, end: number): number {
  const m = PERCENT_RE.exec(text.slice(end, end + 16));
  return m ? m[0].length : 0;
}
