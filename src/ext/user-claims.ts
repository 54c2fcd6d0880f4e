/**
 * Claims the reader imported on the options page: checked with the same validator as the bundled dataset,
 * kept in local storage, merged into the data the extension matches and searches, and marked as theirs
 * (`origin: 'user'`) wherever they appear.
 */
import { storage } from '#imports';
import { createProblem } from '../core/dataset/locate';
import type { DatasetProblem, ProblemList } from '../core/dataset/problems';
import { validateDataset } from '../core/dataset/validate-dataset';
import type { Claim, Dataset, Estimator, Misreading } from '../core/types';

/** Largest file the options page imports. */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/** The reader's own claims, with the estimators and misreadings that came with them. */
export interface UserData {
  estimators: Estimator[];
  claims: Claim[];
  misreadings: Misreading[];
}

/** A claim as merged into the dataset: imported ones carry `origin: 'user'`. */
export type MergedClaim = Claim & { origin?: 'user' };

export const EMPTY_USER_DATA: Readonly<UserData> = Object.freeze({
  estimators: [],
  claims: [],
  misreadings: [],
});

/** Imported claims live in local storage (they can be large, and are the reader's own). */
export const userClaimsItem = storage.defineItem<UserData | null>('local:userClaims', {
  fallback: null,
  version: 1,
  migrations: {},
});

/** What storage held, made usable. */
export interface LoadedUserData {
  data: UserData;
  /** Storage held something that is not a valid set of claims; it was ignored (and left in place). */
  corrupt: boolean;
}

/** The outcome of checking an import: the data after it, or the problems found (see core/dataset/problems). */
export type ImportResult =
  { ok: true; data: UserData; added: number; replaced: number } | ({ ok: false } & ProblemList);

/** Whether a claim is one the reader imported. */
export function isUserClaim(claim: Claim): boolean {
  return (claim as MergedClaim).origin === 'user';
}

function asDataset(data: UserData, updated: string): Dataset {
  return { schemaVersion: 1, updated, ...data };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Checks a stored value with the dataset validator (estimators the bundled data already has may be left out).
 * @returns the reader's data; empty, with `corrupt`, when the stored value is unusable.
 */
export function readStoredUserData(value: unknown, bundled: Dataset): LoadedUserData {
  if (value === null || value === undefined) return { data: { ...EMPTY_USER_DATA }, corrupt: false };
  const record = typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const checked = validateWithBundledEstimators({ schemaVersion: 1, updated: today(), ...record }, bundled);
  if (!checked.ok) return { data: { ...EMPTY_USER_DATA }, corrupt: true };
  return { data: checked.data, corrupt: false };
}

/**
 * Validates `input` as a dataset, lending it the bundled estimators it does not define itself, so an import
 * may cite "nis" without copying NIS's record.
 */
function validateWithBundledEstimators(
  input: unknown,
  bundled: Dataset,
): { ok: true; data: UserData } | ({ ok: false } & ProblemList) {
  const record =
    typeof input === 'object' && input !== null && !Array.isArray(input)
      ? (input as Record<string, unknown>)
      : null;
  const own = record && Array.isArray(record.estimators) ? (record.estimators as unknown[]) : null;
  const ownIds = new Set(
    (own ?? []).map((e) => (typeof e === 'object' && e !== null ? (e as { id?: unknown }).id : undefined)),
  );
  const lent = bundled.estimators.filter((e) => !ownIds.has(e.id));
  const withLent = record && own ? { ...record, estimators: [...own, ...lent] } : input;
  const result = validateDataset(withLent);
  if (!result.ok) return result;
  const { estimators, claims, misreadings } = result.dataset;
  return {
    ok: true,
    data: { estimators: estimators.slice(0, estimators.length - lent.length), claims, misreadings },
  };
}

function findCollisions(data: UserData, bundled: Dataset): DatasetProblem[] {
  const claimIds = new Set(bundled.claims.map((c) => c.id));
  const misreadingIds = new Set(bundled.misreadings.map((m) => m.id));
  const problems: DatasetProblem[] = [];
  data.claims.forEach((claim, i) => {
    if (claimIds.has(claim.id)) problems.push(createProblem(data, ['claims', i, 'id'], 'bundled-claim-id'));
  });
  const heads = new Map(bundled.claims.map((c) => [c.series, c]));
  data.claims.forEach((claim, i) => {
    const head = heads.get(claim.series);
    if (head && (head.metric !== claim.metric || head.estimator !== claim.estimator)) {
      problems.push(
        createProblem(data, ['claims', i, 'series'], 'bundled-series-differs', {
          series: claim.series,
          estimator: head.estimator,
          metric: head.metric,
        }),
      );
    }
  });
  data.misreadings.forEach((m, i) => {
    if (misreadingIds.has(m.id)) {
      problems.push(createProblem(data, ['misreadings', i, 'id'], 'bundled-misreading-id'));
    }
  });
  return problems;
}

/**
 * Checks an import's size before it is read.
 * @returns the `file-too-large` problem, or null when the size is within IMPORT_MAX_BYTES.
 */
export function checkImportSize(byteLength: number): DatasetProblem | null {
  return byteLength > IMPORT_MAX_BYTES
    ? createProblem(null, [], 'file-too-large', { size: byteLength, max: IMPORT_MAX_BYTES })
    : null;
}

function mergeById<T extends { id: string }>(old: readonly T[], added: readonly T[]): T[] {
  const ids = new Set(added.map((item) => item.id));
  return [...old.filter((item) => !ids.has(item.id)), ...added];
}

/**
 * Checks an imported file's text: size, JSON, the dataset schema and rules, and ids colliding with bundled
 * ones. Claims with the id of an earlier import replace it. Estimators the bundled data has keep the bundled
 * record. Nothing is stored here.
 * @returns the reader's data after the import, or every error found (nothing changes then).
 */
export function checkImport(
  text: string,
  bundled: Dataset,
  existing: UserData,
  byteLength = new TextEncoder().encode(text).length,
): ImportResult {
  const tooLarge = checkImportSize(byteLength);
  if (tooLarge) return { ok: false, problems: [tooLarge], omitted: 0 };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message.slice(0, 200);
    return { ok: false, problems: [createProblem(null, [], 'not-json', { reason })], omitted: 0 };
  }
  const checked = validateWithBundledEstimators(input, bundled);
  if (!checked.ok) return checked;
  const collisions = findCollisions(checked.data, bundled);
  if (collisions.length > 0) return { ok: false, problems: collisions, omitted: 0 };
  const bundledEstimators = new Set(bundled.estimators.map((e) => e.id));
  const imported = checked.data;
  const data: UserData = {
    estimators: mergeById(
      existing.estimators,
      imported.estimators.filter((e) => !bundledEstimators.has(e.id)),
    ),
    claims: mergeById(existing.claims, imported.claims),
    misreadings: mergeById(existing.misreadings, imported.misreadings),
  };
  const oldIds = new Set(existing.claims.map((c) => c.id));
  const replaced = imported.claims.filter((c) => oldIds.has(c.id)).length;
  return { ok: true, data, added: imported.claims.length - replaced, replaced };
}

