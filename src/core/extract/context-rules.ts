/**
 * What the extractor reads outside a figure's own paragraph: how far a subject named earlier carries, and
 * the words that put a unit of text in the context of the war. Kept apart from the extractor so the content
 * script can use them (see compactContext) without loading it.
 */

/** Paragraphs without a North Korea mention inherit it from at most this many paragraphs back. */
export const MAX_CARRY = 3;

/**
 * Hardware counts are DPRK aid only on a page about Russia, the war or a delivery (not a test launch). Tested
 * on lower-cased text (lowerSameLength), anywhere in the unit.
 */
export const WAR_CONTEXT =
  /росі|росси|russ|러시아|ukrain|україн|украин|front|фронт|kursk|курськ|курск|war(?![a-z])|війн|войн|krieg|전쟁|전선|receiv|obtain|suppl|deliver|ship|transfer|provid|sent|send|export|отрима|постач|поставл|переда|надісла|відправ|получ|постав|отправ|erhielt|erhalten|geliefert|liefer|bekommen|geschickt|받았|제공|공급|넘긴|보냈|수출/;
