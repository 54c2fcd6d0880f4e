import { describe, expect, it } from 'vitest';
import { undoLayout } from './undo-layout.ts';

describe('undoLayout', () => {
  it.each<[string, string | null]>([
    // soft hyphens and zero-width characters inside words
    ['Nord\u00adkorea schickte Sol\u00adda\u00adten', 'Nordkorea schickte Soldaten'],
    ['North\u200bKorean troops', 'NorthKorean troops'],
    // a word hyphenated at a line's end: joined before lower case, kept before a capital
    ['ums Leben gekom-\nmen sind', 'ums Leben gekommen sind'],
    ['die Nordkorea-\nExperten sagen', null],
    // lines wrapped inside sentences (three or more that fill a column, most going on in lower case)
    [
      'The agency told lawmakers that\nabout 300 had been killed and\nroughly 2,700 wounded since they\nwent into combat in December.',
      'The agency told lawmakers that about 300 had been killed and roughly 2,700 wounded since they went into combat in December.',
    ],
    // (not a list, a table, search queries or headings over their text)
    ['Killed: about 300\nWounded: about 2,700\nCaptured: two', null],
    ['related searches\nnorth korean troops kursk\nlosses kursk 2025\nprisoners exchange kyiv', null],
    ['date | killed | wounded\njanuary 2025 | 300 | 2,700\napril 2025 | 600 | 4,100', null],
    ['Plain text without any of them.', null],
    // a table typed with spaces: a tab at each column gap (same length)
    [
      'Date         Estimator      Estimate\n2024-10-28   Pentagon       about 10,000\n2025-09-02   NIS            about 2,000',
      'Date\t        Estimator\t     Estimate\n2024-10-28\t  Pentagon\t      about 10,000\n2025-09-02\t  NIS\t           about 2,000',
    ],
    // (one line with a gap is no table)
    ['6   POLITIK          Mittwoch, 3. September 2025', null],
    // comma-separated values: a tab for each separating comma, spaces for a quoted cell's quotes (same length)
    [
      'estimator,date,value\nPentagon,2024-10-28,"10,000"\nNIS,2025-04-30,600',
      'estimator\tdate\tvalue\nPentagon\t2024-10-28\t 10,000 \nNIS\t2025-04-30\t600',
    ],
    // (also fenced as code; not two lines, nor rows with another number of cells than the header)
    [
      '```\nestimator,date,value\nPentagon,2024-10-28,10000\nNIS,2025-04-30,600\n```',
      '```\nestimator\tdate\tvalue\nPentagon\t2024-10-28\t10000\nNIS\t2025-04-30\t600\n```',
    ],
    ['Killed,Wounded\n300,2700', null],
    ['a,b,c\nx,y\nz,w', null],
    // a Markdown table (over its rule): inner bars become tabs, outer ones spaces
    [
      '| who | when | figure |\n|---|---|---|\n| NIS | 2025 | about 600 |',
      '  who \t when \t figure  \n ---\t---\t--- \n  NIS \t 2025 \t about 600  ',
    ],
    // a chart's data as dated lines: a tab for each separator (same length); not one line alone, not a bulleted list
    ['Oct 2024 — 3,000\nNov 2024 — 11,000', 'Oct 2024\t  3,000\nNov 2024\t  11,000'],
    [
      'Killed, NIS:\n23.10.2024: 3000\n20.11.2024: 11.000',
      'Killed, NIS:\n23.10.2024\t 3000\n20.11.2024\t 11.000',
    ],
    ['Oct 2024 — 3,000 soldiers | more', null],
    ['• January 2025: about 300\n• April 2025: about 600', null],
    // Markdown's strong emphasis: the marks blanked
    ['**NIS, 19 Dec:** about 600 dead, __not__ more', '  NIS, 19 Dec:   about 600 dead,   not   more'],
    ['a ** b and c ** d', null],
    // a quoted mail's marks blanked, its lines read as running text
    [
      '> I keep seeing 15,000 in one article\n> and 13,000 in another, and some\n> claim that 10,000 more were sent.',
      '  I keep seeing 15,000 in one article   and 13,000 in another, and some   claim that 10,000 more were sent.',
    ],
  ])('%j → %j', (text, want) => {
    expect(undoLayout(text)?.text ?? null).toBe(want);
  });

  it.each<[string, string]>([
    [
      'about 15,000 [https://babel.ua/en/news/108088-north-korea] soldiers',
      'https://babel.ua/en/news/108088-north-korea',
    ],
    ['see www.example.com/2025/11 now', 'www.example.com/2025/11'],
  ])('blanks the web address in %j', (text, address) => {
    expect(undoLayout(text)?.text).toBe(text.replace(address, ' '.repeat(address.length)));
  });

  it("blanks an automatic transcript's timestamps inside its lines, not a live blog's at a line's start", () => {
    const captions =
      'seoul said around three thousand 0:21 then the pentagon said roughly 10,000 were training 0:45 and by the end of october 1:02 blinken said up to 8,000';
    expect(undoLayout(captions)?.text).toBe(captions.replace(/ \d:\d\d(?= )/g, (t) => ' '.repeat(t.length)));
    expect(
      undoLayout('12:40\nKharkiv: a strike.\n\n12:55\nKyiv: sirens.\n\n13:10\nSumy: shelling.'),
    ).toBeNull();
  });

  it('reads a paragraph of 200,000 lines without failing', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `line ${i} of the list,`).join('\n');
    expect(() => undoLayout(`North Korea, wrapped:\n${lines}`)).not.toThrow();
  });

  it('gives offsets in the text as given', () => {
    const text = 'a Sol\u00adda\u00adten b gekom-\nmen c';
    const joined = undoLayout(text);
    expect(joined).not.toBeNull();
    if (!joined) return;
    for (const word of ['a', 'b', 'c', 'Sol']) {
      const at = joined.text.indexOf(` ${word}`) + 1 || joined.text.indexOf(word);
      expect(text.charAt(joined.toOriginal(at)), word).toBe(word.charAt(0));
    }
    // the last character of a joined word maps to its last character as given
    const end = joined.text.indexOf('Soldaten') + 'Soldaten'.length;
    expect(
      text.slice(joined.toOriginal(joined.text.indexOf('Soldaten')), joined.toOriginal(end - 1) + 1),
    ).toBe('Sol\u00adda\u00adten');
  });
});
