/**
 * Small dataset for unit tests, written from the facts in the research notes (JCS, NIS, HUR, Zelensky,
 * UK MoD, Pentagon). Tests use it so they do not depend on the evolving src/data/claims.json.
 */
import type { Claim, Dataset, Estimator, Lang, Metric, Qualifier } from '../types.ts';

function estimator(
  id: string,
  short: string,
  name: string,
  aliases: Partial<Record<Lang, string[]>>,
): Estimator {
  return {
    id,
    short,
    name,
    kind: 'intelligence',
    country: 'XX',
    aliases: { en: [], uk: [], ru: [], de: [], ko: [], ...aliases },
  };
}

const ESTIMATORS: Estimator[] = [
  estimator('nis', 'NIS', 'National Intelligence Service (South Korea)', {
    en: ['NIS', 'National Intelligence Service', 'South Korean intelligence', "South Korea's spy agency"],
    uk: ['розвідка Південної Кореї', 'розвідки Південної Кореї', 'НСР'],
    ru: ['разведка Южной Кореи', 'южнокорейская разведка'],
    de: ['südkoreanische Geheimdienst', 'südkoreanischen Geheimdienst'],
    ko: ['국정원', '국가정보원'],
  }),
  estimator('jcs', 'JCS', 'Joint Chiefs of Staff (South Korea)', {
    en: ['JCS', 'Joint Chiefs of Staff', "South Korea's Joint Chiefs of Staff", 'South Korean military'],
    uk: ['Генштаб Південної Кореї', 'військові Південної Кореї'],
    ru: ['Генштаб Южной Кореи', 'ОКНШ'],
    de: ['südkoreanische Generalstab', 'südkoreanischen Militärs'],
    ko: ['합참', '합동참모본부'],
  }),
  estimator('hur', 'HUR', 'Defence Intelligence of Ukraine (HUR)', {
    en: ['HUR', 'Ukrainian military intelligence', 'Ukrainian intelligence', 'Budanov'],
    uk: ['ГУР', 'воєнна розвідка', 'Буданов'],
    ru: ['ГУР', 'военная разведка Украины', 'Буданов'],
    de: ['HUR', 'ukrainische Militärgeheimdienst', 'Budanow'],
    ko: ['정보총국', '부다노프'],
  }),
  estimator('zelensky', 'Zelensky', 'Volodymyr Zelensky, President of Ukraine', {
    en: ['Zelensky', 'Zelenskyy', 'Ukrainian President'],
    uk: ['Зеленський', 'Зеленського', 'президент України'],
    ru: ['Зеленский', 'Зеленского'],
    de: ['Selenskyj', 'Präsident Selenskyj'],
    ko: ['젤렌스키'],
  }),
  estimator('uk-mod', 'UK MoD', 'UK Ministry of Defence', {
    en: ['UK Ministry of Defence', 'British intelligence', 'UK MoD'],
    uk: ['Міноборони Британії', 'британська розвідка'],
    ru: ['Минобороны Великобритании', 'британская разведка'],
    de: ['britische Verteidigungsministerium', 'britischen Geheimdienst'],
    ko: ['영국 국방부'],
  }),
  estimator('pentagon', 'Pentagon', 'U.S. Department of Defense (Pentagon)', {
    en: ['Pentagon', 'Department of Defense'],
    uk: ['Пентагон'],
    ru: ['Пентагон'],
    de: ['Pentagon'],
    ko: ['미 국방부', '펜타곤'],
  }),
];

interface ClaimSpec {
  id: string;
  metric: Metric;
  value?: number;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  estimator: string;
  statedOn: string;
  series: string;
  scope: string;
  summary: string;
}

function claim(spec: ClaimSpec): Claim {
  return {
    unit: spec.metric === 'equipment' ? 'pieces' : 'troops',
    sources: [
      { outlet: 'Yonhap', url: `https://example.org/${spec.id}`, publishedOn: spec.statedOn, lang: 'en' },
    ],
    status: 'verified',
    ...spec,
  };
}

