import { safeParse, type BaseIssue } from 'valibot';
import { describe, expect, it } from 'vitest';
import { createValidDataset } from './fixture.test-helper';
import { issueToProblem } from './issue-to-problem';
import { DatasetSchema } from './schema';

/** A valibot issue as the library builds it, with only the fields the mapping reads. */
function issue(fields: Partial<BaseIssue<unknown>>): BaseIssue<unknown> {
  return {
    kind: 'validation',
    type: 'custom',
    input: 'x',
    expected: null,
    received: '"x"',
    message: 'Invalid input',
    path: [{ type: 'object', origin: 'value', input: {}, key: 'updated', value: 'x' }],
    ...fields,
  } as BaseIssue<unknown>;
}

describe('issueToProblem', () => {
  it('reads the code the schema put in the message, with parameters from the issue', () => {
    expect(issueToProblem({}, issue({ type: 'max_length', message: 'too-long', requirement: 80 }))).toEqual({
      path: 'updated',
      code: 'too-long',
      params: { max: 80 },
    });
  });

  it.each([
    [{ type: 'strict_object', expected: 'never', received: '"extra"' }, 'unknown-field'],
    [{ type: 'strict_object', expected: '"uk"', input: undefined }, 'missing-field'],
    [{ type: 'strict_object', expected: 'Object', input: 5 }, 'not-an-object'],
    [{ type: 'string', input: 5 }, 'not-text'],
    [{ type: 'number' }, 'not-a-number'],
    [{ type: 'array' }, 'not-a-list'],
    [{ type: 'min_length', input: '', requirement: 1 }, 'empty'],
    [{ type: 'min_length', input: [], requirement: 1 }, 'list-empty'],
    [{ type: 'url' }, 'not-a-url'],
  ] as const)('maps a %j issue without a code of ours to %s', (fields, code) => {
    expect(issueToProblem({}, issue(fields)).code).toBe(code);
  });

  it('words the choices of a picklist and the value of a literal', () => {
    const picked = issueToProblem({}, issue({ type: 'picklist', expected: '("verified" | "weak")' }));
    expect(picked).toMatchObject({ code: 'not-one-of', params: { allowed: 'verified, weak' } });
    const literal = issueToProblem({}, issue({ type: 'literal', expected: '1' }));
    expect(literal).toMatchObject({ code: 'not-expected-value', params: { expected: '1' } });
  });

  it('keeps an issue of an unmapped kind as `invalid`, with its path and the check it failed', () => {
    const path = [
      { type: 'object', origin: 'value', input: {}, key: 'claims', value: [] },
      { type: 'array', origin: 'value', input: [], key: 0, value: {} },
      { type: 'object', origin: 'value', input: {}, key: 'summary', value: 'x' },
    ] as BaseIssue<unknown>['path'];
    const input = { claims: [{ id: 'a-claim' }] };
    expect(issueToProblem(input, issue({ type: 'email', path }))).toEqual({
      path: 'claims[0].summary',
      itemId: 'a-claim',
      code: 'invalid',
      params: { check: 'email' },
    });
  });

  it('maps every issue the schema gives for badly wrong input to a specific code', () => {
    const data = createValidDataset() as unknown as Record<string, unknown>;
    const inputs: unknown[] = [
      null,
      [],
      { ...data, schemaVersion: '1', updated: 5, estimators: [null, { id: 7 }], misreadings: 'x', more: 1 },
      { ...data, claims: [{}, { ...createValidDataset().claims[0], value: '3', sources: [{}] }] },
    ];
    for (const input of inputs) {
      const parsed = safeParse(DatasetSchema, input, { abortEarly: false });
      const codes = (parsed.issues ?? []).map((i) => issueToProblem(input, i).code);
      expect(codes.length).toBeGreaterThan(0);
      expect(codes).not.toContain('invalid');
    }
  });
});
