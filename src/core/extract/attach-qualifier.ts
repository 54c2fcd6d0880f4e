/**
 * Extends a number's span over the hedge words around it and decides its qualifier.
 * Span rule: leading hedges ("more than", "близько", "최소") and range openers ("between", "від") are included;
 * trailing hedges ("or more", "+", "여") are included. For Korean, the counter (명, 문, 발) is included only when
 * a hedge follows it ("3000명 이상"), so the span stays contiguous; otherwise it is left out ("1만1000여").
 */
import { INVERTED_APPROX, type NumberToken } from '../numbers/scan-numbers.ts';
import type { Qualifier } from '../types.ts';
import { execAtWords } from './exec-at-words.ts';
import { PREFIX_QUALIFIER, RANGE_OPENER, SUFFIX_QUALIFIER, VERB_QUALIFIER } from './cues/qualifier-cues.ts';

/** "between", "між", "между", "zwischen": the one range opener that goes with a dash. */
const BETWEEN = /^(?:between|між|между|zwischen)[\s\u00a0]/;

/** Span and qualifier of a figure. */
export interface Hedged {
  start: number;
  end: number;
  qualifier: Qualifier;
  /** Where the noun window begins: after the number and any suffix hedge, before a Korean counter. */
  tail: number;
  /** The qualifier of a leading hedge alone, if any. */
  prefix: Qualifier | null;
  /** The qualifier of a hedging verb before the number ("approaching", "не превышает"), if any. */
  verb: Qualifier | null;
}

const KOREAN_COUNTER = /^[\s\u00a0]?(?:명|문|발|개|척|정|기)/;
const KOREAN_PARTICLE = /^(?:이|가|은|는|을|를|에)/;
/**
 * Korean verbs of exceeding after the counted noun ("6천 명을 넘어섰다", "1천200만 발을 웃도는", "6천 명 '돌파'"):
 * like "passed 6,000", they hedge the number and stay out of its span.
 */
