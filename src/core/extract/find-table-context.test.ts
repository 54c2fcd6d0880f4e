import { describe, expect, it } from 'vitest';
import { findTableContext } from './find-table-context.ts';

/** The texts of the context parts for the first occurrence of `number` in `text`. */
function partsFor(text: string, number: string): string[] | null {
  const start = text.indexOf(number);
  const parts = findTableContext(text, start, start + number.length);
  return parts && parts.map((p) => text.slice(p.start, p.end));
}

const TABLE = [
  'Selected estimates of North Korean casualties',
  'Date | Estimator | Estimate | What is counted',
  '22 January 2025 | BBC | about 4,000 | killed or wounded',
  '15 June 2025 | UK MoD | more than 6,000 | casualties',
].join('\n');

describe('findTableContext', () => {
  it.each<[string, string, string, string[] | null]>([
    [
      'a cell of a bar table: header, caption, then the row',
      TABLE,
      'about 4,000',
      [
        'Estimate',
        'Selected estimates of North Korean casualties',
        'killed or wounded',
        'BBC',
        '22 January 2025',
      ],
    ],
    [
      'tab-separated cells (an HTML table row as block text)',
      'Date\tSource\tKilled\n19.12.2024\tNIS\tat least 100',
      'at least 100',
      ['Killed', 'NIS', '19.12.2024'],
    ],
    ['the first row: no header, no caption', 'a | b | 300\nc | d | 400', '300', ['b', 'a']],
    [
      'a byline with bars is no table',
      'Kyiv | Olena M. | Views: 3 214\nNorth Korea sent troops.',
      '3 214',
      null,
    ],
    [
      'a number that shares its cell with other words',
      'a | b | 3,000 troops and 200 guns\nc | d | e',
      '3,000',
      null,
    ],
    ['prose', 'North Korea sent about 11,000 troops.', '11,000', null],
  ])('%s', (_name, text, number, want) => {
    expect(partsFor(text, number)).toEqual(want);
  });
});
