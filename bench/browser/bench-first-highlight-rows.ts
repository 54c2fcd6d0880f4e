import { timeToFirstHighlight } from './bench-first-highlight.ts';
import type { BrowserPair } from './launch.ts';
import type { PageServer } from './server.ts';
import { summarise, type BenchResult } from './stats.ts';

const TARGET_MS = 100;
/** The article in each template language; English gets every run, the others a quick check. */
const ARTICLES = [
  { path: '/a', label: 'page 60KB article (a)' },
  { path: '/a-uk', label: 'page 60KB article (a, Ukrainian)' },
  { path: '/a-ko', label: 'page 60KB article (a, Korean)' },
];
const OTHER_LANGUAGE_RUNS = 3;

/** Time from DOMContentLoaded to the first painted-ready highlight on the article pages. */
export async function measureFirstHighlights(
  pair: BrowserPair,
  server: PageServer,
  runs: number,
): Promise<BenchResult[]> {
  const rows: BenchResult[] = [];
  for (const [i, article] of ARTICLES.entries()) {
    const n = i === 0 ? runs : Math.min(runs, OTHER_LANGUAGE_RUNS);
    const times: number[] = [];
    for (let r = 0; r < n; r++)
      times.push(await timeToFirstHighlight(pair.withExtension, server, article.path));
    rows.push(
      summarise(`${article.label}: time to first highlight after DOMContentLoaded`, 'ms', times, {
        target: `≤ ${TARGET_MS} ms`,
        limit: TARGET_MS,
        note: 'wall time, checked every animation frame',
      }),
    );
  }
  return rows;
}
