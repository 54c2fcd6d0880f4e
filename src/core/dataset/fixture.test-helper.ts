/** A minimal valid dataset for validator tests; each test clones and breaks it. */
export function createValidDataset() {
  const aliases = { en: ['NIS'], uk: ['розвідка Південної Кореї'], ru: [], de: [], ko: ['국정원'] };
  const source = {
    outlet: 'The Korea Herald',
    url: 'https://www.koreaherald.com/article/10478169',
    publishedOn: '2025-04-30',
    lang: 'en',
  };
  const claim = (id: string, value: number, statedOn: string) => ({
    id,
    metric: 'killed',
    value,
    qualifier: 'about',
    unit: 'troops',
    scope: 'cumulative',
    estimator: 'nis',
    statedOn,
    sources: [{ ...source, publishedOn: statedOn }],
    summary: 'NIS estimate.',
    status: 'verified',
    series: 'nis-killed',
  });
  return {
    schemaVersion: 1,
    updated: '2026-01-01',
    estimators: [
      {
        id: 'nis',
        name: 'National Intelligence Service',
        short: 'NIS',
        kind: 'intelligence',
        country: 'KR',
        aliases,
      },
      { id: 'jcs', name: 'Joint Chiefs of Staff', short: 'JCS', kind: 'military', country: 'KR', aliases },
    ],
    claims: [
      claim('nis-killed-2024-12-19', 100, '2024-12-19'),
      claim('nis-killed-2025-04-30', 600, '2025-04-30'),
    ],
    misreadings: [
      {
        id: 'nis-600-as-casualties',
        claim: 'nis-killed-2025-04-30',
        wrongMetric: 'casualties_total',
        explanation: 'Deaths printed as casualties.',
        examples: [{ outlet: 'Example', url: 'https://example.com/a' }],
      },
    ],
  };
}
