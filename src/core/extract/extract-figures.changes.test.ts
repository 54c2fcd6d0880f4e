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

/** Batch 84: changes written with a time between, in chains, with arrows, and in Korean with 에서 … (으)로. */
describe('batch 84: the ends of a change the sentence does not name itself', () => {
  itExtracts([
    [
      'en',
      "Seoul's count of North Korean dead is about 2,000. It climbed from about 300 in January last year to about 600 by April, then to the 2,000 in September.",
      [
        ['about 2,000', 'killed', 'about', 2000],
        ['about 300', 'killed', 'about', 300],
        ['about 600', 'killed', 'about', 600],
        ['2,000', 'killed', 'exact', 2000],
      ],
    ],
    [
      'en',
      'The count of North Korean dead went from 300 to 600, then to 2,000 by September.',
      [
        ['300', 'killed', 'exact', 300],
        ['600', 'killed', 'exact', 600],
        ['2,000', 'killed', 'exact', 2000],
      ],
    ],
    [
      'ru',
      'Оценка НРС по погибшим северокорейцам выросла со ста в декабре 2024 года до двух тысяч в сентябре 2025-го.',
      [
        ['ста', 'killed', 'exact', 100],
        ['двух тысяч', 'killed', 'exact', 2000],
      ],
    ],
    [
      'de',
      'Das Pentagon korrigierte seine Schätzung der nordkoreanischen Truppen Ende Oktober von 3000 auf rund 10.000 Soldaten.',
      [
        ['3000', 'deployed_total', 'exact', 3000],
        ['rund 10.000', 'deployed_total', 'about', 10000],
      ],
    ],
    // both ends bare, each the value of an earlier figure of the force's losses
    [
      'de',
      'Kurz vor Weihnachten sprach Selenskyj von mehr als 3000 getöteten und verwundeten Nordkoreanern. Anfang Januar waren es 3800. Von 3000 auf 4000 in gut zwei Wochen: Das ist ein Beleg für die Härte der Kämpfe.',
      [
        ['mehr als 3000', 'casualties_total', 'more_than', 3000],
        ['3800', 'casualties_total', 'exact', 3800],
        ['3000', 'casualties_total', 'exact', 3000],
        ['4000', 'casualties_total', 'exact', 4000],
      ],
    ],
    [
      'ko',
      "국정원은 북한이 러시아에 포탄 1천200만 발 이상을 보냈다고 했다. '1천만'에서 '1천200만'으로, 추정치는 늘 위로만 움직인다.",
      [
        ['1천200만 발 이상', 'munitions', 'at_least', 12000000],
        ['1천만', 'munitions', 'exact', 10000000],
        ['1천200만', 'munitions', 'exact', 12000000],
      ],
    ],
    [
      'ko',
      '[뉴스 따라잡기] 1만2천→1만5천→다시 1만1천…북한군 숫자, 왜 자꾸 바뀌나',
      [
        ['1만2천', 'deployed_total', 'exact', 12000],
        ['1만5천', 'deployed_total', 'exact', 15000],
        ['1만1천', 'deployed_total', 'exact', 11000],
      ],
    ],
    // the old value takes the losses the new one counts, not the force's default
    [
      'uk',
      'Кількість загиблих північнокорейських військових зросла з 300 до 600.',
      [
        ['300', 'killed', 'exact', 300],
        ['600', 'killed', 'exact', 600],
      ],
    ],
    // guards: values far apart are no two ends; a change of something else in a sentence without the force
    [
      'en',
      'North Korea had supplied about 220 pieces of the two systems combined, up from 200 long-range artillery pieces in the spring.',
      [
        ['about 220', 'equipment', 'about', 220],
        ['200', 'equipment', 'exact', 200],
      ],
    ],
    [
      'de',
      'Seoul schätzt die Zahl der gefallenen Nordkoreaner auf 3000. Die Zahl der Flüchtlinge in Sumy stieg von 3000 auf 4000.',
      [['3000', 'killed', 'exact', 3000]],
    ],
  ]);
});

describe('a count set against the one it replaces ("not 350 but 2,000")', () => {
  itExtracts([
    [
      'en',
      'At two ceremonies Pyongyang showed the faces of about 350 fallen North Korean soldiers. Not 350 but 2,000: that is the gap.',
      [
        ['about 350', 'killed', 'about', 350],
        ['350', 'killed', 'exact', 350],
        ['2,000', 'killed', 'exact', 2000],
      ],
    ],
    [
      'en',
      'The White House said at least 3,000 North Korean soldiers were in Russia. Not 3,000, as Washington first conceded, but about 15,000 by the spring, Seoul says.',
      [
        ['at least 3,000', 'deployed_total', 'at_least', 3000],
        ['3,000', 'deployed_total', 'exact', 3000],
        ['about 15,000', 'deployed_total', 'about', 15000],
      ],
    ],
    [
      'de',
      'Im Januar meldete Seoul etwa 300 gefallene Nordkoreaner, heute rund 2.000 Tote. Nicht 300, sondern 2.000 – und das sind nur die Toten.',
      [
        ['etwa 300', 'killed', 'about', 300],
        ['rund 2.000', 'killed', 'about', 2000],
        ['300', 'killed', 'exact', 300],
        ['2.000', 'killed', 'exact', 2000],
      ],
    ],
    [
      'uk',
      'Пхеньян вшанував близько 350 загиблих військових КНДР. Не 350, а дві тисячі. Ось та відстань.',
      [
        ['близько 350', 'killed', 'about', 350],
        ['350', 'killed', 'exact', 350],
        ['дві тисячі', 'killed', 'exact', 2000],
      ],
    ],
    // (another army's count set against one: none of the force's)
    [
      'en',
      "North Korea sent about 11,000 troops. Russia's own army lost not 11,000 but 30,000 men in Kursk.",
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
  ]);
});
