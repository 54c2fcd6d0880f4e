/**
 * Evidence that a number counts something: the counted noun right after it ("12 000 soldiers", "220 units of
 * howitzers", "3000명"), an elliptical subject ("4 000 have died", "з них 300 загинули"), or a counting verb or
 * preposition before it after a cue ("the death toll rose to 300", "a contingent of 12,000").
 */
import { KOREAN_COUNTERS, NOUN_CUE } from './cues/metric-cues.ts';
import type { NounKind } from './cues/metric-cues.ts';
import { execAtWords, findCuesAtWords } from './exec-at-words.ts';

/** The noun a number counts, with its offsets. */
export interface CountNoun {
  kind: NounKind;
  start: number;
  end: number;
}

const WINDOW = 90;
const MAX_WORDS = 6;
const CLAUSE_STOP = /[,;:!?()[\]–—"“”«»]|\.(?:\s|$)/;
/** Small counts in words, which start a phrase of their own after a number. */
const NUMBER_WORD =
  /(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:two|three|four|five|six|seven|eight|nine|ten|several|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|mehrere|два|дві|двох|три|трьох|чотири|п[’'ʼ]ять|кілька|две|двух|трех|трёх|четыре|пять|несколько)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])/;
const LEAD_MARK_FIRST = /^[\s\u00a0]?[»"”’—–]/;
const LEAD_MARK = /^[\s\u00a0]*(?:[»"”’]|[—–](?=[\s\u00a0]))/;
const CALIBRE =
  /\d+(?:[.,]\d+)?\s?-?\s?(?:mm|мм|㎜|millimet[A-Za-zÀ-ɏЀ-ӿ가-힣]*|міліметр[A-Za-zÀ-ɏЀ-ӿ가-힣]*|миллиметр[A-Za-zÀ-ɏЀ-ӿ가-힣]*)/g;
const WORD = /[A-Za-zÀ-ɏЀ-ӿ가-힣0-9'’-]+/g;
const KOREAN_COUNTER =
  /^[\s\u00a0]?(명|문(?![제화학의])|발(?![표생견언전사령간달효])|개(?![월발최국편선정입혁]|\s?(?:여단|사단|대대|연대|부대|국|지역|도시|곳|월|투표소|숫자|학교|병원|기업|회사|업체|단체|기관|시설|마을|점포|매장|항목|품목|대학|나라|노선|공장))|기(?![간관록술업지자준존본])|대(?![대원표통학회상륙외응책사]))/;
/**
 * 대 counts any machine (buses, generators) and 대 after a number is also a decade ("20대"): it counts our
 * equipment only after a weapon named in the clause before ("자주포 120대", "전차 30대와").
 */
export const WEAPONS_BEFORE =
  /(?:자주포|방사포|곡사포|견인포|다연장|로켓포|야포|전차|탱크|장갑차|보병전투차|발사대|발사차량|이동식\s?발사)[^.!?\n,]{0,12}$/;
/** "500명 이상의 장교": the counted noun after the counter and a genitive. */
const MISSILES_BEFORE = /(?:미사일|탄도|kn-?\d+)[^.!?\n]*$/;
const KOREAN_GENITIVE = /^(?:[\s\u00a0]?(?:이상|가량|여|정도))?(?:[\s\u00a0]?규모)?의[\s\u00a0]?/;
/** Characters of a word that may stand between a Korean genitive and its noun ("북한 공병", "군사건설 인력"). */
const KOREAN_NOUN_LEAD = 3;
/**
 * "220여 문의 자주포": a counter whose genitive reads as another word on its own ("문의" inquiry, "발의" motion)
 * counts only when one of our nouns follows it.
 */
const KOREAN_COUNTER_OF = /^[\s\u00a0]?(문|발)(?=의)/;
const HANGUL_NEXT = /^[\s\u00a0]?[가-힣]/;
/** A Korean noun right before the number, allowing a particle: "장교 최소 500명", "컨테이너가 2만8천여 개". */
const INCLUDING = /포함/;
/** "전투병·공병 합쳐 1만1천 명": combat troops and engineers together count troops, not engineers. */
const COMBINED_WITH_TROOPS = /(?:전투|병력|병사|군인)[^]*(?:합쳐|합해|합치면|합하면|통틀어)/;
const KOREAN_NOUN_BEFORE = /([가-힣]+)[이가은는을를의도]?[\s\u00a0]*(?:[가-힣]{1,4}[\s\u00a0]+){0,2}$/;

/** A noun of its own and a preposition of topic between a number and the troops: "myths about", "питань про". */
const TOPIC_OF_OTHER_NOUN =
  /^[\s\u00a0]*(?:[a-zà-ɏа-яёіїєґ'’]+[\s\u00a0]+){1,3}(?:about(?![\s\u00a0]+to[\s\u00a0])|regarding|über|про|щодо|о|об|обо|относительно)[\s\u00a0]/;

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
  const head = text.slice(from, from + 8);
  const plain = KOREAN_COUNTER.exec(head);
  const korean = plain ?? KOREAN_COUNTER_OF.exec(head);
  if (korean?.[1]) {
    const kind = KOREAN_COUNTERS[korean[1]];
    const at = from + korean[0].length;
    const genitive = KOREAN_GENITIVE.exec(text.slice(at, at + 6));
    if (genitive) {
      // (one short word may stand before the noun: "북한 공병 부대", "군사건설 인력")
      const next = findCuesAtWords(
        NOUN_CUE,
        text.slice(at + genitive[0].length, at + genitive[0].length + 16),
      )[0];
      if (next && next.start <= KOREAN_NOUN_LEAD)
        return {
          kind: next.kind,
          start: at + genitive[0].length + next.start,
          end: at + genitive[0].length + next.end,
        };
    }
    // 기 counts launchers and missiles alike: missiles when the clause before names them ("KN-23 148기").
    if (korean[1] === '기' && MISSILES_BEFORE.test(text.slice(Math.max(0, from - 40), from)))
      return { kind: 'missiles', start: at - 1, end: at };
    if (korean[1] === '대') {
      if (kind && WEAPONS_BEFORE.test(text.slice(Math.max(0, from - 30), from)))
        return { kind, start: at - 1, end: at };
    } else if (kind && plain) return { kind, start: at - 1, end: at };
  }
  if (HANGUL_NEXT.test(text.slice(from, from + 2))) {
    // Korean without a counter: only a noun standing right after the number counts ("1만 병력을").
    const at = from + (/^[\s\u00a0]/.test(text.charAt(from)) ? 1 : 0);
    const next = findCuesAtWords(NOUN_CUE, text.slice(at, at + 8))[0];
    return next && next.start === 0 ? { kind: next.kind, start: at, end: at + next.end } : null;
  }
  let win = text.slice(from, Math.min(ceiling, from + WINDOW));
  // A closing quote or a copula dash right after the number does not end its phrase: "«майже 11 тисяч»
  // піхотинців", "приблизно тисяча — інженерні війська".
  if (LEAD_MARK_FIRST.test(win)) win = win.replace(LEAD_MARK, (s) => ' '.repeat(s.length));
  // (the dot of "N. Korean troops" ends no clause)
  win = win.replace(N_KOREAN_DOT, 'n ');
  const stop = CLAUSE_STOP.exec(win);
  if (stop) win = win.slice(0, stop.index);
  win = win.replace(CALIBRE, (s) => ' '.repeat(s.length));
  const digit = /(?<![A-Za-zÀ-ɏЀ-ӿ가-힣\d-])\d/.exec(win);
  if (digit) win = win.slice(0, digit.index);
  win = win.slice(0, cutWords(win, MAX_WORDS));
  // Another count in words ends the phrase too: "15,000 had gone in two rounds" counts no rounds.
  const word = NUMBER_WORD.exec(win);
  if (word) win = win.slice(0, word.index);
  const all = findCuesAtWords(NOUN_CUE, win);
  const first = all[0];
  if (!first) return null;
  // "Five myths about North Korea's soldiers", "Drei Fragen zu den Soldaten": the number counts the noun the
  // topic's preposition follows, not the troops after it
  if (TOPIC_OF_OTHER_NOUN.test(win.slice(0, first.start))) return null;
  const second = all[1];
  const m =
    first.kind === 'person' && second && second.kind !== 'person' && second.start - first.end <= 2
      ? second
      : first;
  return { kind: m.kind, start: from + m.start, end: from + m.end };
}

/**
 * The counted noun a label names (a table's cell, header or caption, with no number of its own): as after a
 * number, the few words from its start; in a Korean label, which puts its head noun last ("러시아에 넘긴 자주포와
 * 방사포", "9월부터 이동 중인 군사 건설 인력"), its first noun anywhere.
 * @returns null when the label names no counted noun.
 */
export function findLabelNoun(text: string, from: number, to: number): CountNoun | null {
  const found = findCountNoun(text, from, to);
  if (found || !/[가-힣]/.test(text.slice(from, to))) return found;
  const first = findCuesAtWords(NOUN_CUE, text.slice(from, to))[0];
  return first ? { kind: first.kind, start: from + first.start, end: from + first.end } : null;
}

/**
 * The Korean noun standing right before a number (Korean puts the noun first: "공병 1천 명", "노동자 1만5000여
 * 명"), when it names a kind more specific than a person.
 * @returns null when there is none.
 */
export function findKoreanNounBefore(text: string, start: number): CountNoun | null {
  // (a number inside its paragraph takes no noun from the block above it, "…미사일 정확도 / 상비군 128만 명"; one that
  // opens its paragraph may, from a label above it: "■ 미사일·탄약 / 148기 — …")
  const breakAt = text.lastIndexOf('\n\n', start - 1);
  const paragraphStart = breakAt < 0 ? 0 : breakAt + 2;
  const opens = text.slice(paragraphStart, start).trim() === '';
  const before = text.slice(Math.max(0, opens ? 0 : paragraphStart, start - 16), start);
  const m = KOREAN_NOUN_BEFORE.exec(before);
  if (!m?.[1]) return null;
  const words = m[0];
  // "장교와 장성을 포함해 거의 1만2천 명": what is included is part of the count, not what it counts.
  if (INCLUDING.test(words) || COMBINED_WITH_TROOPS.test(before)) return null;
  const at = start - before.length + m.index;
  // The last noun of the phrase, or the specific noun that modifies it: in "군 건설 병력 5천여 명" the generic
  // 병력 (troops) is specified by 건설 (construction) right before it ("공병과 병력", a list, is not).
  let found: CountNoun | null = null;
  let last: { kind: string; start: number; end: number } | null = null;
  for (const n of findCuesAtWords(NOUN_CUE, words)) {
    const modifies =
      last !== null && last.kind !== 'person' && /^[\s\u00a0]+$/.test(words.slice(last.end, n.start));
    if (n.kind !== 'person') found = { kind: n.kind, start: at + n.start, end: at + n.end };
    else if (!modifies) found = null;
    last = n;
  }
  return found;
}

// prettier-ignore
const ELLIPTICAL = new RegExp(
  '^[\\s\\u00a0]*(?:(?:already|still|alone|allein|лише|только|лишь|уже|вже|ещё|еще|досі|все\\s+ще|вс[её]\\s+ещ[её]|до\\s+сих\\s+пор|bereits|schon|noch|immer\\s+noch|nach\\s+wie\\s+vor)[\\s\\u00a0]+)?(?:' + [
    'have', 'has', 'had', 'were', 'was', 'are', 'is', 'will', 'would', 'could', 'may', 'might', 'remain[A-Za-zÀ-ɏЀ-ӿ가-힣]*',
    // ("another 2,000 to 3,000 being moved to the front")
    'being\\s+(?:moved|sent|deployed|transferred|shipped|brought|readied|prepared|trained|dispatched)',
    'died', 'killed', 'wounded', 'injured', 'captured', 'taken', 'held', 'more', 'others', 'of\\s+(?:them|whom|these|those|the)',
    'in\\s+(?:the\\s+|der\\s+|die\\s+)?(?:russia|kursk|region|russland|росії|россии|курськ[а-яіїє]*|курск[а-яіїє]*)', 'to\\s+(?:russia|kursk)',
    '(?:у|в)\\s+(?:росії|россии|рф|курськ[а-яіїє]*|курск[а-яё]*)',
    'находил[а-яіїє]*', 'перебувал[а-яіїє]*', 'who', 'that', 'and\\s+\\d', 'in\\s+all', 'in\\s+total', 'altogether',
    ',\\s*(?:were|are|have|had|was|is)',
    '(?:з|із)\\s+них', 'було', 'були', 'буде', 'загинул[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'поранен[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'вбит[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'потрапил[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'перебува[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'прибул[A-Za-zÀ-ɏЀ-ӿ가-힣]*',
    'из\\s+них', 'было', 'были', 'будет', 'погиб[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'ранен[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'убит[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'попал[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'находя[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'прибыл[A-Za-zÀ-ɏЀ-ӿ가-힣]*',
    // participles as the noun: "около 3 тыс. прибывших на замену", "близько 2 тис. перекинутих"
    'прибывш[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'отправленн[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'переброшенн[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'відправлен[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'перекинут[A-Za-zÀ-ɏЀ-ӿ가-힣]*',
    // fighting, still there: "Etwa 8000 kämpften nach wie vor in Kursk"
    'fought', 'fight', 'fighting', 'followed(?!\\s+by)', 'moved\\s+(?:into|in|to)', 'arrived', 'entered', 'went\\s+(?:into|in|to)', 'folgten', 'kämpf[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'воюют', 'воевали', 'воюють', 'воювали', 'blieben', 'bleiben', 'stehen', 'standen',
    'davon', 'von\\s+ihnen', 'sind', 'seien', 'wurden', 'waren', 'nachgeschoben', 'nachgeschickt', 'entsandt', 'verlegt', 'starben', 'getötet', 'verwundet', 'verletzt', 'gefallen', 'in\\s+russland',
    'mehr', 'weitere[nrs]?', 'der', 'des', 'von\\s+den',
  ].join('|') + ')(?![A-Za-zÀ-ɏЀ-ӿ가-힣])',
  '',
);

// prettier-ignore
const COUNTING_BEFORE = new RegExp(
  '(?:' + [
    'of', 'at', 'to', 'reached', 'reach', 'numbered', 'numbering', 'number', 'totall?ing', 'totall?ed', 'total', 'exceeded', 'is', 'are',
    'was', 'were', 'stood\\s+at', 'stands\\s+at', 'sent', 'send', 'deployed', 'deploy', 'dispatched', 'shipped', 'lost', 'about', 'estimated\\s+at',
    'put\\s+at', 'by', 'another', 'add', 'additional', 'further', 'more', 'passed', 'exceeded', 'exceed', 'top', 'topped', 'approaching',
    'approached', 'near', 'nearing', 'приблизил[A-Za-zÀ-ɏЀ-ӿ가-힣]*\\s+к', '(?:nähert|nähere|nähern|näherte)[A-Za-zÀ-ɏЀ-ӿ가-힣]*\\s+sich',
    'killed', 'wounded', 'captured', 'been', 'become', 'became',
    'их', 'їх', 'численностью', 'чисельністю', 'strength\\s+of', 'stärke\\s+von', 'from', 'з', 'від', 'от', 'counted', 'count', 'tallied', 'numbered', 'нарахував', 'нарахувала', 'нарахували', 'налічила', 'налічили', 'насчитал', 'насчитала', 'насчитали', 'zählte', 'zählt', 'zählen', 'nennt', 'nannte', 'можливо', 'возможно', 'perhaps', 'possibly', 'vielleicht', 'на', 'цифру', 'цифра', 'цифрою', 'цифрой', 'ще', 'додатково', 'буде', 'будуть', 'було', 'були', 'про', 'щонайменше', 'ещ[её]', 'дополнительно', 'будет', 'будут', 'было',
    'были', 'о', 'об', 'weitere', 'weiteren', 'zusätzlich', 'sein', 'werden', 'sind', 'waren', 'rund',
    'становить', 'становлять', 'сягає', 'сягнули', 'сягнула', 'досягли', 'досягла', 'склали', 'склала', 'склало', 'налічує', 'налічується', 'налічуються', 'налічувалося', 'відправила',
    'відправив', 'направила', 'втратила', 'втратили', 'перекинула', 'до', 'в', 'у', 'з',
    'составляет', 'составляют', 'составили', 'составила', 'достигли', 'достигла', 'насчитывает', 'насчитывается', 'насчитываются', 'насчитывалось', 'отправила', 'отправил', 'направила',
    'потеряла', 'потеряли', 'перебросила',
    // (an impersonal passive: "в Россию переброшено около 15 тыс.", "відправлено понад 11 тисяч")
    'переброшено', 'отправлено', 'направлено', 'перекинуто', 'відправлено',
    // the number of … reached / came to / passed / is nearing (every gender and tense: "число погибших достигло")
    'досягл[аио]?', 'сягну(?:ла|ло|ли|в)?', 'склад(?:ає|ають|ала|ало|али)', 'становил[аио]?', 'перевищ[A-Za-zÀ-ɏЀ-ӿ가-힣]*',
    'наближа[A-Za-zÀ-ɏЀ-ӿ가-힣]*\\s+до', 'сяга(?:є|ють|ла|ло|ли)',
    'достиг(?:ло|ла|ли|нет|нут|ает|ают)?', 'составля(?:ет|ют|л|ла|ло|ли)', 'составил[аио]?', 'состав(?:ит|ят)', 'превы[сш][A-Za-zÀ-ɏЀ-ӿ가-힣]*',
    'приближа[A-Za-zÀ-ɏЀ-ӿ가-힣]*\\s+к', 'перевалил[аио]?\\s+за',
    'вже', 'уже', 'already', 'schon', 'bereits', 'earmarked', 'auf', 'von', 'bei', 'beträgt', 'betragen', 'betrug', 'verlor', 'verloren',
    'schickte', 'entsandte',
  ].join('|') + ')[\\s\\u00a0]*[:—–-]?[\\s\\u00a0]*$',
  'y',
);
const PUNCT_BEFORE = /[:—–][\s\u00a0]*$/;
/**
 * Counting words tested once at the end (cheaper than more alternatives tried at every word): a quantity with the
 * number in apposition ("used a lower total, some 13,000"), a German verb of sending with an adverb ("und Kim
 * schickt gerade 30.000 nach").
 */
const COUNTING_END =
  /(?:(?:total|figure|number|estimate|count|tally),|(?:schickt|schickte|schicken|schickten|entsendet|entsandte)(?:[\s\u00a0]+(?:gerade|jetzt|nun|noch|bald|erneut))?)[\s\u00a0]*$/;
/** A German participle of counting or stating right after the number, which is its object. */
const STATED_AFTER =
  /^[\s\u00a0]+(?:genannt|geschätzt|beziffert|gezählt|angegeben|gemeldet|veranschlagt|gesprochen|ausgegangen|rechne(?:n|t|te|ten))(?![a-zäöüß])/;
/** A German verb of counting before its subject, then the number: "zählt der NIS (etwa)". */
const COUNTED_BY_BEFORE =
  /(?:zählt|zählte|nennt|nannte|schätzt|schätzte|beziffert|bezifferte|meldet|meldete)[\s\u00a0]+(?:der|die|das|den)[\s\u00a0]+[^\s,.;]+(?:[\s\u00a0]+[^\s,.;]+)?[\s\u00a0]+$/;

/** An attribution set off by commas right before a number: ", по оценке разведки, ", ", according to Seoul, ". */
export const ATTRIBUTION_END =
  /,[\s\u00a0]*(?:по[\s\u00a0]+(?:[а-яё]+(?:ым|им|ой|ей)[\s\u00a0]+)?(?:оценке|данным|подсч[её]там|её[\s\u00a0]+подсч[её]там|его[\s\u00a0]+подсч[её]там|словам)|за[\s\u00a0]+(?:[а-яіїє]+(?:ими|ою|ьою)[\s\u00a0]+)?(?:оцінкою|даними|підрахунками|її[\s\u00a0]+підрахунками|словами)|according[\s\u00a0]+to|laut|nach[\s\u00a0]+(?:angaben|schätzung|schätzungen))[^,.;:\n]{0,40},[\s\u00a0]*$/;

/** True when the words right after the number make it the subject of a clause ("4 000 have died"). */
export function isElliptical(text: string, tail: number): boolean {
  return ELLIPTICAL.test(text.slice(tail, tail + 32));
}

// prettier-ignore
const BOUNDARY_AFTER = new RegExp(
  '^[ \\t\\u00a0]*(?:[\\n,.;:!?)"”»—–]|\\((?![+\\-−–])|$|(?:' + [
    'in', 'by', 'to', 'from', 'of', 'as', 'on', 'at', 'and', 'or', 'across', 'over', 'among', 'including', 'for', 'were', 'was', 'have', 'had', 'are', 'is', 'with', 'since', 'after',
    'before', 'until', 'within', 'than', 'according', 'ago', 'this', 'last', 'next', 'so\\s+far', 'now', 'when', 'while', 'early', 'late',
    'earlier', 'later', 'out\\s+of', 'або', 'чи', 'или', 'oder', 'а', 'но', 'але', 'aber', '\\d+\\s?-?\\s?(?:мм|mm|㎜)',
    'в', 'у', 'на', 'до', 'з', 'за', 'і', 'та', 'й', 'и', 'из', 'по', 'к', 'від', 'от', 'із', 'після', 'после', 'з-поміж', 'станом', 'к',
    'in', 'im', 'bis', 'nach', 'von', 'und', 'aus', 'an', 'seit', 'laut', 'zu', 'genannt', 'gemeldet', 'gezählt',
    // German puts the participle last: "die Verluste auf etwa 5000 geschätzt", "die Marke von 3000 überschritten"
    'geschätzt', 'beziffert', 'taxiert', 'veranschlagt', 'angegeben', 'gesetzt', 'korrigiert', 'angehoben', 'erhöht',
    'rechnen', 'rechnet', 'rechnete', 'rechneten',
    'gestiegen', 'geklettert', 'überschritten', 'übertroffen', 'überstiegen', 'erreicht', 'gesunken', 'kamen', 'kam', 'gekommen', 'gesprochen', 'ausgegangen',
  ].join('|') + ')(?![A-Za-zÀ-ɏЀ-ӿ가-힣]))',
  '',
);

/**
 * A rate after the number ("at 2.8 million a year", "auf rund 92 pro Tag"): a boundary only where the words before
 * speak of losses or ammunition, the rates the estimates give (not "a pace of 10,000 a year", "196 a year earlier").
 */
const RATE_AFTER =
  /^[ \t\u00a0]*(?:a[ \t\u00a0]+(?:year|month|week|day)(?![ \t\u00a0]+(?:earlier|ago|before|later|on))|per|pro|each|every|annually|yearly|daily|jährlich|täglich|monatlich)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])/;
const RATE_TOPIC =
  /casualt|losses|wounded|killed|verlust|ausfäll|verwundet|getötet|потер|втрат|ранен|поранен|убит|вбит|погиб|загиб|shell|granat|снаряд|munition|ammunition|ammo|боеприпас|боєприпас/;

/**
 * True when the number follows a counting verb or preposition ("rose to", "a contingent of", "втратила") and
 * is not itself followed by an unknown word ("at five sites" is not a count of anything we know).
 */
export function followsCountingWord(text: string, start: number, tail: number, floor: number): boolean {
  const after = text.slice(tail, tail + 16);
  // ("… оцінив втрати в понад 3 тис. Ці дані …": an abbreviation's dot may end the sentence too)
  if (
    !BOUNDARY_AFTER.test(after) &&
    text.charAt(tail - 1) !== '.' &&
    !(RATE_AFTER.test(after) && RATE_TOPIC.test(text.slice(Math.max(floor, start - 80), start)))
  )
    return false;
  // German puts the verb of counting last, or before its subject: "hatte der Dienst noch etwa 15.000 genannt",
  // "Kampfsoldaten zählt der NIS etwa 10.000"
  if (STATED_AFTER.test(after)) return true;
  // ("Погибших, по оценке разведки, около 600": an attribution set off by commas stands between)
  const before = text
    .slice(Math.max(floor, start - 80), start)
    .replace(ATTRIBUTION_END, ' ')
    .slice(-40);
  return (
    PUNCT_BEFORE.test(before) ||
    execAtWords(COUNTING_BEFORE, before) !== null ||
    COUNTING_END.test(before) ||
    COUNTED_BY_BEFORE.test(before)
  );
}

/** "in two rounds", "across both rounds": the phases of a deployment. */
const IN_ROUNDS = /(?:^|\s)(?:in|across|over|after)\s+(?:[^\s\d]+\s+|\d\s+)?rounds$/;

/** The abbreviated North of "N. Korean troops". */
const N_KOREAN_DOT = /(?<![a-z])n\.(?=\s?korean)/g;

/** Kinds of counted hardware (their noun alone decides the metric). */
export const HARDWARE_KINDS: ReadonlySet<string> = new Set(['equipment', 'missiles', 'shells', 'containers']);

/**
 * The hardware a text names last ("A Koksan 170-mm self-propelled gun … sent at least 120 of them"), for a count
 * of "them" after it.
 * @returns null when the last thing text[from, to) counts is no hardware, or it counts nothing.
 */
export function findLastHardwareNoun(text: string, from: number, to: number): CountNoun | null {
  const last = findCuesAtWords(NOUN_CUE, text.slice(from, to)).at(-1);
  // (the last thing counted before it: people named after the hardware are "them" instead)
  return last && HARDWARE_KINDS.has(last.kind)
    ? { kind: last.kind, start: from + last.start, end: from + last.end }
    : null;
}

/**
 * The nearest count noun in the clause before a number, for "the number of containers shipped at 28,000".
 * @returns null when the clause before has none.
 */
export function findCountNounBefore(text: string, start: number, floor: number): CountNoun | null {
  let from = Math.max(floor, start - 64);
  const before = text.slice(from, start).replace(/[:\s\u00a0]+$/, '');
  const stop = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf(':'),
    before.lastIndexOf('\n'),
  );
  if (stop >= 0) from += stop + 1;
  const win = text.slice(from, start);
  let found: CountNoun | null = null;
  for (const m of findCuesAtWords(NOUN_CUE, win)) {
    // ("the total sent in two rounds at about 15,000": rounds of a deployment, not of ammunition)
    if (IN_ROUNDS.test(win.slice(Math.max(0, m.start - 24), m.end))) continue;
    found = { kind: m.kind, start: from + m.start, end: from + m.end };
  }
  return found;
}
