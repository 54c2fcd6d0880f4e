/**
 * The figure extraction engine: finds figures about North Korean troops and DPRK military aid in plain text.
 *
 * Pipeline per paragraph that mentions North Korea: sentences → numbers (scanNumbers) → drop non-figures
 * (dates, calibres, models, money) → hedge words and span (attachQualifier) → evidence that the number counts
 * something → owner (decideSide: only North Korea's figures) → metric and unit (classifyMetric).
 */
import { detectLang } from '../lang/detect-lang.ts';
import { lowerSameLength } from '../lang/lower-text.ts';
import { scanNumbers } from '../numbers/scan-numbers.ts';
import type { NumberToken } from '../numbers/scan-numbers.ts';
import type { Figure, Lang, Metric, Unit } from '../types.ts';
import { attachQualifier } from './attach-qualifier.ts';
import type { Hedged } from './attach-qualifier.ts';
import { classifyMetric } from './classify-metric.ts';
import { collectCues } from './collect-cues.ts';
import type { Cue, EventCue, ParagraphCues } from './collect-cues.ts';
import {
  decideLineSide,
  decideSide,
  isAskedCaptor,
  isIntelligenceCue,
  isHostCue,
  isOpponentCue,
  isOwnerCue,
  isWitnessCue,
  isSpeakerCue,
  LOSS_EVENTS,
  type Side,
} from './decide-side.ts';
import {
  ATTRIBUTION_END,
  findCountNoun,
  findCountNounBefore,
  findLabelNoun,
  findLastHardwareNoun,
  findKoreanNounBefore,
  followsCountingWord,
  isElliptical,
} from './find-count-noun.ts';
import type { CountNoun } from './find-count-noun.ts';
import { isNonFigure, isYearLike, matchPercent } from './reject-non-figure.ts';
import { findParagraphs, findSentences } from './segment.ts';
import { findTableContext } from './find-table-context.ts';
import { CHANGE_VERB, findChangeEnds, findChangePartner } from './change-pair.ts';
import type { Span } from './segment.ts';
import { FORCE_OR_LOSSES, isHeading, MAX_CARRY, WAR_CONTEXT } from './context-rules.ts';
import {
  blockWeight,
  countsContainers,
  isCaption,
  isComment,
  isFigureList,
  isFurniture,
  isForumFurniture,
  startsEntry,
  startsPost,
} from './furniture.ts';
import type { CompactText } from './compact-text.ts';
import { compactSubtitleCues } from './subtitle-cues.ts';
import { undoLayout } from './undo-layout.ts';
import { NK_STEMS } from './compact-context.ts';
import { NK_ANAPHOR_PARTS } from './cues/side-cues.ts';
import { EVENT_METRIC, NOUN_METRIC, type EventKind } from './cues/metric-cues.ts';
import { GATE_SOURCE, mentionsNorthKorea } from './topic-gate.ts';
import { namesNorthKoreaOften } from './names-north-korea-often.ts';
import { namesNorthKorea } from './names-north-korea.ts';
import { datesBeforeWar, followsPast, mayBePast, readEra, readParagraphPast } from './past-era.ts';
import { followsBorder, mayBeAtBorder, readParagraphAtBorder, readPlace } from './korean-border.ts';

/** Counts of people at or above this are North Korea's home army, never the deployment. */
const HOME_ARMY = 300_000;
/** A claim of more troops ("500,000 more are on their way") counts fewer than this; more is the home army's reserve. */
const MAX_MORE_CLAIM = 1_000_000;
/** The home army's reserve, in a sentence: "ещё 600 тыс. числятся в резерве", "in reserve units". */
const RESERVE = /(?:reserv|резерв|예비)/;
/** Counts of people at or above this are the home army too, unless forecast ("could grow to 100,000"). */
const FORECAST_MAX = 100_000;
/** Losses of people at or above this are no count of North Korea's force (the largest claim seen: 40,000 killed). */
const MAX_NK_LOSSES = 50_000;
const CASUALTY_EVENTS: ReadonlySet<string> = new Set([
  'casualties',
  'killed',
  'wounded',
  'captured',
  'lost',
  'returned',
]);
const PERSON_METRICS: ReadonlySet<string> = new Set([
  'deployed_total',
  'reinforcements',
  'killed',
  'wounded',
  'casualties_total',
  'captured',
  'other_nk',
]);

interface SentenceState {
  span: Span;
  /** The cues inside this sentence. */
  cues: ParagraphCues;
  /** The page speaks of Russia, the war or deliveries (hardware counts need that). */
  warContext: boolean;
  /** The sentence is local news beside the story (UNRELATED_NEWS, no North Korea cue); read on first need. */
  unrelated?: boolean;
  /** Owner carried into this sentence from earlier sentences and paragraphs. */
  carried: 'nk' | 'none';
  excluded: boolean;
  tokens: number[];
  ends: number[];
  /** Hardware noun of the last figure, for ellipsis ("148 missiles … and about 150 more"). */
  lastNoun: CountNoun | null;
  /** A count of the home army was read in this sentence ("병력 128만 명, 전차 4300여 대"): hardware after it is its arsenal. */
  homeArmy?: boolean;
  /** The last figure of the sentence, for lists ("1 100 in December, more than 3 000 in January"). */
  last: Figure | null;
  /** Metric of the last figure of the paragraph before this sentence ("the estimate rose to 600"). */
  paragraphLast: Metric | null;
  /** Unit of that figure. */
  paragraphLastUnit?: Unit;
  /** Metric of the last figure before this sentence within as far as a subject carries (a sum may add those up). */
  recentLast?: Metric;
  /** The question of how many this sentence may answer ("Wie viele Soldaten hat Kim geschickt?"); null if none. */
  question: Span | null;
  /**
   * A question of how many told, not asked, in this sentence or one before it in the paragraph ("на запитання,
   * скільки … загинуло, відповів:", "Wer wissen will, wie viele … gefallen sind, …"): from its "how many" to the
   * end of its clause; null if none.
   */
  indirect: Span | null;
  /**
   * The metric the sentence before names without a number ("국정원의 사망자 추정치는 … 늘었다. 4월에는 600명가량으로
   * 봤다가"): the topic of the numbers after it; null when that sentence has a number or no event word.
   */
  topic: Metric | null;
  /** The sentence before has no number but speaks of a count or an event ("… to the size of the first contingent."). */
  afterTopic: boolean;
  /** Whether the sentence has a word of signing (SIGNED_WORD), once asked; absent until then. */
  signed?: boolean;
  /** The sentence is (in) an item of a list: a bullet's line, or a chart's column, bar or line (LIST_ITEM). */
  item: boolean;
  /** What the list the sentence is an item of counts, by its introduction (ListTopic); null if none or no item. */
  itemOf: Metric | null;
}

/** An ellipsis that cuts a snippet off right after its number, at the end of the line. */
const SNIPPET_CUT_AFTER = /^[\s\u00a0]*(?:…|\.\.\.)[\s\u00a0]*(?:\n|$)/;

/**
 * What a change by a share says before it, its hedge between: "ein Plus von rund 230", "by less than 28",
 * "выросли примерно на 28", "зросла на 10".
 */
const PERCENT_BY_BEFORE =
  /(?:(?:plus|minus|zuwachs|anstieg|rückgang|zunahme|abnahme)[\s\u00a0]+von|(?:^|[\s(])(?:by|um|на)(?:[\s\u00a0]+(?:less|more)[\s\u00a0]+than)?)[\s\u00a0]+(?:(?:rund|etwa|knapp|gut|about|around|nearly|almost|roughly|примерно|около|почти|приблизно|близько|майже)[\s\u00a0]+)?$/;

/** A Korean verb of change right after a percentage ("28% 늘어난", "3% 감소했다"). */
const KOREAN_CHANGE_AFTER =
  /^[\s\u00a0]?(?:가량[\s\u00a0]?)?(?:늘|증가|감소|줄|올랐|올라|떨어|상승|하락|급증|급감)/;

/** The word that opens the new value of a change ("с 600 до 2 тысяч"). */
const CHANGE_TO = /^(?:to|auf|до|на)[\s\u00a0]+/;

/** A definite article or demonstrative right before a small number in words: the people of a scene. */
const SCENE_ARTICLE_BEFORE =
  /(?:^|[^a-zа-яёіїєґäöüß])(?:the|these|those|der|die|den|diese[rn]?|тих|цих|этих|тех)[\s\u00a0]+$/;

/** "für realistisch(er) halte", "von etwa 15.000 die Rede": a number held to be likely or spoken of, the verb after it (German). */
const HELD_FOR_AFTER =
  /^[\s\u00a0]+(?:für[\s\u00a0]+(?:realistisch|wahrscheinlich|plausibel|möglich)(?:er)?[\s\u00a0]+(?:hält|hielt|halte|halten|hielten|gehalten)|(?:genannt|angegeben|beziffert|geschätzt|gesprochen)[\s\u00a0]*(?:[.,;]|$|(?:hatte|hat|habe|worden|wurde)(?![a-zäöüß]))|(?:nannte|nannten|nennt|nennen|angab|angaben)[\s\u00a0]*(?:[.,;]|$)|die[\s\u00a0]+rede)(?![a-zäöüß])/;

/** Only "and" between a count's noun and the next number ("тысяче саперов и пяти тысячах"). */
const AND_BETWEEN = /^[\s\u00a0]*(?:и|і|й|та|and|und)[\s\u00a0]+$/;

/** A year written as a plain number ("2024"). */
const YEAR = /^(?:19|20)\d\d$/;
/** Words of sport: a team, its players, a match or a tournament. */
const SPORT_WORD =
  /(?<![a-zа-яіїєёäöüß])(?:squad|players?|match(?:es)?|tournament|coach|goalkeeper|penalt(?:y|ies)|kickers?|league|world\s+cup|заявк[а-яіїєё]*|гравц[а-яіїє]*|гравчин[а-яіїє]*|матч[а-яіїєё]*|турнір[а-яіїє]*|турнир[а-яё]*|тренер[а-яіїєё]*|пенальт[а-яіїєё]*|игрок[а-яё]*|футбол[а-яіїєё]*|kader|mannschaft|spieler(?:in|innen)?|turnier[a-zäöüß]*|trainer(?:in)?|elfmeter[a-zäöüß]*|torhüterin|weltmeisterschaft)(?![a-zа-яіїєёäöüß])|선수|승부차기|키커|대표팀|감독|경기장|조별리그/;
/** A noun of loss right after a number ("2000 Tote", "2000 погибших", "2,000 dead"): a count, not a year. */
const LOSS_NOUN_AFTER =
  /^[\s\u00a0]+(?:tote[n]?|gefallene[n]?|verwundete[n]?|dead|deaths|casualties|погибш|убитых|загиблих|вбитих|사망자|전사자|사상자)(?![a-zäöüß])/;
/** The word "year" before a year ("im Jahr 2000", "в 2000 году" has it after). */
const YEAR_WORD_BEFORE = /(?:jahr|year|року|году|рік)[\s\u00a0]+$/;

/** Every mention of North Korea in a text, in turn (the gate's pattern). */
const GATE_ALL = new RegExp(GATE_SOURCE, 'gi');

/** Words that name a quantity, so "the figure rose to 10,000" counts something. */
const QUANTITY =
  /(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:figure|number|total|count|tally|toll|estimate|size|strength|contingent|force|цифр[а-яіїє]*|кількість|кількості|число|чисельн[A-Za-zÀ-ɏЀ-ӿ가-힣]*|численност[A-Za-zÀ-ɏЀ-ӿ가-힣]*|количеств[A-Za-zÀ-ɏЀ-ӿ가-힣]*|zahl|anzahl|stärke|규모|수치)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])/;
/**
 * A verb of naming or using a number right before it ("Zelensky named 4,000", "його відомство назвало майже
 * 12 000", "говорила о более чем 12 тысячах", "others work with about 11,000"): the number restates a figure of
 * the same kind as the one before it in its paragraph, by another estimator.
 */
const NAMING_BEFORE =
  /(?:(?:제시한|내놓은|밝힌|추산한|집계한)[\s\u00a0]+$)|(?<![A-Za-zÀ-ɏЀ-ӿ])(?:(?:previously|initially|earlier|first|had)[\s\u00a0]+reported|named|names|cited|cites|citing|used|uses|use|using|repeat|repeats|repeated|repeating|printed|prints|druckte[n]?|standen(?:[\s\u00a0]+(?:plötzlich|dann|da|nun))?|з'явил(?:ося|ась|ись)|з’явил(?:ося|ась|ись)|появил(?:ось|ась|ись)|напечатал[аои]?|надрукува(?:в|ла|ли|ло)|expects|expected|quoted|mentioned|floated|floats|called|calls|suggested|suggests|(?:rose|climbed|grew|jumped|went\s+up|fell|dropped)\s+to|became|becomes|(?:raised|revised|lifted|increased|lowered|cut|corrected|updated)\s+(?:(?:that|it|this|its\s+(?:estimate|figure|count)|the\s+(?:number|figure|estimate|toll|count))\s+)?to|put\s+(?:it|the\s+(?:number|figure)|(?:the\s+|its\s+|their\s+)?(?:(?:running|overall|cumulative|whole|new|latest|official)\s+)?(?:deliveries|losses|toll|total|count|tally|strength))(?:\s+(?:of|in)\s+[^\s\d,.;]+)?\s+at|work(?:s|ed|ing)?\s+(?:with|from)|spoke\s+of|speaks\s+of|spoken\s+of|settled(?:\s+early)?\s+on|preferred|split\s+the\s+difference\s+with|talked\s+(?:of|about)|(?:said|says|saying|(?:all|they|reports|versions)\s+say)(?:\s+(?:last|this)\s+(?:week|month|year))?(?:\s+(?:it|that)\s+(?:was|is))?|назва(?:в|ла|ло|ли)|назива(?:в|ла|ло|ли|є|ють)|говори(?:в|ла|ло|ли|ть)\s+про|пиш(?:е|уть)\s+(?:вже\s+)?про|писа(?:в|ла|ли|ло)\s+(?:вже\s+|уже\s+)?про|(?:получаем|получим|получится|отримаємо|отримуємо|вийде|выйдет|(?:that|which)\s+(?:gives|makes|comes\s+to)|adds\s+up\s+to)|насчитало|(?:(?:wrongly|falsely|mistakenly|erroneously)\s+)?(?:reported|given|printed|listed|stated)\s+as|(?:revision|rise|jump|increase|climb|drop|decline|correction)\s+from(?:\s+(?:the|its|their|an\s+earlier))?|значил(?:ось|ась|ся|ись)\s+как|значил(?:ося|ася|ися|ось)\s+як|рассказыва(?:л|ла|ли|ет|ют)\s+(?:нам\s+)?(?:про|о)|розповіда(?:в|ла|ли|є|ють)\s+(?:нам\s+)?про|раху(?:ють|є|вали|вав|вала)|счита(?:ют|ет|ли)|(?:потом|затем|тоді|потім|далі)\s+(?:про|о)|писал[аио]?\s+(?:уже\s+)?о|пишет\s+(?:уже\s+)?о|наво(?:див|дила|дить|дять)|навів|навела|назвал[аои]?|называ(?:л|ла|ло|ли|ет|ют)|говори(?:л|ла|ло|ли|т)\s+об?|приводи(?:л|ла|ли|т)|фигуриров(?:ал|ала|ало|али)|фигурирует|фигурируют|фігурува(?:в|ла|ло|ли)|фігурує|фігурують|прив[её]л[аио]?|nannte|nennt|nannten|nennen|meldete|meldeten|sagt|sagte|sagten|count(?:s|ed|ing)|tall(?:ies|ied|ying)|zählte[n]?|zählt|насчитыва(?:л|ла|ли|ет|ют)|насчитал[аи]?|налічува(?:в|ла|ли|ло)|налічу(?:є|ють)|нарахува(?:в|ла|ли)|пода(?:є|ють|вав|вала|вали|ет|ют|вал)|дава(?:в|ла|ли|л)|(?:turned|turns|inflated|inflates)\s+(?:(?:it|that|this|the\s+[^\s\d]+)\s+)?into|blieb\s+bei|bleibt\s+bei|gave\s+(?:it|them|the\s+(?:figure|number|total))\s+as|йдеться\s+про|ид[её]т\s+речь\s+о|речь\s+ид[её]т\s+о|(?:geh(?:en|t|e)|ging(?:en)?)\s+(?:(?:inzwischen|mittlerweile|derzeit|jetzt|nun|heute)\s+)?von|rechne[nt]?\s+(?:man\s+)?mit|rechnete[n]?\s+mit|(?:stuck|sticks|stayed|stays|kept)\s+(?:to|with|at)|трима(?:вся|лася|лись|ються|ється)\s+(?:оцінки|позначки|цифри)|держ(?:ался|алась|ались|ится|атся)\s+(?:оценки|отметки|цифры)|liest\s+man|las\s+man|hört\s+man|hieß\s+es|heißt\s+es|(?:handelt|handle|handele)\s+es\s+sich\s+um|es\s+(?:handelt|handle|handele)\s+sich\s+um|hält|hielt|halte|hielten|sprach\s+von|sprachen\s+von|spricht\s+von|(?:более|наиболее|более\s+чем)\s+реалистичн[а-яё]*|(?:більш|найбільш)\s+реалістичн[а-яіїє]*|реалистичн(?:ее|ей)|реалістичніш[а-яіїє]*|(?:gibt|gab|geben|gaben|beziffert|bezifferte|bezifferten)[\s\u00a0]+(?:[^\s\d,.;]+[\s\u00a0]+){0,3}mit|(?:kommt|kam|kommen|kamen)[\s\u00a0]+(?:[^\s\d,.;]+[\s\u00a0]+){0,5}auf|(?:кажуть|каже|казали|казав|казала)[\s\u00a0]+про)(?:[\s\u00a0]+(?:dagegen|hingegen|jedoch|aber|zuletzt|damals|instead|вже|уже|лише|тоді|тогда|теперь|тепер))?[\s\u00a0]+$/;
/** "now" and a dash for the left-out verb, right before a number: "сейчас — 2000", "now — 2,000", "jetzt – 2000". */
const NOW_DASH_BEFORE =
  /(?<![\p{L}])(?:сейчас|теперь|тепер|зараз|now|jetzt|nun|heute|지금은|이제는)[\s\u00a0]*[—–][\s\u00a0]*$/u;
/** A subject and a dash for its left-out verb, right before the number: "Британская разведка в июне — уже". */
const ELLIPSIS_DASH_BEFORE =
  /^[^—–]{3,60}[\s\u00a0][—–][\s\u00a0]+(?:(?:уже|вже|already|schon|bereits|then|тогда|тоді|damals)[\s\u00a0]+)?$/;
/** Missing right after a count: "were missing", "зникли безвісти", "пропали без вести", "gelten als vermisst", "명이 실종". */
const MISSING_AFTER =
  /^(?:[\s\u00a0]+(?:(?:were|are|was|is|have\s+been|has\s+been|went|remain(?:ed|s)?)[\s\u00a0]+)?missing|[\s\u00a0]+(?:зникли|зникло|зниклих|пропали|пропало|пропавших)[\s\u00a0]+(?:безвісти|без[\s\u00a0]+вести)|[\s\u00a0]+(?:(?:werden|wurden|gelten|galten|sind|waren)[\s\u00a0]+)?(?:als[\s\u00a0]+)?vermisst)(?![\p{L}])|^[\s\u00a0]?명?[이가은는]?[\s\u00a0]?실종/u;
/** After a Korean count: its topic particle, then engineers or builders as what they are ("명가량은 공병이라고"). */
const KOREAN_ARE_WORKERS_AFTER =
  /^[\s\u00a0]?(?:여[\s\u00a0]?)?명?[\s\u00a0]?(?:가량|정도|쯤)?[은는][\s\u00a0][^.!?\n]{0,24}?(?:공병|건설[\s\u00a0]?(?:인력|병력|노동자)|노동자|근로자)(?:이|이다|이라고|이었다|으로|들이)/;
/** The preposition of a count something is added to: "к примерно 11 тыс. … добавились", "zu den 11.000 kamen". */
const ADDED_TO_BEFORE = /(?:^|[\s,])(?:к|zu\s+den)[\s\u00a0]+$/;
/** Words of adding up at a sentence's start: "Сложив,", "Склавши", "Zusammengerechnet", "Adding the two". */
const SUM_BEFORE =
  /^[\s\u00a0]*(?:сложив|складывая|склавши|додавши|zusammengerechnet|zusammengenommen|addiert|adding|added\s+together|taken\s+together|in\s+sum|all\s+told)(?![\p{L}])/u;
/** A bullet and its label right before a number: "- January 2025: ". */
const BULLET_LABEL_BEFORE =
  /(?:^|\n)[ \t\u00a0]*[-–•*·▪][ \t\u00a0]+[^:\n\d]{0,24}(?:\d{4})?[^:\n\d]{0,8}:[ \t\u00a0]*$/;
/** An estimator's possessive right before a number: "the NIS's ", "the UK Ministry of Defence's ", "Yonhap's ". */
const ESTIMATORS_BEFORE =
  /(?:intelligence|service|nis|jcs|staff|ministry|defen[cs]e|mod|pentagon|isw|war|hur|gur|yonhap|team|msmt|house|department|agency|kyiv|kiev|seoul|washington|london|zelensky|zelenskyy|budanov|syrskyi|kirby|ryder|austin|blinken|bbc|cnn|reuters|government|command|commander|chief|officials)['’]s[\s\u00a0]+$/;
/** A fact box line's label before its number: "First contingent sent, autumn 2024: ", "• Tote: ". */
const LABELLED_LINE_BEFORE =
  /(?:^|\n)[ \t\u00a0]*(?:[-–•*·▪][ \t\u00a0]+)?([^:\n]{2,90})(?::|[ \t\u00a0][—–])[ \t\u00a0]*(?:\d[\d.,\u00a0 ]*[ \t\u00a0]*[+/][ \t\u00a0]*)?$/;
/**
 * The rest of such a line after its number: a plus, more numbers ("1000 + 5000"), its source in brackets (not a
 * day's change, "(+47)"), the line's end.
 */
const LABELLED_LINE_AFTER =
  /^[ \t\u00a0]*\+?[ \t\u00a0]*(?:[+/][ \t\u00a0]*\d[\d.,\u00a0 ]*)?(?:[[(](?![+\-−]?\d)[^\])\n]{1,80}[\])][ \t\u00a0]*)?(?:\n|$)/;
/** What a fact box's label may count besides the force and its losses: waves, prisoners, workers, supplies. */
const LABEL_COUNTS =
  /wave|welle|хвил|волн|nachschub|fighter|kämpfer|бійц|бойц|personnel|officer|offizier|офіцер|офицер|пленн|полон|gefangen|prisoner|captured|sapper|сап[её]р|minenräum|deminer|builder|bauer|будівельн|строител|container|контейнер|raket|ракет|missile|shell|granat|снаряд|geschütz|howitzer|гаубиц|сау|рсз|launcher|werfer|guns|artiller|артилер|артиллер/;
/** A speaker's pause at the end: "…", "...", "– äh –". */
const PAUSE_END = /[\s\u00a0]*(?:\.\.\.|…)[\s\u00a0]*$/;
/** A total named right after a number: "all told", "in all", "insgesamt", "всего", "загалом". */
const TOTAL_AFTER =
  /^[\s\u00a0,]*(?:all[\s\u00a0]+told|in[\s\u00a0]+all|in[\s\u00a0]+total|altogether|insgesamt|всего|загалом|в[\s\u00a0]+общей[\s\u00a0]+сложности)(?![\p{L}])/u;
/**
 * After "another N" or "N more": the clause's end, a verb of going, being or fighting ("ще 10 000 «вже їдуть"), or a
 * preposition of when or what for ("3,000 more in January", "3.000 weitere als Ersatz").
 */
const MORE_COUNT_END =
  /^(?:[\s\u00a0]*(?:[.,;:!?)—–]|$)|[\s\u00a0]+["«„“]?(?:(?:вже|уже|already|schon|bereits)[\s\u00a0]+)?(?:went|came|arrived|are|were|їдуть|едут|ідуть|идут|прибувають|прибывают|have|had|will|would|could|may|might|sind|waren|kamen|kommen|kämen|sollen|sollten|könnten|стоять|стоят|прибыли|прибули|прибудут|воюють|воюют|находятся|перебувають|могут|можуть|in|im|als|as|to|for|für|zur|на|в|у|if|when|wenn|falls|якщо|если|коли|когда)(?![\p{L}]))/u;
/** A verb right after a number, whose subject it is: "were still in combat", "sind noch im Einsatz". */
const PREDICATE_AFTER =
  /^[\s\u00a0]+(?:were|are|was|is|had|have|remain(?:ed|s)?|stay(?:ed|s)?|sind|waren|seien|wären|bleiben|blieben|были|было|остаются|оставались|були|було|залишаються|залишалися)(?![\p{L}])/u;
/** "more" right after a number: "three thousand more went". */
const MORE_WORD_AFTER = /^[\s\u00a0]+(?:more|mehr|weitere)(?=[\s\u00a0.,;:!?)—–]|$)/;
/** A speaker's hesitations right before a number: "um,", "uh", "äh", "е-е", "ну", "음". */
const FILLERS_END =
  /(?:[\s\u00a0]*[,—–-]?[\s\u00a0]*(?<![\p{L}])(?:um|uh|er|erm|äh|ähm|е-е|э-э|ну|음|어)(?![\p{L}])[\s\u00a0]*[,—–-]?)+[\s\u00a0]*$/u;
/**
 * Spoken naming of a count: "that's eleven thousand", "das waren elftausend", "— це приблизно одинадцять тисяч",
 * reported speech "…, es seien zwölftausend".
 */
const SPOKEN_NAMING_BEFORE =
  /(?:(?<![\p{L}])(?:that['’]s|that\s+is|it['’]s|it\s+was|das\s+(?:sind|waren)|(?:was|were)\s+saying|казала|казав|казали|говорила|говорил|говорили|sagte|sagten)|,[\s\u00a0]*es[\s\u00a0]+(?:seien|wären)|[—–][\s\u00a0]*(?:это|це))[\s\u00a0,]+$/u;
/**
 * A speaker's false start taken back before the number: "eleven — no, sorry,", "elf – nein, Moment –",
 * "одинадцять — ні, перепрошую,".
 */
const TAKEN_BACK_END =
  /[\s\u00a0,]*[\p{L}\d]+[\s\u00a0]*(?:[—–-]|,|\.\.\.|…)[\s\u00a0]*(?:no|nein|ні|нет)(?:[\s\u00a0,]+(?:sorry|wait|pardon|moment|перепрошую|вибачте|стривайте|погодите|подождите|простите|извините))?[\s\u00a0]*[,—–-]?[\s\u00a0]*$/u;
/** The word a false start is taken back with, for a cheap test before TAKEN_BACK_END. */
const NO_WORD = /no|nein|ні|нет/;
/** A bare number the speaker takes back at once: "eleven — no, sorry, twelve thousand". */
const TAKEN_BACK_AFTER = /^[\s\u00a0]*(?:[—–-]|,|\.\.\.|…)[\s\u00a0]*(?:no|nein|ні|нет)(?![\p{L}])/u;
/** A correction's star right before a number, as chats write it: "Dev: *6,000 not 600". */
const CORRECTION_STAR = /(?:^|[\s\u00a0:])\*$/;
/**
 * "not" right after a number, or after a comma or dash, before the number a correction rejects: "*6,000 not 600",
 * "15.000, nicht 18.000", "… in two deployments, not 18,000 as stated".
 */
const NOT_AFTER_NUMBER =
  /(?:\d[\s\u00a0,]+|[^\s\u00a0,—–][\s\u00a0]*[,—–][\s\u00a0]*)(?:not|nicht|не|а\s+не|rather\s+than|statt|anstatt|вместо|замість|а\s+не\s+про)[\s\u00a0]+$/;

/** "the" right before a number: "below the 15,000", "far above the at least 600". */
const THE_BEFORE = /(?:^|[\s\u00a0])the[\s\u00a0]+$/;
/**
 * An estimator that gave the number, right after it: "the 15,000 the agency itself gave lawmakers", "the at least
 * 600 it reported", "the about 15,000 the NIS itself cited in April".
 */
const CITED_BY_AFTER =
  /^[\s\u00a0]+(?:it|they|he|she|seoul|kyiv|washington|the[\s\u00a0]+[a-z'’-]+(?:[\s\u00a0]+[a-z'’-]+)?)(?:[\s\u00a0]+(?:itself|themselves|himself|herself|had|has|have|first|later|then|once))*[\s\u00a0]+(?:gave|cited|reported|named|used|published|offered|quoted|put\s+out|floated)(?![a-z])/;
