import { CHANGE_STEMS } from '../numbers/change-stems.ts';

/**
 * "from 600 to about 2,000", "von mindestens 600 auf etwa 2000", "с 600 до 2 тысяч", "з 600 до 2000": two
 * numbers of one change, an estimate before and after it. Both count the same thing, so what says one is a
 * figure says it of the other too.
 */

/** Up to two words of a hedge before a number ("about", "как минимум", "mindestens"). */
const HEDGE_WORDS = '(?:[^\\s\\d,.;:()]+[\\s\\u00a0]+){0,2}';

/** A word that opens the old value of a change, before it and its hedge. */
const FROM_BEFORE = new RegExp(`(?:^|[\\s(,])(?:from|von|з|із|від|с|со)[\\s\\u00a0]+${HEDGE_WORDS}$`);

/** A month or season, in any case form ("December", "im Februar", "в декабре", "у грудні", "spring"). */
const MONTH =
  '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|jän|mär|mai|okt|dez|spring|summer|autumn|fall|winter|frühjahr|frühling|sommer|herbst|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|весн|осен|зим|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)[^\\s\\d,.;:()]*';

/**
 * When the old value was given, between it and the new one: "in January last year", "im Februar 2024", "в декабре
 * 2024 года", "у грудні" (a year between is no number of the sentence's: see isNonFigure).
 */
const WHEN = `(?:in|im|by|bis|в|во|у|к)[\\s\\u00a0]+(?:the[\\s\\u00a0]+)?(?:${MONTH}|(?:19|20)\\d\\d)(?:[\\s\\u00a0]+(?:(?:19|20)\\d\\d(?:-?[а-яі]{1,4})?|(?:last|this)[\\s\\u00a0]+year|года|року|г\\.|р\\.))*,?[\\s\\u00a0]+`;

/** "…, then to", "dann auf", "а затем до": a further step of the change. */
const THEN = '(?:(?:then|dann|später|потім|затем|потом)[\\s\\u00a0]+)?';

/** The word that opens the new value, alone between the two numbers but for a time and the second's hedge. */
const TO_BETWEEN = new RegExp(
  `^,?[\\s\\u00a0]+(?:${WHEN})?${THEN}(?:to|auf|до|на)[\\s\\u00a0]+${HEDGE_WORDS}$`,
);

/** An arrow from the old value to the new one: "1만2천→1만5천→다시 1만1천", "3,000 -> 10,000". */
const ARROW_BETWEEN =
  /^[\s\u00a0]*(?:→|->|⇒|➝|➔)[\s\u00a0]*(?:다시[\s\u00a0]*|again[\s\u00a0]+|wieder[\s\u00a0]+|знову[\s\u00a0]+|снова[\s\u00a0]+)?$/;

