/**
 * Runs the attribution evaluation: the real extractor finds the figures of each passage, the matcher
 * attributes them, and each marked figure is compared with what it should match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset, Figure, Lang } from '../../../src/core/types.ts';
import { LANGS } from '../../../src/core/types.ts';
import type { FigureContext, MatchIndex } from '../../../src/core/match/types.ts';
import { matchFigure } from '../../../src/core/match/match-figure.ts';
import { parseAttributionFile, type AttributionPassage } from './load-attribution.ts';
import type { AttributionOutcome } from './score-attribution.ts';

export const CORPUS_DIR = join(fileURLToPath(new URL('.', import.meta.url)), 'corpus');
/** Date the evaluation treats as today, so results do not drift as the calendar moves. */
export const EVAL_TODAY = '2026-03-01';

/** Reads every `<lang>.txt` of the corpus folder. Throws on a malformed file. */
export function readAttributionCorpus(dir = CORPUS_DIR): AttributionPassage[] {
  const passages: AttributionPassage[] = [];
  for (const file of readdirSync(dir).sort()) {
    const lang = file.replace(/\.txt$/, '') as Lang;
    if (!file.endsWith('.txt') || !LANGS.includes(lang)) continue;
    passages.push(...parseAttributionFile(readFileSync(join(dir, file), 'utf8'), lang));
  }
  return passages;
}

export interface Pipeline {
  extract: (text: string, options: { lang?: Lang }) => Figure[];
  context: (text: string, figure: Figure) => FigureContext;
  index: MatchIndex;
}

/** The extracted figure that overlaps a mark the most; undefined when none overlaps. */
function findExtracted(figures: readonly Figure[], start: number, end: number): Figure | undefined {
  let best: { f: Figure; overlap: number } | undefined;
  for (const f of figures) {
    const overlap = Math.min(end, f.end) - Math.max(start, f.start);
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { f, overlap };
  }
  return best?.f;
}

/** Evaluates every marked figure of the passages. */
export function runAttribution(
  passages: readonly AttributionPassage[],
  pipeline: Pipeline,
): AttributionOutcome[] {
  const outcomes: AttributionOutcome[] = [];
  for (const p of passages) {
    const figures = pipeline.extract(p.text, { lang: p.lang });
    for (const c of p.cases) {
      const figure = findExtracted(figures, c.start, c.end);
      const base = {
        lang: p.lang,
        passage: p.number,
        text: c.text,
        expectedClaim: c.claimId,
        expectedRelation: c.relation,
      };
      if (!figure) {
        outcomes.push({ ...base, extracted: false, gotClaim: null, gotRelation: null, note: null });
        continue;
      }
      const result = matchFigure(figure, pipeline.context(p.text, figure), pipeline.index, {
        pageDate: p.pageDate ?? undefined,
        today: EVAL_TODAY,
      });
      outcomes.push({
        ...base,
        extracted: true,
        gotClaim: result.match?.id ?? null,
        gotRelation: result.relation,
        note: result.note,
      });
    }
  }
  return outcomes;
}

/** Claim ids the corpus expects that the dataset does not have (a stale corpus or a renamed claim). */
export function findUnknownClaimIds(passages: readonly AttributionPassage[], dataset: Dataset): string[] {
  const ids = new Set(dataset.claims.map((c) => c.id));
  const missing = new Set<string>();
  for (const p of passages)
    for (const c of p.cases) if (c.claimId && !ids.has(c.claimId)) missing.add(c.claimId);
  return [...missing].sort();
}