/** A quote opening right before a number: "became "around 2,000"". */
const QUOTE_OPENS_END = /[\s\u00a0]+[«"„“][\s\u00a0]*$/;

/**
 * "the figures 13,000 and 15,000", "цифра «40 тисяч»", "die Zahl 12.000", "Seoul's estimate of "at least 100"": a
 * number named as a figure.
 */
const FIGURE_WORD_BEFORE =
  /(?<![\p{L}])(?:figures?(?:[\s\u00a0]+of)?|zahl(?:en)?|цифр(?:а|и|ы|у|ою|ой)|числ[оа]|estimates?[\s\u00a0]+of|schätzung[\s\u00a0]+von|(?:с|со|з|із|від|от|до)[\s\u00a0]+(?:отметк|позначк)[иаоу]|(?:з|із|с)[\s\u00a0]+оцінк(?:ою|ами)|с[\s\u00a0]+оценк(?:ой|ами)|mit[\s\u00a0]+(?:einer[\s\u00a0]+)?schätzung[\s\u00a0]+von)[\s\u00a0]+[«"„“']?$/u;
/**
 * A time or an adverb (or both) between a verb of naming and its number: "nannte im September rund 13'000", "named
 * last week 12,000", "nannte im September allerdings rund 13.000".
 */
const TIME_BETWEEN =
  /[\s\u00a0]+(?:(?:(?:im|am|in|on|last|this|у|в)[\s\u00a0]+[^\s\d,.;:]+(?:[\s\u00a0]+\d{4})?|damals|zuletzt|then|earlier|later|тоді|тогда|вже|уже|ещё|ще|später|bereits|schon|allerdings|jedoch|aber|however|though|однако|проте|втім|zudem|auch|also|тоже|також|übereinstimmend|einhellig|ebenfalls|weiterhin|consistently|unanimously|still|одностайно|единодушно|по-прежнему|досі)[\s\u00a0]+){1,2}$/;
/** Whether what stands before a false start names the number after it ("назвав цифру...", "es seien, äh,"). */
function isNamedAfterTakeBack(before: string): boolean {
  const bare = before.replace(/(?:\.\.\.|…)[\s\u00a0]*$/, ' ').replace(FILLERS_END, ' ');
  return (
    NAMING_BEFORE.test(bare) ||
    SPOKEN_NAMING_BEFORE.test(bare) ||
    FIGURE_WORD_BEFORE.test(bare.replace(/[\s\u00a0]+$/, ' '))
  );
}

/** A sentence of words that ends as one ("Well, it depends who you ask, and when."), not a byline or a counter. */
function isSpokenSentence(text: string, span: Span): boolean {
  const own = text.slice(span.start, span.end).trim();
  return /[.!…]["»”“)]*$/.test(own) && !/[·|•]/.test(own) && own.split(/[\s\u00a0]+/).length >= 3;
}

/** Whether a quotation opened in `before` is still open at its end ("«Сначала нам рассказывали про"). */
function isInsideQuote(before: string): boolean {
  const open = Math.max(before.lastIndexOf('«'), before.lastIndexOf('„'));
  return open >= 0 && !/[»“]/.test(before.slice(open + 1));
}

/** A possessive and an opening quote right before a number: 'Budanov's "nearly 11,000"'. */
const POSSESSIVE_QUOTE_BEFORE = /['’]s[\s\u00a0]+["“„«]$/;
/** A source cited right before a number, after the verb that names it: "unter Berufung auf den Geheimdienst". */
const CITING_END =
  /(?:unter[\s\u00a0]+berufung[\s\u00a0]+auf|citing|со[\s\u00a0]+ссылкой[\s\u00a0]+на|з[\s\u00a0]+посиланням[\s\u00a0]+на)(?:[\s\u00a0]+[^\s\d,.;:]+){1,3}[\s\u00a0]+$/;
/** An opening quote right before a number (a space at most between). */
const QUOTE_OPEN_BEFORE = /[«"„“‘'][\s\u00a0]?$/;
/** A quote's close and its speaker's verb right after a number: `," said`, "“, sagt", ", — говорит", ", — каже". */
const QUOTE_SAID_AFTER =
  /^[\s\u00a0]*(?:(?:more|weitere|mehr|больше|ещё|еще|більше|ще)[\s\u00a0]*)?[,.]?[\s\u00a0]*[»"“”’']?[\s\u00a0]*[,—–-]*[\s\u00a0]*(?:(?:he|she|they|er|sie|он|она|він|вона|[\p{L}'’-]+(?:[\s\u00a0]+[\p{L}'’-]+)?)[\s\u00a0]+)?(?:said|says|recalls|sagt|sagte|erinnert|говорит|говорил[а]?|сказал[а]?|вспоминает|каже|казав|казала|сказав|сказала|згадує)(?![\p{L}])/u;
/**
 * The script a text is written in, roughly: a question is answered in its own language ("А раненых сколько?" in a
 * Russian comment answers nothing in a Korean article's headline after it).
 */
function scriptOf(s: string): 'hangul' | 'cyrillic' | 'latin' {
  if (/[가-힣]/.test(s)) return 'hangul';
  return /[а-яёіїєґ]/.test(s) ? 'cyrillic' : 'latin';
}

/** A turn cut off right after a loss word and a dash: "Із них загиблих —", "Davon gefallen –". */
const CUT_OFF_LOSS_END =
  /(?:^|[\s\u00a0])(?:загиблих|вбитих|поранених|погибших|убитых|раненых|killed|dead|wounded|gefallen[a-z]*|tote[n]?|verwundet[a-z]*|사망자는?|부상자는?)[\s\u00a0]*[—–][\s\u00a0]*$/;
/**
 * A reply's header, read as sentences: its author's handle, its date ("↳ @kobzar_osint · 28 бер."); or the signature
 * under a reader's question ("— Петро, Кременчук", "– Tom, Cardiff", "— Андрій, 16 років, учень").
 */
const REPLY_HEADER =
  /^[\s\u00a0↳>]*(?:@[\p{L}\d_.]+|\d{1,2}\.?[\s\u00a0]+\p{L}{3,9}\.?(?:[\s\u00a0]+\d{4})?)[\s\u00a0·]*$|^[\s\u00a0]*[—–][\s\u00a0]*[\p{L}'’.-]+(?:[\s\u00a0]+[\p{L}'’.-]+){0,2}[\s\u00a0]*,[^\n.?!\d]{0,40}(?:\d{1,3}[^\n.?!\d]{0,40})?$/u;

/** Sentences without a number that may open an answer before the one that answers ("Well, it depends."). */
const ANSWER_PREAMBLE = 2;
/** A verb of saying right before a number (its hedge aside): "they said nearly twelve thousand". */
const SAID_BARE_END =
  /(?<![\p{L}])(?:said|say|says|(?:were|was)\s+saying|(?:talked|talks|spoke|speaks)\s+(?:of|about)|preferred|prefers|cited|cites|repeating|repeats|repeated|quoted|quotes|sagte|sagten|sagen|казали|говорили|сказали|казав|казала|сказал|сказала|сказав)[\s\u00a0,:]+$/u;

/** A preposition between a year-like number and a noun: "2026 mit Nordkoreanern", "in 2025 against North Koreans". */
const YEAR_PREPOSITION_AFTER =
  /^[\s\u00a0]+(?:mit|ohne|gegen|with|without|against|з|із|зі|без|проти|с|со|против)[\s\u00a0]/;
/** A strike on a city: "missile strike", "ракетний удар", "Luftangriff", "공습". */
const STRIKE_WORD =
  /missile\s+strike|air\s?strike|air\s+raid|strike\s+on|(?:a|the)\s+strike|ракетн[а-яіїє]*\s+удар|удар[а-яіїє]*\s+по|обстріл|обстрел|raketenangriff|luftangriff|angriff\s+auf|einschlag|공습|미사일\s?공격/;
/** People, not soldiers: the victims of a strike counted without a noun of their own after the number. */
const PEOPLE_WORD =
  /(?<![a-zа-яіїєё])(?:people|menschen|людей|людини|человек|civilians|zivilisten)(?![a-zа-яіїєё])|명/;
/** A regiment: "the regiment's strength", "численность полка", "die Stärke des Regiments", "이 연대". */
const REGIMENT_WORD = /regiment|полк(?!овник|ово)|연대/;
/** A relative clause or participle right after a noun: "who", "die", "которых", "яких", "taken", "взятых". */
const RELATIVE_AFTER =
  /^(?:[\s\u00a0]+(?:of\s+)?(?:north\s+korean?|nordkoreanisch[a-z]*|северокорейск[а-яё]*|північнокорейськ[а-яіїє]*|кндр))?,?[\s\u00a0]+(?=who|that|whom|die|welche|которы|котор|яких|які|котрих|taken|captured|взят|захоплен|узят)/;
/** A pronoun of the force and a verb of being right before a number: "Їх було", "их уже", "waren es", "es sind". */
const THERE_WERE_BEFORE =
  /(?<![\p{L}])(?:в|у|під|под)[\s\u00a0]+(?:курск|курщин|росси|росії|зоне|зоні)[\p{L}]*(?:[\s\u00a0]+[\p{L}]+)?[\s\u00a0]+(?:было|были|находилось|находились|воевало|воевали|було|були|перебувало|перебували|воювало|воювали)[\s\u00a0]+(?:(?:уже|вже|ещё|ще)[\s\u00a0]+)?$|(?<![\p{L}])(?:їх|их)[\s\u00a0]+(?:(?:було|было|будет|буде|стало|стане)[\s\u00a0]+)?(?:(?:вже|уже|ещё|ще|лише|лишь)[\s\u00a0]+)?$|(?<![\p{L}])(?:(?:waren|sind|seien|wurden|werden)[\s\u00a0]+es|es[\s\u00a0]+(?:waren|sind))[\s\u00a0]+(?:(?:schon|bereits|nur|noch)[\s\u00a0]+)?$/u;
/** A verb of adding after a number: "kamen noch 3.000 dazu", "kamen 3.000 weitere hinzu". */
const ADDED_AFTER =
  /^(?:[\s\u00a0]+(?:weitere|more|zusätzliche|ещё|ще))?[\s\u00a0]+(?:dazu|hinzu)(?![\p{L}])/u;
/** A Korean partitive right after a number: "1만1천여 명 가운데", "1만 명 중". */
const PARTITIVE_AFTER = /^[\s\u00a0]*(?:명|여[\s\u00a0]?명)?[\s\u00a0]*(?:가운데|중에서|중)(?![가-힣])/;
/** A unit's size or strength named before a number: "the unit's size", "Stärke der Einheit", "연대 규모". */
const UNIT_SIZE =
  /(?:size|strength|stärke|größe|규모|численност|чисельн)[^.;\d]{0,24}(?:unit|einheit|regiment|полк(?!овник)|연대|подразделени|підрозділ)|(?:unit|einheit|regiment|полк(?!овник)|연대|подразделени|підрозділ)[^.;\d]{0,12}(?:size|strength|stärke|größe|규모|численност|чисельн)|(?:unit|einheit|regiment)[\s\u00a0]+(?:at|auf)[\s\u00a0]/;
/** Engineers, sappers and builders, named before a regiment's strength. */
const WORKER_WORD =
  /engineer|sapper|demin|builder|сап[её]р|інженер|инженер|будівельник|строител|pionier|minenräum|bautrupp|공병|건설/;
/** A new clause: a comma or semicolon and a conjunction ("…, and Seoul says about 10,000 combat troops"). */
const NEW_CLAUSE = /[,;][\s\u00a0]*(?:and|but|while|und|aber|während|але|і|та|и|но|однако)[\s\u00a0]/;

/** Whether a regiment is named before a number in its clause ("A demining regiment of about 1,000 men"). */
function namesRegimentBefore(text: string, from: number, to: number): boolean {
  const before = text.slice(from, to);
  const m = new RegExp(REGIMENT_WORD.source, 'g');
  let last = -1;
  for (const hit of before.matchAll(m)) last = hit.index;
  return last >= 0 && !NEW_CLAUSE.test(before.slice(last));
}

/**
 * Where the text that may name a unit's engineers begins: the sentence's paragraph, or the paragraph before when
 * the sentence opens its own ("… nine members of the 528th Engineer Regiment had been killed.\n\nYonhap put the
 * size of the regiment at about 1,000.").
 * @returns an offset into text; 0 when no paragraph break comes before.
 */
function unitFrom(text: string, start: number): number {
  const own = text.lastIndexOf('\n\n', start);
  if (own <= 0 || text.slice(own, start).trim() !== '') return Math.max(0, own);
  return Math.max(0, text.lastIndexOf('\n\n', own - 1));
}
/** A discount or a saving, around a percentage. */
const DISCOUNT_WORD = /saving|discount|скидк|знижк|rabatt|ersparnis|preisnachlass|할인|절감/;
/** "at once", "in one salvo", "한 번에": what a weapon fires at a time, not a count of supplies. */
const SALVO_BEFORE =
  /(?:한[\s\u00a0]?번에|at\s+(?:a\s+time|once)|in\s+(?:one|a\s+single)\s+salvo|за\s+один\s+залп|одним\s+залпом|in\s+einer\s+salve|pro\s+salve)[\s\u00a0]*(?:\d[\d,.]*[\s\u00a0]?[^\s\d]{0,3}[\s\u00a0]*(?:에서|to|bis|до|–|-)[\s\u00a0]*)?$/;
/** A unit's noun right after a counted noun: "engineer regiment", "Pionierbataillon" is one word and needs none. */
const UNIT_AFTER_NOUN =
  /^[\s\u00a0]+(?:regiments?|battalions?|brigades?|divisions?|companies|company|platoons?|corps|units?)(?![a-z])/;
/** Before "N members": a body of states ("the team's", "one of"). */
const BODY_BEFORE =
  /(?:(?:team|group|panel|council|alliance|bloc|union|coalition|committee|organisation|organization)['’]s|one\s+of)[\s\u00a0]+$/;
/** A range given as such right before the numbers: "a range of", "eine Spanne von", "діапазон", "вилку". */
const RANGE_GIVEN_BEFORE =
  /(?:range\s+of|spanne\s+von|bandbreite\s+von|діапазон|диапазон|вилк[аиуою])[\s\u00a0]+(?:(?:von|of|between)[\s\u00a0]+)?$/;
/**
 * Whether a quotation closes after a number with no event word of its own in between ("\"드론이 뜨면 한 명은 미끼가
 * 된다\"…쿠르스크서 숨진 北병사"): what the headline says after the quote befell no one it counts.
 */
function isQuotedAlone(text: string, tail: number, span: Span, cues: ParagraphCues): boolean {
  const close = /["”’]/.exec(text.slice(tail, span.end));
  return close !== null && !cues.events.some((e) => e.start >= tail && e.end <= tail + close.index);
}
/** What a sum of figures of `metric` counts: the force sent, or its losses; null for anything else. */
function sumMetric(metric: Metric | null | undefined): Metric | null {
  if (metric === 'deployed_total' || metric === 'reinforcements') return 'deployed_total';
  if (metric === 'killed' || metric === 'wounded' || metric === 'casualties_total') return 'casualties_total';
  return null;
}
/** The words of a sum right before its total. */
const TOTAL_BEFORE =
  /(?:you[\s\u00a0]+get|(?:that|which|this)[\s\u00a0]+makes|macht|ergibt|ergeben|итого|в[\s\u00a0]+сумме|разом|усього|합치면|합하면)[\s\u00a0]*[—–:,]?[\s\u00a0]*$/;
/** "So-called" right before a figure that a text disputes. */
const SO_CALLED_BEFORE =
  /(?:so-called|so[\s\u00a0]+called|sogenannte[n]?|так[\s\u00a0]+зван(?:і|их|ими|им)|так[\s\u00a0]+называем(?:ые|ых|ыми|ым)|이른바|소위)[\s\u00a0]+(?:[«"„“][\s\u00a0]?)?$/;
/** A closing quotation mark right after a cited estimate. */
const QUOTE_CLOSE_AFTER = /^[\s\u00a0]?[»"”“」』’]/;
/** Before a part of the count just given: "von denen", "of whom", "из которых", "з яких". */
const OF_WHOM_BEFORE =
  /(?:^|[\s,])(?:von[\s\u00a0]+denen|of[\s\u00a0]+whom|из[\s\u00a0]+которых|з[\s\u00a0]+яких|із[\s\u00a0]+яких)[\s\u00a0]+$/;
/** The same with "of them" ("из них", "з них"): thousands only ("в роте 46 человек, из них 12 — операторы"). */
const OF_THEM_MID_BEFORE = /(?:^|[\s,])(?:из|з|із)[\s\u00a0]+них[\s\u00a0]+$/;
/** The word a count is set to: "auf rund 2000 anhob", "raised it to around 2,000". */
const SET_TO_BEFORE = /(?:^|[\s\u00a0])(?:auf|to)[\s\u00a0]+$/;
/** Before a count the force grew by: "an increase of", "ein Zuwachs von", "збільшення на". */
const INCREASE_BEFORE =
  /(?:increase|rise|jump)[\s\u00a0]+of[\s\u00a0]+$|(?:zuwachs|anstieg|plus)[\s\u00a0]+(?:von|um)[\s\u00a0]+$|(?:збільшення|зростання|увеличение|рост)[\s\u00a0]+на[\s\u00a0]+$/;
/** After it: more than at the last count, or a Korean verb of growing ("2천 명가량 늘어난"). */
const INCREASE_AFTER =
  /^(?:[\s\u00a0]*(?:more|mehr|більше|больше)[\s\u00a0]+(?:than|als|ніж|чем)[\s\u00a0]+(?:(?:at|in|bei|during|під\s+час|при)[\s\u00a0]+)?(?:the|der|die|dem|a|last|zuvor|vor|before|previous|previously|минул|прошл|попередн|предыдущ|letzt|vorig)|[\s\u00a0]*(?:명)?(?:가량|여|쯤|정도)?[\s\u00a0]?(?:늘어|늘었|증가))/;
/** Places North Korean workers are sent other than Russia, or abroad at large. */
const ABROAD_ELSEWHERE =
  /china|chinese|middle\s+east|gulf|kuwait|qatar|katar|emirate|africa|кувейт|катар|оаэ|эмират|емірат|쿠웨이트|카타르|아랍에미리트|abroad|overseas|worldwide|weltweit|ausland|nahen\s+osten|за\s+пределами\s+(?:кндр|страны|родины)|за\s+межами\s+(?:кндр|країни)|китай|китае|китаю|кита[йя]ськ|китайск|ближн[а-яё]+\s+восток|близьк[а-яіїє]+\s+сход|африк|за\s+кордон|за\s+рубеж|중국|중동|아프리카|해외/;
/** Countries and regions where North Korea's workers are and its troops of the war are not (lower case). */
const COUNTRY_ELSEWHERE =
  /(?:in|across|throughout|to)\s+(?:the\s+)?(?:china|middle\s+east|gulf|kuwait|qatar|africa)|(?:in|nach)\s+(?:china|kuwait|katar|afrika)|(?:в|у|по)\s+(?:кита[ейюї]|кувейт|катар|оаэ|африк)|(?:중국|중동|쿠웨이트|카타르|아프리카)(?:에서|에|\s?내)/;
/** Workers named in a sentence (lower case). */
const WORKERS_WORD =
  /workers|labou?rers|arbeiter|arbeitskräfte|робітник|працівник|працювал|рабочи|работник|трудил|работал|노동자|근로자/;
/** Russia named in a sentence: the workers there are the aid. */
const RUSSIA_WORD = /russia|russland|росі|росси|рф(?![а-яё])|러시아|kursk|курськ|курск|쿠르스크/;
/** A word for a figure right after a number: "the 4,000 figure", "that 12,000 number". */
const FIGURE_NOUN_AFTER = /^[\s\u00a0-]+(?:figure|number|estimate|count|toll|tally|claim)(?![a-z])/;
/** One adjective alone between a number and its noun: "101 framed portraits", "101 gerahmte Porträts". */
const ONE_WORD_BETWEEN =
  /^[\s\u00a0]+(?:[\p{L}-]{1,14}(?:ed|en|ing|e|er|es|em|их|ых|ими|ыми|ні|ные|ний|ный)|such)[\s\u00a0]+$/u;
/** Words of the fallen, for portraits shown at Pyongyang's ceremonies (영정: a portrait of the dead). */
const FALLEN_WORD =
  /posthum|fallen|dead|killed|died|посмертн|загибл|полеглих|погибш|павш|gefallen|getötet|toten|전사|추서|숨진|영정|medals?|awards?|auszeichnung|orden|ордена?|медал|нагород|награ|훈장/;
/** Before a number: it is a part of the count just named ("…, including 101", "darunter 30", "в том числе 40"). */
const INCLUDED_BEFORE =
  /(?:[,(][\s\u00a0]*|—[\s\u00a0]*)(?:including|among\s+them|darunter|в\s+том\s+числе|у\s+тому\s+числі|в\s+тому\s+числі|зокрема)[\s\u00a0]+$/;
/** The cues of a sentence with those of the text that describes its number (a line or sentence after it). */
function joinCues(own: ParagraphCues, more: ParagraphCues): ParagraphCues {
  return {
    nk: [...own.nk, ...more.nk],
    other: [...own.other, ...more.other],
    otherWeak: [...own.otherWeak, ...more.otherWeak],
    excluded: [...own.excluded, ...more.excluded],
    events: [...own.events, ...more.events],
  };
}

/** The metric of the last event word of a list of cues; null when none names a metric. */
function lastEventMetric(events: readonly EventCue[]): Metric | null {
  let metric: Metric | null = null;
  for (const cue of events) metric = EVENT_METRIC[cue.kind as EventKind] ?? metric;
  return metric;
}

/**
 * The metric of the last event word before a named number in its sentence ("оцінку загиблих: … називала 2 тисяч");
 * a total named right before it, with no such word before, is the force's ("put the running total at ~15k").
 */
function namedMetric(cues: ParagraphCues, before: number): Metric | null {
  const events = cues.events.filter((cue) => cue.end <= before);
  return (
    lastEventMetric(events) ??
    (events.some((cue) => cue.kind === 'total' && before - cue.end <= NAMED_TOTAL_REACH)
      ? 'deployed_total'
      : null)
  );
}
/** A total of those sent, before its number: "the total sent", "the number of troops deployed", "Gesamtzahl der Entsandten". */
const TOTAL_SENT =
  /(?:total|number)[\s\u00a0]+(?:of[\s\u00a0]+(?:troops|soldiers)[\s\u00a0]+)?(?:sent|deployed|dispatched)(?![a-z])|(?:gesamtzahl|zahl)[\s\u00a0]+der[\s\u00a0]+(?:entsandten|geschickten)|(?:общее[\s\u00a0]+)?(?:число|количество)[\s\u00a0]+(?:отправленных|направленных)|(?:загальна[\s\u00a0]+)?кількість[\s\u00a0]+(?:відправлених|направлених)/;
/** Civilian labour: "workers", "labour", "construction sites", "Arbeiter", "рабочие", "робітники", "노동자". */
const CIVIL_LABOUR = /workers|labou?r|construction|arbeiter|рабоч|робітник|노동자|근로자/;
/** Right after a bare count: it is in Russia now ("were currently in Russia", "are still in Kursk", "sind noch in Russland"). */
const PRESENT_IN_RUSSIA_AFTER =
  /^[\s\u00a0]+(?:were|are|remain(?:ed)?|sind|seien|waren|bleiben|перебувають|перебували|находятся|находились|залишаються|остаются)[\s\u00a0]+(?:(?:currently|still|now|already|derzeit|noch|jetzt|bereits|зараз|досі|ще|сейчас|до\s+сих\s+пор|еще|ещё)[\s\u00a0]+)?(?:in|im|на|у|в)[\s\u00a0]+(?:russia|kursk|russland|росії|россии|курщині|курській|курской)/;
/**
 * Whether the sentence from `from` names the total of those sent before the number at `at`, in a paragraph that
 * is not about labourers (there the number sent is of labourers: "… at Russian construction sites … the number
 * sent at some 15,000").
 */
function isTotalSent(text: string, from: number, at: number): boolean {
  if (!TOTAL_SENT.test(text.slice(from, at))) return false;
  // (the line's text before the number, at most 1,500 characters back: a long text is not searched to its start)
  const windowStart = Math.max(0, from - 1500);
  const before = text.slice(windowStart, at);
  return !CIVIL_LABOUR.test(before.slice(before.lastIndexOf('\n', from - windowStart) + 1));
}
/** How far before a named number its total may stand ("put the running total at ~15k"). */
const NAMED_TOTAL_REACH = 12;
/**
 * A number compared with a figure before it in its sentence ("350 dead, far fewer than the 2,000 …", "намного
 * меньше, чем около 2 тыс.", "a steep rise from the at least 600"): the same kind of count.
 */
const COMPARED_BEFORE =
  /(?<![A-Za-zÀ-ɏЀ-ӿ])(?:than(?:\s+the)?|(?:up|down|rise|jump|increase)\s+from(?:\s+the)?|чем|ніж|als\s+die|als)[\s\u00a0]+$/;
/** What may follow such a number: the end of its clause. */
const NAMED_END =
  /^[\s\u00a0]*(?:[.,;:!?)—–"“”„«»]|$|[^\s,.;]+[\s\u00a0]+(?:months?|weeks?|years?|days?)[\s\u00a0]+(?:earlier|before|ago)|to[\s\u00a0]+(?:be|arrive|reach)[\s\u00a0]|(?:the|its|their)[\s\u00a0]+(?:[^\s,.;]+[\s\u00a0]+){0,2}(?:had|has|have)[\s\u00a0]+(?:reported|given|cited|published|named|put\s+out|announced)(?![a-z])|(?:and|or|while|whereas|when|once|after|though|although|because|without|it|they|he|she|which|that|as|more|in|by|since|back|last|until|і|й|та|або|чи|а|и|или|und|oder|während|als|у|в|во|на|im|bei|seit|bis|ab|з|від|с|со|до|за|over|über|across|allein|alone)[\s\u00a0]|für[\s\u00a0]+(?:realist|wahrsch|plausib|möglich)|all[\s\u00a0]+told|insgesamt|загалом|всього|всего|(?:werden|sein|aus|auf|an|vor|hinzu)[\s\u00a0]*[.,;!?–—]|(?:angekommen|eingetroffen|gekommen|geschickt|entsandt|stationiert)(?![a-zäöüß]))/;
/** After a number: it is the whole a later part is taken from, or the size of a force ("12,000-strong"). */
const WHOLE_AFTER =
  /^(?:[\s\u00a0-]*(?:mann[\s\u00a0]+)?stark|-strong|[\s\u00a0]*(?:명|여[\s\u00a0]?명)?[\s\u00a0]*(?:이며|이고|으로)?[\s\u00a0,]*(?:(?:이|그)[\s\u00a0]?)?(?:가운데|중에서|중)(?![가-힣])|[^.;:,]{0,30},[\s\u00a0]*(?:(?!(?:[a-z]+ing|each)[\s\u00a0])[^\s,.;]+[\s\u00a0]+){0,2}(?:of\s+whom|of\s+them|з\s+яких|з\s+них|із\s+них|из\s+которых|из\s+них|davon|von\s+denen|von\s+ihnen)(?![a-zа-яёіїє]))/;
/** Before a number: it is the whole a later part is taken from ("з 11 тисяч … 4 тисячі загинули"). */
const WHOLE_BEFORE =
  /(?:^|[\s(])(?:з|із|из|out\s+of|of\s+the|of\s+those|von\s+den|von\s+diesen|з\s+тих|из\s+тех|от\s+тех|від\s+тих|among\s+the|unter\s+den|серед|среди|(?:hälfte|drittel|viertel)\s+(?:der|dieser|jener)|половин(?:а|у|ою|и|ой|ы)|третин(?:а|у|ою|и)|трет(?:ь|и)|чверт(?:ь|і)|четверт(?:ь|и))[\s\u00a0]+$/;
/** The line a span lies on (page text puts each block on a line of its own). */
function lineAround(text: string, span: Span): string {
  const start = text.lastIndexOf('\n', span.start - 1) + 1;
  const end = text.indexOf('\n', span.end);
  return text.slice(start, end < 0 ? text.length : end);
}

/** A fraction word before "of": "half of the 11,000–12,000 troops" makes the number a whole. */
const FRACTION_BEFORE =
  /(?:half|third|quarter|половин|третин|трет|четверт|hälfte|drittel|viertel|절반)[^.;]{0,16}$/;

function isWhole(text: string, span: Span, start: number): boolean {
  return WHOLE_BEFORE.test(text.slice(Math.max(span.start, start - 20), start));
}

/** After a number: "X of the …", "X der …": the number is a part, and the deployment words after it describe the whole. */
const PART_AFTER = /^[\s\u00a0]*(?:of\s+(?:the|those|these)|der|des|von\s+den|з|із|из|이\s?중)[\s\u00a0]/;
/**
 * Rates ("1,500 a day", "40 rounds on a quiet day"; not a period: "in roughly a week") are Russia's loss rates or
 * a gun crew's fire, never the deployment; only a casualty rate in a sentence that names North Korea is theirs
 * ("about 92 North Korean casualties a day", an estimate of its own).
 */
const PER_DAY =
  /^[^,.;:]{0,40}?(?:(?<!(?:in|within|for|of)\s+(?:(?:about|around|roughly|nearly|almost|approximately|just|barely|under|over|less\s+than|more\s+than)\s+)?)(?:a\s+day|a\s+week)(?![\s\u00a0]+(?:earlier|later|before|after|ago))|per\s+day|each\s+day|daily|(?:an?\s+)?(?:average|single|quiet|normal|typical|good|bad)\s+day|per\s+week|each\s+week|pro\s+tag|am\s+tag|täglich|на\s+день|в\s+день|за\s+добу|щодня|щоденно|ежедневно|в\s+сутки|하루(?![\s\u00a0]?(?:종일|이틀|만에|아침|저녁|빨리|이상)))/;
/** A rate said before its number, in its clause: "за добу робить 40–50 пострілів", "하루 20발". */
const PER_DAY_BEFORE =
  /(?:per\s+day|every\s+day|each\s+day|daily|pro\s+tag|jeden\s+tag|täglich|за\s+добу|щодня|щоденно|ежедневно|в\s+сутки|за\s+сутки|каждый\s+день|하루(?:에)?|매일)[^\d,.;:]{0,24}$/;
/** Words of a forecast: "the deployment could grow to 100,000" (Zelensky, November 2024) is a figure. */
/** Being in Russia or at the front, a few words after a number: "… Nordkoreaner in Russland", "… корейців у Росії". */
const IN_RUSSIA_AFTER =
  /^(?:[\s\u00a0]+[^\s\d.;:]+){0,6}[\s\u00a0]+(?:(?:in|to|into)[\s\u00a0]+(?:russland|russia|kursk)|nach[\s\u00a0]+(?:russland|kursk)|(?:for|für|за)[\s\u00a0]+(?:russia|russland|россию|росію)|bei[\s\u00a0]+kursk|в[\s\u00a0]+росси|[ув][\s\u00a0]+росі|до[\s\u00a0]+росії|под[\s\u00a0]+курском|під[\s\u00a0]+курськом|в[\s\u00a0]+курск|[ув][\s\u00a0]+курськ|на[\s\u00a0]+курщин|an[\s\u00a0]+die[\s\u00a0]+front|to[\s\u00a0]+the[\s\u00a0]+front|на[\s\u00a0]+(?:фронт|войну|війну))/;
/** The same place before the number: "под Курском уже 100k корейцев", "на Курщині зараз «не менше 50 тисяч»". */
const IN_RUSSIA_BEFORE =
  /(?:in[\s\u00a0]+(?:russland|russia|kursk)|bei[\s\u00a0]+kursk|в[\s\u00a0]+росси[а-я]*|[ув][\s\u00a0]+росі[а-яії]*|под[\s\u00a0]+курском|під[\s\u00a0]+курськом|в[\s\u00a0]+курской[\s\u00a0]+области|[ув][\s\u00a0]+курській[\s\u00a0]+області|на[\s\u00a0]+курщині|an[\s\u00a0]+die[\s\u00a0]+front|to[\s\u00a0]+the[\s\u00a0]+front|на[\s\u00a0]+(?:фронт|войну|війну))(?:[\s\u00a0]+[^\s\d.,;:]+){0,2}[\s\u00a0]+[«"„“]?$|(?:러시아|쿠르스크)(?:에|로)[\s\u00a0]+["'“‘]?$/;
/** A verb of arrival right before the number: "прибыло уже 100 тысяч", "have arrived 100,000": a claim of the force. */
const ARRIVED_BEFORE =
  /(?:прибыл[аио]?|прибыли|прибул[аио]?|прибули|приехал[аио]?|приїхал[аио]?|arrived|eingetroffen|angekommen)(?:[\s ]+(?:уже|вже|already|bereits|schon))?[\s ]+$/;
/** "another", "ще", "ещё", "weitere" right before a number: more of the force. */
const MORE_BEFORE = /(?<![\p{L}])(?:another|ще|ещё|еще|weitere|zusätzliche)[\s\u00a0]+$/u;
/** "more", "weitere", "명을 더" right after a number: more of the force. */
const MORE_AFTER = /^[\s\u00a0]*(?:more(?![\s\u00a0]+than)|weitere|명[을이]?[\s\u00a0]?더[\s\u00a0])/;
const FORECAST =
  /(?<![a-zа-яіїєäöüß])(?:could|may|might|would|grow|könnte|könnten|wachsen|може|можуть|могл[аои]|может|могут|вырас|зрост|늘어날|할\s?수)/;
/** A sentence that begins by saying "that many" ("So viele", "Столько", "Стільки", "That's how many"). */
const SO_MANY_AFTER =
  /^[\s\u00a0]*[.:!]?[\s\u00a0]*(?:so\s+viele|so\s+many|that(?:'|’)?s\s+how\s+many|that\s+is\s+how\s+many|(?:that|this)(?:'|’)?s?\s+(?:is\s+)?(?:[a-z]+(?:'|’)s\s+|the\s+|an?\s+)?(?:new\s+|latest\s+|official\s+)?(?:count|number|estimate|tally|toll|figure)\s+of|столько|стільки|[—–-][\s\u00a0]*(?:это|це|das\s+ist|that\s+is|this\s+is)[\s\u00a0]+(?:оценка|оцінка|цифра|число|кількість|die\s+(?:schätzung|zahl)|the\s+(?:estimate|figure|count))|именно\s+столько|саме\s+стільки|[—–-][\s\u00a0]*(?:такую|эту|таку|цю|diese|the)[\s\u00a0]+(?:цифру|оценку|оцінку|zahl|figure)(?=[\s\u00a0]+(?:nis|нис|разведк|розвідк|сеул|seoul|the\s+nis|nannte|gab|gave|named|cited|сообщил|назвал|повідомил|назвал)))(?![a-zа-яіїєäöüß])/;
/** After a Korean count of people: the size of a unit ("명 규모 부대"), all of them ("명 전원"). */
const KOREAN_STRENGTH_AFTER =
  /^[\s\u00a0]?명[\s\u00a0]?(?:규모의?[\s\u00a0]?(?:북한\s?|파병\s?)?(?:부대|병력|군|조직|특수부대|파견대)|전원)/;
/** Words for ammunition, of which a share may be North Korea's. */
const MUNITIONS_WORD = /ammunition|munition|ammo|shells|боєприпас|боеприпас|снаряд|탄약|포탄/;
/** A yearly rate right after a number: "3 million a year", "3 Millionen im Jahr", "3 млн на рік". */
const YEARLY_AFTER =
  /^[\s\u00a0]+(?:(?:a|per|each|every)[\s\u00a0]+year|annually|(?:pro|im)[\s\u00a0]+jahr|jährlich|(?:на|в)[\s\u00a0]+(?:рік|год)|щороку|ежегодно)(?![a-zа-яіїєäöüß])/;
/** …or before it: "jährlich rund drei Millionen", "annually about 3 million", "ежегодно около 3 млн". */
const YEARLY_BEFORE = /(?:^|[^a-zа-яіїєäöüß])(?:jährlich|annually|ежегодно|щороку|щорічно)[\s\u00a0]+$/;
/** Shells named in a sentence without a number (a topic for a bare count after it): German's "Granaten" too. */
const MUNITIONS_TOPIC = /ammunition|munition|ammo|shells|granaten|боєприпас|боеприпас|снаряд|탄약|포탄/;
/** Vague amounts beyond a hundred thousand. */
const HUGE_VAGUE =
  /수십만|수백만|hundreds\s+of\s+thousands|millions|сотн[иі]\s+тисяч|сотень\s+тисяч|сотни\s+тысяч|сотен\s+тысяч|мільйон|миллион|hunderttausende|millionen/;
/** A description that opens with the year it names: "The year the shells began", "Das Jahr, in dem", "Рік, коли". */
const YEAR_OPENING =
  /^(?:the\s+year|in\s+that\s+year|das\s+jahr|im\s+jahr|рік|року|год|году|해|그해)(?![\p{L}])/iu;
/** A description that opens "that many days": "Стільки днів минуло …", "So many days …". */
const SO_MANY_DURATION =
  /^(?:(?:приблизно|примерно|etwa|about|roughly|rund|около|близько)\s+)?(?:стільки|столько|so\s+viele|so\s+many)\s+(?:днів|дней|tage|days|років|лет|jahre|years|місяців|месяцев|monate|months|тижнів|недель|wochen|weeks)/;
/** A description that opens "about that many": the number is a rounded one. */
const ABOUT_SO_MANY =
  /^(?:приблизно|примерно|etwa|about|roughly|rund|около|близько|대략|약)\s+(?:стільки|столько|so\s+viele|so\s+many|that\s+many)/;
/**
 * A size adjective made of a number and "thousand": "11-тысячной", "12-тисячний", fused "трёхтысячное",
 * "шеститисячного" (the scanner reads only known number stems before "тысячн" as one).
 */
const SIZE_ADJECTIVE = /(?:[-‑][\s\u00a0]?|[а-яёіїє'’ʼ])(?:тисячн|тысячн)/;
/** "1만1,000~1만2,000명 규모인 북한 파병군": the size of a force, in Korean. */
const KOREAN_SIZE_AFTER = /^[\s\u00a0]?(?:여[\s\u00a0]?)?명[\s\u00a0]?규모(?:인|의)[\s\u00a0]/;
/** "the first 2,600", "die ersten 2600", "первые 2600": the first group of a force, counted without a noun. */
const FIRST_GROUP_BEFORE =
  /(?<![a-zа-яёіїєäöüß])(?:the[\s\u00a0]+first|die[\s\u00a0]+ersten|den[\s\u00a0]+ersten|перв(?:ые|ых|ым)|перш(?:і|их|им))[\s\u00a0]+$/;
/** …unless what follows measures time or distance: "the first 100 days", "die ersten 50 Kilometer". */
const MEASURE_AFTER =
  /^[\s\u00a0]*(?:days?|weeks?|months?|years?|hours?|minutes?|km|kilomet|miles?|metres?|meters?|tage?n?|wochen|monate?n?|jahre?n?|stunden|minuten|kilometer|meter|дн|недел|месяц|лет|год|час|минут|км|километр|метр|тижн|місяц|рок|годин|хвилин|кілометр)/;
/** After an item of a list of counts: a comma, a semicolon or the sentence's end. */
const LIST_ITEM_END = /^[\s\u00a0]*(?:[,;.]|$)/;
/** Between two readings of one count: "11,000 or 12,000 men". */
const ALTERNATIVE_AFTER =
  /^[\s\u00a0]*(?:or|oder|або|чи|или|либо)[\s\u00a0]+(?:(?:even|perhaps|sogar|eher|навіть|даже)[\s\u00a0]+)?/;
/** Count nouns that say nothing of who is counted ("600명", "600 people"): a topic sentence before them may. */
const GENERIC_COUNT = /^(?:명|people|persons?|men|mann|menschen|personen|человек|людей|осіб|чоловік)$/;
/** Words for fighting troops, as opposed to workers or engineers. */
const TROOPS_WORD =
  /(?<![A-Za-zÀ-ɏЀ-ӿ])(?:troops|soldiers|combat|infantry|soldaten|kampftruppen|військов[а-яіїє]*|солдат[а-яіїє]*|военн[а-яё]*|бойц[а-яё]*|бійц[а-яіїє]*|эшелон[а-яё]*|ешелон[а-яіїє]*|contingent|kontingent|контингент[а-яіїєё]*)(?![A-Za-zÀ-ɏЀ-ӿ])|병력|전투병|군인|병사|장병|북한군/;
/** "all 12,000", "alle 12.000", "всі 12 тисяч": the whole of a force. */
const ALL_BEFORE =
  /(?:(?:^|[\s(])(?:all|alle|всі|усі|все|всех|всіх)[\s\u00a0]+(?:(?:the|der|die)[\s\u00a0]+)?|(?:half|third|quarter|hälfte|drittel|viertel|половин[аиу]|треть|трети|третин[аиу]|чверт[іь])[\s\u00a0]+(?:of[\s\u00a0]+)?(?:its|his|their|the|seiner|ihrer|der|des|своих|своїх|из|з|із)[\s\u00a0]+)$/;
/** A casualty word right after a number ("all 300 were killed", "alle 300 gefallen"). */
const CASUALTY_RIGHT_AFTER =
  /^[\s\u00a0]*(?:[a-zа-яіїєäöüß]+[\s\u00a0]+){0,2}(?:killed|dead|died|wounded|gefallen|getötet|tot|verwundet|загинул|загибл|убит|погибл|поранен|ранен)/;
/** A word for the force itself as a sentence's subject: "the unit", "die Einheit", "контингент", "they". */
const FORCE_SUBJECT =
  /(?<![a-zа-яіїєäöüß])(?:the\s+unit|the\s+force|the\s+contingent|they|die\s+einheit|das\s+kontingent|die\s+truppe|sie|контингент[а-яіїє]*|підрозділ[а-яіїє]*|подразделени[а-яё]*|вони|они|their|ihre[nmrs]?|їх|их|їхн[а-яіїє]*|isw|institute\s+for\s+the\s+study\s+of\s+war|us-institut|институт\s+изучения\s+войны|інститут\s+вивчення\s+війни)(?![a-zа-яіїєäöüß])/;
/** Metrics whose rates are estimates of their own ("about 92 casualties a day"). */
const RATE_METRICS: ReadonlySet<Metric> = new Set(['killed', 'wounded', 'casualties_total']);
/** "N more" stands for troops only in a sentence about sending them ("4 more Patriot systems" is not). */
const MORE_ONLY = /^[\s\u00a0]*(?:more|mehr|weitere[nrs]?)(?![a-zäöü])/;
/** "N more" with nothing counted after it: "3000 weitere zu Beginn 2025", "3,000 more in January". */
const MORE_ALONE =
  /^[\s\u00a0]*(?:more|mehr|weitere[nrs]?)[\s\u00a0]*(?:[,.;:)—–-]|$|(?:in|im|zu|bis|an|am|anfang|ende|during|by|until|since|from|at|early|late|this|last|next|dieses|letzten|nächsten)(?![a-zäöüß]))/;
const MORE_CONTEXT =
  /send|sent|deploy|dispatch|arriv|follow|expect|transfer|mov|reinforce|contingent|rotation|schick|entsend|entsand|erwart|rechne|verleg|kommen|nachschub|verstärkung|kontingent|відправ|направ|надісла|прибу|очіку|підкріплен|поповнен|контингент|отправ|прибы|ожида|подкреплен|пополнен|파병|보내|추가|증원/;

/** The other of two after "one" in its sentence: "одного — …, іншого — …", "one …, the other …", "einen …, den anderen". */
const ONE_OF_TWO_AFTER =
  /^[^.;!?\n]{0,60}?(?<![a-zа-яёіїєäöüß])(?:іншого|іншому|інший|іншу|інша|інше|друга|другого|другому|другой|другую|другая|другое|the\s+other|den\s+anderen|der\s+andere|die\s+andere|das\s+andere)(?![a-zа-яёіїєäöüß])/;

/** Signing an appeal or a petition: its signatories are counted, not the force. */
const SIGNED_WORD =
  /(?<![\p{L}])(?:petition|signator|signed|signatures|unterschrift|unterzeichn|unterschrieben|mitzeichn|mitgezeichn|петиці|петици|підписал|подписал|підпис(?:ів|ами)|подпис(?:ей|ями)|청원|서명|이름을[\s\u00a0]?올)/u;
/** A place's visitors before their count: "виставку відвідали понад 12 тисяч людей", "the show was visited by 12,000". */
const VISITED_BEFORE =
  /(?:відвідал|відвідува|посетил|посещал|visited|attended|besucht|방문)[A-Za-zÀ-ɏЀ-ӿ가-힣]*(?:[\s\u00a0]+by)?[\s\u00a0]+(?:[^\s\d]+[\s\u00a0]+)?$/;
/** The signatories' part: "among them 212 retired officers", "darunter", "з них", "из них", "그중". */
const AMONG_THEM =
  /among\s+them|of\s+whom|including|darunter|davon|einschließlich|з\s+них|із\s+них|из\s+них|среди\s+них|серед\s+них|в\s+том\s+числе|у\s+тому\s+числі|в\s+тому\s+числі|그중|이\s?가운데|이\s?밖에/;

/** Counts of drones, aircraft and ships are never DPRK troop or aid figures here. */
const OTHER_THINGS =
  /^[^\S\t]*(?:(?:der|of[\s\u00a0]+the)[\s\u00a0]+(?:[\da-zäöüß-]+[\s\u00a0]+){0,2})?(?:[a-zäöüß-]+[\s\u00a0]+|(?:[а-яіїєё'-]+(?:их|ых|ими|ыми|ні|ные|ий|ый)[\s\u00a0]+(?:(?:і|и|та|й)[\s\u00a0]+)?|нами[\s\u00a0]+){1,3})?(?:letters|texts|articles|claims|statements|guests|visitors|households|inhabitants|operations(?![\s\u00a0]+(?:troops|forces|soldiers|units|personnel))|gäste[n]?|besucher[n]?|haushalte[n]?|einwohner[n]?|operationen|гост(?:ей|ів)|відвідувач[а-яіїє]*|посетител[а-яё]*|двор(?:ов|ів|а)|домогосподарств[а-яіїє]*|операці[йяї]|операци[йя]|жител(?:ей|я)|мешканц(?:ів|я)|방문객|관람객|가구|текст[а-яіїє]*|стат(?:ей|ті|тей|ьи|ях)|meldungen|berichte[n]?|reports|interviews|інтерв[’'ʼ]ю|интервью|인터뷰|доклад(?:а|ов|ах)?|доповід(?:і|ей|ях)|보고서|материал(?:ов|ах)|матеріал(?:ів|ах)|публикаци(?:й|ях)|публікаці(?:й|ях)|утвержден[а-яё]*|тверджен[а-яіїє]*|заяв(?:и|ах|ок)|artikel[n]?|texte[n]?|aussagen|briefe|zuschriften|leserbriefe|писем|письма|листів|листи|편지|lawmakers|members\s+of\s+the\s+(?:committee|parliament|assembly)|abgeordnete[n]?|депутат[а-яіїєё]*|의원|drones?|[a-zäöüß]*drohnen?|дрон[а-яіїє]*|безпілотник[а-яіїє]*|беспилотник[а-яіїє]*|드론|aircraft|planes|jets|ships|vessels|[a-zäöüß]*schiffe?|кораб[а-яіїє]*|судн[а-яіїє]*|суд[ао]в|함정|척|houses|homes|buildings|[a-zäöüß]*häuser|[a-zäöüß]*gebäude|будин[а-яіїє]*|будівл[а-яіїє]*|дом[аов]*|здани[а-яё]*|주택|건물|waves|batches|stages|tranches|(?:round[\s\u00a0]+)?trips|voyages|crossings|sailings|flows|потоках|потоки|потоков|потоків|cells|комірк[а-яіїє]*|ячеек|ячейк[а-яё]*|[a-zäöüß]*schüben?|wellen|runden|tranchen|etappen|хвил[а-яіїє]*|етап[а-яіїє]*|ешелон[а-яіїє]*|волн[а-яё]*|этап[а-яё]*|эшелон[а-яё]*|명당|회원국|training\s+grounds|truppenübungsplätze|полігон[а-яіїє]*|полигон[а-яё]*|explosions?|blasts|[a-zäöüß]*explosionen|вибух[а-яіїє]*|взрыв[а-яё]*|zahlen|numbers|figures|цифр[а-яіїєё]*|чис[еи]л|숫자|수치|reports|sources|outlets|berichte|quellen|medien|повідомлен[а-яіїє]*|джерел[а-яіїє]*|сообщени[а-яё]*|источник[а-яё]*|holidaymakers|vacationers|urlauber[a-z]*|отдыхающ[а-яё]*|відпочивальник[а-яіїє]*|відпочиваюч[а-яіїє]*|begriffe[n]?|terms|definitions|понят[а-яё]*|термін[а-яіїє]*|термин[а-яё]*|readers|respondents|pupils|students|considerations|reasons|scenarios|factors|gründe[n]?|szenarien|причин[аиы]?|сценари[йяї][а-яіїє]*|이유|요인|satellites|[a-zäöüß]*satelliten|супутник(?:и|ів)|спутник(?:и|ов)|위성|sorties|вылет(?:ов|ы)|виліт(?:ів|и)|вильот(?:ів|и)|flüge|clips|videos|footage|recordings|researchers|analysts|videoclips|forscher(?:innen)?|analyst(?:en|innen)|відео(?:записів|записах|роликів)?|запис(?:ів|ах)|ролик(?:ів|ах|ов|ах)|видео(?:записей|записях|роликов)?|дослідник(?:ів|и)|аналітик(?:ів|и)|исследовател(?:ей|и)|аналитик(?:ов|и)|schüler[a-z]*|учн[а-яіїє]*|учени[а-яё]*|leser[a-z]*|befragte[a-z]*|читач[а-яіїє]*|читател[а-яё]*|респондент[а-яіїєё]*|опитан[а-яіїє]*|опрошенн[а-яё]*)(?![a-zа-яіїєäöüß])(?![\s\u00a0]*:)/;
const GENERIC_PEOPLE = /^(?:people|menschen|personen)$/;
/** Collective numerals: "двоє", "пятеро", "семеро" (a group of so many). */
const COLLECTIVE = /^(?:дво|тро|четвер|п[’'ʼ]?ятер|шестер|семер|восьмер|дев[’'ʼ]?ятер|десятер)[а-яіїє]*$/;
/** Words that add up the counts before: "in all", "insgesamt", "всего", "загалом". */
const SUM_WORD =
  /(?<![a-zа-яёіїєäöüß])(?:in\s+all|in\s+total|altogether|insgesamt|zusammen|всего|в\s+общей\s+сложности|загалом|усього|всього|разом)(?![a-zа-яёіїєäöüß])/;
/** A sum word right before a number: "in all 6,000", "insgesamt 6000", "등 모두 1만1천", "합쳐 1만1천". */
const SUM_RIGHT_BEFORE =
  /(?:(?<![a-zа-яёіїєäöüß])(?:in\s+all|in\s+total|altogether|a\s+total\s+of|insgesamt|zusammen|всего|загалом|усього|всього|разом)|(?:등[\s\u00a0]*)?(?:모두|총|합쳐서?|도합))[\s\u00a0,]*(?:(?:about|some|around|etwa|rund|около|близько|약)[\s\u00a0]+)?$/;
/** A Korean verb of adding right before a number: '이 둘을 더해 "1만4천 명"', "합치면 약 1만4천". */
const KOREAN_SUM_BEFORE = /(?:합쳐서?|더해서?|합하면|더하면|합치면)[\s\u00a0]*["'“‘]?(?:약[\s\u00a0]*)?$/;
/** A pronoun and a relative clause after a number: "1100 тих, хто …", "1,100 of those who …", "1100 derer, die …". */
const THOSE_WHO_AFTER =
  /^[\s\u00a0]+(?:of[\s\u00a0]+)?(?:тих|тех|those|derer|jener|из[\s\u00a0]+тех|з[\s\u00a0]+тих|із[\s\u00a0]+тих),?[\s\u00a0]+(?:хто|що|які|кто|которые|who|that|die)(?![a-zа-яёіїє])/;
/** After a total: the reinforcements are in it ("разом із поповненням", "including the replacements"). */
const WITH_REINFORCEMENTS_AFTER =
  /^[^.;:\n]{0,24}?(?:разом\s+(?:із|з|зі)\s+(?:поповненням|підкріпленням)|включно\s+(?:із|з)\s+(?:поповненням|підкріпленням)|вместе\s+с\s+(?:пополнением|подкреплением)|с\s+учетом\s+(?:пополнения|подкрепления)|including\s+(?:the\s+)?(?:reinforcements|replacements|second\s+wave)|einschließlich\s+(?:der\s+)?(?:verstärkung|nachschub|ersatztruppen|zweiten\s+welle)|inklusive\s+(?:der\s+)?(?:verstärkung|ersatztruppen)|(?:증원|보충|교대)\s?(?:병력|인원)?(?:을|를)?\s?(?:포함|합쳐))/;
/** Between a part and its whole: "3천 명을 포함해 … 1만4천", "3,000 replacements included, 14,000". */
const INCLUDING_BETWEEN =
  /^[^.;:\d]{0,40}(?:포함해|포함하여|포함한|included|eingeschlossen|включительно|включно)[^.;:\d]{0,60}$/;
/** A total the count has risen to, after it: "약 3천 명으로 늘었다", "3천 명으로 증가했다". */
const RISEN_TO_AFTER =
  /^[\s\u00a0]?(?:여[\s\u00a0]?)?명?[\s\u00a0]?(?:가량|정도|안팎)?으?로[\s\u00a0]?(?:늘|증가|불어|확대)/;
/** A total the count has been brought to, before it: "bringing the total to", "довівши загальну кількість до". */
const TOTAL_TO_BEFORE =
  /(?:bringing|brought|taking|took|raising|raised)\s+(?:the\s+)?(?:total|number|force|contingent|overall\s+(?:number|total))(?:\s+[^\s\d]+){0,3}\s+to\s+$|(?:довівши|довело|довели|доведя)\s+(?:[^\s\d]+\s+){0,3}до\s+$|auf\s+insgesamt\s+$/;
/** A dash and the combat troops it names after a number ("— бойові частини", "— combat troops", "— 전투병"). */
const COMBAT_AFTER_DASH =
  /^[\s\u00a0,]*[—–][\s\u00a0]+(?:(?:це|это|that\s+is|das\s+sind)[\s\u00a0]+)?(?:бойов[а-яіїє]*[\s\u00a0]+(?:частин|підрозділ|військ|одиниц)|боев[а-яё]*[\s\u00a0]+(?:част|подразделен|войск)|combat[\s\u00a0]+(?:troops|units|forces|soldiers)|kampftruppen|kampfeinheiten|전투[\s\u00a0]?(?:병|부대|병력))/;
/** A correction's right number: "Richtig ist: rund 6000", "the correct figure is", "Правильно: около 15 000". */
const CORRECTION_BEFORE =
  /(?<![a-zа-яё])(?:richtig\s+(?:ist|wäre|sind)|the\s+correct\s+(?:figure|number)\s+(?:is|was)|правильн(?:о|ая\s+цифра|а\s+цифра)|correct(?:ion)?)\s*[:—–-]?\s*$/;
/**
 * A verb of revising an estimate, its object a pronoun or the estimate, then "to": "NIS повысила её до", "підвищила
 * цю оцінку до", "raised it to". The number is the new value of the figure given before it.
 */
const REVISED_TO_BEFORE =
  /(?<![a-zа-яёіїєґ])(?:повысил|понизил|поднял|увеличил|уменьшил|снизил|скорректировал|пересмотрел|підвищил|знизил|підняв|підняла|підняли|збільшил|зменшил|скоригувал|переглянул|raised|lowered|revised|lifted|increased|cut|corrected|updated)[a-zа-яёіїєґ]*\s+(?:её|ее|его|эту\s+оценку|оценку|цифру|её\s+оценку|її|його|цю\s+оцінку|оцінку|цифру|it|that|this|its\s+estimate|the\s+(?:figure|estimate|toll|count))\s+(?:до|to)\s+$/;
/** After a Korean count: it is an estimate, or the one a change started from ("명'이라던 수치", "명에서 세 배"). */
const KOREAN_ESTIMATE_AFTER =
  /^[\s\u00a0]?(?:여[\s\u00a0]?)?명?[\s\u00a0]?(?:가량|정도|안팎|이상)?['’"”]?(?:에서|서[\s\u00a0]|이라던|이라더니|이라고|이었|의[\s\u00a0]?(?:세|두|네)[\s\u00a0]?배|으로[\s\u00a0]?(?:봤|보았|추정|추산|제시|집계|올|늘|상향|잡))|^[^.!?]{0,12}(?:수치|추정치)/;
const THE_ONE_BEFORE = /(?:^|[^a-z])(?:the|this|that)\s+$/;
const ONE_OF = /^[\s\u00a0]+(?:of|из|з|із|der|des)[\s\u00a0]/;
/** Korean nouns right before a number that are never troops: civilians ("관광객 1천500명", "전문가 3명"), things. */
const KOREAN_NOT_TROOPS_BEFORE =
  /(?:(?:개인|국적|대기자|관계자|동포)(?:[은는이가을를의도]|만|도)?[\s\u00a0]+(?:[가-힣]{1,3}[\s\u00a0]+)?$)|(?:(?:대상자|응답자|연구원|분석가|조사원)[이가은는을를의도]?[\s\u00a0]*(?:가운데|중)[\s\u00a0]*$)|(?:(?:경비[\s\u00a0]?인력|경비원|경비병|조사관|수사관|변호사|의사|통역사|통역관|교도관|간수)(?:[은는이가을를의도]|과|와)?[\s\u00a0]+(?:[가-힣]{1,5}[\s\u00a0]+)?$)|(?:(?:연구원|분석가|조사원)[\s\u00a0]*$)|(?:인구|취재진|기자단|안전요원|동시\s?접속|시청자|성인|노인|어르신|아동|어린이|관중|청중|팬|응답자|유권자|구독자?|조회수?|추천|좋아요|팔로워|관광객|환자|피해자|전문가|입국자|주민|시민|학생|승객|관객|방문객|대상자|영상|위성|이용자|가입자|참가자|선수|직원|기자|의원|선원|어민|메시지|회원국|드론|무인기|미사일\s?방어|유학생|예술단|공연단|합창단원?|시범단|악단|무용수|단원|회원)[이가은는을를의도]?[\s\u00a0]*(?:(?:모두|총|각각|약)[\s\u00a0]*)?$/;
/** Words of civilian harm, shelling, evacuation and markets (see figureFor). */
const UNRELATED_NEWS =
  /(?<![a-zа-яіїєäöüß])(?:civilians?(?!\s+(?:labou?rers?|workers?))|residents|shelling|browsing|guests|gäste|гостей|гостів|children|child|baby|babies|kinder[n]?|діт(?:и|ей|ьми)|дет(?:и|ей|ьми)|each\s+other|one\s+another|einander|друг\s+другу(?!\s+(?:не\s+)?противореч)|одне\s+одному(?!\s+(?:не\s+)?суперечать)|один\s+одному(?!\s+(?:не\s+)?суперечать)|accidents?|crash(?:ed|es)?|collisions?|[a-zäöüß]*unfall|дтп|аварі[а-яіїє]*|авари[а-яё]*|перекинув[а-яіїє]*|столкнул[а-яё]*|air\s+raids?|air\s*strikes?|in\s+strikes|famine|health\s+ministry|evacuat[a-z]*|earthquakes?|erdbeben[s]?|посмотрел[аи]?|police(?:men|man)?|polizist[a-z]*|поліцейськ[а-яіїє]*|полицейск[а-яё]*|경찰|вивозять|вывозят|мешка(?:ли|ла|в|є|ють)|мешканц[а-яіїє]*|жител[а-яё]*|проживал[аио]?|проживают|einwohner[a-zäöü]*|snow\s?(?:plough|plow)s?|снегоуборочн[а-яё]*|снігоприбиральн[а-яіїє]*|schneeräum[a-zäöü]*|제설|землетрус[а-яіїє]*|землетрясени[а-яё]*|지진|stock|shares|index|kospi|kosdaq|nikkei|dax|ftse|nasdaq|zivilist[a-zäöüß]*|bewohner[a-zäöüß]*|evakuier[a-zäöüß]*|beschuss|börse[a-zäöüß]*|цивільн[а-яіїє']*|мирн[а-яіїє]*\s+(?:жител|мешканц)[а-яіїє]*|мешканц[а-яіїє]*|обстріл[а-яіїє]*|евакуац[а-яіїє]*|евакуйов[а-яіїє]*|виїхал[а-яіїє]*|індекс[а-яіїє]*|біржа?[а-яіїє]*|обстрел[а-яё]*|жител[а-яё]*|эвакуац[а-яё]*|эвакуирова[а-яё]*|индекс[а-яё]*|бирж[а-яё]*|мосбирж[а-яё]*|ппо|пво|(?:hire|hiring|hired|employees|mitarbeiter[a-zäöüß]*|сотрудник[а-яё]*|співробітник[а-яіїє]*|shock\s+brigades?|sturmbrigade[a-zäöüß]*|resort|marathon[a-zäöüß]*|марафон[а-яіїєё]*|pupils|students|patients|schüler[a-zäöüß]*|patient(?:en|innen)|учн(?:і|ів|ями)|учениц[а-яё]*|ученик(?:ов|и)|школьник[а-яё]*|пацієнт[а-яіїє]*|пациент[а-яё]*|прописан[а-яё]*|прописано|lived|живут|живёт|живет|жили|проживал[а-яё]*|проживает|живуть|мешкал[а-яіїє]*|мешкає|проживал[а-яіїє]*|lebten|wohnten|жил[оаи]?|жило)|обмін[а-яіїє]*|обміня[а-яіїє]*|обмен[а-яё]*|обменя[а-яё]*|gefangenenaustausch[a-zäöüß]*|prisoner\s+(?:exchange|swap)s?|swap(?:s|ped|ping)?|tauschten|getauscht|ausgetauscht|맞교환|교환)(?![a-zа-яіїєäöüß])|(?:strikes?|attacks?)\s+on|tourists?|touristen|турист[а-яіїєё]*|관광객|drones|shaheds?|air\s+defen[cs]e|drohnen|luftwaffe|luftabwehr|angegriffen|дрон[а-яіїє]*|шахед[а-яіїє]*|безпілотник[а-яіїє]*|беспилотник[а-яё]*|드론|요격|удар[а-яіїє]*\s+по|атак[а-яіїє]*\s+на|angriff[a-zäöüß]*\s+auf|gleitbomben|многоэтаж[а-яё]*|багатоповерх[а-яіїє]*|민간인|주민|사고|화재|공사장|접속자|아기|어린이|아파트|학생|수강생|환자|외국인|관광|지원자|수험생|팬|관중|명단|포격|공습|대피|코스피|코스닥|지수|살던|살고|거주|(?<![가-힣])사는(?=\s)|ballot|referendum|urabstimmung|голосуванн[а-яіїє]*|голосовани[а-яё]*|투표|austausch[a-zäöüß]*|활공\s?폭탄|유도\s?폭탄|폭격|열병식|(?<![a-zа-яіїєäöüß])(?:parade[sd]?|парад[а-яіїє]*|маршем|militärparade[n]?|kim[\s-]+il[\s-]+sung[\s-]+(?:square|platz[es]*)|площ[аеіу]\s+кім\s+ір\s+сена|площад[иь]\s+ким\s+ир\s+сена)(?![a-zа-яіїєäöüß])|김일성\s?광장/;
/** A drone unit and its crews: "pilots", "пілотів", "Drohnenkompanie", "드론 중대", "Mavic". */
const DRONE_CREW =
  /(?<![a-zа-яіїєёäöüß])(?:pilots?|piloten|pilotinnen|пілот(?:и|ів|ами|ах)?|пилот(?:ы|ов|ами|ах)?|drone\s+(?:company|unit|team|crew|platoon|operators?)|drohnen(?:kompanie|einheit|trupp|staffel|pilot)[a-zäöüß]*|дронов[а-яё]*\s+рот[а-яё]*|рот[аиуі]\s+(?:ударних\s+)?(?:безпілотн|дрон)[а-яіїє]*|mavic[a-z]*|мавик[а-яё]*|мавік[а-яіїє]*)(?![a-zа-яіїєёäöüß])|드론\s?(?:중대|부대|팀|조종)|조종사/;
/** Firing and launching: "발사", "쏘아", "fired", "launched", "abgefeuert", "запустила", "випустила". */
const FIRED_WORD =
  /발사|쏘아|쏜|쐈|쏘았|사격|발포|(?<![a-zа-яіїєёäöüß])(?:fired|launched|test-fired|abgefeuert|gestartet|feuert(?:e|en)?|abgab(?:en)?|abgegeben|verschossen|запустил[аи]?|выпустил[аи]?|запустив|запустила|запустили|випустив|випустила|випустили|выпущено|випущено|стрельб[а-яё]*|стрільб[а-яіїє]*)(?![a-zа-яіїєёäöüß])/;
/** Before an estimator named as the source: "за оцінкою", "по данным", "according to", "laut". */
const ATTRIBUTED_BEFORE =
  /(?:за[\s\u00a0]+(?:оцінкою|даними|оцінками)|по[\s\u00a0]+(?:оценке|данным|оценкам)|according[\s\u00a0]+to|laut|nach[\s\u00a0]+angaben)(?:[\s\u00a0]+(?:the|der|des))?[\s\u00a0]+$/;
/** Where fired weapons of this war land: Ukraine, its cities, the front, Russia's use of them. */
const WAR_TARGET =
  /ukrain|україн|украин|우크라이나|kyiv|kiew|київ|киев|키이우|kharkiv|charkiw|харків|харьков|하르키우|front|фронт|전선|russia|russland|росі|росси|러시아|krieg|war(?![a-z])|війн|войн|전쟁/;
/** Words of an estimate or of the services that make them. */
const ESTIMATE_WORD =
  /estimat|assess|intelligence|schätz|geheimdienst|nachrichtendienst|оцін|оцен|розвід|развед|추정|추산|정보/;
/** The local scene of a town or village: its residents, shelters, clinic, school, post office, neighbours. */
const LOCAL_SCENE =
  /(?<![a-zа-яіїєёäöüß])(?:residents?|villagers?|villages?|shelters?|cellars?|basements?|hospitals?|clinics?|nurses?|post\s+office|schools?|teachers?|pensions?|pensioners?|neighbou?rs?|evacuat[a-z]*|volunteers?|mayor|мешканц[а-яіїє]*|жител[а-яіїєё]*|сел[оаіиуе]|селищ[а-яіїє]*|укритт[а-яіїє]*|укрыти[а-яё]*|підвал[а-яіїє]*|подвал[а-яё]*|лікарн[а-яіїє]*|больниц[а-яё]*|медсестр[а-яіїєё]*|пошт[а-яіїє]*|почт(?:а|ы|е|у|ой|ов[а-яё]*|альон[а-яё]*|амт[а-яё]*)|школ[а-яіїєё]*|пенсі[а-яіїє]*|пенси[а-яё]*|сусід[а-яіїє]*|сосед[а-яё]*|евакуац[а-яіїє]*|эвакуац[а-яё]*|волонтер[а-яіїєё]*|деревн[а-яё]*|einwohner[a-zäöüß]*|bewohner[a-zäöüß]*|dorf|dorfes|dörfer[n]?|schutzr[aä]um[a-zäöüß]*|keller[n]?|krankenhaus[a-zäöüß]*|klinik|krankenschwester[n]?|schule[n]?|rente[n]?|rentner[a-zäöüß]*|nachbar[a-zäöüß]*|evakuier[a-zäöüß]*|freiwillige[n]?|bürgermeister[a-zäöüß]*)(?![a-zа-яіїєёäöüß])|주민|마을|대피소|지하실|병원|진료소|간호사|우체국|학교|연금|이웃|대피|자원봉사|민방위/;
/** Drones, the one word of other news that the force's own sentences also use ("learning a war of drones"). */
const DRONE_WORD =
  /(?<![a-zа-яіїєäöüß])(?:drones|shaheds?|drohnen|дрон[а-яіїє]*|шахед[а-яіїє]*|безпілотник[а-яіїє]*|беспилотник[а-яё]*)(?![a-zа-яіїєäöüß])|드론/;
const DRONE_WORDS = new RegExp(DRONE_WORD.source, 'g');
/** Drones an army fights against: "against Ukrainian drones", "gegen ukrainische Drohnen", "проти дронів". */
const DRONES_FOUGHT = new RegExp(
  `(?:against|gegen|проти|против)[\\s\\u00a0]+(?:[a-zа-яіїєäöüß'’-]+[\\s\\u00a0]+){0,2}(?:${DRONE_WORD.source})`,
  'g',
);
/** "of them" right after a number: the force spoken of ("two of them", "з них", "davon"). */
const OF_THEM_RIGHT_AFTER =
  /^[\s\u00a0]+(?:of[\s\u00a0]+them|з[\s\u00a0]+них|із[\s\u00a0]+них|из[\s\u00a0]+них|von[\s\u00a0]+ihnen)(?![a-zа-яіїє])/;
/** Verbs of owning an arsenal: "possesses", "has in service", "보유", "має на озброєнні", "verfügt über". */
const POSSESSES =
  /(?:possess|in\s+service|in\s+its\s+arsenal|arsenal\s+of|inventory|keeps\s+(?:(?:about|around|some|roughly|an\s+estimated|up\s+to|more\s+than|over|nearly)\s+)?\d|within\s+(?:striking\s+)?range\s+of\s+seoul|보유|на\s+озброєнні|на\s+вооружении|verfügt\s+über|besitzt|im\s+bestand|arsenal)/;
/** The home army's inventory as a defence white paper counts it, named in the sentence or around it in its paragraph. */
const HOME_INVENTORY =
  /(?:white\s+paper|weißbuch|белой\s+книг|біл(?:ій|ої|а)\s+книг|국방\s?백서|상비\s?병력|standing\s+army|stehende[a-z]*\s+heer)/;
/** Both sides of a prisoner exchange handing over as many each ("390 prisoners handed over by each side"). */
const EACH_SIDE =
  /each\s+side|both\s+sides|beide\s+seiten|jede\s+seite|обидві\s+сторони|кожна\s+зі?\s+сторін|обе\s+стороны|каждая\s+из\s+сторон|양측|쌍방/;
const EXCHANGE_WORD =
  /exchange|swap|handed\s+over|austausch|ausgetauscht|übergaben|übergeben|обмін|обміня|обмен|передал|передали|교환/;
/** A military parade: the soldiers marching in it are no one sent to Russia ("Thousands of soldiers marched past"). */
const PARADE =
  /parade|marched\s+past|marschierten|marschierte|парад(?!окс)|колонами\s+пройшли|прошли\s+маршем|пройшли\s+маршем|колони\s+з|колонны\s+из|열병식|열병\s?종대|대열/;
/** "Of them" opening a sentence, right before its number (a hedge between): "Из них порядка", "З них близько". */
const OF_THEM_BEFORE =
  /(?:^|[.;:!?][\s\u00a0]+)(?:(?:из|з|із)[\s\u00a0]+них|of[\s\u00a0]+them|davon)[\s\u00a0,]+(?:[^\s\d]+[\s\u00a0]+)?$/;
/** "waren es (bei zwei Zeremonien zusammen)": German "there were", restating a count at another time. */
const IT_WAS_BEFORE =
  /(?:waren|sind|seien|wären|könnten|könnte|dürften|sollen|sollten|würden)[\s\u00a0]+es(?:[\s\u00a0]+[^\s\d.,;:]+){0,5}[\s\u00a0]+$|(?:^|[^a-z])(?:was|wasn['’]t|is|isn['’]t)[\s\u00a0]+it[\s\u00a0]+(?:(?:really|actually|only|just|not)[\s\u00a0]+)?$/;
/**
 * "У NIS на конец апреля было около 4700", "У британців було понад 6 тисяч": what an estimator had, the count of
 * the figure given before it, by another estimator or at another time.
 */
const ESTIMATOR_HAD_BEFORE =
  /(?:^|[^а-яёіїєґ])у[\s\u00a0]+[^\s\d.,;:]+(?:[\s\u00a0]+[^\s\d.,;:]+){0,4}[\s\u00a0]+(?:было|було)(?:[\s\u00a0]+(?:уже|вже|ещё|ще))?[\s\u00a0]+$/;
/** A unit in an owner cue: the company, battalion or squad a story follows. */
const UNIT_WORD =
  /battalion|company|platoon|squad|unit|crew|bataillon|kompanie|zug|einheit|trupp(?!en)|рот|батальон|батальйон|взвод|подраздел|підрозділ|відділен|отделен|расч|екіпаж|экипаж|중대|대대|소대|부대|팀/;
/** A dash and "in all" right before a number: "— загалом", "— in total", "– insgesamt". */
const TOTAL_DASH_BEFORE =
  /[—–][\s\u00a0]+(?:загалом|итого|в\s+целом|in\s+all|in\s+total|altogether|insgesamt|alles\s+in\s+allem)[\s\u00a0,]+$/;
/** Words of the wounded: a toll after them may count the wounded too. */
const WOUNDED_WORD = /casualt|wounded|injur/;
/** Mines or drones named before a number in its sentence: "Zehntausende davon" counts them, not people. */
const MINES_BEFORE =
  /(?:minen|mines|міни|мін(?![а-яіїєґ])|мины|мин(?![а-яё])|지뢰|drohnen|drones|дронів|дронов)[^.;!?]*$/;
/** "the toll" and no other word of losses in the sentence (see figureFor). */
const BARE_TOLL =
  /^(?![^]*(?:casualt|wounded|injur|loss|dead\s+(?:or|and)|killed\s+(?:or|and)|death\s+toll))[^]*(?<![a-z])toll(?![a-z])/;
/** Supply verbs: hardware "Russia received" is still DPRK aid. */
const SUPPLY =
  /(?:receiv|obtain|suppl|deliver|ship|transfer|provid|arriv|прибул|прибы|eingetroffen|도착|отрима|постач|поставл|переда|надісла|получ|постав|erhielt|erhalten|geliefert|liefer|bekommen|받았|제공|공급|넘긴|보냈)/;
/** "близько тисячі", "более сотни": a plural-looking scale word after a hedge is one thousand/hundred. */
const SINGLE_SCALE: Readonly<Record<string, number>> = {
  тисяча: 1000,
  тысяча: 1000,
  тисячі: 1000,
  тисячу: 1000,
  тысячи: 1000,
  тысячу: 1000,
  сотні: 100,
  сотни: 100,
};
/** A figure in a list after another figure of its sentence: "1 100 in December, more than 3 000 in January". */
const LIST_GAP =
  /^(?:[^.;:!?]{0,40}?(?:[,;][\s\u00a0]*(?:(?:and|і|й|та|и|und|а)[\s\u00a0]+)?|[\s\u00a0]+(?:and|і|й|та|и|und|а)[\s\u00a0]+(?:(?:even|sogar|даже|навіть|then|dann|danach|потом|затем|потім|згодом|тоді)[\s\u00a0]+)?)|[^.;:!?\d]{0,12}?[,;][\s\u00a0]*(?:(?:or|oder|или|або|чи|то|mal)[\s\u00a0]+)?(?:(?:and|і|й|та|и|und|а)[\s\u00a0]+)?(?:(?:even|sogar|даже|навіть|then|dann|danach|потом|затем|потім|згодом|тоді)[\s\u00a0]+)?)$/;
/** "контингент численностью 12 тысяч": a strength phrase makes the number a count on its own. */
const STRENGTH_BEFORE =
  /(?:(?:contingent|(?:expeditionary\s+)?force)\s+of|численностью|чисельністю|strength\s+of|stärke\s+von|규모는?|(?:its|the\s+(?:unit|force|contingent|regiment)(?:'s)?)\s+(?:size|strength)\s+at|(?:größe|stärke)(?:\s+(?:des|der)\s+[^\s\d]+)?\s+auf|(?:чисельність|численность)\s+(?:у|в)|(?:контингент|угруповання|группировк[аиу])\s+(?:у|в|из|з|із)|kontingent\s+von)[\s\u00a0]*$/;
/** A share of a whole before the whole's number: "half of the", "die Hälfte der", "половина из", "половина з". */
const SHARE_OF_BEFORE =
  /(?:^|[^a-zа-яёіїєґäöüß])(?:(?:half|a\s+third|two[\s-]thirds|a\s+quarter)\s+of\s+(?:the|those|these)|(?:hälfte|drittel|viertel)\s+(?:der|dieser|jener)|(?:половин[аиуы]|треть|третин[аиу]|две\s+трети|дві\s+третини|четверть|чверть)\s+(?:из|з|із|от|від)(?:\s+(?:тех|тих|этих|цих))?)[\s\u00a0]+$/;
/** "a force that numbered 11,000", "контингент, який налічував": the strength of the force, not its losses. */
const FORCE_NUMBERED_BEFORE =
  /(?:force|contingent|unit|army|corps|kontingent|truppe|einheit|контингент|угрупован|группировк)[^.;:]{0,20}(?:number(?:ed|ing|s)?|umfasste|umfasst|zählte|налічував[а-яіїє]*|налічує|насчитывал[а-я]*|насчитывает|насчитывавш[а-я]*|налічувал[а-яіїє]*|(?:he|she|they|it)[\s\u00a0]+(?:put|puts|estimated|estimates)[\s\u00a0]+at)[\s\u00a0]*(?:(?:от|від|з|from|von)[\s\u00a0]+)?$/;
/** A verb of the force's future size right before its number: "стане", "станет", "буде", "будет", "составит". */
const WILL_NUMBER_BEFORE =
  /(?:^|[^а-яіїєё])(?:стане|станет|становитиме|буде|будет|составит|складе|сягне|достигнет)[\s\u00a0]+$/;
/** A German verb of sending right after a number (verb last): "rund 12.000 schicken", "etwa 3000 entsandt". */
const SEND_VERB_AFTER =
  /^[\s\u00a0]+(?:zu[\s\u00a0]+)?(?:schicken|entsenden|senden|verlegen|geschickt|entsandt|verlegt|gesandt)(?![a-zäöüß])/;
/** Ukrainian or Russian "їх"/"их" a few words before a number, nothing else between: "їх у Росії близько". */
const PRONOUN_COUNT_BEFORE = /(?<![а-яіїєё])(?:їх|их)(?:[\s\u00a0]+[а-яіїєё'’]+){0,4}[\s\u00a0]+$/;
/** Pronouns that stand for troops already named ("їх буде близько 10 тисяч", "there are 12,000 of them"). */
const PRONOUN_BEFORE = /(?<![a-zа-яіїєäöüß])(?:they|them|their|їх|вони|их|они|sie|이들)(?![a-zа-яіїєäöüß])/;
const LIST_AFTER =
  /^[\s\u00a0]*(?:[,.;)]|$|(?:in|at|by|on|у|в|на|im|am|bis|and|і|й|та|и|und|загалом|всього|всего|insgesamt|altogether|overall|ende|anfang|mitte|early|late|mid|last|(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*)(?![a-zа-яёіїєäöüß])|\([^()\n\d]{0,16}\d{4}\)[\s\u00a0]*(?:[,.;]|$|(?:and|і|й|та|и|und)(?![a-zа-яёіїєäöüß])))/;

/**
 * A date at the end of a list's gap: "und am 26. November", "and on 26 November", "im September 2025 schließlich".
 */
const DATE_END =
  /(?:(?:am|im|on|in)[\s\u00a0]+\d{1,2}\.?[\s\u00a0]+[a-zäöü]+|(?:im|in)[\s\u00a0]+[a-zäöü]+[\s\u00a0]+\d{4})(?:[\s\u00a0]+(?:schließlich|dann|zuletzt|finally|then|later))?[\s\u00a0]+$/;
/** A German ordinal's dot before a month: "26. November". */
const ORDINAL_DOT = /(\d)\.(?=[\s\u00a0]+(?:jan|feb|märz|apr|mai|jun|jul|aug|sep|okt|nov|dez))/g;
/** Verbs of reaching that take the genitive singular: "сягає тисячі", "достигло тысячи" is one thousand. */
const REACH_BEFORE =
  /(?:^|[^A-Za-zÀ-ɏЀ-ӿ가-힣])(?:сяга[а-яіїєґ']*|сягну[а-яіїєґ']*|досяг[а-яіїєґ']*|перевищ[а-яіїєґ']*|наближа[а-яіїєґ']*\s+до|достиг[а-яё]*|достига[а-яё]*|превыс[а-яё]*|превыша[а-яё]*|приближа[а-яё]*\s+к)[\s\u00a0]+$/;

function singleScale(text: string, token: NumberToken, hedged: Hedged): number | null {
  const single = SINGLE_SCALE[text.slice(token.start, token.end)];
  if (single === undefined) return null;
  if (hedged.prefix !== null && hedged.start !== token.start) return single;
  return REACH_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start)) ? single : null;
}

/**
 * A series over time from one count through the next, past the first one's date: "von mindestens 100 im Dezember
 * 2024 über rund 300", "from at least 100 in December through about 300".
 */
const THROUGH_GAP =
  /^[\s\u00a0]+(?:im|in|am|on)[\s\u00a0]+[a-zäöü]+(?:[\s\u00a0]+\d{4})?[\s\u00a0]+(?:über|through|via)[\s\u00a0]+$/;

function continuesList(text: string, lastEnd: number, start: number, tail: number): boolean {
  const gap = text.slice(lastEnd, start);
  return (
    // (a German date's dot is no sentence's: "11.000 bis 12.000 Mann und am 26. November mehr als 12.000")
    (LIST_GAP.test(gap.replace(ORDINAL_DOT, '$1 ').replace(DATE_END, ' ')) || THROUGH_GAP.test(gap)) &&
    LIST_AFTER.test(
      text.slice(tail, tail + (text.charAt(tail + 1) === '(' || text.charAt(tail) === '(' ? 32 : 8)),
    )
  );
}

/**
 * What a share of the force lost counts, by the sentence's losses: killed or wounded when only that is named,
 * losses of several kinds ("убитих, поранених, зниклих безвісти й полонених") together.
 */
function lossShareMetric(events: readonly EventCue[], span: Span): Metric {
  const kinds = new Set(
    events
      .filter((e) => CASUALTY_EVENTS.has(e.kind) && e.start >= span.start && e.end <= span.end)
      .map((e) => e.kind),
  );
  if (kinds.size === 1 && kinds.has('killed')) return 'killed';
  if (kinds.size === 1 && kinds.has('wounded')) return 'wounded';
  return 'casualties_total';
}
/** What a share is of, right after it: the force itself ("of the North Korean force", "des Kontingents", "особового складу"). */
const FORCE_SHARE_AFTER =
  /^[\s\u00a0]*(?:of[\s\u00a0]+(?:the|its|their|this|that|pyongyang['’]s|north[\s\u00a0]+korea['’]s)[\s\u00a0]+(?:[a-z'’-]+[\s\u00a0]+){0,3}?(?:force|forces|contingent|troops|soldiers|personnel|men|deployment|strength)(?![a-z])|(?:des|der|vom)[\s\u00a0]+(?:[a-zäöüß-]+[\s\u00a0]+){0,2}?(?:kontingent|truppe|soldaten|ausgangsstärke|streitmacht|korps|einheit)|(?:[а-яіїєґё'’-]+[\s\u00a0]+)?(?:особового|личного|первоначального|початкового|первісного|контингент|угруповання|группировк|військ|войск|бійців|солдат|военнослужащих|військовослужбовців))/;
/** A Korean share of the force, the force named before it ("북한군의 약 40%"). */
const KOREAN_FORCE_SHARE_BEFORE =
  /(?:북한군|파병군|병력|장병|병사들?)의[\s\u00a0]*(?:약|최대|최소|거의)?[\s\u00a0]*$/;
const HUMAN_KINDS: ReadonlySet<string> = new Set(['person', 'prisoner', 'officer', 'worker', 'portrait']);

/** True when a casualty word stands right before or right after the number ("killed 300", "300 killed"). */
function touchesEvent(
  text: string,
  cues: ParagraphCues,
  start: number,
  tail: number,
  digits: boolean,
): boolean {
  return cues.events.some(
    (e) =>
      CASUALTY_EVENTS.has(e.kind) &&
      ((digits &&
        e.end <= start &&
        (start - e.end <= 16 ||
          // ("Погибших, по оценке разведки, около 600": an attribution set off by commas between; "погибших среди
          // северокорейцев около 300": whose they were)
          (start - e.end <= 64 &&
            (ATTRIBUTION_END.test(text.slice(e.end, start)) ||
              AMONG_BETWEEN.test(text.slice(e.end, start)))))) ||
        (e.start >= tail && e.start - tail <= 24)),
  );
}

function hasCueBefore(text: string, cues: ParagraphCues, sentence: Span, start: number): boolean {
  const inWindow = (c: { start: number; end: number }) => c.start >= sentence.start && c.end <= start;
  return (
    cues.events.some(inWindow) ||
    cues.nk.some(inWindow) ||
    QUANTITY.test(text.slice(Math.max(sentence.start, start - 80), start))
  );
}

/** A loss word in the genitive plural that heads a count after it: "погибших около трёхсот", "поранених — …". */
const LOSS_GENITIVE = /^(?:погибш|убит|ранен|загибл|вбит|поранен)[а-яіїє]*(?:их|ых)$/;
/** Whose losses, between a loss word and its count: "среди северокорейцев", "серед північнокорейців", "unter den Nordkoreanern". */
const AMONG_BETWEEN =
  /^[\s\u00a0]+(?:среди|серед|among|unter)[\s\u00a0]+(?:(?:the|den)[\s\u00a0]+)?[^\s\d,.;:]+[\s\u00a0]+$/;
/** A verb of change right before a percentage ("falls 0.6%", "wuchs um 3 Prozent", "зріс на 5%"). */
const PERCENT_CHANGE_BEFORE =
  /(?:falls?|fell|rises?|rose|gain(?:s|ed)?|drops?|dropped|climb(?:s|ed)?|slump(?:s|ed)?|jump(?:s|ed)?|sinks?|sank|grew|grows?|(?<!(?:make|makes|made|making)\s)up|down|fällt|fiel|steigt|stieg|sinkt|wächst|wuchs|упал[а-я]*|вырос[а-я]*|снизил[а-я]*|выросл[а-я]*|впа[вл][а-яіїє]*|зріс|зросл[а-яіїє]*|знизил[а-яіїє]*)(?:\s+(?:by|um|на))?\s+$/;

/**
 * A plural participle of sending right after a number, standing for the people sent: "12 тисяч відправлених",
 * "18 тысяч отправленных", "переброшенных", "12.000 Entsandte"; or after the soldiers it describes ("11 тысяч
 * военных, переброшенных туда").
 */
const SENT_PARTICIPLE_AFTER =
  /^[\s\u00a0]+(?:(?:військов|военн|солдат|бійц|бойц|вояк)[а-яіїєґё]*,?[\s\u00a0]+)?(?:(?:відправлен|направлен|перекинут|надіслан|відряджен|отправлен|переброшен|командирован)н?(?:их|ых)|entsandten?|(?:sent|deployed)(?=[\s\u00a0]+(?:to|in|into|since|during|between|so[\s\u00a0]+far|last|this)[\s\u00a0]))(?![a-zа-яіїєґё])(?![\s\u00a0]+(?:контейнер|снаряд|ракет|боеприпас|боєприпас|гаубиц|установ|систем|вагон|посил))/;

/** Vague amounts with a scale ("several hundred", "тисячі", "수천"), as opposed to a bare "several", "einige". */
const VAGUE_SCALE = /hundred|thousand|сот|тисяч|тысяч|hundert|tausend|[십백천만]/;

/** "N in number" after a number in apposition: "an der Zahl", "in number", "числом", "у кількості". */
const IN_NUMBER_AFTER =
  /^[\s\u00a0]+(?:an\s+der\s+zahl|in\s+number|числом|у\s+кількості|в\s+количестве|of\s+(?:which|them|these)|von\s+denen|из\s+которых|з\s+яких)(?![a-zа-яёäöüß])/;
/** "gave the total sent … as 13,000", "put the figure at": a figure named by what it is the total of. */
const TOTAL_GIVEN_BEFORE =
  /(?:gave|gives|give|put|puts|listed|lists|estimated|estimates)[\s\u00a0]+the[\s\u00a0]+(?:(?:cumulative|overall|whole|entire|new|latest|official)[\s\u00a0]+)?(?:total|number|figure|count|toll|tally)(?:[\s\u00a0]+[^\s\d.,;:]+){0,4}(?:[\s\u00a0]+(?:since|in|for|of)[\s\u00a0]+[^.,;:]{0,24})?[\s\u00a0]+(?:as|at)[\s\u00a0]+$/;

/** What may stand before a fact line's number on its line: spaces and a bullet. */
const LINE_LEAD_CHARS = ' \t\u00a0▲►▪•·*∙-';
/** After a fact line's number (and a Korean counter): a dash or colon, then the description. */
const LINE_DASH = /^(?:[\s\u00a0]?[가-힣]{1,2})?[\s\u00a0]*[–—:][\s\u00a0]+|^[\s\u00a0]+-[\s\u00a0]+/;

/**
 * A fact box's line: "▲ About 15,000 – North Korean troops sent …", "2만5천∼3만 명: 추가 파병 가능 규모". The
 * description after the dash says what the number counts and whose it is, as a noun right after it would.
 * @returns the description's span (to the end of the line), or null when the number does not open such a line.
 */
function findLineDescription(text: string, hedged: Hedged, span: Span): Span | null {
  if (!opensLine(text, hedged.start)) return null;
  const dash = LINE_DASH.exec(text.slice(hedged.tail, hedged.tail + 8));
  if (!dash) return null;
  const start = hedged.tail + dash[0].length;
  let end = start;
  while (end < span.end && text.charAt(end) !== '\n') end++;
  return end > start ? { start, end } : null;
}

/**
 * Whether a number opens its line: only spaces, a bullet or a list number ("4.", "12)") stand before it.
 * (a character loop first: this runs for every number of a page, and few open a line)
 */
function opensLine(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && at >= start - 8 && LINE_LEAD_CHARS.includes(text.charAt(at))) at--;
  if (at < 0 || text.charAt(at) === '\n') return true;
  // a list number: "4. 80,000 — …", "12) Понад 10 млн"
  if (text.charAt(at) !== '.' && text.charAt(at) !== ')') return false;
  let digits = at - 1;
  while (digits >= 0 && digits >= at - 2 && /\d/.test(text.charAt(digits))) digits--;
  return digits < at - 1 && (digits < 0 || text.charAt(digits) === '\n');
}

/**
 * After a number alone on its line: a Korean counter, a plus sign or more numbers joined by "+" or "/" ("1000 +
 * 5000") may follow, then the line's end.
 */
const ALONE_TO_LINE_END =
  /^(?:[ \t\u00a0]?[명문발개기])?[ \t\u00a0]*\+?(?:[ \t\u00a0]*[+/&][ \t\u00a0]*\d[\d \u00a0.,]*)*[ \t\u00a0]*\n/;
/** Before the second number of a line of numbers: "1000 + 5000", "4.000/5.000". */
const NUMBERS_LINE_BEFORE =
  /(?:^|\n)[ \t\u00a0]*(?:\d{1,2}[.)][ \t\u00a0]+)?\d[\d \u00a0.,]*[+/&][ \t\u00a0]*$/;

/**
 * "5. 148 / Балістичних ракет KN-23 отримала Росія …", "Die Zahl: 1100 / So viele Soldaten …": a number alone on
 * its line (a list of numbers, a "figure of the day") is described by the line after it.
 * @returns that line's span, or null when the number does not stand alone on its line.
 */
function findNextLineDescription(text: string, hedged: Hedged): Span | null {
  // (from the span's end: a Korean hedge after the counter, "6천 명 이상", ends it past the tail)
  const from = Math.max(hedged.tail, hedged.end);
  const alone = ALONE_TO_LINE_END.exec(text.slice(from, from + 8));
  if (!alone) return null;
  let start = from + alone[0].length;
  // ("4. 92" as a heading of its own, then "North Korean casualties a day, by …": a listicle's number is described by
  // the first sentence of the paragraph after it)
  // (a list's item or a hedged number; not a page number alone between paragraphs)
  const lineStart = text.lastIndexOf('\n', hedged.start) + 1;
  const heading =
    text.charAt(start) === '\n' &&
    /[^\s]/.test(text.charAt(start + 1)) &&
    (lineStart < 2 || text.charAt(lineStart - 2) === '\n') &&
    (/\S/.test(text.slice(lineStart, hedged.start)) || hedged.qualifier !== 'exact');
  if (heading) start++;
  else if (!/[^\s]/.test(text.charAt(start))) return null;
  const before = text.slice(Math.max(0, hedged.start - 24), hedged.start);
  if (!opensLine(text, hedged.start) && !LABEL_BEFORE.test(before) && !NUMBERS_LINE_BEFORE.test(before))
    return null;
  let end = start;
  while (end < text.length && end < start + 300 && text.charAt(end) !== '\n') end++;
  if (heading) {
    const stop = SENTENCE_END_IN.exec(text.slice(start, end));
    if (stop) end = start + stop.index + 1;
  }
  return { start, end };
}

/** Before a list heading's number on its line: the item's number ("5.", "12)", "③", "#4"). */
const LIST_MARK_BEFORE = /(?:^|\n)[ \t\u00a0]*(?:\d{1,2}[.)]|[\u2460-\u2473]|#\d{1,2}\.?)[ \t\u00a0]*$/;
/** A list item's mark at a line's start (the next item, not the item's paragraph). */
const LIST_MARK_OPENING = /^[ \t\u00a0]*(?:\d{1,2}[.)][ \t\u00a0]|[\u2460-\u2473]|#\d)/;
/** A heading's label, at most this long: a short phrase, not a sentence. */
const HEADING_LABEL_CHARS = 64;

/**
 * A list's heading with a short label: "5. About 10,000: the border guards", "2. 101 портрет", "③ 101명: …", then
 * the item's paragraph on the next line or after a blank one. The label and that paragraph's first sentence
 * describe the number, as the paragraph after a number alone on its line does (findNextLineDescription).
 * @returns the span from the number's end to the end of that first sentence; null when the number does not open
 *   such a heading (no list mark before it; no label, a long one, a sentence, or one that names a count noun or an
 *   event itself; no paragraph after it, or another item).
 */
function findHeadingDescription(text: string, hedged: Hedged): Span | null {
  const lineStart = text.lastIndexOf('\n', hedged.start - 1) + 1;
  if (
    hedged.start - lineStart > 8 ||
    !LIST_MARK_BEFORE.test(text.slice(Math.max(0, lineStart - 1), hedged.start))
  )
    return null;
  const from = Math.max(hedged.tail, hedged.end);
  const lineEnd = text.indexOf('\n', from);
  if (lineEnd < 0 || lineEnd - from > HEADING_LABEL_CHARS) return null;
  const labelStart = from + (LINE_DASH.exec(text.slice(from, from + 8))?.[0].length ?? 0);
  const label = text.slice(labelStart, lineEnd);
  if (!/\p{L}/u.test(label) || SENTENCE_END_IN.test(label + ' ') || /[,;]/.test(label)) return null;
  // (a label that names the counted noun says what it counts: "3. 11,000 troops", "7. Up to 40%: the shells"; a
  // portrait counts the dead only beside a word of the fallen, which the paragraph gives)
  const named = findCountNoun(text, labelStart, lineEnd);
  if (named && named.kind !== 'portrait') return null;
  // (nor does one that names a loss, a capture or work: "7. Двое пленных")
  const own = collectCues(text, labelStart, lineEnd).events;
  if (own.some((e) => EVENT_METRIC[e.kind as EventKind] !== undefined)) return null;
  let start = lineEnd + 1;
  if (text.charAt(start) === '\n') start++;
  if (!/\S/.test(text.charAt(start)) || LIST_MARK_OPENING.test(text.slice(start, start + 8))) return null;
  let end = start;
  while (end < text.length && end < start + 300 && text.charAt(end) !== '\n') end++;
  const stop = SENTENCE_END_IN.exec(text.slice(start, end));
  if (stop) end = start + stop.index + 1;
  return { start: from, end };
}

/** Words that open a line's description of a part: "of those,", "davon", "з них", "из них", "그중". */
const PARTITIVE_LEAD =
  /^(?:of[\s\u00a0]+(?:those|them|whom)|davon|darunter|з[\s\u00a0]+них|із[\s\u00a0]+них|из[\s\u00a0]+них|그중|이[\s\u00a0]?중)[\s\u00a0,:]*/;

/** The end of a sentence inside a line: its stop, then a space. */
const SENTENCE_END_IN = /[.!?](?=[\s\u00a0])/;

/** Whether a sentence ends with a short line holding a number ("5. 148"), which the next line describes. */
function endsWithNumberLine(text: string, sentence: Span): boolean {
  const own = text.slice(sentence.start, sentence.end).trimEnd();
  const last = own.slice(own.lastIndexOf('\n') + 1);
  return (
    last.length <= 40 &&
    /\d/.test(last) &&
    text.indexOf('\n', sentence.start + own.length) === sentence.start + own.length
  );
}

/**
 * The metric the description of a number alone on its line names in its first sentence: the last event word in
 * Korean, which ends with it ("… 북한군 사상자."), the first elsewhere ("Військових КНДР загинули …").
 * @returns null when that sentence has no event word.
 */
function describedMetric(text: string, events: readonly EventCue[], line: Span, lang: Lang): Metric | null {
  const stop = /[.!?。]/.exec(text.slice(line.start, line.end));
  const end = stop ? line.start + stop.index : line.end;
  const inside = events.filter((e) => e.start >= line.start && e.end <= end);
  const pick = lang === 'ko' ? inside.slice().reverse() : inside;
  for (const cue of pick) {
    const metric = EVENT_METRIC[cue.kind as EventKind];
    if (metric) return metric;
  }
  return null;
}

/** The last count noun of a description's first sentence (Korean puts it last); null when there is none. */
function findLastCountNoun(text: string, line: Span): CountNoun | null {
  const stop = /[.!?]/.exec(text.slice(line.start, line.end));
  const end = stop ? line.start + stop.index : line.end;
  let found: CountNoun | null = null;
  for (let at = line.start; at < end;) {
    const noun = findCountNoun(text, at, end);
    if (noun && noun.start >= at) {
      found = noun;
      at = noun.end;
      continue;
    }
    // (a long description names its noun last, past the words one search looks at: "북한이 이르면 여름에 러시아로
    // 보낼 수 있는 공병·군사 건설 인력"; go on from the next word)
    const space = text.indexOf(' ', at + 1);
    if (space < 0 || space >= end) break;
    at = space + 1;
  }
  return found;
}

/**
 * A label that only says a number follows: "Die Zahl:", "Цифра дня:", "Number of the day:" (a fact box's label,
 * "Killed (Sept 2025):", describes its own number).
 */
const LABEL_BEFORE = /(?:zahl|цифр[а-яіїє]*|number|figure|숫자|수치)(?:[\s\u00a0]+[^\s:]+){0,2}:[\s\u00a0]*$/;

/** A question of how many ("How many were killed?", "Wie viele …?", "Скільки …?", "Сколько …?", "몇 명…?"). */
const HOW_MANY =
  /(?:how\s+many|how\s+(?:large|big|strong)|wie\s*viele|wie\s+(?:groß|stark)|скільки|сколько|наскільки\s+велик|насколько\s+велик|몇|(?:have|has|were|was|are)\s+any|gibt\s+es|есть\s+ли|чи\s+є|what\s+about\s+(?:the\s+)?(?:prisoners|pows|captives)|(?:що|а\s+що)\s+(?:з|із|відомо\s+про)\s+полонен|(?:что|а\s+что)\s+(?:с|известно\s+о)\s+пленн|(?:und|was\s+ist\s+mit)\s+den\s+gefangenen|포로(?:는|들은|도)|(?:hat|haben)\s[^?]{0,60}gefangen\s+genommen|(?:has|have|did)\s[^?]{0,60}(?:captured?|taken?\s+(?:any\s+)?(?:\S+\s+)?prisoners?)|(?:взял[аио]?|взяли|захватил[аио]?)\s+ли\s[^?]{0,40}плен|чи\s[^?]{0,40}(?:взял[аио]?|взяли|захопил[аио]?|захопила)\s[^?]{0,40}полон|(?:пленн|полонен)[а-яіїє]*\s+(?:есть|є)|(?:попадал[аи]?|попал[аи]?)\s+ли\s[^?]{0,40}плен|чи\s[^?]{0,40}(?:потрапля|потрапи)[^?]{0,40}полон|(?:생포|포로)[^?]{0,24}(?:있나요|있습니까|있나|있어요)|(?:есть|є)\s+(?:ли\s+)?(?:и\s+|і\s+)?(?:пленн|полонен))/;
/** "how many" in a sentence that does not ask it: "wanted to know how many had died", "어떻게 몇 명이 숨졌는지". */
const INDIRECT_HOW_MANY =
  /(?:^|[\s,(—–-])(?:how[\s\u00a0]+many|wie[\s\u00a0]*viele|скільки|сколько)[\s\u00a0]|몇[\s\u00a0]?명[^.?!]{0,40}?(?:는지|은지|인지)/;
/** The end of a clause: a comma, colon, semicolon or dash. */
const CLAUSE_END = /[,:;]|[\s\u00a0][—–][\s\u00a0]/;
/** A speaker's verb and colon right before a count, its quote opened: "відповів коротко: «", "Seoul sagt: ". */
const TOLD_BEFORE =
  /(?<![\p{L}])(?:says|said|say|answered|replied|responded|sagt|sagte|sagten|sagen|antwortet|antwortete|antworteten|каже|кажуть|сказав|сказала|сказали|відповів|відповіла|відповіли|відповідає|говорит|говорят|сказал|ответил|ответила|ответили|отвечает|답했다|말했다)(?:[\s\u00a0]+[^\s:.!?\d]+){0,2}[\s\u00a0]*:[\s\u00a0]*[«„"“‚']?$/u;
/** A question of how many of someone's family: "wie viele Verwandte leben noch im Norden?" (a defector's kin). */
const KIN_ASKED =
  /(?:how[\s\u00a0]+many|wie[\s\u00a0]*viele|скільки|сколько)[\s\u00a0]+(?:of[\s\u00a0]+(?:her|his|their|your)[\s\u00a0]+|(?:у|в)[\s\u00a0]+(?:вас|неї|нього|них|нее|него)[\s\u00a0]+)?(?:relatives|family|children|kids|siblings|brothers|sisters|verwandte|angehörige|geschwister|kinder|родичів|рідних|дітей|братів|сестер|родственников|родных|детей|братьев|сест[её]р)|(?:가족|친척|자녀|형제)[^?]{0,16}몇/;
/** Korean questions may end in a full stop: "생포된 북한군은 몇 명일까." */
const KOREAN_QUESTION_END = /(?:까|냐|는가|나)\.$/;
/** Closing quotes and spaces at the end of a text. */
const TRAILING_QUOTES = /[\s"'»”“]+$/;

function isHowManyQuestion(text: string, span: Span): boolean {
  let end = span.end;
  // (a quoted question ends in its closing quote: "„Hat die Ukraine … genommen?“")
  while (end > span.start && /[\s"'»”“]/.test(text.charAt(end - 1))) end--;
  const asks =
    text.charAt(end - 1) === '?' || KOREAN_QUESTION_END.test(text.slice(Math.max(span.start, end - 4), end));
  return (
    asks &&
    (HOW_MANY.test(text.slice(span.start, end)) || LOSS_ONLY_QUESTION.test(text.slice(span.start, end))) &&
    !KIN_ASKED.test(text.slice(span.start, end))
  );
}

/**
 * A question that names only the losses it asks about, after a speaker's label or a dash: "The wounded?", "— А
 * поранених?", "Und die Verwundeten?", "부상자는요?".
 */
const LOSS_ONLY_QUESTION =
  /^[\s\u00a0]*(?:[^\s:?]{1,30}(?:[\s\u00a0][^\s:?]{1,30}){0,2}:[\s\u00a0]*)?(?:[—–-][\s\u00a0]*)?(?:(?:and|und|а|і|и)[\s\u00a0]+)?(?:(?:the|die|den)[\s\u00a0]+)?(?:wounded|dead|killed|prisoners|pows|verwundeten?|toten?|gefallenen?|gefangenen?|поранен[а-яіїє]*|загибл[а-яіїє]*|полонен[а-яіїє]*|ранен[а-яё]*|погибш[а-яё]*|пленн[а-яё]*|부상자|사망자|전사자|포로)(?:는요|은요)?[\s\u00a0]*\?$/;

/**
 * The last sentence of a paragraph when it asks how many (see isHowManyQuestion).
 * @returns its span; null when the paragraph ends otherwise.
 */
function findLastQuestion(text: string, paragraph: Span): Span | null {
  let own = text.slice(paragraph.start, paragraph.end).trimEnd();
  // (most paragraphs ask nothing: no question mark, no Korean question at the end, no dash cutting a turn off)
  if (
    !own.includes('?') &&
    !/[—–]$/.test(own) &&
    !KOREAN_QUESTION_END.test(own.replace(TRAILING_QUOTES, '').slice(-4))
  )
    return null;
  // (a reader's name after the question, on its line: "… right now?" – Priya, Toronto", "…? (Артём, Берлин)")
  const signed = SIGNED_AFTER.exec(own) ?? SIGNED_AFTER_REMARK.exec(own);
  if (signed) own = own.slice(0, signed.index + (signed[1]?.length ?? 1));
  const breaks = [0];
  for (const m of own.matchAll(SENTENCE_BREAK)) breaks.push(m.index + m[0].length);
  const last = { start: paragraph.start + (breaks.at(-1) ?? 0), end: paragraph.start + own.length };
  if (isHowManyQuestion(text, last)) return last;
  // (a speaker cut off right after naming a loss, whose count the next turn gives: "Із них загиблих —" / "— шістсот —")
  if (/[—–]$/.test(own) && CUT_OFF_LOSS_END.test(own.slice(-32))) return last;
  // (a question of how many with a question after it that asks no number: "А загиблих скільки? Є хоч якась
  // цифра?")
  // (or a short remark of the reader's after it: "How many have been killed? I keep seeing 6,000." – Daniel)
  const before = breaks.at(-2);
  if (
    before !== undefined &&
    (own.endsWith('?') || (last.end - last.start <= 100 && /[.!…]$/.test(own.replace(TRAILING_QUOTES, ''))))
  ) {
    const asked = { start: paragraph.start + before, end: last.start };
    if (text.slice(asked.start, asked.end).trimEnd().endsWith('?') && isHowManyQuestion(text, asked))
      return asked;
  }
  return findSignedQuestion(text, paragraph.start, own);
}

/**
 * A reader's letter signed on its last line ("Антон Ткачук, м. Суми"), which asks how many somewhere above it:
 * the editor's reply in the next paragraph answers that question.
 * @returns the letter's last how-many question; null for a paragraph that is no signed letter or asks none.
 */
function findSignedQuestion(text: string, start: number, own: string): Span | null {
  const lastBreak = own.lastIndexOf('\n');
  if (lastBreak < 0 || !SIGNATURE.test(own.slice(lastBreak + 1))) return null;
  let found: Span | null = null;
  let from = 0;
  const letter = own.slice(0, lastBreak);
  for (const m of letter.matchAll(QUESTION_END)) {
    const end = m.index + 1;
    const question = { start: start + from, end: start + end };
    if (isHowManyQuestion(text, question)) found = question;
    from = m.index + m[0].length;
  }
  return found;
}

/** An answer's mark: "A.", "A:", "답:", "Ответ:", "Відповідь:", "Antwort:". */
const ANSWER_MARK = /^[\s\u00a0]*(?:a[.:)]|답[.:]|ответ:|відповідь:|antwort:)[\s\u00a0]/;
/** A reader's signature after a question on its line: a dash and a name, or a name in brackets. */
const SIGNATURE_TAIL = String.raw`[\s\u00a0]+(?:[-–—][\s\u00a0]+[^\s\d?!:][^\n?!:]{2,58}|\([^()\n?!:\d][^()\n?!:]{2,58}\))$`;
const SIGNED_AFTER = new RegExp(String.raw`(\?["'»”“]*)` + SIGNATURE_TAIL);
/** The same after a reader's remark that follows the question: "… I keep seeing 6,000." – Daniel, 34, Swansea". */
const SIGNED_AFTER_REMARK = new RegExp(String.raw`([.!…]["'»”“]*)` + SIGNATURE_TAIL);
/** A letter's signature line: a name, perhaps a title and a town after a comma; no sentence. */
const SIGNATURE = /^[\s\u00a0]*[^\s\d?!:][^\n?!:]{2,58}$/;
/** A question's end inside a paragraph, with what closes a quotation, and the space after it. */
const QUESTION_END = /\?["»”“)]*(?:[\s\u00a0]+|$)/g;

/** A list item's bullet at the start of a line, right before a number. */
const BULLET_BEFORE = /(?:^|\n)[\s\u00a0]*[-–•*·▪][\s\u00a0]+$/;

/** The end of a sentence inside a paragraph, and the space after it. */
const SENTENCE_BREAK = /[.!?…]["»”“)]*[\s\u00a0]+(?=\S)/g;

/**
 * Words that may open an answer before its number ("Sagen wir:", "Well,", "Maybe"), after a speaker's label
 * ("SPOKESPERSON:", initials too: "А. Л.:", "В.К.:", in bold: "**MV:**"), its source ("According to the NIS,",
 * "По данным NIS,", "국정원에 따르면", "Якщо спиратися на Буданова, то", "If you believe Seoul,"), or one word and a dash
 * ("— Живыми — двоих"); a transcript's time may stand first ("[19:15:43] KORRESPONDENT:").
 */
const ANSWER_LEAD =
  /^[\s\u00a0"'„“«—–*-]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[\s\u00a0]+)?(?:(?:a|답)[.:)][\s\u00a0]*)?(?:[^\s:.!?*]+\.?(?:[\s\u00a0]*[^\s:.!?*]+\.?){0,3}:\**[\s\u00a0]*)?(?:(?:according\s+to|laut|nach\s+angaben\s+(?:des|der|von)|по\s+данным|по\s+оценк[еами]+|за\s+даними|за\s+оцінк(?:ою|ами))[\s\u00a0]+[^\s,.!?\d]+(?:[\s\u00a0]+[^\s,.!?\d]+){0,3},[\s\u00a0]*|(?:якщо|если|if[\s\u00a0]+(?:you|we|one)|wenn[\s\u00a0]+man)[\s\u00a0]+[^.!?\d,]{1,60},[\s\u00a0]*(?:то[\s\u00a0]+|then[\s\u00a0]+|dann[\s\u00a0]+)?|[^\s.!?\d]+(?:[\s\u00a0]+[^\s.!?\d]+){0,2}에[\s\u00a0]?따르면[\s\u00a0,]*)?(?:[^\s:.!?\d—–]+[\s\u00a0]+[—–][\s\u00a0]+)?(?:(?:well|maybe|perhaps|roughly|about|yes|ja|так|да|네|예|oder\s+doch|na\s+ja|also|ну|може|можливо|возможно|아마)[\s,]+|[가-힣\s]{0,16}(?:것은|건|수는)[\s\u00a0]*)?$/;

/** Whether the number (at `start`, its hedge included) opens its sentence, as an answer does. */
function startsAnswer(text: string, span: Span, start: number): boolean {
  return ANSWER_LEAD.test(text.slice(span.start, start));
}

/** "how many" in a question, right before what it asks to count. */
const HOW_MANY_NOUN = /(?:how\s+many|скільки|сколько|wie\s+viele)[\s\u00a0]+/;

/**
 * The noun a question asks to count, right after its "how many" ("Скільки снарядів, за даними НСР, Пхеньян
 * відправив …?"), however far from the question mark it stands.
 * @returns null when the question has no "how many" with a count noun right after it.
 */
function findAskedNoun(text: string, question: Span): CountNoun | null {
  const asked = HOW_MANY_NOUN.exec(text.slice(question.start, question.end));
  if (!asked) return null;
  const from = question.start + asked.index + asked[0].length;
  const noun = findCountNoun(text, from, question.end);
  return noun !== null && noun.start - from <= 2 ? noun : null;
}

/** A how-many question of those an army holds: "does Ukraine hold?", "утримує Україна?", "hält die Ukraine?". */
const HELD_ASKED =
  /(?<![\p{L}])(?:hold|holds|holding|held|утримує|утримують|удерживает|удерживают|hält|halten|festhält)(?![\p{L}])[^?]{0,24}\?/u;

/** The metric a how-many question asks for, from its cue words; null when it names none. */
function answerMetric(text: string, question: Span): { metric: Metric; unit: Unit } | null {
  let cues = collectCues(text, question.start, question.end);
  let scope = question;
  // ("С погибшими еще сложнее. Сколько их?": the sentence before, in its paragraph, names what is asked)
  if (cues.events.length === 0) {
    const back = text.slice(Math.max(0, question.start - 80), question.start);
    const from = question.start - back.length + back.lastIndexOf('\n') + 1;
    if (from < question.start) {
      scope = { start: from, end: question.end };
      cues = collectCues(text, from, question.end);
    }
  }
  // (a question that names what it counts asks about it on its own: "How many shells?")
  const asked = findAskedNoun(text, question);
  if (cues.nk.length === 0 && cues.events.length === 0 && asked === null) return null;
  // ("How many North Koreans does Ukraine hold?": those held are prisoners)
  if (cues.events.length === 0 && HELD_ASKED.test(text.slice(question.start, question.end)))
    return { metric: 'captured', unit: 'troops' };
  return classifyMetric(text, cues.events, {
    start: question.end,
    end: question.end,
    noun: asked ?? findCountNounBefore(text, question.end, question.start),
    sentence: scope,
    otherNumbers: [],
    whole: false,
    part: false,
    previous: null,
    otherEnds: [],
  });
}

/** A cell separator: a tab, or a bar or legend marker between spaces. */
const CELL_BREAK = /\t|[ \u00a0][|●■▲◆▪][ \u00a0]/;

/** What a number alone in a table cell counts and whose it is, read from its row, header and caption. */
interface TableCell {
  metric: { metric: Metric; unit: Unit } | null;
  noun: CountNoun | null;
  side: Side;
  /** A line of a list of estimates ("Pentagon (Ryder) – 04.11.2024 – 11,000 to 12,000"): its number is one. */
  estimate: boolean;
}

/** A column header of sources or estimators: "Source", "Джерело", "Источник", "Quelle", "출처", "Estimator". */
const SOURCE_HEADER =
  /^[\s\u00a0]*(?:sources?|estimator|джерел[оа]|источник[и]?|оцінювач|оценщик|quelle[n]?|schätzer|출처|추정\s?기관)[\s\u00a0]*$/;

/**
 * A number alone in a cell of a table row ("22 January 2025 | BBC | about 4,000 | killed, wounded, missing"):
 * the first with a metric word or a counted thing gives the metric, the first naming an owner gives the owner,
 * in this order: its column's header, a cell of its row that names a loss or a thing, the table's caption, the
 * row's other cells.
 * @returns null when the number is not in a table cell of its own.
 */
function readTableCell(
  text: string,
  hedged: Hedged,
  noun: CountNoun | null,
  carried: Side,
): TableCell | null {
  const table = findTableContext(text, hedged.start, hedged.end);
  if (!table) return null;
  // (a noun in the next cell is no noun of the number: "13 000+ \t военная разведка" names who estimated)
  if (noun && CELL_BREAK.test(text.slice(hedged.end, noun.start))) noun = null;
  const read = (part: Span, titled = false) => {
    const cues = collectCues(text, part.start, part.end);
    const found =
      noun ?? findLabelNoun(text, part.start, part.end) ?? (titled ? findQuantityNoun(text, part) : null);
    return {
      part,
      cues,
      found,
      hardware: found !== null && !HUMAN_KINDS.has(found.kind),
      // (a thing, or people of a kind: workers, officers, prisoners)
      specific: found !== null && found.kind !== 'person',
    };
  };
  const header = table.header ? [read(table.header)] : [];
  // (the number's own cell first, when it names a loss: "국가정보원 – 2024.12.19 – 사망 최소 100 명")
  const own = read(table.cell);
  const ownLoss = own.cues.events.some((e) => e.kind !== 'deployed' && e.kind !== 'reinforce') ? [own] : [];
  // (a column of sources names who estimated, not whose losses: "Узяті в полон | 2 | ЗСУ, СБУ" under "Джерело")
  const row = table.row.map((part) => read(part));
  const sources = new Set(
    table.row.filter((_, i) => {
      const h = table.rowHeaders[i];
      return h !== null && h !== undefined && SOURCE_HEADER.test(text.slice(h.start, h.end));
    }),
  );
  const caption = table.caption ? [read(table.caption, true)] : [];
  // The header first; then a cell of the row that names a loss, more troops, a thing or people of a kind
  // ("killed or wounded", "zusätzliche Soldaten", "САУ", "군사 건설 인력"), which is more specific than the
  // caption ("… Soldaten in Russland"); then the caption; then any cell of the row (notes come last).
  const specific = row.filter((r) => r.specific || r.cues.events.some((e) => e.kind !== 'deployed'));
  const cell: TableCell = { metric: null, noun: null, side: 'none', estimate: table.dashed };
  // (whose count it is, the row says before the caption: "North Korea | about 15,000 | about 2,000" under "Foreign
  // fighters on Russia's side")
  for (const read of [...ownLoss, ...header, ...specific, ...row, ...caption]) {
    if (cell.side !== 'none') break;
    if (!sources.has(read.part))
      cell.side = decideLineSide(text, read.cues, read.part, 'none', read.hardware);
  }
  for (const read of [...ownLoss, ...header, ...specific, ...caption, ...row]) {
    const { part, cues, found } = read;
    // An event word decides, or a counted thing or people of a kind; a word for people alone ("військових")
    // does not.
    if (cell.metric === null && (cues.events.length > 0 || (read.specific && found !== noun))) {
      cell.noun = found;
      cell.metric = classifyMetric(text, cues.events, {
        start: part.start,
        end: part.start,
        noun: found,
        sentence: part,
        otherNumbers: [],
        whole: false,
        part: false,
        previous: null,
        otherEnds: [],
      });
    }
  }
  // Nothing names an event or a thing: the column's header, a cell or the caption that names people ("North
  // Korean troops", "военные КНДР в России", "Soldaten derzeit in Kursk", "y-Achse: Soldaten") says the number
  // counts them
  // (or, last, the table's heading a blank line above it: "Численность военных КНДР в России: оценки ведомств")
  const heading = cell.metric === null && table.heading ? [read(table.heading, true)] : [];
  const people =
    cell.metric === null
      ? [...header, ...row, ...caption, ...heading].find(
          (r) => r.found !== null && HUMAN_KINDS.has(r.found.kind),
        )
      : undefined;
  if (people) {
    cell.noun = people.found;
    cell.metric = classifyMetric(text, [], {
      start: people.part.start,
      end: people.part.start,
      noun: people.found,
      sentence: people.part,
      otherNumbers: [],
      whole: false,
      part: false,
      previous: null,
      otherEnds: [],
    });
  }
  if (cell.side === 'none' && table.heading) {
    const { heading } = table;
    cell.side = decideLineSide(text, collectCues(text, heading.start, heading.end), heading, 'none', false);
  }
  if (cell.side === 'none') cell.side = carried;
  cell.noun ??= noun;
  return cell;
}

const QUANTITY_ALL = new RegExp(QUANTITY.source, 'g');

/**
 * The counted noun a table's caption or heading names after a word of quantity, past the words it opens with
 * ("Table 1. Estimates of the total number of North Korean troops …", "Оценки общей численности военных КНДР …"),
 * for a column whose header names only a quantity ("Strength", "Численность").
 * @returns null when no count noun follows a word of quantity in it.
 */
function findQuantityNoun(text: string, part: Span): CountNoun | null {
  const own = text.slice(part.start, part.end);
  QUANTITY_ALL.lastIndex = 0;
  for (let m = QUANTITY_ALL.exec(own); m !== null; m = QUANTITY_ALL.exec(own)) {
    const after = part.start + m.index + m[0].length;
    const of = /^[\s\u00a0]+(?:of[\s\u00a0]+(?:the[\s\u00a0]+)?|der[\s\u00a0]+)?/.exec(
      text.slice(after, after + 12),
    );
    const found = findCountNoun(text, after + (of?.[0].length ?? 0), part.end);
    if (found) return found;
  }
  return null;
}

/** The counted noun of a figure: after it, Korean noun before it, or the noun of a counting clause. */
function nounFor(text: string, hedged: Hedged, span: Span, counting: boolean): CountNoun | null {
  const counted = findCountNoun(text, hedged.tail, span.end);
  if (counted && counted.end - hedged.tail <= 2 && /[가-힣]/.test(text.charAt(counted.start))) {
    const before = findKoreanNounBefore(text, hedged.start);
    // 개 counts anything ("목도리 120개", "12개 반", "베어링 2천300여 개"): containers only when it says so
    if (
      !before &&
      counted.kind === 'containers' &&
      !text.slice(counted.end, counted.end + 16).includes('컨테이너')
    )
      return null;
    return before ?? counted;
  }
  if (counted || !counting) return counted;
  return findCountNounBefore(text, hedged.start, span.start);
}

/** Words of captivity near a number: the prisoners are the subject there. */
const CAPTIVITY =
  /prisoner|captive|captured|gefangen|полон|пленн|плен(?![а-яё])|пленени|пленил|포로|생포|억류/;
/** What may follow "the two" that speaks of the prisoners: a pause, a place, a verb or a particle. */
const THE_TWO_AFTER =
  /^[\s\u00a0]*(?:[,.;:!?)»"“”—–]|-(?![a-zа-яіїєёäöüß])|$|(?:in|from|of|who|whom|held|taken|are|were|have|had|will|would|з|із|у|в|во|из|из-под|aus|vom|im|die|der|которых|яких|которые|які|sind|waren|haben|wurden|gefangene[nr]?)(?![a-zа-яіїєёäöüß])|[은는이가을를의]|모두|다(?![가-힣])|북한[\s\u00a0]?(?:병사|군인|포로|장병))/;
/** A unit whose strength the number gives: "a group of", "групи з", "einer Gruppe von". */
const GROUP_OF_BEFORE =
  /(?:group|unit|force|contingent|detachment)[\s\u00a0]+of[\s\u00a0]+$|(?:груп[аиіу]|групою|группы|группа|группу|группой|загону|загін|отряда|отряд)[\s\u00a0]+(?:з|із|из)[\s\u00a0]+$|(?:gruppe|einheit|truppe|verband)[\s\u00a0]+(?:von|aus)[\s\u00a0]+$/;
/** Korean bodies right before their number: "시신 수천 구". */
const KOREAN_BODIES_BEFORE = /(?:시신|시체|주검)[\s\u00a0]?$/;
/**
 * The force, or its reinforcements (group 1), and an opening bracket right before a number: "the first contingent
 * (", "підкріплення (", "zweite Welle (".
 */
const FORCE_BRACKET_BEFORE =
  /(?:(reinforcements|replacements|second\s+wave|verstärkung(?:en)?|zweite[n]?\s+welle|nachschub|підкріплення|поповнення|друга\s+хвиля|подкреплени[ея]|пополнени[ея]|втор(?:ая|ой)\s+волн[аы]|증원(?:\s?병력)?|추가\s?병력)|contingent|force|troops|deployment|kontingent[s]?|truppen|entsendung|контингент[а-яіїє]*|угруповання|группировк[аи]|파병군|병력)[\s\u00a0]*\([\s\u00a0]*$/;
/**
 * The force set off by a comma before its number, which a comma or a source's count closes: "The first wave, some
 * 11,000 in Seoul's count, went in last autumn", "das erste Kontingent, rund 11.000 Mann, …" (group 1 as above).
 */
const FORCE_APPOSITION_BEFORE = new RegExp(
  FORCE_BRACKET_BEFORE.source
    .replace(
      'contingent|',
      'contingent|first\\s+wave|erste[n]?\\s+welle|перша\\s+хвиля|перв(?:ая|ой)\\s+волн[аы]|',
    )
    .replace('\\(', ','),
);
/** What closes such an apposition after its number: a comma or dash, or whose count it is ("in Kyiv's count"). */
const APPOSITION_END =
  /^[\s\u00a0]*(?:[,—–]|(?:in|by|according\s+to)[\s\u00a0]+\S+[\s\u00a0]+(?:count|estimate|tally|reckoning|figures?)(?![a-z]))/;
/** German's attribute of the captured between a number and its noun: "zwei am Donnerstag in Kursk gefangen genommenen". */
const CAPTIVE_ATTRIBUTE_BETWEEN =
  /^[\s\u00a0]+(?:[^\s\d,.;:!?]+[\s\u00a0]+){0,5}(?:gefangen[\s\u00a0]*genommenen|gefangenen|festgenommenen)[\s\u00a0]+$/;
/** The force's name between a number and its noun: "두 북한 병사", "two North Korean soldiers". */
const NK_ADJECTIVE_BETWEEN =
  /^[\s\u00a0]+(?:북한|north[\s\u00a0]+korean|nordkoreanische[n]?|північнокорейськ[а-яіїє]*|северокорейск[а-яё]*)[\s\u00a0]+$/;
/** How long a headline may be: its standfirst after it goes on with it. */
const HEADLINE_MAX = 120;
const TWO_WORDS = /^(?:2|two|zwei|двоє|двох|двом|двома|двое|двоих|двоим|двоими|두)$/;

/**
 * Whether a bare two speaks of the two North Korean prisoners: no hedge, no counted noun but people, words of
 * captivity shortly before or after it in its paragraph, and after it a pause, a place, a verb or a particle
 * ("the two in Kyiv", "Двоє, ще в січні", "키이우의 두 병사는").
 * @returns false for any other number.
 */
function isThePrisoners(text: string, token: NumberToken, hedged: Hedged, noun: CountNoun | null): boolean {
  if (token.value !== 2 || hedged.start !== token.start || hedged.prefix !== null) return false;
  if (!TWO_WORDS.test(text.slice(token.start, token.end))) return false;
  // (a list's item number: "2. 2500명 — …", "2) …")
  if (token.digits && /^[.)]/.test(text.slice(token.end, token.end + 1))) return false;
  // (the noun right after it, or after the force's name: "두 북한 병사", "the two North Korean soldiers")
  const person =
    noun !== null &&
    HUMAN_KINDS.has(noun.kind) &&
    (noun.start - hedged.tail < 4 ||
      NK_ADJECTIVE_BETWEEN.test(text.slice(hedged.tail, noun.start)) ||
      CAPTIVE_ATTRIBUTE_BETWEEN.test(text.slice(hedged.tail, noun.start)));
  if (noun !== null && !person) return false;
  if (!person && !THE_TWO_AFTER.test(text.slice(hedged.tail, hedged.tail + 12))) return false;
  // (within the number's paragraph, and a headline's standfirst after it: a unit's context blocks may be cut to
  // stand-ins, see compactContext)
  const own = text.lastIndexOf('\n\n', token.start) + 2;
  const from = Math.max(0, token.start - 400, own);
  let next = text.indexOf('\n\n', token.end);
  if (next >= 0 && next - own < HEADLINE_MAX && !/[.!?]/.test(text.slice(token.end, next)))
    next = text.indexOf('\n\n', next + 2);
  const to = Math.min(text.length, token.end + 200, next < 0 ? text.length : next);
  return CAPTIVITY.test(text.slice(from, to));
}

function figureFor(
  text: string,
  orig: string,
  lang: Lang,
  token: NumberToken,
  sentence: SentenceState,
  cues: ParagraphCues,
  nonFigure: boolean,
): Figure | null {
  if (sentence.excluded || nonFigure) return null;
  const percent = matchPercent(text, token.end);
  let span = sentence.span;
  let hedged = attachQualifier(text, token, token.end + percent, span.start, span.end);
  // "from 600 to about 2,000 soldiers", "с 600 до 2 тысяч": the two ends of a change count one thing
  const index = sentence.tokens.indexOf(token.start);
  const change = findChangePartner(text, index, sentence.tokens, sentence.ends);
  // ("to around 2,000, from at least 600", "around 2,000 killed, up from … at least 600": the old value after the
  // new one counts what the new one counted)
  const changedFrom =
    change?.end === 'from' && change.other === index - 1 && sentence.last?.end === sentence.ends[index - 1];
  // (the word that opens the new value is no hedge of it: "до 2 тысяч" here is not "up to")
  const opener = change?.end === 'to' ? CHANGE_TO.exec(text.slice(hedged.start, token.start)) : null;
  if (opener)
    hedged = attachQualifier(text, token, token.end + percent, hedged.start + opener[0].length, span.end);
  const single = token.vague && hedged.qualifier === 'vague' ? singleScale(text, token, hedged) : null;
  if (single !== null) {
    token = { ...token, vague: false, value: single, digits: true };
    hedged.qualifier = hedged.prefix ?? hedged.verb ?? 'exact';
  }
  // "said eleven — no, sorry, …": a bare number the speaker takes back at once is no count
  if (
    !token.vague &&
    (token.value ?? 100) < 100 &&
    TAKEN_BACK_AFTER.test(text.slice(hedged.tail, hedged.tail + 16))
  )
    return null;
  const counting = followsCountingWord(text, hedged.start, hedged.tail, span.start);
  let noun = nounFor(text, hedged, span, counting);
  // "Pioniere, rund 1000 an der Zahl": the counted noun stands before, the number in apposition
  if (!noun && IN_NUMBER_AFTER.test(text.slice(hedged.tail, hedged.tail + 16))) {
    const comma = text.lastIndexOf(',', hedged.start);
    if (comma > span.start && hedged.start - comma <= 2)
      noun = findCountNoun(text, Math.max(span.start, text.lastIndexOf(' ', comma - 2) + 1), comma);
  }
  // "11,000 or 12,000 men", "11.000 oder 12.000 Mann": two readings of one count share the noun after the second
  if (!noun) {
    const alt = ALTERNATIVE_AFTER.exec(text.slice(hedged.tail, hedged.tail + 24));
    const next = alt ? sentence.tokens.indexOf(hedged.tail + alt[0].length) : -1;
    if (next >= 0) noun = findCountNoun(text, sentence.ends[next] as number, span.end);
  }
  if (!noun && change?.end === 'from')
    noun = findCountNoun(text, sentence.ends[change.other] as number, span.end);
  // "rund 220 Stück" (howitzers) counts pieces of hardware; "zwei Millionen Stück" are rounds, which the noun
  // alone does not say
  if (noun && (token.value ?? token.high ?? 0) >= 10_000 && text.startsWith('stück', noun.start)) noun = null;
  // A portrait counts the dead only right after its number, in a sentence of the fallen ("вручал посмертные
  // награды перед 101 портретом"); not "двух церемониях … показала портреты", nor "300 portraits of Kim Il Sung"
  // (the noun after the portraits counts instead: "101 portraits of soldiers who fell"; a word may describe them:
  // "101 framed portraits")
  if (
    noun?.kind === 'portrait' &&
    ((noun.start - hedged.tail > 4 && !ONE_WORD_BETWEEN.test(text.slice(hedged.tail, noun.start))) ||
      !FALLEN_WORD.test(text.slice(span.start, span.end)))
  )
    noun = findCountNoun(text, Math.max(noun.end, hedged.tail), span.end);
  // "A Koksan 170-mm self-propelled gun … North Korea sent at least 120 of them": the hardware named before, in its
  // paragraph
  if (
    !noun &&
    OF_THEM_RIGHT_AFTER.test(text.slice(hedged.tail, hedged.tail + 16)) &&
    !cues.events.some((e) => CASUALTY_EVENTS.has(e.kind) && e.start >= span.start && e.end <= span.end)
  )
    noun = findLastHardwareNoun(text, Math.max(0, text.lastIndexOf('\n\n', span.start)), span.start);
  let line = findLineDescription(text, hedged, span);
  /** What the line after a number alone on its line says it counts (its first sentence's event word). */
  let describedAs: Metric | null = null;
  // ("5. About 10,000: the border guards", "3. Близько 6 тисяч у третій хвилі": a list's heading whose label names
  // no count is described, with its label, by the first sentence of the item's paragraph)
  const heading = noun ? null : findHeadingDescription(text, hedged);
  if (heading) line = null;
  if (!line) {
    line = heading ?? findNextLineDescription(text, hedged);
    // (the line after is a sentence of its own: its cues are read here)
    if (line) {
      const next = collectCues(text, line.start, line.end);
      describedAs = describedMetric(text, next.events, line, lang);
      const opening = text.slice(line.start, line.start + 48);
      // "1461 / Стільки днів минуло …": a count of days, not of anyone
      if (SO_MANY_DURATION.test(opening)) return null;
      // "6. 2023 / The year the shells began to …": a year
      if (isYearLike(token) && YEAR_OPENING.test(opening)) return null;
      // "11 тис. / Приблизно стільки північнокорейських військових …"
      if (hedged.qualifier === 'exact' && ABOUT_SO_MANY.test(opening)) hedged.qualifier = 'about';
      cues = joinCues(cues, next);
      // (a heading's label says what it counts; the item's paragraph only helps: "7. Двое пленных", then a
      // paragraph on their interrogation)
      if (next.excluded.length > 0 && !heading) return null;
    }
  }
  // ("Roughly 10,000 — of those, combat troops": the part's noun after the words that say whose part it is)
  if (line && !noun)
    noun = findCountNoun(
      text,
      line.start + (PARTITIVE_LEAD.exec(text.slice(line.start, line.start + 24))?.[0].length ?? 0),
      line.end,
    );
  // (Korean ends the description with its noun: "… 북한군 전사자 추정치.")
  if (describedAs === null && line && !noun && lang === 'ko') noun = findLastCountNoun(text, line);
  const table = line ? null : readTableCell(text, hedged, noun, sentence.carried);
  if (table) noun = table.noun;
  // Korean names what a share is of before it: "탄약의 최대 40%"
  if (percent && !noun) noun = findKoreanNounBefore(text, hedged.start);
  if (
    token.plain &&
    // (a hedge makes a count of a year-like number, "about 2000"; not of two years: "between 1964 and 1973")
    (hedged.start === token.start || (token.low !== undefined && token.low !== token.high)) &&
    isYearLike(token) &&
    !(
      noun &&
      noun.start >= hedged.tail &&
      noun.start - hedged.tail < 24 &&
      // ("auch 2026 mit Nordkoreanern rechnen": a year, and the noun after a preposition is no count of it)
      !YEAR_PREPOSITION_AFTER.test(text.slice(hedged.tail, noun.start))
    ) &&
    // ("2000 Tote, wie belastbar ist so eine Zahl?", "die 2000 Toten": a noun of loss right after counts it; not
    // "der 2011 gestorben ist", "im Jahr 2000")
    !(
      LOSS_NOUN_AFTER.test(text.slice(hedged.tail, hedged.tail + 16)) &&
      !YEAR_WORD_BEFORE.test(text.slice(Math.max(0, hedged.start - 8), hedged.start))
    ) &&
    // ("von 600 auf 2000": the year-like end of a change from a count that is none; not "from 2022 to 2024")
    !(change && !YEAR.test(text.slice(sentence.tokens[change.other], sentence.ends[change.other]))) &&
    // ("называла цифру в 600 погибших, сейчас — 2000": the count now, after the count before)
    !(
      sentence.last !== null &&
      NOW_DASH_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 16), hedged.start))
    )
  ) {
    return null;
  }
  const after = text.slice(hedged.tail, hedged.tail + 12);
  const elliptical =
    isElliptical(text, hedged.tail) &&
    !(token.vague && /^\s*of\s+the\s/.test(after)) &&
    // ("4 more Patriot systems" is none; "über 11 000 im Jahr 2024 und rund 3000 weitere" after troops is)
    !(
      MORE_ONLY.test(after) &&
      !MORE_CONTEXT.test(text.slice(span.start, span.end)) &&
      !(
        (sentence.last?.metric === 'deployed_total' || sentence.last?.metric === 'reinforcements') &&
        MORE_ALONE.test(text.slice(hedged.tail, hedged.tail + 24)) &&
        // (not "About 11,000, maybe a few more": a hedge of the count before, not a count of its own)
        !(token.vague && !VAGUE_SCALE.test(text.slice(token.start, token.end)))
      )
    ) &&
    // ("die Minen, die wir verlegt haben, Zehntausende davon": of the mines)
    !(token.vague && MINES_BEFORE.test(text.slice(span.start, hedged.start)));
  // "майже 12 тисяч відправлених", "18 тысяч отправленных": a participle of sending is the counted noun
  const sentOnes = SENT_PARTICIPLE_AFTER.test(text.slice(hedged.tail, hedged.tail + 24));
  let evidence: boolean;
  if (!token.digits) {
    // (Korean names the counted noun before the number and counts people with 명 after it: "공병 수천 명")
    const human =
      noun !== null &&
      HUMAN_KINDS.has(noun.kind) &&
      (noun.start >= hedged.tail || /^[\s\u00a0]?명/.test(text.slice(hedged.tail, hedged.tail + 2)));
    // (and hardware likewise, with its counter: "자주포 이백여 문", "포탄 삼백만 발")
    const hardware =
      noun !== null &&
      !HUMAN_KINDS.has(noun.kind) &&
      (token.value ?? token.high ?? 0) >= 10 &&
      /^[\s\u00a0]?[문발기대개]/.test(text.slice(hedged.tail, hedged.tail + 2));
    evidence =
      token.value === 1
        ? human &&
          noun !== null &&
          noun.start - hedged.tail < 40 &&
          !isQuotedAlone(text, hedged.tail, span, cues)
        : human ||
          hardware ||
          // "ten million shells", "two thousand containers": a scale word and the counted thing; hardware from
          // a hundred ("щонайменше сто двадцять самохідних гармат")
          (noun !== null &&
            noun.start >= hedged.tail &&
            (token.value ?? token.high ?? 0) >= (HUMAN_KINDS.has(noun.kind) ? 1000 : 100)) ||
          elliptical ||
          sentOnes ||
          // ("up to forty percent of all the ammunition Russia uses": a share in words of what it names after it)
          (percent > 0 && noun !== null && noun.start >= hedged.tail) ||
          // ("시신 수천 구": bodies, named before their number and counted with 구 after it)
          (KOREAN_BODIES_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 4), hedged.start)) &&
            /^[\s\u00a0]?구(?![가-힣])/.test(text.slice(hedged.tail, hedged.tail + 3))) ||
          // ("погибших около трёхсот": a hundred or more in words, right after a loss word that heads it)
          touchesEvent(text, cues, hedged.start, hedged.tail, false) ||
          ((token.value ?? token.high ?? 0) >= 100 &&
            cues.events.some(
              (e) =>
                e.end <= hedged.start &&
                hedged.start - e.end <= 40 &&
                LOSS_GENITIVE.test(text.slice(e.start, e.end)) &&
                (hedged.start - e.end <= 2 || AMONG_BETWEEN.test(text.slice(e.end, hedged.start))),
            )) ||
          ((token.value ?? token.high ?? 0) >= 100 &&
            counting &&
            hasCueBefore(text, cues, span, hedged.start));
  } else {
    evidence =
      noun !== null ||
      sentOnes ||
      touchesEvent(text, cues, hedged.start, hedged.tail, true) ||
      elliptical ||
      (counting &&
        (hasCueBefore(text, cues, span, hedged.start) ||
          (sentence.carried === 'nk' &&
            (PRONOUN_BEFORE.test(text.slice(span.start, hedged.start)) ||
              (hedged.prefix !== null && (token.value ?? token.high ?? 0) >= 1000))))) ||
      STRENGTH_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 16), hedged.start)) ||
      // ("Президент казав, що їх у Росії не більше 12 тисяч", "их там уже около 11 тысяч": the force by its pronoun,
      // then how many of it there are)
      ((token.value ?? token.high ?? 0) >= 100 &&
        (sentence.carried === 'nk' || cues.nk.some((c) => c.start >= span.start && c.end <= hedged.start)) &&
        PRONOUN_COUNT_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 48), hedged.start))) ||
      // ("до грудня військових КНДР у Росії стане близько 10 тисяч", "insgesamt wolle Pjöngjang rund 12.000 schicken":
      // thousands the force will number, or that are sent, in a sentence that names North Korea)
      ((token.value ?? token.high ?? 0) >= 1000 &&
        cues.nk.some((c) => c.start >= span.start && c.end <= span.end) &&
        (WILL_NUMBER_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 16), hedged.start)) ||
          SEND_VERB_AFTER.test(text.slice(hedged.tail, hedged.tail + 16)))) ||
      // ("even if only half of the 12,000 Zelensky spoke of fought", "половина из 12 тысяч, о которых …"): a share of
      // the force's whole, in a sentence about the force
      ((token.value ?? 0) >= 1000 &&
        (sentence.carried === 'nk' || cues.nk.some((c) => c.start >= span.start && c.end <= span.end)) &&
        SHARE_OF_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 32), hedged.start))) ||
      (isWhole(text, span, hedged.start) && sentence.tokens.length > 1) ||
      (sentence.last !== null && continuesList(text, sentence.last.end, hedged.start, hedged.tail));
  }
  if (!evidence && table?.metric) evidence = true;
  // "Add them and you get about 14,000", "macht 14.000", "Итого около 14 тысяч": the sum of the counts before it
  let summed = false;
  if (
    !evidence &&
    noun === null &&
    (token.value ?? token.high ?? 0) >= 1000 &&
    (sentence.last !== null || sentence.paragraphLast !== null) &&
    TOTAL_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 24), hedged.start)) &&
    (sentence.carried === 'nk' || cues.nk.some((c) => c.start >= span.start && c.end <= span.end))
  ) {
    evidence = true;
    summed = true;
  }
  // «щонайменше 600», "around 2,000", „rund 600“: an estimate cited in quotation marks of its own, hedged or in the
  // thousands in digits, in a sentence about North Korea's force ("замість квітневих «щонайменше 600» тепер «близько 2000»")
  if (
    !evidence &&
    noun === null &&
    (hedged.prefix !== null || (token.digits && (token.value ?? token.high ?? 0) >= 1000)) &&
    ((QUOTE_OPEN_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 2), hedged.start)) &&
      QUOTE_CLOSE_AFTER.test(text.slice(hedged.tail, hedged.tail + 2))) ||
      // (or called "so-called": "the so-called 15,000", "так звані 12 тисяч", "die sogenannten 12.000")
      SO_CALLED_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 24), hedged.start))) &&
    (sentence.carried === 'nk' || cues.nk.some((c) => c.start >= span.start && c.end <= span.end))
  )
    evidence = true;
  // "ще щонайменше троє зникли безвісти", "at least three were missing": the missing, counted apart (as the
  // dataset files them: other_nk)
  const missing = MISSING_AFTER.test(text.slice(hedged.tail, hedged.tail + 32));
  if (
    !evidence &&
    missing &&
    (sentence.carried === 'nk' || cues.nk.some((c) => c.start >= span.start && c.end <= span.end))
  )
    evidence = true;
  // (an estimate's line of a list under a chart of North Korea's troops: "Пентагон (Пет Райдер) – 04.11.2024 – від
  // 11 000 до 12 000")
  if (!evidence && table?.estimate && table.side !== 'other' && sentence.carried === 'nk') evidence = true;
  // (not the base added to: "sie kämen nicht zu den 6000 hinzu")
  const added =
    ADDED_AFTER.test(text.slice(hedged.tail, hedged.tail + 32)) &&
    !/(?<![\p{L}])zu(?:[\s\u00a0]+(?:den|diesen))?[\s\u00a0]+$/u.test(
      text.slice(Math.max(0, hedged.start - 12), hedged.start),
    );
  // "Ким может подкинуть 30–40 тысяч", "Pjöngjang schickte 12.000": thousands right after a verb of sending, in a
  // sentence about North Korea's force (in words too: "Спершу поїхали десь одинадцять тисяч")
  if (
    !evidence &&
    noun === null &&
    (token.value ?? token.high ?? 0) >= 1000 &&
    (sentence.carried === 'nk' || cues.nk.some((c) => c.start >= span.start && c.end <= hedged.start)) &&
    cues.events.some(
      (e) =>
        (e.kind === 'deployed' || e.kind === 'reinforce') &&
        e.end <= hedged.start &&
        /^[\s\u00a0]*$/.test(text.slice(e.end, hedged.start)),
    ) &&
    // (and nothing after it that could be what is counted: "sent about 1,500 Russian tourists")
    NAMED_END.test(text.slice(hedged.tail, hedged.tail + 24))
  )
    evidence = true;
  // "приблизно 10 000, — бойові частини", "about 10,000 — combat troops": a dash names what the number counts
  const combatAfter = noun === null && COMBAT_AFTER_DASH.test(text.slice(hedged.tail, hedged.tail + 40));
  if (combatAfter) evidence = true;
  // "приблизно 1100 тих, хто в грудні повернувся додому", "about 1,100 of those who came home": the relative
  // clause after says what befell the counted
  if (
    !evidence &&
    noun === null &&
    THOSE_WHO_AFTER.test(text.slice(hedged.tail, hedged.tail + 24)) &&
    (sentence.carried === 'nk' || cues.nk.some((c) => c.start >= span.start && c.end <= hedged.start)) &&
    cues.events.some((e) => e.start > hedged.tail && e.start < hedged.tail + 80 && e.end <= span.end)
  )
    evidence = true;
  // "… the North currently keeps about 11,000 …": a search result's snippet cut off right after its number
  if (
    !evidence &&
    noun === null &&
    (token.value ?? token.high ?? 0) >= 100 &&
    SNIPPET_CUT_AFTER.test(text.slice(hedged.tail, hedged.tail + 8)) &&
    (sentence.carried === 'nk' || cues.nk.some((c) => c.start >= span.start && c.end <= hedged.start))
  )
    evidence = true;
  // "Meduza gave the total sent since autumn 2024 as 13,000": a total named as such
  if (
    !evidence &&
    noun === null &&
    TOTAL_GIVEN_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 80), hedged.start))
  )
    evidence = true;
  // "назвав для всієї території Росії діапазон від 11 до 12 тисяч", "legte sich auf eine Spanne von 11 000 bis
  // 12 000 fest": a range given as such, of the force spoken of
  if (
    !evidence &&
    noun === null &&
    token.low !== null &&
    token.high !== null &&
    RANGE_GIVEN_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 24), hedged.start)) &&
    (sentence.carried === 'nk' || cues.nk.some((c) => c.start >= span.start && c.end <= hedged.start))
  )
    evidence = true;
  // "из строя выбыли около 40% первой волны", "eine Verlustquote von rund 40 Prozent", "the dead alone make up
  // about 13%": a share of the force lost, its event before it in the sentence
  // "about 40% of the force had been killed or wounded", "rund 40 Prozent des Kontingents … verloren",
  // "북한군의 약 40%가 … 전사·부상": a share of the force itself, its losses anywhere in the sentence
  const shareOf = percent > 0 ? FORCE_SHARE_AFTER.exec(text.slice(hedged.tail, hedged.tail + 48)) : null;
  const forceShare =
    shareOf !== null ||
    (percent > 0 &&
      KOREAN_FORCE_SHARE_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 16), hedged.start)));
  const forceEnd = hedged.tail + (shareOf?.[0].length ?? 0);
  const lossShare =
    percent > 0 &&
    (noun === null || forceShare) &&
    cues.events.some(
      (e) =>
        CASUALTY_EVENTS.has(e.kind) &&
        e.start >= span.start &&
        (e.end <= hedged.start ||
          (forceShare &&
            e.start >= hedged.tail &&
            e.end <= span.end &&
            // (not the deployment's own clause: "40% of the force was deployed near Sudzha, where fighting killed")
            !cues.events.some(
              (d) => !CASUALTY_EVENTS.has(d.kind) && d.start >= forceEnd && d.end <= e.start,
            ))),
    );
  if (lossShare) evidence = true;
  // "північнокорейські боєприпаси становлять до 40%", "Anteil am russischen Munitionsverbrauch: bis zu 40 %",
  // "탄약 가운데 북한산 비중 최대 40%": a share of the ammunition, named before it in the sentence
  const supplyShare =
    percent > 0 &&
    noun === null &&
    !lossShare &&
    MUNITIONS_WORD.test(text.slice(span.start, hedged.start)) &&
    (sentence.carried === 'nk' || cues.nk.some((c) => c.start >= span.start && c.end <= hedged.start));
  if (supplyShare) evidence = true;
  // "… about half of Russia's shells, or around 3 million a year": a yearly supply of the shells named before it
  const supplyRate =
    percent === 0 &&
    noun === null &&
    (token.value ?? 0) >= 100_000 &&
    (YEARLY_AFTER.test(text.slice(hedged.tail, hedged.tail + 16)) ||
      YEARLY_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 16), hedged.start))) &&
    MUNITIONS_TOPIC.test(text.slice(span.start, hedged.start)) &&
    (sentence.carried === 'nk' || cues.nk.some((c) => c.start >= span.start && c.end <= hedged.start));
  if (supplyRate) evidence = true;
  // "die Zahl der getöteten Nordkoreaner von 600 auf 2000", "число погибших … с 600 до 2 тысяч": a change of a
  // count whose event or noun the sentence names before it
  if (
    !evidence &&
    change !== null &&
    noun === null &&
    (QUANTITY.test(text.slice(span.start, hedged.start)) ||
      CHANGE_VERB.test(text.slice(span.start, hedged.start))) &&
    (cues.events.some((e) => e.start >= span.start && e.end <= hedged.start) ||
      findCountNounBefore(text, hedged.start, span.start) !== null)
  )
    evidence = true;
  // "Oder die Toten. … im Dezember mindestens hundert, im Januar dreihundert …": after a sentence that names
  // what is counted without a number, a bare count in a list is one of those
  if (
    !evidence &&
    noun === null &&
    sentence.topic !== null &&
    (token.value ?? token.high ?? 0) >= 100 &&
    LIST_ITEM_END.test(text.slice(hedged.tail, hedged.tail + 4))
  )
    evidence = true;
  // "with the first 2,600 earmarked for Kursk": the first group of the force named before
  if (
    !evidence &&
    noun === null &&
    token.digits &&
    (sentence.carried === 'nk' || cues.nk.length > 0) &&
    FIRST_GROUP_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 16), hedged.start)) &&
    !MEASURE_AFTER.test(text.slice(hedged.tail, hedged.tail + 12))
  )
    evidence = true;
  // "11-тысячной группировки", "12-тисячний контингент": the size of a force
  const sized =
    SIZE_ADJECTIVE.test(text.slice(token.start, token.end)) ||
    KOREAN_SIZE_AFTER.test(text.slice(hedged.tail, hedged.tail + 12));
  if (sized) evidence = true;
  const before =
    !evidence && noun === null ? text.slice(Math.max(span.start, hedged.start - 40), hedged.start) : '';
  const named =
    before !== '' &&
    (((sentence.last !== null ||
      sentence.paragraphLast !== null ||
      sentence.afterTopic ||
      // (a question of how many before: "Which is how large?" / "Seoul has been saying around eleven thousand")
      sentence.question !== null ||
      // (a figure in the paragraphs a subject carries over: "… around eleven thousand." / "… said last week it
      // was more than twelve thousand")
      sentence.recentLast !== undefined ||
      // (thousands after a false start, the force spoken of: "es seien, äh, elf – nein, Moment – zwölftausend")
      (sentence.carried === 'nk' &&
        (token.value ?? token.high ?? 0) >= 1000 &&
        NO_WORD.test(before) &&
        TAKEN_BACK_END.test(before)) ||
      // (thousands in a sentence that names North Korea: "Сеул насчитал 15 тысяч: … о северокорейцах"; or hundreds
      // named as a figure there: "North Korean casualties against a South Korean figure of about 600")
      (((token.value ?? token.high ?? 0) >= 1000 ||
        ((token.value ?? token.high ?? 0) >= 100 && FIGURE_WORD_BEFORE.test(before))) &&
        cues.nk.some((c) => c.start >= span.start && c.end <= span.end))) &&
      // (a quote may open between: 'Seoul's estimate of "at least 100" became "around 2,000"')
      (NAMING_BEFORE.test(before.replace(QUOTE_OPENS_END, ' ')) ||
        NAMING_BEFORE.test(before.replace(TIME_BETWEEN, ' ')) ||
        // ("Yonhap nannte unter Berufung auf den Geheimdienst rund 13.000": the source cited between)
        NAMING_BEFORE.test(
          text.slice(Math.max(span.start, hedged.start - 80), hedged.start).replace(CITING_END, ' '),
        ) ||
        // (spoken: "that's, um, eleven thousand or so", "казала — е-е — десь п'ятнадцять тисяч")
        NAMING_BEFORE.test(before.replace(FILLERS_END, ' ')) ||
        SPOKEN_NAMING_BEFORE.test(before.replace(FILLERS_END, ' ')) ||
        // ("назвав цифру... одинадцять — ні, перепрошую, дванадцять тисяч": a false start taken back)
        (NO_WORD.test(before) &&
          TAKEN_BACK_END.test(before) &&
          isNamedAfterTakeBack(before.replace(TAKEN_BACK_END, ' '))) ||
        ((token.value ?? token.high ?? 0) >= 100 && FIGURE_WORD_BEFORE.test(before)))) ||
      (sentence.last !== null && COMPARED_BEFORE.test(before))) &&
    (NAMED_END.test(text.slice(hedged.tail, hedged.tail + 24)) ||
      // ("цифра «40 тисяч» виросла": the quotes close the named figure)
      (/[«"„“']$/.test(before) && /^[»"“”']/.test(text.slice(hedged.tail, hedged.tail + 1))) ||
      // "называет около 15 тыс. Кроме того": the abbreviation's dot ends the sentence
      (text.charAt(hedged.end - 1) === '.' &&
        /^[\s\u00a0]+[^\s]/.test(text.slice(hedged.end, hedged.end + 3))));
  if (named) evidence = true;
  // "*6,000 not 600": a message's correction of the figure just given (a star opens it), and the figure it corrects
  const corrected =
    !evidence &&
    before !== '' &&
    (sentence.last !== null || sentence.paragraphLast !== null || sentence.recentLast !== undefined) &&
    (CORRECTION_STAR.test(before) || (sentence.last !== null && NOT_AFTER_NUMBER.test(before)));
  if (corrected) evidence = true;
  // "below the 15,000 the agency itself gave lawmakers", "far above the at least 600 it reported in the spring": a
  // count named as the one an estimator gave, after a figure of its paragraph
  const citedBy =
    !evidence &&
    before !== '' &&
    (sentence.last !== null || sentence.paragraphLast !== null || sentence.recentLast !== undefined) &&
    THE_BEFORE.test(before) &&
    CITED_BY_AFTER.test(text.slice(hedged.tail, hedged.tail + 48));
  if (citedBy) evidence = true;
  // "Im Dezember 2024 sprach der NIS von mindestens 100 Toten … Im April 2025 waren es etwa 600": the count
  // just given, at another time (only after a figure of this paragraph)
  const itWas =
    !named &&
    before !== '' &&
    (sentence.last !== null ||
      sentence.paragraphLast !== null ||
      // (thousands asked back in a reply: "Wasn't it 18,000 in April?")
      ((sentence.recentLast !== undefined ||
        (sentence.carried === 'nk' && text.slice(span.start, span.end).trimEnd().endsWith('?'))) &&
        (token.value ?? 0) >= 1000)) &&
    IT_WAS_BEFORE.test(before) &&
    NAMED_END.test(text.slice(hedged.tail, hedged.tail + 24)) &&
    !cues.excluded.some((c) => c.start >= span.start && c.end <= hedged.start);
  if (itWas) evidence = true;
  // "Зеленский называл 3800 убитых и раненых. Британская разведка в июне — уже больше шести тысяч": the count just
  // given, by another estimator or at another time, its verb left out for a dash
  // (not an age, "старшому — двадцять шість", nor a word glossed, "«천» — тысяча")
  const dashGiven =
    !evidence &&
    noun === null &&
    (token.value ?? token.high ?? 0) >= 100 &&
    // (or what a question of how many asks: "— Скільки загинуло? — За оцінкою розвідки — близько двох тисяч")
    (sentence.last !== null ||
      sentence.paragraphLast !== null ||
      sentence.question !== null ||
      // (a speaker's turn that cuts in with another count: "HALLSTEIN: … rund elftausend … – / REIMOLD: –
      // zwölftausend, sagt Selenskyj")
      (sentence.recentLast !== undefined &&
        /(?:^|\n)[^\n]{0,40}:[\s\u00a0]*[–—][\s\u00a0]*$/.test(
          text.slice(Math.max(0, hedged.start - 48), hedged.start),
        ))) &&
    ELLIPSIS_DASH_BEFORE.test(before) &&
    !/[\d«»"„“”']/.test(before) &&
    NAMED_END.test(text.slice(hedged.tail, hedged.tail + 24)) &&
    !cues.excluded.some((c) => c.start >= span.start && c.end <= hedged.start);
  if (dashGiven) evidence = true;
  // (a loss named right before the dash is what it counts: "погибших как минимум 100, раненых — около тысячи")
  const dashNamed =
    dashGiven &&
    !cues.events.some(
      (e) =>
        EVENT_METRIC[e.kind as EventKind] !== undefined &&
        e.start >= (sentence.last?.end ?? span.start) &&
        e.end <= hedged.start,
    );
  // "- December 2024: at least 100 dead [2]. / - January 2025: about 300 [3]." : a bulleted list's next value, after a
  // label of its own, counts what the item before counted
  const bulletNext =
    !evidence &&
    noun === null &&
    sentence.paragraphLast !== null &&
    BULLET_LABEL_BEFORE.test(text.slice(Math.max(0, hedged.start - 40), hedged.start)) &&
    /^[\s\u00a0]*(?:[.;,]|$|\n)/.test(text.slice(hedged.tail, hedged.tail + 4).replace(/\[\d{1,2}\]/, ''));
  if (bulletNext) evidence = true;
  // "For the total we use the National Intelligence Service's about 15,000", "the UK Ministry of Defence's more than
  // 6,000": a count named as an estimator's own, of the force spoken of
  if (
    !evidence &&
    noun === null &&
    sentence.carried === 'nk' &&
    (token.value ?? token.high ?? 0) >= 100 &&
    ESTIMATORS_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 48), hedged.start)) &&
    NAMED_END.test(text.slice(hedged.tail, hedged.tail + 24))
  )
    evidence = true;
  // "First contingent sent, autumn 2024: about 11,000 [NIS, Nov. 20]", "Tote: ca. 600 (NIS)": a fact box's line, whose
  // label before a colon says what the number counts; the number ends the line, or its source in brackets does
  if (!evidence && noun === null && LABELLED_LINE_AFTER.test(text.slice(hedged.tail, hedged.tail + 90))) {
    const label = LABELLED_LINE_BEFORE.exec(text.slice(Math.max(0, hedged.start - 100), hedged.start));
    const labelStart = label ? hedged.start - label[0].length : hedged.start;
    if (
      label &&
      (sentence.carried === 'nk' || cues.nk.some((c) => c.start >= labelStart && c.end <= hedged.start)) &&
      (FORCE_OR_LOSSES.test(label[1] as string) ||
        LABEL_COUNTS.test(label[1] as string) ||
        cues.events.some((e) => e.start >= labelStart && e.end <= hedged.start))
    ) {
      evidence = true;
      // (the label's noun is what the number counts: "Artillery shells, cumulative: more than 10 million")
      noun = findLastCountNoun(text, { start: labelStart, end: hedged.start });
    }
  }
  // "portraits of about 350 dead soldiers, including 101 shown in August": a part of the count just named
  if (
    !evidence &&
    noun === null &&
    sentence.last !== null &&
    INCLUDED_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 24), hedged.start))
  )
    evidence = true;
  // "… Jenny Town, die 10.000 bis 20.000 für realistischer halte": the verb of naming after, German word order
  // ("Im April hatte er noch mindestens 600 genannt": the count named before, as a verb of naming before it says)
  const namedAfter =
    before !== '' &&
    (sentence.last !== null || sentence.paragraphLast !== null || sentence.recentLast !== undefined) &&
    HELD_FOR_AFTER.test(text.slice(hedged.tail, hedged.tail + 40));
  if (namedAfter) evidence = true;
  // "- around 2,000 North Korean soldiers killed\n- at least 600: the agency's previous figure": the next item
  // of a list of figures (what it counts is read as for any number)
  if (
    before !== '' &&
    (sentence.last !== null || sentence.paragraphLast !== null) &&
    BULLET_BEFORE.test(before) &&
    NAMED_END.test(text.slice(hedged.tail, hedged.tail + 12))
  )
    evidence = true;
  // "… около 11 000 северокорейских военнослужащих. Из них порядка 10 тыс. относятся к боевым подразделениям": a
  // part of the count just given
  if (
    !evidence &&
    before !== '' &&
    (sentence.last !== null || sentence.paragraphLast !== null) &&
    OF_THEM_BEFORE.test(before)
  )
    evidence = true;
  // "… загинули або були поранені північнокорейські військові — загалом близько 6 тис.": the sum of what the
  // clause before the dash counted
  if (
    !evidence &&
    TOTAL_DASH_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 24), hedged.start)) &&
    cues.events.some((e) => e.start >= span.start && e.end <= hedged.start)
  )
    evidence = true;
  // The answer to a question of how many: "Wie viele Soldaten hat Kim geschickt? Elftausend, wie Seoul sagte."
  const answer = sentence.question !== null && startsAnswer(text, span, hedged.start);
  if (answer) evidence = true;
  // "'About 11,000,' said Park", "„Etwa 2000“, sagt Han", "«Около одиннадцати тысяч, — говорит он, —»": a quote that
  // opens with a count, its speaker named right after it, on the force spoken of
  const quotedCount =
    !evidence &&
    noun === null &&
    (token.value ?? token.high ?? 0) >= 100 &&
    sentence.carried === 'nk' &&
    ((QUOTE_OPEN_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 4), hedged.start)) &&
      (QUOTE_SAID_AFTER.test(text.slice(hedged.tail, hedged.tail + 40)) ||
        // (a quote owned by its speaker: 'Kyrylo Budanov's "nearly 11,000" and HUR's "nearly 12,000"')
        POSSESSIVE_QUOTE_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 6), hedged.start)))) ||
      // (or inside the quote, a speaker's verb of counting before it: "«Усі рахують дванадцять тисяч, — каже вона")
      (isInsideQuote(text.slice(span.start, hedged.start)) &&
        NAMING_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 40), hedged.start)) &&
        QUOTE_SAID_AFTER.test(text.slice(hedged.tail, hedged.tail + 40))));
  if (quotedCount) evidence = true;
  // "на запитання, скільки … загинуло, відповів: «Близько трьохсот»", "wie viele … gefallen sind … Seoul sagt: etwa
  // 300": a count given right after a speaker's colon answers the question of how many told before it
  const toldAnswer =
    noun === null &&
    sentence.question === null &&
    sentence.indirect !== null &&
    sentence.indirect.start < hedged.start &&
    TOLD_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 48), hedged.start));
  if (toldAnswer) evidence = true;
  // "the first contingent (about 11,000)", "перший контингент (11 тис.) плюс підкріплення (3 тис.)": the force, or
  // its reinforcements, with its number in brackets after it
  const bracketed =
    noun === null &&
    (sentence.carried === 'nk' || cues.nk.some((c) => c.start >= span.start && c.end <= span.end)) &&
    /^[\s\u00a0]*\)/.test(text.slice(hedged.tail, hedged.tail + 3))
      ? FORCE_BRACKET_BEFORE.exec(text.slice(Math.max(span.start, hedged.start - 40), hedged.start))
      : null;
  if (bracketed) evidence = true;
  const apposed =
    !evidence &&
    noun === null &&
    (sentence.carried === 'nk' || cues.nk.some((c) => c.start >= span.start && c.end <= span.end)) &&
    APPOSITION_END.test(text.slice(hedged.tail, hedged.tail + 40))
      ? FORCE_APPOSITION_BEFORE.exec(text.slice(Math.max(span.start, hedged.start - 40), hedged.start))
      : null;
  if (apposed) evidence = true;
  // "Zwölftausend? So sagt es Kiew", "Десять тисяч? Справді?": a count asked back on its own, of the force spoken of
  const echoed =
    !evidence &&
    noun === null &&
    (token.value ?? token.high ?? 0) >= 1000 &&
    sentence.carried === 'nk' &&
    /^[\s\u00a0"«„“]*$/.test(text.slice(span.start, hedged.start)) &&
    /^[\s\u00a0]*[?？]/.test(text.slice(hedged.tail, hedged.tail + 3));
  if (echoed) evidence = true;
  // "rund 10.000 Soldaten in Russland, von denen bis zu 8000 im Gebiet Kursk stünden", "of whom about 600 had
  // died": a part of the count just given
  if (
    !evidence &&
    noun === null &&
    sentence.last !== null &&
    (OF_WHOM_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 24), hedged.start)) ||
      ((token.value ?? token.high ?? 0) >= 1000 &&
        OF_THEM_MID_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 24), hedged.start))))
  )
    evidence = true;
  // "obwohl der NIS die Zahl der gefallenen Nordkoreaner im September auf rund 2000 anhob": the number a count of
  // losses named before was set to
  if (
    !evidence &&
    noun === null &&
    (token.value ?? token.high ?? 0) >= 10 &&
    SET_TO_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 8), hedged.start)) &&
    QUANTITY.test(text.slice(span.start, hedged.start)) &&
    cues.events.some((e) => CASUALTY_EVENTS.has(e.kind) && e.start >= span.start && e.end <= hedged.start) &&
    (sentence.carried === 'nk' || cues.nk.some((c) => c.start >= span.start && c.end <= span.end))
  )
    evidence = true;
  // "Das seien etwa 2000 mehr als bei der vorigen Lageeinschätzung", "an increase of about 2,000": the force grew by
  // it
  if (
    !evidence &&
    noun === null &&
    (token.value ?? token.high ?? 0) >= 100 &&
    sentence.carried === 'nk' &&
    (INCREASE_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 24), hedged.start)) ||
      INCREASE_AFTER.test(text.slice(hedged.tail, hedged.tail + 40)))
  )
    evidence = true;
  // "the 4,000 figure cited by Zelenskiy", "die 12.000er-Zahl": a number named as a figure, of the force spoken of
  if (
    !evidence &&
    noun === null &&
    (token.value ?? token.high ?? 0) >= 100 &&
    (sentence.carried === 'nk' || cues.nk.some((c) => c.start >= span.start && c.end <= span.end)) &&
    /(?:^|[^\p{L}])(?:the|this|that|its)[\s\u00a0]+$/u.test(
      text.slice(Math.max(span.start, hedged.start - 8), hedged.start),
    ) &&
    FIGURE_NOUN_AFTER.test(text.slice(hedged.tail, hedged.tail + 12))
  )
    evidence = true;
  if (!evidence && line) {
    const { start: lineStart, end: lineEnd } = line;
    const inLine = (c: { start: number; end: number }) => c.start >= lineStart && c.end <= lineEnd;
    evidence = noun !== null || cues.events.some(inLine);
  }
  // "Die Zahl: 1100. So viele Soldaten …", "Цифра дня: более 10 млн. Столько снарядов …": the sentence after
  // a bare number says what it counts
  /** The sentence after says that many of North Korea's were counted. */
  let soManyNk = false;
  /** The loss the sentence after names, if any ("So viele … sind … ums Leben gekommen"). */
  let soManyMetric: Metric | null = null;
  {
    const soMany = SO_MANY_AFTER.exec(text.slice(hedged.tail, hedged.tail + 48));
    if (soMany) {
      const from = hedged.tail + soMany[0].length;
      const stop = /[.!?\n]/.exec(text.slice(from, from + 300));
      const end = stop ? from + stop.index : Math.min(text.length, from + 300);
      const next = collectCues(text, from, end);
      if (next.nk.length > 0 && next.other.length === 0) soManyNk = true;
      soManyMetric = lastEventMetric(next.events);
      noun ??= findCountNoun(text, from, end) ?? findCountNoun(text, text.indexOf(' ', from + 1) + 1, end);
      cues = joinCues(cues, next);
      span = { start: span.start, end };
      line = null;
      evidence = true;
    }
  }
  // "the two in Kyiv", "Двое из-под Курска", "키이우의 두 병사": where the text speaks of the prisoners, a bare
  // two is them (Ukraine has held two North Korean soldiers since January 2025)
  const thePrisoners = (!evidence || !token.digits) && isThePrisoners(text, token, hedged, noun);
  if (thePrisoners) evidence = true;
  // "said another three thousand or more went out", "weitere zehntausend": thousands more of the force
  if (
    !evidence &&
    noun === null &&
    (token.value ?? token.high ?? 0) >= 1000 &&
    (sentence.carried === 'nk' || cues.nk.some((c) => c.start >= span.start && c.end <= span.end)) &&
    // (a speaker's pause between: "подвезли ещё... тысячи три")
    ((MORE_BEFORE.test(
      text.slice(Math.max(span.start, hedged.start - 16), hedged.start).replace(PAUSE_END, ' '),
    ) &&
      // (a verb or the clause's end after it, not a noun of something else: "здали ще 10 тисяч квартир")
      MORE_COUNT_END.test(text.slice(hedged.tail, hedged.tail + 24))) ||
      // ("Then roughly three thousand more went in January", "twenty-five to thirty thousand more, possibly")
      (MORE_WORD_AFTER.test(text.slice(hedged.tail, hedged.tail + 8)) &&
        MORE_COUNT_END.test(text.slice(hedged.tail, hedged.tail + 32).replace(MORE_WORD_AFTER, ''))))
  )
    evidence = true;
  // "Їх було близько 1 500", "их уже больше 10 миллионов", "Zuerst waren es etwa 11.000": the force (or its
  // shells) spoken of by a pronoun; "kamen noch ungefähr 3.000 dazu", "mehr als 3.000 weitere hinzu": added to it
  if (
    !evidence &&
    noun === null &&
    (token.value ?? token.high ?? 0) >= 1000 &&
    (sentence.carried === 'nk' || cues.nk.some((c) => c.start >= span.start && c.end <= span.end)) &&
    (added || THERE_WERE_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 32), hedged.start)))
  )
    evidence = true;
  // "Seoul now says about 15,000 went over in two waves", "half of the 11,000 they first sent": the force, the subject
  // or the object of a verb of sending right after the number
  if (
    !evidence &&
    noun === null &&
    sentence.carried === 'nk' &&
    SENT_AFTER.test(text.slice(hedged.tail, Math.min(span.end, hedged.tail + 40)))
  )
    evidence = true;
  // "Лінія 2 (червона): лише загиблі … / • 13 січня 2025 р.: близько 300.": a list item's value after its label,
  // in a list about North Korea's force or whose introduction says what the items count
  if (
    !evidence &&
    sentence.item &&
    (sentence.carried === 'nk' || sentence.itemOf !== null) &&
    ITEM_VALUE_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 4), hedged.start)) &&
    ITEM_VALUE_AFTER.test(text.slice(hedged.tail, hedged.tail + 4))
  )
    evidence = true;
  if (!evidence) return null;
  // "수십만 명", "hundreds of thousands", "сотни тысяч": more than any deployment, its losses or its prisoners
  if (token.vague && HUGE_VAGUE.test(text.slice(token.start, token.end))) return null;
  // "einige Stellen", "several outlets": a bare quantifier counts people only with a noun of ours or a verb after it
  if (token.vague && noun === null && !elliptical && !VAGUE_SCALE.test(text.slice(token.start, token.end)))
    return null;
  // ("except a few people in Pyongyang", "Several people at the event"): nor with a noun of anyone at all
  if (
    token.vague &&
    noun !== null &&
    GENERIC_COUNT.test(text.slice(noun.start, noun.end)) &&
    !VAGUE_SCALE.test(text.slice(token.start, token.end))
  )
    return null;
  // "the one for builders", "this one": a pronoun, not a count of one
  if (
    token.value === 1 &&
    !token.digits &&
    THE_ONE_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 6), hedged.start))
  )
    return null;
  // "one of the world's largest armies", "один из", "einer der": a member of a set, not a count of one
  if (token.value === 1 && !token.digits && ONE_OF.test(text.slice(hedged.tail, hedged.tail + 8)))
    return null;
  if (KOREAN_NOT_TROOPS_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 20), hedged.start)))
    return null;
  // Shelling, civilians, evacuations and markets in a sentence that does not itself name North Korea: a local
  // news item next to one about the troops (front pages, tickers, regional bulletins), never their figure.
  // (drones the force fights against are no other news: "… are struggling in open fields against Ukrainian drones")
  sentence.unrelated ??=
    !cues.nk.some((c) => c.start >= span.start && c.end <= span.end) &&
    UNRELATED_NEWS.test(text.slice(span.start, span.end).replace(DRONES_FOUGHT, (m) => ' '.repeat(m.length)));
  // (not the force itself, named right after its number: "ten thousand of them were in Russia, learning a war of
  // drones", "rund zehntausend Soldaten aus dem Norden")
  if (
    sentence.unrelated &&
    // (the two prisoners, named so, whatever swap the sentence speaks of: "soll die zwei Gefangenen nicht in einen
    // Austausch mit Russland einbeziehen")
    !(
      token.value === 2 &&
      ((noun?.kind === 'prisoner' && noun.start - hedged.tail < 4) ||
        /^[\s\u00a0]+gefangene/.test(text.slice(hedged.tail, hedged.tail + 12)))
    ) &&
    !(
      (OF_THEM_RIGHT_AFTER.test(text.slice(hedged.tail, hedged.tail + 16)) ||
        (noun !== null &&
          noun.start - hedged.tail < 4 &&
          TROOPS_WORD.test(text.slice(noun.start, noun.end)))) &&
      !DRONE_WORD.test(text.slice(span.start, hedged.start)) &&
      !UNRELATED_NEWS.test(text.slice(span.start, span.end).replace(DRONE_WORDS, (m) => ' '.repeat(m.length)))
    )
  )
    return null;
  if (OTHER_THINGS.test(text.slice(hedged.tail, Math.min(span.end, hedged.tail + 32)))) return null;
  // "Открытое обращение … подписали 2 317 человек", "петицію … — понад 18 тисяч людей": those who signed
  // (whoever they are, when they are the ones who signed: "이 밖에 예비역 장성 23명 … 13명이 이름을 올렸습니다", "signed by
  // 1,146 people …, among them 212 retired officers")
  if (
    (sentence.signed ??= SIGNED_WORD.test(text.slice(span.start, span.end))) &&
    SIGNED_WORD.test(
      text.slice(Math.max(span.start, hedged.start - 120), Math.min(span.end, hedged.tail + 60)),
    ) &&
    (noun === null ||
      GENERIC_COUNT.test(text.slice(noun.start, noun.end)) ||
      SIGNED_WORD.test(text.slice(hedged.tail, Math.min(span.end, hedged.tail + 60))) ||
      SIGNED_WORD.test(text.slice(Math.max(span.start, hedged.start - 16), hedged.start)) ||
      AMONG_THEM.test(text.slice(Math.max(span.start, hedged.start - 60), hedged.start)))
  )
    return null;
  // "виставку відвідали понад 12 тисяч людей": a place's visitors, not the force
  if (
    (noun === null || GENERIC_COUNT.test(text.slice(noun.start, noun.end))) &&
    VISITED_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 40), hedged.start))
  )
    return null;
  // "한 명": one soldier counts only where something happened to him ("북한군 한 명이 생포됐다"), not as one of
  // two described in turn ("한 명은 2005년생, 다른 한 명은 …") or one in so many ("두 명 중 한 명꼴")
  if (
    !token.digits &&
    text.startsWith('한', token.start) &&
    (/^[\s\u00a0]?명꼴/.test(text.slice(token.end, token.end + 4)) ||
      /(?:다른|또)[\s\u00a0]?$/.test(text.slice(Math.max(0, token.start - 4), token.start)) ||
      !cues.events.some(
        (c) =>
          c.start >= token.end && c.start - token.end < 24 && c.kind !== 'deployed' && c.kind !== 'reinforce',
      ))
  )
    return null;
  // "одного — бійці ССО, іншого — десантники", "one by the marines, the other by …": one of two told apart, not a
  // count of one
  if (token.value === 1 && !token.digits && ONE_OF_TWO_AFTER.test(text.slice(token.end, token.end + 80)))
    return null;
  // "Пятеро бойцов ночуют в подвале": a handful of men, counted as a group, to whom nothing happened, is a scene
  // of a report, not a figure (two captured, five killed are)
  if (
    !token.digits &&
    (token.value ?? 0) <= 10 &&
    // (not the two prisoners, in a paragraph about them: "Один із двох військових народився 2005 року")
    !thePrisoners &&
    (COLLECTIVE.test(text.slice(token.start, token.end)) ||
      // ("Das Bild der drei Männer ging um die Welt", "the picture of the three men": the men of the scene)
      (noun !== null &&
        SCENE_ARTICLE_BEFORE.test(text.slice(Math.max(span.start, token.start - 8), token.start)))) &&
    (noun === null || noun.kind === 'person') &&
    sentence.question === null &&
    !cues.nk.some((c) => c.start >= span.start && c.end <= span.end) &&
    !cues.events.some(
      (c) => c.start >= span.start && c.end <= span.end && c.kind !== 'deployed' && c.kind !== 'reinforce',
    )
  )
    return null;
  // "240㎜ 방사포는 한 번에 12발에서 22발을 쏘는", "fires 12 rockets in one salvo": what a weapon does at once
  if (SALVO_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 28), hedged.start))) return null;
  // "One engineer regiment went home": the noun names a unit's kind, the number counts units
  if (noun && noun.start >= hedged.tail && UNIT_AFTER_NOUN.test(text.slice(noun.end, noun.end + 16)))
    return null;
  // "the team's 11 members — among them the United States", "one of 11 members": members of a body of states
  if (
    noun &&
    /^members$/.test(text.slice(noun.start, noun.end)) &&
    BODY_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 24), hedged.start))
  )
    return null;
  if (
    noun &&
    GENERIC_PEOPLE.test(text.slice(noun.start, noun.end)) &&
    !cues.nk.some((c) => c.start >= span.start && c.end <= span.end) &&
    // ("… 1,000 sappers and 5,000 builders. That makes 6,000 people in all.": the sum of the counts before)
    !(sentence.paragraphLast !== null && SUM_WORD.test(text.slice(span.start, span.end)))
  ) {
    return null;
  }
  // "214 houses were damaged, 31 of them beyond repair", "on 19 days out of 46": a part or the whole of what a number
  // before it in the sentence counts, when that number gave no figure
  if (noun === null && isPartOfOtherCount(text, token, hedged, sentence)) return null;
  if (!noun && sentence.lastNoun) noun = { ...sentence.lastNoun, start: hedged.tail, end: hedged.tail };
  const near = noun && noun.start >= hedged.tail ? noun.end : hedged.tail;
  const hardware =
    noun !== null &&
    !HUMAN_KINDS.has(noun.kind) &&
    (SUPPLY.test(text.slice(span.start, span.end)) ||
      (line !== null && SUPPLY.test(text.slice(line.start, line.end))));
  // A fact line's description ("About 15,000 – North Korean troops sent …") is the number's own text.
  let side = soManyNk
    ? 'nk'
    : table
      ? table.side
      : line
        ? decideLineSide(text, cues, line, sentence.carried, hardware)
        : decideSide(
            text,
            cues,
            { start: token.start, end: token.end, near },
            span,
            sentence.carried,
            hardware,
          );
  // "How many did Pyongyang send? — … the Ukrainians said nearly twelve thousand": a bare number right after a
  // verb of saying is what the speaker estimates of the force spoken of, not the speaker's own
  if (
    side === 'other' &&
    noun === null &&
    !table &&
    !line &&
    sentence.carried === 'nk' &&
    (token.value ?? token.high ?? 0) >= 100 &&
    SAID_BARE_END.test(text.slice(Math.max(span.start, hedged.start - 24), hedged.start)) &&
    !cues.other.some((c) => c.start >= hedged.tail && c.end <= span.end) &&
    // (not a count of losses, which may be the speaker's own: "Prigozhin said about 20,000 had died there")
    !cues.events.some((e) => LOSS_EVENTS.has(e.kind) && e.start >= span.start && e.end <= span.end)
  )
    side = 'nk';
  // "о тысяче саперов и пяти тысячах военных строителей, которых Пхеньян пришлёт": two counts joined by "and"
  // share the owner the second one's clause names
  if (side === 'none' && !table && !line) {
    const next = sentence.tokens.indexOf(token.start) + 1;
    const nextStart = sentence.tokens[next];
    const nextEnd = sentence.ends[next];
    if (
      nextStart !== undefined &&
      nextEnd !== undefined &&
      AND_BETWEEN.test(text.slice(near, nextStart)) &&
      decideSide(
        text,
        cues,
        { start: nextStart, end: nextEnd, near: findCountNoun(text, nextEnd, span.end)?.end ?? nextEnd },
        span,
        sentence.carried,
        hardware,
      ) === 'nk'
    )
      side = 'nk';
  }
  // "До 40% боєприпасів, що їх витрачає російська армія, забезпечує КНДР": the army that uses a share of
  // supplies does not own it when North Korea is named as their source
  const shareOfSupplies =
    side !== 'nk' &&
    percent > 0 &&
    ((noun !== null && !HUMAN_KINDS.has(noun.kind)) ||
      MUNITIONS_WORD.test(text.slice(span.start, span.end))) &&
    cues.nk.some(
      (c) =>
        (c.start >= span.start && c.end <= span.end) ||
        (line !== null && c.start >= line.start && c.end <= line.end),
    );
  // "He put it at up to forty percent of the ammunition the Russian army uses": the army named after the share uses it
  const shareUsedBy =
    side !== 'nk' &&
    percent > 0 &&
    sentence.carried === 'nk' &&
    MUNITIONS_WORD.test(text.slice(hedged.end, span.end)) &&
    !cues.other.some((c) => c.start >= span.start && c.end <= hedged.start);
  if (side !== 'nk' && !shareOfSupplies && !shareUsedBy) return null;
  const otherNumbers = sentence.tokens;
  const namedPrior =
    (named ||
      namedAfter ||
      itWas ||
      dashNamed ||
      quotedCount ||
      echoed ||
      bulletNext ||
      changedFrom ||
      corrected ||
      citedBy) &&
    // ("… nine of its men had been killed. Yonhap estimated the regiment's strength at about 1,000": a strength)
    !STRENGTH_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 40), hedged.start))
      ? ((dashNamed && sentence.last === null && sentence.question !== null
          ? answerMetric(text, sentence.question)?.metric
          : undefined) ??
        sentence.last?.metric ??
        namedMetric(cues, hedged.start) ??
        sentence.paragraphLast ??
        sentence.topic ??
        // (a turn that cuts in with the count just given: "— шістсот —" / "— близько шестисот, так, дякую"; a
        // message correcting it: "*6,000 not 600")
        (dashNamed || corrected || citedBy ? sentence.recentLast : null) ??
        null)
      : null;
  // "Dead and wounded together. The British defence ministry said more than six thousand in Kursk": a number a
  // speaker gives right after a sentence that named what is counted, with no event word of its own
  const saidOfTopic =
    !namedPrior &&
    noun === null &&
    sentence.topic !== null &&
    sentence.last === null &&
    NAMING_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 40), hedged.start)) &&
    // (not a count with a verb of its own: "said about 8,000 were still in combat")
    !PREDICATE_AFTER.test(text.slice(hedged.tail, hedged.tail + 16)) &&
    !cues.events.some(
      (e) => EVENT_METRIC[e.kind as EventKind] !== undefined && e.start >= span.start && e.end <= span.end,
    )
      ? sentence.topic
      : null;
  // ("So how many are actually dead? / PARK: Seoul's last count, in April, was about six hundred.": the first count
  // of an answer, with no event word of its own, counts what the question asks)
  const toldOf =
    toldAnswer && sentence.indirect
      ? answerMetric(text, {
          start: sentence.indirect.start,
          end: Math.min(sentence.indirect.end, hedged.start),
        })
      : null;
  const askedOf =
    !namedPrior &&
    !saidOfTopic &&
    !answer &&
    noun === null &&
    sentence.question !== null &&
    sentence.last === null &&
    !PREDICATE_AFTER.test(text.slice(hedged.tail, hedged.tail + 16)) &&
    !cues.events.some((e) => e.start >= span.start && e.end <= span.end)
      ? answerMetric(text, sentence.question)
      : null;
  // (a sum counts what its parts count together: the force sent, or its losses)
  const summedOf = summed ? sumMetric(sentence.last?.metric ?? sentence.paragraphLast) : null;
  let classified =
    (summedOf ? { metric: summedOf, unit: 'troops' as Unit } : null) ??
    (thePrisoners ? { metric: 'captured' as Metric, unit: 'troops' as Unit } : null) ??
    (saidOfTopic ? { metric: saidOfTopic, unit: 'troops' as Unit } : null) ??
    toldOf ??
    ((bracketed ?? apposed)
      ? {
          metric: ((bracketed ?? apposed)?.[1] ? 'reinforcements' : 'deployed_total') as Metric,
          unit: 'troops' as Unit,
        }
      : null) ??
    askedOf ??
    (describedAs
      ? {
          metric: describedAs,
          unit: noun && NOUN_METRIC[noun.kind] ? (NOUN_METRIC[noun.kind]?.unit ?? 'troops') : 'troops',
        }
      : null) ??
    table?.metric ??
    (namedPrior ? { metric: namedPrior, unit: sentence.last?.unit ?? 'troops' } : null) ??
    (answer && sentence.question ? answerMetric(text, sentence.question) : null) ??
    classifyMetric(text, cues.events, {
      start: hedged.start,
      end: line?.start ?? hedged.tail,
      noun,
      sentence: line ?? span,
      otherNumbers,
      whole:
        sized ||
        (!named && WHOLE_AFTER.test(text.slice(hedged.tail, hedged.tail + 48))) ||
        STRENGTH_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 40), hedged.start)) ||
        (isWhole(text, span, hedged.start) &&
          (sentence.tokens.length > 1 ||
            FRACTION_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 40), hedged.start)))),
      part: PART_AFTER.test(text.slice(hedged.tail, hedged.tail + 12)),
      fractionOf:
        FRACTION_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 40), hedged.start)) ||
        // ("파병 1진 1만1천여 명 가운데 산 채로 붙잡힌 …": what befell a part of the whole, after it)
        PARTITIVE_AFTER.test(text.slice(hedged.tail, hedged.tail + 12)),
      previous:
        // ("전투병 약 1만 명과 공병 1천 명 등 모두 1만1천 명": the sum of troops and engineers counts troops)
        (sentence.last?.metric === 'workers_or_engineers' &&
        SUM_RIGHT_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 16), hedged.start)) &&
        TROOPS_WORD.test(text.slice(span.start, hedged.start))
          ? null
          : sentence.last?.metric) ??
        // ("Yonhap put the total sent since October 2024 at about 13,000": those sent, whatever came before)
        (isTotalSent(text, span.start, hedged.start) ? 'deployed_total' : null) ??
        (sentence.paragraphLast &&
        (QUANTITY.test(text.slice(span.start, hedged.start)) ||
          CORRECTION_BEFORE.test(text.slice(span.start, hedged.start)) ||
          REVISED_TO_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 48), hedged.start)) ||
          ESTIMATOR_HAD_BEFORE.test(text.slice(span.start, hedged.start)) ||
          // ("… 2천 명이 숨진 것으로 추정했다. 지난 4월 '최소 600명'이라던 수치를 …": Korean names the estimate after
          // its number)
          (KOREAN_ESTIMATE_AFTER.test(text.slice(hedged.tail, Math.min(span.end, hedged.tail + 24))) &&
            !TROOPS_WORD.test(text.slice(span.start, hedged.start))))
          ? sentence.paragraphLast
          : null) ??
        (noun === null || GENERIC_COUNT.test(text.slice(noun.start, noun.end)) ? sentence.topic : null),
      otherEnds: sentence.ends,
      itemOf: sentence.itemOf,
    });
  if (supplyShare || supplyRate) classified = { metric: 'munitions', unit: 'shells' };
  // (the sentence that says what a bare number counts names its loss anywhere in it, however far from the noun)
  if (soManyMetric && soManyMetric !== 'deployed_total' && classified.metric === 'deployed_total')
    classified = { ...classified, metric: soManyMetric };
  // "… 2,000 have been killed. In April the agency had put the toll at at least 600": a toll alone, after a count
  // of the dead and no word of the wounded, is the death toll
  if (
    classified.metric === 'casualties_total' &&
    (sentence.last?.metric ?? sentence.paragraphLast) === 'killed' &&
    BARE_TOLL.test(text.slice(span.start, span.end)) &&
    !WOUNDED_WORD.test(text.slice(Math.max(0, span.start - 300), span.start))
  )
    classified = { metric: 'killed', unit: classified.unit };
  // "близько 14 000 — разом із поповненням", "about 14,000 including the replacements": the whole, the
  // reinforcements in it
  if (
    classified.metric === 'reinforcements' &&
    (WITH_REINFORCEMENTS_AFTER.test(text.slice(hedged.tail, hedged.tail + 48)) ||
      // ("… 1천500여 명을 추가로 보내 … 북한군이 약 3천 명으로 늘었다", "bringing the total to about 3,000")
      RISEN_TO_AFTER.test(text.slice(hedged.tail, hedged.tail + 16)) ||
      TOTAL_TO_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 48), hedged.start)) ||
      // ("교체 병력 3천 명을 포함해 … 1만4천 명", "including 3,000 replacements, 14,000 in all")
      (sentence.last?.metric === 'reinforcements' &&
        INCLUDING_BETWEEN.test(text.slice(sentence.last.end, hedged.start))))
  )
    classified = { metric: 'deployed_total', unit: 'troops' };
  // "장교 500명과 장성 3명을 포함해 12,000명 가까이": the whole the officers and generals are part of
  if (
    classified.metric === 'other_nk' &&
    sentence.last?.metric === 'other_nk' &&
    (noun === null || GENERIC_COUNT.test(text.slice(noun.start, noun.end))) &&
    INCLUDING_BETWEEN.test(text.slice(sentence.last.end, hedged.start))
  )
    classified = { metric: 'deployed_total', unit: 'troops' };
  // "Von den 12.000 Entsandten sind viele gefallen": the people sent, whatever befell some of them
  if (sentOnes && classified.metric !== 'deployed_total' && classified.metric !== 'reinforcements')
    classified = { metric: 'deployed_total', unit: 'troops' };
  // "148 missiles … He expected about 150 more": more of the hardware counted before, not more troops
  if (
    classified.metric === 'reinforcements' &&
    noun === null &&
    (sentence.paragraphLast === 'munitions' || sentence.paragraphLast === 'equipment')
  )
    classified = { metric: sentence.paragraphLast, unit: sentence.paragraphLastUnit ?? 'pieces' };
  // "… and 5,000 military builders. In all, 6,000 people.", "a more cautious figure: about 8,000": after a
  // count of workers in the paragraph, a count of no one in particular counts workers too
  if (
    classified.metric === 'deployed_total' &&
    !sized &&
    !combatAfter &&
    !(noun !== null && TROOPS_WORD.test(text.slice(noun.start, noun.end))) &&
    (sentence.last?.metric ??
      sentence.paragraphLast ??
      // ("Загалом, за словами Шойгу, йдеться про 6000 осіб": the sum of the counts of the paragraph before)
      (SUM_WORD.test(text.slice(span.start, hedged.start)) ? sentence.recentLast : null)) ===
      'workers_or_engineers' &&
    (noun === null || GENERIC_COUNT.test(text.slice(noun.start, noun.end))) &&
    // (not a sum that has troops in it: "전투 병력 1만 명과 공병 1천 명 등 11,000여 명"; nor the total of all those sent)
    !TROOPS_WORD.test(text.slice(span.start, hedged.start)) &&
    !isTotalSent(text, span.start, hedged.start) &&
    // (nor a count said to be in Russia now: "Zelensky told Kyodo that about 10,000 were currently in Russia")
    !PRESENT_IN_RUSSIA_AFTER.test(text.slice(hedged.tail, hedged.tail + 40))
  )
    classified = { metric: 'workers_or_engineers', unit: 'personnel' };
  // "… 1000 Pionieren, dazu von rund 10 000 Soldaten, die an der Grenze Wache hielten": soldiers are no workers,
  // whatever was counted before them
  if (
    classified.metric === 'workers_or_engineers' &&
    noun !== null &&
    noun.kind === 'person' &&
    TROOPS_WORD.test(text.slice(noun.start, noun.end)) &&
    !WORKER_WORD.test(text.slice(noun.start, noun.end))
  )
    classified = { metric: 'deployed_total', unit: 'troops' };
  // "one of two soldiers taken alive by Ukrainian forces", "101 Porträts von Soldaten, die in Russland ums Leben
  // kamen": a clause right after the counted people says what befell them
  if (
    classified.metric === 'deployed_total' &&
    noun !== null &&
    noun.kind === 'person' &&
    noun.start >= hedged.tail
  ) {
    const clause = RELATIVE_AFTER.exec(text.slice(noun.end, noun.end + 16));
    if (clause) {
      const from = noun.end + clause[0].length;
      const stop = /[;:!?]|(?<!\d)\./.exec(text.slice(from, from + 80));
      const to = stop ? from + stop.index : Math.min(span.end, from + 80);
      const befell = cues.events.find(
        (e) =>
          e.start >= from &&
          e.end <= to &&
          (e.kind === 'captured' || e.kind === 'killed' || e.kind === 'wounded'),
      );
      if (befell)
        classified = {
          metric: EVENT_METRIC[befell.kind as EventKind] ?? classified.metric,
          unit: classified.unit,
        };
    }
  }
  // "Yonhap estimated the regiment's strength at about 1,000 men", after the engineer regiment came home: the
  // strength of a unit of engineers or builders named just before
  // ("KCNA never gave the unit's size; Yonhap put it at about 1,000", after the dead of the returned engineers: a
  // unit's size is its strength, whatever count of its dead came before)
  // (the dead counted before it in the same sentence are no loss of the unit's size: "Kim said nine of the
  // sappers had been killed; Yonhap put the size of the unit at about 1,000 engineers")
  const sizeAt = UNIT_SIZE.exec(text.slice(span.start, hedged.start));
  const unitSize = sizeAt !== null;
  const sizeFrom = span.start + (sizeAt?.index ?? 0);
  if (
    (classified.metric === 'deployed_total' ||
      classified.metric === 'other_nk' ||
      (unitSize &&
        (classified.metric === 'killed' || classified.metric === 'casualties_total') &&
        !cues.events.some((e) => CASUALTY_EVENTS.has(e.kind) && e.start >= sizeFrom && e.end <= span.end))) &&
    (noun === null ||
      GENERIC_COUNT.test(text.slice(noun.start, noun.end)) ||
      noun.kind === 'person' ||
      noun.kind === 'worker') &&
    (unitSize || namesRegimentBefore(text, span.start, hedged.start)) &&
    // (in the number's own paragraph, or the one before when its sentence opens the paragraph: a unit's context
    // blocks before it may reach the extractor as stand-ins)
    WORKER_WORD.test(text.slice(unitFrom(text, span.start), span.end))
  )
    classified = { metric: 'workers_or_engineers', unit: 'personnel' };
  // "a staggering toll for a force that numbered 11,000": the force's strength, whatever its losses
  if (
    !(noun && !HUMAN_KINDS.has(noun.kind)) &&
    (FORCE_NUMBERED_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 48), hedged.start)) ||
      // "약 2천500명 규모 부대", "1만2천 명 전원": the size of a force, all of it
      KOREAN_STRENGTH_AFTER.test(text.slice(hedged.tail, hedged.tail + 14)) ||
      // "would lose all 12,000 men", "wären alle 12.000 außer Gefecht": the whole force, not a loss count
      (ALL_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 24), hedged.start)) &&
        !CASUALTY_RIGHT_AFTER.test(text.slice(hedged.tail, hedged.tail + 24))))
  )
    classified = { metric: 'deployed_total', unit: 'troops' };
  // "Одне з укриттів вміщує 120 людей", "지금 남아 있는 사람은 740명입니다": on a line about the local scene (residents,
  // shelters, a clinic), a count of no one in particular whose sentence names neither North Korea, its troops, an
  // event nor an estimate is the town's, not the force's
  if (
    classified.metric === 'deployed_total' &&
    !table &&
    !line &&
    !namedPrior &&
    !describedAs &&
    (noun === null || GENERIC_COUNT.test(text.slice(noun.start, noun.end))) &&
    !cues.nk.some((c) => c.start >= span.start && c.end <= span.end) &&
    !cues.events.some((c) => c.start >= span.start && c.end <= span.end) &&
    !TROOPS_WORD.test(text.slice(span.start, span.end)) &&
    !ESTIMATE_WORD.test(text.slice(span.start, span.end)) &&
    // (not the force spoken of by a pronoun: "Їх було близько 1 500. Це … учнів у двох великих школах")
    !(
      (token.value ?? 0) >= 1000 &&
      THERE_WERE_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 32), hedged.start))
    ) &&
    LOCAL_SCENE.test(lineAround(text, span))
  )
    return null;
  // "В заявке КНДР было 21 человек", "most of them 16 or 17", "키커 5명 가운데 4명": a team's players, their ages and
  // its kickers, in a sentence of sport that names neither troops nor an event of the war
  if (
    PERSON_METRICS.has(classified.metric) &&
    !table &&
    !cues.events.some((c) => c.start >= span.start && c.end <= span.end) &&
    !TROOPS_WORD.test(text.slice(span.start, span.end)) &&
    SPORT_WORD.test(text.slice(span.start, span.end))
  )
    return null;
  // "Сейчас в роте 64 бойца, из них 27 — пилоты", "두 명의 드론 조종사": a drone unit's own people (Ukraine's, in
  // this war), counted in a sentence that does not name North Korea
  if (
    PERSON_METRICS.has(classified.metric) &&
    !table &&
    !cues.nk.some((c) => c.start >= span.start && c.end <= span.end) &&
    DRONE_CREW.test(text.slice(span.start, span.end))
  )
    return null;
  // "the share of clips showing engineers rose from under 5 per cent to 29 per cent": a percentage is a share
  // of the ammunition or of the force lost, never a count of people sent or working
  // ("близько 4 тисяч бойових втрат, або приблизно 40% угруповання": the same losses as a share)
  if (
    percent > 0 &&
    !supplyShare &&
    (classified.metric === 'workers_or_engineers' ||
      classified.metric === 'deployed_total' ||
      classified.metric === 'reinforcements' ||
      classified.metric === 'other_nk' ||
      classified.metric === 'captured')
  ) {
    const lost = lossShare && forceShare ? lossShareMetric(cues.events, span) : sentence.last?.metric;
    if (lost !== 'killed' && lost !== 'wounded' && lost !== 'casualties_total') return null;
    classified = { metric: lost, unit: 'troops' };
  }
  // "단거리탄도미사일 7발을 한꺼번에 발사한", "North Korea fired seven missiles into the sea": North Korea's own
  // launches at home, in a sentence that names no other side and no delivery
  // (an estimator named in the sentence is no other side: "За оцінкою південнокорейських військових, було випущено
  // близько 200 снарядів")
  if (
    (classified.metric === 'munitions' || classified.metric === 'equipment') &&
    !table &&
    FIRED_WORD.test(text.slice(span.start, span.end)) &&
    !WAR_TARGET.test(text.slice(span.start, span.end)) &&
    !SUPPLY.test(text.slice(span.start, span.end)) &&
    !cues.other.some(
      (c) =>
        c.start >= span.start &&
        c.end <= span.end &&
        !ATTRIBUTED_BEFORE.test(text.slice(Math.max(span.start, c.start - 24), c.start)) &&
        // (where the fired shells fell is no side: "вони впали в буферній зоні")
        !/^(?:упал|впал|прилет|приліт)/.test(text.slice(c.start, c.end)),
    ) &&
    !cues.otherWeak.some((c) => c.start >= span.start && c.end <= span.end)
  )
    return null;
  // "a missile strike that killed at least 12 people and injured about 90", "공습을 받아 최소 12명이 숨지고": the
  // victims of a strike on a city, not the soldiers of either side
  if (
    (classified.metric === 'killed' ||
      classified.metric === 'wounded' ||
      classified.metric === 'casualties_total') &&
    (noun !== null
      ? GENERIC_COUNT.test(text.slice(noun.start, noun.end))
      : PEOPLE_WORD.test(text.slice(span.start, span.end))) &&
    !TROOPS_WORD.test(text.slice(span.start, span.end)) &&
    STRIKE_WORD.test(text.slice(span.start, span.end))
  )
    return null;
  const perDay =
    PER_DAY.test(text.slice(hedged.tail, hedged.tail + 40)) ||
    PER_DAY_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 40), hedged.start));
  if (
    perDay &&
    !(
      RATE_METRICS.has(classified.metric) &&
      (cues.nk.some((c) => c.start >= span.start && c.end <= span.end) ||
        // "die Einheit verliere rund 92 Mann am Tag": the force spoken of, named before; or the institute that
        // estimated its losses a day ("Das ISW rechnete damals mit etwa 92 Verlusten am Tag")
        (sentence.carried === 'nk' &&
          !cues.other.some((c) => c.start >= span.start && c.end <= span.end) &&
          FORCE_SUBJECT.test(text.slice(span.start, span.end))))
    )
  )
    return null;
  if (noun && !HUMAN_KINDS.has(noun.kind)) {
    if (!sentence.warContext) return null;
    // North Korea's own arsenal ("북한군은 야포 8800여 문을 보유", "verfügt über 5500 Raketenwerfer"), not aid
    if (!hardware && POSSESSES.test(text.slice(span.start, span.end))) return null;
    if (!hardware && HOME_INVENTORY.test(paragraphAround(text, span, 240))) return null;
    if (!hardware && sentence.homeArmy) return null;
  }
  // "In China arbeiten Zehntausende Nordkoreaner", "за кордоном працювало від 50 до 100 тисяч громадян КНДР": workers
  // abroad elsewhere, in a sentence that names no Russia
  if (
    (classified.metric === 'workers_or_engineers' ||
      // ("North Korea's workers abroad were estimated at as many as 100,000 people": the workers, counted as people)
      (classified.metric === 'deployed_total' &&
        (WORKERS_WORD.test(text.slice(span.start, span.end)) ||
          // ("well over a hundred of them across China and Southeast Asia": no troops of the war are there)
          COUNTRY_ELSEWHERE.test(text.slice(span.start, span.end))))) &&
    ABROAD_ELSEWHERE.test(text.slice(span.start, span.end)) &&
    !RUSSIA_WORD.test(text.slice(span.start, span.end))
  )
    return null;
  const biggest = token.value ?? token.high ?? 0;
  // North Korea's whole army or its special forces ("1.2 million", "200,000 special forces", "128만 대군"): no
  // estimate of the deployment, its losses or its prisoners comes near; only a forecast may ("could grow to 100,000")
  if (
    !percent &&
    PERSON_METRICS.has(classified.metric) &&
    biggest >= FORECAST_MAX &&
    // ("Пхеньян готує ще 100 000 бійців", "Kim schickt 100.000 weitere Soldaten", "500,000 more North Koreans are on
    // their way", "10만 명을 더 보낸다", "10만 대군 추가 파병": a claim of more troops, however inflated, is no count
    // of the army at home, unless it counts millions or the reserve: "ещё 600 тыс. в резерве")
    (biggest >= MAX_MORE_CLAIM ||
      RESERVE.test(text.slice(span.start, span.end)) ||
      (!MORE_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 12), hedged.start)) &&
        !MORE_AFTER.test(text.slice(hedged.tail, hedged.tail + 12)) &&
        !/^[\s\u00a0]?(?:명|대군)?[\s\u00a0]?추가/.test(text.slice(hedged.tail, hedged.tail + 8)))) &&
    (biggest >= HOME_ARMY ||
      (hedged.qualifier !== 'up_to' &&
        !FORECAST.test(text.slice(span.start, span.end)) &&
        // ("es seien hunderttausend Nordkoreaner in Russland", "Kim hat 100.000 Mann an die Front geschickt": a
        // claim of the deployment, however inflated)
        !IN_RUSSIA_AFTER.test(text.slice(hedged.tail, hedged.tail + 56)) &&
        !IN_RUSSIA_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 40), hedged.start)) &&
        !ARRIVED_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 24), hedged.start)) &&
        // ("북한군 10만 명이 와 있다", "10만 명이 이미 러시아에 있다": there, however many)
        !/^[\s\u00a0]?명[이은을]?[\s\u00a0]?(?:(?:와|들어와|건너와|가)[\s\u00a0]?있|(?:이미[\s\u00a0]?|벌써[\s\u00a0]?)?(?:러시아|쿠르스크)(?:에|로|[\s\u00a0]?(?:갔|보냈|파병))|파병)/.test(
          text.slice(hedged.tail, hedged.tail + 14),
        )))
  ) {
    sentence.homeArmy = true;
    return null;
  }
  // "Syrskyi put Russia's losses in the Kursk operation at no fewer than 80,000": more than any claim of the
  // force's own losses, however inflated (the largest seen are 40,000 killed), so another army's
  if (
    !percent &&
    biggest >= MAX_NK_LOSSES &&
    (classified.metric === 'killed' ||
      classified.metric === 'wounded' ||
      classified.metric === 'casualties_total' ||
      classified.metric === 'captured')
  )
    return null;
  // "Beide Seiten übergaben je 150 Soldaten", "390 prisoners handed over by each side": Russia's and Ukraine's
  // prisoners, swapped one for one
  if (
    (PERSON_METRICS.has(classified.metric) || classified.metric === 'captured') &&
    EACH_SIDE.test(text.slice(span.start, span.end)) &&
    EXCHANGE_WORD.test(text.slice(span.start, span.end)) &&
    !cues.nk.some((c) => c.start >= span.start && c.end <= span.end)
  )
    return null;
  // "Thousands of soldiers marched past the reviewing stand", "열병 종대에는 수천 명의 장병이 참가": a parade's ranks
  if (
    PERSON_METRICS.has(classified.metric) &&
    PARADE.test(text.slice(span.start, span.end)) &&
    !cues.events.some((e) => e.start >= span.start && e.end <= span.end)
  )
    return null;
  // The home army's strength by branch after its white-paper total ("상비병력은 약 128만 명이다. 육군 110만 명, 해군
  // 6만 명 …"): a sentence with no word of sending, fighting or losing counts no one in Russia's war
  if (
    PERSON_METRICS.has(classified.metric) &&
    HOME_INVENTORY.test(text.slice(Math.max(0, span.start - 240), span.end)) &&
    !cues.events.some((e) => e.start >= span.start && e.end <= span.end) &&
    !WAR_CONTEXT.test(text.slice(span.start, span.end))
  )
    return null;
  // People come whole: "12.1명" after "1천 명당" is a rate, not a count.
  if (!percent && PERSON_METRICS.has(classified.metric) && !Number.isInteger(biggest)) return null;
  // A share with nothing to say what it is a share of ("90% of its trade", "grew 3.7%") is no figure: a
  // percentage needs its counted thing or an event of its own, not the deployment default.
  // "won falls 0.6%", "stieg um 3 Prozent": a change, not a share
  if (
    percent &&
    (PERCENT_CHANGE_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 24), hedged.start)) ||
      // "(+0.8%)", "사상자 추정치가 약 28% 늘어난": a signed share, or a Korean verb of change after it
      /[+−±][\s\u00a0]?$/.test(text.slice(Math.max(span.start, token.start - 2), token.start)) ||
      PERCENT_BY_BEFORE.test(text.slice(Math.max(span.start, token.start - 32), token.start)) ||
      KOREAN_CHANGE_AFTER.test(text.slice(hedged.tail, hedged.tail + 8)) ||
      // "a 10% saving on shells", "при скидке в 80–90%": a discount, not a share of anything
      DISCOUNT_WORD.test(text.slice(Math.max(span.start, hedged.start - 24), hedged.tail + 16)))
  )
    return null;
  if (
    percent &&
    !lossShare &&
    !supplyShare &&
    (noun === null || (classified.metric === 'deployed_total' && !HUMAN_KINDS.has(noun.kind)))
  )
    return null;
  // "by April the spy agency was saying about fifteen thousand all told": a total, whatever the count before it
  // ("Across Russia as a whole, we assess the total to be in the range of 11,000 to 12,000", after an increase: the
  // total named before it)
  if (
    classified.metric === 'reinforcements' &&
    (TOTAL_AFTER.test(text.slice(hedged.tail, hedged.tail + 24)) ||
      cues.events.some((e) => e.kind === 'total' && e.start >= span.start && e.end <= hedged.start)) &&
    !cues.events.some((e) => e.kind === 'reinforce' && e.start >= span.start && e.end <= span.end)
  )
    classified = { metric: 'deployed_total', unit: 'troops' };
  // "an increase of about 2,000 since we last briefed", "etwa 2000 mehr als bei der vorigen Lageeinschätzung",
  // "지난주 평가보다 2천 명가량 늘어난": troops added to the force, not the force
  if (
    classified.metric === 'deployed_total' &&
    (INCREASE_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 24), hedged.start)) ||
      INCREASE_AFTER.test(text.slice(hedged.tail, hedged.tail + 40)) ||
      // ("북한이 3차 파병을 준비하고 있으며 그 규모를 6천 명 정도로": the size of the further dispatch just named)
      (/그[\s\u00a0]?규모[를는가은]?[\s\u00a0]*$/.test(
        text.slice(Math.max(span.start, hedged.start - 8), hedged.start),
      ) &&
        cues.events.some((e) => e.kind === 'reinforce' && e.start >= span.start && e.end <= hedged.start)))
  )
    classified = { metric: 'reinforcements', unit: 'troops' };
  if (missing && (noun === null || noun.start >= hedged.tail))
    classified = { metric: 'other_nk', unit: 'troops' };
  // "the prisoners belonged to a group of about 2,500 fighters", "належали до групи з близько 2,5 тис. бійців": the
  // strength of the unit they came from, not more prisoners
  if (
    classified.metric === 'captured' &&
    GROUP_OF_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 24), hedged.start))
  )
    classified = { metric: 'deployed_total', unit: 'troops' };
  // "이 가운데 1천 명가량은 공병이라고": the count said to be engineers or builders (Korean puts what they are last)
  if (
    classified.metric === 'deployed_total' &&
    KOREAN_ARE_WORKERS_AFTER.test(text.slice(hedged.tail, hedged.tail + 40))
  )
    classified = { metric: 'workers_or_engineers', unit: 'troops' };
  // "к примерно 11 тыс. военных … добавились более 3 тыс.": the count added to is the force, not what was added
  if (
    classified.metric === 'reinforcements' &&
    ADDED_TO_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 8), hedged.start)) &&
    cues.events.some((e) => e.kind === 'reinforce' && e.start >= hedged.tail && e.end <= span.end)
  )
    classified = { metric: 'deployed_total', unit: 'troops' };
  // "Сложив, получаем около 14 тыс.", "Adding the two, that makes roughly 14,000", '이 둘을 더해 "1만4천 명"': a sum
  // of the force and its reinforcements is the force's total
  if (
    classified.metric === 'reinforcements' &&
    (SUM_BEFORE.test(text.slice(span.start, hedged.start)) ||
      KOREAN_SUM_BEFORE.test(text.slice(Math.max(span.start, hedged.start - 12), hedged.start)))
  )
    classified = { metric: 'deployed_total', unit: 'troops' };
  // "Anfang 2025 kamen noch ungefähr 3.000 dazu": troops added to the force are reinforcements
  if (added && classified.metric === 'deployed_total')
    classified = { metric: 'reinforcements', unit: 'troops' };
  // "наприкінці 2017 року в країні перебувало понад 30 тисяч громадян КНДР": North Korea's workers abroad under
  // the sanctions, in a sentence dated between 2000 and the war only
  if (
    !percent &&
    (PERSON_METRICS.has(classified.metric) || classified.metric === 'workers_or_engineers') &&
    datesBeforeWar(text.slice(span.start, span.end), hedged.start - span.start)
  )
    return null;
  const figure = toFigure(
    orig,
    lang,
    token,
    hedged,
    percent ? 'percent' : classified.unit,
    classified.metric,
  );
  // (the hardware of a figure read, not of a count dropped: "the total sent in two rounds at about 15,000")
  if (noun && !HUMAN_KINDS.has(noun.kind)) sentence.lastNoun = noun;
  sentence.last = figure;
  return figure;
}

