/**
 * Diagnosis, not part of `npm run bench`: where does the content script spend its main-thread time?
 *
 *   npx tsx bench/browser/profile.ts [extensionDir]
 *
 * Loads pages (a), (b) and (c) with the extension, traces each (phase totals, thread time) and samples it with
 * the V8 profiler (self time per function inside the extension's stacks). Point it at an unminified build
 * (e.g. a copy of the tree built with `build: { minify: false }`) to read function names.
 */
import { articlePage, newsPage, offTopicPage, stormPage } from '../pages/generate.ts';
import { callersOf, extensionHotspots, startProfile } from './cpu-profile.ts';
import { inPage } from './in-page.ts';
import { launchPair } from './launch.ts';
import { openMeasured, settle } from './load-page.ts';
import { servePages } from './server.ts';
import { extensionTime, startTrace } from './trace.ts';

const extensionDir = process.argv[2] ?? '.output/chrome-mv3';
const pages: Record<string, string> = {
  '/a': articlePage('en').html,
  '/b': newsPage('en').html,
  '/c': offTopicPage().html,
};
const server = await servePages({ ...pages, '/storm': stormPage('en').html });

type CpuProfile = Awaited<ReturnType<Awaited<ReturnType<typeof startProfile>>['stop']>>;

/** Prints the top functions by self time, and who calls the top native ones (names of natives can mislead). */
function printHot(title: string, profile: CpuProfile): void {
  const hot = extensionHotspots(profile, 'chrome-extension://');
  console.log(`${title}: sampled ${hot.totalMs.toFixed(1)} ms in extension stacks; top self time:`);
  for (const f of hot.top.slice(0, 25)) console.log(`  ${f.selfMs.toFixed(1).padStart(7)} ms  ${f.fn}`);
  for (const f of hot.top.slice(0, 10).filter((t) => !t.fn.includes('('))) {
    console.log(`  callers of native ${f.fn}:`);
    for (const c of callersOf(profile, f.fn).slice(0, 4))
      console.log(`    ${c.ms.toFixed(1).padStart(7)} ms  ${c.chain}`);
  }
}

const pair = await launchPair(extensionDir);
try {
  for (const path of Object.keys(pages)) {
    const context = pair.withExtension;
    const page = await context.newPage();
    await page.goto(`${server.otherSiteOrigin}/blank`);
    const cdp = await context.newCDPSession(page);
    const trace = await startTrace(cdp);
    const profile = await startProfile(cdp);
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const cpu = await profile.stop();
    const phases = extensionTime(await trace.stop(), `${server.origin}${path}`, 'chrome-extension://');
    console.log(`\n${path}: traced extension time (thread ms)`, phases);
    printHot(path, cpu);
    await page.close();
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
  printHot('\n/storm (during the storm)', await profile.stop());
  await tab.page.close();
} finally {
  await pair.close();
  await server.close();
}
