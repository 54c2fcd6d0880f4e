/**
 * Picks the claims worth scoring for a figure from a table of claims ordered by their number (binary
 * search), with lookups by estimator and by misprinted value, instead of a pass over every claim.
 */
import type { Figure } from '../types.ts';
import type { MatchIndex } from './types.ts';
import { nominalOf } from './score-number.ts';

/** Beyond this ratio between the figure and the nearest estimate, nothing is comparable. */
export const MAX_RATIO = 3;
const MAX_LOG_RATIO = Math.log(MAX_RATIO);
/** Numbers further apart than this cannot be consistent (the widest hedges allow about 1.3). */
const NEAR_LOG_RATIO = Math.log(1.6);

/** Claims ordered by the log of their number, with lookups by estimator and by misprinted value. */
interface CandidateTable {
  /** Positions (in `index.claims`) of the claims with a positive number, by ascending logNominal. */
  order: number[];
  logs: number[];
  byEstimator: Map<string, number[]>;
  byMisprint: Map<number, number[]>;
  /**
   * Scratch for one selection: `marks[position] === stamp` when the claim is already picked, so picking
   * needs neither a Set nor a sort (a new stamp per selection clears every mark at once).
   */
  marks: Uint32Array;
  stamp: number;
}

const CANDIDATE_TABLE = 'candidate-table';

/** Built once per index from the dataset alone. */
function readCandidateTable(index: MatchIndex): CandidateTable {
  const known = index.cache.get(CANDIDATE_TABLE) as CandidateTable | undefined;
  if (known) return known;
  const order = index.claims
    .map((entry, position) => ({ position, log: entry.logNominal }))
    .filter((e): e is { position: number; log: number } => e.log !== null)
    .sort((a, b) => a.log - b.log || a.position - b.position);
  const byEstimator = new Map<string, number[]>();
  const byMisprint = new Map<number, number[]>();
  index.claims.forEach((entry, position) => {
    const own = byEstimator.get(entry.claim.estimator) ?? [];
    own.push(position);
    byEstimator.set(entry.claim.estimator, own);
    for (const value of new Set(entry.misprints)) {
      const list = byMisprint.get(value) ?? [];
      list.push(position);
      byMisprint.set(value, list);
    }
  });
  const table = {
    order: order.map((e) => e.position),
    logs: order.map((e) => e.log),
    byEstimator,
    byMisprint,
    marks: new Uint32Array(index.claims.length),
    stamp: 0,
  };
  index.cache.set(CANDIDATE_TABLE, table);
  return table;
}

/** Index of the first log in ascending `logs` that is at least `min`. */
function lowerBound(logs: readonly number[], min: number): number {
  let lo = 0;
  let hi = logs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((logs[mid] as number) < min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A fresh stamp for `table.marks`; clears the marks when the counter would overflow. */
function nextStamp(table: CandidateTable): number {
  if (table.stamp >= 0xffffffff) {
    table.marks.fill(0);
    table.stamp = 0;
  }
  return ++table.stamp;
}

/**
 * Claims worth scoring for a figure, by ascending position: numbers within a factor of 1.6 (of three when
 * `wide`, or for an estimator the context names), and claims the press misprinted as this very number. Others
 * can neither be consistent nor the nearest estimate. Returns [] when none is in reach.
 */
export function selectCandidates(
  index: MatchIndex,
  figure: Figure,
  cued: Map<string, number>,
  wide: boolean,
): number[] {
  const table = readCandidateTable(index);
  const { marks } = table;
  const stamp = nextStamp(table);
  const picked: number[] = [];
  const pick = (position: number) => {
    if (marks[position] === stamp) return;
    marks[position] = stamp;
    picked.push(position);
  };
  const f = nominalOf(figure);
  if (f !== null && f > 0) {
    const logF = Math.log(f);
    const reach = wide ? MAX_LOG_RATIO : NEAR_LOG_RATIO;
    for (let i = lowerBound(table.logs, logF - reach); i < table.logs.length; i++) {
      if ((table.logs[i] as number) > logF + reach) break;
      pick(table.order[i] as number);
    }
    if (!wide) {
      for (const estimator of cued.keys()) {
        for (const position of table.byEstimator.get(estimator) ?? []) {
          const logN = index.claims[position]?.logNominal ?? null;
          if (logN !== null && Math.abs(logF - logN) <= MAX_LOG_RATIO) pick(position);
        }
      }
    }
  }
  if (figure.value !== null) for (const position of table.byMisprint.get(figure.value) ?? []) pick(position);
  return sortPicked(picked, marks, stamp);
}

/**
 * The picked positions in ascending order: an insertion sort for the usual handful, a pass over the marks
 * when many are picked.
 */
function sortPicked(picked: number[], marks: Uint32Array, stamp: number): number[] {
  if (picked.length > 32) {
    const sorted: number[] = [];
    for (let position = 0; position < marks.length; position++) {
      if (marks[position] === stamp) sorted.push(position);
    }
    return sorted;
  }
  for (let i = 1; i < picked.length; i++) {
    const value = picked[i] as number;
    let j = i - 1;
    for (; j >= 0 && (picked[j] as number) > value; j--) picked[j + 1] = picked[j] as number;
    picked[j + 1] = value;
  }
  return picked;
}