/**
 * A determiner right before a number that stands alone: "mit den 11.000", "тех самых 11 тысяч", "цих 12 мільйонів";
 * or a possessive one, the figure someone else gave ("your 10,000", "с вашими 10 тысячами", "Ihre 10.000").
 */
const REPEAT_BEFORE =
  /(?:^|[^a-zа-яёіїєґäöüß])(?:the|these|those|all|your|die|der|den|diesen|jenen|dieser|alle|allen|ihre[nr]?|eure[nr]?|тех(?:\s+самых)?|этих|эти|те|все|всех|ваш(?:и|их|ими|ей|ем)?|тих(?:\s+самих)?|цих|ці|ті|всі|усі|всіх|усіх|ваші|ваших|вашими|тих\s+же|тех\s+же)[\s\u00a0]+(?:(?:famous|infamous|same|magic|headline|familiar|original|earlier|much-quoted|oft-quoted|oft-cited|often-cited|widely[\s\u00a0]+(?:cited|quoted)|berühmten|berüchtigten|gleichen|знаменит(?:ых|ые)|пресловут(?:ых|ые)|горезвестн(?:ых|ые)|знамениті|знаменитих|горезвісн(?:і|их)|сумнозвісн(?:і|их))[\s\u00a0]+)?$/;
/**
 * A number that opens a turn or a sentence, at most after a speaker's label and one word ("М. В.: Шесть тысяч —
 * это …", "Чекайте, шістсот — це …"), and is said to be something: the count just given, taken up again.
 */
