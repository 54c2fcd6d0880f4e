/**
 * `npm run eval [-- --json] [-- --verbose]`: scores the figure extractor on the annotated corpus
 * (tests/eval/corpus) and prints one table per language plus overall.
 *
 *   --json     print the numbers as JSON (one object, one key per report section)
 *   --verbose  also list every false positive, false negative and wrong label with file and snippet
 *   --lang=xx  only this language (repeatable)
 *   --corpus=DIR  read the passages from DIR/<lang>/*.txt instead of tests/eval/corpus (a new batch, scored
 *              before it joins the corpus); the attribution section still reads its own corpus
 *
 * Exits 0 unless the corpus fails to load (1) or an option is invalid (2). If the extractor throws on a passage, the error is reported and the
 * passage counts as having no predictions.
 *
 * The report is a list of sections (SECTIONS below). To add a report (e.g. attribution accuracy), write a
 * ReportSection and append it to SECTIONS; each section gets the loaded corpus and returns text and JSON.
 */
import { formatAttributionTable } from '../tests/eval/attribution/score-attribution.ts';
import { evaluateAttribution, formatErrors } from './eval-attribution.ts';
import { pathToFileURL } from 'node:url';
import { extractFigures } from '../src/core/extract/extract-figures.ts';
import { LANGS } from '../src/core/types.ts';
import type { Lang } from '../src/core/types.ts';
import { loadCorpus } from '../tests/eval/load-corpus.ts';
import type { CorpusDoc } from '../tests/eval/load-corpus.ts';
import { aggregate, formatScoresTable, scoreDoc } from '../tests/eval/score.ts';
import type { DocResult, EvalReport, Predicted } from '../tests/eval/score.ts';

export interface SectionOptions {
  verbose: boolean;
}

export interface SectionOutput {
  /** Human-readable report. */
  text: string;
  /** The same numbers for --json. */
  json: unknown;
}

export interface ReportSection {
  /** Key in the --json output. */
  name: string;
  title: string;
  run(docs: readonly CorpusDoc[], options: SectionOptions): SectionOutput;
}

/** One line of context around [start, end), with the span marked as [[...]]. */
export function snippet(text: string, start: number, end: number, width = 45): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, start - width), start));
  const after = flat(text.slice(end, end + width));
  return `${start - width > 0 ? '…' : ''}${before}[[${flat(text.slice(start, end))}]]${after}${end + width < text.length ? '…' : ''}`;
}

function describeValue(f: { value: number | null; low: number | null; high: number | null }): string {
  if (f.low !== null || f.high !== null) return `${f.low}-${f.high}`;
  return String(f.value);
}

function label(f: Predicted | DocResult['falseNegatives'][number]): string {
  return `${f.metric}/${f.qualifier}/${describeValue(f)}`;
}

/** Every error of one document, one per line, in text order. */
export function listErrors(r: DocResult): string[] {
  const out: Array<{ at: number; line: string }> = [];
  for (const g of r.falseNegatives) {
    out.push({
      at: g.start,
      line: `  FN  ${r.file}:${g.line}  want ${label(g)}  ${snippet(r.text, g.start, g.end)}`,
    });
  }
  for (const p of r.falsePositives) {
    out.push({ at: p.start, line: `  FP  ${r.file}  got ${label(p)}  ${snippet(r.text, p.start, p.end)}` });
  }
  for (const m of r.matched) {
    const wrong: string[] = [];
    if (!m.metricOk) wrong.push(`metric ${m.pred.metric}≠${m.gold.metric}`);
    if (!m.qualifierOk) wrong.push(`qualifier ${m.pred.qualifier}≠${m.gold.qualifier}`);
    if (!m.valueOk) wrong.push(`value ${describeValue(m.pred)}≠${describeValue(m.gold)}`);
    if (!m.spanExact) wrong.push(`span "${m.pred.text}"≠"${m.gold.text}"`);
    if (wrong.length > 0) {
      out.push({
        at: m.gold.start,
        line: `  LBL ${r.file}:${m.gold.line}  ${wrong.join('; ')}  ${snippet(r.text, m.gold.start, m.gold.end)}`,
      });
    }
  }
  for (const p of r.badSpans) {
    out.push({
      at: p.start,
      line: `  BAD ${r.file}  text "${p.text}" is not input.slice(${p.start}, ${p.end})`,
    });
  }
  return out.sort((a, b) => a.at - b.at).map((e) => e.line);
}

