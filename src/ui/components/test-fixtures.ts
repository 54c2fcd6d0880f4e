/**
 * Small, real-looking fixtures for UI tests (modelled on src/data/claims.json entries, not read from it).
 */
import type { CompetingEstimate, MatchResult, MatchWhy } from '../../core/match/types';
import type { Claim, Estimator, Figure } from '../../core/types';

function estimator(id: string, short: string, name: string, country: string): Estimator {
  return {
    id,
    short,
    name,
    country,
    kind: 'intelligence',
    aliases: { en: [short], uk: [], ru: [], de: [], ko: [] },
  };
}

export const NIS = estimator('nis', 'NIS', 'National Intelligence Service (South Korea)', 'KR');
export const JCS = estimator('jcs', 'JCS', 'Joint Chiefs of Staff (South Korea)', 'KR');
export const HUR = estimator('hur', 'HUR', 'Defence Intelligence of Ukraine', 'UA');
export const PENTAGON = estimator('pentagon', 'Pentagon', 'US Department of Defense', 'US');
export const ESTIMATORS = new Map([NIS, JCS, HUR, PENTAGON].map((e) => [e.id, e]));

/** A claim with sensible defaults; override what the test is about. */
export function makeClaim(over: Partial<Claim> & Pick<Claim, 'id'>): Claim {
  return {
    metric: 'casualties_total',
    qualifier: 'about',
    unit: 'troops',
    scope: 'Kursk region',
    estimator: 'nis',
    statedOn: '2025-01-13',
    sources: [
      {
        outlet: 'Yonhap',
        url: 'https://en.yna.co.kr/view/AEN20250113000351315',
        publishedOn: '2025-01-13',
        lang: 'en',
      },
    ],
    summary: 'An estimate.',
    status: 'verified',
    series: `${over.estimator ?? 'nis'}-${over.metric ?? 'casualties_total'}`,
    ...over,
  };
}

export const NIS_CAS_DEC = makeClaim({
  id: 'nis-cas-2024-12-19',
  value: 1100,
  statedOn: '2024-12-19',
  summary: 'NIS told lawmakers about 1,100 North Korean troops had been killed or wounded in Kursk.',
});
export const NIS_CAS_JAN = makeClaim({ id: 'nis-cas-2025-01-13', value: 3000, qualifier: 'more_than' });
export const JCS_CAS_JAN = makeClaim({
  id: 'jcs-cas-2025-01-13',
  estimator: 'jcs',
  value: 4000,
  statedOn: '2025-01-13',
  summary: 'JCS said about 4,000 North Korean troops had been killed or wounded.',
});
export const HUR_CAS_RANGE = makeClaim({
  id: 'hur-cas-2025-03',
  estimator: 'hur',
  value: undefined,
  low: 4000,
  high: 5000,
  qualifier: 'range',
  statedOn: '2025-03',
  sources: [
    {
      outlet: 'Ukrainska Pravda',
      url: 'https://www.pravda.com.ua/eng/news/2025/03/01/1/',
      publishedOn: '2025-03',
      lang: 'en',
    },
  ],
});
export const PENTAGON_CAS_VAGUE = makeClaim({
  id: 'pentagon-cas-2024-12-17',
  estimator: 'pentagon',
  value: undefined,
  qualifier: 'vague',
  scope: 'Kursk region ("several hundred", all ranks)',
  statedOn: '2024-12-17',
  status: 'weak',
});
export const HUR_CAS_PERCENT = makeClaim({
  id: 'hur-cas-share-2025-02',
  estimator: 'hur',
  value: 50,
  unit: 'percent',
  statedOn: '2025-02',
});

/** A figure as the extractor returns it: "some 3,000 casualties". */
export const FIGURE: Figure = {
  text: 'some 3,000',
  start: 120,
  end: 130,
  value: 3000,
  low: null,
  high: null,
  unit: 'troops',
  metric: 'casualties_total',
  qualifier: 'about',
  lang: 'en',
};

export const WHY: MatchWhy = {
  cue: 1,
  number: 1,
  metric: 1,
  date: 0.8,
  text: 0.4,
  total: 0.91,
  cuedEstimators: ['nis'],
  textMetric: 'casualties_total',
  textWord: 'casualties',
};

export const COMPETING: CompetingEstimate[] = [
  { estimator: JCS, latest: JCS_CAS_JAN, series: [JCS_CAS_JAN] },
  { estimator: HUR, latest: HUR_CAS_RANGE, series: [HUR_CAS_PERCENT, HUR_CAS_RANGE] },
  { estimator: PENTAGON, latest: PENTAGON_CAS_VAGUE, series: [PENTAGON_CAS_VAGUE] },
];

/** A "same" match with a newer estimate in the series and three competing estimators. */
export function makeResult(over: Partial<MatchResult> = {}): MatchResult {
  return {
    match: NIS_CAS_DEC,
    relation: 'same',
    newer: NIS_CAS_JAN,
    newerAtPageDate: null,
    note: null,
    misreading: null,
    competing: COMPETING,
    why: WHY,
    ...over,
  };
}
