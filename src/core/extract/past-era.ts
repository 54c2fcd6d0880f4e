/**
 * Sentences of another time: a feature on the Korean War (1950–53) names North Korean armies, prisoners and the
 * fallen in numbers that are history, not the deployment to Russia. A sentence that dates itself before the
 * deployment and names nothing of the present war is read for nothing, and so are the sentences after it until
 * one names the present war or a year of it; a paragraph that is history from its first sentence to its last
 * passes that on to the next.
 */

/**
 * A year written in four digits, not part of a longer number, a decimal, a model or a user name ("1950",
 * "1953년", "1950–53"; not "M1989", "M-1989", "kozak1991", "Панас_2022").
 */
const YEAR =
  /(?<![\d.,'’\u00a0\u202f_A-Za-zÀ-ɏЀ-ӿ가-힣])(?<![A-Za-zÀ-ɏЀ-ӿ][-‑])(19\d\d|20\d\d)(?!\d)(?![.,]\d)/g;

/**
 * A year as the point since which something has held ("since 1953", "з 1953 року", "с 1953 года", "seit 1953",
 * "1953년 이후"): the sentence speaks of the time after it, not of that year.
 */
const SINCE_BEFORE =
  /(?:since|seit|з|із|від|с|со|от)[\s\u00a0]+(?:the[\s\u00a0]+|dem[\s\u00a0]+|jahr[\s\u00a0]+)?$/;
const SINCE_AFTER = /^[\s\u00a0]*(?:년[\s\u00a0]*)?(?:이후|이래|以後|以來)/;

/** The first year of North Korea's deployment: a sentence naming it or a later year is of the present. */
const PRESENT_FROM = 2024;

/** Before this year a sentence reads as history (a war memorial dedicated in 2022 is still the old war's). */
const PAST_BEFORE = 2000;

/**
 * Words of the present war, in lower-cased text: Russia, Ukraine, Kursk, their capitals and leaders, and the
 * deployment itself (Korean 파병 is the dispatch abroad).
 */
export const PRESENT_WAR =
  /росі|росси|russ|러시아|ukrain|україн|украин|우크라|kursk|курськ|курск|курщин|쿠르스크|moscow|moskau|москв|모스크바|kyiv|kiev|kyjiw|kiew|київ|киев|키이우|putin|путін|путин|푸틴|zelensk|selensk|зеленськ|зеленск|젤렌스키|파병/;

/** A sentence naming the Korean War dates the war, not itself ("the deadliest since the 1950-53 Korean War"). */
const NAMES_KOREAN_WAR =
  /korean\s+war|koreakrieg|корейськ[а-яіїє]*\s+війн|корейск[а-яё]*\s+войн|한국\s?전쟁|6[·.ㆍ]\s?25/;

/** The end of a span of years right after a year: "–2021". */
const SPAN_END = /^[\s\u00a0]*[–—-][\s\u00a0]*(20\d\d)(?!\d)/;

/** A year before 2000 anywhere (readEra decides whether it dates the sentence). */
const OLD_YEAR = /(?<![\d.,'’\u00a0\u202f_A-Za-zÀ-ɏЀ-ӿ가-힣])19\d\d(?!\d)/;

/** What a sentence says of its time. */
export type Era = 'past' | 'present' | 'none';

/**
 * The time a sentence (lower-cased) sets itself in.
 * @returns 'present' when it names the present war or a year from 2024; 'past' when it names a year before 2000
 *   (not as the point since which something holds, and not in naming the Korean War) and neither of those;
 *   'none' otherwise.
 */
export function readEra(sentence: string): Era {
  if (PRESENT_WAR.test(sentence)) return 'present';
  if (NAMES_KOREAN_WAR.test(sentence)) return 'none';
  let past = false;
  for (const m of sentence.matchAll(YEAR)) {
    const year = Number(m[1]);
    if (year >= PRESENT_FROM) return 'present';
    if (year >= PAST_BEFORE || past) continue;
    const at = m.index;
    if (SINCE_BEFORE.test(sentence.slice(Math.max(0, at - 24), at))) continue;
    if (SINCE_AFTER.test(sentence.slice(at + 4, at + 12))) continue;
    // (a span of years that reaches this century, a career's or a life's: "доцент МГИМО (1998–2021)")
    const span = SPAN_END.exec(sentence.slice(at + 4, at + 10));
    if (span && Number(span[1]) >= PAST_BEFORE) continue;
    past = true;
  }
  return past ? 'past' : 'none';
}

/** Whether a sentence of this era is history, after a sentence that was (or was not). */
export function followsPast(era: Era, previousPast: boolean): boolean {
  return era === 'past' || (era === 'none' && previousPast);
}

/**
 * Whether a paragraph (lower-cased) may be history: it names a year before 2000, or the paragraph before passed
 * history on. A cheap test before the paragraph's sentences are read (readParagraphPast).
 */
export function mayBePast(paragraph: string, previousPast: boolean): boolean {
  return previousPast || OLD_YEAR.test(paragraph);
}

/**
 * Whether a paragraph passes history on to the next: it is history from its first sentence to its last (each
 * lower-cased), given whether the paragraph before passed it on.
 * @returns false when any sentence of it names the present.
 */
export function readParagraphPast(sentences: Iterable<string>, previousPast: boolean): boolean {
  let past = previousPast;
  let first: boolean | null = null;
  for (const sentence of sentences) {
    const era = readEra(sentence);
    if (era === 'present') return false;
    past = followsPast(era, past);
    first ??= past;
  }
  return first === true && past;
}

/** The year Russia's full-scale war began: a count dated only before it belongs to other times. */
const WAR_FROM = 2022;

/** How close to a count a year must stand to date it (characters either way). */
const NEAR_COUNT = 48;

/** A sentence set before the war or the sanctions on workers: "до войны", "vor der Sanktionsresolution", "до 2019 року". */
const BEFORE_WAR =
  /(?<!\p{L})(?:before\s+the\s+war|before\s+(?:un\s+)?sanctions|до\s+войны|до\s+війни|vor\s+dem\s+krieg|vor\s+kriegsbeginn|vor\s+der\s+sanktion|до\s+санкц)|전쟁\s?전|개전\s?전|(?:^|[^\p{L}])(?:before|vor|до)\s+(?:(?:the\s+)?end\s+of\s+)?(?:200\d|201\d|202[01])(?!\d)/u;

let lastSentence = '';
let lastBeforeWar = false;
/** BEFORE_WAR of a sentence, remembered for the sentence asked last (every count of a sentence asks). */
function isSetBeforeWar(sentence: string): boolean {
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastBeforeWar = BEFORE_WAR.test(sentence);
  }
  return lastBeforeWar;
}

/** What may stand before a year that opens a sentence: "In 2016", "Im Jahr 2019", "У 2018 році", "В 2019 году". */
const YEAR_OPENS = /^[^\p{L}\d]*(?:(?:in|im(?:\s+jahr)?|у|в|by|bis|until|back\s+in)\s+)?$/u;

/** Words of the war's troops and their deployment, which a count before the war does not name. */
const TROOPS_OR_DEPLOYMENT =
  /troops|soldier|военн|військов|солдат|бойц|бійц|soldat|truppe|병력|군인|병사|장병|파병|kursk|курськ|курск|курщин|쿠르스크|deploy|entsand|entsend/;

/**
 * Whether a sentence (lower-cased) dates itself between 2001 and the war only ("наприкінці 2017 року в країні
 * перебувало понад 30 тисяч громадян КНДР", "2018년 말 1만1490명"): its counts of people are of that time, North
 * Korea's workers under the sanctions, not the war's.
 * @param count where the count stands in the sentence: only a year within 48 characters of it dates it (or
 *   words that set the whole sentence before the war: "before the war", "до 2019 року").
 * @returns false when it names no such year, a year from 2022 on, the troops or their deployment.
 */
export function datesBeforeWar(sentence: string, count: number): boolean {
  // "before the war", "Before UN sanctions ordered their return", "До 2019 року": the whole sentence is of then
  let dated = isSetBeforeWar(sentence);
  for (const m of sentence.matchAll(YEAR)) {
    const year = Number(m[1]);
    if (year >= WAR_FROM) return false;
    const at = m.index;
    if (SINCE_BEFORE.test(sentence.slice(Math.max(0, at - 24), at))) return false;
    if (SINCE_AFTER.test(sentence.slice(at + 4, at + 12))) return false;
    // (not 2000, which is as often a count: "rund 2000 Tote"; and only a year close to the count, not a
    // resolution's "of 2017" a clause away)
    if (year > PAST_BEFORE && Math.abs(at - count) <= NEAR_COUNT) dated = true;
    // ("In 2016 Viktor Zolotaryov, … told a local newspaper that close to 4,000 North Koreans held work permits"):
    // a year that opens the sentence dates all of it
    if (year > PAST_BEFORE && YEAR_OPENS.test(sentence.slice(0, at))) dated = true;
  }
  return dated && !TROOPS_OR_DEPLOYMENT.test(sentence);
}
