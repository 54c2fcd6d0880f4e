import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures.ts';
import { itExtracts, summariseFigures } from './summarise-figures.test-helper.ts';

/** Tables: a number alone in its cell counts what its header, caption or row says, row after row. */
describe('tables: a number alone in its cell counts what its header, caption or row says', () => {
  itExtracts([
    [
      'en',
      'Selected estimates of North Korean casualties\nDate | Estimator | Estimate | What is counted\n22 January 2025 | Western officials | about 4,000 | killed, wounded, missing or captured\n15 June 2025 | UK Ministry of Defence | more than 6,000 | Kursk region only',
      [
        ['about 4,000', 'casualties_total', 'about', 4000],
        ['more than 6,000', 'casualties_total', 'more_than', 6000],
      ],
    ],
    [
      'de',
      'Ausgewählte Schätzungen der Gesamtverluste der Nordkoreaner (Getötete und Verwundete):\nDatum | Quelle | Angabe | Anmerkung\n23.12.2024 | Generalstab | ca. 1100[17] | bei den jüngsten Gefechten\n15.06.2025 | Verteidigungsministerium | mehr als 6000[19] | mehr als die Hälfte der ursprünglich Entsandten',
      [
        ['ca. 1100', 'casualties_total', 'about', 1100],
        ['mehr als 6000', 'casualties_total', 'more_than', 6000],
      ],
    ],
    [
      'uk',
      'Оцінки щодо військових КНДР\nДата | Оцінювач | Показник | Оцінка\n19.12.2024 | НСР | загиблі | щонайменше 100\n27.03.2025 | ОКНШ | передані САУ 170 мм і РСЗВ 240 мм (разом) | бл. 220',
      [
        ['щонайменше 100', 'killed', 'at_least', 100],
        ['бл. 220', 'equipment', 'about', 220],
      ],
    ],
    [
      'en',
      'North Korean troops in Russia\nDate\tSource\tKilled\n19 December 2024\tNIS\tat least 100',
      [['at least 100', 'killed', 'at_least', 100]],
    ],
    // (who estimated, in the next cell, is no noun of the number: the header says what it counts)
    [
      'ru',
      'Контейнеры из КНДР для России\nДата\tКонтейнеров\tКто оценивает\nАвгуст 2024\t13 000+\tвоенная разведка Республики Корея\nИюль 2025\t28 000\tРазведуправление Минобороны Республики Корея',
      [
        ['13 000+', 'munitions', 'more_than', 13000],
        ['28 000', 'munitions', 'exact', 28000],
      ],
    ],
    // an HTML table's rows arrive as blocks of their own, joined by blank lines
    [
      'en',
      'Selected estimates of North Korean casualties\n\nDate\tEstimator\tEstimate\tWhat is counted\n\n22 January 2025\tWestern officials\tabout 4,000\tkilled or wounded\n\n15 June 2025\tUK MoD\tmore than 6,000\tKursk only',
      [
        ['about 4,000', 'casualties_total', 'about', 4000],
        ['more than 6,000', 'casualties_total', 'more_than', 6000],
      ],
    ],
  ]);

  it('a byline with bars is no table', () => {
    const text =
      'North Korean troops\n14:32 | Kyiv | Olena M. | Views: 3 214\nNorth Korea sent about 11,000 troops.';
    expect(summariseFigures(extractFigures(text, { lang: 'en' }))).toEqual([
      ['about 11,000', 'deployed_total', 'about', 11000],
    ]);
  });
});

describe('a long HTML table: the subject of its caption carries through every row', () => {
  it('finds each row with the metric its row or caption says', () => {
    const rows = [
      ['22.01.2025', 'BBC', 'about 4,000', 'killed or wounded'],
      ['15.06.2025', 'UK MoD', 'more than 6,000', 'Kursk only'],
      ['13.02.2026', 'NIS', 'about 6,000', 'killed or wounded'],
      ['02.09.2025', 'NIS', 'about 2,000', 'killed'],
      ['19.12.2024', 'NIS', 'at least 100', 'killed'],
    ];
    const text = [
      'Selected estimates of North Korean casualties',
      'Date\tEstimator\tEstimate\tWhat is counted',
      ...rows.map((r) => r.join('\t')),
      'Russia loses 1,000 soldiers a day.',
      'Another 500 died.',
    ].join('\n\n');
    expect(summariseFigures(extractFigures(text, { lang: 'en' }))).toEqual([
      ['about 4,000', 'casualties_total', 'about', 4000],
      ['more than 6,000', 'casualties_total', 'more_than', 6000],
      ['about 6,000', 'casualties_total', 'about', 6000],
      ['about 2,000', 'killed', 'about', 2000],
      ['at least 100', 'killed', 'at_least', 100],
    ]);
  });
});

