/**
 * Whose number is it? North Korea's, or Russia's/Ukraine's? Nearest ownership cue wins: first the words right
 * after the number ("soldiers from the DPRK", "Russian soldiers"), then back to the sentence start, then the
 * rest of the sentence; a sentence without any cue inherits North Korea from earlier in its paragraph.
 */
import type { Cue, ParagraphCues } from './collect-cues.ts';
import type { Span } from './segment.ts';

/** Owner of a number. */
export type Side = 'nk' | 'other' | 'none';

/**
 * An OTHER cue followed by a hostile verb is the actor, not the owner ("Ukrainian forces killed 300", "… said that
 * in one repelled advance they had killed 12 of them").
 */
const HOSTILE_AFTER =
  /^\s*(?:(?:said|say|says|claimed|claim|report(?:ed|s)?)\s+(?:that\s+)?(?:(?:in|during|at|on)\s+[^,.;\d]{1,30}?\s+(?=(?:they|it)\s))?(?:(?:they|it)\s+)?)?(?:(?:still|now|already|currently|also|reportedly)\s+)?(?:have\s+|had\s+|has\s+)?(?=\S+\s+(?:\S+\s+){0,3}(?:\d|north|північ|север|nord|북한|кндр|dprk|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|одного|одну|один|einen|eine|двох|двоє|двух|двоих|трьох|трех|десят|сотн|кількох|нескольк|zwei|drei|vier|fünf|zehn|dutzend|hunderte|mehrere))(?:killed|killing|captured|capturing|holds|held|hält|hielt|утримує|утримувала|удерживает|удерживала|wounded|wounding|eliminated|eliminating|destroyed|took|taken|захвати[A-Za-zÀ-ɏЀ-ӿ가-힣]*|поранили|ранили|ліквідува[A-Za-zÀ-ɏЀ-ӿ가-힣]*|знищи[A-Za-zÀ-ɏЀ-ӿ가-힣]*|взял[аиоі]?|взяв|захопи[A-Za-zÀ-ɏЀ-ӿ가-힣]*|уничтожи[A-Za-zÀ-ɏЀ-ӿ가-힣]*|ликвидирова[A-Za-zÀ-ɏЀ-ӿ가-힣]*|töteten|getötet|nahmen|생포|사살)/;

/**
 * The end of a question that asks how many an OTHER cue has taken or killed ("How many prisoners have the Ukrainians
 * actually taken?", "Скільки полонених взяли українці?"): the cue is the captor, not the owner.
 */
const CAPTOR_ASKED_AFTER =
  /^[\s\u00a0]+(?:(?:actually|really|now|already|so\s+far|справді|уже|вже|действительно|tatsächlich|bisher)[\s\u00a0]+)?(?:taken|captured|killed|seized|взяли|захопили|захватили|взяли\s+в\s+полон|gefangen\s+genommen)(?:[\s\u00a0]+(?:prisoner|captive|alive|в\s+плен|в\s+полон))?(?:[\s\u00a0]+(?:so\s+far|in\s+total|altogether))?[\s\u00a0]*\?/;

const CLAUSE_BREAK = /[,;:()—–]/;

/** End of the clause that starts at `from`, no further than `limit`. */
function clauseEnd(text: string, from: number, limit: number): number {
  const m = CLAUSE_BREAK.exec(text.slice(from, limit));
  return m ? from + m.index : limit;
}

/** True when Korean text follows the number (Korean names the owner before the number, not after). */
function isHangulAt(text: string, at: number): boolean {
  return /^[\s\u00a0]?[가-힣]/.test(text.slice(at, at + 2));
}

function firstIn(list: readonly Cue[], from: number, to: number): Cue | undefined {
  return list.find((c) => c.start >= from && c.start < to);
}

function lastIn(list: readonly Cue[], from: number, to: number): Cue | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const c = list[i];
    if (c && c.end <= to && c.start >= from) return c;
  }
  return undefined;
}

