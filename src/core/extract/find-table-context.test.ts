import { describe, expect, it } from 'vitest';
import { findTableContext } from './find-table-context.ts';

interface Texts {
  header: string | null;
  caption: string | null;
  row: string[];
}

/** The texts of the context for the first occurrence of `number` in `text`. */
function contextFor(text: string, number: string): Texts | null {
  const start = text.indexOf(number);
  const found = findTableContext(text, start, start + number.length);
  const slice = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return (
    found && {
      header: slice(found.header),
      caption: slice(found.caption),
      row: found.row.map((p) => text.slice(p.start, p.end)),
    }
  );
}

const TABLE = [
  'Selected estimates of North Korean casualties',
  'Date | Estimator | Estimate | What is counted',
  '22 January 2025 | BBC | about 4,000 | killed or wounded',
  '15 June 2025 | UK MoD | more than 6,000 | casualties',
].join('\n');

describe('findTableContext', () => {
  it.each<[string, string, string, Texts | null]>([
    [
      'a cell of a bar table: header, caption and the row',
      TABLE,
      'about 4,000',
      {
        header: 'Estimate',
        caption: 'Selected estimates of North Korean casualties',
        row: ['killed or wounded', 'BBC', '22 January 2025'],
      },
    ],
    [
      'tab-separated cells (an HTML table row as block text)',
      'Date\tSource\tKilled\n19.12.2024\tNIS\tat least 100',
      'at least 100',
      { header: 'Killed', caption: null, row: ['NIS', '19.12.2024'] },
    ],
    [
      'rows of an HTML table arrive as blocks joined by blank lines',
      'Losses of North Korean troops\n\nDate\tSource\tKilled\n\n19.12.2024\tNIS\tat least 100\n\n02.09.2025\tNIS\tabout 2,000',
      'about 2,000',
      { header: 'Killed', caption: 'Losses of North Korean troops', row: ['NIS', '02.09.2025'] },
    ],
    [
      'the first row: no header, no caption',
      'a | b | 300\nc | d | 400',
      '300',
      { header: null, caption: null, row: ['b', 'a'] },
    ],
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
    expect(contextFor(text, number)).toEqual(want);
  });
});
