import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../core/types';
import { METRICS } from '../../core/types';
import claimsJson from '../../data/claims.json';
import { layoutTimeline } from '../components/timeline-layout';
import { formatCitation } from './format-citation';
import { formatClaimValue } from './format-claim-value';
import { formatDate } from './format-date';
import { formatEstimatorName } from './format-estimator';
import { installMessages } from './test-messages';

// Checks every bundled claim formats cleanly; asserts nothing about which claims the dataset holds.
const dataset = claimsJson as unknown as Dataset;
const estimators = new Map(dataset.estimators.map((e) => [e.id, e]));

beforeEach(() => installMessages('en'));
afterEach(() => vi.restoreAllMocks());

describe('the bundled dataset in the UI', () => {
  it.each(['en', 'uk', 'ko'] as const)('formats every claim value and date in %s', (lang) => {
    installMessages(lang);
    for (const claim of dataset.claims) {
      const value = formatClaimValue(claim, lang);
      expect(value, claim.id).not.toMatch(/undefined|NaN|\?|\$/);
      expect(value.trim(), claim.id).not.toBe('');
      expect(formatDate(claim.statedOn, lang), claim.id).not.toBe(claim.statedOn);
    }
  });

  it('writes a citation for every claim, naming its estimator', () => {
    for (const claim of dataset.claims) {
      const estimator = estimators.get(claim.estimator);
      expect(estimator, claim.id).toBeDefined();
      if (!estimator) continue;
      const citation = formatCitation(claim, estimator, 'en');
      expect(
        citation.startsWith(`${formatEstimatorName(estimator, 'en')}, ${claim.statedOn}: `),
        claim.id,
      ).toBe(true);
      expect(citation, claim.id).not.toMatch(/undefined|NaN|javascript:/i);
    }
  });

  it('lays out every metric’s estimates inside a 320 px chart', () => {
    for (const metric of METRICS) {
      const bySeries = new Map<string, typeof dataset.claims>();
      for (const c of dataset.claims.filter((c) => c.metric === metric)) {
        bySeries.set(c.estimator, [...(bySeries.get(c.estimator) ?? []), c]);
      }
      const series = [...bySeries].flatMap(([id, claims]) => {
        const estimator = estimators.get(id);
        return estimator ? [{ estimator, claims }] : [];
      });
      const layout = layoutTimeline(series, null, 320, 190);
      for (const m of layout.marks) {
        expect(m.x, m.claim.id).toBeGreaterThanOrEqual(0);
        expect(m.x, m.claim.id).toBeLessThanOrEqual(320);
        expect(m.y, m.claim.id).toBeGreaterThanOrEqual(layout.plot.top - 0.001);
        expect(m.y, m.claim.id).toBeLessThanOrEqual(layout.plot.bottom + 0.001);
      }
      expect(layout.marks.length + layout.unplotted.length).toBe(
        series.reduce((n, s) => n + s.claims.length, 0),
      );
    }
  });
});
