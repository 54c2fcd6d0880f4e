import { describe, expect, it } from 'vitest';
import type { Dataset } from '../types';
import { createValidDataset } from './fixture.test-helper';
import { summarizeDataset } from './summarize-dataset';

describe('summarizeDataset', () => {
  const dataset = createValidDataset() as unknown as Dataset;

  it.each([
    ['claims', 2],
    ['estimators', 2],
    ['estimatorsWithClaims', 1],
    ['misreadings', 1],
    ['series', 1],
  ] as const)('%s -> %i', (key, expected) => {
    expect(summarizeDataset(dataset)[key]).toBe(expected);
  });

  it.each([
    ['byMetric', { killed: 2 }],
    ['byEstimator', { nis: 2 }],
    ['byYear', { '2024': 1, '2025': 1 }],
    ['byStatus', { verified: 2 }],
  ] as const)('%s', (key, expected) => {
    expect(summarizeDataset(dataset)[key]).toEqual(expected);
  });

  it('returns empty tables for no claims', () => {
    const summary = summarizeDataset({ ...dataset, claims: [] });
    expect(summary.byMetric).toEqual({});
    expect(summary.claims).toBe(0);
  });
});
