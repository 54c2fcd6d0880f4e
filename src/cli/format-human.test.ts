import { describe, expect, it } from 'vitest';
import type { Figure } from '../core/types';
import { formatHuman, formatValue } from './format-human';

function figure(text: string, source: string, fields: Partial<Figure> = {}): Figure {
  const start = source.indexOf(text);
  return {
    text,
    start,
    end: start + text.length,
    value: 11_000,
    low: null,
    high: null,
    unit: 'troops',
    metric: 'deployed_total',
    qualifier: 'about',
    lang: 'en',
    ...fields,
  };
}

describe('formatValue', () => {
  it.each([
    [{}, '11,000 troops'],
    [{ value: null, low: 10_000, high: 12_000, qualifier: 'range' }, '10,000–12,000 troops'],
    [{ value: null, qualifier: 'vague' }, 'vague (troops)'],
    [{ value: 1.5, unit: 'percent' }, '1.5%'],
  ] as const)('%j → %s', (fields, expected) => {
    expect(formatValue(figure('x', 'x', fields))).toBe(expected);
  });
});

describe('formatHuman', () => {
  it('says "no figures" when there are none', () => {
    expect(formatHuman('a.txt', { text: 'Nothing.', lang: 'en', figures: [] })).toBe(
      'a.txt  (en)  no figures\n',
    );
  });

  it('aligns figure lines and shows each sentence with the figure marked', () => {
    const text = 'Spies said about 11,000 troops went. Later at least 1,100 were hurt.';
    const out = formatHuman('a.txt', {
      text,
      lang: 'en',
      figures: [
        figure('about 11,000', text),
        figure('at least 1,100', text, { value: 1_100, metric: 'casualties_total', qualifier: 'at_least' }),
      ],
    });
    expect(out).toBe(
      [
        'a.txt  (en)  2 figures',
        '  about 11,000    deployed_total    about     11,000 troops  @11–23',
        '      Spies said [about 11,000] troops went.',
        '  at least 1,100  casualties_total  at_least  1,100 troops   @43–57',
        '      Later [at least 1,100] were hurt.',
        '',
      ].join('\n'),
    );
  });

  it('adds the lines a describe step gives under each sentence', () => {
    const text = 'About 11,000 troops.';
    const out = formatHuman('a.txt', { text, lang: 'en', figures: [figure('About 11,000', text)] }, (f) => [
      `matched: ${f.value ?? 0}`,
    ]);
    expect(out.split('\n').slice(2)).toEqual(['      [About 11,000] troops.', '      matched: 11000', '']);
  });

  it('aligns Korean figure text by display width', () => {
    const text = '약 1만1천 명이 갔다. 3천 명 이상이 다쳤다.';
    const out = formatHuman('k.txt', {
      text,
      lang: 'ko',
      figures: [figure('약 1만1천 명', text), figure('3천 명 이상', text, { value: 3_000 })],
    });
    const lines = out.split('\n');
    expect(lines[1]).toMatch(/^ {2}약 1만1천 명 {2}deployed_total/);
    expect(lines[3]).toMatch(/^ {2}3천 명 이상 {3}deployed_total/);
  });
});