const OPENS_REPEAT_BEFORE =
  /^[\s\u00a0"'„“«—–*-]*(?:[^\s:.!?*]+\.?(?:[\s\u00a0]*[^\s:.!?*]+\.?){0,3}:\**[\s\u00a0]*)?(?:[^\s,.!?\d]+,[\s\u00a0]+)?$/;
const IS_SOMETHING_AFTER = /^[\s\u00a0]+[—–][\s\u00a0]+(?:это|це|das|that|this|dies)(?![a-zа-яёіїєґäöüß])/;
/** A clause after a bare number that says who spoke of it: ", про які говорив", ", von denen … sprach". */
const SPOKEN_OF_AFTER =
  /^[\s\u00a0]*(?:[a-zа-яёіїєґäöüß.]{1,6}[\s\u00a0]*)?,[\s\u00a0]*(?:про[\s\u00a0]+(?:які|котрі|которые)|о[\s\u00a0]+которых|von[\s\u00a0]+denen|(?:that|which)[\s\u00a0])[^.;\d]{0,40}?(?:говори|казав|казала|сказав|сказала|называл|говорил|сказал|пише|пишуть|писав|писала|писали|пишет|пишут|писал|sprach|nannte|erwähnte|schreibt|schrieb|talked|spoke|cited|mentioned|writes|wrote)/;
/** …and nothing it counts after it: a break, a relative pronoun, or the end. */
const REPEAT_AFTER =
  /^[\s\u00a0]*(?:[,.;:?!)–—]|$|(?:who|that|which|die|der|що|які|котрі|что|которые)(?![a-zа-яёіїєґäöüß]))/;
