/**
 * Matching engine timings in CPU milliseconds (one core, medians over repeats): building the index from the bundled dataset,
 * matching every figure of a 1 MB page (about 100 figures, cold caches each repeat), and searchClaims.
 */
import { readFileSync } from 'node:fs';
import type { Dataset, Figure } from '../src/core/types.ts';
import type { FigureContext } from '../src/core/match/types.ts';
import { extractFigures } from '../src/core/extract/extract-figures.ts';
import { getFigureContext } from '../src/core/extract/context.ts';
import { buildMatchIndex } from '../src/core/match/build-match-index.ts';
import { matchFigure } from '../src/core/match/match-figure.ts';
import { searchClaims } from '../src/core/match/search-claims.ts';

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

const FIGURES = [
  "South Korea's Joint Chiefs of Staff said about 4,000 North Korean soldiers have died in Kursk.",
  'Zelensky said more than 3,000 North Korean troops had been killed or wounded.',
  'South Korean intelligence believes 300 soldiers have been killed and 2,700 wounded.',
  'Ukraine’s military intelligence said nearly 12,000 North Korean troops had been sent to Russia.',
  'За даними ГУР, КНДР втратила близько 4 тисяч військових убитими та пораненими.',
  'По данным разведки Южной Кореи, погибли около 600 северокорейских военных.',
  'Laut dem südkoreanischen Geheimdienst hat Nordkorea rund 15.000 Soldaten nach Russland geschickt.',
  '국정원은 북한군 사망자가 약 2000명에 이른다고 밝혔다.',
  'The JCS said North Korea supplied about 220 self-propelled howitzers to Russia.',
  'The MSMT said North Korea sent up to 9 million rounds of ammunition in 2024.',
];

/** About `bytes` of text with `figureParagraphs` paragraphs carrying figures, spread evenly. */
function buildPage(bytes: number, figureParagraphs: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  let i = 0;
  const every = Math.max(1, Math.floor(bytes / 200 / figureParagraphs));
  while (size < bytes) {
    const p =
      i % every === 0 &&
      paragraphs.filter((x) => x.includes('North') || x.includes('КНДР')).length < figureParagraphs
        ? (FIGURES[(i / every) % FIGURES.length] ?? '')
        : `${FILLER[i % FILLER.length]} ${FILLER[(i + 2) % FILLER.length]}`;
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
    i++;
  }
  return paragraphs.join('\n\n');
}

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
  const page = buildPage(1_000_000, 135);
  const figures: Figure[] = extractFigures(page);
  const contexts: FigureContext[] = figures.map((f) => getFigureContext(page, f));
  if (figures.length < 50) throw new Error(`bench page produced only ${figures.length} figures`);

  buildMatchIndex(dataset);
  const build = Array.from({ length: 40 }, () => time(() => buildMatchIndex(dataset)));

  const matchAll: number[] = [];
  for (let r = 0; r < 30; r++) {
    const index = buildMatchIndex(dataset);
    matchAll.push(time(() => figures.forEach((f, i) => matchFigure(f, contexts[i] as FigureContext, index))));
  }
  const perFigure = matchAll.map((ms) => ms / figures.length);

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
  const index = buildMatchIndex(dataset);
  queries.forEach((q) => searchClaims(index, q));
  const search: number[] = [];
  for (let r = 0; r < 20; r++) for (const q of queries) search.push(time(() => searchClaims(index, q)));

  return [
    stats(`buildMatchIndex (${dataset.claims.length} claims)`, 'ms CPU', build, '<= 20'),
    stats(
      `matchFigure, all figures of a 1 MB page (${figures.length} figures, cold cache)`,
      'ms CPU',
      matchAll,
      '<= 10',
    ),
    stats('matchFigure, per figure', 'ms CPU', perFigure, '<= 0.1'),
    stats(`searchClaims, one query (${queries.length} queries x 20)`, 'ms CPU', search, '<= 5'),
  ];
}
