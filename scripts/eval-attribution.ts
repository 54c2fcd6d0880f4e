/**
 * Attribution evaluation: runs the real extractor and the matcher over tests/eval/attribution/corpus and
 * prints top-1 attribution accuracy and relation accuracy, overall and per language.
 *
 *   npx tsx scripts/eval-attribution.ts             table
 *   npx tsx scripts/eval-attribution.ts --verbose   also every wrong or missed figure
 *   npx tsx scripts/eval-attribution.ts --json      the scores as JSON
 */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../src/core/types.ts';
import { extractFigures } from '../src/core/extract/extract-figures.ts';
import { getFigureContext } from '../src/core/extract/context.ts';
import { buildMatchIndex } from '../src/core/match/build-match-index.ts';
import {
  findUnknownClaimIds,
  readAttributionCorpus,
  runAttribution,
} from '../tests/eval/attribution/run-attribution.ts';
import {
  formatAttributionTable,
  scoreByLanguage,
  type AttributionOutcome,
  type AttributionScore,
} from '../tests/eval/attribution/score-attribution.ts';

/** Loads the bundled dataset. */
export function loadDataset(): Dataset {
  return JSON.parse(readFileSync(new URL('../src/data/claims.json', import.meta.url), 'utf8')) as Dataset;
}

/** Runs the whole evaluation and returns the outcomes, the scores and any expected ids missing from the dataset. */
export function evaluateAttribution(): {
  outcomes: AttributionOutcome[];
  scores: Record<string, AttributionScore>;
  unknownIds: string[];
} {
  const dataset = loadDataset();
  const passages = readAttributionCorpus();
  const index = buildMatchIndex(dataset);
  const outcomes = runAttribution(passages, {
    extract: (text, options) => extractFigures(text, options),
    context: (text, figure) => getFigureContext(text, figure),
    index,
  });
  return { outcomes, scores: scoreByLanguage(outcomes), unknownIds: findUnknownClaimIds(passages, dataset) };
}

/** One line per wrong or missed figure. */
export function formatErrors(outcomes: readonly AttributionOutcome[]): string {
  return outcomes
    .filter((o) => !o.extracted || o.gotClaim !== o.expectedClaim || o.gotRelation !== o.expectedRelation)
    .map((o) =>
      o.extracted
        ? `${o.lang}#${o.passage} "${o.text}": expected ${o.expectedClaim ?? '-'} ${o.expectedRelation}, got ${o.gotClaim ?? '-'} ${o.gotRelation}`
        : `${o.lang}#${o.passage} "${o.text}": extractor missed it (expected ${o.expectedClaim ?? '-'} ${o.expectedRelation})`,
    )
    .join('\n');
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const { outcomes, scores, unknownIds } = evaluateAttribution();
  if (args.has('--json')) {
    console.log(JSON.stringify({ scores, unknownIds }, null, 2));
    return;
  }
  const lines = ['Attribution (figure -> claim and relation)', formatAttributionTable(scores)];
  if (unknownIds.length > 0)
    lines.push(`Expected claim ids missing from the dataset: ${unknownIds.join(', ')}`);
  if (args.has('--verbose')) lines.push('', formatErrors(outcomes));
  console.log(lines.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
