import { expect, test } from 'vitest';
import { DIGITS, LETTERS } from '../lang/letters.ts';
import { CHAR_CLASS, DIGIT, LETTER, OTHER } from './char-classes.ts';

test('CHAR_CLASS agrees with the LETTERS and DIGITS regex classes on every UTF-16 unit', () => {
  const letter = new RegExp(`[${LETTERS}]`);
  const digit = new RegExp(`[${DIGITS}]`);
  const wrong: number[] = [];
  for (let code = 0; code < 0x10000; code++) {
    const unit = String.fromCharCode(code);
    const expected = letter.test(unit) ? LETTER : digit.test(unit) ? DIGIT : OTHER;
    if (CHAR_CLASS[code] !== expected) wrong.push(code);
  }
  expect(wrong).toEqual([]);
});
