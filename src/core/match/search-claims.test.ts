import { describe, expect, test } from 'vitest';
import { buildMatchIndex } from './build-match-index.ts';
import { readQueryMetrics, readQueryNumbers, searchClaims } from './search-claims.ts';
import { TEST_DATASET } from './test-dataset.ts';

const index = buildMatchIndex(TEST_DATASET);
const ids = (query: string, filters = {}) => searchClaims(index, query, filters).map((h) => h.claim.id);

describe('searchClaims', () => {
  test.each([
    ['NIS killed January', ['nis-killed-300']],
    ['4,000 casualties', ['jcs-casualties-4000', 'zelensky-casualties-4000']],
    ['JCS 4000', ['jcs-casualties-4000']],
    ['howitzers', ['jcs-equipment-220']],
  ])('%s', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  test.each([
    ['how many north korean soldiers died', 'killed'],
    ['скільки загинуло', 'killed'],
    ['сколько погибло', 'killed'],
    ['사망자', 'killed'],
    ['getötet', 'killed'],
    ['사상자', 'casualties_total'],
    ['Verluste', 'casualties_total'],
    ['втрати КНДР', 'casualties_total'],
    ['поранені', 'wounded'],
  ])('%s finds only %s claims', (query, metric) => {
    const hits = searchClaims(index, query);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.claim.metric === metric)).toBe(true);
  });

  test('filters by metric, estimator and dates', () => {
    expect(ids('', { estimator: 'nis', metric: 'killed', from: '2025-01', to: '2025-04-30' })).toEqual([
      'nis-killed-600',
      'nis-killed-300',
    ]);
  });

  test('fuzzy words find summaries despite a typo', () => {
    expect(ids('Ramstien')).toContain('zelensky-casualties-4000');
  });

  test('returns nothing for an empty query without filters, or for words no claim has', () => {
    expect(ids('')).toEqual([]);
    expect(ids('zzqx')).toEqual([]);
  });
});

describe('readQueryNumbers', () => {
  test.each([
    ['4,000 casualties', [4000]],
    ['4 000', [4000]],
    ['4.000 Tote', [4000]],
    ['4 тисячі', [4000]],
    ['1만5천 명', [15000]],
    ['3천', [3000]],
    ['10 million shells', [10000000]],
    ['no number', []],
  ])('%s', (query, expected) => {
    expect(readQueryNumbers(query)).toEqual(expected);
  });
});

describe('readQueryMetrics', () => {
  test('a narrower metric wins over deployed words', () => {
    expect([...readQueryMetrics('how many soldiers were killed or wounded')]).toEqual(['casualties_total']);
  });
});

describe('searchClaims widening and word precedence', () => {
  test('an estimator without a count of that metric shows the totals that contain it', () => {
    const found = ids('Zelensky wounded');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((id) => id.startsWith('zelensky-casualties'))).toBe(true);
  });

  test.each([
    ['포로', 'captured'],
    ['자주포', 'equipment'],
  ])('%s is read as %s (the longest matching word decides)', (query, metric) => {
    expect([...readQueryMetrics(query)]).toEqual([metric]);
  });
});