const KOREAN_VERB_MORE =
  /^[\s\u00a0]?['‘"“]?(?:넘어섰|넘어서|넘어선|넘어설|넘었|넘는다|넘긴|넘겨|돌파|웃도|웃돌|웃돈|상회)/;
/** The same for a verb of nearing: "1만1천 명에 육박한다" (the bare noun, "1만1천 명에 육박", is a hedge word). */
const KOREAN_VERB_NEARLY = /^[\s\u00a0]?(?:육박하|육박한|육박했|육박해|육박할)/;
/** German participles of exceeding after the number ("die Marke von 3000 überschritten"), outside the span. */
const GERMAN_VERB_MORE =
  /^[\s\u00a0]+(?:überschritten|übertroffen|überstiegen|überschreiten|übersteigen)(?![a-zäöüß])/;
const AT_LEAST_OR_MORE: ReadonlySet<Qualifier> = new Set(['at_least', 'more_than']);
/** A hedge word that some hedging verbs take as their preposition (see VERB_PREFIXES). */
const VERB_PREPOSITION = /^[\s\u00a0](?:до|к|за)[\s\u00a0]/;

/**
 * "до" right after a verb of change (grew, rose, fell, was raised, revised) and up to three words of its own,
 * or after "с/з/від N": the count's new value; after a verb of pinning ("прикріплював ордени до 101 портрета"), a
 * preposition.
 */
const TO_AFTER_CHANGE =
  /(?:(?<![а-яіїєґё])(?:вырос|выросл|возрос|увеличил|сократил|снизил|уменьшил|повысил|понизил|поднял|пересмотрел|зріс|зросл|збільшил|скоротил|знизил|зменшил|підвищил|понизил|підняла|підняв|переглянул|прикріплю|прикріпи|прикрепля|прикрепи|приколю|приколо|чіпля|чепля|причепи|прицепи)[а-яіїєґё]*(?:[\s\u00a0]+[^\s\d,.;:]+){0,3}|(?<![а-яіїєґё])(?:с|з|від|от)[\s\u00a0]+\d[\d\s\u00a0.,]*(?:[\s\u00a0]+[^\s\d,.;:]+){0,1})[\s\u00a0]+до[\s\u00a0]$/;

function matchedKind(m: RegExpExecArray, kinds: readonly Qualifier[]): Qualifier | null {
  for (const k of kinds) if (m.groups?.[k] !== undefined) return k;
  return null;
}

/**
 * An English verb whose particle is "over" ("handed over 100 howitzers", "is turning over 50 guns"): the "over"
 * after it is not a hedge. "took over" stays a hedge: "took over 100 prisoners" means more than 100.
 */
const OVER_AS_PARTICLE = /\b(?:hand|turn)(?:s|ed|ing)?\s+$/i;

function findPrefix(
  text: string,
  start: number,
  floor: number,
  table = PREFIX_QUALIFIER,
): { start: number; kind: Qualifier } | null {
  const before = text.slice(Math.max(floor, start - 32), start);
  if (!/[\s\u00a0~≈∼><≥≤=]$/.test(before)) return null;
  const m = execAtWords(table.re, before);
  if (!m) return null;
  const kind = matchedKind(m, table.kinds);
  if (!kind) return null;
  const lead = m[0].length - m[0].trimStart().length;
  const at = start - before.length + m.index + lead;
  if (m[0].trim().toLowerCase() === 'over' && OVER_AS_PARTICLE.test(text.slice(Math.max(floor, at - 16), at)))
    return null;
  return { start: at, kind };
}

function findSuffix(text: string, end: number, ceiling: number): { end: number; kind: Qualifier } | null {
  const m = SUFFIX_QUALIFIER.re.exec(text.slice(end, Math.min(ceiling, end + 24)));
  if (!m) return null;
  const kind = matchedKind(m, SUFFIX_QUALIFIER.kinds);
  return kind ? { end: end + m[0].length, kind } : null;
}

/**
 * Hedge words around `token` within [floor, ceiling) (the sentence).
 * @param end where the number ends, after any percent sign.
 * @returns the widened span with its qualifier; 'exact' when there is no hedge.
 */
export function attachQualifier(
  text: string,
  token: NumberToken,
  end: number,
  floor: number,
  ceiling: number,
): Hedged {
  let start = token.start;
  const isRange = token.low !== null;
  if (isRange) {
    const opener = RANGE_OPENER.exec(text.slice(Math.max(floor, start - 16), start));
    // ("половина з 11–12 тисяч", "варіант із 10–20 тис.": a range written with a dash has no "to" for a "from"
    // to open; only "between" belongs to it)
    const dashed = /^[^\s]*\d[\s\u00a0]?[–—-][\s\u00a0]?\d/.test(text.slice(token.start, token.end));
    if (opener && (!dashed || BETWEEN.test(opener[0]))) start -= opener[0].length;
  }
  let prefix = findPrefix(text, start, floor);
  // The verbs are looked for when there is no hedge word, or when the hedge word may be the verb's own
  // preposition ("наближається до", "приближается к", "перевалили за").
  const verb =
    prefix === null || VERB_PREPOSITION.test(text.slice(Math.max(floor, prefix.start - 1), start))
      ? findPrefix(text, start, floor, VERB_QUALIFIER)
      : null;
  // A verb phrase that takes the prefix word as its own preposition ("приближается к", "наближається до"):
  // the verb hedges, and the preposition stays out of the span with it.
  if (prefix && verb && verb.start < prefix.start) prefix = null;
  // "выросло до 12 тысяч", "зросла до 2 тисяч", "с 600 до 2 тысяч": after a verb of change "до" says what
  // the count became, not "up to"
  if (
    prefix?.kind === 'up_to' &&
    TO_AFTER_CHANGE.test(text.slice(Math.max(floor, prefix.start - 64), prefix.start + 3))
  )
    prefix = null;
  let suffix = findSuffix(text, end, ceiling);
  const tail = suffix?.end ?? end;
  const counter = KOREAN_COUNTER.exec(text.slice(tail, tail + 3));
  /** A verb of exceeding after the number (Korean, German): hedges without joining the span. */
  let koreanVerb: Qualifier | null = null;
  if (counter) {
    const at = tail + counter[0].length;
    const particle = KOREAN_PARTICLE.exec(text.slice(at, at + 1));
    const after = findSuffix(text, at, ceiling) ?? (particle ? findSuffix(text, at + 1, ceiling) : null);
    if (after && (!suffix || AT_LEAST_OR_MORE.has(after.kind) || after.kind === 'nearly')) suffix = after;
    else if (!suffix && KOREAN_VERB_MORE.test(text.slice(particle ? at + 1 : at, ceiling)))
      koreanVerb = 'more_than';
    else if (!suffix && KOREAN_VERB_NEARLY.test(text.slice(particle ? at + 1 : at, ceiling)))
      koreanVerb = 'nearly';
  }
  if (!suffix && !counter && GERMAN_VERB_MORE.test(text.slice(tail, tail + 24))) koreanVerb = 'more_than';
  const spanEnd = suffix?.end ?? end;
  const spanStart = prefix?.start ?? start;
  let qualifier: Qualifier = 'exact';
  if (isRange) qualifier = 'range';
  else if (token.vague) qualifier = 'vague';
  else if (suffix && AT_LEAST_OR_MORE.has(suffix.kind)) qualifier = suffix.kind;
  else if (prefix) qualifier = prefix.kind;
  else if (suffix) qualifier = suffix.kind;
  else if (verb) qualifier = verb.kind;
  else if (koreanVerb) qualifier = koreanVerb;
  else if (
    INVERTED_APPROX.test(text.slice(token.start, token.end)) ||
    /\d여/.test(text.slice(token.start, token.end))
  )
    qualifier = 'about';
  return {
    start: spanStart,
    end: spanEnd,
    qualifier,
    tail,
    prefix: prefix?.kind ?? null,
    verb: verb?.kind ?? null,
  };
}
