import { describe, expect, test } from 'vitest';
import type { Dataset } from '../types.ts';
import claims from '../../data/claims.json';
import { DIGITS, LETTERS } from '../lang/letters.ts';
import { extractFigures } from '../extract/extract-figures.ts';
import { getFigureContext } from '../extract/context.ts';
import { buildMatchIndex } from './build-match-index.ts';
import { cachedTexts } from './context-stems.ts';
import { tokenizeWithOffsets } from './estimator-cues.ts';
import { normalizeText, stemTokens, stemWord } from './normalize-text.ts';
import { bagOfStems, readContextStems, scoreTexts } from './score-text.ts';
import { SEED_ARTICLE } from './seed-article.fixture.ts';

// The regex tokenizers the character-class walkers replace, kept here as the reference.
const LETTER_WORD = new RegExp(`[${LETTERS}][${LETTERS}${DIGITS}]*`, 'g');
const WORD = new RegExp(`[${LETTERS}${DIGITS}]+(?:['’][${LETTERS}${DIGITS}]+)*`, 'g');

function stemByRegex(text: string): string[] {
  const out: string[] = [];
  for (const word of normalizeText(text).match(LETTER_WORD) ?? []) {
    if (word.length < 2 || (word.length < 3 && !/[\uac00-\ud7a3]/.test(word))) continue;
    out.push(stemWord(word));
  }
  return out;
}

function wordsByRegex(text: string): Array<[string, number]> {
  return [...text.matchAll(WORD)].map((m) => [m[0], m.index ?? 0]);
}

const SAMPLES = [
  SEED_ARTICLE,
  "Korea's troops, the NIS's estimate; Об'єднаний штаб, об’єднані сили. 1만1천여 명 가운데 사상자는 4100명이며",
  "2024년 10월 ΑΣ.Β Σ İstanbul ёлка 'quoted' words' end' 12,000ab x1y2 a'b'c ' '' ’s",
  'Getötet, verwundet: ~3.000 Soldaten (laut NIS) — "11 000" и 300 убитых; 한국 국정원은 북한군 300명 사망',
];

describe('character-class tokenizers match the regex ones', () => {
  test.each(SAMPLES.map((s, i) => [i, s] as const))('stemTokens, sample %i', (_i, text) => {
    expect(stemTokens(text)).toEqual(stemByRegex(text));
  });

  test.each(SAMPLES.map((s, i) => [i, s] as const))('tokenizeWithOffsets words, sample %i', (_i, text) => {
    // Possessives are trimmed afterwards; compare the word starts and the untrimmed words' prefixes.
    const tokens = tokenizeWithOffsets(text);
    const reference = wordsByRegex(text);
    expect(tokens.map((t) => t.start)).toEqual(reference.map(([, at]) => at));
    tokens.forEach((t, i) => expect(reference[i]?.[0].startsWith(t.raw)).toBe(true));
  });
});

describe('cachedTexts', () => {
  const index = buildMatchIndex(claims as unknown as Dataset);
  const contexts = [SEED_ARTICLE, ...SAMPLES].flatMap((text) =>
    extractFigures(text).map((f) => getFigureContext(text, f)),
  );
  // Sentences cut inside a word, or not in their paragraph: their words must be read on their own.
  contexts.push(
    { sentence: 'ops said 300 killed', paragraph: 'Troops said 300 killed by NIS.' },
    { sentence: 'NIS said 300 kill', paragraph: 'NIS said 300 killed.' },
    { sentence: 'casualties', paragraph: 'Kcasualties of the NIS' },
    { sentence: 'NIS said 300 killed', paragraph: 'Elsewhere: Pentagon.' },
    { sentence: 'ΑΣ said 300', paragraph: 'ΑΣ said 300 killed' },
  );

  test('scores the words of the sentence and paragraph as if each were read on its own', () => {
    expect(contexts.length).toBeGreaterThan(10);
    for (const context of contexts) {
      const bag = bagOfStems(
        readContextStems(context.sentence, index.idf),
        readContextStems(context.paragraph, index.idf),
      );
      expect([...cachedTexts(index, context)]).toEqual([...scoreTexts(index, bag)]);
    }
  });
});
