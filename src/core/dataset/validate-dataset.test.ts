import { describe, expect, it } from 'vitest';
import { createValidDataset } from './fixture.test-helper';
import { MAX_ERRORS, validateDataset } from './validate-dataset';

type Data = ReturnType<typeof createValidDataset>;
type Mutable = Record<string, unknown>;
const TODAY = { today: '2026-11-28' };

/** Returns a broken copy of the valid fixture. */
function breakWith(mutate: (data: Data) => void): Data {
  const data = createValidDataset();
  mutate(data);
  return data;
}
const claim0 = (d: Data) => d.claims[0] as unknown as Mutable;
const claim1 = (d: Data) => d.claims[1] as unknown as Mutable;
const misreading0 = (d: Data) => d.misreadings[0] as unknown as Mutable;

describe('validateDataset accepts', () => {
  it('the valid fixture, returning a typed dataset', () => {
    const result = validateDataset(createValidDataset(), TODAY);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.dataset.claims).toHaveLength(2);
  });

  it.each([
    [
      'a range',
      (d: Data) => Object.assign(claim0(d), { value: undefined, qualifier: 'range', low: 90, high: 120 }),
    ],
    [
      'a vague claim with no number',
      (d: Data) => Object.assign(claim0(d), { value: undefined, qualifier: 'vague' }),
    ],
    ['a month-precision date', (d: Data) => Object.assign(claim0(d), { statedOn: '2024-12' })],
    [
      'a fractional percentage',
      (d: Data) => Object.assign(claim0(d), { unit: 'percent', value: 33.3, series: 'p' }),
    ],
    ['an alias-only estimator', (d: Data) => d.estimators.push({ ...d.estimators[1]!, id: 'nato' })],
  ])('%s', (_name, mutate) => {
    expect(validateDataset(breakWith(mutate), TODAY)).toMatchObject({ ok: true });
  });
});

