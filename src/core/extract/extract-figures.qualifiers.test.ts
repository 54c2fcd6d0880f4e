import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { extractFigures } from './extract-figures.ts';
import { itExtracts } from './summarise-figures.test-helper.ts';

/** How sure a figure is: verbs of reaching, nearing, exceeding and not exceeding set its qualifier. */
describe('verbs of reaching, nearing and not exceeding (uk, ru, de, en)', () => {
  itExtracts([
    ['ru', 'Число погибших военных КНДР достигло двух тысяч.', [['двух тысяч', 'killed', 'exact', 2000]]],
    [
      'ru',
      'Число раненых солдат КНДР составило около 2 тысяч.',
      [['около 2 тысяч', 'wounded', 'about', 2000]],
    ],
    ['ru', 'Число раненых бойцов КНДР уже приближается к тысяче.', [['тысяче', 'wounded', 'nearly', 1000]]],
    [
      'ru',
      'Контингент КНДР, по оценке Киева, не превышает 12 тысяч военных.',
      [['12 тысяч', 'deployed_total', 'up_to', 12000]],
    ],
    [
      'ru',
      'Зеленский говорил о 11 тысячах военных КНДР в Курской области.',
      [['11 тысячах', 'deployed_total', 'exact', 11000]],
    ],
    [
      'uk',
      'Кількість загиблих військових КНДР досягла двох тисяч.',
      [['двох тисяч', 'killed', 'exact', 2000]],
    ],
    [
      'uk',
      'Кількість поранених вояків КНДР наближається до тисячі.',
      [['тисячі', 'wounded', 'nearly', 1000]],
    ],
    [
      'uk',
      'Кількість військових КНДР у Курській області не перевищує 12 тисяч.',
      [['12 тисяч', 'deployed_total', 'up_to', 12000]],
    ],
    ['uk', 'КНДР відправила тисячі військових до Росії.', [['тисячі', 'deployed_total', 'vague', null]]],
    [
      'en',
      'The North Korean contingent does not exceed 12,000 troops, Kyiv says.',
      [['12,000', 'deployed_total', 'up_to', 12000]],
    ],
    [
      'en',
      'North Korean losses in Kursk are nearing 1,000 soldiers.',
      [['1,000', 'casualties_total', 'nearly', 1000]],
    ],
    [
      'de',
      'Laut Seoul sind etwa 15 Tsd. nordkoreanische Soldaten in Russland.',
      [['etwa 15 Tsd.', 'deployed_total', 'about', 15000]],
    ],
    [
      'ru',
      'По оценке Сеула, КНДР передала более 12 миллионов выстрелов к гаубицам.',
      [['более 12 миллионов', 'munitions', 'more_than', 12000000]],
    ],
    [
      'ru',
      'Бойцы ВСУ уничтожили 12 военных КНДР и ранили ещё 20.',
      [
        ['12', 'killed', 'exact', 12],
        ['20', 'wounded', 'exact', 20],
      ],
    ],
  ]);
});

describe('Korean verbs of exceeding, Korean shares, repeats by value; residents, swaps and page furniture', () => {
  itExtracts([
    // Korean verbs of exceeding hedge the number and stay out of its span, like "passed 6,000"
    [
      'ko',
      '영국 국방부는 북한군의 사상자가 6천 명을 넘어섰다고 평가했다.',
      [['6천', 'casualties_total', 'more_than', 6000]],
    ],
    ['ko', '북한군 사상자가 6천 명을 넘었다.', [['6천', 'casualties_total', 'more_than', 6000]]],
    ['ko', '북한군 파병. 北 파병군 사상자 6천 명 돌파', [['6천', 'casualties_total', 'more_than', 6000]]],
    [
      'ko',
      '북한이 러시아에 보낸 포탄은 1천200만 발을 웃도는 양이다.',
      [['1천200만', 'munitions', 'more_than', 12000000]],
    ],
    ['ko', '북한군 3천 명 넘게 파병됐다.', [['3천 명 넘게', 'deployed_total', 'more_than', 3000]]],
    // a Korean share names what it is a share of before it
    [
      'ko',
      '부다노프 국장은 러시아가 소비하는 탄약의 최대 40%를 북한이 공급한다고 밝혔다.',
      [['최대 40%', 'munitions', 'up_to', 40]],
    ],
    // a number that repeats an earlier figure by its value counts what that figure counted
    [
      'de',
      'Nordkorea schickte rund 11.000 Soldaten. Die BBC rechnet meist mit den 11.000, andere mit mehr.',
      [
        ['rund 11.000', 'deployed_total', 'about', 11000],
        ['11.000', 'deployed_total', 'exact', 11000],
      ],
    ],
    [
      'ru',
      'В Курск прибыли около 11 тысяч военных КНДР. Потери — больше половины от тех самых 11 тысяч, что прибыли первыми.',
      [
        ['около 11 тысяч', 'deployed_total', 'about', 11000],
        ['11 тысяч', 'deployed_total', 'exact', 11000],
      ],
    ],
    [
      'uk',
      'КНДР передала Росії понад 12 мільйонів снарядів. Частина цих 12 мільйонів, за повідомленнями з фронту, — старі снаряди.',
      [
        ['понад 12 мільйонів', 'munitions', 'more_than', 12000000],
        ['12 мільйонів', 'munitions', 'exact', 12000000],
      ],
    ],
    // no earlier figure of that value: no repeat
    [
      'en',
      'North Korea sent about 11,000 troops. Of the 12,000, some were engineers.',
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
  ]);

  it.each<[Lang, string]>([
    // residents, prisoner exchanges of the two warring sides, durations, page furniture, "one in two"
    [
      'ru',
      'Северокорейские саперы в Курской области. По его словам, в Судже до войны жили около пяти тысяч человек.',
    ],
    ['uk', 'Військові КНДР воюють на Курщині. У травні Україна і Росія обміняли по 1000 осіб.'],
    [
      'ru',
      'В Курской области воюют военные КНДР. За одну только неделю северокорейцы потеряли убитыми сотни.',
    ],
    ['ko', '북한군이 러시아에 있다. 기자 구독 3,214명 모스크바와 평양을 잇는 노선이 열렸다.'],
    ['ko', '북한군 사상자가 처음 파견된 병력의 절반을 웃도는 규모다. 두 명 중 한 명꼴.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe('"не больше" is no more than', () => {
  itExtracts([
    [
      'ru',
      'Северокорейцы, по словам канала, потеряли под Курском не больше 500 человек.',
      [['не больше 500', 'casualties_total', 'up_to', 500]],
    ],
    [
      'ru',
      'Северокорейцы потеряли не более чем 500 человек.',
      [['не более чем 500', 'casualties_total', 'up_to', 500]],
    ],
  ]);
});
