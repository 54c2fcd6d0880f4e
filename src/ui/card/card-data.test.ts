import { describe, expect, it } from 'vitest';
import {
  ESTIMATORS,
  FIGURE,
  HUR,
  JCS,
  JCS_CAS_JAN,
  makeClaim,
  makeResult,
  NIS,
  NIS_CAS_DEC,
  NIS_CAS_JAN,
} from '../components/test-fixtures';
import { buildTimelineSeries, readFigureValue, resolveEstimator } from './card-data';

describe('resolveEstimator', () => {
  it('prefers the given records, then the competing estimates, then a stand-in', () => {
    const result = makeResult();
    expect(resolveEstimator('nis', ESTIMATORS, result)).toBe(NIS);
    expect(resolveEstimator('hur', undefined, result)).toBe(HUR);
    expect(resolveEstimator('nobody', undefined, result)).toMatchObject({
      id: 'nobody',
      short: 'nobody',
      country: '',
    });
  });
});

describe('buildTimelineSeries', () => {
  const resolve = (id: string) => resolveEstimator(id, ESTIMATORS, makeResult());

  it('puts the match’s estimator first, then the competing ones', () => {
    const series = buildTimelineSeries(makeResult(), resolve);
    expect(series.map((s) => s.estimator.id)).toEqual(['nis', 'jcs', 'hur', 'pentagon']);
    expect(series[0]?.claims.map((c) => c.id)).toEqual([NIS_CAS_DEC.id, NIS_CAS_JAN.id]);
  });

  it('uses the whole match series when given, without duplicates or other metrics', () => {
    const older = makeClaim({ id: 'nis-cas-2024-11', value: 500, statedOn: '2024-11' });
    const killed = makeClaim({ id: 'nis-killed', metric: 'killed', value: 300 });
    const series = buildTimelineSeries(makeResult(), resolve, [NIS_CAS_JAN, older, NIS_CAS_DEC, killed]);
    expect(series[0]?.claims.map((c) => c.id)).toEqual([older.id, NIS_CAS_DEC.id, NIS_CAS_JAN.id]);
  });

  it('does not repeat the match’s estimator when it is also among the competing ones', () => {
    const result = makeResult({
      competing: [{ estimator: NIS, latest: NIS_CAS_JAN, series: [NIS_CAS_JAN] }],
    });
    expect(buildTimelineSeries(result, resolve).map((s) => s.estimator.id)).toEqual(['nis']);
  });

  it('shows only competing estimators without a match', () => {
    const result = makeResult({
      match: null,
      newer: null,
      relation: 'unknown',
      competing: [{ estimator: JCS, latest: JCS_CAS_JAN, series: [JCS_CAS_JAN] }],
    });
    expect(buildTimelineSeries(result, resolve).map((s) => s.estimator.id)).toEqual(['jcs']);
    expect(buildTimelineSeries({ ...result, competing: [] }, resolve)).toEqual([]);
  });
});

describe('readFigureValue', () => {
  it('reads values, range middles and nothing for vague figures', () => {
    expect(readFigureValue(FIGURE)).toBe(3000);
    expect(readFigureValue({ ...FIGURE, value: null, low: 10000, high: 12000, qualifier: 'range' })).toBe(
      11000,
    );
    expect(readFigureValue({ ...FIGURE, value: null, qualifier: 'vague' })).toBeNull();
  });
});
