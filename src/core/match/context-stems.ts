/**
 * Claim words of a figure's context, scored against every claim: the paragraph's words are read once, and
 * the sentence's are taken from them when the sentence lies in the paragraph (else read on their own).
 */
import type { FigureContext, MatchIndex } from './types.ts';
import { bagOfStems, readContextStems, scoreTexts } from './score-text.ts';
import { remember } from './remember.ts';
import { lowerCached } from './weigh-cues.ts';
import { CHAR_CLASS, OTHER } from './char-classes.ts';

/** A text's claim words with the offset of each word in the text's `normalizeText`. */
interface PlacedStems {
  stems: string[];
  starts: number[];
}

/** Claim words of a text with their offsets, remembered per text (a paragraph serves each of its figures). */
function cachedPlacedStems(index: MatchIndex, text: string): PlacedStems {
  return remember(index, 'stems', text, () => {
    const starts: number[] = [];
    const stems = readContextStems(text, index.idf, lowerCached(index, text), starts);
    return { stems, starts };
  });
}

/**
 * Where the sentence's lowered text sits in the paragraph's, with no word running across either end, so its
 * words are exactly the paragraph's words inside it; -1 when that cannot be relied on.
 */
function placeSentence(index: MatchIndex, sentence: string, paragraph: string): number {
  const at = paragraph.indexOf(sentence);
  if (at < 0) return -1;
  const lowerParagraph = lowerCached(index, paragraph);
  const lowerSentence = lowerCached(index, sentence);
  const end = at + lowerSentence.length;
  if (lowerParagraph.length !== paragraph.length || lowerSentence.length !== sentence.length) return -1;
  if (!lowerParagraph.startsWith(lowerSentence, at)) return -1;
  if (at > 0 && CHAR_CLASS[lowerParagraph.charCodeAt(at - 1)] !== OTHER) return -1;
  if (end < lowerParagraph.length && CHAR_CLASS[lowerParagraph.charCodeAt(end)] !== OTHER) return -1;
  return at;
}

/** The sentence's claim words: the paragraph's inside it when it can be placed there, else its own. */
function readSentenceStems(index: MatchIndex, sentence: string, paragraph: string): string[] {
  const at = placeSentence(index, sentence, paragraph);
  if (at < 0) return cachedPlacedStems(index, sentence).stems;
  const { stems, starts } = cachedPlacedStems(index, paragraph);
  const end = at + sentence.length;
  const out: string[] = [];
  for (let i = 0; i < stems.length; i++) {
    const start = starts[i] as number;
    if (start >= at && start < end) out.push(stems[i] as string);
  }
  return out;
}

/**
 * Word-overlap score of every claim (by position in `index.claims`) for a figure's context, remembered per
 * sentence and paragraph. Claims sharing no word with the context score 0.
 */
export function cachedTexts(index: MatchIndex, context: FigureContext): Float64Array {
  const { sentence, paragraph } = context;
  const byParagraph = remember(index, 'texts', sentence, () => new Map<string, Float64Array>());
  let texts = byParagraph.get(paragraph);
  if (texts === undefined) {
    const bag = bagOfStems(
      readSentenceStems(index, sentence, paragraph),
      cachedPlacedStems(index, paragraph).stems,
    );
    texts = scoreTexts(index, bag);
    byParagraph.set(paragraph, texts);
  }
  return texts;
}
