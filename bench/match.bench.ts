/**
 * Matching engine timings in CPU milliseconds (one core, medians over repeats): building the index from the bundled dataset,
 * matching every figure of a 1 MB page (about 100 figures in distinct evaluation passages, cold caches each
 * repeat), and searchClaims. A floor row times the least any matcher must do with the same figures (lower-case
 * each figure's paragraph and scan its words once), interleaved with the match repeats, and the match row is
 * also given as a multiple of it: that ratio stays comparable when the machine is faster or slower.
 */
import { readFileSync } from 'node:fs';
import type { Dataset, Figure } from '../src/core/types.ts';
import type { FigureContext, MatchIndex } from '../src/core/match/types.ts';
import { extractFigures } from '../src/core/extract/extract-figures.ts';
import { getFigureContext } from '../src/core/extract/context.ts';
import { buildMatchIndex } from '../src/core/match/build-match-index.ts';
import { matchFigure } from '../src/core/match/match-figure.ts';
import { searchClaims } from '../src/core/match/search-claims.ts';
import { forgetPageText } from '../src/core/match/remember.ts';
import { loadCorpus } from '../tests/eval/load-corpus.ts';

export interface BenchResult {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  target?: string;
}

const FILLER = [
  'The regional council met on Tuesday to discuss the budget for schools, roads and the new hospital wing.',
  'Weather services expect heavy rain in the north of the country over the weekend, with cooler air to follow.',
  'Депутати обговорили зміни до правил паркування в центрі міста та нові маршрути громадського транспорту.',
  'Die Stadtwerke kündigten an, das Fernwärmenetz in den kommenden Jahren deutlich auszubauen.',
  '시는 다음 달부터 도심 주차 요금을 조정하고 대중교통 노선을 일부 개편한다고 밝혔다.',
];

/**
 * About `bytes` of text: the annotated evaluation passages (five languages, every one distinct, so no
 * sentence repeats and per-text caches cannot flatter the result) in a fixed order until `figureCount` figures
 * are in, spread evenly through filler paragraphs.
 */
export function buildPage(bytes: number, figureCount: number): string {
  const docs = loadCorpus().filter((d) => !d.file.includes('distractor'));
  const passages: string[] = [];
  let figures = 0;
  for (let i = 0; figures < figureCount && i < docs.length; i++) {
    // Interleave languages: en, uk, ru, de, ko, en, ...
    const doc = docs[(i * 29) % docs.length] as (typeof docs)[number];
    if (passages.includes(doc.text)) continue;
    passages.push(doc.text);
    figures += doc.gold.length;
  }
  const paragraphs: string[] = [];
  let size = 0;
  let i = 0;
  const every = Math.max(1, Math.floor(bytes / 200 / passages.length));
  let next = 0;
  while (size < bytes) {
    const p =
      i % every === 0 && next < passages.length
        ? (passages[next++] ?? '')
        : `${FILLER[i % FILLER.length]} ${FILLER[(i + 2) % FILLER.length]}`;
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
    i++;
  }
  return paragraphs.join('\n\n');
}

/** Words of a lower-cased paragraph, for the floor pass. */
const FLOOR_WORDS = /\p{L}+/gu;

/**
 * The floor: lower-cases each figure's paragraph once and counts its words with one regex scan (work every
 * matcher does at least). Returns the word count, so the work cannot be optimised away.
 */
export function passFloor(contexts: readonly FigureContext[]): number {
  let words = 0;
  for (const c of contexts) words += c.paragraph.toLowerCase().match(FLOOR_WORDS)?.length ?? 0;
  return words;
}

/** Floor passes per floor sample: one pass is about a hundredth of the match row, so a few are timed. */
const FLOOR_PASSES = 5;

function stats(name: string, unit: string, samples: number[], target: string): BenchResult {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    name,
    unit,
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
    target,
  };
}

/**
 * CPU milliseconds spent by `run` (user + system). CPU time rather than wall time, so that other processes
 * on a busy machine do not count; on an idle machine the two agree.
 */
function time(run: () => void): number {
  const t0 = process.cpuUsage();
  run();
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1000;
}

