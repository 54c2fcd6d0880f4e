import { describe, expect, it } from 'vitest';
import { findSentence } from './find-sentence';

/** Marks the figure inside the returned sentence with [brackets]. */
function marked(text: string, needle: string): string {
  const start = text.indexOf(needle);
  const span = findSentence(text, start, start + needle.length);
  return `${span.sentence.slice(0, span.start)}[${span.sentence.slice(span.start, span.end)}]${span.sentence.slice(span.end)}`;
}

describe('findSentence', () => {
  it.each([
    [
      'middle sentence',
      'First one. About 11,000 troops went. Last one.',
      '11,000',
      'About [11,000] troops went.',
    ],
    ['first sentence', 'About 11,000 troops went. Next.', '11,000', 'About [11,000] troops went.'],
    ['decimal point is no end', 'Some 1.5 thousand went. Next.', '1.5 thousand', 'Some [1.5 thousand] went.'],
    ['line break ends', 'Heading 11,000\nBody text.', '11,000', 'Heading [11,000]'],
    ['paragraphs', 'A.\n\n  About 3,000 died  \n\nB.', '3,000', 'About [3,000] died'],
    ['korean', '국정원은 밝혔다. 약 1만1천 명이 파병됐다. 끝.', '1만1천 명', '약 [1만1천 명]이 파병됐다.'],
    ['tab flattened, line break ends', 'About\t11,000\n troops.', '11,000', 'About [11,000]'],
  ])('%s', (_name, text, needle, expected) => {
    expect(marked(text, needle)).toBe(expected);
  });

  it('cuts long sentences around the figure', () => {
    const text = `${'word '.repeat(100)}11,000 troops ${'more '.repeat(100)}end.`;
    const span = findSentence(text, text.indexOf('11,000'), text.indexOf('11,000') + 6);
    expect(span.sentence.length).toBeLessThanOrEqual(240);
    expect(span.sentence.startsWith('…')).toBe(true);
    expect(span.sentence.endsWith('…')).toBe(true);
    expect(span.sentence.slice(span.start, span.end)).toBe('11,000');
  });

  it('clamps a span outside the text', () => {
    expect(findSentence('abc', 10, 20)).toEqual({ sentence: 'abc', start: 3, end: 3 });
  });
});
