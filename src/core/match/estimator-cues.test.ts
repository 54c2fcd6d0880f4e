import { describe, expect, test } from 'vitest';
import { buildCueMatcher } from './estimator-cues.ts';
import { TEST_DATASET } from './test-dataset.ts';

const find = buildCueMatcher(TEST_DATASET.estimators, TEST_DATASET.claims);
const named = (text: string) => find(text).map((c) => `${c.estimatorId}:${text.slice(c.start, c.end)}`);

describe('buildCueMatcher', () => {
  test.each([
    [
      "South Korea's Joint Chiefs of Staff (JCS) said",
      ["jcs:South Korea's Joint Chiefs of Staff", 'jcs:JCS'],
    ],
    ['за даними ГУР, понад 12 тисяч', ['hur:ГУР']],
    ['по данным ГУРа', ['hur:ГУРа']],
    ['국정원은 300명이 사망했다고', ['nis:국정원은']],
    ['laut dem südkoreanischen Geheimdienst', ['nis:südkoreanischen Geheimdienst']],
    ['як повідомила розвідка Південної Кореї', ['nis:розвідка Південної Кореї']],
    ['Зеленського', ['zelensky:Зеленського']],
    ['Präsident Selenskyj sagte', ['zelensky:Präsident Selenskyj']],
    ['합참은 밝혔다', ['jcs:합참은']],
    ["Budanov's estimate", ['hur:Budanov']],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  test.each([
    ['a hurried retreat', 'lower-case word starting like an acronym'],
    ['the ГУРТ band', 'acronym followed by capitals'],
    ['Russia and Ukraine', 'no estimator'],
    ['', 'empty text'],
  ])('finds nothing in %s (%s)', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('short Latin names', () => {
  const nato = {
    id: 'nato',
    name: 'NATO',
    short: 'NATO',
    kind: 'international_body' as const,
    country: 'NATO',
    aliases: { en: ['NATO'], uk: [], ru: [], de: ['Nato'], ko: [] },
  };
  const findNato = buildCueMatcher([nato]);
  test.each([
    ['the eleven-nation team', 0],
    ['laut Nato-Angaben', 1],
    ['die Nato sagte', 1],
  ])('%s', (text, count) => {
    expect(findNato(text)).toHaveLength(count);
  });
});
