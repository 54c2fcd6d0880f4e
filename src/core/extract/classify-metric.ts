/**
 * What a North Korean figure counts, from the words of its sentence. A counted noun for hardware decides alone
 * (howitzers → equipment, shells → munitions). Otherwise the nearest casualty word wins over the nearest
 * deployment word ("killed or wounded" and "losses" → casualties_total); officers and sappers keep their own
 * metric when nothing happened to them; "additional", "ще", "weitere", "추가" near the number mark
 * reinforcements unless a "total" word is nearer.
 */
import type { Metric, Unit } from '../types.ts';
import type { EventCue } from './collect-cues.ts';
import { EVENT_METRIC, NOUN_METRIC } from './cues/metric-cues.ts';
import type { EventKind } from './cues/metric-cues.ts';
import { HARDWARE_KINDS, type CountNoun } from './find-count-noun.ts';
import type { Span } from './segment.ts';

const CLAUSE_MARK =
  /[,;:()—–/…·ㆍ・]|(?:이며|이고|으며|하며|지만|는데|했고|됐고|하고|되고|었고|였고|았고|졌고|지고|갔고|왔고|났고|섰고|렸고)(?![가-힣])|^고(?=[\s\u00a0])/g;
const HAS_CLAUSE_MARK = new RegExp(CLAUSE_MARK.source);
/**
 * A short aside between two commas ("Потери КНДР, весьма вероятно, превысили …", "losses, officials say, top
 * …"): it does not part a cue from its number the way a new clause does. No digits inside (a list is not an aside).
 */
const PARENTHETICAL = /,[^,;:()\d\n]{1,32},/g;
/** A source set off between a word and its number: " — по данным ОКНШ Южной Кореи, ", ", according to Seoul, ". */
/** The words that open such a source (a quick test before the replacement). */
const SOURCE_WORD = /according|laut|angaben|данным|оценк|даними|оцінк/;
const SOURCE_INSERT =
  /[,—–][\s\u00a0]*(?:according[\s\u00a0]+to|laut|nach[\s\u00a0]+angaben|по[\s\u00a0]+данным|по[\s\u00a0]+оценк[еам]+|за[\s\u00a0]+даними|за[\s\u00a0]+оцінк(?:ою|ами))[\s\u00a0][^,;:()\d\n]{1,64},[\s\u00a0]*/g;
/** "Second wave (Jan–Feb 2025): 3,000": a label and its value, however many marks the label holds. */
const LABEL_END = /(?::|[\s\u00a0][—–])[\s\u00a0]*$/;
const HARDWARE_METRICS: ReadonlySet<Metric> = new Set(['equipment', 'munitions']);
/** Beyond this cost a cue is too far to speak for the number. */
/** Between a count and what came after it: "데 이어", "뒤이어", "followed by", "danach", "затем", "потім". */
const FOLLOWED_BY =
  /(?:데|에|뒤)[\s\u00a0]?이어|followed\s+by|and\s+then|danach|anschließend|затем|потом|потім|після\s+чого|после\s+чего/;
const MAX_COST = 140;
/** A comma or semicolon and a conjunction: a new clause ("…, а частину тих, хто повернувся"). */
const CLAUSE_JOIN =
  /[,;][\s\u00a0]*(?:а|але|проте|но|однако|and|but|while|whereas|und|aber|doch|jedoch|während)[\s\u00a0]/;
const MAX_REINFORCE_COST = 70;
/** A casualty word this close speaks for the number even when "another"/"sent" is closer. */
const CLOSE_COST = 30;

/** Figure position and the offsets of the other numbers in its sentence. */
export interface MetricInput {
  start: number;
  end: number;
  noun: CountNoun | null;
  sentence: Span;
  /** Starts of the numbers of the sentence (sorted; the figure's own start is never between it and a cue). */
  otherNumbers: readonly number[];
  /** The number is the whole that a later part is taken from ("11,000 troops, of whom …", "1만 명 가운데"). */
  whole: boolean;
  /**
   * A fraction word stands before the number ("ein Viertel dieser elftausend ausgefallen"): what happened after it
   * happened to the fraction, not to the whole. Absent: false.
   */
  fractionOf?: boolean;
  /** The number is a part of a whole named after it ("4,000 of the troops sent"): deployment words after it describe the whole. */
  part: boolean;
  /** Metric of the previous figure in the sentence, for lists ("1 100 in December, 3 000 in January"). */
  previous: Metric | null;
  /** Ends of the numbers in the sentence (sorted): a cue right after one of them belongs to it. */
  otherEnds: readonly number[];
  /**
   * What the list the number's sentence is an item of counts, by its introduction ("Estimated North Korean
   * casualties … / - Column 2, 13 January 2025, NIS: more than 3,000"): the metric when nothing else says one.
   * Absent or null: the force sent.
   */
  itemOf?: Metric | null;
}

