import { describe, expect, it } from 'vitest';
import { namesNorthKoreaOften } from './names-north-korea-often.ts';
import { GATE_SOURCE, mentionsNorthKorea, PREFILTER } from './topic-gate.ts';

describe('mentionsNorthKorea', () => {
  it.each<[string, boolean]>([
    ['North Korean troops', true],
    ['the DPRK said', true],
    ['Pyongyang denied it', true],
    ['N. Korea sent more', true],
    ['Kim Jong Un visited', true],
    ['військові КНДР', true],
    ['Північна Корея', true],
    ['північнокорейських солдатів', true],
    ['Северная Корея', true],
    ['северокорейские военные', true],
    ['Nordkorea schickt', true],
    ['nordkoreanische Soldaten', true],
    ['die DVRK hat Soldaten geschickt', true],
    ["the Democratic People's Republic of Korea", true],
    ['Корейська Народно-Демократична Республіка', true],
    ['북한군 1만 명', true],
    ['Nord\u00adkorea schickt weitere Soldaten', true],
    ['nord\u00adkorea\u00adnische Truppen', true],
    ['North\u200bKorean troops', true],
    ['Süd\u00adkorea und Japan', false],
    ['South Korea and Japan held talks', false],
    ['Південна Корея', false],
    ['Russia lost 1,500 soldiers a day', false],
    ['', false],
  ])('%s → %s', (text, want) => {
    expect(mentionsNorthKorea(text)).toBe(want);
  });
});

describe('the prefilter', () => {
  // One sample per branch of the gate, in the gate's order: a new branch needs a sample here.
  const SAMPLES = [
    'North-Korea',
    'N. Korea',
    'DPRK',
    'DVRK',
    "Democratic People's Republic of Korea",
    'Demokratische Volksrepublik Korea',
    'Корейська Народно-Демократична Республіка',
    'Корейская Народно-Демократическая Республика',
    'Pyongyang',
    'Kim Jong-un',
    "Korean People's Army",
    'КНДР',
    'Північна Корея',
    'північнокорейський',
    'Пхеньян',
    'Кім Чен Ин',
    'Северная Корея',
    'северокорейский',
    'Ким Чен Ын',
    'Nordkorea',
    'Pjöngjang',
    '북한',
    '北',
    '북측',
    '북·러',
    '조선인민군',
    '김정은',
    '평양',
  ];

  it('has a sample for every branch of the gate', () => {
    expect(GATE_SOURCE.split('|')).toHaveLength(SAMPLES.length);
    GATE_SOURCE.split('|').forEach((branch, i) => {
      expect(new RegExp(branch, 'i').test(SAMPLES[i] ?? ''), `${branch} / ${SAMPLES[i]}`).toBe(true);
    });
  });

  it.each(SAMPLES)('lets %s through to the gate', (sample) => {
    expect(PREFILTER.test(`Text before. ${sample} and after.`)).toBe(true);
  });
});

describe('namesNorthKoreaOften', () => {
  it.each<[string[], boolean]>([
    [['North Korea sent troops. Pyongyang denied it.', 'The DPRK said nothing.'], true],
    [['North Korea sent troops. Pyongyang denied it.'], false],
    // names in web addresses are no mentions (the extractor blanks the addresses)
    [
      [
        'North Korea sent troops [https://example.com/north-korea-troops-kursk] (www.example.org/dprk-losses).',
        'Pyongyang denied it.',
      ],
      false,
    ],
    [['https://example.com/a b North Korea, Pyongyang and the DPRK'], true],
  ])('%j → %s', (texts, want) => {
    expect(namesNorthKoreaOften(texts)).toBe(want);
  });
});