function mergeCues(a: readonly Cue[], b: readonly Cue[]): Cue[] {
  return b.length === 0 ? [...a] : [...a, ...b].sort((x, y) => x.start - y.start);
}

/** "Ukrainian military intelligence", "російського командування": estimators, not owners. */
const ESTIMATOR_AFTER =
  /^\s*(?:intelligence|command|розвід|развед|geheimdienst|nachrichtendienst|командуван|командован|генштаб|generalstab)/;

/** A verb of announcing or saying right after a cue (with at most two words between): the cue speaks. */
const ANNOUNCED_AFTER =
  /^[\s\u00a0]+(?:[^\s\d,.;:]+[\s\u00a0]+){0,2}?(?:announced|said|says|stated|объявил[аио]?|объявляет|заявил[аио]?|заявляет|сообщил[аио]?|сообщает|оголосил[аио]?|оголосив|заявив|повідомил[аио]?|повідомив|сказал[аио]?|сказав|сказали|kündigte|erklärte|sagte|teilte|gab\s+bekannt)(?![\p{L}])/u;

/**
 * A verb of saying after a cue, past an apposition ("the Ukrainians, their military intelligence, said", "the
 * South Koreans were saying"): the cue speaks.
 */
const SPEAKS_AFTER =
  /^(?:[\s\u00a0]*,[^,.;:!?\d]{1,48},)?[\s\u00a0]+(?:[^\s\d,.;:]+[\s\u00a0]+){0,2}?(?:said|say|says|saying|told|estimated|estimates|reckoned|reckon|announced|stated|sagte|sagten|sagen|schätzte|schätzten|schätzen|сказал[аио]?|сказали|сказав|говорил[аио]?|говорили|говорив|говорят|говорять|казал[аио]?|казали|казав|заявил[аио]?|заявили|заявив|оценил[аио]?|оценили|оцінил[аи]?|оцінив|оцінили)(?![\p{L}])/u;

/**
 * Whether an other-side cue only speaks, giving a number: a verb of saying after it and a number soon after the
 * verb ("the Ukrainians, their military intelligence, said nearly twelve thousand"), with no loss of its own named
 * after it in its sentence ("Russia said it lost 1,000"). Such a cue does not change whose force a text goes on
 * about; a speaker with no number after its verb ("…, Ukraine's air force said.") does.
 * @param numbers the sentence's numbers (where they start).
 */
export function isSpeakerCue(
  text: string,
  cue: Cue,
  events: readonly { start: number; kind: string }[],
  end: number,
  numbers: readonly { start: number }[],
): boolean {
  const says = SPEAKS_AFTER.exec(text.slice(cue.end, cue.end + 72));
  if (!says) return false;
  const verbEnd = cue.end + says[0].length;
  if (!numbers.some((n) => n.start >= verbEnd && n.start - verbEnd <= 40)) return false;
  return !events.some((e) => e.start >= cue.end && e.start < end && LOSS_EVENTS.has(e.kind));
}

/** A pronoun that refers back to the force: "їх", "их", "them", "they", "sie", "이들". */
const FORCE_PRONOUN = /(?<![\p{L}])(?:їх|их|them|they|sie|이들)(?![\p{L}])/u;

/** Events of losing people, which make the speaker before them their subject ("Russia said it lost"). */
export const LOSS_EVENTS: ReadonlySet<string> = new Set([
  'killed',
  'wounded',
  'casualties',
  'lost',
  'captured',
]);

/** Words that make what follows a companion: "beside", "alongside", "рядом с", "разом з", "an der Seite". */
const COMPANION_BEFORE =
  /(?:^|[^\p{L}])(?:beside|alongside|together\s+with|along\s+with|рядом\s+с|вместе\s+с|бок\s+о\s+бок\s+с|разом\s+(?:з|із)|поруч\s+(?:з|із)|пліч-о-пліч\s+(?:з|із)|an\s+der\s+seite|neben|gemeinsam\s+mit|zusammen\s+mit)\s+(?:the\s+|den\s+|der\s+)?(?:\p{L}+\s+)?$/u;

