import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures';

// A paragraph about North Korean troops carries its subject into the next paragraphs; business and sports
// items that follow on the same page must not inherit it.
const LEADS = {
  en: 'North Korea has sent about 11,000 soldiers to Russia, South Korea said.',
  de: 'Nordkorea hat rund 11.000 Soldaten nach Russland geschickt, teilte Seoul mit.',
  uk: 'КНДР відправила до Росії близько 11 тисяч військових, повідомили в Сеулі.',
  ko: '국정원은 북한군 약 1만1천 명이 러시아에 파병됐다고 밝혔다.',
} as const;

describe('figures after a North Korea paragraph', () => {
  it.each([
    ['en', 'Shares of the carmaker fell 8.4% after it delivered 17,262 vehicles in the quarter.'],
    ['en', 'The marathon drew 12,500 runners, and attendance at the final reached 48,000.'],
    ['de', 'Der Autobauer lieferte im Quartal 63.540 Fahrzeuge aus.'],
    ['uk', 'Марафон зібрав 9 тисяч учасників і 20 тисяч глядачів.'],
    ['ko', 'Jeonbuk는 홈 경기에서 4대 3으로 이겼고, 관중 66,154명이 경기장을 찾았다.'],
    ['ko', '서울 마라톤에는 10,291명이 참가했다.'],
  ] as const)('%s: "%s" yields nothing', (lang, distractor) => {
    const text = `${LEADS[lang]}\n\n${distractor}`;
    const figures = extractFigures(text, { lang });
    expect(figures.every((f) => f.start < LEADS[lang].length)).toBe(true);
    expect(figures.length).toBeGreaterThan(0);
  });
});
