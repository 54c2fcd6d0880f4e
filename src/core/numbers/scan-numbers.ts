/**
 * Finds numeric expressions in text: digits (any grouping, decimals, multipliers), number words, Korean mixed
 * numerals, vague amounts ("hundreds", "кілька тисяч", "수천") and ranges joined by a dash, "to", "до", "bis",
 * "~" or "between … and". One combined regex per language, compiled once.
 */
import { buildCueRegex, matchCueAt } from '../lang/build-cue-regex.ts';
import type { CueEntry, CueRegex } from '../lang/build-cue-regex.ts';
import { lowerSameLength } from '../lang/lower-text.ts';
import { firstWordStart, nextWordStart } from '../lang/word-starts.ts';
import type { Lang } from '../types.ts';
import { CHANGE_STEMS } from './change-stems.ts';
import { MULTIPLIER_SOURCE, findMultiplier } from './multipliers.ts';
import {
  ADDITIVE_WORDS,
  GERMAN_MORPHEMES,
  HUNDRED_WORDS,
  SCALE_WORDS,
  WEAK_WORDS,
  normalizeWord,
} from './number-words.ts';
import { parseNumber } from './parse-number.ts';

/** One numeric expression found in text. */
export interface NumberToken {
  start: number;
  end: number;
  /** Exact value; null for ranges and vague amounts. */
  value: number | null;
  low: number | null;
  high: number | null;
  vague: boolean;
  /** Digits only, no separator and no multiplier ("2024", "170"): candidates for years, calibres, models. */
  plain: boolean;
  /** Written with digits (as opposed to words). */
  digits: boolean;
}

interface Single {
  start: number;
  end: number;
  value: number;
  /** Multiplier written with the number (1000 for "4 тисячі"); 1 when none. */
  factor: number;
  plain: boolean;
  digits: boolean;
}

const SP = '[\\s\\u00a0\\u202f\\u2009]';
// (after a model's letters and hyphen, "KN-23 148" is a model and a count: digits joined by a space go apart)
const DIGITS = `(?<![A-Za-zÀ-ɏЀ-ӿ][-‑])\\d{1,3}(?:[,.\\u00a0\\u202f\\u2009 '’]\\d{3})+(?!\\d|[-\\s]?(?:мм|mm|㎜|см|cm|км|km))|\\d{1,3}(?:[,.'’]\\d{3})+(?!\\d|[-\\s]?(?:мм|mm|㎜|см|cm|км|km))|\\d+(?:[.,]\\d+)?(?![.,]?\\d)`;
const MULT = `(?:${SP}?-?${SP}?(?:${MULTIPLIER_SOURCE})(?![A-Za-zÀ-ɏЀ-ӿ가-힣]))`;
const KO_UNIT = `\\d+(?:[.,]\\d+)*${SP}?[억만천백]`;
const KO_NUM = `${KO_UNIT}(?:\\d+(?:,\\d{3})*(?:${SP}?[억만천백])?|${SP}${KO_UNIT}|[억만])*(?:(?<=[억만])${SP}(?:\\d,\\d{3}|\\d{1,4})(?![\\d,.])(?!${SP}?[년월일시분초세살호]))?`;
// spoken 11,000 is "만 천": groups may stand apart
const KO_WORDS = `(?:(?:[일이삼사오육칠팔구]?[십백천만](?:${SP}?[일이삼사오육칠팔구]?[십백천만억]){0,4}|두|세|네|다섯|여섯|일곱|여덟|아홉|열)(?=${SP}?(?:명|여|문|발|개|병사|포로|장병|군인|청년|북한${SP}?(?:병사|군인|포로|장병)))|한(?=${SP}?명))`;