/** A speaker's "spoke of" right before the number ("говорил тогда о", "sprach von"): the speaker estimates. */
const SPEAKER_AFTER =
  /^[\s\u00a0]*(?:[^\s\d,.;:]+[\s\u00a0]+){0,2}?(?:spoke|speaks|talked|говорил[аи]?|говорит|говорив|говорила|говорили|sprach|spricht|sprachen)(?:[\s\u00a0]+(?:then|тогда|тоді|damals|also|уже|вже|ещё|ще))?[\s\u00a0]+(?:of|about|о|об|про|von)[\s\u00a0]+$/;

/**
 * German puts the verb last: "gelang es ukrainischen Truppen, zwei Soldaten lebend gefangen zu nehmen", "die
 * Einheit habe 20 Nordkoreaner getötet". The actor, again, not the owner.
 */
const HOSTILE_VERB_LAST =
  /^[^.;!?]{0,40}?(?:\d|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|einen|eine|dutzend|hundert|mehrere)[^.;!?]{0,40}?(?:gefangen\s*(?:zu\s+)?(?:nehmen|genommen)|gefangengenommen|getötet|zu\s+töten|festgesetzt|festgenommen|verwundet\s+(?:zu\s+)?(?:haben|hätten|habe))(?![a-zäöüß])/;

/**
 * A Korean agent of a passive capture or killing: "북한군 두 명이 우크라이나군에 생포됐다", "우크라이나군에 의해 사살된".
 * The army named is the captor, not the owner.
 */
const KOREAN_AGENT =
  /^[^에.!?\n]{0,3}(?:에게?|에[\s\u00a0]?의해)[\s\u00a0]*[^.!?\n]{0,12}?(?:생포|사살|포로로|붙잡|체포)/;

/**
 * A Korean actor of a capture or killing in a relative clause before the number: "우크라이나군이 1월 9일 쿠르스크에서
 * 생포한 두 명", "우크라이나 특수부대가 사살한 북한군 30여 명". The army named is the captor, not the owner.
 */
const KOREAN_ACTOR =
  /^[이가은는]?[\s\u00a0][^.!?\n]{0,40}?(?:생포한|사살한|붙잡은|포로로[\s\u00a0]?잡은)[\s\u00a0]/;

/**
 * A Korean actor of a capture or killing as the subject of the main clause, the count its object: "우크라이나군은
 * 쿠르스크에서 부상한 병사 두 명을 산 채로 붙잡았다". The army named is the captor, not the owner.
 */
const KOREAN_ACTOR_MAIN =
  /^[이가은는]?[\s\u00a0][^.!?\n]{0,60}?(?:\d|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)[^.!?\n]{0,24}?(?:생포했|사살했|붙잡았|포로로[\s\u00a0]?잡았)/;

/**
 * A Korean army named as a companion, as the units a force was attached to, or as the one that took ground, not as
 * the one counted: "러시아군 공병과 함께", "러시아 공수부대와 해군보병 부대에 나뉘어 배속됐다", "우크라이나군이 기습적으로
 * 국경을 넘어 장악한 바로 그 땅".
 */
const KOREAN_COMPANION_OR_TAKER =
  /^(?:[\s\u00a0]?(?:[가-힣]{1,8}[\s\u00a0]?)?[와과][\s\u00a0]?(?:함께|나란히)|[와과]?[\s\u00a0]?(?:[가-힣]{1,8}[\s\u00a0]?){0,3}에[\s\u00a0]?(?:(?:나뉘어|섞여|흩어져)[\s\u00a0]?)?(?:배속|편입|배치)|[이가은는]?[\s\u00a0][^.!?\n]{0,30}?(?:장악|점령|탈환|진입)(?:한|했|하고|해)(?![가-힣]))/;

