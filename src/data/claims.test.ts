/**
 * The bundled dataset must pass the validator and meet the coverage the product promises.
 * Validator behaviour on broken data is tested in src/core/dataset/validate-dataset.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../core/dataset/problems';
import { summarizeDataset } from '../core/dataset/summarize-dataset';
import { validateDataset } from '../core/dataset/validate-dataset';
import { LANGS, METRICS, type Dataset } from '../core/types';
import { buildCueMatcher } from '../core/match/estimator-cues';
import raw from './claims.json';

/** Validates the bundled file, failing the test with every error listed. */
function loadDataset(): Dataset {
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(`claims.json is invalid:\n${formatProblems(result).join('\n')}`);
  return result.dataset;
}

describe('src/data/claims.json', () => {
  const dataset = loadDataset();
  const summary = summarizeDataset(dataset);

  it('passes the validator', () => {
    expect(validateDataset(raw)).toMatchObject({ ok: true });
  });

  it.each([
    ['claims', summary.claims, 130],
    ['estimators cited by claims', summary.estimatorsWithClaims, 20],
    ['misreadings', summary.misreadings, 15],
  ])('has at least the promised number of %s', (_name, actual, minimum) => {
    expect(actual).toBeGreaterThanOrEqual(minimum);
  });

  it.each(METRICS.map((metric) => [metric]))('covers metric %s', (metric) => {
    expect(summary.byMetric[metric] ?? 0).toBeGreaterThan(0);
  });

  it.each([
    'nis',
    'jcs',
    'rok-mnd',
    'hur',
    'zelensky',
    'syrskyi',
    'pentagon',
    'state-dept',
    'white-house',
    'us-un',
    'uk-mod',
    'western-officials',
    'msmt',
    'russia-official',
    'kcna',
  ])('has claims by %s', (estimator) => {
    expect(summary.byEstimator[estimator] ?? 0).toBeGreaterThan(0);
  });

  it('runs from October 2024 to 2026', () => {
    const dates = dataset.claims.map((claim) => claim.statedOn).sort();
    expect(dates.filter((date) => date >= '2024-10').length).toBeGreaterThan(140);
    expect(dates.at(-1)! >= '2026-02').toBe(true);
  });

  it('gives every estimator at least one alias in each language', () => {
    const missing = dataset.estimators.flatMap((estimator) =>
      LANGS.filter((lang) => estimator.aliases[lang].length === 0).map((lang) => `${estimator.id}.${lang}`),
    );
    expect(missing).toEqual([]);
  });

  it.each([
    ['NIS', 'nis'],
    ["South Korea's spy agency", 'nis'],
    ['국정원', 'nis'],
    ['розвідка Південної Кореї', 'nis'],
    ['합참', 'jcs'],
    ['Joint Chiefs of Staff', 'jcs'],
    ['Объединенный комитет начальников штабов', 'jcs'],
    ['Generalstab Südkoreas', 'jcs'],
    ['ГУР', 'hur'],
    ['Budanov', 'hur'],
    ['ukrainische Militärgeheimdienst', 'hur'],
    ['우크라이나 정보총국', 'hur'],
  ])('resolves alias %s to %s', (alias, id) => {
    const owners = dataset.estimators.filter((estimator) =>
      LANGS.some((lang) => estimator.aliases[lang].includes(alias)),
    );
    expect(owners.map((estimator) => estimator.id)).toContain(id);
  });

  it('keeps one metric and one estimator per series (spot check: NIS killed 100 -> 300 -> 600 -> 2,000)', () => {
    const values = dataset.claims
      .filter((claim) => claim.series === 'nis-killed')
      .map((claim) => claim.value);
    expect(values).toEqual([100, 300, 600, 2000]);
  });

  it('links every misreading to a claim whose number or wording it misreads', () => {
    const ids = new Set(dataset.claims.map((claim) => claim.id));
    expect(dataset.misreadings.filter((misreading) => !ids.has(misreading.claim))).toEqual([]);
  });
});

describe('estimator names in the five languages reach the matcher', () => {
  const dataset = loadDataset();
  const find = buildCueMatcher(dataset.estimators, dataset.claims);
  it.each<[string, string]>([
    ['Ukrainian intelligence estimated that 12,000 were sent.', 'hur'],
    ['За даними української розвідки, їх було 12 тисяч.', 'hur'],
    ['По данным украинской разведки, их было 12 тысяч.', 'hur'],
    ['Laut dem ukrainischen Geheimdienst waren es 12.000.', 'hur'],
    ['우크라이나 정보당국은 1만2천 명으로 추산했다.', 'hur'],
    ['Як повідомила південнокорейська військова розвідка, ...', 'rok-dia'],
    ['Как сообщила южнокорейская военная разведка, ...', 'rok-dia'],
    ['국정원은 300명이 사망했다고 밝혔다.', 'nis'],
  ])('%s → %s', (text, estimator) => {
    expect(find(text).map((c) => c.estimatorId)).toContain(estimator);
  });
});
