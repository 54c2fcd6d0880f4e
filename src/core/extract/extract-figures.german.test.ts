import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures.ts';
import { itExtracts, summariseFigures, type Want } from './summarise-figures.test-helper.ts';

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

describe('German compounds: the last part names the counted thing', () => {
  it.each<[string, string, string]>([
    ['Nordkorea soll mehr als 9000 Munitionscontainer nach Russland verschifft haben.', '9000', 'containers'],
    ['Nordkorea lieferte rund 9000 Container mit Munition an Russland.', '9000', 'containers'],
    [
      'Nordkorea lieferte bis zu zwei Millionen Schuss Geschützmunition an Russland.',
      'zwei Millionen',
      'shells',
    ],
    ['Nordkorea lieferte rund 9000 Artilleriegranaten an Russland.', '9000', 'shells'],
    ['Nordkorea übergab Russland etwa 150 Kurzstreckenraketen.', '150', 'missiles'],
    ['Nordkorea übergab Russland etwa 150 Mehrfachraketenwerfer.', '150', 'pieces'],
  ])('%s', (text, figureText, unit) => {
    const figure = extractFigures(text, { lang: 'de' }).find((f) => f.text.includes(figureText));
    expect(figure?.unit).toBe(unit);
  });
});

describe('German "von A bis B": "von" stays out of the span, as the corpus writes it', () => {
  it('keeps "von" out', () => {
    const text =
      'Nordkorea schickte Soldaten. Ryder nannte eine Spanne von 11.000 bis 12.000 Soldaten in Russland.';
    expect(summariseFigures(extractFigures(text, { lang: 'de' }))).toEqual([
      ['11.000 bis 12.000', 'deployed_total', 'range', [11000, 12000]],
    ]);
  });
});

describe('German participles last, and answers to questions of how many', () => {
  itExtracts([
    [
      'de',
      'Nordkoreaner in Kursk. Der Sprecher hatte die Verluste der Nordkoreaner auf etwa 5000 geschätzt und hinzugefügt, die Einheiten hätten ihre Taktik angepasst.',
      [['etwa 5000', 'casualties_total', 'about', 5000]],
    ],
    [
      'de',
      'Selenskyj bezifferte die getöteten und verwundeten Nordkoreaner auf 4000, während US-Vertreter zur selben Zeit auf rund 1200 kamen.',
      [
        ['4000', 'casualties_total', 'exact', 4000],
        ['rund 1200', 'casualties_total', 'about', 1200],
      ],
    ],
    [
      'de',
      'Nach Angaben Seouls haben die Verluste der Nordkoreaner insgesamt die Marke von dreitausend überschritten.',
      [['dreitausend', 'casualties_total', 'more_than', 3000]],
    ],
    [
      'de',
      'Wie viele Soldaten hat Kim Jong Un nach Russland geschickt? Elftausend, wie Seouls Geheimdienst sagte? Zwölftausend, wie Selenskyj wiederholte? Die ehrliche Antwort: 2024 weiß es niemand.',
      [
        ['Elftausend', 'deployed_total', 'exact', 11000],
        ['Zwölftausend', 'deployed_total', 'exact', 12000],
      ],
    ],
    [
      'en',
      'How many North Korean soldiers have been killed? About 300, Seoul says.',
      [['About 300', 'killed', 'about', 300]],
    ],
  ]);

  it('a question of how many without an answer gives nothing', () => {
    const text = 'How many troops did North Korea send? The answer depends on whom you ask in 2025.';
    expect(extractFigures(text, { lang: 'en' })).toEqual([]);
  });
});

describe('German verbs of counting last or before their subject', () => {
  it.each<[string, Want[]]>([
    [
      'Nordkoreaner in Kursk. Kampfsoldaten zählt der NIS etwa 10.000, hinzu kommen rund 1000 Pioniere.',
      [
        ['etwa 10.000', 'deployed_total', 'about', 10000],
        ['rund 1000', 'workers_or_engineers', 'about', 1000],
      ],
    ],
    [
      'Nordkoreaner in Kursk. Im April hatte der Dienst selbst noch etwa 15.000 genannt, verteilt auf zwei Kontingente.',
      [['etwa 15.000', 'deployed_total', 'about', 15000]],
    ],
  ])('%s', (text, want) => {
    expect(summariseFigures(extractFigures(text, { lang: 'de' }))).toEqual(want);
  });
});

describe('"kommt auf": an estimator arrives at a count', () => {
  itExtracts([
    [
      'de',
      'Nordkorea hat Soldaten nach Russland geschickt. Der Geheimdienst NIS kommt laut der Agentur Yonhap auf etwa 11.000 allein im Gebiet Kursk.',
      [['etwa 11.000', 'deployed_total', 'about', 11000]],
    ],
  ]);
});