/**
 * The units a force was put into, before them: "folded into Russian airborne and marine units", "integrated into
 * Russian units", "включены в состав российских подразделений", "розподілили між російськими частинами".
 */
const ATTACHED_TO_BEFORE =
  /(?:folded|integrated|incorporated|embedded|absorbed|attached|assigned|distributed|split)\s+(?:in(?:to)?|to|among|across|with)\s+(?:the\s+)?$|(?:включ[а-яё]*|влит[а-яё]*|распредел[а-яё]*|придан[а-яё]*|включ[а-яіїє]*|влит[а-яіїє]*|розподіл[а-яіїє]*|придан[а-яіїє]*)\s+(?:в\s+состав|по|между|до\s+складу|у\s+склад|в\s+склад|по|між|серед)\s+$|(?:eingegliedert|integriert|verteilt|aufgeteilt)\s+(?:in|auf)\s+(?:die\s+|den\s+)?$/;
/** German puts the verb last: "auf russische Luftlande- und Marineinfanterieverbände verteilt". */
const ATTACHED_TO_AFTER =
  /^[\s\u00a0]{1,3}(?:verteilt|aufgeteilt|eingegliedert|integriert|eingebunden)(?![a-zäöüß])/;

/**
 * The agent of a passive capture or killing: "two soldiers taken alive by Ukrainian forces", "von ukrainischen
 * Truppen gefangen genommen". The army named is the captor, not the owner.
 */
const PASSIVE_AGENT_BEFORE =
  /(?:taken(?:\s+(?:alive|prisoner|captive))?|captured|seized|killed|wounded|gefangen\s+genommen|getötet)[^.;!?\d]{0,24}?\s(?:by|von|durch)\s+(?:the\s+)?$/;

/** A verb of counting a few words after a cue: "Южнокорейские военные в марте насчитали", "… counted". */
const COUNTED_AFTER =
  /^[\s\u00a0]+(?:[^\s\d,.;:]+[\s\u00a0]+){0,3}?(?:насчитал[аи]?|нарахува(?:в|ла|ли)|налічил[аи]|counted|tallied|zählte[n]?)(?![\p{L}])/u;

/** South Korea's army or officials, which count North Korea's supplies and never own them. */
const SOUTH_KOREAN = /south[\s-]+korea|південнокорей|южнокорей|südkorea|한국군|합참|seoul|сеул/;

function owners(text: string, list: readonly Cue[]): Cue[] {
  return list.filter((c) => isOwnerCue(text, c));
}

/**
 * Whether an OTHER cue is the captor a question asks about ("How many prisoners have the Ukrainians actually taken?"):
 * the question, and the answer after it, speak of North Korea's force, not of the cue's own.
 */
export function isAskedCaptor(text: string, c: Cue): boolean {
  return CAPTOR_ASKED_AFTER.test(text.slice(c.end, c.end + 72));
}

/** A verb of telling or watching right after an OTHER cue: "Ukrainian drone crews describe men advancing …". */
const WITNESS_AFTER =
  /^[\s\u00a0]+(?:[^\s\d,.;:]+[\s\u00a0]+){0,2}?(?:describe[sd]?|recall(?:s|ed)?|remember(?:s|ed)?|watched|saw|noticed|beschreib[a-zäöüß]*|erinner[a-zäöüß]*|beobacht[a-zäöüß]*|описыва[а-яё]*|вспомина[а-яё]*|наблюда[а-яё]*|описують|описували|згаду[а-яіїє]*|спостеріга[а-яіїє]*|(?:은|는|이|가)?[\s\u00a0]?(?:기억|회상|목격))(?![\p{L}])/u;

/**
 * Whether an OTHER cue is a witness who tells what it saw ("Ukrainian drone crews describe men advancing", "українські
 * оператори згадують"): like a speaker, it does not change whose force a text goes on about.
 */
export function isWitnessCue(text: string, c: Cue): boolean {
  return WITNESS_AFTER.test(text.slice(c.end, c.end + 48));
}

