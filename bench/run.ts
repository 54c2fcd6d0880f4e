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
}

const here = dirname(fileURLToPath(import.meta.url));

function format(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

async function main(): Promise<void> {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const all: Array<BenchResult & { file: string }> = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as {
      default?: () => Promise<BenchResult[]>;
    };
    if (typeof mod.default !== 'function') {
      console.error(`${file}: no default export, skipped`);
      continue;
    }
    for (const r of await mod.default()) all.push({ file, ...r });
  }
  const rows = all.map((r) => [
    r.file,
    r.name,
    format(r.median),
    format(r.min),
    format(r.max),
    r.unit,
    r.target ?? '',
  ]);
  const head = ['file', 'benchmark', 'median', 'min', 'max', 'unit', 'target'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const out = { node: process.version, date: new Date().toISOString(), results: all };
  writeFileSync(join(here, 'results.json'), `${JSON.stringify(out, null, 2)}\n`);
}

await main();
