/**
 * Hedge words around a number, in all five languages. Prefixes stand right before the number ("more than",
 * "близько", "rund", "최소"); suffixes right after it ("or more", "і більше", "oder mehr", "여", "이상").
 */
import type { Qualifier } from '../../types.ts';

type Table = Readonly<Partial<Record<Qualifier, readonly string[]>>>;

// prettier-ignore
const PREFIXES: Table = {
  about: [
    // (not the preposition of a verb: "headlines talk about thousands of dead")
    '(?<!(?:talk|talks|talked|talking|speak|speaks|spoke|write|writes|wrote|ask|asks|asked|worry|worries|know|knows|care|cares)\\s)about', 'around', 'approximately', 'approx\\.', 'roughly', 'some', 'circa', 'ca\\.', 'c\\.', '~', '≈', '∼', 'an\\s+estimated',
    // (not the verb: "it estimated 28,000 had gone", "Seoul has estimated 11,000")
    '(?<!(?:\\bit|\\bthey|\\bhe|\\bshe|\\bwe|\\bhas|\\bhave|\\bhad|\\bwho|\\bwhich|\\bthat|\\balso|\\bfirst|\\bearlier|\\bpreviously|\\bonce)\\s+)estimated',
    'an\\s+approximate', 'ca\\.', 'etwa\\s+die', 'or\\s+so', 'somewhere\\s+around', 'in\\s+the\\s+region\\s+of', 'on\\s+the\\s+order\\s+of', 'roughly\\s+some', 'something\\s+like', 'so\\s+etwas\\s+wie',
    'близько', 'бл\\.', 'прибл\\.', 'приблизно', 'орієнтовно', 'десь', 'десь\\s+близько', 'порядку', 'майже\\s+близько', 'за\\s+оцінками',
    'около', 'ок\\.', 'примерно', 'приблизительно', 'порядка', 'в\\s+районе', 'в\\s+районі', 'ориентировочно', 'по\\s+оценкам', 'округл[её]нно', 'округло',
    'call\\s+it', 'sagen\\s+wir:?', 'скажімо,?', 'скажем,?', 'округлімо\\s*[—–-]?\\s*(?:це\\s+)?',
    'etwa', 'rund', 'rd\\.', 'ungefähr', 'circa', 'zirka', 'schätzungsweise', 'geschätzte?n?', 'gegen',
    // (not "es geht um die zwei Nordkoreaner": the preposition of a verb)
    '(?<!(?:geht|ging|gehen|gingen|dreht|drehte|handelt|handelte|kümmert|sorgt|trauert|bangt|bitten|bat)[a-zäöüß]*\\s+(?:(?:es|sich|sie|er)\\s+)?(?:[a-zäöüß]+\\s+)?)um\\s+die',
    '약', '대략', '추산\\s?',
    // spoken: "плюс-минус две тысячи", "где-то шесть тысяч"
    'плюс-минус', 'плюс-мінус', 'где-то', 'plus\\s*[-–]?\\s*minus',
  ],
  nearly: [
    'nearly', 'almost', 'close\\s+to', 'just\\s+under', 'just\\s+shy\\s+of', 'nigh\\s+on', 'closer\\s+to',
    'майже', 'мало\\s+не', 'ледь\\s+не', 'без\\s+малого', 'трохи\\s+менше\\s+(?:ніж|за)?',
    'почти', 'едва\\s+ли\\s+не', 'чуть\\s+менее', 'чуть\\s+меньше', 'без\\s+малого',
    // "раненых — под тысячу", "під тисячу": close to a round number
    'под', 'під',
    'knapp', 'fast', 'beinahe', 'nahezu', 'annähernd',
    // (not after a verb that takes "an": "denkt sie an die zwei jungen Soldaten")
    '(?<!(?:denk|dacht|erinner|gedenk|gedach|schreib|schrieb|glaub|richte|wandt|wende)[a-zäöüß]*\\s+(?:[a-zäöüß]+\\s+)?)an\\s+die',
    '거의', '근',
  ],
  more_than: [
    'a\\s+(?:bit|little)\\s+(?:over|more\\s+than)', 'трохи\\s+більше(?:\\s+(?:ніж|за))?', 'чуть\\s+(?:больше|более)(?:\\s+чем)?', 'etwas\\s+mehr\\s+als',
    'more\\s+than', 'over', 'in\\s+excess\\s+of', 'upwards?\\s+of', 'above', 'exceeding', 'well\\s+over', 'just\\s+over',
    'beyond',
    'понад', 'більш\\s+ніж', 'більше\\s+ніж', 'більш\\s+як', 'більше\\s+як', 'більше\\s+за', 'більше', 'понад\\s+як',
    'более', 'более\\s+чем', 'больше', 'свыше', 'св\\.', 'больше\\s+чем',
    'mehr\\s+als', 'über', 'weit\\s+über', 'gut', 'deutlich\\s+mehr\\s+als', '>',
  ],
  at_least: [
    'at\\s+least', 'no\\s+fewer\\s+than', 'no\\s+less\\s+than', 'a\\s+minimum\\s+of', 'not\\s+less\\s+than', 'at\\s+a\\s+minimum',
    'щонайменше', 'принаймні', 'не\\s+менше(?:\\s+ніж|\\s+за)?', 'не\\s+менш\\s+ніж', 'як\\s+мінімум', 'мінімум',
    'не\\s+менее(?:\\s+чем)?', 'не\\s+меньше(?:\\s+чем)?', 'как\\s+минимум', 'по\\s+меньшей\\s+мере', 'по\\s+крайней\\s+мере', 'минимум',
    'mindestens', 'wenigstens', 'zumindest', 'mind\\.', '≥', '>=',
    '최소', '최소한', '적어도',
  ],
  up_to: [
    // (not a phrasal verb's particle: "North Korea has owned up to 350 casualties", "adds up to 6,000")
    '(?<!(?:own|owns|owned|owning|add|adds|added|adding|live|lives|lived|living|face|faces|faced|facing)\\s+)up\\s+to', 'as\\s+many\\s+as', 'no\\s+more\\s+than', 'not\\s+more\\s+than', 'at\\s+most', 'fewer\\s+than', 'less\\s+than',
    'under', 'a\\s+maximum\\s+of', 'as\\s+much\\s+as',
    'до', 'не\\s+більше(?:\\s+ніж|\\s+за)?', 'максимум', 'менше\\s+ніж', 'менш\\s+ніж',
    'не\\s+более(?:\\s+чем)?', 'не\\s+больше(?:\\s+чем)?', 'менее', 'меньше', 'менее\\s+чем',
    'bis\\s+zu', 'nicht\\s+mehr\\s+als', 'höchstens', 'maximal', 'weniger\\s+als', 'unter', 'max\\.', '<', '≤', '<=',
    '최대', '많게는',
  ],
};

