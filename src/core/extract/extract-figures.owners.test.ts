import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { extractFigures } from './extract-figures.ts';
import { summariseFigures, type Want } from './summarise-figures.test-helper.ts';

/** Whose number it is, and when a number counts at all. */
describe("Ukraine's forces as the actors, not the owners, with the German verb last", () => {
  it.each<[Lang, string, Want[]]>([
    [
      'de',
      'Nordkoreanische Soldaten kämpfen in Kursk. Am 9. Januar gelang es ukrainischen Truppen erstmals, zwei Soldaten lebend gefangen zu nehmen.',
      [['zwei', 'captured', 'exact', 2]],
    ],
    [
      'de',
      'Nordkoreanische Soldaten griffen an. Die ukrainische Einheit habe dabei 20 Soldaten getötet, hieß es.',
      [['20', 'killed', 'exact', 20]],
    ],
    // Ukraine's own losses stay Ukraine's
    [
      'de',
      'Nordkoreanische Soldaten kämpfen in Kursk. Die ukrainischen Truppen verloren dort 300 Soldaten.',
      [],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('a number whose abbreviation ends the sentence', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'uk',
      'Зеленський оцінив загальні втрати північнокорейців на Курщині в понад 3 тис. Ці дані він назвав попередніми.',
      [['понад 3 тис.', 'casualties_total', 'more_than', 3000]],
    ],
    [
      'en',
      'Last autumn Budanov estimated North Korean deliveries at 2.8m shells a year.',
      [['2.8m', 'munitions', 'exact', 2800000]],
    ],
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});