/** "그 6천이라는 숫자": Korean names a number spoken of as "that N, so called". */
const KOREAN_REPEAT_BEFORE = /(?:^|[^가-힣])그[\s\u00a0]+$/;
const KOREAN_REPEAT_AFTER = /^(?:이)?라는[\s\u00a0]/;

/**
 * A reading of a number that figureFor left without a figure, from its words and the figures before it (`out`, from
 * `from` on): a repeat, a sum, a number said, an estimator's number, a difference.
 * @returns the figure; null when the reading does not apply.
 */
type FigureFallback = (
  text: string,
  orig: string,
  lang: Lang,
  token: NumberToken,
  sentence: SentenceState,
  out: readonly Figure[],
  from: number,
) => Figure | null;

/**
 * A number that repeats an earlier figure of the text by its value alone ("the 11,000", "тех самых 11
 * тысяч, что прибыли первыми", "Частина цих 12 мільйонів"): it counts what that figure counted.
 * @param from where the earlier figure may start: its own paragraph or the MAX_CARRY before it, as far as a
 *   subject carries (the browser reads a page in units of a few blocks and must find the same repeats).
 * @returns null unless a determiner stands before the number, nothing it counts follows it, and an earlier
 *   figure from `from` on has the same value.
 */
const repeatedFigure: FigureFallback = (text, orig, lang, token, sentence, out, from) => {
  if (out.length === 0 || token.value === null || token.vague || sentence.excluded) return null;
  // (or a clause after it that says who spoke of it: "4 тисячі, про які говорив Зеленський у Рамштайні")
  const spokenOf = token.value >= 100 && SPOKEN_OF_AFTER.test(text.slice(token.end, token.end + 64));
  if (
    !spokenOf &&
    !REPEAT_BEFORE.test(text.slice(Math.max(sentence.span.start, token.start - 16), token.start)) &&
    !(
      IS_SOMETHING_AFTER.test(text.slice(token.end, token.end + 8)) &&
      OPENS_REPEAT_BEFORE.test(text.slice(sentence.span.start, token.start))
    ) &&
    !(
      KOREAN_REPEAT_AFTER.test(text.slice(token.end, token.end + 4)) &&
      KOREAN_REPEAT_BEFORE.test(text.slice(Math.max(sentence.span.start, token.start - 4), token.start))
    )
  )
    return null;
  // (a thousand or more may go on with a clause of its own: "the 11,000 stuck anyway", "the 3,500 Yu described",
  // "zu den 6000 hinzu"; never a compound such as "the 1,000-km front")
  const after = text.slice(token.end, token.end + 12);
  if (
    !REPEAT_AFTER.test(after) &&
    !KOREAN_REPEAT_AFTER.test(after) &&
    !(token.value >= 1000 && /^[\s\u00a0]+[^\s\d-]/.test(after))
  )
    return null;
  const earlier = out.findLast((f) => f.start >= from && f.value === token.value && f.unit !== 'percent');
  if (!earlier) return null;
  return {
    ...earlier,
    text: orig.slice(token.start, token.end),
    start: token.start,
    end: token.end,
    qualifier: 'exact',
    lang,
  };
};

