/**
 * Extraction throughput (MB/s of UTF-8 text, one core): pages with no North Korea mention (the topic gate
 * returns at once); dense topic articles, where every paragraph names North Korea and carries figures (the
 * target); and figure-saturated text (a figure every ~60 bytes, for information). Texts are generated from the
 * templates below, in all five languages, so no corpus file is needed. Time is the process's CPU time
 * (user + system), so a busy shared machine does not distort the single-core figure.
 */
import { extractFigures } from '../src/core/extract/extract-figures.ts';
import { mentionsNorthKorea } from '../src/core/extract/topic-gate.ts';

export interface BenchResult {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  target?: string;
}

const OFF_TOPIC = [
  'The city council approved a budget of 4.5 million euros on 12 March 2025, with 1,200 new housing units planned.',
  'Депутати ухвалили зміни до бюджету: 3 тисячі гривень отримають 120 000 пенсіонерів у 24 областях.',
  'Правительство выделило 2,5 млрд рублей на ремонт 300 школ, сообщили 15 октября 2024 года.',
  'Die Bahn meldete am 3. Mai 2025 rund 12.000 Verspätungen und 450 ausgefallene Züge in 16 Bundesländern.',
  '서울시는 2025년 3월 1만2천 가구에 난방비 10만 원을 지원한다고 밝혔다.',
  'Shares rose 3.2% after the company sold 14,000 vehicles in the second quarter, up from 11,500 a year earlier.',
];

/** Figure-saturated sentences: a figure every ~60 bytes, far denser than any article. */
const SATURATED = [
  'North Korea has sent about {n},000 troops to Russia, and at least {m},000 additional soldiers arrived in January, officials said.',
  'Of the nearly {n} 000 North Korean soldiers sent to Kursk, more than {m} 000 have been killed or wounded, and 300 were captured.',
  'За даними розвідки, КНДР відправила близько {n} тисяч військових, з них понад {m} тисячі загинули або були поранені.',
  'По данным Сеула, КНДР направила в Россию около {n} тысяч военных; еще {m} тысячи будут отправлены летом.',
  'Nordkorea hat laut Seoul rund {n}.000 Soldaten nach Russland geschickt, mindestens {m}.000 wurden getötet oder verwundet.',
  '국정원은 북한군 약 1만{n}천 명이 파병됐으며 이 가운데 {m}천여 명이 죽거나 다쳤다고 밝혔다.',
  'The DPRK also supplied about 220 pieces of 170-mm self-propelled guns and more than {m} million shells since 2023.',
];

/** Article paragraphs about the deployment: every paragraph names North Korea and carries one or two figures. */
const ARTICLE = [
  "North Korea has sent about {n},000 troops to Russia, South Korea's spy agency told lawmakers on Thursday. The agency said the soldiers had completed adaptation training in the Far East and were now deployed in the Kursk region, where Ukrainian forces seized territory last summer. Officials declined to say how the estimate was made.",
  'Ukrainian President Volodymyr Zelensky said more than {m},000 North Korean soldiers had been killed or wounded. He spoke after a meeting with allies at the Ramstein air base in Germany, where he also asked for more air defence systems and long-range weapons. Pyongyang has never confirmed any losses.',
  'За даними української розвідки, КНДР відправила до Росії близько {n} тисяч військових. Вони пройшли підготовку на полігонах Далекого Сходу, після чого їх перекинули до Курської області. У розвідці додали, що командування РФ використовує їх у штурмових діях.',
  'Южнокорейская разведка сообщила, что КНДР направила в Россию еще около {m} тысяч военных. По данным ведомства, новые подразделения прибыли в январе и феврале и проходят подготовку. В Сеуле считают, что Пхеньян получает взамен технологии и продовольствие.',
  'Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes rund {n}.000 Soldaten nach Russland geschickt. Die Truppen seien nach einer Ausbildung im Fernen Osten in die Region Kursk verlegt worden, hieß es in Seoul. Moskau äußerte sich zunächst nicht zu dem Bericht.',
  '국가정보원은 러시아에 파병된 북한군 가운데 약 {m}천 명이 죽거나 다친 것으로 추정한다고 국회 정보위원회에 보고했다. 국정원은 북한군이 드론 공격에 취약한 모습을 보였으나 점차 전술을 바꾸고 있다고 설명했다. 북한은 파병 사실을 공식적으로 인정한 바 있다.',
  "Seoul's Joint Chiefs of Staff also said the DPRK had supplied about 220 pieces of 170-mm self-propelled guns and 240-mm rocket launchers, along with a considerable number of short-range ballistic missiles. Analysts say the shipments have helped Russia sustain its artillery fire along the front.",
];

function buildText(templates: readonly string[], bytes: number, seed: number): string {
  const parts: string[] = [];
  let size = 0;
  let i = seed;
  while (size < bytes) {
    const t = templates[i % templates.length] ?? '';
    const p = t.replace('{n}', String(10 + (i % 5))).replace('{m}', String(1 + (i % 4)));
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
    i++;
  }
  return parts.join('\n\n');
}

function measure(text: string, run: (t: string) => unknown, repeats: number): number[] {
  const mb = Buffer.byteLength(text) / 1e6;
  run(text);
  const rates: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = process.cpuUsage();
    run(text);
    const used = process.cpuUsage(t0);
    const seconds = (used.user + used.system) / 1e6;
    rates.push(mb / Math.max(seconds, 1e-6));
  }
  return rates.sort((a, b) => a - b);
}

function summarise(name: string, rates: number[], target: string): BenchResult {
  const mid = rates[Math.floor(rates.length / 2)] ?? 0;
  return { name, unit: 'MB/s', median: mid, min: rates[0] ?? 0, max: rates[rates.length - 1] ?? 0, target };
}

export default async function benchExtract(): Promise<BenchResult[]> {
  const offTopic = buildText(OFF_TOPIC, 4_000_000, 0);
  const dense = buildText(ARTICLE, 1_000_000, 0);
  const saturated = buildText(SATURATED, 500_000, 0);
  if (mentionsNorthKorea(offTopic)) throw new Error('off-topic bench text mentions North Korea');
  const figures = extractFigures(dense).length;
  const crowded = extractFigures(saturated).length;
  if (figures === 0 || crowded === 0) throw new Error('topic bench text produced no figures');
  return [
    summarise(
      'extractFigures, no North Korea mention (4 MB)',
      measure(offTopic, extractFigures, 15),
      '>= 50',
    ),
    summarise(
      `extractFigures, dense topic articles (1 MB, ${figures} figures)`,
      measure(dense, extractFigures, 9),
      '>= 5',
    ),
    summarise(
      `extractFigures, figure-saturated text (0.5 MB, ${crowded} figures)`,
      measure(saturated, extractFigures, 7),
      '',
    ),
  ];
}
