import { describe, expect, it } from 'vitest';
import { getFigureContext } from './context.ts';

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
