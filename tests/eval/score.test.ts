import { describe, expect, it } from 'vitest';
import type { GoldFigure } from './load-corpus.ts';
import { aggregate, evaluateCorpus, matchSpans, scoreDoc, toScores } from './score.ts';
import type { Predicted } from './score.ts';

const span = (start: number, end: number) => ({ start, end });

function gold(start: number, end: number, over: Partial<GoldFigure> = {}): GoldFigure {
  return {
    start,
    end,
    text: 'x'.repeat(end - start),
    metric: 'deployed_total',
    qualifier: 'about',
    value: 11000,
    low: null,
    high: null,
    line: 2,
    ...over,
  };
}
function pred(start: number, end: number, over: Partial<Predicted> = {}): Predicted {
  return {
    start,
    end,
    text: 'x'.repeat(end - start),
    metric: 'deployed_total',
    qualifier: 'about',
    value: 11000,
    low: null,
    high: null,
    ...over,
  };
}

describe('matchSpans', () => {
  const cases: Array<
    [
      string,
      Array<{ start: number; end: number }>,
      Array<{ start: number; end: number }>,
      Array<[number, number]>,
    ]
  > = [
    ['identical spans', [span(0, 5)], [span(0, 5)], [[0, 0]]],
    ['partial overlap counts', [span(0, 10)], [span(6, 12)], [[0, 0]]],
    ['touching is not overlapping', [span(0, 5)], [span(5, 9)], []],
    [
      'one prediction covering two gold figures matches only one',
      [span(0, 5), span(6, 10)],
      [span(0, 10)],
      [[0, 0]],
    ],
    ['the larger overlap wins', [span(0, 5), span(6, 10)], [span(3, 10)], [[1, 0]]],
    [
      'greedy by size, then the rest',
      [span(0, 10), span(12, 20)],
      [span(8, 20), span(0, 4)],
      [
        [0, 1],
        [1, 0],
      ],
    ],
    ['ties go to the closer start', [span(0, 4), span(5, 9)], [span(3, 6)], [[1, 0]]],
    ['full ties go to document order', [span(0, 4), span(4, 8)], [span(2, 6)], [[0, 0]]],
    ['nothing predicted', [span(0, 5)], [], []],
  ];
  it.each(cases)('%s', (_name, g, p, expected) => {
    expect(matchSpans(g, p)).toEqual(expected);
  });
});

describe('scoreDoc', () => {
  const text = 'about 11,000 troops; 1,000-3,000 killed; several hundred captured';
  const doc = {
    file: 'en/t.txt',
    lang: 'en' as const,
    text,
    gold: [
      gold(0, 12, { text: 'about 11,000' }),
      gold(21, 32, {
        text: '1,000-3,000',
        metric: 'killed',
        qualifier: 'range',
        value: null,
        low: 1000,
        high: 3000,
      }),
      gold(41, 56, { text: 'several hundred', metric: 'captured', qualifier: 'vague', value: null }),
    ],
  };

  it('labels each matched pair and lists misses', () => {
    const r = scoreDoc(doc, [
      pred(0, 12, { text: 'about 11,000' }),
      pred(27, 32, { text: '3,000', metric: 'casualties_total', qualifier: 'exact', value: 3000 }),
      pred(13, 19, { text: 'troops', value: 5 }),
    ]);
    expect(r.matched).toHaveLength(2);
    expect(r.matched[0]).toMatchObject({ metricOk: true, qualifierOk: true, valueOk: true, spanExact: true });
    expect(r.matched[1]).toMatchObject({
      metricOk: false,
      qualifierOk: false,
      valueOk: false,
      spanExact: false,
    });
    expect(r.falsePositives.map((p) => p.text)).toEqual(['troops']);
    expect(r.falseNegatives.map((g) => g.text)).toEqual(['several hundred']);
    expect(r.badSpans).toEqual([]);
  });

  it('compares ranges by low/high and vague by null', () => {
    const r = scoreDoc(doc, [
      pred(21, 32, {
        text: '1,000-3,000',
        metric: 'killed',
        qualifier: 'range',
        value: null,
        low: 1000,
        high: 3000,
      }),
      pred(41, 56, { text: 'several hundred', metric: 'captured', qualifier: 'vague', value: null }),
    ]);
    expect(r.matched.every((m) => m.valueOk && m.metricOk && m.qualifierOk)).toBe(true);
    const wrong = scoreDoc(doc, [
      pred(21, 32, {
        text: '1,000-3,000',
        metric: 'killed',
        qualifier: 'range',
        value: null,
        low: 1000,
        high: 2000,
      }),
      pred(41, 56, { text: 'several hundred', metric: 'captured', qualifier: 'vague', value: 700 }),
    ]);
    expect(wrong.matched.map((m) => m.valueOk)).toEqual([false, false]);
  });

  it('flags predictions whose text is not the slice they claim', () => {
    const r = scoreDoc(doc, [pred(0, 12, { text: 'about 11000' })]);
    expect(r.badSpans).toHaveLength(1);
  });
});

describe('toScores / aggregate', () => {
  it('computes precision, recall, F1 and label rates from counts', () => {
    const s = toScores({
      docs: 1,
      gold: 10,
      predicted: 8,
      matched: 6,
      metricOk: 3,
      qualifierOk: 6,
      valueOk: 5,
      spanExact: 2,
      badSpans: 0,
    });
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
    expect(s.metric).toBeCloseTo(0.5);
    expect(s.qualifier).toBe(1);
    expect(s.value).toBeCloseTo(5 / 6);
    expect(s.exactSpan).toBeCloseTo(1 / 3);
  });

  it('uses safe conventions for empty denominators', () => {
    const s = toScores({
      docs: 1,
      gold: 0,
      predicted: 0,
      matched: 0,
      metricOk: 0,
      qualifierOk: 0,
      valueOk: 0,
      spanExact: 0,
      badSpans: 0,
    });
    expect([s.precision, s.recall, s.f1, s.metric]).toEqual([1, 1, 1, 0]);
    const none = toScores({ ...s, gold: 4, predicted: 3 });
    expect([none.precision, none.recall, none.f1]).toEqual([0, 0, 0]);
  });

  it('micro-averages per language and overall', () => {
    const en = { file: 'en/a.txt', lang: 'en' as const, text: 'about 11,000 x', gold: [gold(0, 12)] };
    const ko = {
      file: 'ko/a.txt',
      lang: 'ko' as const,
      text: '1만1000여 명',
      gold: [gold(0, 7), gold(8, 9)],
    };
    const report = evaluateCorpus([en, ko], (_text, lang) =>
      lang === 'en' ? [pred(0, 12), pred(13, 14, { text: 'x' })] : [pred(0, 7, { metric: 'killed' })],
    );
    expect(report.byLang.en).toMatchObject({ gold: 1, predicted: 2, matched: 1, precision: 0.5, recall: 1 });
    expect(report.byLang.ko).toMatchObject({
      gold: 2,
      predicted: 1,
      matched: 1,
      precision: 1,
      recall: 0.5,
      metric: 0,
    });
    expect(report.overall).toMatchObject({ docs: 2, gold: 3, predicted: 3, matched: 2, metricOk: 1 });
    expect(aggregate([]).overall.docs).toBe(0);
  });
});