// prettier-ignore
const VAGUE: Readonly<Record<Lang, string>> = {
  en: '(?:(?:several|a\\s+few|a\\s+couple(?:\\s+of)?|many|a\\s+number\\s+of)\\s+(?:hundred|thousand|dozen|million)s?|(?:tens|hundreds)\\s+of\\s+(?:thousands|millions)|millions|hundreds|thousands|dozens|several|a\\s+few)',
  uk: '(?:(?:кілька|кількох|декілька|декількох)\\s+сотень\\s+тисяч(?![а-яіїєґ])|(?:кілька|кількох|декілька|декількох|десятки|десятків)\\s+мільйон(?:ів|и)(?![а-яіїєґ])|(?:пара|пару|пари)\\s+(?:сотень|тисяч)(?![а-яіїєґ])|(?:кілька|кількох|декілька|декількох|десятки|десятків|кількадесят|сотні|сотень)\\s+(?:сотень|тисяч)|кількасот|кількох\\s+сотень|десятки|десятків|сотні|сотень|тисячі|тисячах|тисячами|тисяч(?![а-яіїєґ])|мільйони|мільйонів|мільйонах|мільйонами|кількох|кілька|декілька)',
  ru: '(?:(?:несколько|нескольких)\\s+сотен\\s+тысяч(?![а-яё])|(?:несколько|нескольких|десятки|десятков)\\s+миллион(?:ов|а)(?![а-яё])|(?:пара|пару|пары)\\s+(?:сотен|тысяч)(?![а-яё])|(?:несколько|нескольких|десятки|десятков|сотни|сотен|сотнях|сотнями)\\s+(?:сотен|тысяч|сотнях|тысячах|сотнями|тысячами)|несколько\\s+сотен|десятки|десятков|сотни|сотен|тысячи|тысячах|тысячами|тысяч(?![а-яё])|миллионы|миллионов|миллионах|миллионами|нескольких|несколько)',
  de: '(?:(?:mehrere|mehreren|einige|einigen|ein\\s+paar|viele|vielen|etliche|etlichen)\\s+(?:hundert|tausend|dutzend)|zehntausende|hunderttausende|hunderte|tausende|millionen|dutzende|mehrere|einige)',
  ko: '(?:수(?:십|백|천|만)(?:\\s?(?:만|천))?)',
};