// prettier-ignore
const SUFFIXES: Table = {
  at_least: [
    'or\\s+more', 'or\\s+even\\s+more', 'and\\s+(?:up|above)',
    '(?:і|й|або|чи)\\s+більше', '(?:и|или)\\s+более', '(?:и|или)\\s+больше',
    'oder\\s+mehr', 'und\\s+mehr',
    '이상',
  ],
  more_than: ['\\+(?![ \\t]*\\d)', 'plus(?![ \\t]*\\d)', 'and\\s+more', 'з\\s+гаком', 'з\\s+лишком', 'с\\s+гаком', 'с\\s+лишком', 'с\\s+лишним', 'с\\s+небольшим', '넘게', '넘는(?!다)', '넘어(?!가|갔|간|서|섰|선|설)', '넘(?![어는게겼긴겨기었])', '남짓', '초과'],
  // (spoken: "two thousand, give or take", "elftausend oder so", "zweitausend, plus minus", "тысяча сто примерно")
  about: [',?\\s*give\\s+or\\s+take', 'oder\\s+so', ',?\\s*plus\\s*[-–]?\\s*minus', ',?\\s*плюс-мінус', ',?\\s*плюс-минус', 'примерно', 'приблизно', 'or\\s+so', 'odd', '여(?=[\\s명문발개대기척정]|$|[^가-힣])', '가량', '정도', '안팎', '내외', '쯤'],
  nearly: ['가까이', '가까운', '육박(?!하|한|했|해|할)', '가량에\\s?육박(?!하|한|했|해|할)', '근접'],
  up_to: ['미만', '이하', '까지'],
};

