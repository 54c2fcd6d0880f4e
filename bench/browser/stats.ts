/** One row for bench/run.ts (extra fields go to results.json only; run.ts prints the first six). */
export interface BenchResult {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  target?: string;
  /** Whether the median meets the target (absent when the row has no target). */
  pass?: boolean;
  /** How many runs the row summarises. */
  runs?: number;
  /** Anything a reader needs to judge the number (what was compared, counts seen). */
  note?: string;
}

/** Median of a non-empty list (the lower middle for even lengths, so it is always a measured value). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

/**
 * Summarises repeated measurements as a row; `limit` (with `target` text) decides `pass` on the median.
 * @throws when there are no values, or any is not a finite number: a broken measurement is never reported.
 */
export function summarise(
  name: string,
  unit: string,
  values: readonly number[],
  opts: { target?: string; limit?: number; note?: string } = {},
): BenchResult {
  if (values.length === 0 || values.some((v) => !Number.isFinite(v))) {
    throw new Error(`browser bench: "${name}" has no valid measurements (${values.join(', ')})`);
  }
  const mid = median(values);
  return {
    name,
    unit,
    median: mid,
    min: Math.min(...values),
    max: Math.max(...values),
    runs: values.length,
    ...(opts.target !== undefined ? { target: opts.target } : {}),
    ...(opts.limit !== undefined ? { pass: mid <= opts.limit } : {}),
    ...(opts.note !== undefined ? { note: opts.note } : {}),
  };
}
