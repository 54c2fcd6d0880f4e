/**
 * Reads what the text around a figure says it counts: the metric word next to it ("died", "загинули"),
 * whether it is a plan or an actual count, and which equipment kinds it names.
 */
import type { Figure, Metric } from '../types.ts';
import type { Modality } from './types.ts';
import { METRIC_WORDS } from './metric-words.ts';
import { readEquipmentWords, readNormalizedEquipmentKinds } from './claim-features.ts';
import { normalizeText } from './normalize-text.ts';
import { DIGITS, LETTERS } from '../lang/letters.ts';
import { cutAfterLast, cutBefore, cutFirstTwo } from './cut-text.ts';

/** Metrics whose words, when next to a figure, override a looser guess by the extractor. */
const READ_METRICS: readonly Metric[] = ['casualties_total', 'killed', 'wounded', 'captured'];
/** Extractor metrics that those words may override. */
const OVERRIDABLE = new Set<Metric>([
  'killed',
  'wounded',
  'casualties_total',
  'deployed_total',
  'reinforcements',
  'other_nk',
]);

const WORD_LIST: { word: string; metric: Metric }[] = READ_METRICS.flatMap((metric) =>
  METRIC_WORDS[metric].map((word) => ({ word, metric })),
).sort((a, b) => b.word.length - a.word.length);

const PLANNED =
  /\b(plans?|planned|planning|will send|would send|to send|could send|may send|intends?|decided to|expected to|is to send|set to)\b|\b(could|may|might|would|will)\s+(leave|go|be sent|be deployed|deploy|arrive|head)\b|план|намір|збира|має відправ|відправить|направить|може відправ|планир|намерен|собира|отправит|решил[аи]? отправ|plant|will .{0,20}schicken|soll(en)? .{0,30}(geschickt|entsandt)|könnte|wird .{0,30}(schicken|entsenden)|계획|예정|결정|할 수|보낼|준비|\bprepar|готу|готов|vorbereit/;

const ACTUAL =
  /\b(sent|has sent|have sent|deployed|dispatched|arrived|are in|were in|already|stationed|transferred|moved)\b|відправил|направил|перекинул|перебува|прибул|вже|отправил|направил|перебросил|находятся|прибыл|уже|geschickt|entsandt|sind in|bereits|stationiert|verlegt|파병했|보냈|파견했|이미|배치/;

export interface TextReading {
  /** The metric the text gives the figure. */
  metric: Metric;
  /** The word the text uses for it, when one was read next to the figure (e.g. "died"). */
  word: string | null;
  /** 'planned' or 'actual' when the words next to the figure say so; null when they say neither. */
  modality: Modality | null;
  /** Equipment kinds named right after the figure. */
  kinds: Set<string>;
  /** The words that name them ("howitzers"). */
  kindWords: string[];
  /** Offset of the figure in the sentence, or -1 when the sentence does not contain it. */
  offset: number;
  /** Whether words next to the figure state its metric (otherwise `metric` is the extractor's guess). */
  explicit: boolean;
}

