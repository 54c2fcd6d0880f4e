/**
 * The inter-Korean border: North Korean soldiers who cross the demarcation line while laying mines or building
 * walls, the South's warning shots, a soldier who defects across the DMZ. Their numbers are of the peninsula, not
 * of the deployment to Russia. A sentence that names the border and nothing of the present war is read for
 * nothing, and so are the sentences after it (also in the next paragraphs) until one names the war (Russia,
 * Ukraine, Kursk …) or the deployment.
 */
import { PRESENT_WAR } from './past-era.ts';

/** The border and what happens at it, in lower-cased text. */
const BORDER =
  /dmz(?<![a-z_\d]dmz)(?![a-z_\d])|demilitari[sz]ed\s+zone|demarcation\s+line|mdl(?<![a-z_\d]mdl)(?![a-z_\d])|inter-korean\s+border|warning\s+shots|entmilitarisierte[nr]?\s+zone|demarkationslinie|warnschüss|демаркац|демілітаризован|демилитаризован|дмз(?<![а-яіїєё]дмз)(?![а-яіїєё])|попереджувальн[а-яіїє]*\s+пострі|предупредительн[а-яё]*\s+выстрел|군사분계선|비무장지대|경고\s?사격/;

const BORDER_ANY_CASE = new RegExp(BORDER.source, 'i');

/**
 * Whether a text as given (any case) names the inter-Korean border: context compaction keeps such a block whole,
 * since the extractor reads on from it as being at the border.
 */
export function namesKoreanBorder(text: string): boolean {
  return BORDER_ANY_CASE.test(text);
}

/** The deployment abroad, which a sentence about the border does not name. */
const DEPLOYMENT =
  /\b(?:sent|send|sending|deploy|dispatch|reinforce)|entsand|entsend|geschickt|відправ|направ|перекин|отправ|переброс|파병/;

/** What a sentence (lower-cased) says of its place. */
export type Place = 'border' | 'war' | 'none';

/**
 * The place a sentence (lower-cased) sets itself in.
 * @returns 'border' when it names the border and not the present war; 'war' when it names the war or (without the
 *   border) the deployment; 'none' otherwise.
 */
export function readPlace(sentence: string): Place {
  if (PRESENT_WAR.test(sentence)) return 'war';
  if (BORDER.test(sentence)) return 'border';
  return DEPLOYMENT.test(sentence) ? 'war' : 'none';
}

/** Whether a sentence of this place is at the border, after a sentence that was (or was not). */
export function followsBorder(place: Place, previous: boolean): boolean {
  return place === 'border' || (place === 'none' && previous);
}

/**
 * Whether a paragraph (lower-cased) may be at the border: it names it, or the paragraph before passed it on. A
 * cheap test before its sentences are read.
 */
export function mayBeAtBorder(paragraph: string, previous: boolean): boolean {
  return previous || BORDER.test(paragraph);
}

/**
 * Whether a paragraph passes the border on to the next: its last sentence is still at it (each sentence
 * lower-cased), given whether the paragraph before passed it on.
 */
export function readParagraphAtBorder(sentences: Iterable<string>, previous: boolean): boolean {
  let at = previous;
  for (const sentence of sentences) at = followsBorder(readPlace(sentence), at);
  return at;
}
