/**
 * Word starts for the cue and number tokenizers, found by a character loop: the same positions as iterating
 * `/[A-Za-zÀ-ɏЀ-ӿ가-힣一-鿿0-9]+/g`, without running a regex (and allocating a match) for every word of a paragraph.
 */

/**
 * Whether a UTF-16 code unit is a word character of the tokenizers: [A-Za-zÀ-ɏЀ-ӿ가-힣0-9], and the CJK ideographs
 * Korean headlines abbreviate countries with ("北 파병군", "美 국방부").
 */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x400 && c <= 0x4ff) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0x4e00 && c <= 0x9fff)
  );
}

/**
 * The first word start in text[from, to): `from` itself when it holds a word character (even in the middle of
 * a word, as a regex started there would match), else the first word character after a non-word one.
 * @returns -1 when there is none.
 */
export function firstWordStart(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isWordCode(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * The next word start after the word that contains position `at` (or at `at`'s next word when `at` is not in
 * a word), before `to`.
 * @returns -1 when there is none.
 */
export function nextWordStart(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && isWordCode(text.charCodeAt(i))) i++;
  return firstWordStart(text, i, to);
}
