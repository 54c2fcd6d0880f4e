/**
 * Cases from a blind batch (written without looking at the matcher) that failed, restated in new words: each
 * stands for a general rule, not for its sentence.
 */
import { describe, expect, it } from 'vitest';
import { getFigureContext } from '../extract/context.ts';
import { extractFigures } from '../extract/extract-figures.ts';
import type { Dataset, Lang } from '../types.ts';
import raw from '../../data/claims.json';
import { buildMatchIndex } from './build-match-index.ts';
import { matchFigure } from './match-figure.ts';

const index = buildMatchIndex(raw as unknown as Dataset);

function matchIn(text: string, figureText: string, lang: Lang, pageDate: string) {
  const figure = extractFigures(text, { lang }).find((f) => f.text.includes(figureText));
  if (!figure) throw new Error(`no figure "${figureText}" in: ${text}`);
  const result = matchFigure(figure, getFigureContext(text, figure), index, {
    pageDate,
    today: '2026-03-01',
  });
  return [result.match?.id ?? null, result.relation];
}

describe('matching rules found by a blind batch', () => {
  it.each<[string, string, string, Lang, string, [string, string]]>([
    [
      'equipment kinds the text names pick the claim that counts them (launchers, not guns)',
      'Budanov said North Korea had sent at least 120 multiple rocket launchers to Russia in three months.',
      '120',
      'en',
      '2025-01-25',
      ['hur-equipment-2025-01-23-mrl', 'same'],
    ],
    [
      'the same in German, also when the outlet named is the one that reported the guns',
      'Budanow sagte dem Portal The War Zone, Nordkorea habe binnen drei Monaten mindestens 120 Mehrfachraketenwerfer an Russland übergeben.',
      '120',
      'de',
      '2025-01-25',
      ['hur-equipment-2025-01-23-mrl', 'same'],
    ],
    [
      '"Raketenwerfer" are not missiles: a combined guns-and-launchers count read as launchers is another meaning',
      'Nach Angaben des südkoreanischen Generalstabs hat Nordkorea bislang rund 220 Raketenwerfer an Russland abgegeben.',
      '220',
      'de',
      '2025-03-30',
      ['jcs-equipment-2025-03-27', 'metric_mismatch'],
    ],
    [
      '"could leave" is a plan, even after "already" in the same sentence',
      'The NIS said recruitment was already under way and that up to 6,000 North Korean military builders could leave for Russia this summer.',
      '6,000',
      'en',
      '2025-06-28',
      ['nis-workers-2025-06-26', 'same'],
    ],
    [
      'a number with no metric word takes the consistent claim of the estimator its paragraph names',
      'ГУР повідомило про бої поблизу Курилівки. За його даними, ще щонайменше троє військових КНДР зникли безвісти.',
      'троє',
      'uk',
      '2024-12-18',
      ['hur-other-2024-12-16-missing', 'same'],
    ],
    [
      'every kind named in the rest of the clause counts, also after a long noun phrase',
      "South Korea's Joint Chiefs of Staff put the total at about 220 North Korean artillery pieces sent to Russia – 170-mm self-propelled howitzers and 240-mm multiple rocket launchers counted together.",
      'about 220',
      'en',
      '2025-04-02',
      ['jcs-equipment-2025-03-27', 'same'],
    ],
  ])('%s', (_, text, figureText, lang, pageDate, expected) => {
    expect(matchIn(text, figureText, lang, pageDate)).toEqual(expected);
  });
});