/** A spoken sum right before a number: "which gives you around 14,000", "Macht zusammen über 3.000", "в сумме за …". */
const SUM_SPOKEN_BEFORE =
  /(?:(?:which|that)[\s\u00a0]+(?:gives|makes)(?:[\s\u00a0]+(?:you|us))?|macht[\s\u00a0]+zusammen|das[\s\u00a0]+ergibt|в[\s\u00a0]+сумме(?:[\s\u00a0]+(?:перевалило|вышло)[\s\u00a0]+за)?|у[\s\u00a0]+сумі(?:[\s\u00a0]+(?:вийшло|виходить))?|(?:합치면|더하면))[\s\u00a0,]*(?:(?:about|some|around|roughly|over|more[\s\u00a0]+than|etwa|rund|über|mehr[\s\u00a0]+als|около|более|близько|понад|약)[\s\u00a0]+)?$/;

/**
 * A number given as the sum of the figures before it on its line ("more than 11,000 … and about 3,000 more, which
 * gives you around 14,000"; "rund 300 gefallen und rund 2.700 verwundet. Macht zusammen über 3.000"): the force's
 * total when it adds up those sent, its casualties when it adds up its dead and wounded. It must be at least the
 * largest of them.
 * @returns the figure; null when no spoken sum stands right before the number, or the figures before it in the
 *   paragraph are not two such parts of one whole.
 */
