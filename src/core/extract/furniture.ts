/**
 * Page furniture around the paragraphs of an article, and how far each block takes a text from a mention of
 * North Korea. Furniture lines ("(More to follow)", "UPDATE 1 - adds details", "09:14 KST | 2 min read", "Read
 * also: …"; not headlines, which may start a new story), photo captions and reader comments do not change what
 * the text is about; runs of short lines wear it out a third as fast as paragraphs. The extractor and the page
 * scan (src/dom/scan) count alike, so the browser reads every block the extractor needs.
 */

/** Longest furniture line, and the length below which a block is a short line, in characters. */
const SHORT_BLOCK = 100;
/** Two words of letters at least ("war" or "·" alone are the context stand-ins of compactContext). */
const TWO_WORDS = /[\p{L}][\p{L}'’-]*[^\p{L}]+[\p{L}\d]/u;
/**
 * What marks a line as furniture rather than a headline or subheading (which may start a new story): a time,
 * a separator bar, or a word of page furniture.
 */
const MARK =
  /\d{1,2}:\d{2}|[|·•]|👍|👎|\b(?:update[sd]?|updating|more\s+to\s+follow|developing|read\s+(?:also|more)|see\s+also|related|min(?:ute)?s?\s+read|share|advertisement|photo|video|listen|aktualisiert|lesen\s+sie\s+auch|mehr\s+zum\s+thema|anzeige|teilen|foto)\b|обновлено|оновлено|читайте\s+(?:также|також|тоже)|мин(?:\.|ут[аы]?)?\s+чтения|хв(?:\.|илин[аи]?)?\s+читання|поделиться|поділитися|реклама|фото|відео|видео|업데이트|관련\s?기사|광고|사진|공유|계속/i;
/** A page number alone on its line. */
const PAGE_NUMBER = /^\d{1,3}$/;
/** A sentence ends the line: furniture does not. */
const SENTENCE_END = /[.!?…;]["'”’»)]?\s*$/;

/**
 * Whether a block's text is furniture (see the module comment).
 * @returns false for sentences, headlines without a mark of furniture, lines longer than SHORT_BLOCK, and
 *   single words.
 */
export function isFurniture(text: string): boolean {
  const line = text.trim();
  // a page number alone, as a PDF's page break is copied ("15")
  if (PAGE_NUMBER.test(line)) return true;
  if (isForumFurniture(line)) return true;
  return (
    line.length > 0 &&
    line.length <= SHORT_BLOCK &&
    !line.includes('\n') &&
    !SENTENCE_END.test(line) &&
    TWO_WORDS.test(line) &&
    MARK.test(line)
  );
}

/** Longest line of a forum's card of labels, in characters. */
const SHORT_LINE = 80;
/** Longest block of a forum's furniture (an author's card of four or five lines), in characters. */
const FORUM_BLOCK = 240;
/**
 * What marks a forum's furniture: a post's number and date ("#41   21-02-2026, 08:47"), its author's card ("Join
 * Date: Mar 2019", "Beiträge: 4.512", "Сообщений: 3 118", "가입일: 2021.03"), its buttons ("Reply   Quote").
 */
const FORUM_MARK =
  /^#\d{1,5}[\s\u00a0]+\S*\d|(?:join\s+date|posts|beiträge|registriert(?:\s+seit)?|mitglied\s+seit|сообщений|дата\s+регистрации|регистрация|повідомлень|дописів|реєстрація|зареєстрован[а-яіїє]*|가입일|게시글|작성글)[\s\u00a0]*:|(?:reply|antworten|ответить|відповісти|답글)[\s\u00a0]+(?:quote|zitieren|цитировать|цитувати|цитата|인용)/iu;
/** A signature under a post: a line of "--" or "__" first. */
const SIGNATURE = /^(?:--|__)[-_]*[\s\u00a0]*\n/;

/**
 * Whether a block is a forum post's header, its author's card, its buttons (FORUM_MARK, every line short) or its
 * signature ("--" on its first line, then the author's motto): no news, its numbers count nothing ("Posts:
 * 4,512", "K9 1문이면 다 해결").
 * @returns false for blocks longer than FORUM_BLOCK and for any other block.
 */
export function isForumFurniture(text: string): boolean {
  const block = text.trim();
  return (
    block.length <= FORUM_BLOCK && (SIGNATURE.test(block) || (shortLines(block) && FORUM_MARK.test(block)))
  );
}

/**
 * A forum post's first line: its number, perhaps with its date ("#41   21-02-2026, 08:47", "#2"); a thread's
 * post, numbered before its text ("2/9 База. …"); a reply's handle and time ("↳ @kobzar_osint · 28 бер.").
 */
const POST_START =
  /^[\s\u00a0]*(?:#\d{1,5}(?:[ \t\u00a0]+[^\n]{0,40})?(?:\n|$)|(\d{1,2})\/(\d{1,2})[\s\u00a0]|↳?[ \t\u00a0]*@\w[\w.]*[ \t\u00a0]*·)/;

/** A reply on a wiki's talk page, indented by colons: ":Against a plain swap.", "::Agreed." */
const WIKI_REPLY = /^[\s\u00a0]*:{1,8}[^:\s]/;
/** A wiki talk page's signature at a post's end: "--Name (talk) 18:27, 2 May 2025 (UTC)", "— Ник (обс.) …". */
const WIKI_SIGNATURE =
  /(?:--|[—–])[\s\u00a0]*[^\n()]{1,60}\((?:talk|обговорення|обг\.|обсуждение|обс\.|diskussion|disk\.|토론)\)[^\n]{0,60}\((?:utc|cet|cest|mez|mesz|kst|msk)\)[\s\u00a0]*$/i;

/**
 * Whether a block starts a post of a forum thread ("#41   21-02-2026, 08:47", perhaps with its author's card
 * under it), or is a post of a wiki's talk page (a reply indented by colons, or a post signed at its end). A thread
 * goes on with its subject from post to post, however many posts name it no more: the extractor and the page walk
 * (src/dom/scan) take the subject up again at each post.
 * @returns false for any other block, a Markdown heading ("# Title") included.
 */
export function startsPost(text: string): boolean {
  const m = POST_START.exec(text);
  // (a thread's post is numbered at most its total: "2/9", not "24/7")
  if (m !== null) return !(Number(m[1]) > Number(m[2]));
  // (a signature ends in a time zone in brackets: only such a block's end is read)
  return WIKI_REPLY.test(text) || (endsWithBracket(text) && WIKI_SIGNATURE.test(text.slice(-200)));
}

/** Whether a block's last character other than whitespace is ")" (read from the end, without a copy). */
function endsWithBracket(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text.charCodeAt(i) <= 32 || text.charCodeAt(i) === 0xa0)) i--;
  return text.charCodeAt(i) === 41;
}

/** Whether every line of a block is short (a card of labels, not a post's text). */
function shortLines(text: string): boolean {
  let start = 0;
  for (let end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start))
    if (end - start > SHORT_LINE) return false;
  return text.length - start <= SHORT_LINE;
}

