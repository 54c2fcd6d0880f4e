import { describe, expect, it } from 'vitest';
import { buildCueRegex, leadingPrefixes, matchCueAt } from './build-cue-regex.ts';

describe('leadingPrefixes', () => {
  it.each<[string, number, string[] | null]>([
    ['killed', 1, ['k']],
    ['killed', 2, ['ki']],
    ['(?:russian|ukrainian)\\s+troops', 2, ['ru', 'uk']],
    ['(?<!south\\s)koreans?', 2, ['ko']],
    [
      '[2-4]\\s?차',
      2,
      [
        '2 ',
        '2\t',
        '2\n',
        '2\u00a0',
        '2차',
        '3 ',
        '3\t',
        '3\n',
        '3\u00a0',
        '3차',
        '4 ',
        '4\t',
        '4\n',
        '4\u00a0',
        '4차',
      ],
    ],
    ['a?b', 2, ['ab', 'b']],
    ['a?b', 1, ['a', 'b']],
    ['\\d+만', 1, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']],
    ['총', 2, ['총']],
    ['x{0,2}y', 2, ['xx', 'xy', 'y']],
    ['(?:ab|c)d', 2, ['ab', 'cd']],
    ['\\u00a0x', 2, ['\u00a0x']],
    ['\\bwar\\b', 2, ['wa']],
    ['(?:a|)b', 2, ['ab', 'b']],
    ['a*', 2, ['', 'a', 'aa']],
    ['(?:ab|c){2,}x', 2, ['ab', 'ca', 'cc']],
    ['x{3}', 2, ['xx']],
    ['(?:zehn|elf){2,}', 2, ['el', 'ze']],
    ['[\\s\\S]x', 1, null],
    ['.x', 1, null],
    ['k.', 2, null],
    ['k\\w', 2, null],
    ['[^a]b', 1, null],
  ])('%s, %i → %j', (src, n, want) => {
    const got = leadingPrefixes(src, n);
    const wantSet = want && new Set(want);
    if (want && want.some((x) => x.includes('\t'))) {
      // \s: every space character, of which the table lists a few
      expect(got).not.toBeNull();
      for (const x of wantSet ?? []) expect(got?.has(x), x).toBe(true);
      return;
    }
    expect(got === null ? null : [...got].sort()).toEqual(want === null ? null : [...want].sort());
  });
});

describe('buildCueRegex', () => {
  const cue = buildCueRegex([
    { source: 'killed\\s+or\\s+wounded', kind: 'casualties' },
    { source: 'killed', kind: 'killed' },
    { source: 'wounded', kind: 'wounded' },
    { source: '.ounded', kind: 'other' },
  ]);
  it.each<[string, number, { kind: string; end: number } | null]>([
    ['killed or wounded', 0, { kind: 'casualties', end: 17 }],
    ['killed and wounded', 0, { kind: 'killed', end: 6 }],
    ['x wounded', 2, { kind: 'wounded', end: 9 }],
    ['x founded', 2, { kind: 'other', end: 9 }],
    ['x killed', 0, null],
  ])('%s at %i → %j', (text, pos, want) => {
    expect(matchCueAt(cue, text, pos)).toEqual(want);
  });

  it('finds what one plain alternation finds, at every position', () => {
    const sources = [
      '(?:zehn|elf|tausend){2,}(?![a-z])',
      'in\\s+total',
      'total',
      '(?<=about\\s)\\d+',
      '\\d+(?:,\\d{3})*',
      'k[io]lled',
      '(?:north\\s+)?koreans?',
      'a?b+',
      '총',
      '[^x]y',
      '\\u00a0z',
    ];
    const entries = sources.map((source, i) => ({ source, kind: `k${i}` }));
    const plain = new RegExp(sources.map((s) => `(${s})`).join('|'), 'y');
    const matcher = buildCueRegex(entries);
    const text =
      'zehntausend elfzehn, in total 12,000 killed; about 300 kolled north  koreans korean bbb ab 총 ay \u00a0z zy';
    for (let pos = 0; pos < text.length; pos++) {
      plain.lastIndex = pos;
      const m = plain.exec(text);
      const want = m
        ? { kind: `k${m.slice(1).findIndex((g) => g !== undefined)}`, end: pos + m[0].length }
        : null;
      expect(matchCueAt(matcher, text, pos), `at ${pos}`).toEqual(want);
    }
  });

  it('refuses patterns with capturing groups', () => {
    expect(() => buildCueRegex([{ source: '(a)', kind: 'x' }])).toThrow();
  });
});