/**
 * The bundled dataset with the reader's claims added (each marked `origin: 'user'`), and their estimators
 * and misreadings. Returns `bundled` itself when the reader has none.
 */
export function mergeUserData(bundled: Dataset, data: UserData): Dataset {
  if (data.claims.length === 0 && data.estimators.length === 0 && data.misreadings.length === 0) {
    return bundled;
  }
  const known = new Set(bundled.estimators.map((e) => e.id));
  return {
    ...bundled,
    estimators: [...bundled.estimators, ...data.estimators.filter((e) => !known.has(e.id))],
    claims: [...bundled.claims, ...data.claims.map((c): MergedClaim => ({ ...c, origin: 'user' }))],
    misreadings: [...bundled.misreadings, ...data.misreadings],
  };
}

/** The reader's data without one claim, its misreadings and estimators no remaining claim cites. */
export function removeUserClaim(data: UserData, claimId: string): UserData {
  const claims = data.claims.filter((c) => c.id !== claimId);
  const cited = new Set(claims.map((c) => c.estimator));
  return {
    claims,
    estimators: data.estimators.filter((e) => cited.has(e.id)),
    misreadings: data.misreadings.filter((m) => m.claim !== claimId),
  };
}

/** The reader's data as a dataset file that `checkImport` accepts again. */
export function formatExport(data: UserData, updated = today()): string {
  return `${JSON.stringify(asDataset(data, updated), null, 2)}\n`;
}

/** @returns the stored claims, checked; empty (and `corrupt`) when storage holds something unusable. */
export async function loadUserData(bundled: Dataset): Promise<LoadedUserData> {
  return readStoredUserData(await userClaimsItem.getValue(), bundled);
}

/** Stores the reader's claims (null when there are none left). */
export async function saveUserData(data: UserData): Promise<void> {
  await userClaimsItem.setValue(data.claims.length === 0 ? null : data);
}

/** Calls `onChange` whenever the stored claims change, until `signal` aborts. */
export function watchUserData(
  bundled: Dataset,
  onChange: (loaded: LoadedUserData) => void,
  signal: AbortSignal,
): void {
  const unwatch = userClaimsItem.watch((value) => onChange(readStoredUserData(value, bundled)));
  signal.addEventListener('abort', unwatch, { once: true });
}