/** Whether a block is a short line (a label, a callout, a list item, a heading). */
function isShortBlock(text: string): boolean {
  return text.trim().length < SHORT_BLOCK;
}

/** A short question or label: "How many have died?", "Losses:", "피해 규모는 어느 정도인가." */
const ASKS_OR_LABELS = /(?:[?:：]|(?:인가|는가|은가|나|까|니)\.)\s*$/;

/**
 * A transcript's turn: a speaker's name in capitals, a name in its case, or a Korean name, and a colon ("KATRIN
 * ALBERS:", "ПАК:", "ОКСАНА РЯБКО, ведуча:", "YOON (interpreting):", "Kurier:", "정하윤:"; a label such as
 * "Update:" reads alike), or a print
 * interview's dash ("— А поранених?"); a podcast's time may stand before the name ("[00:04:13] OWEN:").
 */
const SPEAKER_TURN =
  /^[\s\u00a0]*(?:[[(]?\d{1,2}:\d\d(?::\d\d)?[\])]?[\s\u00a0]+)?(?:(?:[A-ZÄÖÜА-ЯІЇЄҐЁ][A-ZÄÖÜА-ЯІЇЄҐЁ'’.-]+(?:[\s\u00a0]+[A-ZÄÖÜА-ЯІЇЄҐЁ][A-ZÄÖÜА-ЯІЇЄҐЁ'’.-]+){0,2}|[A-ZÄÖÜА-ЯІЇЄҐЁ][a-zäöüßа-яіїєґё'’-]+|[가-힣]{2,4})(?:,[^:\n]{1,40}|[\s\u00a0]*\([^()\n]{1,40}\))?:|[—–])[\s\u00a0]/u;

/**
 * How far a block takes the text from a mention of North Korea: a paragraph counts one, and so does a short
 * line after a paragraph (a headline between stories); a short line after another short line, and a short
 * question or label, count a third (the callouts, labels and list items of an infographic or a fact box, the
 * questions of a FAQ, do not wear out the subject the way paragraphs of prose do). The extractor and the page
 * scan count alike. A transcript's or a print interview's turns after one another count a quarter.
 * @param previous the block before it; null at the start
 * @returns 0 for a reader's comment (isComment), 1/4 for a transcript's turn after another (SPEAKER_TURN),
 *   1/3 for such short lines, 1 otherwise
 */
export function blockWeight(text: string, previous: string | null): number {
  if (isComment(text)) return 0;
  // the turns of a transcript or an interview go on with the conversation's subject: a quarter of a paragraph each
  if (previous !== null && SPEAKER_TURN.test(text) && SPEAKER_TURN.test(previous)) return 1 / 4;
  // the numbered posts of a thread ("4/ …", under the author's name and handle) go on with its subject too
  // (the test is slow on every block; a post's number holds a slash)
  if (previous !== null && text.includes('/') && THREAD_POST.test(text) && THREAD_POST.test(previous))
    return 1 / 3;
  if (!isShortBlock(text)) return 1;
  // a question or a label before what answers it ("How many have died?", "Losses:") is no paragraph either
  if (ASKS_OR_LABELS.test(text)) return 1 / 3;
  return previous !== null && isShortBlock(previous) ? 1 / 3 : 1;
}

/** A thread's numbered post, perhaps under its author's name and handle: "Mara Kellner\n@mk\n4/ Dec 2024 …". */
const THREAD_POST = /^(?:[^\n]{1,60}\n)?(?:@[\p{L}\d_.]+[^\n]{0,40}\n)?[\s\u00a0]*\d{1,2}\/[\s\u00a0]/u;

/** The words and marks of a comment's reactions line ("👍 48  👎 6  Reply", "👍 15 · Antworten · Melden", "공감 388 비공감 12"). */
const REACTION_TOKENS =
  /👍|👎|❤️?|♥|[\d.,]+[kKкК]?|[·|•+\-–]|reply|replies|report|share|like[sd]?|antworten|melden|teilen|ответить|пожаловаться|поделиться|відповісти|поскаржитися|поділитися|답글|공감|비공감|신고|\s+/giu;
const REACTION_MARK = /👍|👎|reply|antworten|ответить|відповісти|답글|공감/iu;
/** A reactions line is shorter than this. */
const REACTIONS_MAX = 60;

/**
 * A comment's header on its own first line: a reply's mark, the author's handle (three words at most), then after a
 * "·" or "|" when it was written ("kestrel_77 · 2 h ago · ▲ 214", "↳ Kartenleser · vor 3 Std.", "→ mila.v · 5
 * ноября, 09:11 · ▲ 41", "└ 군필아재 | 14:58", "평화가좋아 | 2025.09.02 14:51"); the comment's text follows on the
 * next line.
 */
const COMMENT_HEADER =
  /^\s*[↳└→]?\s*[^\s·|]+(?:\s[^\s·|]+){0,2}\s[·|]\s[^\n]{0,30}?(?:\d:\d\d|\sago|vor\s\d|назад|тому|전)[^\n]{0,30}\n/u;

/**
 * Whether a block is a reader's comment under an article: copied with its reactions line at its end ("…\n👍 48
 * 👎 6 Reply"), or with its header on its first line (COMMENT_HEADER). A thread of comments discusses the article
 * above it: it does not wear out what the article is about.
 * @returns false for anything with neither.
 */
export function isComment(text: string): boolean {
  // (only the ends of the block are read: the walk asks this of every block of a region; one line is no comment)
  if (!text.includes('\n')) return false;
  if (COMMENT_HEADER.test(text)) return true;
  const tail = text.slice(-REACTIONS_MAX * 2).trimEnd();
  const lastBreak = tail.lastIndexOf('\n');
  if (lastBreak < 0) return false;
  const last = tail.slice(lastBreak);
  return last.length < REACTIONS_MAX && REACTION_MARK.test(last) && last.replace(REACTION_TOKENS, '') === '';
}

/** A photo caption: a label before it ("Caption:", "Фото:", "사진=") or a credit at its end ("Foto: Reuters"). */
const CAPTION_START = /^[\s\u00a0]*(?:bildunterschrift|caption|photo|фото|світлина|사진)[\s\u00a0]*[:=|]/i;
const CREDIT_END =
  /(?:^|[.!?)][\s\u00a0]+|[\s\u00a0][|/·][\s\u00a0])(?:foto|photo|фото|사진|bild|image)[\s\u00a0]*[:=©][^.!?\n]{1,60}[\s\u00a0]*$/i;

/**
 * Whether a block is a photo caption (CAPTION_START, CREDIT_END).
 * @returns false for blocks of 600 characters or more.
 */
export function isCaption(text: string): boolean {
  return text.length < 600 && (CAPTION_START.test(text) || CREDIT_END.test(text.trimEnd()));
}

/**
 * A time alone on its line, as a live blog or a news ticker heads each entry: "12:40", "10:00 KST", "14.05 Uhr",
 * "18:10 (UTC)", with the day before it ("2025.09.02 13:05", "02.09.2025, 13:05").
 */
const ENTRY_TIME =
  /^[\s\u00a0]*(?:(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}))\.?,?[\s\u00a0]+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[\s\u00a0]*\(?(?:uhr|год\.?|ч\.?|kst|utc|gmt|cet|cest|msk|mez|est|et|bst)\)?)?[\s\u00a0]*$/i;