/** An intelligence service right after an OTHER cue, perhaps past one adjective: "Украинская военная разведка". */
const INTELLIGENCE_AFTER =
  /^[\s\u00a0]+(?:[^\s\d,.;:]+[\s\u00a0]+)?(?:intelligence|spy\s+agency|розвідк|разведк|geheimdienst|nachrichtendienst|militärgeheimdienst)/;

/**
 * Whether an OTHER cue names an intelligence service that estimates North Korea's force ("Ukrainian military
 * intelligence said …", "Украинская военная разведка 24 октября говорила о …"): like a speaker, it does not change
 * whose force a text goes on about.
 */
export function isIntelligenceCue(text: string, c: Cue): boolean {
  return INTELLIGENCE_AFTER.test(text.slice(c.end, c.end + 48));
}

/** "shocked the Ukrainians facing them": the army that stands against the force spoken of, whose numbers are not its own. */
const OPPONENT_AFTER =
  /^\s+(?:facing|fighting|opposing|opposite|confronting)\s+(?:them|the\s+koreans|the\s+north\s+koreans)(?![\p{L}])/u;

/**
 * Whether an OTHER cue names the units the force was attached to ("some of them attached to Russian airborne and
 * marine units", "auf russische Verbände verteilt"): the host of the force, not a change of subject.
 */
export function isHostCue(text: string, c: Cue): boolean {
  return (
    ATTACHED_TO_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)) ||
    ATTACHED_TO_AFTER.test(text.slice(c.end, c.end + 16))
  );
}

/**
 * Whether an OTHER cue names the army facing the force the text speaks of ("shocked the Ukrainians facing them"):
 * neither the owner of a number nor a change of subject.
 */
export function isOpponentCue(text: string, c: Cue): boolean {
  return OPPONENT_AFTER.test(text.slice(c.end, c.end + 40));
}

/**
 * Whether an OTHER cue may own the numbers near it: false when it is the actor of a capture or a killing ("Ukrainian
 * forces captured two", "taken by Ukrainian forces", "How many have the Ukrainians taken?") or an estimator.
 */
export function isOwnerCue(text: string, c: Cue): boolean {
  const after = text.slice(c.end, c.end + 72);
  return (
    !HOSTILE_AFTER.test(after) &&
    !CAPTOR_ASKED_AFTER.test(after) &&
    !PASSIVE_AGENT_BEFORE.test(text.slice(Math.max(0, c.start - 56), c.start)) &&
    // (the particle may end the cue itself: "우크라이나군에")
    !KOREAN_AGENT.test(text.slice(Math.max(c.start, c.end - 3), c.end + 24)) &&
    !KOREAN_ACTOR.test(text.slice(c.end, c.end + 56)) &&
    !KOREAN_ACTOR_MAIN.test(text.slice(c.end, c.end + 100)) &&
    !KOREAN_COMPANION_OR_TAKER.test(text.slice(c.end, c.end + 48)) &&
    !isHostCue(text, c) &&
    !ESTIMATOR_AFTER.test(after) &&
    !(SOUTH_KOREAN.test(text.slice(c.start, c.end)) && COUNTED_AFTER.test(after)) &&
    !isOpponentCue(text, c) &&
    !HOSTILE_VERB_LAST.test(text.slice(c.end, c.end + 100))
  );
}

/**
 * "sent to Russia", "fighting for Moscow", "in Russland", "на боці Росії": the country North Korea's troops
 * went to or fight for, written after them. Not the owner of a number that follows.
 */
const DESTINATION_BEFORE =
  /(?:^|[^\p{L}])(?:to|for|in|into|inside|alongside|help|helping|assist|assisting|nach|für|an der seite|в|у|во|до|за|на боці|на стороні|на стороне|на боку|допомогти|помочь)\s+(?:the\s+)?$/iu;

