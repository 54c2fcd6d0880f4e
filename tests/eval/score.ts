/**
 * Pure scoring of extracted figures against the gold annotations of the corpus.
 *
 * Matching: a predicted figure matches a gold figure when their spans overlap. Pairs are assigned one-to-one,
 * greedily by overlap size (largest first; ties go to the pair whose starts are closest, then to document order).
 * Detection: precision = TP / predicted, recall = TP / gold, F1 their harmonic mean.
 * Labels, over matched pairs only: metric accuracy, qualifier accuracy, value accuracy (value, low and high all
 * equal, null == null) and exact-span rate (same start and end).
 */
import type { Figure, Lang } from '../../src/core/types.ts';
import type { CorpusDoc, GoldFigure } from './load-corpus.ts';

/** The part of a predicted Figure that scoring looks at. */
export type Predicted = Pick<
  Figure,
  'start' | 'end' | 'text' | 'metric' | 'qualifier' | 'value' | 'low' | 'high'
>;

export interface MatchedPair {
  gold: GoldFigure;
  pred: Predicted;
  metricOk: boolean;
  qualifierOk: boolean;
  valueOk: boolean;
  spanExact: boolean;
}

export interface DocResult {
  file: string;
  lang: Lang;
  text: string;
  matched: MatchedPair[];
  /** Predictions that match no gold figure. */
  falsePositives: Predicted[];
  /** Gold figures that no prediction matches. */
  falseNegatives: GoldFigure[];
  /** Predictions whose `text` is not `input.slice(start, end)` (a contract violation). */
  badSpans: Predicted[];
}

/** Raw counts; everything else is derived from them. */
export interface Counts {
  docs: number;
  gold: number;
  predicted: number;
  matched: number;
  metricOk: number;
  qualifierOk: number;
  valueOk: number;
  spanExact: number;
  badSpans: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
  metric: number;
  qualifier: number;
  value: number;
  exactSpan: number;
}

export interface EvalReport {
  byLang: Partial<Record<Lang, Scores>>;
  overall: Scores;
  docs: DocResult[];
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when value, low and high are all equal (null equals null). */
export function sameValue(pred: Pick<Figure, 'value' | 'low' | 'high'>, gold: GoldFigure): boolean {
  return pred.value === gold.value && pred.low === gold.low && pred.high === gold.high;
}

/** One-to-one greedy matching by overlap size. Returns index pairs [goldIndex, predIndex]. */
export function matchSpans(
  gold: ReadonlyArray<{ start: number; end: number }>,
  pred: ReadonlyArray<{ start: number; end: number }>,
): Array<[number, number]> {
  const candidates: Array<{ g: number; p: number; size: number; dist: number }> = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const size = overlap(g, p);
      if (size > 0) candidates.push({ g: gi, p: pi, size, dist: Math.abs(g.start - p.start) });
    }),
  );
  candidates.sort((a, b) => b.size - a.size || a.dist - b.dist || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** Scores one document's predictions against its gold figures. */
export function scoreDoc(
  doc: Pick<CorpusDoc, 'file' | 'lang' | 'text' | 'gold'>,
  pred: readonly Predicted[],
): DocResult {
  const pairs = matchSpans(doc.gold, pred);
  const matchedG = new Set(pairs.map(([g]) => g));
  const matchedP = new Set(pairs.map(([, p]) => p));
  const matched = pairs.map(([gi, pi]): MatchedPair => {
    const gold = doc.gold[gi]!;
    const p = pred[pi]!;
    return {
      gold,
      pred: p,
      metricOk: p.metric === gold.metric,
      qualifierOk: p.qualifier === gold.qualifier,
      valueOk: sameValue(p, gold),
      spanExact: p.start === gold.start && p.end === gold.end,
    };
  });
  return {
    file: doc.file,
    lang: doc.lang,
    text: doc.text,
    matched,
    falsePositives: pred.filter((_, i) => !matchedP.has(i)),
    falseNegatives: doc.gold.filter((_, i) => !matchedG.has(i)),
    badSpans: pred.filter((p) => doc.text.slice(p.start, p.end) !== p.text),
  };
}

function emptyCounts(): Counts {
  return {
    docs: 0,
    gold: 0,
    predicted: 0,
    matched: 0,
    metricOk: 0,
    qualifierOk: 0,
    valueOk: 0,
    spanExact: 0,
    badSpans: 0,
  };
}

function addDoc(c: Counts, r: DocResult): void {
  c.docs += 1;
  c.matched += r.matched.length;
  c.gold += r.matched.length + r.falseNegatives.length;
  c.predicted += r.matched.length + r.falsePositives.length;
  c.metricOk += r.matched.filter((m) => m.metricOk).length;
  c.qualifierOk += r.matched.filter((m) => m.qualifierOk).length;
  c.valueOk += r.matched.filter((m) => m.valueOk).length;
  c.spanExact += r.matched.filter((m) => m.spanExact).length;
  c.badSpans += r.badSpans.length;
}

/**
 * Ratios from counts. Conventions for empty denominators: precision is 1 with no predictions, recall is 1 with
 * no gold figures, label accuracies are 0 with no matched pairs (nothing was shown to be right).
 */
export function toScores(c: Counts): Scores {
  const ratio = (n: number, d: number, empty: number) => (d === 0 ? empty : n / d);
  const precision = ratio(c.matched, c.predicted, 1);
  const recall = ratio(c.matched, c.gold, 1);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    ...c,
    precision,
    recall,
    f1,
    metric: ratio(c.metricOk, c.matched, 0),
    qualifier: ratio(c.qualifierOk, c.matched, 0),
    value: ratio(c.valueOk, c.matched, 0),
    exactSpan: ratio(c.spanExact, c.matched, 0),
  };
}

