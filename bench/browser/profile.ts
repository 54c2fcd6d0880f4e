/**
 * Diagnosis, not part of `npm run bench`: where does the content script spend its main-thread time?
 *
 *   npx tsx bench/browser/profile.ts [extensionDir]
 *
 * Loads pages (a), (b) and (c) with the extension, traces each (phase totals, thread time) and samples it with
 * the V8 profiler (self time per function inside the extension's stacks). Point it at an unminified build
 * (e.g. a copy of the tree built with `build: { minify: false }`) to read function names.
 */
import { articlePage, newsPage, offTopicPage } from '../pages/generate.ts';
import { extensionHotspots, startProfile } from './cpu-profile.ts';
import { launchPair } from './launch.ts';
import { servePages } from './server.ts';
import { extensionTime, startTrace } from './trace.ts';

const extensionDir = process.argv[2] ?? '.output/chrome-mv3';
const pages: Record<string, string> = {
  '/a': articlePage('en').html,
  '/b': newsPage('en').html,
  '/c': offTopicPage().html,
};
const server = await servePages(pages);
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
    const hot = extensionHotspots(await profile.stop(), 'chrome-extension://');
    const phases = extensionTime(await trace.stop(), `${server.origin}${path}`, 'chrome-extension://');
    console.log(`\n${path}: traced extension time (thread ms)`, phases);
    console.log(`${path}: sampled ${hot.totalMs.toFixed(1)} ms in extension stacks; top self time:`);
    for (const f of hot.top.slice(0, 25)) console.log(`  ${f.selfMs.toFixed(1).padStart(7)} ms  ${f.fn}`);
    await page.close();
  }
} finally {
  await pair.close();
  await server.close();
}
