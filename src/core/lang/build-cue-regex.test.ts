import { describe, expect, it } from 'vitest';
import { buildCueRegex, leadingChars, matchCueAt } from './build-cue-regex.ts';

describe('leadingChars', () => {
  it.each<[string, string[] | null]>([
    ['killed', ['k']],
    ['(?:russian|ukrainian)\\s+troops', ['r', 'u']],
    ['(?<!south\\s)koreans?', ['k']],
    ['[2-4]\\s?차', ['2', '3', '4']],
    ['a?b', ['a', 'b']],
    ['\\d+만', ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']],
    ['[\\s\\S]x', null],
    ['.x', null],
  ])('%s → %j', (src, want) => {
    const got = leadingChars(src);
    expect(got === null ? null : [...got].sort()).toEqual(want);
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

  it('refuses patterns with capturing groups', () => {
    expect(() => buildCueRegex([{ source: '(a)', kind: 'x' }])).toThrow();
  });
});
