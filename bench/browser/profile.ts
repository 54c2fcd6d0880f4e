/**
 * Diagnosis, not part of `npm run bench`: where does the content script spend its main-thread time?
 *
 *   npx tsx bench/browser/profile.ts [extensionDir] [loads]
 *
 * Loads pages (a), (b) and (c) with the extension `loads` times each (default 5), traces each load (phase totals,
 * thread time; the median load is printed) and samples it with the V8 profiler (self and inclusive time per
 * function inside the extension's stacks, per load on average: one load's samples can mislead, e.g. a regexp's
 * first compile or a GC falling in it). Point it at an unminified build (e.g. a copy of the tree built with
 * `build: { minify: false }`) to read function names.
 */
import { articlePage, newsPage, offTopicPage, stormPage } from '../pages/generate.ts';
import { callersOf, extensionHotspots, extensionInclusive, startProfile } from './cpu-profile.ts';
import { inPage } from './in-page.ts';
import { launchPair } from './launch.ts';
import { openMeasured, settle } from './load-page.ts';
import { servePages } from './server.ts';
import { extensionTime, startTrace } from './trace.ts';

const extensionDir = process.argv[2] ?? '.output/chrome-mv3';
const loads = Number(process.argv[3] ?? 5);
if (!Number.isInteger(loads) || loads < 1)
  throw new Error(`loads must be a whole number of 1 or more, not ${process.argv[3]}`);
const pages: Record<string, string> = {
  '/a': articlePage('en').html,
  '/b': newsPage('en').html,
  '/c': offTopicPage().html,
};
const server = await servePages({ ...pages, '/storm': stormPage('en').html });

type CpuProfile = Awaited<ReturnType<Awaited<ReturnType<typeof startProfile>>['stop']>>;

/** Adds each function's ms to a running sum. */
function addCosts(into: Map<string, number>, costs: readonly { fn: string; selfMs: number }[]): void {
  for (const c of costs) into.set(c.fn, (into.get(c.fn) ?? 0) + c.selfMs);
}

function printTop(costs: Map<string, number>, n: number, count: number): void {
  const top = [...costs.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  for (const [fn, ms] of top) console.log(`  ${(ms / count).toFixed(1).padStart(7)} ms  ${fn}`);
}

/**
 * Prints the top functions by self and by inclusive time, per load, and who calls the top native ones (names of
 * natives can mislead; the callers are those of the last profile).
 */
function printHot(title: string, profiles: readonly CpuProfile[]): void {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const profile of profiles) {
    const hot = extensionHotspots(profile, 'chrome-extension://');
    total += hot.totalMs;
    addCosts(self, hot.top);
    addCosts(inclusive, extensionInclusive(profile, 'chrome-extension://'));
  }
  const count = profiles.length;
  console.log(
    `${title}: sampled ${(total / count).toFixed(1)} ms per load in extension stacks (${count} loads)`,
  );
  console.log('  top self time:');
  printTop(self, 25, count);
  console.log('  top inclusive time:');
  printTop(inclusive, 30, count);
  const last = profiles[profiles.length - 1]!;
  const natives = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .filter(([fn]) => !fn.includes('('));
  for (const [fn] of natives) {
    console.log(`  callers of native ${fn}:`);
    for (const c of callersOf(last, fn).slice(0, 4))
      console.log(`    ${c.ms.toFixed(1).padStart(7)} ms  ${c.chain}`);
  }
}

const pair = await launchPair(extensionDir);
try {
  for (const path of Object.keys(pages)) {
    const context = pair.withExtension;
    const profiles: CpuProfile[] = [];
    const traced: ReturnType<typeof extensionTime>[] = [];
    for (let i = 0; i < loads; i++) {
      const page = await context.newPage();
      await page.goto(`${server.otherSiteOrigin}/blank`);
      const cdp = await context.newCDPSession(page);
      const trace = await startTrace(cdp);
      const profile = await startProfile(cdp);
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      await new Promise((resolve) => setTimeout(resolve, 3000));
      profiles.push(await profile.stop());
      traced.push(extensionTime(await trace.stop(), `${server.origin}${path}`, 'chrome-extension://'));
      await page.close();
    }
    const median = [...traced].sort((x, y) => x.totalMs - y.totalMs)[Math.floor(traced.length / 2)];
    console.log(`\n${path}: traced extension time (thread ms), the median of ${loads} loads`, median);
    printHot(path, profiles);
  }
  // The mutation storm: profile only the 5 s of the storm, after the first scan has settled.
  const tab = await openMeasured(pair.withExtension, server, '/storm');
  await settle(tab, { kind: 'highlights' });
  const profile = await startProfile(tab.cdp);
  await inPage(tab.page, () => {
    const w = window as unknown as { __startStorm(): void; __stormDone: Promise<unknown> };
    w.__startStorm();
    return w.__stormDone;
  });
  printHot('\n/storm (during the storm)', [await profile.stop()]);
  await tab.page.close();
} finally {
  await pair.close();
  await server.close();
}
