/**
 * A table of the word characters the matcher's tokenizers use (`LETTERS` and `DIGITS` of lang/letters.ts),
 * so a tokenizer can walk a text by character codes instead of running a regex per word. Both classes cover
 * single UTF-16 units only, like the regexes they stand for (no `u` flag).
 */
import { DIGITS, LETTERS } from '../lang/letters.ts';

/** Not a word character. */
export const OTHER = 0;
/** A letter of `LETTERS`. */
export const LETTER = 1;
/** A digit of `DIGITS`. */
export const DIGIT = 2;

/**
 * The code ranges of a regex character-class body made of `a-z` ranges, `\uXXXX` escapes and plain
 * characters (what LETTERS and DIGITS hold; char-classes.test.ts checks the table against the regexes).
 */
function readRanges(body: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let i = 0;
  const readUnit = (): number => {
    if (!body.startsWith('\\u', i)) return body.charCodeAt(i++);
    i += 6;
    return parseInt(body.slice(i - 4, i), 16);
  };
  while (i < body.length) {
    const from = readUnit();
    if (body[i] === '-' && i + 1 < body.length) {
      i++;
      ranges.push([from, readUnit()]);
    } else ranges.push([from, from]);
  }
  return ranges;
}

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [from, to] of readRanges(LETTERS)) table.fill(LETTER, from, to + 1);
  for (const [from, to] of readRanges(DIGITS)) table.fill(DIGIT, from, to + 1);
  return table;
}

/** `CHAR_CLASS[code]` is LETTER, DIGIT or OTHER for every UTF-16 code unit. */
export const CHAR_CLASS = buildTable();