/** Aggregates document results per language (micro-averaged) and overall. */
export function aggregate(results: readonly DocResult[]): EvalReport {
  const perLang = new Map<Lang, Counts>();
  const all = emptyCounts();
  for (const r of results) {
    if (!perLang.has(r.lang)) perLang.set(r.lang, emptyCounts());
    addDoc(perLang.get(r.lang)!, r);
    addDoc(all, r);
  }
  const byLang: Partial<Record<Lang, Scores>> = {};
  for (const [lang, c] of perLang) byLang[lang] = toScores(c);
  return { byLang, overall: toScores(all), docs: [...results] };
}

/** Runs an extractor over every document and scores it. Exceptions thrown by the extractor propagate. */
export function evaluateCorpus(
  docs: ReadonlyArray<Pick<CorpusDoc, 'file' | 'lang' | 'text' | 'gold'>>,
  extract: (text: string, lang: Lang) => readonly Predicted[],
): EvalReport {
  return aggregate(docs.map((doc) => scoreDoc(doc, extract(doc.text, doc.lang))));
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

/** Plain-text table: one row per language (in the given order) plus an overall row. */
export function formatScoresTable(report: EvalReport, langs: readonly Lang[]): string {
  const head = [
    'lang',
    'docs',
    'gold',
    'pred',
    'match',
    'P %',
    'R %',
    'F1 %',
    'metric%',
    'qual %',
    'value%',
    'span %',
  ];
  const widths = [7, 5, 5, 5, 6, 6, 6, 6, 7, 6, 6, 6];
  const row = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join(' ');
  const line = (name: string, s: Scores) =>
    row([
      name,
      String(s.docs),
      String(s.gold),
      String(s.predicted),
      String(s.matched),
      pct(s.precision),
      pct(s.recall),
      pct(s.f1),
      pct(s.metric),
      pct(s.qualifier),
      pct(s.value),
      pct(s.exactSpan),
    ]);
  const out = [row(head)];
  for (const lang of langs) {
    const s = report.byLang[lang];
    if (s) out.push(line(lang, s));
  }
  out.push(line('overall', report.overall));
  return out.join('\n');
}