/** How many of the sorted offsets fall in [from, to). */
function countBetween(sorted: readonly number[], from: number, to: number): number {
  return lowerBound(sorted, to) - lowerBound(sorted, from);
}

function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A verb of amounting right before the number: "составили", "склали", "reached", "beliefen sich auf"; or the dash
 * or the verb that ends a subject's clause ("Самая высокая оценка погибших, которую давала разведка, — около 2 тыс.",
 * "The most recent estimate of the dead, given to lawmakers on Sept. 2, is around 2,000").
 */
const COPULA_BEFORE =
  /(?:составил[аио]?|составля(?:ет|ют)|склал[аио]?|склада(?:є|ють)|сягнул[аио]?|досягл[аио]?|достигл[аио]?|перевищил[аио]?|превысил[аио]?|перевалил[аио]?[\s\u00a0]+за|reached|totall?ed|stood[\s\u00a0]+at|came[\s\u00a0]+to|beliefen[\s\u00a0]+sich[\s\u00a0]+auf|belaufen[\s\u00a0]+sich[\s\u00a0]+auf|betrugen|betrug|,[\s\u00a0]*[—–]|,[\s\u00a0]*(?:is|was|are|were|ist|war|sind|waren))[\s\u00a0]+$/;

/** Whether a verb of amounting stands right before the number (COPULA_BEFORE). */
function amountsTo(text: string, input: MetricInput): boolean {
  return COPULA_BEFORE.test(text.slice(Math.max(input.sentence.start, input.start - 32), input.start));
}

/** "and" joining two clauses between a cue and a number after it. */
const COORDINATOR = /[\s\u00a0](?:and|und|і|та|й|и|а)[\s\u00a0]/;
/** "and that", "und dass", "і що", "и что": a coordinated clause of its own. */
const AND_THAT = /[\s\u00a0](?:and|und|і|та|й|и|а)[\s\u00a0]+(?:that|dass|що|что)[\s\u00a0]/;

/** A new clause with a speaker of its own: ", and Seoul says", ", while Kyiv said", ", а Київ каже". */
const SAYS_CLAUSE =
  /[,;][\s\u00a0]*(?:and|but|while|whereas|und|aber|während|а|але|но)[\s\u00a0]+[^\s\d,.;]+(?:[\s\u00a0]+[^\s\d,.;]+)?[\s\u00a0]+(?:says|said|believes|estimates|sagt|sagte|schätzt|каже|казав|заявляє|говорит|заявляет|считает)[\s\u00a0]/;

/** Distance from the number to a cue, plus penalties for clause marks and other numbers in between. */
function costOf(text: string, cue: EventCue, input: MetricInput): number {
  const before = cue.end <= input.start;
  const from = before ? cue.end : input.end;
  const to = before ? input.start : cue.start;
  if (to < from) return 0;
  if (to - from > MAX_COST) return to - from;
  // (a source put in between counts for nothing: "пришло пополнение — по данным ОКНШ Южной Кореи, свыше 3 тысяч")
  const raw = text.slice(from, to);
  const between = raw.length > 20 && SOURCE_WORD.test(raw) ? raw.replace(SOURCE_INSERT, ' ') : raw;
  const label = before && LABEL_END.test(between) && !between.includes('\n');
  const marks = label ? 0 : (between.replace(PARENTHETICAL, ' ').match(CLAUSE_MARK)?.length ?? 0);
  const numbers = countBetween(input.otherNumbers, from, to);
  let cost = between.length + 40 * marks + 35 * numbers;
  if (!before && input.noun && cue.end <= input.noun.start) cost += 25;
  // (not across a comma or a Korean "and": "погибших как минимум 100, раненых — под тысячу", "사망 약 300명과 부상 약
  // 2,700명")
  if (
    before &&
    countBetween(input.otherEnds, cue.start - 3, cue.start + 1) > 0 &&
    !/[,;과와및]/.test(text.slice(cue.start - 3, cue.start))
  )
    cost += 60;
  if (cue.kind === 'lost') cost += 10;
  // "300 had died and some 2,700 had been wounded": a word of the clause before "and" speaks for that clause
  if (before && COORDINATOR.test(between)) cost += 20;
  // ("… що 20 тисяч із них загинули і що ще 10 000 «вже їдуть»": "and that" opens a clause of its own)
  if (before && AND_THAT.test(between)) cost += 40;
  // ("… came home in December, and Seoul says about 10,000 combat troops remain there": another clause's word, with
  // its own speaker)
  if (before && marks > 0 && SAYS_CLAUSE.test(between)) cost += MAX_COST;
  return cost;
}