/**
 * "…sent to help Russia drive Ukrainian forces out of Kursk", "… im Kampf gegen ukrainische Truppen": the enemy
 * North Korea's troops fight, written after them. Not the owner of a number that follows either.
 */
const TARGET_BEFORE =
  /(?:^|[^\p{L}])(?:drive|drove|driving|push|pushed|pushing|oust|ousted|ousting|expel|expelled|expelling|repel|repelled|repelling|against|gegen|vertreiben|zurückdrängen|проти|против|витіснити|витісняти|вытеснить|вытеснять|выбить|выбивать|відбити|відбивати)\s+(?:the\s+)?$/iu;

/**
 * Whether `cue` is a destination or an enemy named after a North Korea cue of the same sentence ("…troops sent
 * to Russia", "… to drive Ukrainian forces out").
 */
function isDestination(text: string, cue: Cue, nk: readonly Cue[], from: number): boolean {
  const before = text.slice(Math.max(from, cue.start - 16), cue.start);
  if (!DESTINATION_BEFORE.test(before) && !TARGET_BEFORE.test(before)) return false;
  return nk.some((c) => c.start >= from && c.end <= cue.start);
}

const SEMICOLON = 59;

/**
 * Decides the owner of the number at [start, end).
 * @param near end of the words that belong to the number (its noun phrase).
 * @param cues the cues of the number's sentence.
 * @param carried the owner carried over from earlier sentences and paragraphs ('nk' or 'none').
 * @param hardware true for equipment and munitions, which weak Russia-as-subject cues do not veto.
 * @returns `carried` when no cue in the number's sentence names an owner.
 */
