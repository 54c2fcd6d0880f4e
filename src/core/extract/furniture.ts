/**
 * Page furniture between the paragraphs of an article: short lines that are not sentences ("(More to
 * follow)", "UPDATE 1 - adds details", "09:14 KST | 2 min read", "Read also: …"; not headlines, which may start
 * a new story). They do not
 * wear out what the text is about: the extractor does not count them as paragraphs between a mention of North
 * Korea and a figure (unless they name a side themselves), and the page scan reads past them.
 */

/** Longest furniture line, in characters. */
const MAX_FURNITURE = 100;
/** Two words of letters at least ("war" or "·" alone are the context stand-ins of compactContext). */
const TWO_WORDS = /[\p{L}][\p{L}'’-]*[^\p{L}]+[\p{L}\d]/u;
/**
 * What marks a line as furniture rather than a headline or subheading (which may start a new story): a time,
 * a separator bar, or a word of page furniture.
 */
const MARK =
  /\d{1,2}:\d{2}|[|·•]|👍|👎|\b(?:update[sd]?|updating|more\s+to\s+follow|developing|read\s+(?:also|more)|see\s+also|related|min(?:ute)?s?\s+read|share|advertisement|photo|video|listen|aktualisiert|lesen\s+sie\s+auch|mehr\s+zum\s+thema|anzeige|teilen|foto)\b|обновлено|оновлено|читайте\s+(?:также|також|тоже)|мин(?:\.|ут[аы]?)?\s+чтения|хв(?:\.|илин[аи]?)?\s+читання|поделиться|поділитися|реклама|фото|відео|видео|업데이트|관련\s?기사|광고|사진|공유|계속/i;
/** A sentence ends the line: furniture does not. */
const SENTENCE_END = /[.!?…;]["'”’»)]?\s*$/;

/**
 * Whether a block's text is furniture (see the module comment).
 * @returns false for sentences, headlines without a mark of furniture, lines longer than MAX_FURNITURE, and
 *   single words.
 */
export function isFurniture(text: string): boolean {
  const line = text.trim();
  return (
    line.length > 0 &&
    line.length <= MAX_FURNITURE &&
    !line.includes('\n') &&
    !SENTENCE_END.test(line) &&
    TWO_WORDS.test(line) &&
    MARK.test(line)
  );
}

/** Below this many characters a block is a line (a label, a callout, a list item, a heading). */
const SHORT_BLOCK = 100;

/** Whether a block is a short line (see blockWeight). */
export function isShortBlock(text: string): boolean {
  return text.trim().length < SHORT_BLOCK;
}

/**
 * How far a block takes the text from a mention of North Korea: a paragraph counts one, and so does a short
 * line after a paragraph (a headline between stories); a short line after another short line, and a short
 * question or label, count a third (the callouts, labels and list items of an infographic or a fact box, the
 * questions of a FAQ, do not wear out the subject the way paragraphs of prose do). The extractor and the page
 * scan count alike.
 * @param previous the block before it; null at the start
 * @returns 1 or 1/3
 */
export function blockWeight(text: string, previous: string | null): number {
  if (isComment(text)) return 0;
  if (!isShortBlock(text)) return 1;
  // a question or a label before what answers it ("How many have died?", "Losses:") is no paragraph either
  if (/(?:[?:：]|(?:인가|는가|은가|나|까|니)\.)\s*$/.test(text)) return 1 / 3;
  return previous !== null && isShortBlock(previous) ? 1 / 3 : 1;
}

/** The words and marks of a comment's reactions line ("👍 48  👎 6  Reply", "👍 15 · Antworten · Melden", "공감 388 비공감 12"). */
const REACTION_TOKENS =
  /👍|👎|❤️?|♥|[\d.,]+[kKкК]?|[·|•+\-–]|reply|replies|report|share|like[sd]?|antworten|melden|teilen|ответить|пожаловаться|поделиться|відповісти|поскаржитися|поділитися|답글|공감|비공감|신고|\s+/giu;
const REACTION_MARK = /👍|👎|reply|antworten|ответить|відповісти|답글|공감/iu;

/**
 * Whether a block is a reader's comment under an article, copied with its reactions line ("…\n👍 48  👎 6
 * Reply"). A thread of comments discusses the article above it: it does not wear out what the article is about.
 * @returns false for anything without a reactions line at its end.
 */
export function isComment(text: string): boolean {
  const trimmed = text.trimEnd();
  const lastBreak = trimmed.lastIndexOf('\n');
  if (lastBreak < 0) return false;
  const last = trimmed.slice(lastBreak);
  return last.length < 60 && REACTION_MARK.test(last) && last.replace(REACTION_TOKENS, '') === '';
}
