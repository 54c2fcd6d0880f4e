import { describe, expect, it } from 'vitest';
import { findParagraphs, findSentences } from './segment.ts';

function sentences(text: string): string[] {
  return findSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('findSentences', () => {
  it.each<[string, string[]]>([
    ['One. Two three. Four?', ['One.', 'Two three.', 'Four?']],
    [
      'Gen. Ryder said 1,500 troops left. They arrived.',
      ['Gen. Ryder said 1,500 troops left.', 'They arrived.'],
    ],
    ['The U.S. said so. Then more.', ['The U.S. said so.', 'Then more.']],
    [
      'Am 24. Oktober kamen 3.000 Soldaten an. Danach mehr.',
      ['Am 24. Oktober kamen 3.000 Soldaten an.', 'Danach mehr.'],
    ],
    ['Headline\nBody text. More.', ['Headline', 'Body text.', 'More.']],
    ['국정원이 밝혔다. 북한군은 이동했다.', ['국정원이 밝혔다.', '북한군은 이동했다.']],
    ['11.000 Soldaten', ['11.000 Soldaten']],
  ])('%j', (text, want) => {
    expect(sentences(text)).toEqual(want);
  });
});

describe('findParagraphs', () => {
  it.each<[string, string[]]>([
    ['a\n\nb', ['a', 'b']],
    ['a\nb\n \n\nc', ['a\nb', 'c']],
    ['only', ['only']],
    ['', []],
  ])('%j', (text, want) => {
    expect(findParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(want);
  });
});
