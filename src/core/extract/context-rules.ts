/**
 * What the extractor reads outside a figure's own paragraph: how far a subject named earlier carries, and
 * the words that put a unit of text in the context of the war. Kept apart from the extractor so the content
 * script can use them (see compactContext) without loading it.
 */

/** Paragraphs without a North Korea mention inherit it from at most this many paragraphs back. */
export const MAX_CARRY = 3;

/**
 * Words of the force and its losses, tested on lower-cased text. On a page about North Korea, a paragraph that
 * speaks of them before naming North Korea further on is about it from its first sentence; and once North Korea
 * has been named, the subject carries on through paragraphs that speak of them beyond MAX_CARRY (a long read
 * that names the country in its opening and then speaks only of "the soldiers" and "the contingent").
 */
export const FORCE_OR_LOSSES =
  /(?<![a-z])loss|загибл|загинул|погиб|killed|dead|toll|casualt|wounded|поранен|ранен|втрат|потер|verlust|verwundet|tote|gefallen|사망|사상|부상|전사|soldat|troops|soldiers|військов|военн|контингент|contingent|kontingent|병력|병사|군인|장병|파병|deploy|dispatch|reinforce|engineers|sappers|truppen|pionier|підкріплен|подкреплен|сапер|공병|증원/;

/** A heading's longest line (characters). */
const HEADING_MAX = 80;

/**
 * Whether a paragraph is a heading: one short line that ends no sentence ("III. The arithmetic of loss", "■ 12월, 눈
 * 덮인 들판"). Past MAX_CARRY, a heading neither speaks of the force nor ends the subject: the section under it may.
 */
export function isHeading(paragraph: string): boolean {
  const line = paragraph.trim();
  return line.length <= HEADING_MAX && !line.includes('\n') && !/[.!?…:;,]["'”’»)]*$/.test(line);
}

/**
 * Hardware counts are DPRK aid only on a page about Russia, the war or a delivery (not a test launch). Tested
 * on lower-cased text (lowerSameLength), anywhere in the unit.
 */
export const WAR_CONTEXT =
  /росі|росси|russ|러시아|ukrain|україн|украин|front|фронт|kursk|курськ|курск|war(?![a-z])|війн|войн|krieg|전쟁|전선|receiv|obtain|suppl|deliver|ship|transfer|provid|sent|send|export|отрима|постач|поставл|переда|надісла|відправ|получ|постав|отправ|erhielt|erhalten|geliefert|liefer|bekommen|geschickt|받았|제공|공급|넘긴|보냈|수출/;
