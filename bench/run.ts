/**
 * `npm run bench`: runs every bench/*.bench.ts module (each default-exports an async function returning
 * results), prints one table and writes bench/results.json.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchResult {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  target?: string;
  /** Whether the median meets the target, where the bench judged it. */
  pass?: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));

function format(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/** 'yes' / 'NO' for rows with a verdict or a plain numeric target ("<= 20", ">= 50"); '' otherwise. */
function judge(r: BenchResult): string {
  if (r.pass !== undefined) return r.pass ? 'yes' : 'NO';
  const m = r.target?.match(/^\s*(>=|<=|≥|≤)\s*([\d.]+)\s*$/);
  if (!m) return '';
  const limit = Number(m[2]);
  const ok = m[1] === '>=' || m[1] === '≥' ? r.median >= limit : r.median <= limit;
  return ok ? 'yes' : 'NO';
}

async function main(): Promise<void> {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const all: Array<BenchResult & { file: string }> = [];
  const failures: string[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as {
      default?: () => Promise<BenchResult[]>;
    };
    if (typeof mod.default !== 'function') {
      console.error(`${file}: no default export, skipped`);
      continue;
    }
    try {
      for (const r of await mod.default()) all.push({ file, ...r });
    } catch (error) {
      // One broken bench must not hide the others' numbers.
      failures.push(`${file}: ${(error as Error).message}`);
    }
  }
  const rows = all.map((r) => [
    r.file,
    r.name,
    format(r.median),
    format(r.min),
    format(r.max),
    r.unit,
    r.target ?? '',
    judge(r),
  ]);
  const head = ['file', 'benchmark', 'median', 'min', 'max', 'unit', 'target', 'meets'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const out = { node: process.version, date: new Date().toISOString(), results: all };
  writeFileSync(join(here, 'results.json'), `${JSON.stringify(out, null, 2)}\n`);
  for (const failure of failures) console.error(`bench failed: ${failure}`);
  if (failures.length > 0) process.exitCode = 1;
}

await main();
