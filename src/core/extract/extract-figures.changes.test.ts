import { describe } from 'vitest';
import { itExtracts } from './summarise-figures.test-helper.ts';

/** An estimate revised "from A to B": both ends count what the sentence names before them. */
describe('the two ends of a change', () => {
  itExtracts([
    [
      'de',
      'Der NIS korrigierte die Zahl der getöteten Nordkoreaner von 600 auf 2000.',
      [
        ['600', 'killed', 'exact', 600],
        ['2000', 'killed', 'exact', 2000],
      ],
    ],
    [
      'de',
      'Der NIS hob seine Zahl der gefallenen Nordkoreaner von mindestens 600 auf etwa 2000 an.',
      [
        ['mindestens 600', 'killed', 'at_least', 600],
        ['etwa 2000', 'killed', 'about', 2000],
      ],
    ],
    [
      'ru',
      'НРС повысила оценку погибших северокорейцев с как минимум 600 до примерно 2000.',
      [
        ['как минимум 600', 'killed', 'at_least', 600],
        ['примерно 2000', 'killed', 'about', 2000],
      ],
    ],
    // the old value after the new one counts what the new one counts, whatever follows it in the sentence
    [
      'en',
      'North Korea lost soldiers. In September the NIS raised its estimate of the dead to around 2,000, from at least 600 in the spring, and said a third deployment of about 6,000 soldiers was being prepared.',
      [
        ['around 2,000', 'killed', 'about', 2000],
        ['at least 600', 'killed', 'at_least', 600],
        ['about 6,000', 'reinforcements', 'about', 6000],
      ],
    ],
    [
      'en',
      'The NIS estimated that around 2,000 North Korean soldiers had been killed fighting for Russia, sharply up from its April estimate of at least 600.',
      [
        ['around 2,000', 'killed', 'about', 2000],
        ['at least 600', 'killed', 'at_least', 600],
      ],
    ],
    [
      'de',
      'Die Zahl der gefallenen Nordkoreaner liegt laut NIS bei rund 2000, nach zuvor mindestens 600.',
      [
        ['rund 2000', 'killed', 'about', 2000],
        ['mindestens 600', 'killed', 'at_least', 600],
      ],
    ],
    // ("von denen": of whom, a part, not the old value)
    [
      'de',
      'Der NIS bezifferte die Zahl der Nordkoreaner in Russland auf etwa 15.000, von denen rund 4700 getötet oder verwundet worden seien.',
      [
        ['etwa 15.000', 'deployed_total', 'about', 15000],
        ['rund 4700', 'casualties_total', 'about', 4700],
      ],
    ],
    // ("до" after the change is not "up to"; the old value takes the new one's scale)
    [
      'ru',
      'Разведка Южной Кореи повысила число погибших военных КНДР с 600 до 2 тысяч.',
      [
        ['600', 'killed', 'exact', 600],
        ['2 тысяч', 'killed', 'exact', 2000],
      ],
    ],
    [
      'ru',
      'Число северокорейских военных в Курской области выросло с 11 до 12 тысяч.',
      [
        ['11', 'deployed_total', 'exact', 11000],
        ['12 тысяч', 'deployed_total', 'exact', 12000],
      ],
    ],
    [
      'uk',
      'Кількість північнокорейських військових у Курській області зросла до 12 тисяч.',
      [['12 тисяч', 'deployed_total', 'exact', 12000]],
    ],
    [
      'uk',
      'Розвідка підвищила оцінку загиблих з 600 до 2 тисяч північнокорейців.',
      [
        ['600', 'killed', 'exact', 600],
        ['2 тисяч', 'killed', 'exact', 2000],
      ],
    ],
    // not a change: "up to" a number, opening hours, two years ("may send": a capacity to send more, as the
    // labelling conventions have it)
    ['ru', 'КНДР может отправить до 30 тысяч военных.', [['до 30 тысяч', 'reinforcements', 'up_to', 30000]]],
    [
      'ru',
      'В селе под Курском стоят северокорейские саперы. Магазин работает с девяти до трёх, хлеб привозят из Суджи.',
      [],
    ],
    ['de', 'Die Zahl der Nordkoreaner in Kursk stieg von 2022 auf 2024 kaum.', []],
  ]);
});