describe('batch 40: a table of two columns', () => {
  itExtracts([
    [
      'en',
      "North Korea in the war: how Seoul's estimate of North Korean dead grew\nBriefing | Killed (NIS estimate)\nDecember 2024 | at least 100\nApril 2025 | about 600",
      [
        ['at least 100', 'killed', 'at_least', 100],
        ['about 600', 'killed', 'about', 600],
      ],
    ],
    // a lone line with one bar is no table
    ['en', 'North Korean troops in Kursk\nBy Sarah Linwood | 25 June 2025\nThe war goes on.', []],
  ]);
});

describe('batch 51: lists of estimates, one per line, their fields split by spaced dashes', () => {
  itExtracts([
    // a list under a label of its own (a blank line between): the label says what every line counts
    [
      'ru',
      'Потери войск КНДР под Курском.\n\nВсе оценки убитых и раненых (ведомство – дата – значение):\n\nОКНШ Республики Корея – 23.12.2024 – около 1100\nВладимир Зеленский – 05.01.2025 – 3800\nМинобороны Великобритании – 15.06.2025 – более 6000',
      [
        ['около 1100', 'casualties_total', 'about', 1100],
        ['3800', 'casualties_total', 'exact', 3800],
        ['более 6000', 'casualties_total', 'more_than', 6000],
      ],
    ],
    // a list opened by a label line, far below the last mention on a page about North Korea: the page's subject
    [
      'uk',
      'Рахуємо військових КНДР у Росії\n\nЗа рік набралося кілька десятків оцінок того, скільки військових КНДР перебуває в Росії. Ми зібрали їх. Графік 1. Скільки військових КНДР було в Росії\n\nВісь X: дата заяви\n\nВісь Y: кількість військових, тис. осіб\n\nДжерело: розвідки, міністерства.\n\nОцінки, на яких побудовано графік 1:\nПентагон (Сабріна Сінгх) – 28.10.2024 – близько 10 000\nПентагон (Пет Райдер) – 04.11.2024 – від 11 000 до 12 000\nОКНШ Республіки Корея – 27.03.2025 – 3 000+ додатково в січні–лютому',
      [
        ['близько 10 000', 'deployed_total', 'about', 10000],
        ['від 11 000 до 12 000', 'deployed_total', 'range', [11000, 12000]],
        ['3 000+', 'reinforcements', 'more_than', 3000],
      ],
    ],
    // a date's year is no start of a range across the next dash
    [
      'en',
      'North Korean casualties, one estimate per line:\nJCS – 23 Dec 2024 – c. 1,100 casualties\nUK Ministry of Defence – 15 Jun 2025 – 6,000+ casualties',
      [
        ['c. 1,100', 'casualties_total', 'about', 1100],
        ['6,000+', 'casualties_total', 'more_than', 6000],
      ],
    ],
    // the first line of such a list is an estimate, not a header
    [
      'de',
      'Nordkoreas Verluste in Russland\n\nAlle Schätzungen im Überblick (Urheber – Datum – Wert)\n\nGeneralstab Südkoreas (JCS) – 23.12.2024 – rund 1100 Tote und Verwundete\nNIS – 13.01.2025 – etwa 300 Tote, rund 2700 Verwundete',
      [
        ['rund 1100', 'casualties_total', 'about', 1100],
        ['etwa 300', 'killed', 'about', 300],
        ['rund 2700', 'wounded', 'about', 2700],
      ],
    ],
    // a timeline's "date – what happened" lines (one dash) are no such list
    [
      'en',
      'North Korea and Russia: a timeline\n19 June 2024 – Putin and Kim sign a treaty with 23 articles\n23 October 2024 – the White House confirms troops in Russia',
      [],
    ],
  ]);
});

describe('batch 51: a list of values with their dates in brackets goes on counting the same', () => {
  itExtracts([
    [
      'en',
      'Chart 2 shows North Korean deaths: at least 100 dead (December 2024), about 300 (January 2025), about 600 (April 2025) and about 2,000 (September 2025).',
      [
        ['at least 100', 'killed', 'at_least', 100],
        ['about 300', 'killed', 'about', 300],
        ['about 600', 'killed', 'about', 600],
        ['about 2,000', 'killed', 'about', 2000],
      ],
    ],
    // (not a bracket that says something else: "300 (the figure Seoul gave)")
    [
      'en',
      'North Korea lost at least 100 dead in December, and 300 (the figure Seoul gave) is a guess.',
      [['at least 100', 'killed', 'at_least', 100]],
    ],
  ]);
});