/** Korean: the old value with 에서, the new one with (으)로: "'1천만'에서 '1천200만'으로", "600명에서 약 2천 명으로". */
const KOREAN_FROM_BETWEEN =
  /^(?:[\s\u00a0]?[명발개문])?['"’”]?에서[\s\u00a0]+['"‘“]?(?:약[\s\u00a0]?|최소[\s\u00a0]?)?$/;
const KOREAN_TO_AFTER =
  /^(?:여)?(?:[\s\u00a0]?[명발개문])?(?:[\s\u00a0]?(?:이상|가량|정도|안팎))?['"’”]?(?:으로|로)(?![서써])/;

/** The same change written the other way round: "to around 2,000, from at least 600". */
const TO_BEFORE = new RegExp(`(?:^|[\\s(,])(?:to|auf)[\\s\\u00a0]+${HEDGE_WORDS}$`);
const FROM_BETWEEN = new RegExp(
  `^,?[\\s\\u00a0]+(?:from|von(?![\\s\\u00a0]+(?:denen|ihnen|diesen)))[\\s\\u00a0]+${HEDGE_WORDS}$`,
);

/**
 * The old value after the new one, named as what the count went up or down from: "around 2,000 …, sharply up
 * from its April estimate of at least 600", "rund 2000 Gefallene, nach zuvor mindestens 600".
 */
const UP_FROM_BETWEEN = new RegExp(
  `^[^.;:!?\\d]{0,80}(?:(?:up|down)[\\s\\u00a0]+from|nach[\\s\\u00a0]+(?:zuvor|bisher))[\\s\\u00a0]+(?:[^\\s\\d,.;:]+[\\s\\u00a0]+){0,6}$`,
);

/**
 * "Not 350 but 2,000", "not 3,000, as Washington first conceded, but about 15,000", "Nicht 300, sondern 2.000", "не
 * 350, а дві тисячі", "не о 300, а о 3000", "600명이 아니라 2천 명": a count set against the count it replaces, both of
 * one thing (a writer's contrast, read as the two ends of a change).
 */
const NOT_BEFORE = new RegExp(
  `(?:^|[\\s(,.:—–])(?:not|nicht|не(?:[\\s\\u00a0]+(?:о|об|про))?)[\\s\\u00a0]+${HEDGE_WORDS}$`,
);
const BUT_BETWEEN = new RegExp(
  `^(?:[\\s\\u00a0]+[^\\s\\d,.;:!?()]+){0,2}(?:,[^.;:!?\\d()]{0,60}?)?,?[\\s\\u00a0]+(?:but|sondern|а(?:[\\s\\u00a0]+(?:о|об|про))?)[\\s\\u00a0]+${HEDGE_WORDS}$`,
);
const KOREAN_NOT_BETWEEN =
  /^(?:[\s\u00a0]?[명발개문])?['"’”]?[이가][\s\u00a0]+아니라[\s\u00a0]+['"‘“]?(?:약[\s\u00a0]?|최소[\s\u00a0]?)?$/;

/** Verbs of a count changing or being revised, whose stems open a change (any tense or person). */
export const CHANGE_VERB = new RegExp(`(?<![a-zа-яіїєґёäöüß])(?:${CHANGE_STEMS})`);

/** Which end of a change a number is, and the index of the other end among the sentence's numbers. */
export interface ChangePartner {
  end: 'from' | 'to';
  other: number;
}

/**
 * Whether the sentence's number `i` is one end of a change written "from A to B".
 * @param starts the starts of the sentence's numbers, in order
 * @param ends their ends, in the same order
 * @returns which end it is and where the other is; null when the number is no end of such a change.
 */
export function findChangePartner(
  text: string,
  i: number,
  starts: readonly number[],
  ends: readonly number[],
): ChangePartner | null {
  if (i < 0) return null;
  if (isChange(text, starts, ends, i, i + 1)) return { end: 'from', other: i + 1 };
  if (i > 0 && isChange(text, starts, ends, i - 1, i)) return { end: 'to', other: i - 1 };
  if (isReversed(text, starts, ends, i, i + 1)) return { end: 'to', other: i + 1 };
  if (i > 0 && isReversed(text, starts, ends, i - 1, i)) return { end: 'from', other: i - 1 };
  return null;
}

/**
 * Every number of the sentence that is the other end of a change with number `i` (a chain "1만2천→1만5천→1만1천"
 * joins a middle number to both neighbours).
 * @returns the indices, in order; an empty array when number `i` is no end of a change.
 */
export function findChangeEnds(
  text: string,
  i: number,
  starts: readonly number[],
  ends: readonly number[],
): number[] {
  const found: number[] = [];
  if (i < 0) return found;
  if (i > 0 && (isChange(text, starts, ends, i - 1, i) || isReversed(text, starts, ends, i - 1, i)))
    found.push(i - 1);
  else if (i > 0 && isContrast(text, starts, ends, i - 1, i)) found.push(i - 1);
  if (isChange(text, starts, ends, i, i + 1) || isReversed(text, starts, ends, i, i + 1)) found.push(i + 1);
  else if (isContrast(text, starts, ends, i, i + 1)) found.push(i + 1);
  return found;
}

/** Matches anything: no word is needed before the first number. */
const ANYTHING = /(?:)/;
/** A year right after the start: "next to one from 2025". */
const YEAR_START = /^(?:19|20)\d\d(?!\d)/;

/** "from A to B": numbers a and b joined by "to" (or its kind), with "from" before a. */
function isChange(
  text: string,
  starts: readonly number[],
  ends: readonly number[],
  a: number,
  b: number,
): boolean {
  return (
    joins(text, starts, ends, a, b, TO_BETWEEN, FROM_BEFORE) ||
    // (a further step of a chain: "from 300 to 600, then to 2,000")
    (a > 0 &&
      joins(text, starts, ends, a, b, TO_BETWEEN, ANYTHING) &&
      joins(text, starts, ends, a - 1, a, TO_BETWEEN, FROM_BEFORE)) ||
    joins(text, starts, ends, a, b, ARROW_BETWEEN, ANYTHING) ||
    (joins(text, starts, ends, a, b, KOREAN_FROM_BETWEEN, ANYTHING) &&
      KOREAN_TO_AFTER.test(text.slice(ends[b] ?? 0, (ends[b] ?? 0) + 12)))
  );
}

/** "not A but B", "nicht A, sondern B", "не A, а B", "A명이 아니라 B명": numbers a and b set against each other. */
function isContrast(
  text: string,
  starts: readonly number[],
  ends: readonly number[],
  a: number,
  b: number,
): boolean {
  return (
    joins(text, starts, ends, a, b, BUT_BETWEEN, NOT_BEFORE) ||
    joins(text, starts, ends, a, b, KOREAN_NOT_BETWEEN, ANYTHING)
  );
}

/** "to B from A", "up from A": b is the change's start; not when b is a year. */
function isReversed(
  text: string,
  starts: readonly number[],
  ends: readonly number[],
  a: number,
  b: number,
): boolean {
  return (
    (joins(text, starts, ends, a, b, FROM_BETWEEN, TO_BEFORE) ||
      joins(text, starts, ends, a, b, UP_FROM_BETWEEN, ANYTHING)) &&
    !YEAR_START.test(text.slice(starts[b] ?? 0, (starts[b] ?? 0) + 5))
  );
}

/** Whether numbers a and b are joined by `between`, with `before` right before a. */
function joins(
  text: string,
  starts: readonly number[],
  ends: readonly number[],
  a: number,
  b: number,
  between: RegExp,
  before: RegExp,
): boolean {
  const aStart = starts[a];
  const aEnd = ends[a];
  const bStart = starts[b];
  return (
    aStart !== undefined &&
    aEnd !== undefined &&
    bStart !== undefined &&
    between.test(text.slice(aEnd, bStart)) &&
    before.test(text.slice(Math.max(0, aStart - 32), aStart))
  );
}