/** Counts of gold→predicted label pairs among matched figures that disagree, most frequent first. */
export function confusions(report: EvalReport, field: 'metric' | 'qualifier'): string[] {
  const counts = new Map<string, number>();
  for (const r of report.docs) {
    for (const m of r.matched) {
      if (m.gold[field] === m.pred[field]) continue;
      const key = `${m.gold[field]} → ${m.pred[field]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${String(n).padStart(4)}  ${k}`);
}

/**
 * Runs extractFigures on each passage; a throw is recorded (with the stack for the first one only) and the
 * passage counts as having no predictions.
 */
export function runExtractor(docs: readonly CorpusDoc[]): { report: EvalReport; crashes: string[] } {
  const crashes: string[] = [];
  const results = docs.map((doc) => {
    let predicted: readonly Predicted[] = [];
    try {
      predicted = extractFigures(doc.text, { lang: doc.lang });
    } catch (err) {
      const first = crashes.length === 0;
      const e = err as Error;
      crashes.push(
        `${doc.file}: ${first ? (e?.stack ?? String(err)) : `${e?.name ?? 'Error'}: ${e?.message ?? String(err)}`}`,
      );
    }
    return scoreDoc(doc, predicted);
  });
  return { report: aggregate(results), crashes };
}

const figureSection: ReportSection = {
  name: 'figures',
  title: 'Figure extraction (span P/R/F1; label accuracy over matched pairs)',
  run(docs, { verbose }) {
    const { report, crashes } = runExtractor(docs);
    const langs = LANGS.filter((l) => report.byLang[l]);
    const lines = [formatScoresTable(report, langs)];
    if (report.overall.badSpans > 0) {
      lines.push(`\n${report.overall.badSpans} predicted figure(s) break text === input.slice(start, end).`);
    }
    if (crashes.length > 0) lines.push(`\nThe extractor threw on ${crashes.length} passage(s):`, ...crashes);
    if (verbose) {
      lines.push('\nErrors (FN = missed gold figure, FP = spurious figure, LBL = wrong label or span):');
      for (const r of report.docs) lines.push(...listErrors(r));
      lines.push('\nMetric confusions (gold → predicted):', ...confusions(report, 'metric'));
      lines.push('\nQualifier confusions (gold → predicted):', ...confusions(report, 'qualifier'));
    }
    const json = {
      byLang: report.byLang,
      overall: report.overall,
      crashes: crashes.length,
      ...(verbose
        ? {
            errors: report.docs.flatMap((r) => {
              const errs = listErrors(r);
              return errs.length ? [{ file: r.file, errors: errs.map((e) => e.trim()) }] : [];
            }),
          }
        : {}),
    };
    return { text: lines.join('\n'), json };
  },
};

const attributionSection: ReportSection = {
  name: 'attribution',
  title: 'Attribution (top-1 claim and relation, tests/eval/attribution)',
  run(_docs, { verbose }) {
    const { outcomes, scores, unknownIds } = evaluateAttribution();
    const lines = [formatAttributionTable(scores)];
    if (unknownIds.length > 0)
      lines.push(`\nExpected claim ids missing from the dataset: ${unknownIds.join(', ')}`);
    if (verbose) lines.push('\nErrors:', formatErrors(outcomes));
    return { text: lines.join('\n'), json: { scores, unknownIds } };
  },
};

/** Report sections, printed in order. Append new sections here. */
export const SECTIONS: ReportSection[] = [figureSection, attributionSection];

function main(argv: readonly string[]): number {
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const requested = argv.filter((a) => a.startsWith('--lang=')).map((a) => a.slice('--lang='.length));
  const unknown = requested.filter((l) => !(LANGS as readonly string[]).includes(l));
  if (unknown.length > 0) {
    console.error(`Unknown --lang ${unknown.join(', ')} (expected one of ${LANGS.join(', ')})`);
    return 2;
  }
  const onlyLangs = requested as Lang[];
  const corpus = argv.find((a) => a.startsWith('--corpus='))?.slice('--corpus='.length);
  if (corpus === '') {
    console.error('--corpus needs a directory');
    return 2;
  }

  let docs: CorpusDoc[];
  try {
    docs = loadCorpus(corpus, onlyLangs.length > 0 ? onlyLangs : undefined);
  } catch (err) {
    console.error(`Corpus failed to load: ${(err as Error).message}`);
    return 1;
  }

  const outputs = SECTIONS.map((s) => ({ section: s, out: s.run(docs, { verbose }) }));
  if (json) {
    console.log(
      JSON.stringify(
        Object.fromEntries(outputs.map(({ section, out }) => [section.name, out.json])),
        null,
        2,
      ),
    );
  } else {
    for (const { section, out } of outputs) console.log(`== ${section.title} ==\n${out.text}\n`);
  }
  return 0;
}

// Run only when executed directly (tsx scripts/eval.ts), not when imported by tests/eval/eval.test.ts.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