const summedFigure: FigureFallback = (text, orig, lang, token, sentence, out, from) => {
  if (token.value === null || token.vague || sentence.excluded) return null;
  if (!SUM_SPOKEN_BEFORE.test(text.slice(Math.max(from, token.start - 48), token.start))) return null;
  const hedged = attachQualifier(text, token, token.end, sentence.span.start, sentence.span.end);
  // (its parts are on its own line, a transcript's question and answer sharing a paragraph; else in the paragraph,
  // the turn before it giving them)
  const line = Math.max(from, text.lastIndexOf('\n', token.start) + 1);
  const summed = findSumParts(out, line, token.start) ?? findSumParts(out, from, token.start);
  if (summed === null) return null;
  const metric: Metric =
    summed[0]?.metric === 'killed' || summed[0]?.metric === 'wounded' ? 'casualties_total' : 'deployed_total';
  if (token.value < Math.max(...summed.map((f) => f.value ?? f.high ?? 0))) return null;
  const base = summed[summed.length - 1] as Figure;
  return {
    ...base,
    text: orig.slice(hedged.start, hedged.end),
    start: hedged.start,
    end: hedged.end,
    metric,
    qualifier: hedged.qualifier,
    value: token.value,
    low: null,
    high: null,
    lang,
  };
};

/**
 * The figures in [from, to) that a sum adds up: the dead and the wounded (both), or two counts of those sent.
 * @returns them; null when there are no such parts.
 */
function findSumParts(out: readonly Figure[], from: number, to: number): Figure[] | null {
  const parts = out.filter((f) => f.start >= from && f.end <= to && f.unit !== 'percent');
  const losses = parts.filter((f) => f.metric === 'killed' || f.metric === 'wounded');
  if (losses.some((f) => f.metric === 'killed') && losses.some((f) => f.metric === 'wounded')) return losses;
  const troops = parts.filter((f) => f.metric === 'deployed_total' || f.metric === 'reinforcements');
  return troops.length >= 2 ? troops : null;
}

/**
 * The last figure in [from, to) of about `value`'s size (within a factor of two), not a percentage.
 * @returns it; undefined when there is none.
 */
function findFigureOfSize(
  out: readonly Figure[],
  from: number,
  to: number,
  value: number,
): Figure | undefined {
  return out.findLast(
    (f) =>
      f.start >= from &&
      f.end <= to &&
      f.unit !== 'percent' &&
      (f.value ?? f.high ?? 0) * 2 >= value &&
      (f.value ?? f.high ?? 0) <= value * 2,
  );
}

