/**
 * Characters web pages put inside words that show nothing: soft hyphens ("Nord&shy;korea", "nord&shy;korea&shy;nische"
 * in German headlines and teasers), zero-width spaces and joiners, the word joiner and a stray byte-order mark.
 * A name broken by one is still the name to a reader, and must be to every test of the text.
 */

/** Any invisible character (a cheap test first: most text has none). */
export const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/**
 * The text without its invisible characters.
 * @returns the text itself when it holds none.
 */
export function dropInvisible(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text;
}

/** Whether a UTF-16 code unit is one of INVISIBLE's characters. */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/**
 * Maps offsets in dropInvisible(text) back to `text`: each to the position of the same character there.
 * @param offsets ascending offsets into dropInvisible(text)
 * @returns the offsets in `text`, in the same order; an offset at the end maps to text.length.
 */
export function offsetsWithInvisible(text: string, offsets: readonly number[]): number[] {
  const out: number[] = [];
  let k = 0;
  let kept = 0;
  for (let i = 0; i <= text.length && k < offsets.length; i++) {
    if (i < text.length && isInvisible(text.charCodeAt(i))) continue;
    while (k < offsets.length && offsets[k] === kept) {
      out.push(i);
      k++;
    }
    kept++;
  }
  return out;
}
