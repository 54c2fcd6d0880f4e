import { describe, expect, test } from 'vitest';
import thresholds from '../tests/eval/attribution/thresholds.json';
import { evaluateAttribution } from './eval-attribution.ts';
import { parseAttributionFile } from '../tests/eval/attribution/load-attribution.ts';
import { scoreAttribution } from '../tests/eval/attribution/score-attribution.ts';

const { outcomes, scores, unknownIds } = evaluateAttribution();
const all = scores.all;

describe('attribution corpus', () => {
  test('is large enough, in every language', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(thresholds.minimumFigures);
    for (const lang of ['en', 'uk', 'ru', 'de', 'ko']) {
      expect(scores[lang]?.total ?? 0, lang).toBeGreaterThanOrEqual(thresholds.minimumFiguresPerLanguage);
    }
  });

  test('expects only claims the dataset has', () => {
    expect(unknownIds).toEqual([]);
  });

  test('covers every relation', () => {
    const relations = new Set(outcomes.map((o) => o.expectedRelation));
    expect([...relations].sort()).toEqual(['differs', 'metric_mismatch', 'same', 'unknown']);
  });
});

describe('attribution accuracy stays above its floors', () => {
  test('overall, on figures the extractor found', () => {
    expect(all?.attributionAccuracy).toBeGreaterThanOrEqual(thresholds.floors.attribution);
    expect(all?.relationAccuracy).toBeGreaterThanOrEqual(thresholds.floors.relation);
  });

  test('end to end, missed figures counting as wrong', () => {
    expect(all?.endToEndAttribution).toBeGreaterThanOrEqual(thresholds.floors.endToEndAttribution);
    expect(all?.endToEndRelation).toBeGreaterThanOrEqual(thresholds.floors.endToEndRelation);
  });

  test.each(['en', 'uk', 'ru', 'de', 'ko'])('%s', (lang) => {
    expect(scores[lang]?.attributionAccuracy).toBeGreaterThanOrEqual(
      thresholds.floors.perLanguageAttribution,
    );
    expect(scores[lang]?.relationAccuracy).toBeGreaterThanOrEqual(thresholds.floors.perLanguageRelation);
  });
});

describe('parseAttributionFile', () => {
  test('strips marks, keeps offsets and reads the page date', () => {
    const [p] = parseAttributionFile(
      '# test\n@page-date 2025-01-13\nNIS said ⟦about 300|nis-killed-2025-01-13|same⟧ died and ⟦25,000|-|unknown⟧ did not.',
      'en',
    );
    expect(p?.text).toBe('NIS said about 300 died and 25,000 did not.');
    expect(p?.pageDate).toBe('2025-01-13');
    expect(p?.cases.map((c) => [p.text.slice(c.start, c.end), c.claimId, c.relation])).toEqual([
      ['about 300', 'nis-killed-2025-01-13', 'same'],
      ['25,000', null, 'unknown'],
    ]);
  });

  test.each([
    ['no header', 'text ⟦1|a|same⟧'],
    ['unknown relation', '# t\ntext ⟦1|a|maybe⟧'],
    ['claim with unknown', '# t\ntext ⟦1|a|unknown⟧'],
    ['bad page date', '# t\n@page-date soon\ntext'],
  ])('rejects %s', (_name, content) => {
    expect(() => parseAttributionFile(content, 'en')).toThrow();
  });
});

describe('scoreAttribution', () => {
  const base = { lang: 'en' as const, passage: 1, text: 'x', note: null };
  test('counts missed figures only end to end', () => {
    const score = scoreAttribution([
      {
        ...base,
        expectedClaim: 'a',
        expectedRelation: 'same',
        extracted: true,
        gotClaim: 'a',
        gotRelation: 'same',
      },
      {
        ...base,
        expectedClaim: 'b',
        expectedRelation: 'same',
        extracted: true,
        gotClaim: 'c',
        gotRelation: 'same',
      },
      {
        ...base,
        expectedClaim: 'd',
        expectedRelation: 'same',
        extracted: false,
        gotClaim: null,
        gotRelation: null,
      },
    ]);
    expect(score).toEqual({
      total: 3,
      extracted: 2,
      attributionAccuracy: 0.5,
      relationAccuracy: 1,
      endToEndAttribution: 1 / 3,
      endToEndRelation: 2 / 3,
    });
  });
});
