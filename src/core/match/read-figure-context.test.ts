import { describe, expect, test } from 'vitest';
import type { Figure, Metric } from '../types.ts';
import { readFigureContext } from './read-figure-context.ts';

function read(sentence: string, text: string, metric: Metric = 'deployed_total') {
  const start = sentence.indexOf(text);
  const figure: Figure = {
    text,
    start,
    end: start + text.length,
    value: 1,
    low: null,
    high: null,
    unit: 'troops',
    metric,
    qualifier: 'exact',
    lang: 'en',
  };
  return readFigureContext(figure, sentence);
}

describe('readFigureContext metric', () => {
  test.each([
    ['4,000 have died in Kursk.', '4,000', 'killed'],
    ['4,000 were killed or wounded.', '4,000', 'casualties_total'],
    ['понад 3 тисячі військових загинули або були поранені', 'понад 3 тисячі', 'casualties_total'],
    ['по данным ГУР погибли около 400 солдат и ранены около 3600', 'около 400', 'killed'],
    ['etwa 4000 Nordkoreaner getötet, verwundet oder gefangen genommen', 'etwa 4000', 'casualties_total'],
    ['북한군 3천 명 이상이 죽거나 다쳤다', '3천 명 이상', 'casualties_total'],
    ['사망자가 최소 100명이며 부상자는 1000명에 가깝다', '최소 100', 'killed'],
    ['they killed 12 and wounded 20 in one attack', '12', 'killed'],
    ['Of the nearly 11,000 soldiers sent, 4,000 have died', 'nearly 11,000', 'deployed_total'],
    ['an estimate of around 1,100 casualties', 'around 1,100', 'casualties_total'],
    ['some 1,000 combat engineers have arrived', 'some 1,000', 'workers_or_engineers'],
    ['підрозділи втратили вбитими та пораненими понад тисячу військових', 'понад тисячу', 'casualties_total'],
  ] as const)('%s', (sentence, text, metric) => {
    expect(read(sentence, text, sentence.includes('killed 12') ? 'killed' : 'deployed_total').metric).toBe(
      metric,
    );
  });
});

describe('readFigureContext with repeated or listed numbers', () => {
  test('a figure written twice is read where the extractor placed its metric', () => {
    const sentence = 'A site turned the about 1100 dead and wounded into 1100 dead.';
    expect(read(sentence, '1100', 'killed').metric).toBe('killed');
    expect(read(sentence, '1100', 'casualties_total').metric).toBe('casualties_total');
  });

  test('a metric word before "and" belongs to the previous number', () => {
    expect(read('1000 killed and 3000 missing', '3000', 'deployed_total').metric).toBe('deployed_total');
  });
});

describe('readFigureContext modality and kinds', () => {
  test.each([
    ['Pyongyang has decided to send 12,000 troops.', '12,000', 'planned'],
    ['The North has sent 12,000 troops.', '12,000', 'actual'],
    ['12,000 troops, officials said.', '12,000', null],
  ] as const)('%s', (sentence, text, modality) => {
    expect(read(sentence, text).modality).toBe(modality);
  });

  test('reads the equipment named right after a figure, up to the comma', () => {
    const reading = read(
      'about 220 units of self-propelled howitzers, and rocket launchers',
      'about 220',
      'equipment',
    );
    expect([...reading.kinds]).toEqual(['howitzer']);
    expect(reading.kindWords).toEqual(['howitzers']);
  });
});