/** Nearest metric word in a window; null when none. */
function nearestMetricWord(
  around: string,
  fromEnd: boolean,
): { word: string; metric: Metric; at: number } | null {
  let best: { word: string; metric: Metric; at: number } | null = null;
  METRIC_WORD_RE.lastIndex = 0;
  for (let m = METRIC_WORD_RE.exec(around); m; m = METRIC_WORD_RE.exec(around)) {
    const metric = METRIC_OF_WORD.get(m[0]);
    if (metric === undefined) continue;
    best = { word: m[0], metric, at: m.index };
    if (!fromEnd) return best;
  }
  return best;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const METRIC_OF_WORD = new Map(WORD_LIST.map((e) => [e.word, e.metric]));
/**
 * Every metric word, longest first so phrases win over their first word ("killed or wounded" over
 * "killed"); non-Korean words must start a word (and, below four letters, end one: "tot", not "total"),
 * Korean ones may follow a noun directly.
 */
const METRIC_WORD_RE = new RegExp(
  [
    `(?<![${LETTERS}${DIGITS}])(?:${WORD_LIST.filter((e) => !/[\uac00-\ud7a3]/.test(e.word))
      .map((e) => (e.word.length < 4 ? `${escapeRegExp(e.word)}(?![${LETTERS}])` : escapeRegExp(e.word)))
      .join('|')})`,
    `(?:${WORD_LIST.filter((e) => /[\uac00-\ud7a3]/.test(e.word))
      .map((e) => escapeRegExp(e.word))
      .join('|')})`,
  ].join('|'),
  'g',
);

/** What may stand between a killed word and a wounded word for the pair to mean casualties_total. */
const PAIR_LINK =
  /^[\p{L}\p{M}]*(?:\s*,\s*|\s+(?:or|and|або|і|й|та|или|и|oder|und|또는|및)\s+(?:\p{L}+\s+)?|거나\s+|이나\s+|고\s+)$/u;

/**
 * Reads "killed or wounded" when a killed word and a wounded word are joined by a conjunction or a comma
 * ("загинули або були поранені", "getötet, verwundet", "죽거나 다쳤다"): casualties_total.
 */
function joinPair(
  around: string,
  found: { word: string; metric: Metric; at: number } | null,
): { word: string; metric: Metric; at: number } | null {
  if (!found || (found.metric !== 'killed' && found.metric !== 'wounded')) return found;
  const other: Metric = found.metric === 'killed' ? 'wounded' : 'killed';
  const rest = around.slice(found.at + found.word.length);
  for (const entry of WORD_LIST) {
    if (entry.metric !== other) continue;
    const at = rest.indexOf(entry.word);
    if (at < 0 || at > 30) continue;
    if (PAIR_LINK.test(rest.slice(0, at)))
      return { word: found.word, metric: 'casualties_total', at: found.at };
  }
  return found;
}

/**
 * The same pair read backwards, for languages that put the words before the number ("втратили вбитими та
 * пораненими понад тисячу"): a wounded word preceded by a killed word and a conjunction is casualties_total.
 */
function joinPairBefore(
  around: string,
  found: { word: string; metric: Metric; at: number } | null,
): { word: string; metric: Metric; at: number } | null {
  if (!found || (found.metric !== 'killed' && found.metric !== 'wounded')) return found;
  const other: Metric = found.metric === 'killed' ? 'wounded' : 'killed';
  const head = around.slice(Math.max(0, found.at - 40), found.at);
  for (const entry of WORD_LIST) {
    if (entry.metric !== other) continue;
    const at = head.lastIndexOf(entry.word);
    if (at < 0) continue;
    if (PAIR_LINK.test(head.slice(at + entry.word.length))) {
      return { word: found.word, metric: 'casualties_total', at: found.at };
    }
  }
  return found;
}

/** The full word of the text that starts at a metric-word match ("died" for "die"). */
function wholeWord(around: string, at: number, word: string): string {
  const m = /^[\p{L}\p{M}-]+(?:\s(?:or|and|і|и|та|oder|und)\s[\p{L}\p{M}-]+)?/u.exec(around.slice(at));
  return m && m[0].length >= word.length ? m[0] : word;
}

/** Metrics read from the noun right after a figure, overriding a looser extractor guess of troops. */
const NOUN_METRICS: readonly Metric[] = ['workers_or_engineers', 'equipment', 'munitions', 'captured'];
const NOUN_OVERRIDABLE = new Set<Metric>(['deployed_total', 'reinforcements', 'other_nk']);
const NOUN_WORDS: { word: string; metric: Metric }[] = NOUN_METRICS.flatMap((metric) =>
  METRIC_WORDS[metric].filter((w) => w.length >= 3).map((word) => ({ word, metric })),
).sort((a, b) => b.word.length - a.word.length);

/** Metric named by one of the first words after a figure ("1,000 combat engineers", "5000 саперов"); null if none. */
function readNoun(after: string): Metric | null {
  const words = after.trim().split(/\s+/).slice(0, 3);
  for (const w of words) {
    const hit = NOUN_WORDS.find((e) => w.startsWith(e.word));
    if (hit) return hit.metric;
    if (PEOPLE_WORDS.some((p) => w.startsWith(p))) return null;
  }
  return null;
}

const CASUALTY_FAMILY = new Set<Metric>(['killed', 'wounded', 'casualties_total']);
/**
 * A figure that is the whole a part is taken from, with the partitive opening its clause: "Of the 11,000
 * sent, 4,000 died", "4,000 of the roughly 11,000", "з близько 11 тисяч …". Not "wrote of 2,000", not
 * "an estimate of 1,100 casualties" (bare "of", or a metric word right after), and not "of which 4,700".
 */
const BASE_BEFORE =
  /^\s*(?:that|що|что|dass|als)?\s*["“„«]?\s*(?:of the|out of|out of the|із|з|из|von den|unter den)\s+(?!which|whom|них|яких|которых|denen)(?:\p{L}+\s+)?$/u;
/** A share of a whole: "half of the 11,000", "половина з 11 тисяч", "die Hälfte des 11.000 Mann starken …". */
const FRACTION_OF =
  /(?:half|third|quarter|половин|третин|чверт|треть|четверт|hälfte|drittel|viertel)\p{L}*\s+(?:of the|of|із|з|из|des|der|von)\s+(?:\p{L}+\s+)?$/u;
/** Korean: "1만1천여 명 가운데" (of the 11,000). */
const BASE_AFTER = /^\s*명?\s*(가운데|중에|중)/u;

/** Whether the words after a figure say troops were sent, with no casualty word ("11.000 entsandten Soldaten"). */
function readPeople(after: string): boolean {
  const words = after.trim().split(/\s+/).slice(0, 4);
  const sent = /^(sent|deployed|dispatched|entsandt|geschickt|відправлен|направлен|отправлен|파병|파견)/u;
  return words.some((w) => sent.test(w));
}

/** Words for soldiers: a noun phrase that starts with them is about troops, whatever follows. */
const PEOPLE_WORDS = METRIC_WORDS.deployed_total.filter((w) => w.length >= 4);

/** Partitive link after a figure ("4,000 of the 11,000 troops died"): the metric word lies past the next number. */
const PARTITIVE = /^\s*(of|of the|із|з|из|von|von den|der)\s+(\p{L}+\s+)?$/u;

/** Ends of a clause after a figure: punctuation, or a Korean connective ending ("…명이며 부상자는"). */
const CLAUSE_END = /[;:.!?()]|,\s|(?<=[\uac00-\ud7a3](?:며|고|지만|는데))\s/u;

/** "12 and wounded 20", "400 солдат и ранены 3600": a metric word after a conjunction belongs to the next number. */
const LINKED_NEXT = /^\s*(?:\p{L}+\s+){0,2}(?:and|or|і|й|та|або|и|или|und|oder)\s+$/u;

/** Where a killed-and-wounded pair cannot continue: a number, sentence punctuation, a Korean clause end. */
const PAIR_END = /[\p{N};:.!?()]|(?<=[\uac00-\ud7a3](?:며|고|지만|는데))[\s,]/u;

/** "1000 Gefallene und 3000 …": a metric word before a conjunction belongs to the previous number. */
const LINKED_PREV = /^[\p{L}\p{M}]*\s+(?:and|or|і|й|та|або|и|или|und|oder)\s+$/u;

/** A written number ("11,000", "11 000"): the words after a figure stop at the next one. */
const NUMBER_RUN = /\p{N}+(?:[ ,.\u00a0]\p{N}+)*/gu;
/** Where the words before a figure start: after a number, sentence punctuation or a comma. */
const BEFORE_STOP = /[\p{N};:.!?()]|,\s/gu;
/** Where the equipment named after a figure stops. */
const KIND_STOP = /[;:.!?]|,\s/;

/** How far the verb that ends a figure's clause may be from it (the near window is 80 characters). */
const CLAUSE_FINAL_REACH = 160;
/** What may follow that verb: auxiliaries and a short phrase ("gekommen", "worden sein", "in Kursk"). */
const CLAUSE_FINAL_TAIL = 30;

/** Finite verbs that open a verb-final predicate (German "sind … gefallen", English "were … killed"). */
const LINKING_VERB =
  /(?<!\p{L})(?:are|were|was|is|have|has|had|sind|seien|sei|waren|wären|wurden|wurde|ist|war|haben|hätten|habe|hat|kamen|kam|sollen|sollten|soll)(?!\p{L})/u;
/** Slavic past tenses and short participles ("загинули", "погибли", "вбиті", "убиты"): the word is the verb. */
const SLAVIC_VERB_END = /(?:ли|ло|ла|ті|ні|ты|ны)$/u;

/**
 * The metric word that ends a figure's clause, as its predicate, when no metric word stands near the figure:
 * German puts the participle last ("… sind … ums Leben gekommen", "… getötet worden"), and any language may
 * put a long subject first. Only a verb counts (after a finite verb of the clause, or a Slavic verb form),
 * not a noun in a phrase ("… to make up for battlefield losses"). Null when the clause says the figure was
 * sent or planned before that word, or when more than a short tail follows it.
 */
function readClauseFinal(head: string): { word: string; metric: Metric; at: number } | null {
  const clause = head.slice(0, CLAUSE_FINAL_REACH);
  const last = nearestMetricWord(clause, true);
  if (!last || last.metric === 'captured') return null;
  if (clause.length - (last.at + last.word.length) > CLAUSE_FINAL_TAIL) return null;
  const between = clause.slice(0, last.at);
  if (PLANNED.test(between) || ACTUAL.test(between)) return null;
  const verb = LINKING_VERB.test(between) || SLAVIC_VERB_END.test(wholeWord(clause, last.at, last.word));
  return verb ? last : null;
}

/**
 * A relative clause on the counted noun saying they went home, then the main clause: ", які в грудні
 * повернулися додому, можуть знову відправити", " who returned home could be sent back".
 */
const RETURNED_THEN =
  /(?:,\s*(?:які|котрі|що|которые|что|die|welche|who|that)|\swho)\s[^,.;:!?]{0,80}?(?:returned|went home|came home|повернул|вернул|heimgekehrt|zurückgekehrt|repatri|репатрі|репатри)[^,.;:!?]{0,60}?(?:,\s|\s(?=could|may|might|can|will|would))([^.;:!?]{0,60})/u;
/** A verb that sends troops, as that main clause's predicate. */
const SEND_VERB = /відправ|направ|перекин|отправ|переброс|send|sent|deploy|schick|entsend|verleg/u;

/**
 * Whether the figure counts troops who went home but whom the main clause sends (again): the text's subject is
 * a possible new deployment, not the return, whatever the extractor read in the relative clause.
 */
function readSentBack(afterAll: string): boolean {
  const m = RETURNED_THEN.exec(afterAll);
  return m !== null && SEND_VERB.test(m[1] ?? '');
}

/** Characters a metric word after the figure may be further away than one before it and still win. */
const AFTER_BIAS = 8;

/**
 * Reads the figure's surroundings in its sentence. Falls back to the extractor's metric and an actual count
 * when nothing in the sentence says otherwise.
 */
export function readFigureContext(
  figure: Figure,
  sentence: string,
  lower = normalizeText(sentence),
): TextReading {
  // The context gives no offset: when the figure's text occurs more than once ("the 1,100 casualties …
  // 1,100 dead"), take the occurrence whose words agree with the extractor's metric, else the first.
  const offsets = findOccurrences(sentence, figure.text);
  if (offsets.length <= 1) return readAt(figure, lower, offsets[0] ?? -1);
  const readings = offsets.map((at) => readAt(figure, lower, at));
  return readings.find((r) => r.metric === figure.metric) ?? (readings[0] as TextReading);
}

/** Offsets of text in sentence not inside a longer number ("1100" is not in "11000"); [] when absent. */
function findOccurrences(sentence: string, text: string): number[] {
  const out: number[] = [];
  if (!text) return out;
  for (let at = sentence.indexOf(text); at >= 0; at = sentence.indexOf(text, at + 1)) {
    const before = sentence[at - 1] ?? '';
    const after = sentence[at + text.length] ?? '';
    if (/\d/.test(before) || /\d/.test(after)) continue;
    out.push(at);
  }
  return out;
}

/** How far around a figure its reading looks (the widest window used is 140 characters after it). */
const WINDOW = 240;

function readAt(figure: Figure, lower: string, offset: number): TextReading {
  const start = offset < 0 ? 0 : offset;
  const end = offset < 0 ? 0 : offset + figure.text.length;
  // Every window below lies within WINDOW characters of the figure; a sentence can be a whole page.
  const afterAll = lower.slice(end, end + WINDOW);
  const [head, next] = cutFirstTwo(cutBefore(afterAll, CLAUSE_END), NUMBER_RUN);
  let after = head;
  if (next !== null && PARTITIVE.test(after)) after = `${after} ${next}`;
  after = after.slice(0, 80);
  const beforeAll = lower.slice(Math.max(0, start - WINDOW), start);
  // Only the last 40 characters are kept, and a stop is at most two units long (", ", an astral digit), so the
  // last 42 characters hold every stop that can shorten them.
  const before = cutAfterLast(beforeAll.slice(-42), BEFORE_STOP).slice(-40);

  let metric = figure.metric;
  let word: string | null = null;
  // A metric word right next to the figure ("about 1,100 casualties", "부상자 4100여 명 가운데") names it.
  const named = nearestMetricWord(after.slice(0, 16), false) ?? nearestMetricWord(before.slice(-10), true);
  if (!named && (BASE_BEFORE.test(before) || FRACTION_OF.test(before) || BASE_AFTER.test(afterAll))) {
    // "4,000 of the 11,000 sent": the whole the part is taken from; metric words nearby describe the part.
    if (CASUALTY_FAMILY.has(metric)) metric = 'deployed_total';
    return finishReading(figure, lower, start, afterAll, metric, null, offset, true);
  }
  const pairWindow = cutBefore(afterAll, PAIR_END).slice(0, 140);
  const afterFound = nearestMetricWord(after, false);
  const linked = afterFound !== null && LINKED_NEXT.test(after.slice(0, afterFound.at));
  const afterWord = linked
    ? null
    : afterFound && after.startsWith(pairWindow.slice(0, after.length))
      ? joinPair(pairWindow, afterFound)
      : afterFound;
  let beforeWord = joinPairBefore(before, nearestMetricWord(before, true));
  if (beforeWord && LINKED_PREV.test(before.slice(beforeWord.at + beforeWord.word.length))) beforeWord = null;
  if (beforeWord?.metric === 'captured') beforeWord = null;
  const afterDistance = afterWord ? afterWord.at : Infinity;
  const beforeDistance = beforeWord ? before.length - (beforeWord.at + beforeWord.word.length) : Infinity;
  const useAfter = afterWord !== null && afterDistance - AFTER_BIAS <= beforeDistance;
  let found = useAfter ? afterWord : beforeWord;
  let source = useAfter ? after : before;
  if (!found && head.length > after.length) {
    // A long subject whose verb ends the clause ("Rund 1100 Soldaten sind … bei Kämpfen ums Leben gekommen").
    found = readClauseFinal(head);
    source = head;
  }
  const noun = !found && NOUN_OVERRIDABLE.has(figure.metric) ? readNoun(after) : null;
  if (found) {
    word = wholeWord(source, found.at, found.word);
    if (OVERRIDABLE.has(figure.metric)) metric = found.metric;
  } else if (noun) {
    metric = noun;
    return finishReading(figure, lower, start, afterAll, metric, word, offset, true);
  } else if (figure.metric === 'other_nk' && readSentBack(afterAll)) {
    metric = 'reinforcements';
    return finishReading(figure, lower, start, afterAll, metric, word, offset, true);
  } else if (CASUALTY_FAMILY.has(figure.metric) && readPeople(after)) {
    metric = 'deployed_total';
    return finishReading(figure, lower, start, afterAll, metric, word, offset, true);
  }
  return finishReading(figure, lower, start, afterAll, metric, word, offset);
}

function finishReading(
  figure: Figure,
  lower: string,
  start: number,
  afterAll: string,
  metric: Metric,
  word: string | null,
  offset: number,
  explicit = word !== null,
): TextReading {
  void figure;
  const near = `${lower.slice(Math.max(0, start - 60), start)} ${afterAll.slice(0, 60)}`;
  const modality: Modality | null = PLANNED.test(near) ? 'planned' : ACTUAL.test(near) ? 'actual' : null;
  const kindWindow = cutBefore(afterAll, KIND_STOP).slice(0, 140);
  const kinds = readNormalizedEquipmentKinds(kindWindow);
  return {
    metric,
    word,
    modality,
    kinds,
    kindWords: kinds.size > 0 ? readEquipmentWords(kindWindow) : [],
    offset,
    explicit,
  };
}