describe('validateDataset rejects', () => {
  it.each([
    [
      'wrong schema version',
      (d: Data) => Object.assign(d, { schemaVersion: 2 }),
      'schemaVersion: not schema version 1',
    ],
    ['unknown top-level key', (d: Data) => Object.assign(d, { extra: 1 }), 'extra'],
    ['claims not a list', (d: Data) => Object.assign(d, { claims: {} }), 'claims: not a list'],
    [
      'bad date',
      (d: Data) => Object.assign(claim0(d), { statedOn: '2025-02-30' }),
      'claims[0] (nis-killed-2024-12-19).statedOn: not a date',
    ],
    [
      'date as number',
      (d: Data) => Object.assign(claim0(d), { statedOn: 20241219 }),
      '.statedOn: not a date',
    ],
    [
      'future date',
      (d: Data) => Object.assign(claim1(d), { statedOn: '2026-12-01' }),
      'claims[1] (nis-killed-2025-04-30).statedOn: in the future',
    ],
    ['future updated', (d: Data) => Object.assign(d, { updated: '2026-11-29' }), 'updated: in the future'],
    [
      'unknown metric',
      (d: Data) => Object.assign(claim0(d), { metric: 'dead' }),
      '.metric: not a known metric',
    ],
    [
      'unknown qualifier',
      (d: Data) => Object.assign(claim0(d), { qualifier: 'roughly' }),
      '.qualifier: not a known qualifier',
    ],
    ['unknown unit', (d: Data) => Object.assign(claim0(d), { unit: 'soldiers' }), '.unit: not a known unit'],
    ['bad id slug', (d: Data) => Object.assign(claim0(d), { id: 'NIS killed' }), '.id: not a lowercase slug'],
    [
      'duplicate claim id',
      (d: Data) => Object.assign(claim1(d), { id: 'nis-killed-2024-12-19' }),
      'claims[1] (nis-killed-2024-12-19).id: duplicate id, first used by claims[0]',
    ],
    [
      'duplicate estimator id',
      (d: Data) => Object.assign(d.estimators[1]!, { id: 'nis' }),
      'estimators[1] (nis).id: duplicate id',
    ],
    [
      'unknown estimator',
      (d: Data) => Object.assign(claim0(d), { estimator: 'cia', series: 'cia' }),
      '.estimator: unknown estimator "cia"',
    ],
    [
      'value and range',
      (d: Data) => Object.assign(claim0(d), { low: 1, high: 2 }),
      '.value: give either value or low+high',
    ],
    [
      'low without high',
      (d: Data) => Object.assign(claim0(d), { value: undefined, qualifier: 'range', low: 1 }),
      '.high: a range needs both low and high',
    ],
    [
      'low above high',
      (d: Data) => Object.assign(claim0(d), { value: undefined, qualifier: 'range', low: 5, high: 2 }),
      '.low: must be below high',
    ],
    [
      'low equal to high',
      (d: Data) => Object.assign(claim0(d), { value: undefined, qualifier: 'range', low: 5, high: 5 }),
      '.low: must be below high',
    ],
    [
      'range qualifier with value',
      (d: Data) => Object.assign(claim0(d), { qualifier: 'range' }),
      '.qualifier: range claims need low and high',
    ],
    [
      'no number',
      (d: Data) => Object.assign(claim0(d), { value: undefined }),
      '.value: missing (qualifier about needs a value)',
    ],
    [
      'vague with number',
      (d: Data) => Object.assign(claim0(d), { qualifier: 'vague' }),
      '.qualifier: vague claims carry no number',
    ],
    ['negative value', (d: Data) => Object.assign(claim0(d), { value: -3 }), '.value: negative'],
    ['NaN value', (d: Data) => Object.assign(claim0(d), { value: Number.NaN }), '.value: not a number'],
    [
      'fractional count',
      (d: Data) => Object.assign(claim0(d), { value: 2.5 }),
      '.value: counts must be whole numbers',
    ],
    [
      'percent above 100',
      (d: Data) => Object.assign(claim0(d), { unit: 'percent', value: 140 }),
      '.value: a percentage above 100',
    ],
    ['no sources', (d: Data) => Object.assign(claim0(d), { sources: [] }), '.sources: no source'],
    [
      'non-http source',
      (d: Data) => Object.assign(d.claims[0]!.sources[0]!, { url: 'ftp://x.org/a' }),
      '.sources[0].url: not an http(s) URL',
    ],
    [
      'javascript source',
      (d: Data) => Object.assign(d.claims[0]!.sources[0]!, { url: 'javascript:alert(1)' }),
      '.sources[0].url: not an http(s) URL',
    ],
    [
      'source before claim',
      (d: Data) => Object.assign(d.claims[0]!.sources[0]!, { publishedOn: '2024-11-30' }),
      '.sources[0].publishedOn: before the claim was stated',
    ],
    [
      'source listed twice',
      (d: Data) => d.claims[0]!.sources.push({ ...d.claims[0]!.sources[0]! }),
      '.sources[1].url: listed twice',
    ],
    [
      'bad status',
      (d: Data) => Object.assign(claim0(d), { status: 'unverified' }),
      '.status: not verified or weak',
    ],
    ['unknown claim key', (d: Data) => Object.assign(claim0(d), { caveat: 'typo' }), 'caveat'],
    ['empty summary', (d: Data) => Object.assign(claim0(d), { summary: '' }), '.summary: empty'],
    [
      'series out of order',
      (d: Data) => d.claims.reverse(),
      'claims[1] (nis-killed-2024-12-19).statedOn: "nis-killed" out of date order',
    ],
    [
      'series mixing metrics',
      (d: Data) => Object.assign(claim1(d), { metric: 'wounded' }),
      '"nis-killed" mixes metrics (killed, wounded)',
    ],
    [
      'series mixing estimators',
      (d: Data) => Object.assign(claim1(d), { estimator: 'jcs' }),
      '"nis-killed" mixes estimators (nis, jcs)',
    ],
    [
      'misreading of unknown claim',
      (d: Data) => Object.assign(misreading0(d), { claim: 'nope' }),
      'misreadings[0] (nis-600-as-casualties).claim: unknown claim "nope"',
    ],
    [
      'misreading naming nothing wrong',
      (d: Data) => Object.assign(misreading0(d), { wrongMetric: undefined }),
      '.explanation: names no wrong',
    ],
    [
      'misreading with same metric',
      (d: Data) => Object.assign(misreading0(d), { wrongMetric: 'killed' }),
      '.wrongMetric: same as the claim',
    ],
    [
      'misreading unknown estimator',
      (d: Data) => Object.assign(misreading0(d), { wrongEstimator: 'cia' }),
      '.wrongEstimator: unknown estimator "cia"',
    ],
    [
      'misreading without examples',
      (d: Data) => Object.assign(misreading0(d), { examples: [] }),
      '.examples: no example',
    ],
    [
      'estimator aliases missing a language',
      (d: Data) => Object.assign(d.estimators[0]!, { aliases: { en: [] } }),
      'estimators[0] (nis).aliases.uk',
    ],
    [
      'estimator bad kind',
      (d: Data) => Object.assign(d.estimators[0]!, { kind: 'spy' }),
      '.kind: not a known estimator kind',
    ],
  ])('%s', (_name, mutate, expected) => {
    const result = validateDataset(breakWith(mutate), TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(expected);
  });
});

describe('validateDataset on hostile input', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'claims'],
    ['an array', []],
    ['a number', 42],
    [
      'deeply wrong claims',
      { schemaVersion: 1, updated: 'x', estimators: [null], claims: [1, 'a', [], {}], misreadings: 7 },
    ],
  ])('%s: returns errors, never throws', (_name, input) => {
    const result = validateDataset(input, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });

  it('survives a throwing getter', () => {
    const input = createValidDataset() as unknown as Mutable;
    Object.defineProperty(input, 'claims', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = validateDataset(input, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain('boom');
  });

  it('caps the number of errors and counts the rest', () => {
    const data = createValidDataset();
    const broken = Array.from({ length: 500 }, (_, i) => ({
      ...data.claims[0]!,
      id: `c-${i}`,
      statedOn: 'bad',
    }));
    const result = validateDataset({ ...data, claims: broken }, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(MAX_ERRORS + 1);
      expect(result.errors.at(-1)).toMatch(/^\.\.\. and \d+ more errors$/);
    }
  });

  it('rejects an oversized list before checking its items', () => {
    const data = createValidDataset();
    const claims = Array.from({ length: 200_000 }, () => data.claims[0]);
    const result = validateDataset({ ...data, claims }, { ...TODAY, maxErrors: 5 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain('claims: too many claims');
  });

  it('rejects a malformed today option', () => {
    expect(validateDataset(createValidDataset(), { today: 'tomorrow' })).toMatchObject({ ok: false });
  });
});