/** Short words ("ще", "more", "another") mark reinforcements only right next to the number. */
const SHORT_REINFORCE = /^(?:ще|ещ[её]|more|another|further|extra|weitere[a-z]*|더)$/;

function near(cue: EventCue, input: MetricInput): boolean {
  return cue.end <= input.start ? input.start - cue.end <= 12 : cue.start - input.end <= 12;
}

/**
 * A casualty word that closes the number's clause after it, with nothing but words between ("Rund 6000
 * Nordkoreaner im Einsatz für Russland getötet oder verwundet"): the clause's verb, which a deployment word
 * nearer the number ("im Einsatz") only modifies.
 */
function endsClause(text: string, found: { cue: EventCue; cost: number }, input: MetricInput): boolean {
  const { cue } = found;
  if (cue.start < input.end || found.cost > MAX_COST / 2) return false;
  const between = text.slice(input.end, cue.start);
  if (HAS_CLAUSE_MARK.test(between) || countBetween(input.otherNumbers, input.end, cue.start) > 0)
    return false;
  return /^[\s\u00a0]*(?:[.!?;,:…"”»)]|$)/.test(
    text.slice(cue.end, Math.min(input.sentence.end, cue.end + 4)),
  );
}

/** A reinforcement cue that speaks for the number: a long one anywhere in the clause, a short one only next to it. */
function isReinforceCue(
  text: string,
  cue: EventCue,
  input: MetricInput,
  events: readonly EventCue[],
): boolean {
  // ("1만1천여 명을 보낸 데 이어 올해 3천 명을 추가로 파견", "11,000 in 2024, followed by 3,000 more"): a word
  // of more after "and then" belongs to what came next
  // ("Спершу поїхали десь одинадцять тисяч, а в січні … Пхеньян докинув ще понад три тисячі": the next clause's)
  if (
    cue.start >= input.end &&
    (FOLLOWED_BY.test(text.slice(input.end, cue.start)) || CLAUSE_JOIN.test(text.slice(input.end, cue.start)))
  )
    return false;
  if (!SHORT_REINFORCE.test(text.slice(cue.start, cue.end))) return true;
  // ("близько 350 загиблих: 101 — на першій і ще приблизно 250 — на другій": more of the losses just counted, with
  // nothing counted after it and no verb of sending before it)
  return (
    near(cue, input) &&
    !(
      input.previous !== null &&
      LOSS_METRICS.has(input.previous) &&
      input.noun === null &&
      !events.some((e) => e.kind === 'deployed' && e.start >= input.sentence.start && e.end <= input.start)
    )
  );
}

/** Korean "is not … but" right after a word, perhaps after the noun it describes: "가 아니라", " 군인만이 아니라". */
const NOT_BUT_AFTER = /(?:[\s\u00a0]?[가-힣]{1,3}?)?만?[이가]?[\s\u00a0]?아니라/y;

/** Whether the character at `at` is a Hangul syllable. */
function isHangul(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xac00 && code <= 0xd7a3;
}

/** Metrics of losses, which "another" after them goes on counting. */
const LOSS_METRICS: ReadonlySet<Metric> = new Set(['killed', 'wounded', 'casualties_total', 'captured']);

function nearest(
  text: string,
  events: readonly EventCue[],
  input: MetricInput,
  accept: (k: EventCue['kind'], cue: EventCue) => boolean,
): { cue: EventCue; cost: number } | null {
  let best: { cue: EventCue; cost: number } | null = null;
  for (const cue of events) {
    if (cue.start < input.sentence.start || cue.end > input.sentence.end || !accept(cue.kind, cue)) continue;
    // (Korean "A가 아니라 B": not A but B, "전사자가 아니라 6천 명을 웃도는 '사상자'", "숨진 군인만이 아니라 …")
    if (isHangul(text, cue.end) || isHangul(text, cue.end + 1)) {
      NOT_BUT_AFTER.lastIndex = cue.end;
      if (NOT_BUT_AFTER.test(text)) continue;
    }
    const cost = costOf(text, cue, input);
    if (!best || cost < best.cost) best = { cue, cost };
  }
  return best;
}

/** Between a count and a word of return: a part of the count, or the remains of the dead. */
const PART_OR_REMAINS =
  /(?:teil|part\s+of|some\s+of|many\s+of|most\s+of|share|anteil|half|hälfte|частк|доля|долю|частин|часть|половин|тіла|тела|bodies|прах|ashes|leichen|überreste|유해|시신)/;

/**
 * Wounded who were taken home ("2,000 wounded were flown back to North Korea", "부상병 2천 명은 본국에 후송"):
 * a return word in the figure's clause, with no other number in between, makes them repatriated (other_nk).
 */
function isTakenHome(text: string, events: readonly EventCue[], input: MetricInput): boolean {
  const home = nearest(text, events, input, (k) => k === 'returned');
  if (!home || home.cost >= MAX_COST) return false;
  const from = Math.min(home.cue.end, input.end);
  const to = Math.max(home.cue.start, input.start);
  // ("… die Verwundeten auf etwa 4.100; ein großer Teil von ihnen sei … zurückgebracht worden", "Тела кремировались
  // на месте, прах вывозили"): a part of them, or their remains, went home, not the count
  if (home.cue.start > input.end && PART_OR_REMAINS.test(text.slice(input.end, home.cue.start))) return false;
  return countBetween(input.otherNumbers, from, to) === 0;
}

/** Between a loss and the whole its part is taken from: "killed or wounded out of", "of those", "von den". */
const OUT_OF_BETWEEN =
  /^[\s\u00a0]+(?:out[\s\u00a0]+of|of[\s\u00a0]+(?:the|those)|von[\s\u00a0]+den)[\s\u00a0]+(?:[^\s\d]+[\s\u00a0]+)?$/;

/** Between a word of losses and whose they are: "losses of the contingent", "Verluste des Kontingents". */
const LOSS_OF =
  /^[\s\u00a0]+(?:of[\s\u00a0]+the[\s\u00a0]+|des[\s\u00a0]+|der[\s\u00a0]+)?(?:[a-zа-яёіїєґäöüß'’-]+[\s\u00a0]+)?$/;

/** Between a force and the number that gives its size: "contingent of about", "Kontingent von rund", "контингент из". */
const SIZE_OF =
  /^[\s\u00a0]+(?:of|von|aus|из|з|із)[\s\u00a0]+(?:(?:about|around|some|roughly|nearly|almost|over|more[\s\u00a0]+than|at[\s\u00a0]+least|up[\s\u00a0]+to|rund|etwa|knapp|über|mehr[\s\u00a0]+als|около|примерно|почти|более|свыше|близько|приблизно|майже|понад)[\s\u00a0]+)?$/;

/** Whether a deployment word stands right before the number as the force whose size it gives (SIZE_OF). */
function givesSizeOf(text: string, cue: EventCue, input: MetricInput): boolean {
  return cue.end <= input.start && SIZE_OF.test(text.slice(cue.end, input.start));
}

/**
 * Whether a deployment word only says whose losses a casualty word before it counts ("Потери контингента …
 * перевалили за 3000", "losses of the contingent"): then it is no deployment cue of its own.
 */
function isLossOf(text: string, events: readonly EventCue[], cue: EventCue, input: MetricInput): boolean {
  // (the number right after the deployment word is the size of what it names: "the losses of the first contingent
  // of about 11,000")
  if (givesSizeOf(text, cue, input)) return false;
  return events.some(
    (e) =>
      (e.kind === 'casualties' || e.kind === 'lost') &&
      e.end <= cue.start &&
      cue.start - e.end <= 32 &&
      LOSS_OF.test(text.slice(e.end, cue.start)),
  );
}

/** Total words of everything sent so far (not "общей численностью", the strength of one dispatch). */
const CUMULATIVE =
  /누적|cumulativ|kumul|insgesamt|in\s+total|altogether|all\s+told|всего|всього|загалом|в\s+общей\s+сложности/;

/** A reinforcement cue that replaces someone ("as replacements", "als Ersatz", "на заміну", "на замену"). */
const REPLACE_CUE = /replac|ersatz|ersetz|замін|замен/;
/** Between such a cue and the losses it makes good: "for the", "für die", nothing. */
const REPLACED_BETWEEN =
  /^[\s\u00a0]*(?:(?:for|für)[\s\u00a0]+)?(?:(?:the|its|their|die|den|der|seine|ihre)[\s\u00a0]+)?$/;

/**
 * Whether a casualty word only says whom reinforcements replace ("arrived as replacements for the fallen", "als
 * Ersatz für die Ausfälle", "на заміну вибулим"): then it is no casualty cue of the number.
 */
function isReplaced(text: string, events: readonly EventCue[], cue: EventCue): boolean {
  return events.some(
    (e) =>
      e.kind === 'reinforce' &&
      e.start <= cue.start &&
      cue.start - e.end <= 12 &&
      (e.end >= cue.end || REPLACED_BETWEEN.test(text.slice(e.end, cue.start))) &&
      REPLACE_CUE.test(text.slice(e.start, e.end)),
  );
}

/**
 * After a count, in its sentence: what they were sent for, to make good the losses ("um die Lücken zu füllen", "to
 * fill the gaps", "щоб замінити загиблих"), or a relative clause saying so ("Mann, die die Ausfälle … ersetzen
 * sollten", "men who replaced the fallen").
 */
const TO_REPLACE_AFTER =
  /^[^.;!?\d]{0,64}?(?:(?:um|to|щоб|чтобы)[\s\u00a0]+(?:die[\s\u00a0]+|the[\s\u00a0]+)?(?:lücken[\s\u00a0]+zu[\s\u00a0]+(?:füllen|schließen|stopfen)|(?:fill|plug|close)[\s\u00a0]+(?:the[\s\u00a0]+)?gaps|replace|замінити|заменить|заповнити|заполнить)|,[\s\u00a0]*(?:who|die|які|которые)[\s\u00a0][^,.;:!?\d]{0,48}?(?:replac|ersetz|замін|замен))/;

/** Whether the sentence says, after the count, that it was sent to make good losses (TO_REPLACE_AFTER). */
function sentToReplace(text: string, input: MetricInput): boolean {
  const after = text.slice(input.end, Math.min(input.sentence.end, input.end + 120));
  return REPLACE_WORD.test(after) && TO_REPLACE_AFTER.test(after);
}

/** The words of TO_REPLACE_AFTER's ends (a quick test first: most sentences have none). */
const REPLACE_WORD = /replac|ersetz|замін|замен|lücken|gaps|заповн|заполн/;

/** The start of a relative clause about the counted people: ", whom …", ", die …", ", яких …", ", которых …". */
const RELATIVE_AFTER =
  /^[^,;:()–—]*,[\s\u00a0]*(?:who|whom|which|die|den|denen|які|яких|котрих|которые|которых)[\s\u00a0]/;

/** "병력과 공병" (troops and engineers): a list with people in it counts people, not engineers. */
const PEOPLE_AND_BEFORE = /(?:병력|병사|군인|장병|장교|전투병|보병)(?:과|와)[\s\u00a0]?$/;

/**
 * Wounded who were taken prisoner ("Two wounded North Koreans were captured", "capture two wounded …"): a
 * capture word right before the figure, or after it in its clause with no other number in between, makes
 * them captured; the wound only describes them.
 */
function isCapturedToo(text: string, events: readonly EventCue[], input: MetricInput): boolean {
  const caught = nearest(text, events, input, (k) => k === 'captured');
  if (!caught || caught.cost >= MAX_COST) return false;
  // "Ukrainian forces capture two wounded North Korean soldiers": the capture verb right before the number
  if (caught.cue.end <= input.start) return /^[\s\u00a0]*$/.test(text.slice(caught.cue.end, input.start));
  const between = text.slice(input.end, caught.cue.start);
  // (also in a relative clause about them: "two wounded soldiers, whom Ukraine's forces captured in January")
  // (or a participle right after a comma: "двое раненых северокорейских военных, взятых в плен")
  const clause = RELATIVE_AFTER.test(between)
    ? between.replace(RELATIVE_AFTER, '')
    : between.replace(/,[\s\u00a0]*(?:[^\s\d,;:()–—]+[\s\u00a0]+){0,2}$/, '');
  return !/[,;:()–—]/.test(clause) && countBetween(input.otherNumbers, input.end, caught.cue.start) === 0;
}

/**
 * Metric and unit of a figure.
 * @returns deployed_total in troops when no cue says otherwise.
 */
export function classifyMetric(
  text: string,
  events: readonly EventCue[],
  input: MetricInput,
): { metric: Metric; unit: Unit } {
  const noun = input.noun;
  const byNoun = noun ? NOUN_METRIC[noun.kind] : undefined;
  if (byNoun && noun && HARDWARE_KINDS.has(noun.kind)) return byNoun;
  const personUnit: Unit = byNoun ? 'personnel' : 'troops';
  if (input.whole) {
    const own = nearest(text, events, input, (k) => EVENT_METRIC[k as EventKind] !== undefined);
    // (not a casualty word before the force whose size the number gives: "the losses of the first contingent of
    // about 11,000")
    const sizeOf = events.find((e) => e.kind === 'deployed' && givesSizeOf(text, e, input));
    const ownsIt =
      own &&
      !(sizeOf && own.cue.end <= sizeOf.start) &&
      // (not what befell the part, named before the whole it is taken from: "… killed or wounded out of some 15,000
      // sent")
      !(own.cue.end <= input.start && OUT_OF_BETWEEN.test(text.slice(own.cue.end, input.start))) &&
      (own.cue.end <= input.start ? own.cost < 40 : own.cost <= 12 && input.fractionOf !== true);
    if (own && ownsIt) {
      const metric = EVENT_METRIC[own.cue.kind as EventKind] ?? 'casualties_total';
      return { metric, unit: personUnit };
    }
    // "потери контингента … составили около 4000 человек, а погибли из них около тысячи": the subject of the
    // verb of amounting says what the whole is
    if (amountsTo(text, input)) {
      const subject = nearest(
        text,
        events,
        input,
        (k, cue) => EVENT_METRIC[k as EventKind] !== undefined && cue.end <= input.start,
      );
      if (subject && subject.cost < MAX_COST)
        return {
          metric: EVENT_METRIC[subject.cue.kind as EventKind] ?? 'casualties_total',
          unit: personUnit,
        };
    }
    const more = nearest(text, events, input, (k) => k === 'reinforce');
    // (not when a word of everything sent is nearer: "병력을 더 보내 누적 파병 규모는 대략 1만5천 명")
    const total =
      more &&
      nearest(
        text,
        events,
        input,
        (k, cue) => k === 'total' && CUMULATIVE.test(text.slice(cue.start, cue.end)),
      );
    if (!byNoun && more && more.cost < MAX_REINFORCE_COST && (!total || more.cost < total.cost))
      return { metric: 'reinforcements', unit: 'troops' };
    return byNoun ?? { metric: 'deployed_total', unit: 'troops' };
  }
  if (!byNoun && sentToReplace(text, input)) return { metric: 'reinforcements', unit: 'troops' };
  let nearestCasualty = nearest(
    text,
    events,
    input,
    (k, cue) => EVENT_METRIC[k as EventKind] !== undefined && !isReplaced(text, events, cue),
  );
  // ("признал потери — девять сапёров погибли": the verb that closes the number's clause says which losses)
  const closing =
    nearestCasualty?.cue.kind === 'casualties' && nearestCasualty.cue.end <= input.start
      ? nearest(
          text,
          events,
          input,
          (k, cue) => (k === 'killed' || k === 'wounded' || k === 'captured') && cue.start >= input.end,
        )
      : null;
  // ("rund 1000 Pioniere heim; Kim Jong Un ehrte neun … getötete": a casualty word after another number is that
  // number's, when the count has a noun of its own)
  if (
    byNoun &&
    nearestCasualty &&
    nearestCasualty.cue.start >= input.end &&
    countBetween(input.otherNumbers, input.end, nearestCasualty.cue.start) > 0
  )
    nearestCasualty = null;
  const casualty =
    closing &&
    closing.cue.start - input.end <= 24 &&
    !COORDINATOR.test(text.slice(input.end, closing.cue.start)) &&
    endsClause(text, closing, input)
      ? closing
      : nearestCasualty;
  // "ще у вересні" (still in September), "more often": a short word that marks reinforcements only right next to
  // the number is no deployment cue further away either.
  const deployed = nearest(
    text,
    events,
    input,
    (k, cue) =>
      (k === 'deployed' && !isLossOf(text, events, cue, input)) ||
      (k === 'reinforce' && isReinforceCue(text, cue, input, events)),
  );
  const deployedHere = deployed && input.part && deployed.cue.start >= input.end ? null : deployed;
  // "Потери КНДР, воюющих на стороне России …, составили более 3000": the number is what the subject of its verb
  // of amounting comes to, whatever words of deployment describe that subject
  const subject =
    casualty !== null &&
    casualty.cue.end <= input.start &&
    casualty.cost < 2 * MAX_COST &&
    amountsTo(text, input) &&
    (!deployedHere || (deployedHere.cue.start > casualty.cue.start && deployedHere.cue.end <= input.start));
  // ("the losses of the first contingent of about 11,000": the number gives the contingent's size)
  const sized = deployedHere !== null && givesSizeOf(text, deployedHere.cue, input);
  if (
    casualty &&
    !sized &&
    (casualty.cost < MAX_COST || subject) &&
    (casualty.cost <= CLOSE_COST ||
      // ("Ещё около 1100 военных, вернувшихся домой": those who came home, however many more they are)
      (casualty.cue.kind === 'returned' &&
        casualty.cue.start >= input.end &&
        casualty.cost <= 80 &&
        !CLAUSE_JOIN.test(text.slice(input.end, casualty.cue.start))) ||
      !deployedHere ||
      casualty.cost <= deployedHere.cost ||
      endsClause(text, casualty, input) ||
      subject)
  ) {
    let metric = EVENT_METRIC[casualty.cue.kind as EventKind] ?? 'casualties_total';
    // Engineers or workers who came home are still counted as engineers (the dataset files the returned
    // engineer regiment so); soldiers who came home are returnees.
    if (
      casualty.cue.kind === 'returned' &&
      byNoun?.metric === 'workers_or_engineers' &&
      noun &&
      !PEOPLE_AND_BEFORE.test(text.slice(Math.max(0, noun.start - 8), noun.start))
    )
      return byNoun;
    if (metric === 'wounded' && isTakenHome(text, events, input)) metric = 'other_nk';
    else if (metric === 'wounded' && isCapturedToo(text, events, input)) metric = 'captured';
    return { metric, unit: metric === 'other_nk' ? 'personnel' : personUnit };
  }
  // "전투병과 공병을 합쳐 1만1천 명": troops and engineers together are troops
  const peopleToo =
    byNoun?.metric === 'workers_or_engineers' &&
    noun !== null &&
    PEOPLE_AND_BEFORE.test(text.slice(Math.max(0, noun.start - 8), noun.start));
  if (byNoun && !peopleToo) return byNoun;
  // (not hardware's metric for people: "мільйони снарядів і тисячі військових")
  if (input.previous && !deployedHere && !(noun?.kind === 'person' && HARDWARE_METRICS.has(input.previous)))
    return { metric: input.previous, unit: personUnit };
  const reinforce = nearest(
    text,
    events,
    input,
    (k, cue) => k === 'reinforce' && isReinforceCue(text, cue, input, events),
  );
  const total = nearest(text, events, input, (k) => k === 'total');
  if (reinforce && reinforce.cost < MAX_REINFORCE_COST && (!total || reinforce.cost < total.cost)) {
    return { metric: 'reinforcements', unit: 'troops' };
  }
  // (people only: a list of deliveries names its hardware in each item)
  if (input.itemOf && !HARDWARE_METRICS.has(input.itemOf) && !deployedHere && !total)
    return { metric: input.itemOf, unit: personUnit };
  return { metric: 'deployed_total', unit: 'troops' };
}