function escapeWord(w: string): string {
  return w.replace(/'/g, "['’ʼ`]").replace(/\./g, '\\.');
}

type ScanKind = 'vague' | 'ko' | 'dig' | 'words' | 'half' | 'fused';

/** Per language: one more number word after a joiner ("twenty[-five]", "three [hundred]"), sticky. */
const NEXT_WORD = new Map<Lang, RegExp>();

/** Value of one additive number word (units, tens, fused hundreds); undefined for scales and others. */
function additiveValue(word: string, lang: Lang): number | undefined {
  const table = lang === 'ko' ? ADDITIVE_WORDS.en : ADDITIVE_WORDS[lang];
  return table[normalizeWord(word)];
}

/**
 * True when "A-B" joins two words of the same order ("двух-трех", "two-three"): that is a range, not a
 * compound such as "twenty-five".
 */
function isWordRange(prev: string, next: string, lang: Lang): boolean {
  const a = additiveValue(prev, lang);
  const b = additiveValue(next, lang);
  if (a === undefined || b === undefined || a >= b) return false;
  return Math.floor(Math.log10(a)) === Math.floor(Math.log10(b));
}

/** "and a half" inside a run of number words, before its scale word (see extendWords). */
const HALF = new RegExp(`${SP}+(?:з|із|с|and${SP}+a)${SP}+(?:половиною|половиной|half)(?=${SP})`, 'y');

/** End of a run of number words that starts with a word ending at `end`. */
function extendWords(text: string, lang: Lang, start: number, end: number): number {
  const next = NEXT_WORD.get(lang);
  if (!next) return end;
  let at = end;
  for (;;) {
    // "двох з половиною тисяч", "двух с половиной тысяч", "two and a half thousand"
    HALF.lastIndex = at;
    const half = HALF.exec(text);
    if (half) at += half[0].length;
    next.lastIndex = at;
    const m = next.exec(text);
    if (!m || m[0].length === 0) return half ? at - half[0].length : at;
    if (m[0].trimStart().startsWith('-')) {
      const prev = /[^\s-]+$/.exec(text.slice(start, at))?.[0] ?? '';
      const word = m[0].replace(/^[\s-]+/, '');
      if (isWordRange(prev, word, lang)) return at;
    } else if (/^[\s\u00a0]+and[\s\u00a0]/.test(m[0])) {
      // ("and" joins a number's words only after a hundred or a scale: "a hundred and one", not "between four
      // and six million", which is two numbers)
      const prev = /[^\s-]+$/.exec(text.slice(start, at))?.[0] ?? '';
      if (additiveValue(prev, lang) !== undefined) return at;
    }
    at += m[0].length;
  }
}

/** The decimal point said as a word between two runs of number words ("two point eight million"), sticky. */
const DECIMAL_WORD = new RegExp(`${SP}+(?:point|komma|кома|запятая)${SP}+`, 'y');

/**
 * A decimal said in words, "two point eight million", "zwei Komma acht Millionen", "дві кома п'ять мільйона":
 * the words after the point are its digits, and a scale word must close them (a decimal without one is no
 * count of people or things).
 * @param intEnd where the run of number words before the point ends
 * @returns the whole expression as a Single; null when the text there is not such a decimal.
 */
function readWordDecimal(text: string, lang: Lang, start: number, intEnd: number): Single | null {
  DECIMAL_WORD.lastIndex = intEnd;
  const point = DECIMAL_WORD.exec(text);
  if (!point) return null;
  const fracStart = intEnd + point[0].length;
  const first = matchCueAt(SCANNERS[lang], text, fracStart);
  if (!first || first.kind !== 'words') return null;
  const end = extendWords(text, lang, fracStart, first.end);
  const whole = parseNumber(text.slice(start, intEnd), lang);
  const frac = text.slice(fracStart, end);
  const scaled = parseNumber(frac, lang);
  const scale = trailingFactor(frac);
  if (whole === null || scaled === null || whole >= 1000 || scale < 1000 || scaled % scale !== 0) return null;
  const digits = scaled / scale;
  if (digits < 1 || digits >= 1000) return null;
  const value = Math.round((whole + digits / 10 ** String(digits).length) * scale);
  return { start, end, value, factor: scale, plain: false, digits: false };
}

/** Scanner entries for number words, one per leading letter so each bucket's first word list stays short. */
function wordEntries(lang: Lang): Array<CueEntry<ScanKind>> {
  const additive = lang === 'ko' ? ADDITIVE_WORDS.en : ADDITIVE_WORDS[lang];
  const scales = Object.keys(SCALE_WORDS).filter((w) => w !== 'dozen' || lang === 'en');
  const strong = [...Object.keys(additive), ...scales, ...HUNDRED_WORDS]
    .filter((w) => !WEAK_WORDS.has(w))
    .sort((a, b) => b.length - a.length);
  const weak = [...Object.keys(additive)].filter((w) => WEAK_WORDS.has(w) && w !== 'und');
  const lone = ['one', 'один', 'одна', 'одного', 'одну'].filter((w) => w in additive);
  const scaleAhead = `(?=${SP}*-?(?:${[...scales, ...HUNDRED_WORDS].map(escapeWord).join('|')}))`;
  const german = lang === 'de' ? `(?:${GERMAN_MORPHEMES.join('|')}){2,}|` : '';
  const end = `(?![A-Za-zÀ-ɏЀ-ӿ가-힣'’])`;
  const word = `(?:${german}${strong.map(escapeWord).join('|')}|(?:${weak.map(escapeWord).join('|')})${scaleAhead}${lone.length ? `|${lone.map(escapeWord).join('|')}` : ''})${end}`;
  const joiner = `(?:${SP}+(?:and${SP}+)?|${SP}*-${SP}*)`;
  NEXT_WORD.set(lang, new RegExp(`${joiner}${word}`, 'y'));
  const out: Array<CueEntry<ScanKind>> = [];
  if (german) out.push({ source: `(?:${GERMAN_MORPHEMES.join('|')}){2,}${end}`, kind: 'words' });
  const firsts = new Set([...strong, ...weak, ...lone].map((w) => w.charAt(0)));
  for (const c of firsts) {
    const alts = [
      ...strong.filter((w) => w.startsWith(c)).map(escapeWord),
      ...weak.filter((w) => w.startsWith(c)).map((w) => `${escapeWord(w)}${scaleAhead}`),
      ...lone.filter((w) => w.startsWith(c)).map(escapeWord),
    ];
    out.push({ source: `(?:${alts.join('|')})${end}`, kind: 'words' });
  }
  return out;
}

/**
 * The stems of a Russian or Ukrainian number fused with "thousand" into an adjective ("трёхтысячный контингент",
 * "шеститисячного угруповання": of three, six thousand), and their values in thousands.
 */
const FUSED_THOUSAND_STEMS: Readonly<Partial<Record<Lang, Readonly<Record<string, number>>>>> = {
  ru: {
    двух: 2, трёх: 3, трех: 3, четырёх: 4, четырех: 4, пяти: 5, шести: 6, семи: 7, восьми: 8, девяти: 9,
    десяти: 10, одиннадцати: 11, двенадцати: 12, тринадцати: 13, четырнадцати: 14, пятнадцати: 15,
    двадцати: 20, тридцати: 30, сорока: 40, пятидесяти: 50,
  },
  uk: {
    двох: 2, трьох: 3, чотирьох: 4, "п'яти": 5, шести: 6, семи: 7, восьми: 8, "дев'яти": 9, десяти: 10,
    одинадцяти: 11, дванадцяти: 12, тринадцяти: 13, чотирнадцяти: 14, "п'ятнадцяти": 15, двадцяти: 20,
    тридцяти: 30, сорока: 40, "п'ятдесяти": 50,
  },
}; // prettier-ignore

/** The fused adjectives' scanner entries, one per stem (entries are bucketed by their first letter). */
function fusedEntries(lang: Lang): Array<{ source: string; kind: ScanKind }> {
  const stems = FUSED_THOUSAND_STEMS[lang];
  if (!stems) return [];
  const thousand = lang === 'ru' ? 'тысячн[а-яё]*' : 'тисячн[а-яіїєґ]*';
  return Object.keys(stems).map((stem) => ({ source: `${escapeWord(stem)}${thousand}`, kind: 'fused' }));
}

/** Value of a fused adjective of thousands ("трёхтысячным": 3,000); null when its stem is not one of ours. */
function readFused(raw: string, lang: Lang): number | null {
  const stem = normalizeWord(raw).replace(/т[иы]сячн.*$/, '');
  const thousands = FUSED_THOUSAND_STEMS[lang]?.[stem];
  return thousands === undefined ? null : thousands * 1000;
}

function buildScanner(lang: Lang): CueRegex<ScanKind> {
  return buildCueRegex<ScanKind>([
    { source: `(?:${VAGUE[lang]})(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`, kind: 'vague' },
    // half a scale: "half a million", "eine halbe Million", "півмільйона", "полтысячи"
    // (one entry per first letter: the scanner buckets entries by it)
    { source: `half${SP}+a${SP}+(?:million|thousand)(?![a-z])`, kind: 'half' },
    { source: `(?:eine${SP}+)?halbe${SP}+million(?![a-z])`, kind: 'half' },
    {
      source: `(?:пів|пол)[${SP.slice(1, -1)}-]?(?:мільйона|миллиона|тисячі|тысячи)(?![а-яіїєґё])`,
      kind: 'half',
    },
    // "50여만 발" (some 500,000): 여 between the digits and their scale
    { source: `\\d+여${SP}?[만천](?![가-힣])|\\d+여${SP}?만(?=${SP}?(?:발|명|개|문|기|t|톤))`, kind: 'ko' },
    { source: KO_NUM, kind: 'ko' },
    { source: KO_WORDS, kind: 'ko' },
    // "2.8m shells", "12m rounds", "3.5m North Korean shells", "3m 152mm shells" (British style): an "m" joined to
    // the digits and a plural noun after it is million; "a 10m wall", "200m away" are metres
    {
      source: `\\d+(?:\\.\\d+)?m(?=${SP}+(?:(?:north${SP}+)?korean${SP}+|artillery${SP}+(?:and${SP}+rocket${SP}+)?|rocket${SP}+|mortar${SP}+|\\d{2,3}${SP}?mm${SP}+){0,2}(?!metres|meters|miles|minutes|months|seconds)[a-z]{3,}s(?![a-z]))`,
      kind: 'dig',
    },
    // ("more than 12m in the DIA's estimate", "up to 9m.", "More than 10m — artillery shells", "between 4m and
    // 6m"): after a hedge, an "m" that ends the number is million too, unless a word of distance follows ("about
    // 10m away")
    {
      source: `(?<=(?:more${SP}+than|over|up${SP}+to|nearly|almost|about|around|some|roughly|between)${SP}+)\\d+(?:\\.\\d+)?m(?=${SP}*[,.;:)]|${SP}+[—–]${SP}|${SP}+(?:in|by|of|from|to|according|since|last|this|and|or)${SP})(?!${SP}+(?:from|to)${SP}+(?:the${SP}+)?(?:ground|front|border|line|road))`,
      kind: 'dig',
    },
    // "11К", "3к+", "14К": thousands as posts write them, the Cyrillic letter joined to the digits
    { source: `\\d{1,3}(?:[.,]\\d)?к(?![а-яёіїєґa-z\\d])`, kind: 'dig' },
    { source: `(?:${DIGITS})${MULT}?`, kind: 'dig' },
    ...fusedEntries(lang),
    ...wordEntries(lang),
  ]);
}

const SCANNERS: Readonly<Record<Lang, CueRegex<ScanKind>>> = {
  en: buildScanner('en'),
  uk: buildScanner('uk'),
  ru: buildScanner('ru'),
  de: buildScanner('de'),
  ko: buildScanner('ko'),
};

const RANGE_DASH = /^[\s\u00a0\u202f\u2009]*[-–—~∼][\s\u00a0\u202f\u2009]*$/;
/** "to", "bis" …; the first number may end in a German suspended hyphen ("zwei- bis dreitausend"). */
const RANGE_WORD = /^-?[\s\u00a0]+(?:to|bis|до|and|und|і|й|и|та)[\s\u00a0]+$/;
/** Between the words of a spoken range: a comma, after a German suspended hyphen or not ("elf-, zwölftausend"). */
const SPOKEN_RANGE_GAP = /^-?,[\s\u00a0]+$/;
const RANGE_AND = /^[\s\u00a0]+(?:and|und|і|й|и|та)[\s\u00a0]+$/;
const BETWEEN_BEFORE = /(?:between|zwischen|між|между)[\s\u00a0]+$/;
/** "raised its estimate from 3,000 to 10,000" is a change between two figures, not a range. */
const CHANGE_BEFORE = new RegExp(
  `(?:(?:${CHANGE_STEMS})\\S*|(?<![a-z])(?:went|gone|goes|moved|shifted))\\s+(?:\\S+\\s+){0,5}(?:from|з|із|від|с|со|от|von)[\\s\\u00a0]+$`,
);
/** "from 300 to 600, then to 2,000": a change that goes on, not a range. */
const THEN_TO_AFTER =
  /^,?[\s\u00a0]+(?:and[\s\u00a0]+)?(?:then|dann|später|потім|затем|потом|а[\s\u00a0]+потом)[\s\u00a0]+(?:to|auf|до|на)[\s\u00a0]/;

function trailingFactor(raw: string): number {
  const m = /([A-Za-zÀ-ɏЀ-ӿ가-힣.]+)$/.exec(raw);
  if (!m?.[1]) return 1;
  return findMultiplier(m[1]) ?? SCALE_WORDS[normalizeWord(m[1])] ?? (/[만]/.test(raw) ? 1e4 : 1);
}

/** Reads one scanner match into a Single; null when its words make no number. */
function readSingle(raw: string, start: number, kind: ScanKind, lang: Lang): Single | null {
  const value = parseNumber(
    kind === 'ko' ? raw.replace(/(\d)여(?=[\s\u00a0\u202f\u2009]?[만천])/, '$1') : raw,
    lang,
  );
  if (value === null) return null;
  const isDigits = kind === 'dig';
  return {
    start,
    end: start + raw.length,
    value,
    factor: kind === 'ko' ? (/[만억]/.test(raw) ? 1e4 : 1000) : trailingFactor(raw),
    plain: isDigits && /^\d+$/.test(raw),
    digits: isDigits || /\d/.test(raw),
  };
}

/** "тисячі три": the numeral after the scale, times the scale (INVERTED_APPROX); null when either is unread. */
function readInverted(raw: string, start: number, scaleLength: number, lang: Lang): Single | null {
  const scale = SCALE_WORDS[normalizeWord(raw.slice(0, scaleLength))];
  const n = parseNumber(raw.slice(scaleLength).trim(), lang);
  if (scale === undefined || n === null) return null;
  return { start, end: start + raw.length, value: n * scale, factor: scale, plain: false, digits: false };
}

/** Lower bound of "11 to 12,000" or "30-40 тисяч": the upper bound's scale carries over to a bare lower bound. */
function scaleLow(a: Single, b: Single): number {
  if (a.factor !== 1 || a.value >= b.value) return a.value;
  const implicit = b.factor !== 1 ? b.factor : b.value >= 1000 ? 1000 : 1;
  const scaled = a.value * implicit;
  return implicit > 1 && scaled <= b.value && scaled * 10 > b.value ? scaled : a.value;
}

/**
 * "выросло с 11 до 12 тысяч", "rose from 11 to 12 thousand": the old value of a change, bare, takes the new
 * value's scale when that puts the two within a factor of ten of each other.
 * @returns the old value, scaled or as written; null when the two numbers are no change "from A to B".
 */
function readChangeFrom(text: string, a: Single, b: Single): number | null {
  const gap = text.slice(a.end, b.start);
  if (gap.length > 7 || !RANGE_WORD.test(gap) || RANGE_AND.test(gap)) return null;
  if (!CHANGE_BEFORE.test(text.slice(Math.max(0, a.start - 80), a.start))) return null;
  if (a.factor !== 1 || b.factor === 1 || a.value >= 1000) return a.value;
  const scaled = a.value * b.factor;
  return scaled * 10 > b.value && scaled < b.value * 10 ? scaled : a.value;
}

/** A year closing a written date: "13.01.2025", "15 Jun 2025", "23 грудня 2024". */
const DATE_BEFORE_YEAR = /(?:\d{1,2}[./]\d{1,2}[./]|\d{1,2}\.?[\s\u00a0]+\p{L}{3,}\.?[\s\u00a0]+)$/u;

function endsDate(text: string, a: Single): boolean {
  // (the scanner may read a date's month and year as one number: "01.2025" of "13.01.2025")
  if (a.end - a.start < 4 || !/(?:19|20)\d\d$/.test(text.slice(a.end - 4, a.end))) return false;
  return DATE_BEFORE_YEAR.test(text.slice(Math.max(0, a.end - 20), a.end - 4));
}

/** True when the text between two numbers joins them into a range. */
function joinsRange(text: string, a: Single, b: Single): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap.length > 7) return false;
  // (a word and digits across a spaced dash are two clauses: "лише двох — 9 січня"; so are a date's year and a
  // number: "NIS – 13.01.2025 – 3800", "UK MoD – 15 Jun 2025 – 6,000+")
  if (RANGE_DASH.test(gap))
    return (a.digits === b.digits && !(/\s/.test(gap) && endsDate(text, a))) || !/\s/.test(gap);
  // (a spoken range of number words, the first without its scale: "elf-, zwölftausend", "eleven, twelve thousand";
  // not "the twelve, three thousand of them")
  if (SPOKEN_RANGE_GAP.test(gap)) {
    const scale = b.factor > 1 ? b.factor : b.value >= 1000 ? 1000 : 1;
    return !a.digits && !b.digits && a.factor === 1 && scale > 1 && a.value < b.value / scale;
  }
  if (!RANGE_WORD.test(gap)) return false;
  if (RANGE_AND.test(gap)) return BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start));
  return (
    !CHANGE_BEFORE.test(text.slice(Math.max(0, a.start - 80), a.start)) &&
    !THEN_TO_AFTER.test(text.slice(b.end, b.end + 24))
  );
}

