/**
 * Number-word lexicons per language: every inflected form the press uses, mapped to its value.
 * `SCALE_WORDS` multiply what precedes them (thousand, тисяч, Tausend); `HUNDRED_WORDS` multiply within a
 * group (three hundred thousand). Apostrophes in Ukrainian forms are written `'`; lookups normalise ’ and ʼ.
 */
import type { Lang } from '../types.ts';

/** Forms whose value is added (units, teens, tens and the fused hundreds of uk/ru: триста, трьохсот). */
// prettier-ignore
export const ADDITIVE_WORDS: Readonly<Record<Exclude<Lang, 'ko'>, Readonly<Record<string, number>>>> = {
  en: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
    eighty: 80, ninety: 90, one: 1, a: 1, an: 1,
  },
  uk: {
    один: 1, одна: 1, одну: 1, одного: 1, однієї: 1,
    два: 2, дві: 2, двох: 2, двом: 2, двома: 2, три: 3, трьох: 3, трьом: 3, трьома: 3,
    чотири: 4, чотирьох: 4, чотирьом: 4, чотирма: 4, "п'ять": 5, "п'яти": 5, "п'ятьох": 5,
    шість: 6, шести: 6, шістьох: 6, сім: 7, семи: 7, сімох: 7, вісім: 8, восьми: 8, вісьмох: 8,
    "дев'ять": 9, "дев'яти": 9, десять: 10, десяти: 10, десятьох: 10,
    одинадцять: 11, одинадцяти: 11, дванадцять: 12, дванадцяти: 12, тринадцять: 13, тринадцяти: 13,
    чотирнадцять: 14, чотирнадцяти: 14, "п'ятнадцять": 15, "п'ятнадцяти": 15, шістнадцять: 16,
    шістнадцяти: 16, сімнадцять: 17, сімнадцяти: 17, вісімнадцять: 18, вісімнадцяти: 18,
    "дев'ятнадцять": 19, "дев'ятнадцяти": 19, двадцять: 20, двадцяти: 20, тридцять: 30, тридцяти: 30,
    сорок: 40, сорока: 40, "п'ятдесят": 50, "п'ятдесяти": 50, шістдесят: 60, шістдесяти: 60,
    сімдесят: 70, сімдесяти: 70, вісімдесят: 80, вісімдесяти: 80, "дев'яносто": 90, "дев'яноста": 90,
    сто: 100, ста: 100, двісті: 200, двохсот: 200, триста: 300, трьохсот: 300, чотириста: 400,
    чотирьохсот: 400, "п'ятсот": 500, "п'ятисот": 500, шістсот: 600, шестисот: 600, сімсот: 700,
    семисот: 700, вісімсот: 800, восьмисот: 800, "дев'ятсот": 900, "дев'ятисот": 900,
    півтори: 1.5, півтора: 1.5, "дев'ятьох": 9,
    двоє: 2, троє: 3, четверо: 4, "п'ятеро": 5, шестеро: 6, семеро: 7, восьмеро: 8, "дев'ятеро": 9, десятеро: 10,
    одинадцятьох: 11, дванадцятьох: 12, тринадцятьох: 13, чотирнадцятьох: 14, "п'ятнадцятьох": 15,
    шістнадцятьох: 16, сімнадцятьох: 17, вісімнадцятьох: 18, "дев'ятнадцятьох": 19, двадцятьох: 20, тридцятьох: 30,
    "п'ятдесятьох": 50, шістдесятьох: 60, сімдесятьох: 70, вісімдесятьох: 80,
    обидва: 2, обидві: 2,
  },
  ru: {
    один: 1, одна: 1, одну: 1, одного: 1, одной: 1,
    два: 2, две: 2, двух: 2, двум: 2, двумя: 2, три: 3, трех: 3, трёх: 3, трем: 3, трём: 3, тремя: 3,
    четыре: 4, четырех: 4, четырёх: 4, четырем: 4, четырьмя: 4, пять: 5, пяти: 5, пятью: 5,
    шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9,
    десять: 10, десяти: 10, одиннадцать: 11, одиннадцати: 11, двенадцать: 12, двенадцати: 12,
    тринадцать: 13, тринадцати: 13, четырнадцать: 14, четырнадцати: 14, пятнадцать: 15,
    пятнадцати: 15, шестнадцать: 16, шестнадцати: 16, семнадцать: 17, семнадцати: 17,
    восемнадцать: 18, восемнадцати: 18, девятнадцать: 19, девятнадцати: 19, двадцать: 20,
    двадцати: 20, тридцать: 30, тридцати: 30, сорок: 40, сорока: 40, пятьдесят: 50, пятидесяти: 50,
    шестьдесят: 60, шестидесяти: 60, семьдесят: 70, семидесяти: 70, восемьдесят: 80,
    восьмидесяти: 80, девяносто: 90, девяноста: 90, сто: 100, ста: 100, двести: 200, двухсот: 200,
    триста: 300, трехсот: 300, трёхсот: 300, четыреста: 400, четырехсот: 400, четырёхсот: 400,
    пятьсот: 500, пятисот: 500, шестьсот: 600, шестисот: 600, семьсот: 700, семисот: 700,
    восемьсот: 800, восьмисот: 800, девятьсот: 900, девятисот: 900, полторы: 1.5, полтора: 1.5, полутора: 1.5,
    двое: 2, двоих: 2, трое: 3, троих: 3, четверо: 4, четверых: 4, пятеро: 5, пятерых: 5, шестеро: 6, шестерых: 6,
    семеро: 7, семерых: 7, десятеро: 10, оба: 2, обе: 2,
  },
  de: {
    ein: 1, eine: 1, einer: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7,
    sieb: 7, sech: 6, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30, dreissig: 30,
    vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, und: 0,
    anderthalb: 1.5, eineinhalb: 1.5,
  },
};

