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

/** [what the case stands for, text, part of the figure's text, language, page date, [claim id, relation]] */
type Case = [string, string, string, Lang, string, [string, string]];

function describeCases(title: string, cases: Case[]): void {
  describe(title, () => {
    it.each<Case>(cases)('%s', (_, text, figureText, lang, pageDate, expected) => {
      expect(matchIn(text, figureText, lang, pageDate)).toEqual(expected);
    });
  });
}

describeCases('matching rules found by a blind batch', [
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
]);

describeCases(
  'death idioms read as deaths, so a killed-or-wounded count printed with them is another meaning',
  [
    [
      'German "ums Leben gekommen" at the end of a long clause (verb-final)',
      'Rund 1100 Soldaten aus Nordkorea sind laut dem Generalstab in Seoul seit Anfang Dezember bei Kämpfen an der Front im Gebiet Kursk ums Leben gekommen.',
      'Rund 1100',
      'de',
      '2024-12-24',
      ['jcs-casualties-2024-12-23', 'metric_mismatch'],
    ],
    [
      'German "getötet" after a long subject',
      'Etwa 4700 nordkoreanische Soldaten sind nach Erkenntnissen des NIS während der monatelangen Kämpfe im Grenzgebiet getötet worden.',
      'Etwa 4700',
      'de',
      '2025-05-02',
      ['nis-casualties-2025-04-30', 'metric_mismatch'],
    ],
    [
      'German "gefallen"',
      'Mehr als 3000 Nordkoreaner sind nach den Worten von Selenskyj bei den Kämpfen um die Region Kursk inzwischen gefallen.',
      'Mehr als 3000',
      'de',
      '2024-12-24',
      ['zelensky-casualties-2024-12-23', 'metric_mismatch'],
    ],
    [
      'German "starben" before the number',
      'Bei den Gefechten im Westen Russlands starben laut Selenskyj mehr als 3000 Nordkoreaner.',
      'mehr als 3000',
      'de',
      '2024-12-24',
      ['zelensky-casualties-2024-12-23', 'metric_mismatch'],
    ],
    [
      'German "tot" (a whole word, not the start of "total")',
      'Laut Selenskyj sind inzwischen mehr als 3000 nordkoreanische Soldaten tot.',
      'mehr als 3000',
      'de',
      '2024-12-24',
      ['zelensky-casualties-2024-12-23', 'metric_mismatch'],
    ],
    [
      'German "ihr Leben verloren" is deaths, not losses',
      'Nach Angaben des Generalstabs in Seoul haben etwa 4000 Nordkoreaner in Kursk ihr Leben verloren.',
      'etwa 4000',
      'de',
      '2025-03-28',
      ['jcs-casualties-2025-03-27', 'metric_mismatch'],
    ],
    [
      'English "lost their lives" at the end of a long subject',
      "Around 1,100 North Korean troops fighting alongside Russian units in the Kursk border area over recent weeks have lost their lives, South Korea's Joint Chiefs of Staff said.",
      'Around 1,100',
      'en',
      '2024-12-24',
      ['jcs-casualties-2024-12-23', 'metric_mismatch'],
    ],
    [
      'Ukrainian "віддали життя"',
      'За словами Зеленського, понад 3 тисячі північнокорейських солдатів віддали життя на Курщині.',
      'понад 3 тисячі',
      'uk',
      '2024-12-24',
      ['zelensky-casualties-2024-12-23', 'metric_mismatch'],
    ],
    [
      'Russian "лишились жизни"',
      'По данным южнокорейской разведки, около 4700 северокорейских военных лишились жизни в Курской области.',
      'около 4700',
      'ru',
      '2025-05-02',
      ['nis-casualties-2025-04-30', 'metric_mismatch'],
    ],
    [
      'Korean "목숨을 잃" (lost their lives)',
      '합동참모본부는 북한군 약 1천100명이 쿠르스크 전선에서 목숨을 잃은 것으로 보인다고 밝혔다.',
      '1천100',
      'ko',
      '2024-12-24',
      ['jcs-casualties-2024-12-23', 'metric_mismatch'],
    ],
    [
      "a losses noun in a purpose phrase at the clause end is not the figure's verb",
      'Pyongyang dispatched more than 3,000 additional soldiers to Russia over the winter months to make good its heavy battlefield losses, the JCS said.',
      'more than 3,000',
      'en',
      '2025-03-28',
      ['jcs-reinforcements-2025-03-27', 'same'],
    ],
  ],
);

describeCases('containers named in a German compound or phrase are the claim about containers', [
  [
    '"Munitionscontainer": the last part of the compound names the thing',
    'Der südkoreanische Militärgeheimdienst zählte zuletzt rund 28.000 Munitionscontainer, die Nordkorea nach Russland verschifft habe.',
    'rund 28.000',
    'de',
    '2025-07-15',
    ['rok-dia-munitions-2025-07-13', 'same'],
  ],
  [
    '"Container mit Munition"',
    'Nordkorea hat laut dem Verteidigungsministerium in Seoul seit September rund 6700 Container mit Munition nach Russland gebracht.',
    'rund 6700',
    'de',
    '2024-02-27',
    ['rok-mnd-munitions-2024-02-26', 'same'],
  ],
]);

describeCases('troops who went home but may be sent again are a possible redeployment, not a return', [
  [
    'English: "who came home … may be deployed once more"',
    "Seoul's spy agency believes that roughly 1,100 North Korean troops who came home in December may be deployed to Russia once more.",
    'roughly 1,100',
    'en',
    '2026-02-14',
    ['nis-reinforcements-2026-02', 'same'],
  ],
  [
    'Russian: ", которые вернулись на родину, могут снова отправить"',
    'По оценке южнокорейской разведки, около 1100 военных КНДР, которые в декабре вернулись на родину, могут снова отправить в Россию.',
    'около 1100',
    'ru',
    '2026-02-14',
    ['nis-reinforcements-2026-02', 'same'],
  ],
  [
    'German: ", die … zurückgekehrt waren, könnten erneut verlegt werden"',
    'Etwa 1100 nordkoreanische Soldaten, die im Dezember in ihre Heimat zurückgekehrt waren, könnten erneut nach Russland verlegt werden.',
    'Etwa 1100',
    'de',
    '2026-02-14',
    ['nis-reinforcements-2026-02', 'same'],
  ],
]);