function toToken(s: Single, value = s.value): NumberToken {
  return {
    start: s.start,
    end: s.end,
    value,
    low: null,
    high: null,
    vague: false,
    plain: s.plain,
    digits: s.digits,
  };
}

/**
 * Russian and Ukrainian put the scale first to say "roughly": "тисячі три" (some three thousand), "тысяч пять".
 * The numeral after the scale is in the nominative; a genitive one is a compound ("тысячи двухсот", 1,200).
 * Matches the whole lower-cased token text.
 */
export const INVERTED_APPROX =
  /^(?:тисячі|тисяч|тысячи|тысяч)[\s\u00a0]+(?:два|дві|две|три|чотири|четыре|п['’ʼ]ять|пять|шість|шесть|сім|семь|вісім|восемь|дев['’ʼ]ять|девять|десять|[а-яії'’ʼ]+надцять|[а-я]+надцать|двадцять|двадцать|тридцять|тридцать|сорок|п['’ʼ]ятдесят|пятьдесят)$/;

/**
 * Scans text[from, to) for numeric expressions.
 * @param lowered pass true when text is already lower-cased (lowerSameLength) to skip that step.
 * @returns tokens in text order; an empty array when there are none.
 */
export function scanNumbers(
  input: string,
  lang: Lang,
  from = 0,
  to = input.length,
  lowered = false,
): NumberToken[] {
  const text = lowered ? input : lowerSameLength(input);
  const re = SCANNERS[lang];
  const singles: Array<Single | NumberToken> = [];
  let skip = from;
  for (let at = firstWordStart(text, from, to); at !== -1; at = nextWordStart(text, at, to)) {
    if (at < skip) continue;
    const m = matchCueAt(re, text, at);
    if (!m) continue;
    skip = m.end;
    // "тысячи двухсот" (1,200): a scale word that reads as "thousands" alone, but more number words follow
    if (m.kind === 'vague' && SCALE_WORDS[normalizeWord(text.slice(at, m.end))] !== undefined) {
      const end = extendWords(text, lang, at, m.end);
      const raw = text.slice(at, end);
      const single =
        end <= m.end
          ? null
          : INVERTED_APPROX.test(raw)
            ? readInverted(raw, at, m.end - at, lang)
            : readSingle(raw, at, 'words', lang);
      if (single) {
        skip = end;
        singles.push(single);
        continue;
      }
    }
    if (m.kind === 'fused') {
      const value = readFused(text.slice(at, m.end), lang);
      if (value !== null)
        singles.push({ start: at, end: m.end, value, factor: 1000, plain: false, digits: false });
      skip = m.end;
      continue;
    }
    if (m.kind === 'half') {
      const scale = /мил|міл|mill/.test(text.slice(at, m.end)) ? 1e6 : 1e3;
      singles.push({ start: at, end: m.end, value: scale / 2, factor: scale, plain: false, digits: false });
      continue;
    }
    if (m.kind === 'vague') {
      singles.push({
        start: at,
        end: m.end,
        value: null,
        low: null,
        high: null,
        vague: true,
        plain: false,
        digits: false,
      });
      continue;
    }
    const end = m.kind === 'words' ? extendWords(text, lang, at, m.end) : m.end;
    skip = end;
    const decimal = m.kind === 'words' ? readWordDecimal(text, lang, at, end) : null;
    if (decimal) {
      skip = decimal.end;
      singles.push(decimal);
      continue;
    }
    const single = readSingle(text.slice(at, end), at, m.kind, lang);
    if (single) singles.push(single);
  }
  const out: NumberToken[] = [];
  for (let i = 0; i < singles.length; i++) {
    const a = singles[i];
    if (!a) continue;
    if ('vague' in a) {
      out.push(a);
      continue;
    }
    const b = singles[i + 1];
    if (b && !('vague' in b) && joinsRange(text, a, b)) {
      const low = scaleLow(a, b);
      if (low < b.value) {
        out.push({
          start: a.start,
          end: b.end,
          value: null,
          low,
          high: b.value,
          vague: false,
          plain: a.plain && b.plain,
          digits: a.digits,
        });
        i++;
        continue;
      }
    }
    const from = b && !('vague' in b) ? readChangeFrom(text, a, b) : null;
    out.push(toToken(a, from ?? a.value));
  }
  return out;
}
