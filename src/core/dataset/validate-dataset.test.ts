import { describe, expect, it } from 'vitest';
import { createValidDataset } from './fixture.test-helper';
import { formatProblems } from './problems';
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
      'not-expected-value',
      'schemaVersion: must be 1',
    ],
    [
      'unknown top-level key',
      (d: Data) => Object.assign(d, { extra: 1 }),
      'unknown-field',
      'extra: not a known field',
    ],
    ['claims not a list', (d: Data) => Object.assign(d, { claims: {} }), 'not-a-list', 'claims: not a list'],
    [
      'bad date',
      (d: Data) => Object.assign(claim0(d), { statedOn: '2025-02-30' }),
      'not-a-date',
      'claims[0] (nis-killed-2024-12-19).statedOn: not a date (YYYY-MM-DD or YYYY-MM)',
    ],
    [
      'date as number',
      (d: Data) => Object.assign(claim0(d), { statedOn: 20241219 }),
      'not-a-date',
      '.statedOn: not a date (YYYY-MM-DD or YYYY-MM)',
    ],
    [
      'future date',
      (d: Data) => Object.assign(claim1(d), { statedOn: '2026-12-01' }),
      'in-the-future',
      'claims[1] (nis-killed-2025-04-30).statedOn: in the future (after 2026-11-28)',
    ],
    [
      'future updated',
      (d: Data) => Object.assign(d, { updated: '2026-11-29' }),
      'in-the-future',
      'updated: in the future',
    ],
    [
      'unknown metric',
      (d: Data) => Object.assign(claim0(d), { metric: 'dead' }),
      'not-one-of',
      '.metric: not one of: deployed_total, reinforcements, killed,',
    ],
    [
      'unknown qualifier',
      (d: Data) => Object.assign(claim0(d), { qualifier: 'roughly' }),
      'not-one-of',
      '.qualifier: not one of: exact, about,',
    ],
    [
      'unknown unit',
      (d: Data) => Object.assign(claim0(d), { unit: 'soldiers' }),
      'not-one-of',
      '.unit: not one of: troops,',
    ],
    [
      'bad id slug',
      (d: Data) => Object.assign(claim0(d), { id: 'NIS killed' }),
      'not-a-slug',
      '.id: not a lowercase slug',
    ],
    [
      'duplicate claim id',
      (d: Data) => Object.assign(claim1(d), { id: 'nis-killed-2024-12-19' }),
      'duplicate-id',
      'claims[1] (nis-killed-2024-12-19).id: duplicate id, first used by claims[0]',
    ],
    [
      'duplicate estimator id',
      (d: Data) => Object.assign(d.estimators[1]!, { id: 'nis' }),
      'duplicate-id',
      'estimators[1] (nis).id: duplicate id',
    ],
    [
      'unknown estimator',
      (d: Data) => Object.assign(claim0(d), { estimator: 'cia', series: 'cia' }),
      'unknown-estimator',
      '.estimator: unknown estimator "cia"',
    ],
    [
      'value and range',
      (d: Data) => Object.assign(claim0(d), { low: 1, high: 2 }),
      'value-and-range',
      '.value: give either value or low+high',
    ],
    [
      'low without high',
      (d: Data) => Object.assign(claim0(d), { value: undefined, qualifier: 'range', low: 1 }),
      'range-incomplete',
      '.high: a range needs both low and high',
    ],
    [
      'low above high',
      (d: Data) => Object.assign(claim0(d), { value: undefined, qualifier: 'range', low: 5, high: 2 }),
      'low-not-below-high',
      '.low: must be below high (5 >= 2)',
    ],
    [
      'low equal to high',
      (d: Data) => Object.assign(claim0(d), { value: undefined, qualifier: 'range', low: 5, high: 5 }),
      'low-not-below-high',
      '.low: must be below high',
    ],
    [
      'range qualifier with value',
      (d: Data) => Object.assign(claim0(d), { qualifier: 'range' }),
      'range-without-bounds',
      '.qualifier: range claims need low and high',
    ],
    [
      'no number',
      (d: Data) => Object.assign(claim0(d), { value: undefined }),
      'value-missing',
      '.value: missing (qualifier about needs a value)',
    ],
    [
      'vague with number',
      (d: Data) => Object.assign(claim0(d), { qualifier: 'vague' }),
      'vague-with-number',
      '.qualifier: vague claims carry no number',
    ],
    ['negative value', (d: Data) => Object.assign(claim0(d), { value: -3 }), 'negative', '.value: negative'],
    [
      'NaN value',
      (d: Data) => Object.assign(claim0(d), { value: Number.NaN }),
      'not-a-number',
      '.value: not a number',
    ],
    [
      'infinite value',
      (d: Data) => Object.assign(claim0(d), { value: Number.POSITIVE_INFINITY }),
      'not-a-finite-number',
      '.value: not a finite number',
    ],
    [
      'fractional count',
      (d: Data) => Object.assign(claim0(d), { value: 2.5 }),
      'not-whole-number',
      '.value: counts must be whole numbers',
    ],
    [
      'percent above 100',
      (d: Data) => Object.assign(claim0(d), { unit: 'percent', value: 140 }),
      'percent-above-100',
      '.value: a percentage above 100',
    ],
    [
      'no sources',
      (d: Data) => Object.assign(claim0(d), { sources: [] }),
      'list-empty',
      '.sources: empty list (at least one item needed)',
    ],
    [
      'non-http source',
      (d: Data) => Object.assign(d.claims[0]!.sources[0]!, { url: 'ftp://x.org/a' }),
      'not-a-url',
      '.sources[0].url: not an http(s) URL',
    ],
    [
      'javascript source',
      (d: Data) => Object.assign(d.claims[0]!.sources[0]!, { url: 'javascript:alert(1)' }),
      'not-a-url',
      '.sources[0].url: not an http(s) URL',
    ],
    [
      'source before claim',
      (d: Data) => Object.assign(d.claims[0]!.sources[0]!, { publishedOn: '2024-11-30' }),
      'before-claim-stated',
      '.sources[0].publishedOn: before the claim was stated (2024-12-19)',
    ],
    [
      'source listed twice',
      (d: Data) => d.claims[0]!.sources.push({ ...d.claims[0]!.sources[0]! }),
      'listed-twice',
      '.sources[1].url: listed twice',
    ],
    [
      'bad status',
      (d: Data) => Object.assign(claim0(d), { status: 'unverified' }),
      'not-one-of',
      '.status: not one of: verified, weak',
    ],
    [
      'unknown claim key',
      (d: Data) => Object.assign(claim0(d), { caveat: 'typo' }),
      'unknown-field',
      'claims[0] (nis-killed-2024-12-19).caveat: not a known field',
    ],
    ['empty summary', (d: Data) => Object.assign(claim0(d), { summary: '' }), 'empty', '.summary: empty'],
    [
      'summary too long',
      (d: Data) => Object.assign(claim0(d), { summary: 'x'.repeat(401) }),
      'too-long',
      '.summary: longer than 400 characters',
    ],
    [
      'summary not text',
      (d: Data) => Object.assign(claim0(d), { summary: 7 }),
      'not-text',
      '.summary: not text',
    ],
    [
      'claim not an object',
      (d: Data) => Object.assign(d.claims, { 1: 'claim' }),
      'not-an-object',
      'claims[1]: not an object',
    ],
    [
      'missing statedOn',
      (d: Data) => delete claim0(d).statedOn,
      'missing-field',
      'claims[0] (nis-killed-2024-12-19).statedOn: missing',
    ],
    [
      'too many aliases',
      (d: Data) => Object.assign(d.estimators[0]!.aliases, { en: Array.from({ length: 201 }, () => 'x') }),
      'too-many-items',
      'estimators[0] (nis).aliases.en: too many items (more than 200)',
    ],
    [
      'bad country code',
      (d: Data) => Object.assign(d.estimators[0]!, { country: 'Korea' }),
      'not-a-country-code',
      '.country: not a country or organisation code',
    ],
    [
      'bad language code',
      (d: Data) => Object.assign(d.claims[0]!.sources[0]!, { lang: 'EN' }),
      'not-a-language-code',
      '.sources[0].lang: not a language code',
    ],
    [
      'series out of order',
      (d: Data) => d.claims.reverse(),
      'series-out-of-order',
      'claims[1] (nis-killed-2024-12-19).statedOn: "nis-killed" out of date order (2024-12-19 after claims[0] 2025-04-30)',
    ],
    [
      'series mixing metrics',
      (d: Data) => Object.assign(claim1(d), { metric: 'wounded' }),
      'series-mixes-metrics',
      '"nis-killed" mixes metrics (killed, wounded)',
    ],
    [
      'series mixing estimators',
      (d: Data) => Object.assign(claim1(d), { estimator: 'jcs' }),
      'series-mixes-estimators',
      '"nis-killed" mixes estimators (nis, jcs)',
    ],
    [
      'misreading of unknown claim',
      (d: Data) => Object.assign(misreading0(d), { claim: 'nope' }),
      'unknown-claim',
      'misreadings[0] (nis-600-as-casualties).claim: unknown claim "nope"',
    ],
    [
      'misreading naming nothing wrong',
      (d: Data) => Object.assign(misreading0(d), { wrongMetric: undefined }),
      'names-nothing-wrong',
      '.explanation: names no wrong',
    ],
    [
      'misreading with same metric',
      (d: Data) => Object.assign(misreading0(d), { wrongMetric: 'killed' }),
      'same-as-claim',
      '.wrongMetric: same as the claim',
    ],
    [
      'misreading unknown estimator',
      (d: Data) => Object.assign(misreading0(d), { wrongEstimator: 'cia' }),
      'unknown-estimator',
      '.wrongEstimator: unknown estimator "cia"',
    ],
    [
      'misreading without examples',
      (d: Data) => Object.assign(misreading0(d), { examples: [] }),
      'list-empty',
      '.examples: empty list',
    ],
    [
      'estimator aliases missing a language',
      (d: Data) => Object.assign(d.estimators[0]!, { aliases: { en: [] } }),
      'missing-field',
      'estimators[0] (nis).aliases.uk: missing',
    ],
    [
      'estimator bad kind',
      (d: Data) => Object.assign(d.estimators[0]!, { kind: 'spy' }),
      'not-one-of',
      '.kind: not one of: intelligence, military,',
    ],
  ] as const)('%s: %s', (_name, mutate, code, expected) => {
    const result = validateDataset(breakWith(mutate as (data: Data) => void), TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code)).toContain(code);
    expect(formatProblems(result).join('\n')).toContain(expected);
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
    if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
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
    if (!result.ok) {
      expect(result.problems).toEqual([
        { path: '', code: 'unreadable-input', params: { reason: expect.stringContaining('boom') } },
      ]);
      expect(formatProblems(result)[0]).toMatch(/^could not read the input \(.*boom/);
    }
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
      expect(result.problems).toHaveLength(MAX_ERRORS);
      expect(result.omitted).toBe(500 - MAX_ERRORS);
      expect(formatProblems(result).at(-1)).toBe(`... and ${500 - MAX_ERRORS} more errors`);
    }
  });

  it('rejects an oversized list before checking its items', () => {
    const data = createValidDataset();
    const claims = Array.from({ length: 200_000 }, () => data.claims[0]);
    const result = validateDataset({ ...data, claims }, { ...TODAY, maxErrors: 5 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([{ path: 'claims', code: 'too-many-items', params: { max: 5000 } }]);
    }
  });

  it('rejects a malformed today option', () => {
    expect(validateDataset(createValidDataset(), { today: 'tomorrow' })).toEqual({
      ok: false,
      problems: [{ path: 'options.today', code: 'not-a-day', params: {} }],
      omitted: 0,
    });
  });
});
