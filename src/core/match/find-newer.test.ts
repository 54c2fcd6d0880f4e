import { describe, expect, it } from 'vitest';
import type { Claim, Dataset, Qualifier, Unit } from '../types.ts';
import raw from '../../data/claims.json';
import { buildMatchIndex } from './build-match-index.ts';
import { findNewer } from './find-newer.ts';

function claim(
  id: string,
  statedOn: string,
  value: number,
  scope: string,
  qualifier: Qualifier = 'about',
  unit: Unit = 'troops',
): Claim {
  return {
    id,
    metric: 'reinforcements',
    value,
    qualifier,
    unit,
    scope,
    estimator: 'nis',
    statedOn,
    series: 'nis-reinforcements',
    sources: [{ outlet: 'Yonhap', url: `https://example.org/${id}`, publishedOn: statedOn, lang: 'en' }],
    summary: `NIS said ${value}.`,
    status: 'verified',
  };
}

const aliases = { en: ['NIS'], uk: [], ru: [], de: [], ko: [] };
const index = buildMatchIndex({
  schemaVersion: 1,
  updated: '2026-01-01',
  estimators: [{ id: 'nis', name: 'NIS', short: 'NIS', kind: 'intelligence', country: 'KR', aliases }],
  claims: [
    claim('sent-1000', '2025-01-10', 1000, 'sent in January'),
    claim('forecast-20000', '2025-02-10', 20000, 'could be sent this year (forecast)'),
    claim('sent-3000', '2025-03-10', 3000, 'sent in January-March'),
    claim('sent-3000-again', '2025-04-10', 3000, 'sent in January-March'),
    claim('sent-3000-more', '2025-05-10', 3000, 'sent in January-March', 'more_than'),
    claim('per-day-30', '2025-06-10', 30, 'sent per day (rate)'),
  ],
  misreadings: [],
});
const at = (id: string) => index.byId.get(id)?.claim as Claim;

describe('findNewer: a newer estimate is the same estimator’s estimate of the same quantity', () => {
  it.each<[string, string, string | null]>([
    ['a later count updates a count, skipping a forecast in between', 'sent-1000', 'sent-3000-more'],
    ['a forecast is not updated by counts', 'forecast-20000', null],
    ['a rate is not updated by a running total, nor the reverse', 'per-day-30', null],
    ['a changed hedge is an update', 'sent-3000', 'sent-3000-more'],
  ])('%s', (_, id, newer) => {
    expect(findNewer(index, at(id), null)?.id ?? null).toBe(newer);
  });

  it('a later claim that repeats the number and hedge is not an update', () => {
    const until = index.byId.get('sent-3000-again')?.day ?? null;
    expect(findNewer(index, at('sent-3000'), until)).toBeNull();
  });
});

describe('findNewer on the bundled dataset', () => {
  const real = buildMatchIndex(raw as unknown as Dataset);
  const of = (id: string) => findNewer(real, real.byId.get(id)?.claim as Claim, null)?.id ?? null;
  it.each<[string, string | null]>([
    // Military builders are not the engineers counted later; a third wave is not a possible redeployment.
    ['nis-workers-2025-11-04-builders', null],
    ['nis-reinforcements-2025-09-02', null],
    // "About 1,000" engineers, then "about 1,000" again: no update to show.
    ['nis-workers-2025-09-02', null],
    // Troops counted are not updated by a forecast of how many could follow.
    ['hur-reinforcements-2025-03-05', null],
    ['nis-killed-2025-04-30', 'nis-killed-2025-09-02'],
    ['rok-dia-munitions-2024-08-27-shells', 'rok-dia-munitions-2025-07-13-shells'],
  ])('%s', (id, newer) => {
    expect(of(id)).toBe(newer);
  });
});
