import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { extractFigures } from './extract-figures.ts';

/** Numbers in texts about North Korea's troops that count something else. */
describe('non-figures in diplomatic and parade reports', () => {
  it.each<[Lang, string]>([
    // seats of the UN Security Council
    [
      'en',
      'North Korea sent troops to Russia; Russia and China, two of the five permanent members, blocked a statement.',
    ],
    [
      'ru',
      'КНДР направила войска в Россию. За проект тогда проголосовали 13 из 15 членов Совета Безопасности.',
    ],
    ['uk', 'КНДР відправила війська до Росії, а Радбез ООН, 15 членів Ради безпеки, мовчить.'],
    ['ko', '북한군 파병 이후 출범한 MSMT는 안보리 15개 이사국의 공식 기구는 아니다.'],
    // parts of a thing
    [
      'en',
      'North Korea, which has sent troops to Russia, paraded its new missile on a giant 11-axle launcher.',
    ],
    // "one another"
    ['uk', "Договір з КНДР зобов'язує сторони надати одна одній військову допомогу."],
    [
      'ru',
      'Договор с КНДР обязывает стороны оказывать друг другу военную помощь; один другому обязан помочь.',
    ],
    // defectors who reached the South
    ['ru', 'Всего на Юг перебрались более 34 тыс. северокорейцев, но военных среди них единицы.'],
    ['en', 'Only 236 North Koreans reached the South last year, far below the 2,914 of 2009.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});