/**
 * Whether a block starts with the time that heads a live blog's entry (a time alone on the block's first line,
 * the entry's headline or text on the lines after), or with a bracketed time before its text, as a bulletin's
 * transcript heads its next item ("[13:03] Back home now."): the entry is news of its own, into which no subject
 * carries.
 * @returns false for any other block, a time with words after it on its line ("09:14 KST | 2 min read") included.
 */
export function startsEntry(text: string, previous: string | null = null): boolean {
  const lineEnd = text.indexOf('\n');
  const first = lineEnd < 0 ? text : text.slice(0, lineEnd);
  if (first.length <= 36 && ENTRY_TIME.test(first)) return true;
  // (not a speaker's turn, "[09:47] Dev R.: …", "[00:03:41] MAYA: …", nor a ticker's or a chat's lines, each under
  // its time, the one before too)
  return (
    BRACKETED_TIME_LEAD.test(first) &&
    !SPEAKER_LABEL.test(first) &&
    !BRACKETED_TIME_LINE.test(text.slice(first.length)) &&
    !(previous !== null && BRACKETED_TIME_LEAD.test(previous))
  );
}

/** A bracketed clock time (no seconds) that opens a bulletin's next item before its text: "[13:03] Back home now." */
const BRACKETED_TIME_LEAD = /^[\s\u00a0]*\[(?:[01]?\d|2[0-3])[:.][0-5]\d\][\s\u00a0]+\S/;
/** A speaker's label after such a time: "[09:47] Dev R.: ", "[10:38] 대변인: ". */
const SPEAKER_LABEL = /^[\s\u00a0]*\[[^\]]*\][\s\u00a0]+(?:[^\s:]+[\s\u00a0]+){0,4}[^\s:]+:/;
/** Another line opened by a bracketed time further on (a ticker's or a chat's lines). */
const BRACKETED_TIME_LINE = /\n[\s\u00a0]*\[\d{1,2}[:.]\d\d/;

/** The spaced dash after a key-numbers line's number, before what it counts. */
const LINE_DASH = /[\s\u00a0][—–][\s\u00a0]+\S/;
/** A number in a line's head: digits, or Korean's "hundreds", "thousands" (수백, 수천 …). */
const HEAD_NUMBER = /\d|수[십백천만]/;
/** A clock time: a live blog's entry ("12:40 — Kursk: …") is no key number. */
const CLOCK = /\d[:.][0-5]\d(?!\d)/;

/**
 * Whether a line gives a key number: a short head with a number near its start (after a hedge or a label,
 * with a scale or a sign: "ca. 11.000", "über 10 Mio.", "사망 약 300명, 부상 약 2,700명"), a spaced dash, and
 * what the number counts.
 */
function isFigureLine(line: string): boolean {
  const dash = LINE_DASH.exec(line);
  if (!dash || dash.index > 40) return false;
  const head = line.slice(0, dash.index);
  const number = HEAD_NUMBER.exec(head);
  return number !== null && number.index <= 24 && !CLOCK.test(head);
}

/**
 * A line that gives an estimate as fields split by spaced dashes: who (no digit), when (a short field with a
 * digit), how many (a number near the field's start): "NIS – 13.01.2025 – about 300 killed", "Pentagon (Ryder) –
 * 04.11.2024 – 11,000 to 12,000".
 */
const ESTIMATE_LINE =
  /^[^\d]{1,60}?[\s\u00a0][—–][\s\u00a0][^—–\n]{0,22}\d[^—–\n]{0,22}?[\s\u00a0][—–][\s\u00a0][^\d\n]{0,24}(?:\d|수[십백천만])/;

/** A spaced dash in a line, looked for before the estimate line's regex. */
function hasFieldDash(line: string): boolean {
  return (
    line.includes(' – ') || line.includes(' — ') || line.includes('\u00a0– ') || line.includes('\u00a0— ')
  );
}

/**
 * Whether a block is (part of) a key-numbers list: every line of it gives a number, a dash and what the number
 * counts ("ca. 11.000 – Soldaten der ersten Welle (NIS, 20.11.2024)", "About 6,000 — killed or wounded in
 * total"). On a page about North Korea such a list goes on with the page's subject, as a table's rows do.
 * @returns false for an empty block or any block with a line of another shape.
 */
export function isFigureList(text: string): boolean {
  let lines = 0;
  let label = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    // (a label may open the list: "Оцінки, на яких побудовано графік 1:")
    if (lines === 0 && !label && /:[\s\u00a0]*$/.test(line) && line.length <= 100) {
      label = true;
      continue;
    }
    if (!isFigureLine(line) && !(hasFieldDash(line) && ESTIMATE_LINE.test(line))) return false;
    lines++;
  }
  return label ? lines >= 2 : lines > 0;
}

/** Containers (any case): North Korea's shipments are counted in them (shells alone are not enough). */
const CONTAINERS = /container|контейнер|컨테이너/i;

/**
 * Whether a block counts containers: after a mention of North Korea such a paragraph goes on with its subject
 * ("traced roughly 16,000 containers on 64 voyages"); Seoul's loans of 155 mm shells or a donor's package of
 * rounds do not.
 * @returns false for a block without the word.
 */
export function countsContainers(text: string): boolean {
  return CONTAINERS.test(text);
}