const CLAIMS: Claim[] = [
  claim({
    id: 'nis-planned-12000',
    metric: 'deployed_total',
    value: 12000,
    qualifier: 'about',
    estimator: 'nis',
    statedOn: '2024-10-18',
    series: 'nis-planned',
    scope: 'planned total (decision to send four brigades)',
    summary: 'NIS said Pyongyang had decided to send about 12,000 troops in four brigades.',
  }),
  claim({
    id: 'nis-deployed-11000',
    metric: 'deployed_total',
    value: 11000,
    qualifier: 'about',
    estimator: 'nis',
    statedOn: '2024-11-20',
    series: 'nis-deployed',
    scope: 'in Kursk region',
    summary: 'NIS said about 11,000 troops had moved to Kursk after adaptation training.',
  }),
  claim({
    id: 'jcs-deployed-11000',
    metric: 'deployed_total',
    value: 11000,
    qualifier: 'about',
    estimator: 'jcs',
    statedOn: '2025-03-27',
    series: 'jcs-deployed',
    scope: 'first contingent sent to Russia in 2024',
    summary: 'JCS said about 11,000 troops were sent in the first contingent.',
  }),
  claim({
    id: 'hur-deployed-12000',
    metric: 'deployed_total',
    value: 12000,
    qualifier: 'nearly',
    estimator: 'hur',
    statedOn: '2024-10-24',
    series: 'hur-deployed',
    scope: 'sent to Russia; first units seen in Kursk',
    summary: 'HUR said nearly 12,000 troops, including 500 officers and three generals, had been sent.',
  }),
  claim({
    id: 'zelensky-deployed-12000',
    metric: 'deployed_total',
    value: 12000,
    qualifier: 'about',
    estimator: 'zelensky',
    statedOn: '2024-12-02',
    series: 'zelensky-deployed',
    scope: 'in Russia',
    summary: 'Zelensky said there is firm evidence of about 12,000 soldiers in Russia.',
  }),
  claim({
    id: 'jcs-reinforcements-3000',
    metric: 'reinforcements',
    value: 3000,
    qualifier: 'more_than',
    estimator: 'jcs',
    statedOn: '2025-03-27',
    series: 'jcs-reinforcements',
    scope: 'sent in January and February 2025',
    summary: 'JCS said more than 3,000 additional troops were sent in January and February.',
  }),
  claim({
    id: 'nis-killed-100',
    metric: 'killed',
    value: 100,
    qualifier: 'at_least',
    estimator: 'nis',
    statedOn: '2024-12-19',
    series: 'nis-killed',
    scope: 'cumulative',
    summary: 'NIS said at least 100 soldiers had been killed.',
  }),
  claim({
    id: 'nis-killed-300',
    metric: 'killed',
    value: 300,
    qualifier: 'about',
    estimator: 'nis',
    statedOn: '2025-01-13',
    series: 'nis-killed',
    scope: 'cumulative',
    summary: 'NIS said about 300 soldiers had been killed.',
  }),
  claim({
    id: 'nis-killed-600',
    metric: 'killed',
    value: 600,
    qualifier: 'about',
    estimator: 'nis',
    statedOn: '2025-04-30',
    series: 'nis-killed',
    scope: 'cumulative',
    summary: 'NIS said about 600 soldiers had died.',
  }),
  claim({
    id: 'nis-killed-2000',
    metric: 'killed',
    value: 2000,
    qualifier: 'about',
    estimator: 'nis',
    statedOn: '2025-09-02',
    series: 'nis-killed',
    scope: 'cumulative',
    summary: 'NIS raised its estimate of the dead to about 2,000.',
  }),
  claim({
    id: 'nis-wounded-2700',
    metric: 'wounded',
    value: 2700,
    qualifier: 'about',
    estimator: 'nis',
    statedOn: '2025-01-13',
    series: 'nis-wounded',
    scope: 'cumulative',
    summary: 'NIS said about 2,700 soldiers had been wounded.',
  }),
  claim({
    id: 'nis-casualties-4700',
    metric: 'casualties_total',
    value: 4700,
    qualifier: 'about',
    estimator: 'nis',
    statedOn: '2025-04-30',
    series: 'nis-casualties',
    scope: 'cumulative',
    summary: 'NIS said about 4,700 soldiers had been killed or wounded.',
  }),
  claim({
    id: 'jcs-casualties-1100',
    metric: 'casualties_total',
    value: 1100,
    qualifier: 'about',
    estimator: 'jcs',
    statedOn: '2024-12-23',
    series: 'jcs-casualties',
    scope: 'cumulative',
    summary: 'JCS estimated about 1,100 casualties in recent combat.',
  }),
  claim({
    id: 'jcs-casualties-4000',
    metric: 'casualties_total',
    value: 4000,
    qualifier: 'about',
    estimator: 'jcs',
    statedOn: '2025-03-27',
    series: 'jcs-casualties',
    scope: 'first contingent',
    summary: 'JCS said about 4,000 of the first 11,000 troops had been killed or wounded.',
  }),
  claim({
    id: 'zelensky-casualties-3000',
    metric: 'casualties_total',
    value: 3000,
    qualifier: 'more_than',
    estimator: 'zelensky',
    statedOn: '2024-12-23',
    series: 'zelensky-casualties',
    scope: 'Kursk region',
    summary: 'Zelensky said more than 3,000 soldiers had been killed or wounded in Kursk.',
  }),
  claim({
    id: 'zelensky-casualties-4000',
    metric: 'casualties_total',
    value: 4000,
    qualifier: 'exact',
    estimator: 'zelensky',
    statedOn: '2025-01-09',
    series: 'zelensky-casualties',
    scope: 'cumulative',
    summary: 'At Ramstein Zelensky said North Korea had lost 4,000 killed and wounded.',
  }),
  claim({
    id: 'ukmod-casualties-6000',
    metric: 'casualties_total',
    value: 6000,
    qualifier: 'more_than',
    estimator: 'uk-mod',
    statedOn: '2025-06-15',
    series: 'ukmod-casualties',
    scope: 'Kursk region',
    summary: 'UK MoD said more than 6,000 casualties were highly likely in Kursk.',
  }),
  claim({
    id: 'jcs-equipment-220',
    metric: 'equipment',
    value: 220,
    qualifier: 'about',
    estimator: 'jcs',
    statedOn: '2025-03-27',
    series: 'jcs-equipment',
    scope: 'cumulative',
    summary:
      'JCS said about 220 pieces of 170mm self-propelled guns and 240mm rocket launchers together were supplied.',
  }),
  claim({
    id: 'pentagon-deployed-couple-thousand',
    metric: 'deployed_total',
    qualifier: 'vague',
    estimator: 'pentagon',
    statedOn: '2024-10-29',
    series: 'pentagon-deployed-kursk',
    scope: 'moving toward Kursk region ("a couple thousand")',
    summary: 'Pentagon said a couple thousand of them were moving toward Kursk.',
  }),
  claim({
    id: 'pentagon-deployed-10000',
    metric: 'deployed_total',
    value: 10000,
    qualifier: 'about',
    estimator: 'pentagon',
    statedOn: '2024-10-28',
    series: 'pentagon-deployed',
    scope: 'in eastern Russia, training',
    summary: 'Pentagon said about 10,000 soldiers were training in eastern Russia.',
  }),
];

export const TEST_DATASET: Dataset = {
  schemaVersion: 1,
  updated: '2026-02-20',
  estimators: ESTIMATORS,
  claims: CLAIMS,
  misreadings: [
    {
      id: 'mr-jcs-4000-died',
      claim: 'jcs-casualties-4000',
      wrongMetric: 'killed',
      explanation: 'JCS counted about 4,000 killed or wounded, not 4,000 dead.',
      examples: [],
    },
    {
      id: 'mr-nis-12000-sent',
      claim: 'nis-planned-12000',
      wrongMetric: 'deployed_total',
      explanation:
        'NIS said Pyongyang had decided to send about 12,000; it did not count 12,000 already sent.',
      examples: [],
    },
  ],
};
