import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Dataset } from '../core/types';
import bundledJson from '../data/claims.json';
import { formatProblems } from '../core/dataset/problems';
import {
  checkImport,
  checkImportSize,
  EMPTY_USER_DATA,
  formatExport,
  IMPORT_MAX_BYTES,
  isUserClaim,
  loadUserData,
  mergeUserData,
  readStoredUserData,
  removeUserClaim,
  saveUserData,
  userClaimsItem,
} from './user-claims';

const bundled = bundledJson as unknown as Dataset;
const fixture = (name: string) => readFileSync(`tests/e2e/fixtures/${name}`, 'utf8');

beforeEach(() => fakeBrowser.reset());

describe('checkImport', () => {
  it('accepts a valid file, lending bundled estimators it does not define', () => {
    const result = checkImport(fixture('import-good.json'), bundled, EMPTY_USER_DATA);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.added).toBe(2);
    expect(result.data.claims.map((c) => c.id)).toEqual([
      'user-example-monitor-killed-2026-10-01',
      'user-hur-killed-2026-10-15',
    ]);
    expect(result.data.estimators.map((e) => e.id)).toEqual(['example-monitor']);
  });

  it('lists every error with claim and field, and changes nothing', () => {
    const result = checkImport(fixture('import-bad.json'), bundled, EMPTY_USER_DATA);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({
      path: 'claims[0].statedOn',
      itemId: 'user-nis-killed-bad-date',
      code: 'not-a-date',
      params: {},
    });
    expect(result.problems).toContainEqual(
      expect.objectContaining({ path: 'claims[1].metric', itemId: 'user-nis-killed-bad-metric' }),
    );
    const lines = formatProblems(result);
    expect(lines).toContain(
      'claims[0] (user-nis-killed-bad-date).statedOn: not a date (YYYY-MM-DD or YYYY-MM)',
    );
    expect(lines.some((e) => e.includes('sources[0].url: not an http(s) URL'))).toBe(true);
  });

  it('refuses ids that the bundled data already uses', () => {
    const result = checkImport(fixture('import-collision.json'), bundled, EMPTY_USER_DATA);
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'claims[0].id', itemId: 'nis-killed-2025-01-13', code: 'bundled-claim-id', params: {} },
      ],
      omitted: 0,
    });
    if (!result.ok) {
      expect(formatProblems(result)).toEqual([
        'claims[0] (nis-killed-2025-01-13).id: already used by a bundled claim',
      ]);
    }
  });

  it('refuses joining a bundled series with another metric', () => {
    const input = JSON.parse(fixture('import-good.json'));
    input.claims[1].series = 'nis-killed';
    const result = checkImport(JSON.stringify(input), bundled, EMPTY_USER_DATA);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]).toMatchObject({
        path: 'claims[1].series',
        code: 'bundled-series-differs',
        params: { series: 'nis-killed', estimator: 'nis', metric: 'killed' },
      });
      expect(formatProblems(result)[0]).toMatch(/series: bundled series "nis-killed" is nis's killed$/);
    }
  });

  it('refuses files over the size limit and text that is not JSON', () => {
    expect(checkImport('{}', bundled, EMPTY_USER_DATA, IMPORT_MAX_BYTES + 1)).toEqual({
      ok: false,
      problems: [
        { path: '', code: 'file-too-large', params: { size: IMPORT_MAX_BYTES + 1, max: IMPORT_MAX_BYTES } },
      ],
      omitted: 0,
    });
    expect(checkImportSize(IMPORT_MAX_BYTES)).toBeNull();
    const notJson = checkImport('{"claims": [', bundled, EMPTY_USER_DATA);
    expect(notJson).toMatchObject({ ok: false, problems: [{ path: '', code: 'not-json' }] });
    if (!notJson.ok) expect(formatProblems(notJson)[0]).toMatch(/^not JSON: ./);
  });

  it('replaces claims of an earlier import with the same id', () => {
    const first = checkImport(fixture('import-good.json'), bundled, EMPTY_USER_DATA);
    if (!first.ok) throw new Error('first import failed');
    const again = checkImport(fixture('import-good.json'), bundled, first.data);
    expect(again).toMatchObject({ ok: true, added: 0, replaced: 2 });
    if (again.ok) expect(again.data.claims).toHaveLength(2);
  });
});

describe('merging, removing, exporting', () => {
  const imported = checkImport(fixture('import-good.json'), bundled, EMPTY_USER_DATA);
  const data = imported.ok ? imported.data : EMPTY_USER_DATA;

  it('marks merged claims as the reader’s, and leaves the bundled ones alone', () => {
    const merged = mergeUserData(bundled, data);
    expect(merged.claims).toHaveLength(bundled.claims.length + 2);
    expect(merged.claims.filter(isUserClaim).map((c) => c.id)).toEqual(data.claims.map((c) => c.id));
    expect(bundled.claims.some(isUserClaim)).toBe(false);
    expect(mergeUserData(bundled, EMPTY_USER_DATA)).toBe(bundled);
  });

  it('removes a claim with the estimators only it cited', () => {
    const left = removeUserClaim(data, 'user-example-monitor-killed-2026-10-01');
    expect(left.claims.map((c) => c.id)).toEqual(['user-hur-killed-2026-10-15']);
    expect(left.estimators).toEqual([]);
  });

  it('exports a file that imports again', () => {
    const result = checkImport(formatExport(data, '2026-11-01'), bundled, EMPTY_USER_DATA);
    expect(result).toMatchObject({ ok: true, added: 2 });
  });
});

describe('storage', () => {
  it('round-trips through local storage', async () => {
    const imported = checkImport(fixture('import-good.json'), bundled, EMPTY_USER_DATA);
    if (!imported.ok) throw new Error('import failed');
    await saveUserData(imported.data);
    expect(await loadUserData(bundled)).toEqual({ data: imported.data, corrupt: false });
    await saveUserData(EMPTY_USER_DATA);
    expect(await userClaimsItem.getValue()).toBeNull();
  });

  it('falls back to no claims, flagged, when storage holds garbage', async () => {
    await fakeBrowser.storage.local.set({ userClaims: { claims: 'nope' } });
    expect(await loadUserData(bundled)).toEqual({ data: EMPTY_USER_DATA, corrupt: true });
    expect(readStoredUserData(undefined, bundled).corrupt).toBe(false);
  });
});
