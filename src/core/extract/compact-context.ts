/**
 * Cutting a unit's context blocks down to what the extractor takes from them, so less page text is sent for
 * reading. Runs in the content script: depends on the small rule tables only, not on the extractor.
 */
import { lowerSameLength } from '../lang/lower-text.ts';
import { MAX_CARRY, WAR_CONTEXT } from './context-rules.ts';
import type { TextUnit } from './find-unit-figures.ts';
import { countsContainers, isComment, isFigureList } from './furniture.ts';
import { mayBePast } from './past-era.ts';
import { namesKoreanBorder } from './korean-border.ts';
import { namesNorthKoreaOften } from './names-north-korea-often.ts';

/**
 * Word stems of which every North Korea cue of the extractor (NK_PARTS: "North Korea", "the North's", "KPA",
 * "корейців", "Koreaner", "북측" …) contains one. Text without any of them cannot name North Korea for the
 * carry-over; a test checks that every cue pattern holds a stem.
 */
export const NK_STEMS =
  /korea|коре|north|norden|kpa|dprk|dvrk|pyongyang|пхеньян|кндр|кім|ким|kim|pj[öo]ngjang|북|北|조선|김정은|평양|파병|정찰총국|reconnaissance/i;

/** Stand-ins for the context blocks: the first keeps whether the unit speaks of the war, the rest are neutral. */
const WAR_STAND_IN = 'war';
const PLAIN_STAND_IN = '·';
/** A reader's comment stays a comment (the extractor takes a page's subject up again at each one). */
const COMMENT_TAIL = '\nReply';

/**
 * A digit or a number word of thousands or hundreds: a block that counts something. (Counting soldiers was asked
 * too until batch 79 joined: a count of money before a quote, "8 тисяч вон … понад 30 тисяч", changed how the
 * extractor read "про полторы тысячи, потом про три тысячи" after it.)
 */
const COUNT_WORD = /\d|thousand|hundred|tausend|hundert|тисяч|тысяч|сот|천|만|백/i;

/** An army, its units or its volunteers, of whichever side: a block that may name the other side's force. */
const ARMY_WORD =
  /army|armed\s+forces|battalion|brigade|regiment|legion|armee|bataillon|zsu|зсу|всу|збройн|вооруж|батальйон|батальон|бригад|полк|легіон|легион|добровол|부대|여단|대대/i;

/** Whether a text speaks of the war as the extractor tests it (lower-cased, anywhere). */
function speaksOfWar(text: string): boolean {
  return WAR_CONTEXT.test(lowerSameLength(text));
}

/**
 * The extractor reads a unit's context blocks for two things only: a North Korea subject named there carries
 * into the unit's own blocks (for at most MAX_CARRY paragraphs), and words of the war anywhere in the unit let
 * hardware counts be aid (WAR_CONTEXT, one test over the whole unit). With at least MAX_CARRY context blocks of
 * which none can name North Korea, nothing carries and only the second is left: the context blocks are
 * replaced by one-word stand-ins, the first of them "war" when the unit speaks of the war. The extractor then
 * finds exactly the same figures in the unit's own blocks (tested on the evaluation corpus), from a fraction
 * of the text: on a long page the context blocks before each mention of North Korea were over 40% of the text
 * sent. The own blocks are tested for the war first: a passage that names North Korea usually names the war
 * early, and then the context is not searched at all. A question as the last context block is kept (the
 * extractor reads the paragraph after a question of how many as its answer).
 * @returns the unit itself when its context cannot be cut (fewer blocks, a block that may name North Korea,
 *   date itself before 2000, name the inter-Korean border, list key numbers or count containers, or subtitle
 *   cues, whose sentences run from block to block). A context block that counts anything is kept whole when
 *   the own blocks name North Korea three times or more.
 */
export function compactContext(unit: TextUnit): TextUnit {
  if (unit.context < MAX_CARRY) return unit;
  const context = unit.texts.slice(0, unit.context);
  if (context.some((text) => NK_STEMS.test(text))) return unit;
  // (a year before 2000 may start history that carries into the own blocks: past-era.ts, and the inter-Korean border
  // a place that does: korean-border.ts; a key-numbers list and a paragraph that counts containers take a page's
  // subject up again, as a comment does: kept whole too)
  if (
    context.some(
      (text) =>
        mayBePast(text, false) || namesKoreanBorder(text) || isFigureList(text) || countsContainers(text),
    )
  )
    return unit;
  // (subtitles: the extractor reads their cues as one text, whose sentences run from block to block)
  if (unit.texts.some((text) => text.includes('-->'))) return unit;
  const own = unit.texts.slice(unit.context);
  // (own blocks that name North Korea three times or more make the unit a page about it from its first block on,
  // as extractFigures reads a whole text: a count in a context block is then read too, and may name what a count
  // after it restates or change how a series after it is read; such blocks are kept when they count anything, and
  // so are blocks of the war or of an army, which may name the other side's forces and so end the page's subject
  // before the own blocks)
  let often: boolean | undefined;
  const war = own.some(speaksOfWar) || context.some(speaksOfWar);
  const standIns: string[] = context.map((text, i) => {
    // (whether the own blocks name North Korea often is asked first: most units' own blocks are short, and the
    // tests of each context block cost more)
    if (
      (often ??= namesNorthKoreaOften(own)) &&
      (COUNT_WORD.test(text) || ARMY_WORD.test(text) || speaksOfWar(text))
    )
      return text;
    const standIn = i === 0 && war ? WAR_STAND_IN : PLAIN_STAND_IN;
    return isComment(text) ? `${standIn}${COMMENT_TAIL}` : standIn;
  });
  // A question just before the own blocks ("How many have been sent?", also one signed after it: "… gefangen
  // genommen? – vor 5 Tagen") is answered by the first of them: kept.
  const last = context.length - 1;
  if (context[last]?.includes('?') && last > 0) standIns[last] = context[last] as string;
  return { texts: [...standIns, ...own], context: unit.context };
}