export function decideSide(
  text: string,
  cues: ParagraphCues,
  num: { start: number; end: number; near: number },
  sentence: Span,
  carried: Side,
  hardware = false,
): Side {
  const other = owners(text, hardware ? cues.other : mergeCues(cues.other, cues.otherWeak));
  const afterLimit = clauseEnd(
    text,
    num.end,
    Math.min(sentence.end, num.near + (isHangulAt(text, num.end) ? 6 : 32)),
  );
  let nkAfter = firstIn(cues.nk, num.end, afterLimit);
  // "Russia lost 1,000 soldiers fighting beside North Korea's troops": a companion named after is no owner of
  // the number of the army named before it
  if (
    nkAfter &&
    COMPANION_BEFORE.test(text.slice(Math.max(num.end, nkAfter.start - 24), nkAfter.start)) &&
    lastIn(other, sentence.start, num.start)
  )
    nkAfter = undefined;
  let otherAfter = firstIn(other, num.end, afterLimit);
  // "North Korea lost 1,000 soldiers fighting alongside Russian troops": likewise the other way round
  if (
    otherAfter &&
    COMPANION_BEFORE.test(text.slice(Math.max(num.end, otherAfter.start - 24), otherAfter.start)) &&
    lastIn(cues.nk, sentence.start, num.start)
  )
    otherAfter = undefined;
  if (nkAfter || otherAfter) {
    if (!otherAfter) return 'nk';
    if (!nkAfter) return 'other';
    return nkAfter.start <= otherAfter.start ? 'nk' : 'other';
  }
  const nkBefore = lastIn(cues.nk, sentence.start, num.start);
  // "Moscow declared Kursk retaken; four days later the NIS put the total sent at about 15,000": a country that is
  // only the subject of a clause before a semicolon is no owner of a number in the clause after it
  let clauseStart = num.start;
  while (clauseStart > sentence.start && text.charCodeAt(clauseStart - 1) !== SEMICOLON) clauseStart--;
  const ownBefore =
    clauseStart > sentence.start && !hardware
      ? other.filter((c) => c.start >= clauseStart || !cues.otherWeak.includes(c))
      : other;
  let otherBefore = lastIn(ownBefore, sentence.start, num.start);
  if (otherBefore && isDestination(text, otherBefore, cues.nk, sentence.start)) {
    const rest = other.filter((c) => c !== otherBefore && !isDestination(text, c, cues.nk, sentence.start));
    otherBefore = lastIn(rest, sentence.start, num.start);
  }
  // "Шойгу говорил тогда о тысяче саперов …, которых Пхеньян пришлёт": the speaker before is the estimator
  // when North Korea is named later in the sentence and no one else is
  if (
    !nkBefore &&
    otherBefore &&
    (SPEAKER_AFTER.test(text.slice(otherBefore.end, num.start)) ||
      // ("Россия официально объявила об их отправке: … о тысяче саперов, которых Пхеньян пришлёт"; not "Russia
      // said it lost 1,000", where a loss between makes the speaker its subject)
      (ANNOUNCED_AFTER.test(text.slice(otherBefore.end, otherBefore.end + 40)) &&
        !cues.events.some(
          (e) => e.start >= otherBefore.end && e.end <= num.start && LOSS_EVENTS.has(e.kind),
        ))) &&
    (cues.nk.some(
      (c) =>
        c.start >= num.end &&
        c.end <= sentence.end &&
        !COMPANION_BEFORE.test(text.slice(Math.max(num.end, c.start - 24), c.start)),
    ) ||
      // ("Американські військові в листопаді сказали, що … їх уже щонайменше 10 тисяч": the force carried over,
      // by a pronoun after the verb of saying)
      (carried === 'nk' && FORCE_PRONOUN.test(text.slice(otherBefore.end, num.start)))) &&
    !firstIn(other, num.end, sentence.end)
  )
    return 'nk';
  if (nkBefore || otherBefore) {
    if (!otherBefore) return 'nk';
    if (!nkBefore) return 'other';
    return nkBefore.end >= otherBefore.end ? 'nk' : 'other';
  }
  const laterLimit = clauseEnd(text, afterLimit, sentence.end);
  const nkLater = firstIn(cues.nk, afterLimit, laterLimit);
  const otherLater = firstIn(other, afterLimit, laterLimit);
  if (nkLater || otherLater) {
    if (!otherLater) return 'nk';
    if (!nkLater) return 'other';
    return nkLater.start <= otherLater.start ? 'nk' : 'other';
  }
  // A clause of its own after a break can still say whose the number is ("30 тысяч контейнеров, отправленных
  // из КНДР"); there only North Korea counts: another country there is usually another actor ("…, where
  // Ukrainian forces …").
  if (laterLimit === afterLimit && afterLimit < sentence.end && CLAUSE_BREAK.test(text.charAt(afterLimit))) {
    const nextClause = clauseEnd(text, afterLimit + 1, sentence.end);
    const nkNext = firstIn(cues.nk, afterLimit + 1, nextClause);
    if (nkNext) return 'nk';
    // (after a dash the clause describes the number: "2만8천500명 — 주한미군의 무게", whoever it names)
    if (/[—–]/.test(text.charAt(afterLimit)) && firstIn(other, afterLimit + 1, nextClause)) return 'other';
  }
  return carried;
}

/**
 * The owner of a fact line's number ("80 000 — щонайменше стільки втратила Росія", "About 15,000 – North
 * Korean troops sent …"): the first ownership cue anywhere in its description, which is the number's own
 * text however many commas it has.
 * @param hardware as for decideSide: Russia as the subject ("получила Россия от КНДР") does not own supplies.
 * @returns `carried` when the description names no owner.
 */
export function decideLineSide(
  text: string,
  cues: ParagraphCues,
  line: Span,
  carried: Side,
  hardware = false,
): Side {
  const inLine = (c: Cue) => c.start >= line.start && c.end <= line.end;
  const nk = cues.nk.find(inLine);
  const other = owners(text, hardware ? cues.other : mergeCues(cues.other, cues.otherWeak)).find(inLine);
  if (!nk && !other) return carried;
  if (!other) return 'nk';
  if (!nk) return 'other';
  return nk.start <= other.start ? 'nk' : 'other';
}
