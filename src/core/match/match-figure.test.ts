import { describe, expect, test } from 'vitest';
import type { Figure, Metric, Qualifier } from '../types.ts';
import { buildMatchIndex } from './build-match-index.ts';
import { matchFigure } from './match-figure.ts';
import { TEST_DATASET } from './test-dataset.ts';

const index = buildMatchIndex(TEST_DATASET);

/** A figure covering `snippet` inside `sentence`, as the extractor would report it. */
function figureIn(
  sentence: string,
  snippet: string,
  value: number,
  metric: Metric,
  qualifier: Qualifier = 'exact',
): Figure {
  const start = sentence.indexOf(snippet);
  if (start < 0) throw new Error(`"${snippet}" not in "${sentence}"`);
  return {
    text: snippet,
    start,
    end: start + snippet.length,
    value,
    low: null,
    high: null,
    unit: 'troops',
    metric,
    qualifier,
    lang: 'en',
  };
}

function run(
  sentence: string,
  snippet: string,
  value: number,
  metric: Metric,
  qualifier: Qualifier = 'exact',
  paragraph = sentence,
  pageDate?: string,
) {
  return matchFigure(figureIn(sentence, snippet, value, metric, qualifier), { sentence, paragraph }, index, {
    pageDate,
    today: '2026-03-01',
  });
}

