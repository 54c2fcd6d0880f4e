import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures.ts';
import { summariseFigures, type Want } from './summarise-figures.test-helper.ts';

/** German compounds, counters and prepositions. */
describe('German shares, pieces and "an die"', () => {
  it.each<[string, Want[]]>([
    [
      'Nordkorea decke derzeit bis zu 40 Prozent des Munitionsbedarfs der russischen Streitkräfte.',
      [['bis zu 40 Prozent', 'munitions', 'up_to', 40]],
    ],
    [
      'Seoul beziffert die nordkoreanischen Panzerhaubitzen und Raketenwerfer für Russland auf rund 220 Stück.',
      [['rund 220', 'equipment', 'about', 220]],
    ],
    // "an die" after a verb that takes "an" is no "nearly"
    [
      'Manchmal denkt sie an die zwei jungen nordkoreanischen Soldaten, die gefallen sind.',
      [['zwei', 'killed', 'exact', 2]],
    ],
    ['An die 2000 nordkoreanische Soldaten sind gefallen.', [['An die 2000', 'killed', 'nearly', 2000]]],
  ])('%s', (text, want) => {
    expect(summariseFigures(extractFigures(text, { lang: 'de' }))).toEqual(want);
  });

  it('millions of "Stück" are no hardware', () => {
    const text =
      'Nordkorea liefert Russland Granaten. Die EU will bis Ende 2025 rund zwei Millionen Stück im Jahr herstellen.';
    expect(extractFigures(text, { lang: 'de' })).toEqual([]);
  });
});

describe('"DVRK" and the official names of North Korea', () => {
  it.each<[string, Want[]]>([
    [
      'Die DVRK hat seit Oktober 2024 in zwei Entsendungen insgesamt rund 15.000 Soldaten nach Russland verlegt.',
      [['rund 15.000', 'deployed_total', 'about', 15000]],
    ],
    [
      'Die Demokratische Volksrepublik Korea hat rund 11.000 Soldaten nach Russland geschickt.',
      [['rund 11.000', 'deployed_total', 'about', 11000]],
    ],
  ])('%s', (text, want) => {
    expect(summariseFigures(extractFigures(text, { lang: 'de' }))).toEqual(want);
  });
});
