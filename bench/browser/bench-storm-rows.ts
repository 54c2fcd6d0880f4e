import { measureStormPair, type StormPair } from './bench-storm.ts';
import type { BrowserPair } from './launch.ts';
import type { PageServer } from './server.ts';
import { median, summarise, type BenchResult } from './stats.ts';

const SHARE_TARGET = 10;

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** How the highlights after a storm differ from those before: missing texts, new texts, duplicates. */
function describeDiff(before: readonly string[], after: readonly string[]): string {
  if (sameTexts(before, after)) return 'same';
  const missing = before.filter((t) => !after.includes(t));
  const extra = after.filter((t) => !before.includes(t));
  const duplicates = after.length - new Set(after).size - (before.length - new Set(before).size);
  const parts = [`${after.length} ranges`];
  if (missing.length > 0) parts.push(`missing ${JSON.stringify(missing)}`);
  if (extra.length > 0) parts.push(`new ${JSON.stringify(extra)}`);
  if (duplicates > 0) parts.push(`${duplicates} duplicate ranges of the same figures`);
  return parts.join(', ');
}

/**
 * The mutation storm (1,000 text mutations/s for 5 s in a paragraph that names North Korea): the extension's
 * share of one core, (thread time with − without) / storm wall time, and whether the highlights after the storm
 * are exactly those before it.
 */
export async function stormRows(
  pair: BrowserPair,
  server: PageServer,
  path: string,
  runs: number,
): Promise<BenchResult[]> {
  const storms: StormPair[] = [];
  for (let i = 0; i < runs; i++) storms.push(await measureStormPair(pair, server, path));
  const intact = storms.map((s) => (s.before.length > 0 && sameTexts(s.before, s.after) ? 100 : 0));
  const first = storms[0]!;
  return [
    summarise(
      'mutation storm (1,000/s for 5 s): extension CPU share (page + background)',
      '%',
      storms.map((s) => s.sharePercent),
      {
        target: `≤ ${SHARE_TARGET}%`,
        limit: SHARE_TARGET,
        note:
          `page thread time with ${median(storms.map((s) => s.withMs)).toFixed(0)} ms, without ` +
          `${median(storms.map((s) => s.withoutMs)).toFixed(0)} ms; extension processes ` +
          `${median(storms.map((s) => s.backgroundWithMs)).toFixed(0)} ms CPU (without the extension ` +
          `${median(storms.map((s) => s.backgroundWithoutMs)).toFixed(0)} ms); over ` +
          `${median(storms.map((s) => s.wallMs)).toFixed(0)} ms; ${first.mutations} mutations per storm`,
      },
    ),
    summarise(
      'mutation storm: of which the page main thread',
      '%',
      storms.map((s) => s.pageSharePercent),
    ),
    summarise(
      'mutation storm: of which the background (extension processes, /proc CPU time)',
      '%',
      storms.map((s) => s.backgroundSharePercent),
    ),
    {
      ...summarise('mutation storm: highlights identical after the storm', '% of runs', intact, {
        target: '= 100%',
        note: `${first.before.length} highlights before; after, per run: ${storms.map((s) => describeDiff(s.before, s.after)).join(' | ')}`,
      }),
      pass: intact.every((v) => v === 100),
    },
  ];
}
