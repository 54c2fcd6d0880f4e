/**
 * Paragraph and sentence boundaries over plain text, as [start, end) offsets into the original string.
 * A blank line ends a paragraph; a single line break ends a sentence (headlines, list items) but not the
 * paragraph, so a subject can carry over from a heading line to the text under it.
 */

/** A [start, end) range of the input. */
export interface Span {
  start: number;
  end: number;
}

const PARAGRAPH_BREAK = /\n[ \t\u00a0\r]*\n\s*/g;
/** (a footnote's number in superscript may follow the full stop: "… als Ersatz hinzu.² Russland …") */
const SENTENCE_END = /[.!?…。]+["'”’»)\]]*[¹²³⁰⁴-⁹]*(?=\s)|\n/g;
/** The same, for text with bullets or bars (only then: the extra branch is tried at every space). */
const SENTENCE_OR_ITEM_END = /[.!?…。]+["'”’»)\]]*[¹²³⁰⁴-⁹]*(?=\s)|\n|[ \t\u00a0][•·|▪]+(?=\s)/g;
const HAS_ITEM_MARK = /[•·|▪]/;
/** Bullets and bars between items ("A • B", tickers, fact boxes) end a sentence whatever follows them. */
const ITEM_MARK = /^[ \t\u00a0][•·|▪]+$/;
const NEXT_STARTS_SENTENCE = /^\s+["'“‘«([—–-]?\s*[\p{Lu}\p{N}\p{Lo}]/u;
// prettier-ignore
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'sgt', 'capt', 'adm', 'st', 'no', 'nr', 'vs', 'etc', 'jan', 'feb',
  'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ca', 'approx', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'z.b',
  'bzw', 'ggf', 'vgl', 'tis', 'тис', 'тыс', 'млн', 'tsd', 'ім', 'им', 'р', 'г', 'гг', 'ст', 'т', 'д', 'н', 'ген', 'mio', 'mrd',
  'rep', 'sen', 'gov', 'pres', 'prof', 'n', 's', 'dpr', 'c', 'mind', 'max', 'min', 'appr', 'est', 'бл', 'прибл', 'ок', 'св', 'обл', 'rd', 'zirka',
]);
const CYRILLIC_SCALES = new Set(['тис', 'тыс', 'млн', 'млрд']);
// prettier-ignore
const MONTH_AFTER = /^\s+(?:jan|feb|m[äa]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])/iu;

/** Paragraphs of the text (blank-line separated); the whole text is one paragraph when it has no blank line. */
export function findParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PARAGRAPH_BREAK.exec(text)) !== null) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** True when the "." at `dot` ends an abbreviation, an initial or a German ordinal date ("24. Oktober"). */
function isAbbreviation(text: string, dot: number, after: string): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text.charAt(i - 1))) i--;
  const word = text.slice(i, dot).toLowerCase();
  // "… около 15 тыс. Кроме того": Ukrainian and Russian write the noun after a scale in lower case, so a
  // capital after one starts a sentence (German nouns are capitalised: "5 Tsd. Soldaten" goes on)
  // (the scale written in lower case: not in a text set in capitals, as tickers are, "БЛИЗЬКО 6 ТИС. ВІЙСЬКОВИХ")
  if (CYRILLIC_SCALES.has(word) && /^\s+[«"„(]?\p{Lu}/u.test(after) && text.charAt(dot - 1) === word.at(-1))
    return false;
  if (ABBREVIATIONS.has(word)) return true;
  if (/^\p{Lu}$/u.test(text.slice(i, dot))) return true;
  if (word === '' && /\d$/.test(text.slice(0, dot)) && MONTH_AFTER.test(after)) return true;
  return false;
}

/** Sentences of text[start, end), trimmed of surrounding whitespace. */
export function findSentences(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  let s = start;
  const ends = HAS_ITEM_MARK.test(text.slice(start, end)) ? SENTENCE_OR_ITEM_END : SENTENCE_END;
  ends.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = ends.exec(text)) !== null && m.index < end) {
    const stop = m.index + m[0].length;
    const hard = m[0] === '\n' || ITEM_MARK.test(m[0]);
    if (!hard) {
      const after = text.slice(stop, Math.min(end, stop + 16));
      if (!NEXT_STARTS_SENTENCE.test(after)) continue;
      if (m[0] === '.' && isAbbreviation(text, m.index, after)) continue;
    }
    pushTrimmed(text, out, s, hard ? m.index : stop);
    s = stop;
  }
  pushTrimmed(text, out, s, end);
  return out;
}

function pushTrimmed(text: string, out: Span[], start: number, end: number): void {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text.charAt(a))) a++;
  while (b > a && /\s/.test(text.charAt(b - 1))) b--;
  if (b > a) out.push({ start: a, end: b });
}
