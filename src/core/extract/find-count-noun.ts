/**
 * Evidence that a number counts something: the counted noun right after it ("12 000 soldiers", "220 units of
 * howitzers", "3000명"), an elliptical subject ("4 000 have died", "з них 300 загинули"), or a counting verb or
 * preposition before it after a cue ("the death toll rose to 300", "a contingent of 12,000").
 */
import { KOREAN_COUNTERS, NOUN_CUE } from './cues/metric-cues.ts';
import type { NounKind } from './cues/metric-cues.ts';

/** The noun a number counts, with its offsets. */
export interface CountNoun {
  kind: NounKind;
  start: number;
  end: number;
}

const WINDOW = 90;
const MAX_WORDS = 6;
const CLAUSE_STOP = /[,;:!?()[\]–—"“”«»]|\.(?:\s|$)/u;
const CALIBRE = /\d+(?:[.,]\d+)?\s?-?\s?(?:mm|мм|㎜|millimet\p{L}*|міліметр\p{L}*|миллиметр\p{L}*)/giu;
const WORD = /[\p{L}\p{N}'’-]+/gu;
const KOREAN_COUNTER = /^[\s\u00a0]?(명|문|발|개|대|기)(?![가-힣]{2,})/u;

/** End offset of the first `max` words of s (or s.length). */
function cutWords(s: string, max: number): number {
  WORD.lastIndex = 0;
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(s)) !== null) {
    if (++n === max) return m.index + m[0].length;
  }
  return s.length;
}

/**
 * The counted noun in the few words after `from` (stopping at clause punctuation or another number; calibres
 * such as "170-mm" are stepped over).
 * @returns null when no count noun follows.
 */
export function findCountNoun(text: string, from: number, ceiling: number): CountNoun | null {
  const korean = KOREAN_COUNTER.exec(text.slice(from, from + 4));
  if (korean?.[1]) {
    const kind = KOREAN_COUNTERS[korean[1]];
    if (kind) return { kind, start: from + korean[0].length - 1, end: from + korean[0].length };
  }
  let win = text.slice(from, Math.min(ceiling, from + WINDOW));
  const stop = CLAUSE_STOP.exec(win);
  if (stop) win = win.slice(0, stop.index);
  win = win.replace(CALIBRE, (s) => ' '.repeat(s.length));
  const digit = /\d/.exec(win);
  if (digit) win = win.slice(0, digit.index);
  win = win.slice(0, cutWords(win, MAX_WORDS));
  NOUN_CUE.lastIndex = 0;
  const m = NOUN_CUE.exec(win);
  if (!m?.groups) return null;
  const kind = Object.keys(m.groups).find((k) => m.groups?.[k] !== undefined) as NounKind | undefined;
  return kind ? { kind, start: from + m.index, end: from + m.index + m[0].length } : null;
}

// prettier-ignore
const ELLIPTICAL = new RegExp(
  '^[\\s\\u00a0]*(?:' + [
    'have', 'has', 'had', 'were', 'was', 'are', 'is', 'will', 'would', 'could', 'may', 'might', 'remain\\p{L}*',
    'died', 'killed', 'wounded', 'injured', 'captured', 'more', 'others', 'of\\s+(?:them|whom|these|those|the)',
    'in\\s+(?:russia|kursk)', 'to\\s+(?:russia|kursk)', 'who', 'that', 'and\\s+\\d',
    '(?:з|із)\\s+них', 'було', 'були', 'буде', 'загинул\\p{L}*', 'поранен\\p{L}*', 'вбит\\p{L}*', 'потрапил\\p{L}*', 'перебува\\p{L}*', 'прибул\\p{L}*',
    'из\\s+них', 'было', 'были', 'будет', 'погиб\\p{L}*', 'ранен\\p{L}*', 'убит\\p{L}*', 'попал\\p{L}*', 'находя\\p{L}*', 'прибыл\\p{L}*',
    'davon', 'von\\s+ihnen', 'sind', 'seien', 'wurden', 'waren', 'starben', 'getötet', 'verwundet', 'verletzt', 'gefallen', 'in\\s+russland',
    'mehr', 'weitere',
  ].join('|') + ')(?![\\p{L}])',
  'iu',
);

// prettier-ignore
const COUNTING_BEFORE = new RegExp(
  '(?<![\\p{L}])(?:' + [
    'of', 'at', 'to', 'reached', 'reach', 'numbered', 'numbering', 'number', 'totall?ing', 'totall?ed', 'total', 'exceeded', 'is', 'are',
    'was', 'were', 'stood\\s+at', 'stands\\s+at', 'sent', 'deployed', 'dispatched', 'lost', 'about', 'estimated\\s+at', 'put\\s+at', 'by',
    'становить', 'становлять', 'сягає', 'сягнули', 'сягнула', 'досягли', 'досягла', 'склали', 'склала', 'склало', 'налічує', 'відправила',
    'відправив', 'направила', 'втратила', 'втратили', 'перекинула', 'до', 'в', 'у', 'з',
    'составляет', 'составляют', 'составили', 'составила', 'достигли', 'достигла', 'насчитывает', 'отправила', 'отправил', 'направила',
    'потеряла', 'потеряли', 'перебросила',
    'auf', 'von', 'bei', 'beträgt', 'betragen', 'betrug', 'schickte', 'entsandte', 'verlor', 'verloren',
  ].join('|') + ')[\\s\\u00a0]*[:—–-]?[\\s\\u00a0]*$|[:—–][\\s\\u00a0]*$',
  'iu',
);

/** True when the words right after the number make it the subject of a clause ("4 000 have died"). */
export function isElliptical(text: string, tail: number): boolean {
  return ELLIPTICAL.test(text.slice(tail, tail + 32));
}

/** True when the number follows a counting verb or preposition ("rose to", "a contingent of", "втратила"). */
export function followsCountingWord(text: string, start: number, floor: number): boolean {
  return COUNTING_BEFORE.test(text.slice(Math.max(floor, start - 32), start));
}