export default async function benchMatch(): Promise<BenchResult[]> {
  const dataset = JSON.parse(
    readFileSync(new URL('../src/data/claims.json', import.meta.url), 'utf8'),
  ) as Dataset;
  const page = buildPage(1_000_000, 125);
  const figures: Figure[] = extractFigures(page);
  const contexts: FigureContext[] = figures.map((f) => getFigureContext(page, f));
  if (figures.length < 50) throw new Error(`bench page produced only ${figures.length} figures`);

  const matchPage = (index: MatchIndex) =>
    figures.forEach((f, i) => matchFigure(f, contexts[i] as FigureContext, index));
  // The first page after start-up runs on cold JIT: reported on its own row; the medians are steady state
  // (the background keeps one index and matches page after page).
  const firstBuildStart = performance.now();
  const firstIndex = buildMatchIndex(dataset);
  const firstBuild = performance.now() - firstBuildStart;
  const firstPage = time(() => matchPage(firstIndex));
  for (let r = 0; r < 20; r++) matchPage(buildMatchIndex(dataset));

  const build = Array.from({ length: 40 }, () => {
    const start = performance.now();
    buildMatchIndex(dataset);
    return performance.now() - start;
  });

  // Wall time of the matching thread is the target row (on a quiet machine it is that thread's CPU time);
  // process CPU time also counts V8's garbage-collection and compiler threads, so it is shown beside it.
  const matchAll: number[] = [];
  const matchAllCpu: number[] = [];
  const floor: number[] = [];
  const index = buildMatchIndex(dataset);
  for (let r = 0; r < 20; r++) passFloor(contexts);
  for (let r = 0; r < 40; r++) {
    // One index, as the background keeps it; nothing remembered from an earlier repeat's text helps.
    forgetPageText(index);
    const cpu = process.cpuUsage();
    const wall = performance.now();
    matchPage(index);
    matchAll.push(performance.now() - wall);
    const used = process.cpuUsage(cpu);
    matchAllCpu.push((used.user + used.system) / 1000);
    // The floor right after each match repeat, so both see the same machine state.
    const floorStart = performance.now();
    let words = 0;
    for (let p = 0; p < FLOOR_PASSES; p++) words += passFloor(contexts);
    floor.push((performance.now() - floorStart) / FLOOR_PASSES);
    if (words === 0) throw new Error('floor pass read no words');
  }
  const perFigure = matchAll.map((ms) => ms / figures.length);
  const overFloor = matchAll.map((ms, r) => ms / (floor[r] as number));

  const queries = [
    'NIS killed January',
    'how many north korean soldiers died',
    'скільки загинуло',
    'сколько погибло',
    '사상자',
    'Verluste',
    '4000',
    '4,000 casualties',
    'Zelensky 2025',
    'Koksan howitzers',
    'Vladivostok special forces',
    'Курщина',
  ];
  queries.forEach((q) => searchClaims(index, q));
  const search: number[] = [];
  for (let r = 0; r < 20; r++) for (const q of queries) search.push(time(() => searchClaims(index, q)));

  return [
    stats(`buildMatchIndex (${dataset.claims.length} claims), wall`, 'ms', build, '<= 20'),
    stats('buildMatchIndex, first after start-up (cold JIT, one run), wall', 'ms', [firstBuild], ''),
    stats(
      `matchFigure, all figures of a 1 MB page (${figures.length} figures, cold cache), wall`,
      'ms',
      matchAll,
      '<= 10',
    ),
    stats(
      "floor: lower-case and scan the words of each figure's paragraph once (same figures, same repeats), wall",
      'ms',
      floor,
      '',
    ),
    stats(
      'matchFigure, all figures of a 1 MB page, as a multiple of the floor (same repeat)',
      'x floor',
      overFloor,
      '',
    ),
    stats(
      `matchFigure, all figures of a 1 MB page, process CPU (all threads, GC and JIT included)`,
      'ms CPU',
      matchAllCpu,
      '',
    ),
    stats('matchFigure, per figure, wall', 'ms', perFigure, '<= 0.1'),
    stats('matchFigure, the same page first after start-up (cold JIT, one run)', 'ms CPU', [firstPage], ''),
    stats(`searchClaims, one query (${queries.length} queries x 20)`, 'ms CPU', search, '<= 5'),
  ];
}
