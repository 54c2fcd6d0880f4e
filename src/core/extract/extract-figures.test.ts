import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures.ts';
import { itExtracts, summariseFigures as summarise, type Want } from './summarise-figures.test-helper.ts';
import { SEED_ARTICLE } from '../match/seed-article.fixture.ts';

/** The extractor's basics: the seed article, and single passages in each language. */

// The seed article's content in our own words (one fixture for the extractor's and the matcher's tests).
const SEED = SEED_ARTICLE;

describe('extractFigures on the seed article', () => {
  it('finds every figure with its metric and qualifier, and nothing else', () => {
    expect(summarise(extractFigures(SEED))).toEqual<Want[]>([
      ['at least 3 000', 'reinforcements', 'at_least', 3000],
      ['nearly 11 000', 'deployed_total', 'nearly', 11000],
      ['4 000', 'killed', 'exact', 4000],
      ['approximately 3 000 or more', 'reinforcements', 'at_least', 3000],
      ['about 220', 'equipment', 'about', 220],
      ['approximately 12 000', 'deployed_total', 'about', 12000],
      ['500', 'other_nk', 'exact', 500],
      ['three', 'other_nk', 'exact', 3],
      ['more than 3 000', 'casualties_total', 'more_than', 3000],
      ['300', 'killed', 'exact', 300],
      ['almost 2 700', 'wounded', 'nearly', 2700],
    ]);
  });

  it('keeps text equal to the input slice', () => {
    for (const f of extractFigures(SEED)) expect(SEED.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('extractFigures on single passages', () => {
  itExtracts([
    // English
    [
      'en',
      'Pyongyang has sent some 10,000 troops, and around 1,200 of them have been killed or injured.',
      [
        ['some 10,000', 'deployed_total', 'about', 10000],
        ['around 1,200', 'casualties_total', 'about', 1200],
      ],
    ],
    [
      'en',
      'North Korea could send 20,000 to 25,000 more soldiers, while dozens of North Korean troops were captured.',
      [
        ['20,000 to 25,000', 'reinforcements', 'range', [20000, 25000]],
        ['dozens', 'captured', 'vague', null],
      ],
    ],
    [
      'en',
      'The DPRK shipped more than 13,000 containers and up to 9 million shells, plus 148 KN-23 missiles.',
      [
        ['more than 13,000', 'munitions', 'more_than', 13000],
        ['up to 9 million', 'munitions', 'up_to', 9000000],
        ['148', 'munitions', 'exact', 148],
      ],
    ],
    [
      'en',
      'Kyiv says North Korean losses top 3,800, including 6,000+ wounded? No: about a third died.',
      [
        ['3,800', 'casualties_total', 'more_than', 3800],
        ['6,000+', 'wounded', 'more_than', 6000],
      ],
    ],
    [
      'en',
      'North Korea handed over 100 howitzers to Russia for the war, and sent over 200 rocket launchers.',
      [
        ['100', 'equipment', 'exact', 100],
        ['over 200', 'equipment', 'more_than', 200],
      ],
    ],
    [
      'en',
      'Pyongyang is turning over 50 artillery systems to Moscow for the war; its troops took over 100 prisoners.',
      [
        ['50', 'equipment', 'exact', 50],
        ['over 100', 'captured', 'more_than', 100],
      ],
    ],
    [
      'en',
      'North Korea will send 1,000 sappers and 5,000 military builders to Kursk.',
      [
        ['1,000', 'workers_or_engineers', 'exact', 1000],
        ['5,000', 'workers_or_engineers', 'exact', 5000],
      ],
    ],
    [
      'en',
      'Pyongyang has supplied up to 50% of the shells Russia fires, or roughly 3 million rounds a year.',
      [
        ['up to 50%', 'munitions', 'up_to', 50],
        ['roughly 3 million', 'munitions', 'about', 3000000],
      ],
    ],
    [
      'en',
      'Kim Jong Un sent his troops in October 2024. By January, 3,000 had been killed or wounded, Zelensky said, while Russia lost 1,000 soldiers a day.',
      [['3,000', 'casualties_total', 'exact', 3000]],
    ],
    [
      'en',
      'North Korea: at least 10,000 troops are in Kursk after about 2,000 additional troops arrived in a week.',
      [
        ['at least 10,000', 'deployed_total', 'at_least', 10000],
        ['about 2,000', 'reinforcements', 'about', 2000],
      ],
    ],
    [
      'en',
      'Seoul estimates that Pyongyang has lost roughly 2,000 men in Kursk, out of some 13,000 it has sent since October 2024.',
      [
        ['roughly 2,000', 'casualties_total', 'about', 2000],
        ['some 13,000', 'deployed_total', 'about', 13000],
      ],
    ],
    [
      'uk',
      'Як повідомляє ГУР, підрозділи КНДР втратили близько 300 бійців убитими, ще понад 2 700 дістали поранень.',
      [
        ['близько 300', 'killed', 'about', 300],
        ['понад 2 700', 'wounded', 'more_than', 2700],
      ],
    ],
    // Ukrainian
    [
      'uk',
      'КНДР відправила до Росії близько 11 тисяч військових, з них понад 4 тисячі загинули або були поранені.',
      [
        ['близько 11 тисяч', 'deployed_total', 'about', 11000],
        ['понад 4 тисячі', 'casualties_total', 'more_than', 4000],
      ],
    ],
    [
      'uk',
      'За даними розвідки, Північна Корея може відправити ще 25-30 тисяч солдатів.',
      [['25-30 тисяч', 'reinforcements', 'range', [25000, 30000]]],
    ],
    // A number in words with a scale word and the counted thing
    [
      'en',
      'North Korea has sent Russia more than ten million artillery shells.',
      [['more than ten million', 'munitions', 'more_than', 10_000_000]],
    ],
    ['en', 'The two sides exchanged ten thousand words, North Korea said.', []],
    // Verbs of killing and wounding before the number
    [
      'uk',
      'Спецпризначенці ліквідували 12 військових КНДР і поранили ще 20.',
      [
        ['12', 'killed', 'exact', 12],
        ['20', 'wounded', 'exact', 20],
      ],
    ],
    ['uk', 'Бійці поранили двадцятьох військових КНДР.', [['двадцятьох', 'wounded', 'exact', 20]]],
    // The owner named in a clause of its own after the number
    [
      'ru',
      'Разведка Южной Кореи насчитала около 30 тысяч контейнеров, отправленных из КНДР в Россию.',
      [['около 30 тысяч', 'munitions', 'about', 30000]],
    ],
    [
      'de',
      'Das Ministerium in Seoul zählte 200 Geschütze, die Nordkorea an Russland geliefert habe.',
      [['200', 'equipment', 'exact', 200]],
    ],
    // Russian
    [
      'ru',
      'По данным разведки, в плен попали двое северокорейских военных, а около 300 погибли.',
      [
        ['двое', 'captured', 'exact', 2],
        ['около 300', 'killed', 'about', 300],
      ],
    ],
    [
      'uk',
      'Розвідка налічує близько 400 загиблих і приблизно 3600 поранених північнокорейців, ще 20 дістали поранення.',
      [
        ['близько 400', 'killed', 'about', 400],
        ['приблизно 3600', 'wounded', 'about', 3600],
        ['20', 'wounded', 'exact', 20],
      ],
    ],
    [
      'uk',
      'КНДР відправить близько тисячі саперів і 5 тисяч військових будівельників.',
      [
        ['близько тисячі', 'workers_or_engineers', 'about', 1000],
        ['5 тисяч', 'workers_or_engineers', 'exact', 5000],
      ],
    ],
    [
      'ru',
      'КНДР направила в Россию не менее 12 тыс. военных и более 100 баллистических ракет.',
      [
        ['не менее 12 тыс.', 'deployed_total', 'at_least', 12000],
        ['более 100', 'munitions', 'more_than', 100],
      ],
    ],
    // German
    [
      'de',
      'Nordkorea hat rund 11.000 Soldaten geschickt; knapp 4.000 von ihnen wurden getötet oder verwundet.',
      [
        ['rund 11.000', 'deployed_total', 'about', 11000],
        ['knapp 4.000', 'casualties_total', 'nearly', 4000],
      ],
    ],
    [
      'de',
      'Laut Seoul kamen weitere 3000 nordkoreanische Soldaten hinzu.',
      [['3000', 'reinforcements', 'exact', 3000]],
    ],
    [
      'de',
      'Nach Angaben Kiews sind rund 12.000 Mann aus Nordkorea im Einsatz, etwa 3000 von ihnen wurden verwundet.',
      [
        ['rund 12.000', 'deployed_total', 'about', 12000],
        ['etwa 3000', 'wounded', 'about', 3000],
      ],
    ],
    [
      'de',
      "Der Militärgeheimdienst sprach von knapp 11'000 nordkoreanischen Infanteristen und 120 an Russland gelieferten Kurzstreckenraketen.",
      [
        ["knapp 11'000", 'deployed_total', 'nearly', 11000],
        ['120', 'munitions', 'exact', 120],
      ],
    ],
    [
      'ko',
      '북한이 러시아에 파병한 병력은 1만5천여 명이며 이 가운데 사상자는 4천700여 명에 달한다.',
      [
        ['1만5천여', 'deployed_total', 'about', 15000],
        ['4천700여', 'casualties_total', 'about', 4700],
      ],
    ],
    [
      'ko',
      '국정원은 북한군 사망자가 600명가량이며, 장교 500명 이상의 장교도 보냈다고 밝혔다.',
      [
        ['600명가량', 'killed', 'about', 600],
        ['500명 이상', 'other_nk', 'at_least', 500],
      ],
    ],
    // Korean
    [
      'ko',
      '합참은 북한군 1만1000여 명 가운데 4천여 명이 죽거나 다쳤다고 밝혔다.',
      [
        ['1만1000여', 'deployed_total', 'about', 11000],
        ['4천여', 'casualties_total', 'about', 4000],
      ],
    ],
    [
      'ko',
      '북한은 올해 3천 명 이상을 추가로 파병했으며 자주포 220여 문도 보냈다.',
      [
        ['3천 명 이상', 'reinforcements', 'at_least', 3000],
        ['220여', 'equipment', 'about', 220],
      ],
    ],
  ]);
});
