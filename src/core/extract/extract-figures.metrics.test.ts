import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { extractFigures } from './extract-figures.ts';
import { summariseFigures, type Want } from './summarise-figures.test-helper.ts';

/** What a figure counts when words of more than one event stand near it. */
describe('the event of its own clause', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'en',
      'Seoul told lawmakers that about 300 of the North Korean troops had died and some 2,700 had been wounded.',
      [
        ['about 300', 'killed', 'about', 300],
        ['some 2,700', 'wounded', 'about', 2700],
      ],
    ],
    // "naming each of them" is no part taken from a whole
    [
      'en',
      "North Korea's unit had about 1,000 men. In a speech Kim said that nine sappers had been killed, naming each of them a hero.",
      [
        ['about 1,000', 'deployed_total', 'about', 1000],
        ['nine', 'killed', 'exact', 9],
      ],
    ],
    [
      'en',
      'North Korea sent 11,000 troops, most of them infantry.',
      [['11,000', 'deployed_total', 'exact', 11000]],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});