function compile(table: Table, anchor: 'start' | 'end'): { re: RegExp; kinds: Qualifier[] } {
  const kinds = Object.keys(table) as Qualifier[];
  const alt = kinds
    .map((k) => `(?<${k}>${[...(table[k] ?? [])].sort((a, b) => b.length - a.length).join('|')})`)
    .join('|');
  if (anchor === 'end') return { re: new RegExp(`(?:${alt})[\\s\\u00a0]*$`, 'y'), kinds };
  const src = `^[\\s\\u00a0-]*(?:${alt})(?![A-Za-zÀ-ɏЀ-ӿ])`;
  return { re: new RegExp(src), kinds };
}

// prettier-ignore
/** Verbs that hedge a number without belonging to its span ("losses top 3,800", "approaching 1,000"). */
const VERB_PREFIXES: Table = {
  more_than: [
    'tops?', 'topped', 'surpass(?:ed|es)?', 'exceed(?:ed|s)?', 'passed', 'pass(?:es)?',
    'перевал(?:ил|ит|ю|а)[A-Za-zÀ-ɏЀ-ӿ가-힣]*\\s+за', 'überschritt[A-Za-zÀ-ɏЀ-ӿ가-힣]*',
    'перевищу[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'перевищил[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'перевищ[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'превыша[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'превысил[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'übersteig[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'überstieg[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'übertr[A-Za-zÀ-ɏЀ-ӿ가-힣]*',
  ],
  nearly: [
    'approaching', 'approach(?:es|ed)?', 'nearing', 'near(?:s|ed)?',
    'наближа[A-Za-zÀ-ɏЀ-ӿ가-힣]*(?:\\s+до)?', 'приближа[A-Za-zÀ-ɏЀ-ӿ가-힣]*(?:\\s+к)?',
    // ("приблизились к шести тысячам", "наблизилися до 6 тисяч")
    'наблизил[A-Za-zÀ-ɏЀ-ӿ가-힣]*(?:\\s+до)?', 'приблизил[A-Za-zÀ-ɏЀ-ӿ가-힣]*(?:\\s+к)?',
    '(?:nähert|nähere|nähern|näherte)[A-Za-zÀ-ɏЀ-ӿ가-힣]*\\s+sich(?:\\s+der\\s+marke\\s+von)?',
  ],
  // "does not exceed 12,000", "не превышает 12 тысяч": at most
  up_to: [
    "(?:does|did|do|will|would)(?:\\s+not|n't)\\s+exceed", 'not\\s+exceed(?:ing)?',
    'не\\s+перевищ[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'не\\s+превы[шс][A-Za-zÀ-ɏЀ-ӿ가-힣]*',
  ],
};

/** Matches a hedging verb at the very end of the text before a number (sticky; not part of the span). */
export const VERB_QUALIFIER = compile(VERB_PREFIXES, 'end');

/** Matches a hedge at the very end of the text before a number (sticky: try it at word starts). */
export const PREFIX_QUALIFIER = compile(PREFIXES, 'end');

/** Matches a hedge at the very start of the text after a number. */
export const SUFFIX_QUALIFIER = compile(SUFFIXES, 'start');

/** Words opening a range that belong to its span ("between", "від", "от", "zwischen"; German "von A bis B" keeps "von" out, as the corpus does). */
export const RANGE_OPENER =
  /(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:between|from|від|з|із|от|с|між|между|zwischen)[\s\u00a0]+$/;
