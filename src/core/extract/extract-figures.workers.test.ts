import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures.ts';
import { itExtracts, summariseFigures } from './summarise-figures.test-helper.ts';

/** Workers and builders: counted as workers_or_engineers by what they do, not only by the noun after the number. */
describe('words of labour make a count of people a count of workers', () => {
  itExtracts([
    [
      'en',
      "South Korea's spy agency estimated that about 4,000 North Koreans were working in Russia last year.",
      [['about 4,000', 'workers_or_engineers', 'about', 4000]],
    ],
    [
      'en',
      "North Korea's labour exports grew: thousands more North Koreans arrived at Russian construction sites.",
      [['thousands', 'workers_or_engineers', 'vague', null]],
    ],
    [
      'ru',
      'По данным разведки, в 2024 году на российские стройки приехали несколько тысяч северокорейцев.',
      [['несколько тысяч', 'workers_or_engineers', 'vague', null]],
    ],
    [
      'uk',
      'Торік на російські будівельні майданчики вирушили тисячі громадян КНДР.',
      [['тисячі', 'workers_or_engineers', 'vague', null]],
    ],
    [
      'de',
      'Nach Angaben des NIS arbeiten inzwischen etwa 3000 Nordkoreaner auf russischen Baustellen.',
      [['etwa 3000', 'workers_or_engineers', 'about', 3000]],
    ],
    [
      'ko',
      '국정원은 산업연수 명목으로 러시아에 건너간 북한 인력이 1만5천 명가량이라고 밝혔다.',
      [['1만5천 명가량', 'workers_or_engineers', 'about', 15000]],
    ],
    // not labour: a working group, the Workers' Party
    [
      'en',
      'A UN working group said North Korea had sent about 11,000 troops.',
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
    [
      'ko',
      '북한 노동당은 러시아에 1만1천 명을 파병했다고 밝혔다.',
      [['1만1천', 'deployed_total', 'exact', 11000]],
    ],
  ]);
});

describe('after a count of workers, a count of no one in particular counts workers too', () => {
  itExtracts([
    [
      'ru',
      'Шойгу сказал, что КНДР направит в Курскую область 1000 саперов и 5000 военных строителей. Всего речь идёт о 6 тыс. человек.',
      [
        ['1000', 'workers_or_engineers', 'exact', 1000],
        ['5000', 'workers_or_engineers', 'exact', 5000],
        ['6 тыс.', 'workers_or_engineers', 'exact', 6000],
      ],
    ],
    [
      'en',
      'North Korea sent 1,000 sappers and 5,000 military builders to Kursk. That makes 6,000 people in all.',
      [
        ['1,000', 'workers_or_engineers', 'exact', 1000],
        ['5,000', 'workers_or_engineers', 'exact', 5000],
        ['6,000', 'workers_or_engineers', 'exact', 6000],
      ],
    ],
    [
      'uk',
      'За оцінкою розвідки, торік на російських будовах працювали близько 4 тисяч громадян КНДР. Звіт MSMT дав обережнішу цифру — приблизно 8 тис. за 2024 рік.',
      [
        ['близько 4 тисяч', 'workers_or_engineers', 'about', 4000],
        ['приблизно 8 тис.', 'workers_or_engineers', 'about', 8000],
      ],
    ],
    // a sum with troops in it is a count of the force
    [
      'ko',
      '쿠르스크에는 북한군 전투 병력 1만 명과 공병 1천 명 등 1만1천여 명이 주둔하고 있다.',
      [
        ['1만', 'deployed_total', 'exact', 10000],
        ['1천', 'workers_or_engineers', 'exact', 1000],
        ['1만1천여', 'deployed_total', 'about', 11000],
      ],
    ],
  ]);

  it('a sum in the next paragraph adds up the counts of workers before it', () => {
    const text =
      'Шойгу сказал, что КНДР направит в Курскую область 1000 саперов и 5000 военных строителей.\n\n' +
      'Таким образом, речь идёт в общей сложности о 6 тыс. человек.';
    expect(summariseFigures(extractFigures(text, { lang: 'ru' }))).toEqual([
      ['1000', 'workers_or_engineers', 'exact', 1000],
      ['5000', 'workers_or_engineers', 'exact', 5000],
      ['6 тыс.', 'workers_or_engineers', 'exact', 6000],
    ]);
  });

  it('people in a sum with no figure before them are no one of ours', () => {
    expect(
      extractFigures('Russia evacuated 200 villages. In all, 6,000 people left.', { lang: 'en' }),
    ).toEqual([]);
  });
});

describe('a third dispatch is reinforcements', () => {
  itExtracts([
    [
      'uk',
      'Розвідка повідомила про підготовку КНДР до третього відправлення — приблизно 6 тисяч військових.',
      [['приблизно 6 тисяч', 'reinforcements', 'about', 6000]],
    ],
    [
      'ru',
      'Разведка сообщила о подготовке КНДР к третьему отправлению — около 6 тысяч военных.',
      [['около 6 тысяч', 'reinforcements', 'about', 6000]],
    ],
  ]);
});

describe('engineers who came home are still engineers; soldiers who came home are returnees', () => {
  itExtracts([
    [
      'ru',
      'Северокорейские саперы. По данным Yonhap, домой вернулись около тысячи военных инженеров.',
      [['около тысячи', 'workers_or_engineers', 'about', 1000]],
    ],
    [
      'en',
      'The NIS believes that about 1,100 North Korean soldiers and engineers who returned home could be sent back.',
      [['about 1,100', 'other_nk', 'about', 1100]],
    ],
    [
      'ko',
      '국정원은 지난해 12월 귀국한 북한 병력과 공병 1천100명가량이 다시 전장에 보내질 수 있다고 봤다.',
      [['1천100명가량', 'other_nk', 'about', 1100]],
    ],
  ]);
});

describe('the total of those sent, after a count of engineers', () => {
  itExtracts([
    [
      'en',
      "North Korea's third deployment is coming: some 1,000 combat engineers are already in Russia clearing mines. Yonhap, recapping the year, put the total sent since October 2024 at about 13,000.",
      [
        ['some 1,000', 'workers_or_engineers', 'about', 1000],
        ['about 13,000', 'deployed_total', 'about', 13000],
      ],
    ],
    // (labourers sent, in a paragraph about labour)
    [
      'en',
      'Seoul said about 4,000 North Koreans were working in Russia, and thousands more had arrived at Russian construction sites; by April it put the number sent at some 15,000.',
      [
        ['about 4,000', 'workers_or_engineers', 'about', 4000],
        ['thousands', 'workers_or_engineers', 'vague', null],
        ['some 15,000', 'workers_or_engineers', 'about', 15000],
      ],
    ],
  ]);
});

describe('a count said to be in Russia now, after engineers', () => {
  itExtracts([
    [
      'en',
      'The NIS said roughly 10,000 North Korean combat troops plus about 1,000 engineers were in Kursk. A week later Zelensky told Kyodo that about 10,000 were currently in Russia.',
      [
        ['roughly 10,000', 'deployed_total', 'about', 10000],
        ['about 1,000', 'workers_or_engineers', 'about', 1000],
        ['about 10,000', 'deployed_total', 'about', 10000],
      ],
    ],
  ]);
});
