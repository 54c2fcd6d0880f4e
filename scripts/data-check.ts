/**
 * `npm run data:check`: validates src/data/claims.json and prints coverage tables
 * (claims per metric, estimator, year, status). Exits 1 on any validation error.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../src/core/dataset/problems';
import { summarizeDataset } from '../src/core/dataset/summarize-dataset';
import { validateDataset } from '../src/core/dataset/validate-dataset';
import { METRICS } from '../src/core/types';

const DATA_PATH = fileURLToPath(new URL('../src/data/claims.json', import.meta.url));

/** Formats a count table as aligned "key  count" lines, largest first unless `order` is given. */
function formatTable(title: string, counts: Record<string, number>, order?: readonly string[]): string {
  const keys =
    order ?? Object.keys(counts).sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b));
  const width = Math.max(0, ...keys.map((key) => key.length));
  const lines = keys.map((key) => `  ${key.padEnd(width)}  ${String(counts[key] ?? 0).padStart(4)}`);
  return [`${title}`, ...lines].join('\n');
}

/** Reads and parses the dataset file; returns the error text when it cannot. */
function readDataset(): { input: unknown } | { error: string } {
  try {
    return { input: JSON.parse(readFileSync(DATA_PATH, 'utf8')) as unknown };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function main(): number {
  const read = readDataset();
  if ('error' in read) {
    console.error(`${DATA_PATH}: ${read.error}`);
    return 1;
  }
  const result = validateDataset(read.input);
  if (!result.ok) {
    console.error(`${DATA_PATH}: ${result.problems.length + result.omitted} validation error(s)`);
    for (const line of formatProblems(result)) console.error(`  ${line}`);
    return 1;
  }
  const summary = summarizeDataset(result.dataset);
  const years = Object.keys(summary.byYear).sort();
  console.log(
    [
      `claims.json is valid (updated ${result.dataset.updated})`,
      `  claims ${summary.claims}, series ${summary.series}, misreadings ${summary.misreadings}`,
      `  estimators ${summary.estimators} (${summary.estimatorsWithClaims} with claims)`,
      '',
      formatTable('claims per metric', summary.byMetric, METRICS),
      '',
      formatTable('claims per estimator', summary.byEstimator),
      '',
      formatTable('claims per year (statedOn)', summary.byYear, years),
      '',
      formatTable('claims per status', summary.byStatus, ['verified', 'weak']),
    ].join('\n'),
  );
  return 0;
}

process.exitCode = main();