/** Words that multiply the current group by 100 (hundred, hundert). */
export const HUNDRED_WORDS: ReadonlySet<string> = new Set([
  'hundred',
  'hundert',
  'сотня',
  'сотню',
  'сотні',
  'сотень',
  'сотни',
  'сотен',
]);

/** Scale words: thousand and above, in every inflection. */
// prettier-ignore
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, dozen: 12,
  тисяча: 1e3, тисячі: 1e3, тисяч: 1e3, тисячу: 1e3, тисячами: 1e3, тисячам: 1e3,
  мільйон: 1e6, мільйона: 1e6, мільйони: 1e6, мільйонів: 1e6,
  тысяча: 1e3, тысячи: 1e3, тысяч: 1e3, тысячу: 1e3, тысячами: 1e3, тысячам: 1e3, тысячей: 1e3,
  миллион: 1e6, миллиона: 1e6, миллионы: 1e6, миллионов: 1e6,
  tausend: 1e3, millionen: 1e6,
};

/** Words that alone carry no figure ("a", "one", "ein", "und"): a phrase made only of these is not a number. */
// prettier-ignore
export const WEAK_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'one', 'half', 'dozen', 'один', 'одна', 'одну', 'одного', 'однієї', 'одной',
  'ein', 'eine', 'einer', 'eins', 'und', 'sieb', 'acht',
]);

/** German morphemes that build fused numerals (zwölftausend, dreihundertfünfzig). */
// prettier-ignore
export const GERMAN_MORPHEMES: readonly string[] = [
  'eins', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sech', 'sieben', 'sieb', 'acht', 'neun', 'zehn',
  'elf', 'zwölf', 'zwanzig', 'dreißig', 'dreissig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig',
  'achtzig', 'neunzig', 'hundert', 'tausend', 'und',
];

/** Normalises a word for lexicon lookup: lower case, one apostrophe. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[’ʼ`´]/g, "'");
}