describe('matchFigure', () => {
  test.each([
    [
      'JCS 4,000 said died',
      '“Of the nearly 11 000 North Korean soldiers sent to Russia, 4 000 have died,” South Korea’s Joint Chiefs of Staff (JCS) said.',
      '4 000',
      4000,
      'killed',
      'exact',
      'jcs-casualties-4000',
      'metric_mismatch',
    ],
    [
      'JCS 11,000 sent',
      '“Of the nearly 11 000 North Korean soldiers sent to Russia, 4 000 have died,” South Korea’s Joint Chiefs of Staff (JCS) said.',
      'nearly 11 000',
      11000,
      'deployed_total',
      'nearly',
      'jcs-deployed-11000',
      'same',
    ],
    [
      'Zelensky killed or wounded',
      'Zelensky said that more than 3 000 soldiers from the DPRK have already been killed or wounded.',
      'more than 3 000',
      3000,
      'casualties_total',
      'more_than',
      'zelensky-casualties-3000',
      'same',
    ],
    [
      'NIS 300 killed',
      'South Korean intelligence believes that 300 soldiers have been killed in the war and almost 2 700 have been wounded.',
      '300',
      300,
      'killed',
      'exact',
      'nis-killed-300',
      'same',
    ],
    [
      'NIS 2,700 wounded',
      'South Korean intelligence believes that 300 soldiers have been killed in the war and almost 2 700 have been wounded.',
      'almost 2 700',
      2700,
      'wounded',
      'nearly',
      'nis-wounded-2700',
      'same',
    ],
    [
      'howitzers instead of guns and launchers',
      'The JCS said the North supplied about 220 units of 170-mm self-propelled howitzers, and 240-mm rocket launchers.',
      'about 220',
      220,
      'equipment',
      'about',
      'jcs-equipment-220',
      'metric_mismatch',
    ],
    [
      'guns and launchers, faithfully',
      'The JCS said the North supplied about 220 pieces of self-propelled guns and rocket launchers.',
      'about 220',
      220,
      'equipment',
      'about',
      'jcs-equipment-220',
      'same',
    ],
    [
      'a plan read as sent',
      'South Korean intelligence says the North has sent 12,000 soldiers to Russia.',
      '12,000',
      12000,
      'deployed_total',
      'exact',
      'nis-planned-12000',
      'metric_mismatch',
    ],
    [
      'a plan reported as a plan',
      "South Korea's spy agency says Pyongyang has decided to send 12,000 soldiers.",
      '12,000',
      12000,
      'deployed_total',
      'exact',
      'nis-planned-12000',
      'same',
    ],
    [
      'no known source: nearest estimate of the cued estimator',
      'South Korean intelligence now estimates that 2,500 soldiers have died.',
      '2,500',
      2500,
      'killed',
      'exact',
      'nis-killed-2000',
      'differs',
    ],
    [
      'misattributed to another estimator',
      'South Korean intelligence said more than 6,000 were killed or wounded in Kursk.',
      'more than 6,000',
      6000,
      'casualties_total',
      'more_than',
      'ukmod-casualties-6000',
      'same',
    ],
    [
      'Ukrainian words',
      'Зеленський заявив, що понад 3 тисячі військових КНДР загинули або були поранені.',
      'понад 3 тисячі',
      3000,
      'casualties_total',
      'more_than',
      'zelensky-casualties-3000',
      'same',
    ],
    [
      'Korean particles',
      '국정원은 북한군 약 300명이 사망했다고 밝혔다.',
      '약 300명',
      300,
      'killed',
      'about',
      'nis-killed-300',
      'same',
    ],
  ] as const)('%s', (_name, sentence, snippet, value, metric, qualifier, claimId, relation) => {
    const result = run(sentence, snippet, value, metric, qualifier);
    expect(result.match?.id).toBe(claimId);
    expect(result.relation).toBe(relation);
  });

  test('a metric word after "and" belongs to the next number', () => {
    const sentence = 'South Korean intelligence said they killed 300 and wounded 2,700 in the fighting.';
    expect(run(sentence, '300', 300, 'wounded').match?.id).toBe('nis-killed-300');
  });

  test('a bare "of" is not a part-of-whole construction', () => {
    const sentence = 'JCS released an estimate of about 1,100 casualties among the troops.';
    const result = run(sentence, 'about 1,100', 1100, 'casualties_total', 'about');
    expect(result.match?.id).toBe('jcs-casualties-1100');
    expect(result.relation).toBe('same');
  });

  test.each([
    [
      'The Pentagon said a couple thousand were moving toward Kursk.',
      'a couple thousand',
      'pentagon-deployed-couple-thousand',
    ],
    ['The Pentagon said several hundred were moving toward Kursk.', 'several hundred', null],
    ['Officials said a couple thousand were moving toward Kursk.', 'a couple thousand', null],
  ])(
    'a vague amount matches only a vague estimate of the same size by a named estimator: %s',
    (sentence, text, id) => {
      const start = sentence.indexOf(text);
      const figure: Figure = {
        text,
        start,
        end: start + text.length,
        value: null,
        low: null,
        high: null,
        unit: 'troops',
        metric: 'deployed_total',
        qualifier: 'vague',
        lang: 'en',
      };
      const result = matchFigure(figure, { sentence, paragraph: sentence }, index);
      expect(result.match?.id ?? null).toBe(id);
      expect(result.relation).toBe(id ? 'same' : 'unknown');
    },
  );

  test('a wounded count read as deaths, with nothing close among deaths, is another meaning of it', () => {
    const sentence = 'Seoul: 2,700 North Korean soldiers dead in Kursk';
    const result = run(sentence, '2,700', 2700, 'killed', 'exact', sentence, '2025-01-14');
    expect(result.match?.id).toBe('nis-wounded-2700');
    expect(result.relation).toBe('metric_mismatch');
  });

  test('nothing comparable is unknown', () => {
    const result = run(
      'Russia has assembled 50 000 soldiers for an offensive.',
      '50 000',
      50000,
      'deployed_total',
    );
    expect(result.relation).toBe('unknown');
    expect(result.match).toBeNull();
  });

  test('a stale figure reports the newer claim as of today and as of the page date', () => {
    const sentence = 'South Korean intelligence said about 300 soldiers had been killed.';
    const early = run(sentence, 'about 300', 300, 'killed', 'about', sentence, '2025-02-01');
    expect(early.match?.id).toBe('nis-killed-300');
    expect(early.newer?.id).toBe('nis-killed-2000');
    expect(early.newerAtPageDate).toBeNull();
    expect(early.note).toContain('2,000');
    const late = run(sentence, 'about 300', 300, 'killed', 'about', sentence, '2025-06-01');
    expect(late.newerAtPageDate?.id).toBe('nis-killed-600');
  });

  test('a page cannot quote a claim made after it', () => {
    const sentence = 'Zelensky said 4,000 North Korean soldiers were killed or wounded.';
    const result = run(sentence, '4,000', 4000, 'casualties_total', 'exact', sentence, '2025-02-01');
    expect(result.match?.id).toBe('zelensky-casualties-4000');
  });

  test('the note names what the estimator counted and what the text says', () => {
    const sentence = 'South Korea’s Joint Chiefs of Staff said 4,000 soldiers have died.';
    const result = run(sentence, '4,000', 4000, 'killed');
    expect(result.note).toBe('JCS counted about 4,000 killed or wounded (2025-03-27); this text says died.');
  });

  test('competing lists other estimators of the same metric, each with its series', () => {
    const sentence = 'South Korean intelligence said about 300 soldiers had been killed.';
    const result = run(sentence, 'about 300', 300, 'killed', 'about');
    expect(result.competing.map((c) => c.estimator.id)).not.toContain('nis');
    const casualties = run('Zelensky said 4,000 were killed or wounded.', '4,000', 4000, 'casualties_total');
    const ids = casualties.competing.map((c) => c.estimator.id);
    expect(ids).toEqual(expect.arrayContaining(['jcs', 'nis', 'uk-mod']));
    const jcs = casualties.competing.find((c) => c.estimator.id === 'jcs');
    expect(jcs?.series.map((c) => c.id)).toEqual(['jcs-casualties-1100', 'jcs-casualties-4000']);
    expect(jcs?.latest.id).toBe('jcs-casualties-4000');
  });

  test.each([
    ['empty context', '', '4,000', 4000],
    ['zero', 'Zelensky said 0 were captured.', '0', 0],
    ['huge number', 'Zelensky said 999,999,999 were sent.', '999,999,999', 999_999_999],
  ])('never throws on odd input (%s)', (_name, sentence, text, value) => {
    const at = Math.max(0, sentence.indexOf(text));
    const figure: Figure = {
      text,
      start: at,
      end: at + text.length,
      value,
      low: null,
      high: null,
      unit: 'troops',
      metric: 'deployed_total',
      qualifier: 'exact',
      lang: 'en',
    };
    expect(() =>
      matchFigure(figure, { sentence, paragraph: sentence }, index, { pageDate: 'bad' }),
    ).not.toThrow();
  });

  test('an empty dataset matches nothing', () => {
    const empty = buildMatchIndex({ ...TEST_DATASET, estimators: [], claims: [], misreadings: [] });
    const sentence = 'Zelensky said 4,000 were killed or wounded.';
    expect(run(sentence, '4,000', 4000, 'casualties_total').match).not.toBeNull();
    const figure = figureIn(sentence, '4,000', 4000, 'casualties_total');
    expect(matchFigure(figure, { sentence, paragraph: sentence }, empty).relation).toBe('unknown');
  });

  test('is deterministic', () => {
    const sentence = 'Zelensky said 4,000 were killed or wounded.';
    expect(run(sentence, '4,000', 4000, 'casualties_total')).toEqual(
      run(sentence, '4,000', 4000, 'casualties_total'),
    );
  });
});
