import { describe, expect, it, test } from 'vitest';
import { loadCorpus } from '../../../tests/eval/load-corpus.ts';
import { getFigureContext, getFigureContexts } from './context.ts';
import { findParagraphs, findSentences, type Span } from './segment.ts';

const TEXT = 'Title line\n\nNorth Korea sent 11,000 troops. About 4,000 were hurt.\n\nLast paragraph here.';

describe('getFigureContext', () => {
  it.each<[string, { sentence: string; paragraph: string }]>([
    [
      '11,000',
      {
        sentence: 'North Korea sent 11,000 troops.',
        paragraph: 'North Korea sent 11,000 troops. About 4,000 were hurt.',
      },
    ],
    [
      'About 4,000',
      {
        sentence: 'About 4,000 were hurt.',
        paragraph: 'North Korea sent 11,000 troops. About 4,000 were hurt.',
      },
    ],
    ['Title', { sentence: 'Title line', paragraph: 'Title line' }],
    [
      'troops. About',
      {
        sentence: 'North Korea sent 11,000 troops. About 4,000 were hurt.',
        paragraph: 'North Korea sent 11,000 troops. About 4,000 were hurt.',
      },
    ],
  ])('%s', (needle, want) => {
    const start = TEXT.indexOf(needle);
    expect(getFigureContext(TEXT, { start, end: start + needle.length })).toEqual(want);
  });

  it.each<[number, number]>([
    [-1, 2],
    [TEXT.length, TEXT.length + 1],
  ])('offsets %i..%i outside the text give empty strings', (start, end) => {
    expect(getFigureContext(TEXT, { start, end })).toEqual({ sentence: '', paragraph: '' });
  });
});

/** The obvious per-figure definition (linear search), to check the one-pass version against. */
function referenceContext(text: string, figure: { start: number; end: number }) {
  const containing = (spans: Span[], at: number) =>
    spans.find((s) => at >= s.start && at < s.end) ?? spans.find((s) => at <= s.end);
  if (figure.start < 0 || figure.start >= text.length) return { sentence: '', paragraph: '' };
  const paragraph = containing(findParagraphs(text), figure.start);
  if (!paragraph) return { sentence: '', paragraph: '' };
  const sentences = findSentences(text, paragraph.start, paragraph.end);
  const first = containing(sentences, figure.start);
  const last = containing(sentences, Math.max(figure.start, figure.end - 1));
  const sentence = first ? text.slice(first.start, Math.max(first.end, last?.end ?? first.end)) : '';
  return { sentence, paragraph: text.slice(paragraph.start, paragraph.end) };
}

describe('getFigureContexts', () => {
  test('equals the per-figure definition on every corpus figure and at every offset of a tricky text', () => {
    const tricky = '\n\nA. B.\n\n\n  C 1,000 d!  \n \nE 2 f? G\n\n';
    const cases: [string, { start: number; end: number }[]][] = [
      [tricky, Array.from({ length: tricky.length + 2 }, (_, i) => ({ start: i - 1, end: i + 2 }))],
      ...loadCorpus().map((doc): [string, { start: number; end: number }[]] => [doc.text, doc.gold]),
    ];
    let checked = 0;
    for (const [text, figures] of cases) {
      const batch = getFigureContexts(text, figures);
      figures.forEach((f, i) => {
        expect(batch[i], `${JSON.stringify(text.slice(f.start, f.end))} at ${f.start}`).toEqual(
          referenceContext(text, f),
        );
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(600);
  });

  test('no figures, no work', () => {
    expect(getFigureContexts('text', [])).toEqual([]);
  });
});