describe("batch 51: an estimate's own field names what it counts", () => {
  itExtracts([
    [
      'ko',
      '[주요 추정치 목록] 북한군 관련 · 발표 기관 – 발표일 – 수치\n국가정보원 – 2024.12.19 – 사망 최소 100 명\n합동참모본부 – 2024.12.23 – 사상자 약 1천100 명\n국가정보원 – 2025.04.30 – 누적 파병 약 1만5천 명',
      [
        ['최소 100', 'killed', 'at_least', 100],
        ['약 1천100', 'casualties_total', 'about', 1100],
        ['약 1만5천', 'deployed_total', 'about', 15000],
      ],
    ],
  ]);
});

describe('batch 58: a table of the troops ("чисельність військ"), a year noted in a cell, an infobox total', () => {
  itExtracts([
    [
      'uk',
      'Оцінки чисельності військ КНДР у Росії (вибірка)\nОцінювач | Дата | Чисельність\nНСР (Південна Корея) | 23.10.2024 | бл. 3000\nMSMT (11 держав) | 29.05.2025 | понад 11 000 (лише 2024 р.)',
      [
        ['бл. 3000', 'deployed_total', 'about', 3000],
        ['понад 11 000', 'deployed_total', 'more_than', 11000],
      ],
    ],
    // (a citation's page beside a year is another number of the cell)
    [
      'en',
      'North Korean casualties\nEstimator | Date | Casualties | Source\nNIS | 2025-04-30 | about 4,700 | Lee (2025, 7)',
      [['about 4,700', 'casualties_total', 'about', 4700]],
    ],
    [
      'uk',
      'Учасники: Росія, КНДР — проти України\nЧисельність: 11–12 тис. (перший контингент); бл. 15 тис. загалом (НСР, квітень 2025)',
      [
        ['11–12 тис.', 'deployed_total', 'range', [11000, 12000]],
        ['бл. 15 тис.', 'deployed_total', 'about', 15000],
      ],
    ],
  ]);
});

describe("batch 58: a table's last row before a paragraph", () => {
  itExtracts([
    [
      'de',
      'Schätzungen zur Zahl der nach Russland entsandten nordkoreanischen Soldaten (Auswahl)\n\nSchätzer | Datum | Soldaten\nPentagon (USA) | 26.11.2024 | über 12.000\nNIS (Südkorea) | 30.04.2025 | ca. 15.000\n\nDie Zahlen unterscheiden sich.',
      [
        ['über 12.000', 'deployed_total', 'more_than', 12000],
        ['ca. 15.000', 'deployed_total', 'about', 15000],
      ],
    ],
  ]);
});

/** Batch 86: a table whose heading, a blank line above it, is all that says whom its numbers count. */
describe('batch 86: a table under a heading that names the troops', () => {
  itExtracts([
    [
      'ru',
      'Численность военных КНДР в России: оценки разных ведомств\n\nОценка, человек | Источник | Дата\nпочти 11 000 | ГУР (Буданов) | 18.10.2024\n11 000–12 000 | Пентагон | 04.11.2024',
      [
        ['почти 11 000', 'deployed_total', 'nearly', 11000],
        ['11 000–12 000', 'deployed_total', 'range', [11000, 12000]],
      ],
    ],
    [
      'en',
      'North Korean troops in Russia: estimates by agency\n\nEstimate | Source | Date\nnearly 11,000 | HUR (Budanov) | 18.10.2024',
      [['nearly 11,000', 'deployed_total', 'nearly', 11000]],
    ],
    // guard: a heading that names no one
    ['en', 'Prices this week\n\nPrice | Shop | Date\n11,000 | Kursk market | 18.10.2024', []],
  ]);
});

/** Batch 96: the column names a quantity; the heading says of whom, past the words it opens with. */
describe('batch 96: a column of strength under a heading that names the troops after a word of quantity', () => {
  itExtracts([
    [
      'ru',
      'Таблица 2. Оценки общей численности военных КНДР в России (чел.)\n\nДата | Источник | Численность | Примечание\n20.11.2024 | НРС | около 11 000 | две волны\n30.04.2025 | НРС | около 15 000 | в Курской области',
      [
        ['около 11 000', 'deployed_total', 'about', 11000],
        ['около 15 000', 'deployed_total', 'about', 15000],
      ],
    ],
    [
      'en',
      'Table 2. Estimates of the total number of North Korean troops in Russia\n\nDate | Source | Strength | Note\n20.11.2024 | NIS | about 11,000 | two waves',
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
    // guard: a quantity of something else
    [
      'en',
      'Table 2. Estimates of the total number of visitors to Pyongyang\n\nDate | Source | Strength | Note\n20.11.2024 | NIS | about 11,000 | two waves',
      [],
    ],
  ]);
});