/** A verb of saying or naming right before a bare number: "Zelensky kept saying 12,000", "я бачив вісімнадцять тисяч". */
const SAID_BEFORE =
  /(?:^|[^\p{L}])(?:says?|said|saying|called|calls|cited|quoted|(?:i|we)(?:\s+have|'ve)?\s+(?:seen|heard|read)|sagt|sagte|sagen|nannte|nennt|nennen|spricht\s+von|sprach\s+von|gelesen|gehört|говорит|говорил[аи]?|говорят|говорим|называл[аи]?|называет|называем|называют|сказал[аи]?|видел[аи]?|читал[аи]?|пишут|писали|каже|казав|казала|кажуть|кажете|кажемо|називав|називала|називає|називаємо|називають|сказав|сказала|бачив|бачила|читав|читала|пишуть)(?:\s+(?:постоянно|всегда|всё\s+время|постійно|весь\s+час|завжди|immer|stets|always|constantly|repeatedly))?(?:\s+(?:о|об|про|von))?\s+$/u;
/** After a bare number, the Korean quote that says it was said: "1만2천이라고 했고". */
const KOREAN_SAID_AFTER = /^(?:이)?라고[\s\u00a0]?(?:했|하|말|밝|주장)/;
/** What may follow a number said with nothing counted after it: a break, a word joining the next, or where it applies. */
const SAID_ALONE_AFTER =
  /^[\s\u00a0]*(?:[,.;:?!)–—]|$|(?:and|or|und|oder|и|или|і|й|та|або|чи)[\s\u00a0]|(?:on\s+the\s+front|in\s+(?:kursk|russia|total)|an\s+der\s+front|in\s+kursk|на\s+фронт[іе]|в\s+курск|у\s+курськ)(?![\p{L}]))/u;

/**
 * A thousand or more given as what someone said, saw or named, with nothing counted after it ("Zelensky kept saying
 * 12,000", "я бачив вісімнадцять тисяч", "젤렌스키 대통령은 계속 1만2천이라고 했고"), after figures of the force in
 * the paragraphs the subject carries over: a count of what the last of them within a factor of two of it counted.
 * @returns the figure; null when no verb of saying stands right before the number (or no Korean quote after it), the
 *   number is below a thousand or counts a noun after it, or no figure of about its size comes before it within the
 *   carry.
 */
const quotedFigure: FigureFallback = (text, orig, lang, token, sentence, out, from) => {
  const value = token.value ?? token.high;
  if (value === null || value < 1000 || token.vague || sentence.excluded) return null;
  // (what it counts is what an earlier figure of about its size counted: "I have seen 15,000" after 14,000 sent, not
  // after 4,700 casualties)
  const earlier = findFigureOfSize(out, from, token.start, value);
  if (!earlier) return null;
  const hedged = attachQualifier(text, token, token.end, sentence.span.start, sentence.span.end);
  if (earlier.end > hedged.start) return null;
  const before = text.slice(Math.max(sentence.span.start, hedged.start - 40), hedged.start);
  const after = text.slice(token.end, token.end + 24);
  const said = SAID_BEFORE.test(before) ? SAID_ALONE_AFTER.test(after) : KOREAN_SAID_AFTER.test(after);
  if (!said) return null;
  return {
    ...earlier,
    text: orig.slice(hedged.start, hedged.end),
    start: hedged.start,
    end: hedged.end,
    qualifier: hedged.qualifier,
    value: token.value,
    low: token.low,
    high: token.low !== null ? token.high : null,
    lang,
  };
};

/**
 * An estimator's possessive right before a number's hedge: "the NIS's about 2,000", "the UK Ministry of Defence's
 * more than 6,000", "the monitoring team's about 8,000", "Seoul's 12,000". The possessor is an agency, an office, a
 * capital or a person who gives estimates, never a country's army ("Russia's 600,000").
 */
const ESTIMATOR_POSSESSIVE_BEFORE =
  /(?:^|[^\p{L}])(?:nis|jcs|staff|defen[cs]e|ministry|mod|pentagon|agency|service|intelligence|team|panel|monitors|seoul|kyiv|washington|zelensky|zelenskyy|budanov|isw|gur|hur|msmt|dia|cia|nato|office|command|spokesman|spokeswoman|chief|president|minister|officials|analysts|institute|center|centre)['’]s?[\s\u00a0]+(?:(?:own|new|latest|revised|earlier|first|later|lower|higher|updated|older)[\s\u00a0]+)?$/u;
/** After a number an estimator gave with nothing counted after it: a break, a date in brackets, a joining word. */
const POSSESSED_ALONE_AFTER =
  /^[\s\u00a0]*(?:[,.;:?!)–—]|$|\((?:[a-z]+\s+)?\d|(?:for|in|by|as\s+of)[\s\u00a0]+(?:[a-z]+[\s\u00a0]+)?\d|(?:and|or|but|while|which|against|versus|vs)[\s\u00a0])/u;

/**
 * A number given as an estimator's, with nothing counted after it ("the NIS's about 2,000 (September 2, 2025)", "the
 * UK Ministry of Defence's more than 6,000 … and the NIS's about 6,000"), in a sentence of North Korea's force: a
 * count of what the sentence's last event word before it names ("death estimate", "casualties"), else what the
 * sentence before named without a number ("Killed and wounded together."), else what the last figure of about its
 * size within the carry counted. English only (other languages put the estimator after the number or in a phrase).
 * @returns the figure; null when no estimator's possessive stands right before the number's hedge, the number is
 *   below a hundred, counts a noun after it, stands outside North Korea's subject, or nothing tells its metric.
 */
const possessiveFigure: FigureFallback = (text, orig, lang, token, sentence, out, from) => {
  const value = token.value ?? token.high;
  if (lang !== 'en' || value === null || value < 100 || token.vague || sentence.excluded) return null;
  if (sentence.carried !== 'nk' && sentence.cues.nk.length === 0) return null;
  if (!POSSESSED_ALONE_AFTER.test(text.slice(token.end, token.end + 24))) return null;
  const hedged = attachQualifier(text, token, token.end, sentence.span.start, sentence.span.end);
  const before = text.slice(Math.max(sentence.span.start, hedged.start - 48), hedged.start);
  if (!ESTIMATOR_POSSESSIVE_BEFORE.test(before)) return null;
  const earlier = findFigureOfSize(out, from, hedged.start, value);
  const metric = namedMetric(sentence.cues, hedged.start) ?? sentence.topic ?? earlier?.metric ?? null;
  if (metric === null) return null;
  // (hardware is counted in its own units: those of an earlier figure of it)
  const hardware = metric === 'munitions' || metric === 'equipment';
  if (hardware && earlier?.metric !== metric) return null;
  return {
    text: orig.slice(hedged.start, hedged.end),
    start: hedged.start,
    end: hedged.end,
    metric,
    unit: hardware && earlier ? earlier.unit : 'personnel',
    qualifier: hedged.qualifier,
    value: token.low !== null ? null : token.value,
    low: token.low,
    high: token.low !== null ? token.high : null,
    lang,
  };
};

/**
 * After a number, a comparison that makes it a difference between two counts: "2,000 fewer than", "1,000 above
 * that sum", "на тысячу больше", "на 4 тисячі більше", "4000 mehr als", "1천 명 많다" (counted noun allowed between).
 */
const DIFFERENCE_AFTER =
  /^[\s\u00a0]*(?:(?:soldiers|troops|men|people|personnel|mann|soldaten|человек|солдат|военных|осіб|військових|солдатів|명)[\s\u00a0]*)?(?:(?:more|fewer|less|higher|lower|greater|larger|smaller|bigger)[\s\u00a0]+than|above|below|short[\s\u00a0]+of|mehr[\s\u00a0]+als|weniger[\s\u00a0]+als|больше|меньше|выше|ниже|більше|менше|вище|нижче|(?:이|가)?[\s\u00a0]?(?:많|적|늘|줄|웃돌|밑돌))(?![a-z])/u;
/** Before a number, a word of difference: "the difference of", "a gap of", "Unterschied von", "разница в", "різниця у". */
const DIFFERENCE_BEFORE =
  /(?:difference|gap|discrepancy|shortfall)[\s\u00a0]+of[\s\u00a0]+$|(?:unterschied|differenz|abstand|lücke)[\s\u00a0]+von[\s\u00a0]+$|(?:разница|разрыв|расхождение)[\s\u00a0]+(?:в|составляет|составила|составлял)[\s\u00a0]+$|(?:різниця|розрив|розбіжність)[\s\u00a0]+(?:у|в|становить|склала|становила)[\s\u00a0]+$|(?:차이|격차)[는가]?[\s\u00a0]?$/u;
/** The comparatives of DIFFERENCE_AFTER and the words of DIFFERENCE_BEFORE, anywhere: a cheap test first. */
const COMPARISON_WORD =
  /more|fewer|less|higher|lower|greater|larger|smaller|bigger|above|below|short|mehr|weniger|больше|меньше|выше|ниже|більше|менше|вище|нижче|많|적|늘|줄|웃돌|밑돌/;
const DIFFERENCE_WORD =
  /difference|gap|discrepancy|shortfall|unterschied|differenz|abstand|lücke|разниц|разрыв|расхожд|різниц|розрив|розбіжн|차이|격차/;
/** Russian and Ukrainian say a difference with "на" before the number and the comparative after it. */
const DIFFERENCE_NA_BEFORE = /(?:^|[\s\u00a0(])на[\s\u00a0]+$/;

/**
 * A number that is the difference between two counts of the force ("or 2,000 fewer than the spy agency's spring
 * count", "на тысячу больше", "der Unterschied von rund 1000 Mann"), in a sentence of North Korea's force, after a
 * figure larger than it within the carry: a count of what that figure counted (the corpus marks a difference with
 * the metric of what it compares).
 * @returns the figure; null when no word of difference stands around the number, it is below a hundred, stands
 *   outside North Korea's subject, or no larger figure comes before it.
 */
const differenceFigure: FigureFallback = (text, orig, lang, token, sentence, out, from) => {
  const value = token.value;
  if (value === null || value < 100 || token.vague || sentence.excluded) return null;
  if (sentence.carried !== 'nk' && sentence.cues.nk.length === 0) return null;
  // (a year before a hedge of the next number: "im Juni 2025 mehr als 6000")
  if (token.plain && value >= 1900 && value <= 2100) return null;
  // (most numbers have no word of comparison near them: tested before the hedge is read)
  if (
    !COMPARISON_WORD.test(text.slice(token.end, token.end + 48)) &&
    !DIFFERENCE_WORD.test(text.slice(Math.max(sentence.span.start, token.start - 48), token.start))
  )
    return null;
  const hedged = attachQualifier(text, token, token.end, sentence.span.start, sentence.span.end);
  const before = text.slice(Math.max(sentence.span.start, hedged.start - 32), hedged.start);
  const comparison = DIFFERENCE_AFTER.exec(text.slice(hedged.tail, hedged.tail + 40));
  // (a comparative right before another number hedges that one: "2024 more than 11,000")
  const after =
    comparison !== null &&
    !/^[\s\u00a0]*(?:the[\s\u00a0]+)?[\d~≈]/.test(
      text.slice(hedged.tail + comparison[0].length, hedged.tail + comparison[0].length + 8),
    );
  const isDifference =
    DIFFERENCE_BEFORE.test(before) ||
    (after && (lang === 'ru' || lang === 'uk' ? DIFFERENCE_NA_BEFORE.test(before) : true));
  if (!isDifference) return null;
  const compared = out.findLast(
    (f) =>
      f.start >= from && f.end <= hedged.start && f.unit !== 'percent' && (f.value ?? f.high ?? 0) > value,
  );
  if (!compared) return null;
  return {
    ...compared,
    text: orig.slice(hedged.start, hedged.end),
    start: hedged.start,
    end: hedged.end,
    qualifier: hedged.qualifier,
    value,
    low: null,
    high: null,
    lang,
  };
};

/** Items of a sorted list that start inside [from, to), found by walking a cursor forward. */
function takeWithin<T extends { start: number }>(
  list: readonly T[],
  cursor: { i: number },
  from: number,
  to: number,
): T[] {
  while (cursor.i < list.length && (list[cursor.i]?.start ?? 0) < from) cursor.i++;
  const out: T[] = [];
  let j = cursor.i;
  while (j < list.length && (list[j]?.start ?? 0) < to) out.push(list[j++] as T);
  return out;
}

/** Per-sentence state: local cues, numbers, and the owner carried in from earlier sentences. */
function buildStates(
  text: string,
  spans: readonly Span[],
  tokens: readonly NumberToken[],
  cues: ParagraphCues,
  inherited: boolean,
  warContext: boolean,
  asked: Span | null,
  past: readonly boolean[],
  list: ListTopic,
): SentenceState[] {
  const at = {
    nk: { i: 0 },
    other: { i: 0 },
    weak: { i: 0 },
    excluded: { i: 0 },
    events: { i: 0 },
    tokens: { i: 0 },
  };
  let nkSeen = false;
  let otherSeen = false;
  let question: Span | null = null;
  /** Sentences of the answer read so far without a number. */
  let preamble = 0;
  let prevNumbers = 0;
  let prevTopic: Metric | null = null;
  /** What the list these sentences may be items of counts (ListTopic), from before or from a sentence here. */
  let listTopic = list.topic;
  /** Whether the line the current sentence lies on is a list item (LIST_ITEM). */
  let lineItem = false;
  let prevExcluded = false;
  let prevAfterTopic = false;
  /**
   * The sentence before named a unit of the other side and no North Korean ("Bataillon 420 Mann. Heute sind es
   * noch 260, 23 seiner Soldaten sind gefallen"): a sentence that names no North Korean goes on with that unit.
   */
  let prevOnlyOther = false;
  const namesUnit = (c: Cue): boolean => UNIT_WORD.test(text.slice(c.start, c.end)) && !isHostCue(text, c);
  let indirect: Span | null = null;
  return spans.map((span, i) => {
    const prev = i > 0 ? spans[i - 1] : undefined;
    const told = INDIRECT_HOW_MANY.exec(text.slice(span.start, span.end));
    if (told && !isHowManyQuestion(text, span)) {
      // (the clause of the question ends at its comma: "wie viele … gefallen sind, bekommt …")
      const start = span.start + told.index;
      const stop = CLAUSE_END.exec(text.slice(start + told[0].length, span.end));
      indirect = { start, end: stop ? start + told[0].length + stop.index : span.end };
    }
    // A how-many question, and the answers that follow it as questions of their own ("Elftausend, wie Seoul
    // sagte? Zwölftausend, wie Kiew sagte?")
    // (an answer may open with a sentence or two without a number: "Well, it depends who you ask, and when.")
    question =
      prev === undefined
        ? asked !== null &&
          (scriptOf(text.slice(asked.start, asked.end)) === scriptOf(text.slice(span.start, span.end)) ||
            REPLY_HEADER.test(text.slice(span.start, span.end)))
          ? asked
          : null
        : isHowManyQuestion(text, prev)
          ? prev
          : question !== null &&
              (text.slice(prev.start, prev.end).trimEnd().endsWith('?') ||
                (preamble < ANSWER_PREAMBLE && prevNumbers === 0 && isSpokenSentence(text, prev)) ||
                // (or a reply's header: "↳ @kobzar_osint · 28 бер.")
                REPLY_HEADER.test(text.slice(prev.start, prev.end)))
            ? question
            : null;
    preamble = question !== null && question === asked && prev !== undefined ? preamble + 1 : 0;
    // ("Q3. 포로는 몇 명입니까? 수백 명이 잡혔다는 글도 봤습니다. A. 두 명입니다.": the answer marked as such answers the
    // question asked before it in its paragraph, whatever the reader added after it)
    if (question === null && ANSWER_MARK.test(text.slice(span.start, span.start + 12))) {
      for (const earlier of spans.slice(0, i).reverse()) {
        if (!isHowManyQuestion(text, earlier)) continue;
        question = earlier;
        break;
      }
    }
    const local: ParagraphCues = {
      nk: takeWithin(cues.nk, at.nk, span.start, span.end),
      other: takeWithin(cues.other, at.other, span.start, span.end),
      otherWeak: takeWithin(cues.otherWeak, at.weak, span.start, span.end),
      excluded: takeWithin(cues.excluded, at.excluded, span.start, span.end),
      events: takeWithin(cues.events, at.events, span.start, span.end),
    };
    const own = takeWithin(tokens, at.tokens, span.start, span.end);
    prevNumbers = own.length;
    const carried: 'nk' | 'none' =
      (otherSeen && !nkSeen) || (prevOnlyOther && local.nk.length === 0)
        ? 'none'
        : inherited || nkSeen
          ? 'nk'
          : 'none';
    prevOnlyOther = local.nk.length === 0 && (local.other.some(namesUnit) || local.otherWeak.some(namesUnit));
    // "… 34 тисяч перебіжчиків. У 2024 році їх було 236": a pronoun goes on speaking of whom the sentence before excluded
    const excluded =
      past[i] === true ||
      local.excluded.length > 0 ||
      (prevExcluded && local.nk.length === 0 && PRONOUN_BEFORE.test(text.slice(span.start, span.end)));
    prevExcluded = excluded;
    const topic = prevTopic;
    // (the line the sentence starts on: "Столбец 4. 4 ноября 2024 года, Пентагон: 11–12 тыс." is one item; a line is
    // read once, at its first sentence)
    if (prev === undefined || text.lastIndexOf('\n', span.start - 1) >= prev.start)
      lineItem = isListItem(text, text.lastIndexOf('\n', span.start - 1) + 1);
    const item = lineItem;
    const itemOf = item ? listTopic : null;
    const afterTopic = prevAfterTopic;
    // ("Она отправляет в Россию снаряды для пушек. … их уже больше 10 миллионов": shells named without a number are
    // what a bare count right after counts)
    prevTopic =
      own.length === 0
        ? (lastEventMetric(local.events) ??
          (MUNITIONS_TOPIC.test(text.slice(span.start, span.end)) ? 'munitions' : null))
        : null;
    // (what a list's introduction says its items count: "Estimated North Korean casualties (killed and wounded)
    // … / - Column 1, 23 December 2024, JCS: about 1,100")
    if (prevTopic !== null) listTopic = prevTopic;
    list.topic = listTopic;
    prevAfterTopic =
      own.length === 0 && (local.events.length > 0 || QUANTITY.test(text.slice(span.start, span.end)));
    nkSeen ||= local.nk.length > 0;
    // (a speaker giving a number is no change of subject: "the Ukrainians … said nearly twelve thousand")
    // (an army that only speaks, or is asked about as the captor, does not change whose force the text goes on about)
    otherSeen ||= local.other.some(
      (c) =>
        !isSpeakerCue(text, c, local.events, span.end, own) &&
        !isAskedCaptor(text, c) &&
        !isIntelligenceCue(text, c) &&
        !isOpponentCue(text, c) &&
        !isHostCue(text, c),
    );
    return {
      span,
      cues: local,
      carried,
      warContext,
      excluded: excluded,
      tokens: own.map((t) => t.start),
      ends: own.map((t) => t.end),
      lastNoun: null,
      last: null,
      paragraphLast: null,
      question,
      indirect,
      topic,
      afterTopic,
      item,
      itemOf,
    };
  });
}

/** Words that refer back to North Korea's force (NK_ANAPHOR_PARTS), in lower-cased text. */
const NK_ANAPHOR = new RegExp(NK_ANAPHOR_PARTS.join('|'), 'g');
const NK_ANAPHOR_ANY = new RegExp(NK_ANAPHOR_PARTS.join('|'));

/** Whether lower-cased text holds a word that refers back to North Korea's force. */
function hasAnaphor(text: string): boolean {
  return NK_ANAPHOR_ANY.test(text);
}

/**
 * The paragraph's words that refer back to North Korea's force, merged into its North Korea cues: they name it
 * when a paragraph close before named it (after a paragraph about Russian units, "The contingent has since lost
 * about 4,000"). Returns the cues unchanged when there is none.
 */
function addAnaphors(text: string, paragraph: Span, cues: ParagraphCues): ParagraphCues {
  const found: { start: number; end: number }[] = [];
  // (searched in the paragraph's own text: a search of the whole text would run to its end for every paragraph)
  const own = text.slice(paragraph.start, paragraph.end);
  NK_ANAPHOR.lastIndex = 0;
  for (let m = NK_ANAPHOR.exec(own); m !== null; m = NK_ANAPHOR.exec(own)) {
    const start = paragraph.start + m.index;
    if (!cues.nk.some((c) => c.start <= start && start < c.end))
      found.push({ start, end: start + m[0].length });
  }
  if (found.length === 0) return cues;
  return { ...cues, nk: [...cues.nk, ...found].sort((a, b) => a.start - b.start) };
}

/**
 * ">10M", "2.8M rounds": a capital M joined to the digits is million (the lower-case text the scanner reads
 * cannot tell it from metres; a metre is never written with a capital).
 * @returns the token unchanged when no capital M follows it.
 */
function capitalMillion(orig: string, token: NumberToken): NumberToken {
  if (
    !token.digits ||
    token.vague ||
    orig.charAt(token.end) !== 'M' ||
    /[\p{L}\d]/u.test(orig.charAt(token.end + 1))
  )
    return token;
  const scale = (n: number | null) => (n === null ? null : n * 1e6);
  return {
    ...token,
    end: token.end + 1,
    value: scale(token.value),
    low: scale(token.low),
    high: scale(token.high),
    plain: false,
  };
}

/**
 * What a list's introduction says its items count, handed from paragraph to paragraph: the metric a sentence
 * without a number names ("Estimates of North Korean casualties (killed and wounded):"), for the bare numbers of
 * the list items after it. Null when the paragraph before named none or was no list item nor introduction.
 */
interface ListTopic {
  topic: Metric | null;
}

/**
 * A list item: a bullet, or a chart's column, bar or line with its number ("- 23 December 2024, JCS: about
 * 1,100", "• 13 січня 2025 р.: понад 3 тис.", "막대 2: 2025년 1월 13일, 국가정보원 — 3,000명 이상").
 */
const LIST_ITEM =
  /^[\s\u00a0]*(?:[-•*·▪►●][\s\u00a0]|(?:column|bar|line|point|series|säule|balken|linie|punkt|столбец|столбик|линия|точка|стовпчик|стовпець|лінія|막대|선|점)[\s\u00a0]*\d{1,2}[\s\u00a0]*[:.,)—–-])/i;

/** The first characters of LIST_ITEM's markers and words (lower case): a line starting otherwise is no item. */
const LIST_ITEM_FIRST = new Set('-•*·▪►●cblpsстлм막선점');

/** Whether the line from `at` is a list item (LIST_ITEM); the text is lower-cased. */
function isListItem(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0) i++;
  return LIST_ITEM_FIRST.has(text.charAt(i)) && LIST_ITEM.test(text.slice(i, i + 24));
}

/**
 * A verb of sending or going right after a bare number, its subject ("… went over", "… had been sent") or, after
 * "they"/"Pyongyang", its object ("… they first sent"), in English.
 */
const SENT_AFTER =
  /^[\s\u00a0]+(?:(?:that|who|whom)[\s\u00a0]+)?(?:(?:they|it|pyongyang|kim|the[\s\u00a0]+north|north[\s\u00a0]+korea)[\s\u00a0]+(?:first[\s\u00a0]+|initially[\s\u00a0]+|originally[\s\u00a0]+)?(?:had[\s\u00a0]+|has[\s\u00a0]+)?(?:sent|deployed|dispatched)|(?:(?:have|had|has)[\s\u00a0]+)?(?:(?:been|were)[\s\u00a0]+)?(?:went|gone|arrived|sent|deployed|dispatched|crossed)(?:[\s\u00a0]+(?:over|in|into|to|across))?)(?![a-z])/;

/** A list item's label before its value ("13 січня 2025 р.: ", "NIS — "), and the value's end after it. */
const ITEM_VALUE_BEFORE = /[:：—–][\s\u00a0]*$/;
const ITEM_VALUE_AFTER = /^(?:[\s\u00a0]*(?:[.;,([]|$)|명)/;

/**
 * The text of a sentence and up to `reach` characters before and after it within its paragraph (a blank line ends
 * it: the paragraph before may be a context block the content script cuts to a stand-in), or reaching into the
 * paragraphs before when they may name North Korea.
 */
function paragraphAround(text: string, sentence: Span, reach: number): string {
  const from = Math.max(0, sentence.start - reach);
  let gap = text.lastIndexOf('\n\n', sentence.start);
  // (into the paragraphs before when they may name North Korea: the content script never cuts such a block)
  if (gap >= from && NK_STEMS.test(text.slice(from, gap))) gap = -1;
  const next = text.indexOf('\n\n', sentence.end);
  const to = Math.min(next < 0 ? text.length : next, sentence.end + reach);
  return text.slice(gap >= from ? gap + 2 : from, to);
}

/** What a paragraph hands on: whether North Korea carries over, and whether the paragraph named it. */
interface Carry {
  carries: boolean;
  named: boolean;
  /** The paragraph names another side (Russia, Ukraine …); false when its cues were not read. */
  other: boolean;
}

/**
 * Whether another army named in a paragraph owns nothing there: a captor asked about, an intelligence service, a
 * witness, or no owner at all (isOwnerCue). Such a cue does not end the force's subject.
 */
function ownsNothing(text: string, c: Cue): boolean {
  return (
    isAskedCaptor(text, c) || isIntelligenceCue(text, c) || isWitnessCue(text, c) || !isOwnerCue(text, c)
  );
}

/** Characters of a paragraph that gives a number on its own, with a label at most ("Number of the week: 2,000"). */
const SO_MANY_LINE = 40;

/** Extracts one paragraph; returns what carries over to the next paragraph. */
function extractParagraph(
  text: string,
  orig: string,
  lang: Lang,
  paragraph: Span,
  inherited: boolean,
  warContext: boolean,
  out: Figure[],
  repeatFrom: number,
  resumable: boolean,
  asked: Span | null,
  pastBefore: boolean,
  borderBefore: boolean,
  /** Whether the paragraph may be at the inter-Korean border (mayBeAtBorder): its sentences are read for it. */
  border: boolean,
  list: ListTopic,
): Carry {
  // A paragraph that nothing carries into and that holds no stem of a North Korea cue has no figure, and
  // carries nothing on: its cues are not collected (most paragraphs of a long page).
  const own = text.slice(paragraph.start, paragraph.end);
  // (a list's items take what its introduction counts; any other paragraph may introduce a list: until its
  // sentences say so, and when it returns early, nothing is introduced)
  const item = isListItem(text, paragraph.start);
  const listIn = item ? list.topic : null;
  list.topic = null;
  // ("ZAHL DES TAGES / 2.000 / So viele nordkoreanische Soldaten …": a number on its own, which the paragraph after
  // says is that many of the force, is read as if the force had been named before it)
  // (the force named in the words that say what is counted: "So viele nordkoreanische Soldaten", not "So viele
  // Besucher kamen, Nordkorea war kein Thema")
  const soMany =
    !inherited && own.length <= SO_MANY_LINE && /\d/.test(own)
      ? SO_MANY_AFTER.exec(text.slice(paragraph.end, paragraph.end + 48))
      : null;
  if (soMany) {
    const from = paragraph.end + soMany[0].length;
    if (NK_STEMS.test(text.slice(from, from + 28))) inherited = true;
  }
  if (!inherited && !NK_STEMS.test(own) && !(resumable && hasAnaphor(own)))
    return { carries: false, named: false, other: false };
  const found = collectCues(text, paragraph.start, paragraph.end);
  const named = found.nk.length > 0;
  // Words that refer back to the force name it too, where North Korea was named shortly before.
  const cues = inherited || resumable ? addAnaphors(text, paragraph, found) : found;
  const firstNk = cues.nk[0];
  const carry = {
    // (an army named as the captor asks or says nothing of its own losses: "How many prisoners have the Ukrainians
    // taken?" is answered with North Koreans; nor does one that only tells what it saw, or owns nothing named)
    carries: firstNk !== undefined || (inherited && cues.other.every((c) => ownsNothing(text, c))),
    named,
    other: cues.other.length > 0,
  };
  if (!firstNk && !inherited) return carry;
  const sentences = findSentences(orig, paragraph.start, paragraph.end);
  let firstIdx = inherited ? 0 : sentences.findIndex((s) => firstNk !== undefined && s.end > firstNk.start);
  // "Die Zahl: 1100 / So viele nordkoreanische Soldaten …": the number before says how many
  const opening = sentences[firstIdx];
  if (
    firstIdx > 0 &&
    opening &&
    (SO_MANY_AFTER.test(text.slice(opening.start, opening.start + 24)) ||
      endsWithNumberLine(text, sentences[firstIdx - 1] as Span))
  )
    firstIdx--;
  const first = sentences[firstIdx];
  if (!first) return carry;
  const tokens = shareScales(text, scanNumbers(text, lang, first.start, paragraph.end, true)).map((t) =>
    capitalMillion(orig, t),
  );
  // isNonFigure once per token: the states count only the others, and figureFor skips the same ones
  const nonFigures = new Set(tokens.filter((t) => isNonFigure(text, t)));
  const counted = tokens.filter((t) => !nonFigures.has(t));
  // (an army that only speaks, giving a number, owns nothing either: "The Ukrainians said nearly twelve thousand."
  // keeps the force the subject of the next paragraph)
  if (!carry.carries && inherited && firstNk === undefined)
    carry.carries = cues.other.every(
      (c) => ownsNothing(text, c) || isSpeakerCue(text, c, cues.events, paragraph.end, counted),
    );
  // sentences of another time (past-era.ts) or place (the inter-Korean border: korean-border.ts), from the
  // paragraph's first sentence on
  let pastNow = pastBefore;
  let borderNow = borderBefore;
  const past = sentences.map((s) => {
    const sentence = text.slice(s.start, s.end);
    pastNow = followsPast(readEra(sentence), pastNow);
    if (border) borderNow = followsBorder(readPlace(sentence), borderNow);
    return pastNow || borderNow;
  });
  list.topic = listIn;
  const figuresBefore = out.length;
  const states = buildStates(
    text,
    sentences.slice(firstIdx),
    counted,
    cues,
    inherited,
    warContext,
    firstIdx === 0 ? asked : null,
    past.slice(firstIdx),
    list,
  );

  let si = 0;
  for (const token of tokens) {
    while (si < states.length && (states[si]?.span.end ?? 0) <= token.start) si++;
    const state = states[si];
    if (!state || token.start < state.span.start) continue;
    const lastOut = out[out.length - 1];
    if (!state.last)
      state.paragraphLast = lastOut && lastOut.start >= paragraph.start ? lastOut.metric : null;
    if (!state.last) state.paragraphLastUnit = lastOut?.unit;
    if (!state.last && lastOut && lastOut.start >= repeatFrom) state.recentLast = lastOut.metric;
    const fig =
      figureFor(text, orig, lang, token, state, state.cues, nonFigures.has(token)) ??
      repeatedFigure(text, orig, lang, token, state, out, repeatFrom) ??
      summedFigure(text, orig, lang, token, state, out, paragraph.start) ??
      quotedFigure(text, orig, lang, token, state, out, repeatFrom) ??
      possessiveFigure(text, orig, lang, token, state, out, repeatFrom) ??
      differenceFigure(text, orig, lang, token, state, out, repeatFrom);
    if (!fig) continue;
    const prev = out[out.length - 1];
    if (prev && fig.start < prev.end) {
      if (token.start < prev.end) continue;
      fig.start = token.start;
      fig.text = orig.slice(fig.start, fig.end);
    }
    out.push(fig);
  }
  addChangeEnds(text, orig, lang, tokens, states, nonFigures, out, figuresBefore, repeatFrom);
  // (a paragraph that is no list item and has figures of its own introduces no list)
  if (!item && out.length > figuresBefore) list.topic = null;
  return carry;
}

/** Metrics whose count the force's default metric at the other end of a change gives way to. */
const COUNTS_OF_SAME_KIND: ReadonlySet<Metric> = new Set<Metric>([
  'killed',
  'wounded',
  'casualties_total',
  'captured',
  'munitions',
  'equipment',
]);

/**
 * "from about 300 in January to about 600 by April", "von 3000 auf rund 10.000", "'1천만'에서 '1천200만'으로",
 * "1만2천→1만5천→1만1천": the ends of a change count one thing. An end the paragraph's reading left without a figure
 * becomes one, with the metric of the other end's figure; a change neither of whose ends is one, in a sentence
 * about North Korea's force, counts what an earlier figure of the same value counted ("Von 3000 auf 4000 in gut
 * zwei Wochen", after "mehr als 3000 … 4000"). Adds to `out` in place, keeping it in order.
 */
function addChangeEnds(
  text: string,
  orig: string,
  lang: Lang,
  tokens: readonly NumberToken[],
  states: readonly SentenceState[],
  nonFigures: ReadonlySet<NumberToken>,
  out: Figure[],
  from: number,
  repeatFrom: number,
): void {
  if (tokens.length < 2) return;
  // (the paragraph's own figures, from `from` on: no copy of the list per lookup)
  const figureAt = (start: number): Figure | undefined => {
    for (let k = from; k < out.length; k++) {
      const f = out[k] as Figure;
      if (f.start <= start && start < f.end) return f;
    }
    return undefined;
  };
  for (let round = 0; round < 3; round++) {
    let added = false;
    let si = 0;
    for (const token of tokens) {
      while (si < states.length && (states[si]?.span.end ?? 0) <= token.start) si++;
      const state = states[si];
      if (!state || token.start < state.span.start || state.excluded || nonFigures.has(token)) continue;
      if (token.vague) continue;
      const index = state.tokens.indexOf(token.start);
      const mine = figureAt(token.start);
      if (mine) {
        // (both ends figures: the force's default metric gives way to the losses or the hardware the other end
        // counts: "Кількість загиблих … зросла з 300 до 600")
        if (round === 0 && mine.metric === 'deployed_total')
          for (const other of findChangeEnds(text, index, state.tokens, state.ends)) {
            const theirs = figureAt(state.tokens[other] as number);
            if (theirs && theirs !== mine && COUNTS_OF_SAME_KIND.has(theirs.metric)) {
              mine.metric = theirs.metric;
              mine.unit = theirs.unit;
              break;
            }
          }
        continue;
      }
      for (const other of findChangeEnds(text, index, state.tokens, state.ends)) {
        const otherStart = state.tokens[other] as number;
        let metricOf = figureAt(otherStart);
        if (!metricOf) {
          // (neither end a figure: an earlier figure of the same value, in a sentence about the force)
          const otherToken = tokens.find((t) => t.start === otherStart);
          const nk =
            state.carried === 'nk' ||
            state.cues.nk.some((c) => c.start >= state.span.start && c.end <= state.span.end);
          // (nor when the sentence names another army: "Russia's own army lost not 11,000 but 30,000 men")
          const other = [...state.cues.other, ...state.cues.otherWeak].some(
            (c) => c.start >= state.span.start && c.end <= state.span.end,
          );
          if (!nk || other || !otherToken || otherToken.vague) continue;
          metricOf = out.findLast(
            (f) =>
              f.start >= repeatFrom &&
              f.end <= state.span.start &&
              f.unit !== 'percent' &&
              f.low === null &&
              (f.value === token.value || f.value === otherToken.value),
          );
          if (!metricOf) continue;
        }
        const fig = changeEndFigure(text, orig, lang, token, state, metricOf, other > index);
        if (!fig) continue;
        const at = out.findIndex((f) => f.start > fig.start);
        if (at >= 0 && at < from) continue;
        if (at >= 0 && (out[at] as Figure).start < fig.end) continue;
        const before = out[at < 0 ? out.length - 1 : at - 1];
        if (before && before.end > fig.start) continue;
        if (at < 0) out.push(fig);
        else out.splice(at, 0, fig);
        added = true;
        break;
      }
    }
    if (!added) return;
  }
}

/**
 * The figure of one end of a change whose other end counts what `partner` counts: its own hedge, the partner's
 * metric and unit. "до 2 тысяч" as the new value is no "up to".
 * @returns null for a percentage beside a count (or the other way round), for a vague amount, and for two values
 *   more than fifty times apart.
 */
function changeEndFigure(
  text: string,
  orig: string,
  lang: Lang,
  token: NumberToken,
  sentence: SentenceState,
  partner: Figure,
  isOld: boolean,
): Figure | null {
  const percent = matchPercent(text, token.end);
  if (token.vague || percent > 0 !== (partner.unit === 'percent')) return null;
  // (an estimate changes within an order of magnitude or so; "the two systems …, up from 200" are no two ends)
  const [mine, theirs] = [token.value ?? token.high ?? 0, partner.value ?? partner.high ?? 0];
  if (mine <= 0 || theirs <= 0 || Math.max(mine, theirs) > 50 * Math.min(mine, theirs)) return null;
  const span = sentence.span;
  let hedged = attachQualifier(text, token, token.end + percent, span.start, span.end);
  const opener = isOld ? null : CHANGE_TO.exec(text.slice(hedged.start, token.start));
  if (opener)
    hedged = attachQualifier(text, token, token.end + percent, hedged.start + opener[0].length, span.end);
  return toFigure(orig, lang, token, hedged, partner.unit, partner.metric);
}

/** The figure of a number read with its hedge (the span covers both), as counting `metric` in `unit`. */
function toFigure(
  orig: string,
  lang: Lang,
  token: NumberToken,
  hedged: Hedged,
  unit: Unit,
  metric: Metric,
): Figure {
  return {
    text: orig.slice(hedged.start, hedged.end),
    start: hedged.start,
    end: hedged.end,
    value: token.value,
    low: token.low,
    high: token.high,
    unit,
    metric,
    qualifier: hedged.qualifier,
    lang,
  };
}

/** Those who count North Korea's force for the public: Seoul's spy agency, its military, lawmakers briefed (lower case). */
const CITES_COUNTERS =
  /(?<![\p{L}])(?:nis|jcs|spy\s+agency|intelligence\s+service|lawmakers?|нрс|нис|нср|розвідк|разведк|депутат|geheimdienst|nachrichtendienst|abgeordnete|국정원|국가정보원|합참|합동참모본부|의원)/u;

/** A text's end without the mark that ends a sentence. */
const OPEN_END = /[\p{L}\d,][\s\u00a0]*$/u;
/** A time alone on the first line, then text in lower case. */
const TIME_THEN_LOWER = /^[^\n]*\n[\s\u00a0]*\p{Ll}/u;

/**
 * Whether a block that starts with a time goes on with the speech of the block before it (a caption's cue time):
 * the block before ends no sentence and the text after the time starts in lower case.
 */
function continuesSpeech(previous: string | null, own: string): boolean {
  return previous !== null && OPEN_END.test(previous) && TIME_THEN_LOWER.test(own);
}

/** Between two readings of one count that share the scale word of the second: "11 or 12 thousand". */
const SHARED_SCALE_GAP = /^[\s\u00a0]*(?:or|oder|або|чи|или|либо)[\s\u00a0]+$/;

/**
 * "Одинадцять чи дванадцять тисяч", "11 or 12 thousand": the first number takes the scale of the second (the
 * factor that brings it nearest, a thousand, ten thousand or a million), as a reader does.
 * @returns the tokens, with such first numbers scaled; the same array when there is none.
 */
function shareScales(text: string, tokens: NumberToken[]): NumberToken[] {
  let out: NumberToken[] | null = null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] as NumberToken;
    const b = tokens[i + 1] as NumberToken;
    if (a.value === null || a.vague || a.value >= 1000 || b.value === null || b.value < 1000) continue;
    if (!SHARED_SCALE_GAP.test(text.slice(a.end, b.start)) || /\d$/.test(text.slice(b.start, b.end)))
      continue;
    const factor = [1000, 10_000, 1_000_000].find((f) => {
      const scaled = (a.value as number) * f;
      return scaled >= (b.value as number) / 2 && scaled <= (b.value as number) * 2;
    });
    if (!factor) continue;
    out ??= [...tokens];
    out[i] = { ...a, value: a.value * factor, plain: false };
  }
  return out ?? tokens;
}

/** Footnote markers of encyclopedias and reports: "[14]", "[a]". */
const FOOTNOTE = /\[(?:\d{1,3}|[a-z])\]/g;

/**
 * The text with footnote markers blanked to spaces of the same length ("about 1,500[14] North Korean troops"):
 * they are no numbers, and a figure's noun or hedge reads past them. Offsets stay the same.
 */
function blankFootnotes(text: string): string {
  const bracketed = text.includes('[') ? text.replace(FOOTNOTE, (m) => ' '.repeat(m.length)) : text;
  // a note's number glued to the end of a sentence, as a PDF's superscript is copied: "of the winter.9 By"
  const glued = bracketed.replace(
    GLUED_FOOTNOTE,
    (m, end: string, digits: string) => end + ' '.repeat(digits.length),
  );
  // a note's number set in superscript after a word or a mark: "приближается к тысяче⁴;" (not a unit's power: "m²")
  return hasSuperscript(glued) ? glued.replace(SUPERSCRIPT_NOTE, (m) => ' '.repeat(m.length)) : glued;
}

/** The superscript digits ("¹²³" are Latin-1; a one-byte string cannot hold the others, found at once). */
const SUPERSCRIPTS = '¹²³⁰⁴⁵⁶⁷⁸⁹';

function hasSuperscript(text: string): boolean {
  for (const digit of SUPERSCRIPTS) if (text.includes(digit)) return true;
  return false;
}
const SUPERSCRIPT_NOTE = /(?<=[\p{L}.,;:!?)»"”’])(?<![mм])[⁰¹²³⁴-⁹]+/gu;

/** Digits right after a sentence's last letter and full stop, before a space and a word (the text is lower-cased). */
const GLUED_FOOTNOTE = /([a-zа-яёіїєґäöüß)»”"]\.)(\d{1,2})(?=[\s\u00a0]+\S)/g;

/** Characters drawn as a dash between a number and what it counts: a box-drawing line, a horizontal bar. */
const BAR_DASH = /[─━―]/;
const BAR_DASH_ALL = /[─━―]/g;

/** Options of extractFigures. */
export interface ExtractOptions {
  /** The language (detected from the text when absent). */
  lang?: Lang;
  /**
   * The text is part of a page that names North Korea (a unit the content script sends): it need only hold one
   * of the extractor's North Korea cues ("Корейці …", "Kims Soldaten"), not one of the page gate's names.
   */
  partOfPage?: boolean;
  /**
   * The page the text is part of names North Korea repeatedly (the content script counts its mentions), as a
   * whole text that does: a paragraph that speaks of the force or its losses before naming North Korea further
   * on is about it from its first sentence (speaksOfForceBefore), though the unit itself names it less often.
   */
  pageTopic?: boolean;
}

/**
 * A subheading that asks a question, as an FAQ's ("Are more troops coming?", "Was liefert Nordkorea sonst?"): one
 * short line ending in a question mark.
 */
function isQuestionHeading(own: string): boolean {
  const line = own.trim();
  // (not an interviewer's turn: "Q: And personally?", "MAYA: And how many …?")
  return (
    line.length <= QUESTION_HEADING_MAX &&
    !line.includes('\n') &&
    !line.includes(':') &&
    /[?？]["'»”“]?$/.test(line)
  );
}

/** A question subheading is shorter than this. */
const QUESTION_HEADING_MAX = 100;

/** Whether a paragraph (lower-cased) speaks of the force or its losses before it names North Korea further on. */
function speaksOfForceBefore(paragraph: string): boolean {
  GATE_ALL.lastIndex = 0;
  const named = GATE_ALL.exec(paragraph);
  // (or a word that refers back to the force: "… больше половины первоначального контингента")
  const anaphor = NK_ANAPHOR_ANY.exec(paragraph);
  const first = Math.min(named?.index ?? Infinity, anaphor?.index ?? Infinity);
  return first !== Infinity && first > 0 && FORCE_OR_LOSSES.test(paragraph.slice(0, first));
}

/** Figures found in a compacted text, at their offsets in the text as given. */
function mapFigures(figures: Figure[], compact: CompactText, orig: string): Figure[] {
  return figures.map((fig) => {
    const start = compact.toOriginal(fig.start);
    const end = compact.toOriginal(fig.end - 1) + 1;
    return { ...fig, start, end, text: orig.slice(start, end) };
  });
}

/** "of them", "of the posts", "davon", "з них", "из них" right after a number: a part of a set. */
const PART_OF_AFTER =
  /^[\s\u00a0]+(?:of[\s\u00a0]+(?:them|these|those|the[\s\u00a0]+(?!(?:contingent|force|troops|soldiers|men|dead|wounded|fallen|injured|prisoners|north|korean|dprk|deployment|wave|engineers|sappers|units?)(?![a-z]))[a-z]+)|davon|von[\s\u00a0]+ihnen|з[\s\u00a0]+них|із[\s\u00a0]+них|из[\s\u00a0]+них)(?![\p{L}])/u;
/** "out of", "из", "із" right before a number: the whole a count before it is part of. */
const WHOLE_OF_BEFORE = /(?:out[\s\u00a0]+of|из|із)[\s\u00a0]+$/;

/**
 * Whether a bare number is a part ("31 of them") or the whole ("19 days out of 46") of what the number before it in
 * its sentence counts, when that number is a count of something ("214 houses", "19 days") that gave no figure.
 */
function isPartOfOtherCount(
  text: string,
  token: NumberToken,
  hedged: { start: number; tail: number },
  sentence: SentenceState,
): boolean {
  const part = PART_OF_AFTER.test(text.slice(hedged.tail, hedged.tail + 40));
  if (
    !part &&
    !WHOLE_OF_BEFORE.test(text.slice(Math.max(sentence.span.start, hedged.start - 8), hedged.start))
  )
    return false;
  const from = Math.max(sentence.span.start, hedged.start - 160);
  const before = COUNT_BEFORE.exec(text.slice(from, hedged.start));
  if (!before) return false;
  const end = from + before.index + (before[1] as string).length;
  // (a part of a figure is one: "4,000 battle casualties, roughly 1,000 of them dead")
  if (sentence.last !== null && sentence.last.end >= end) return false;
  const digits = before[1] as string;
  if (/^(?:1[89]|20)\d\d$/.test(digits)) return false;
  // (a part is no more than its whole: "two medal ceremonies, 101 of them at the first" are the dead)
  const whole = Number(digits.replace(/\D/g, ''));
  const value = token.value ?? token.high ?? 0;
  if (part ? value > whole : value < whole) return false;
  // (people are no part of days: "cleared mines for 120 days, and nine of them died")
  if (part && DURATION_WORD.test(before[2] as string)) return false;
  // (nor of a date: "12 грудня … дев'ятеро з них загинули")
  if (MONTH_NAME.test(before[2] as string)) return false;
  return !NOT_NOUN_AFTER.test(before[2] as string);
}

/** A month's name after a day's number. */
const MONTH_NAME =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*$/iu;
/** Units of time (a duration is no set whose members die or are named). */
const DURATION_WORD =
  /^(?:days?|weeks?|months?|years?|hours?|minutes?|tage[n]?|wochen|monate[n]?|jahre[n]?|stunden|дн(?:ів|ей|я|и)|тиж(?:нів|ні)|недел[ьи]|місяц(?:ів|і)|месяц(?:ев|а)|рок(?:ів|и)|лет|год(?:а)?|годин[аи]?|час(?:ов|а)?)$/iu;

/** The last count in digits before a number in its sentence, with the word after it ("214 houses were damaged, "). */
const COUNT_BEFORE = /(?<![\d.,])(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})*|\d+)[\s\u00a0]+([\p{L}]{3,})[^\d]*$/u;

/** Words after a number that are no noun of a thing counted: hedges, verbs, conjunctions, "more", "North". */
const NOT_NOUN_AFTER =
  /^(?:more|others?|further|additional|another|and|or|of|to|in|from|have|has|had|were|was|are|is|died|killed|went|came|north|nordkorean\p{L}*|northern|korean\p{L}*|und|oder|mehr|weitere|іще|ще|ещё|еще|та|і|и|або|или|тисяч\p{L}*|тысяч\p{L}*|thousand|hundred|million|tausend|hundert|millionen)$/iu;

/**
 * Finds every figure about North Korean personnel or DPRK military aid connected to the war.
 * `text` is plain text with paragraphs separated by blank lines; offsets point into it.
 * @param opts.lang overrides language detection; opts.partOfPage see ExtractOptions.
 * @returns figures in order of start offset; an empty array when the text does not mention North Korea or
 *   has no such figure.
 */
export function extractFigures(orig: string, opts?: ExtractOptions): Figure[] {
  // (a unit of such a page that only counts containers still has figures: the shipments, see below)
  const mentions = opts?.partOfPage
    ? namesNorthKorea(orig) || countsContainers(orig)
    : mentionsNorthKorea(orig);
  // (both tests read through invisible characters: a name broken by a soft hyphen, "Nord&shy;korea", counts)
  if (!mentions) return [];
  // A box-drawing line or a horizontal bar used as a dash ("6,000 ─ engineers …", "1만 ― 병력"): read as the dash it
  // stands for, figures given with the text as given (the same length, so the same offsets)
  if (BAR_DASH.test(orig)) {
    return extractFigures(orig.replace(BAR_DASH_ALL, '—'), opts).map((fig) => ({
      ...fig,
      text: orig.slice(fig.start, fig.end),
    }));
  }
  // Subtitles: read without their cues' numbers and timecodes, figures given at their offsets in the text
  const subtitles = compactSubtitleCues(orig);
  if (subtitles) return mapFigures(extractFigures(subtitles.text, opts), subtitles, orig);
  // What layout did to the text (soft hyphens, words hyphenated at a line's end, wrapped lines, a quoted mail's
  // marks, a table typed with spaces, web addresses) undone: figures given at their offsets in the text as given
  const laidOut = undoLayout(orig);
  if (laidOut) return mapFigures(extractFigures(laidOut.text, opts), laidOut, orig);
  if (!mentions) return [];
  const lang = opts?.lang ?? detectLang(orig);
  const text = blankFootnotes(lowerSameLength(orig));
  const out: Figure[] = [];
  // A page that names North Korea repeatedly is about it from the first paragraph on (the lead often
  // says only "the first contingent"); a single passing mention is not enough.
  const pageTopic = opts?.pageTopic === true || namesNorthKoreaOften([orig]);
  let inherited = pageTopic;
  const warContext = WAR_CONTEXT.test(text);
  let gap = 0;
  let row = false;
  /** Whether a paragraph has named North Korea yet (words that refer back to the force need one before them). */
  let namedYet = false;
  /** Whether the paragraph before was a bridge past MAX_CARRY (see below). */
  let bridged = false;
  let asked: Span | null = null;
  const starts: number[] = [];
  /** The paragraph before, for the weight of short lines (blockWeight). */
  let previous: string | null = null;
  /** Whether the paragraph before was history (past-era.ts), or ended at the inter-Korean border (korean-border.ts). */
  let past = false;
  let border = false;
  const list: ListTopic = { topic: null };
  for (const paragraph of findParagraphs(orig)) {
    starts.push(paragraph.start);
    const own = orig.slice(paragraph.start, paragraph.end);
    // A time alone on a paragraph's first line heads a live blog's next entry ("12:40 / Харьков: удар …"):
    // nothing carries into it.
    // (not a caption's cue time between the lines of one speech: "… were training in eastern russia / 0:45 / and
    // by the end of october …", where the text before ends no sentence and the text after goes on in lower case)
    if (namedYet && startsEntry(own, previous) && !continuesSpeech(previous, own)) {
      // (on a page about North Korea, an entry that cites the intelligence services and lawmakers who count its force
      // goes on with it: "16:20 / По словам депутатов, в Россию прибыли около 1000 военных инженеров")
      const cites = pageTopic && CITES_COUNTERS.test(text.slice(paragraph.start, paragraph.end));
      gap = cites ? 0 : MAX_CARRY;
      inherited = cites;
      asked = null;
    }
    // A forum post, in a thread that has named North Korea (or on a page about it): the thread's subject goes on
    // in it.
    if ((namedYet && startsPost(own)) || ((namedYet || pageTopic) && isComment(own))) {
      gap = 0;
      inherited = true;
      // (a reply, under its author's handle, answers the question before it: "↳ @kobzar_osint · 28 бер.")
      if (!/^[\s\u00a0]*↳?[\s\u00a0]*@/.test(own)) asked = null;
    }
    // A paragraph that counts containers ("traced roughly 16,000 containers on 64 voyages"), after a mention of
    // North Korea or on a page about it, goes on with the subject, as a forum post does: the shipments are
    // counted in them, however long the analysis runs without naming the North again. (A unit of a page the
    // content script sends follows a mention: partOfPage; the walk reads on through such paragraphs too.)
    if ((namedYet || pageTopic || opts?.partOfPage === true) && countsContainers(own)) {
      gap = 0;
      inherited = true;
    }
    // A key-numbers list on a page about North Korea ("About 6,000 — killed or wounded in total (NIS)") goes on
    // with the page's subject, however many headings and lines stand between it and the last mention.
    if (pageTopic && isFigureList(own)) {
      gap = 0;
      inherited = true;
    }
    // A forum's furniture, a post's header, author card or signature, is read for nothing; after a mention, like
    // other furniture, it is no paragraph between (before one, every paragraph counts, as below).
    const forum = isForumFurniture(own);
    if (forum && namedYet) continue;
    const found = out.length;
    // (on a page about North Korea, a paragraph that speaks of the force or its losses before naming North Korea
    // further on is about it from its first sentence: "Власні оцінки загиблих НРС переглядала не раз. … Пхеньян
    // тим часом показав …")
    // (and on such a page, once North Korea has been named, the subject goes on past MAX_CARRY through paragraphs
    // that speak of the force or its losses, as a long read's "the soldiers", "the contingent" do; a paragraph that
    // does not, or one that names another side, ends it)
    const beyond = inherited && gap >= MAX_CARRY && namedYet && (pageTopic || opts?.pageTopic === true);
    const force = beyond && FORCE_OR_LOSSES.test(text.slice(paragraph.start, paragraph.end));
    const carried =
      (inherited && (gap < MAX_CARRY || force)) ||
      ((pageTopic || opts?.pageTopic === true) &&
        speaksOfForceBefore(text.slice(paragraph.start, paragraph.end)));
    const atBorder = mayBeAtBorder(text.slice(paragraph.start, paragraph.end), border);
    const carry = extractParagraph(
      text,
      orig,
      lang,
      paragraph,
      carried,
      warContext,
      out,
      starts[Math.max(0, starts.length - 1 - MAX_CARRY)] ?? paragraph.start,
      !carried && namedYet && (gap < MAX_CARRY || pageTopic),
      asked,
      past,
      border,
      atBorder,
      list,
    );
    // A subheading that asks how many ("Скільки північнокорейців загинуло?"), or a paragraph that ends asking it
    // (an interviewer's turn: "… Андрію, почнімо з простого: скільки їх там зараз?"), is answered by the next.
    if (forum) out.length = found;
    past =
      mayBePast(text.slice(paragraph.start, paragraph.end), past) &&
      readParagraphPast(
        findSentences(orig, paragraph.start, paragraph.end).map((s) => text.slice(s.start, s.end)),
        past,
      );
    border =
      atBorder &&
      readParagraphAtBorder(
        findSentences(orig, paragraph.start, paragraph.end).map((s) => text.slice(s.start, s.end)),
        border,
      );
    asked = findLastQuestion(text, paragraph);
    namedYet ||= carry.named;
    // The rows of a table (an HTML table's rows arrive as paragraphs of tab-separated cells) carry the subject
    // of its caption through the whole table, not three rows.
    const isRow = own.includes('\t');
    // Furniture that names no side ("(More to follow)", "UPDATE 1 - adds details") after a paragraph that named
    // North Korea is no paragraph between: what the text is about goes on past it. (Before the first mention,
    // every paragraph counts one, bylines and datelines too: the page-wide topic covers the lead, no further.)
    if (namedYet && !carry.named && !carry.other && !isRow && isFurniture(own)) {
      row = false;
      continue;
    }
    gap = carry.named ? 0 : isRow && row ? gap : gap + (namedYet ? blockWeight(own, previous) : 1);
    row = isRow;
    // A photo caption between paragraphs ("Bildunterschrift: Ein ukrainischer Soldat …", "… Foto: Reuters") and
    // a reader's comment under the article are no change of subject, though they count as paragraphs between.
    if (carry.named || !(isCaption(own) || ((namedYet || pageTopic) && isComment(own))))
      inherited = carry.carries;
    // (one paragraph past MAX_CARRY that does not speak of the force, a scene or a witness's words between two that
    // do, is a bridge: the subject goes on to the next if that one speaks of the force; a second ends it)
    // (a heading between is neither: the section under it goes on)
    if (beyond && !force && !carry.named && !carry.other && isHeading(own)) inherited = true;
    else if (beyond && !force && !bridged && !carry.named && !carry.other) {
      inherited = true;
      bridged = true;
    } else if (force || carry.named) bridged = false;
    // A subheading that asks how many ("Gibt es Kriegsgefangene?", "How many died?") on a page about North Korea,
    // after a mention, opens a section on the page's subject, whatever side the section before it ended on.
    if (
      pageTopic &&
      namedYet &&
      !carry.other &&
      ((asked !== null && asked.start === paragraph.start) || isQuestionHeading(own))
    ) {
      inherited = true;
      gap = 0;
    }
    previous = own;
  }
  return out;
}
