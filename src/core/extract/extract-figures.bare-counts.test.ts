import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { extractFigures } from './extract-figures.ts';
import { itExtracts, summariseFigures } from './summarise-figures.test-helper.ts';

/** Counts without a counted noun after them, which the sentences around them say are of North Korea's force. */
describe('the first group of a force: "the first 2,600", "die ersten 2600", "первые 2600"', () => {
  itExtracts([
    [
      'en',
      'Seoul said the North Korean troops would be ready by 1 November, with the first 2,600 earmarked for Kursk.',
      [['2,600', 'deployed_total', 'exact', 2600]],
    ],
    [
      'de',
      'Die nordkoreanischen Soldaten sollen bis Anfang November einsatzbereit sein. Die ersten 2600 sollen nach Kursk.',
      [['2600', 'deployed_total', 'exact', 2600]],
    ],
    [
      'ru',
      'Северокорейские военные будут готовы к 1 ноября. Первые 2600 направят в Курскую область.',
      [['2600', 'deployed_total', 'exact', 2600]],
    ],
    [
      'uk',
      'Північнокорейські військові будуть готові до 1 листопада. Перші 2600 відправлять у Курську область.',
      [['2600', 'deployed_total', 'exact', 2600]],
    ],
  ]);

  it.each<[Lang, string]>([
    // time and distance are measured, not counted
    ['en', 'North Korean troops reached Kursk in October; in the first 100 days the front barely moved.'],
    ['de', 'Nordkoreanische Soldaten rückten vor, doch die ersten 50 Kilometer waren vermint.'],
    ['ru', 'Северокорейские военные прибыли в октябре; первые 100 дней фронт почти не двигался.'],
    // nothing names North Korea
    ['en', 'Ukraine trained new brigades over the winter, with the first 2,600 sent to Pokrovsk.'],
  ])('%s: %s gives nothing', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe('a determiner before a number that repeats an earlier figure', () => {
  itExtracts([
    // a possessive one (the figure the other speaker gave), and the question the repeat ends
    [
      'ru',
      'Пентагон оценивает число северокорейских военных в Курской области в 10 тысяч.\n\nВОПРОС: Киев говорит о 12 тысячах. Как это сочетается с вашими 10 тысячами?',
      [
        ['10 тысяч', 'deployed_total', 'exact', 10000],
        ['12 тысячах', 'deployed_total', 'exact', 12000],
        ['10 тысячами', 'deployed_total', 'exact', 10000],
      ],
    ],
    [
      'en',
      'The Pentagon put North Korean troops in Kursk at 10,000. Kyiv says 12,000, so who is right, the 10,000 or the 12,000?',
      [
        ['10,000', 'deployed_total', 'exact', 10000],
        ['12,000', 'deployed_total', 'exact', 12000],
        ['10,000', 'deployed_total', 'exact', 10000],
        ['12,000', 'deployed_total', 'exact', 12000],
      ],
    ],
    [
      'en',
      'Seoul said North Korea had sent about 11,000 troops. Nobody checked, and the 11,000 stuck anyway.',
      [
        ['about 11,000', 'deployed_total', 'about', 11000],
        ['11,000', 'deployed_total', 'exact', 11000],
      ],
    ],
    [
      'de',
      'Der NIS sprach von 6000 weiteren nordkoreanischen Soldaten. Die Pioniere kämen nicht zu den 6000 hinzu.',
      [
        ['6000', 'reinforcements', 'exact', 6000],
        ['6000', 'reinforcements', 'exact', 6000],
      ],
    ],
    [
      'uk',
      'ГУР називало 12 тисяч військових КНДР. За таких втрат за кілька місяців вибули б усі 12 тисяч.',
      [
        ['12 тисяч', 'deployed_total', 'exact', 12000],
        ['12 тисяч', 'deployed_total', 'exact', 12000],
      ],
    ],
  ]);

  it.each<[Lang, string]>([
    // a compound and the two sides of a swap are no repeats
    ['en', 'North Korea sent 1,000 engineers. Why the 1,000-km front has barely moved.'],
    ['en', 'Two North Korean soldiers were captured. In May the two sides swapped prisoners.'],
  ])('%s: %s repeats nothing', (lang, text) => {
    expect(extractFigures(text, { lang }).length).toBe(1);
  });
});

describe('fact boxes and callouts: labels, symbols and sources in brackets', () => {
  itExtracts([
    [
      'en',
      "FACTBOX: North Korea's war in numbers\n\nTroops sent, 2024: c. 11,000\nSecond wave, Jan–Feb 2025: ≥3,000",
      [
        ['c. 11,000', 'deployed_total', 'about', 11000],
        ['≥3,000', 'reinforcements', 'at_least', 3000],
      ],
    ],
    [
      'en',
      'North Korean artillery shells delivered to Russia (cumulative): >10M (NIS, Jun 2025).',
      [['>10M', 'munitions', 'more_than', 10000000]],
    ],
    [
      'en',
      'North Korean troops in Russia, incl. 2nd wave, Jan–Feb 2025: 3,000+ (JCS)',
      [['3,000+', 'reinforcements', 'more_than', 3000]],
    ],
    [
      'en',
      'A report seen by CNN said Pyongyang could send another 25,000 to 30,000 within months.',
      [['25,000 to 30,000', 'reinforcements', 'range', [25000, 30000]]],
    ],
    [
      'en',
      'North Korea sent shells. Budanov says up to 40% of their ammo is Korean now.',
      [['up to 40%', 'munitions', 'up_to', 40]],
    ],
  ]);

  it.each<[Lang, string]>([
    // a daily change in brackets, metres, a day given again as a date on the next line
    ['ru', 'КНДР воюет на стороне России. Потери России: танки — 9 023 (+6), артсистемы — 19 564 (+35).'],
    ['en', 'North Korean troops dug a 10m trench near the border.'],
    [
      'de',
      'Nordkorea im Krieg in Zahlen.\n\n8. 26\nAm 26. April 2025 erklärte Russlands Generalstab Kursk für befreit.',
    ],
  ])('%s: %s gives nothing', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

/** A search result's snippet cut off right after its number ("… keeps about 11,000 …"). */
describe('numbers that end a cut-off snippet', () => {
  itExtracts([
    [
      'en',
      "North Korea keeps troops in Kursk, Seoul says\nYonhap · 4 weeks ago\nSeoul's spy agency believes the North currently keeps about 11,000 …",
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
    [
      'de',
      'Nordkoreas Soldaten lernen in Russland\nZDF · 2 Tage\nSelenskyj sagte, derzeit hielten sich in Russland etwa 10.000 nordkoreanische Soldaten auf, in Kursk etwa 8000 …',
      [
        ['etwa 10.000', 'deployed_total', 'about', 10000],
        ['etwa 8000', 'deployed_total', 'about', 8000],
      ],
    ],
    // (a small number, or a snippet that names no one, is no figure)
    ['en', 'North Korea news\nNK News · 1 hour ago\nThe North held its party congress for the 9 …', []],
    ['en', 'Markets today\nReuters · 2 hours ago\nThe index closed at about 4,100 …', []],
  ]);
});

/** A total named as such ("gave the total sent … as"), and a part of the things named before ("at least 100 of which"). */
describe('totals given as, and parts of what was named before', () => {
  itExtracts([
    [
      'en',
      "The site headlined two thousand North Koreans dead in Kursk. In the body, Meduza gave the total sent since autumn 2024 as 13,000, the figure in Yonhap's background paragraph.",
      [
        ['two thousand', 'killed', 'exact', 2000],
        ['13,000', 'deployed_total', 'exact', 13000],
      ],
    ],
    [
      'en',
      'North Korea transferred short-range ballistic missiles, at least 100 of which have been launched against Ukraine.',
      [['at least 100', 'munitions', 'at_least', 100]],
    ],
  ]);
});

/** A number that opens a sentence which says what estimate it is ("Около 1100 — это оценка …"). */
describe('a number defined by the words after a dash', () => {
  itExtracts([
    [
      'ru',
      'Северокорейские военные несли потери. Около 1100 — это оценка Объединённого комитета начальников штабов Южной Кореи, и она включает и убитых, и раненых.',
      [['Около 1100', 'casualties_total', 'about', 1100]],
    ],
    [
      'en',
      "North Korea's troops suffered losses. About 1,100 — that is the estimate of South Korea's Joint Chiefs of Staff, and it counts both killed and wounded.",
      [['About 1,100', 'casualties_total', 'about', 1100]],
    ],
    // (a dash that does not say so is no definition)
    ['en', "North Korea's troops suffered losses. About 1,100 — a lot for a week.", []],
  ]);
});

describe('numbers alone on their line, described by the line after (lists of numbers)', () => {
  itExtracts([
    [
      'uk',
      'Війна в цифрах.\n\n5. 148\nБалістичних ракет KN-23 отримала Росія з КНДР у 2024 році.',
      [['148', 'munitions', 'exact', 148]],
    ],
    [
      'uk',
      'Війна в цифрах.\n\n7. Близько 220\n170-мм самохідних гармат і 240-мм реактивних систем Пхеньян передав Москві.',
      [['Близько 220', 'equipment', 'about', 220]],
    ],
    [
      'uk',
      'Війна в цифрах.\n\n11. 1000 + 5000\nСаперів і військових будівельників КНДР обіцяла надіслати до Росії.',
      [
        ['1000', 'workers_or_engineers', 'exact', 1000],
        ['5000', 'workers_or_engineers', 'exact', 5000],
      ],
    ],
    ['en', 'North Korea in numbers.\n\n4. 80,000 — Russian troops killed or wounded in Kursk.', []],
    [
      'en',
      'North Korea in numbers.\n\nKilled (Sept 2025): approx. 2,000\nCasualties (June 2025): >6,000',
      [
        ['approx. 2,000', 'killed', 'about', 2000],
        ['>6,000', 'casualties_total', 'more_than', 6000],
      ],
    ],
  ]);
});

describe("a list's heading with a short label, described by the item's paragraph", () => {
  itExtracts([
    [
      'en',
      "North Korea's army in Russia, by the numbers.\n\n3. Around 10,000: the border guards\n\nSeoul's spies say these North Korean troops stand guard in Russia's Kursk region.",
      [['Around 10,000', 'deployed_total', 'about', 10000]],
    ],
    [
      'en',
      "North Korea's army in Russia, by the numbers.\n\n2. 101: the faces in the hall\n\nIn August Kim Jong Un decorated portraits of soldiers who fell in Kursk.",
      [['101', 'killed', 'exact', 101]],
    ],
    [
      'uk',
      'Армія КНДР у Росії в цифрах.\n\n4. Близько 6 тисяч у новій хвилі\n\nУ червні Москва оголосила, що Пхеньян надішле ще саперів і будівельників.',
      [['Близько 6 тисяч', 'reinforcements', 'about', 6000]],
    ],
    [
      'ru',
      'Армия КНДР в России в цифрах.\n\n2. 101 портрет\n\nВ августе Ким Чен Ын вручал награды перед портретами погибших в Курской области солдат.',
      [['101', 'killed', 'exact', 101]],
    ],
  ]);

  it.each<[Lang, string]>([
    // a year alone on its line is the line after's to describe, and it says it is a year
    [
      'en',
      'North Korea and Russia, by the numbers.\n\n6. 2023\n\nThe year the shells began to flow north to south.',
    ],
    // a heading whose label is a sentence, or whose item is about something else
    [
      'en',
      "North Korea, by the numbers.\n\n5. 80,000: Russia's own losses in Kursk\n\nMoscow lost far more men than it admits.",
    ],
  ])('%s: %s gives nothing', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe('a list of bare counts after a sentence that names what is counted', () => {
  it('reads each count as one of those', () => {
    const text =
      'Nordkoreas Truppen in Kursk.\n\nOder die Toten. Man muss sich die Kurve der Schätzungen vor Augen führen: im Dezember 2024 mindestens hundert, im Januar dreihundert, im April sechshundert, im September dann rund zweitausend.';
    expect(summariseFigures(extractFigures(text, { lang: 'de' }))).toEqual([
      ['mindestens hundert', 'killed', 'at_least', 100],
      ['dreihundert', 'killed', 'exact', 300],
      ['sechshundert', 'killed', 'exact', 600],
      ['rund zweitausend', 'killed', 'about', 2000],
    ]);
  });
});

describe('troops "shipped" are sent', () => {
  itExtracts([
    [
      'en',
      'The NIS told lawmakers that Pyongyang had shipped about 15,000 in two rounds.',
      [['about 15,000', 'deployed_total', 'about', 15000]],
    ],
  ]);
});

/** Numbers named as figures ("цифры 13 тысяч"), lists of them, the rounds of a deployment. */
describe('numbers named as figures, and the lists they head', () => {
  itExtracts([
    [
      'ru',
      'Сколько всего солдат КНДР побывало в России? Я встречала цифры 13 тысяч, 15 тысяч и даже 18 тысяч.',
      [
        ['13 тысяч', 'deployed_total', 'exact', 13000],
        ['15 тысяч', 'deployed_total', 'exact', 15000],
        ['18 тысяч', 'deployed_total', 'exact', 18000],
      ],
    ],
    [
      'de',
      'Leserfrage zu Nordkoreas Soldaten: „Mal lese ich 11.000 Soldaten, mal 15.000. Was stimmt denn nun?“',
      [
        ['11.000', 'deployed_total', 'exact', 11000],
        ['15.000', 'deployed_total', 'exact', 15000],
      ],
    ],
    [
      'uk',
      'НРС оцінювала загибель 2 тисяч військових КНДР. Імовірно, цифра «40 тисяч» виросла зі слів Зеленського.',
      [
        ['2 тисяч', 'killed', 'exact', 2000],
        ['40 тисяч', 'killed', 'exact', 40000],
      ],
    ],
    // (the rounds of a deployment count no ammunition)
    [
      'en',
      "North Korea's troops: in April 2025 the NIS put the total sent across both rounds at roughly 15,000.",
      [['roughly 15,000', 'deployed_total', 'about', 15000]],
    ],
    [
      'en',
      "North Korea's troops: by April 2025 the NIS put the total sent in two rounds at about 15,000, with some 600 dead.",
      [
        ['about 15,000', 'deployed_total', 'about', 15000],
        ['some 600', 'killed', 'about', 600],
      ],
    ],
    // (a figure word before a small number names no count: "Цифра одна")
    ['ru', 'Северокорейцы в России. «Цифра одна, а новостей из неё получается три», — говорит редактор.', []],
  ]);
});

/** The force spoken of by a pronoun ("Їх було", "waren es"), or added to ("kamen … dazu", "добавили"). */
describe('a count of the force by a pronoun and a verb of being, or added to it', () => {
  itExtracts([
    [
      'de',
      'Nordkorea schickte im Herbst 2024 die ersten Soldaten nach Russland. Zuerst waren es etwa 11.000. Anfang 2025 kamen noch ungefähr 3.000 dazu.',
      [
        ['etwa 11.000', 'deployed_total', 'about', 11000],
        ['ungefähr 3.000', 'reinforcements', 'about', 3000],
      ],
    ],
    [
      'uk',
      'Восени 2024 року перші північнокорейські солдати припливли до Росії на кораблях. Їх було близько 1 500. Це приблизно стільки, скільки учнів навчається у двох великих школах.',
      [['близько 1 500', 'deployed_total', 'about', 1500]],
    ],
    [
      'ru',
      'Северокорейцев сначала было 11 тысяч, в январе–феврале 2025 года к ним добавили более 3000.',
      [
        ['11 тысяч', 'deployed_total', 'exact', 11000],
        ['более 3000', 'reinforcements', 'more_than', 3000],
      ],
    ],
    // (the base added to is no reinforcement; a small count by a pronoun is no force)
    [
      'de',
      'Der NIS nannte etwa 6000 Pioniere und Bausoldaten aus Nordkorea; die Kampftruppen kämen also nicht zu den 6000 hinzu.',
      [
        ['etwa 6000', 'workers_or_engineers', 'about', 6000],
        ['6000', 'workers_or_engineers', 'exact', 6000],
      ],
    ],
    ['uk', 'Снаряди КНДР падали на село щодня. У січні їх було чотири. У лютому поки що дві.', []],
  ]);
});

/** Spoken numbers: hesitations, "that's", "another … went out", "all told", hedges after the number. */
describe('spoken numbers in transcripts', () => {
  itExtracts([
    [
      'en',
      "MAYA: How many North Korean soldiers are we talking about?\n\nTOMÁS: Well, the first wave, the one that went in autumn 2024, that's, um, eleven thousand or so. Then the Joint Chiefs said another three thousand or more went out to fill the gaps. And by April the spy agency was saying about fifteen thousand all told.",
      [
        ['eleven thousand or so', 'deployed_total', 'about', 11000],
        ['three thousand or more', 'reinforcements', 'at_least', 3000],
        ['about fifteen thousand', 'deployed_total', 'about', 15000],
      ],
    ],
    [
      'en',
      "North Korea's troops: the NIS in September said, uh, two thousand, give or take, killed. Britain had a bit over six thousand casualties.",
      [
        ['two thousand, give or take', 'killed', 'about', 2000],
        ['a bit over six thousand', 'casualties_total', 'more_than', 6000],
      ],
    ],
    [
      'ru',
      'Потери КНДР — это где-то шесть тысяч убитых и раненых. Вернулись домой тысяча сто примерно северокорейцев.',
      [
        ['где-то шесть тысяч', 'casualties_total', 'about', 6000],
        ['тысяча сто примерно', 'other_nk', 'about', 1100],
      ],
    ],
    [
      'de',
      'Nordkoreas Verluste in Kursk: Der NIS hat im September gesagt, zweitausend, plus minus, sind gefallen. Ein Kanal hat behauptet, es seien hunderttausend Nordkoreaner in Russland.',
      [
        ['zweitausend, plus minus', 'killed', 'about', 2000],
        ['hunderttausend', 'deployed_total', 'exact', 100000],
      ],
    ],
    // (more of something else: a noun after the number)
    ['uk', 'Новини КНДР: у районі Хвасон, за офіційною версією, здали ще 10 тисяч квартир.', []],
  ]);
});

describe('thousands after a verb of counting, in a sentence that names North Korea', () => {
  itExtracts([
    [
      'ru',
      'Сеул насчитал 15 тысяч: как правительства отреагировали на новые данные о северокорейцах в России',
      [['15 тысяч', 'deployed_total', 'exact', 15000]],
    ],
    // (a small count is no force: "назвал 12 причин")
    ['ru', 'Аналитик назвал 12 причин, по которым КНДР помогает России.', []],
  ]);
});

describe('batch 51: spoken answers: a false start taken back, a speaker giving the number, a preamble', () => {
  itExtracts([
    [
      'en',
      'HOST: How many did Pyongyang actually send?\n\nGUEST: Well, it depends who you ask, and when. Back in October the Ukrainians, their military intelligence, said eleven — no, sorry, they said nearly twelve thousand. And within that, something like five hundred officers and three generals.',
      [
        ['nearly twelve thousand', 'deployed_total', 'nearly', 12000],
        ['something like five hundred', 'other_nk', 'about', 500],
        ['three', 'other_nk', 'exact', 3],
      ],
    ],
    [
      'de',
      'Wie viele nordkoreanische Soldaten hat Kim geschickt?\n\nREHFELD: Ja, also – das ist schon die erste schwierige Frage. Die Zahlen gehen auseinander. Selenskyj hat im Januar gesagt, es seien, äh, elf – nein, Moment – zwölftausend angekommen.',
      [['zwölftausend', 'deployed_total', 'exact', 12000]],
    ],
    [
      'uk',
      'ВЕДУЧА: Скільки їх узагалі приїхало з КНДР?\n\nЕКСПЕРТ: Президент на початку січня назвав цифру... одинадцять — ні, перепрошую, дванадцять тисяч.',
      [['дванадцять тисяч', 'deployed_total', 'exact', 12000]],
    ],
    // (a speaker's count of losses may be the speaker's own)
    [
      'en',
      'North Korea sent troops to Russia. At its peak Wagner fielded around 50,000 fighters at Bakhmut, and Prigozhin said about 20,000 had died there.',
      [],
    ],
    // (a speaker with no number after the verb changes the subject: "…, Ukraine's air force said.")
    [
      'en',
      "About 2,000 North Koreans have been killed, the NIS said.\n\nRussia fired 473 drones at Ukraine overnight, Ukraine's air force said. At least four people were killed and 19 injured.",
      [['About 2,000', 'killed', 'about', 2000]],
    ],
  ]);
});

describe('batch 51: more spoken forms', () => {
  itExtracts([
    [
      'uk',
      'Корейці з КНДР втратили тисячу з лишком людей убитими та пораненими.',
      [['тисячу з лишком', 'casualties_total', 'more_than', 1000]],
    ],
    // (a yes/no question of prisoners, answered by a bare number)
    [
      'ru',
      'Северокорейцы воюют под Курском. КРАЙНОВА: Пленные есть? ЯМПОЛЬСКИЙ: Двое. Их взяли живыми в январе.',
      [['Двое', 'captured', 'exact', 2]],
    ],
    // (a pause between "ещё" and the number)
    [
      'ru',
      'Северокорейцы воюют под Курском. В январе-феврале подвезли ещё... тысячи три, может, чуть больше.',
      [['тысячи три', 'reinforcements', 'about', 3000]],
    ],
    // (the count just given, by another estimator, its verb left out for a dash; not an age)
    [
      'ru',
      'Войска КНДР несут потери. Зеленский в январе называл 3800 убитых и раненых. Британская разведка в июне — уже больше шести тысяч.',
      [
        ['3800', 'casualties_total', 'exact', 3800],
        ['больше шести тысяч', 'casualties_total', 'more_than', 6000],
      ],
    ],
    ['ru', 'Пленные из КНДР дали показания. Младшему двадцать лет, старшему — двадцать шесть.', []],
  ]);
});

describe('batch 52: print interviews and analyses', () => {
  itExtracts([
    // (an answer whose first sentences have no number, its figure after a dash)
    [
      'uk',
      '— Скільки військових КНДР загинуло?\n\n— Простого тут нічого немає. За вересневою оцінкою південнокорейської розвідки — близько двох тисяч. Навесні та сама служба говорила про шістсот.',
      [
        ['близько двох тисяч', 'killed', 'about', 2000],
        ['шістсот', 'killed', 'exact', 600],
      ],
    ],
    // (a question that names only what it asks about)
    [
      'en',
      'North Korean troops in Kursk: an interview.\n\nTHE LEDGER: How many have died?\n\nODUYA: About 600, Seoul said in April.\n\nTHE LEDGER: The wounded?\n\nODUYA: Some 4,100, in the same April briefing.',
      [
        ['About 600', 'killed', 'about', 600],
        ['Some 4,100', 'wounded', 'about', 4100],
      ],
    ],
    [
      'uk',
      'Військові КНДР у Курській області.\n\n— А поранених?\n\n— Понад чотири тисячі, якщо брати квітневий брифінг.',
      [['Понад чотири тисячі', 'wounded', 'more_than', 4000]],
    ],
    // (where the troops were, "в Курской области было"; figures that do not contradict each other)
    [
      'ru',
      'Сколько северокорейских военных Пхеньян отправил в Россию? К концу ноября в Курской области было около одиннадцати тысяч. Украинская разведка еще в октябре говорила о почти 12 тыс., и эти цифры друг другу не противоречат.',
      [
        ['около одиннадцати тысяч', 'deployed_total', 'about', 11000],
        ['почти 12 тыс.', 'deployed_total', 'nearly', 12000],
      ],
    ],
    // (a change written the other way round)
    [
      'en',
      'The NIS raised its estimate of the North Korean dead to around 2,000, from at least 600 five months earlier.',
      [
        ['around 2,000', 'killed', 'about', 2000],
        ['at least 600', 'killed', 'at_least', 600],
      ],
    ],
    // (a year after "für" is no count changing "auf" another)
    [
      'de',
      'Nordkoreas Soldaten in Russland: Das Sanktionsbeobachtungsteam kommt für 2024 auf gut elftausend Soldaten.',
      [['gut elftausend', 'deployed_total', 'more_than', 11000]],
    ],
    // (the missing, counted apart)
    [
      'uk',
      'Північнокорейці гинуть: 30 військових були вбиті або поранені, а ще щонайменше троє зникли безвісти.',
      [
        ['30', 'casualties_total', 'exact', 30],
        ['щонайменше троє', 'other_nk', 'at_least', 3],
      ],
    ],
    // (Korean puts what the count is last: engineers)
    [
      'ko',
      '국정원은 쿠르스크 일대의 북한군을 약 1만1천 명으로 보고, 이 가운데 1천 명가량은 공병이라고 설명했다.',
      [
        ['약 1만1천', 'deployed_total', 'about', 11000],
        ['1천 명가량', 'workers_or_engineers', 'about', 1000],
      ],
    ],
  ]);
});

describe('batch 53: quotes, arithmetic and misreports', () => {
  itExtracts([
    // (a quote that opens with a count, its speaker right after it)
    [
      'en',
      'North Korean troops in Russia: how many are there?\n\n"About 11,000," said Park, a researcher in Seoul, "maybe a few more."',
      [['About 11,000', 'deployed_total', 'about', 11000]],
    ],
    // (inside a quote, a verb of counting before it)
    [
      'uk',
      'Військові КНДР у Курській області.\n\n«Усі рахують дванадцять тисяч, — каже вона. — Але армія КНДР більша.»',
      [['дванадцять тисяч', 'deployed_total', 'exact', 12000]],
    ],
    // (a sum the writer gets, a count reported wrongly)
    [
      'ru',
      'ОКНШ сообщил, что к примерно 11 тыс. военных КНДР, отправленных в Россию осенью, в январе добавились более 3 тыс. человек. Сложив, получаем около 14 тыс.',
      [
        ['примерно 11 тыс.', 'deployed_total', 'about', 11000],
        ['более 3 тыс.', 'reinforcements', 'more_than', 3000],
        ['около 14 тыс.', 'deployed_total', 'about', 14000],
      ],
    ],
    [
      'en',
      'Seoul said about 15,000 North Korean troops had been sent. The figure was wrongly reported as 18,000 in some versions of the story.',
      [
        ['about 15,000', 'deployed_total', 'about', 15000],
        ['18,000', 'deployed_total', 'exact', 18000],
      ],
    ],
    // (a factor of the writer's arithmetic)
    [
      'uk',
      'ISW оцінював втрати КНДР у близько 92 військових на добу. Помноживши на 30, отримаємо 2760 убитих і поранених на місяць.',
      [
        ['близько 92', 'casualties_total', 'about', 92],
        ['2760', 'casualties_total', 'exact', 2760],
      ],
    ],
    [
      'en',
      'Zelensky put the force at a first contingent of about 11,000 North Koreans.',
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
  ]);
});

describe('batch 53 join: questions and quotes that name what they count', () => {
  itExtracts([
    // (a question opening its paragraph that names what it asks, with no North Korea word of its own)
    [
      'en',
      'North Korean troops fight in Kursk.\n\nHow many shells? "Ten million," Whitfield said, then corrected himself.',
      [['Ten million', 'munitions', 'exact', 10000000]],
    ],
    // (a speaker's name, and "more", between the count and the verb of saying)
    [
      'en',
      'Pyongyang might send many more troops to Russia within months. "Between 25,000 and 30,000 more," he said.',
      [['Between 25,000 and 30,000', 'reinforcements', 'range', [25000, 30000]]],
    ],
  ]);
});

describe('batch 54: claims, answers and slang', () => {
  itExtracts([
    // (a claim of the deployment however inflated, the place before or after it)
    [
      'ru',
      'Канал о КНДР пишет: «под Курском уже 100k корейцев, скоро пойдут на Киев».',
      [['100k', 'deployed_total', 'exact', 100000]],
    ],
    [
      'de',
      'Ein Kanal über Nordkorea behauptet, es stünden 100k Nordkoreaner bei Kursk bereit.',
      [['100k', 'deployed_total', 'exact', 100000]],
    ],
    // (a yes/no question of prisoners)
    [
      'ru',
      'Попадали ли северокорейцы в плен? Да, двое. Их взяли 9 января 2025 года.',
      [['двое', 'captured', 'exact', 2]],
    ],
    // (reinforcements named as such; the slang of killing)
    [
      'uk',
      'ОКНШ повідомляв, що в січні–лютому на підсилення прибули понад 3000 солдатів КНДР.',
      [['понад 3000', 'reinforcements', 'more_than', 3000]],
    ],
    [
      'uk',
      'Канал «Кіборг Інсайд» розганяє, що ЗСУ вже поклали 20 тис. корейців з КНДР.',
      [['20 тис.', 'killed', 'exact', 20000]],
    ],
    ['ko', '한 채널은 "북한군 3만 명 몰살"이라는 영상을 올렸다.', [['3만', 'killed', 'exact', 30000]]],
    // (a participle of sending after the count: "11,000 sent in 2024")
    [
      'en',
      'North Korean troops in Russia.\n\nCard 3 of 10\nDo other counts agree?\nRoughly. A sanctions monitoring team set up by 11 countries counted more than 11,000 sent in 2024.',
      [['more than 11,000', 'deployed_total', 'more_than', 11000]],
    ],
  ]);
});

describe('batch 55: a count asked back on its own', () => {
  itExtracts([
    [
      'de',
      'Nordkoreas Soldaten in Russland: Propaganda und Zahlen. Beginnen wir mit dem Kontingent. Zwölftausend? So sagt es Kiew seit Dezember.',
      [['Zwölftausend', 'deployed_total', 'exact', 12000]],
    ],
    [
      'uk',
      'Канал пише, що ЗСУ знищили вже понад 10 тисяч північнокорейських вояків. Десять тисяч? Справді?',
      [
        ['понад 10 тисяч', 'killed', 'more_than', 10000],
        ['Десять тисяч', 'killed', 'exact', 10000],
      ],
    ],
  ]);
});

describe("batch 57: a bulleted list's next value", () => {
  itExtracts([
    [
      'en',
      "The NIS has updated its estimate of North Korean deaths several times:\n\n- December 2024: at least 100 dead since the North's units went into combat [2].\n- January 2025: about 300 [3].\n- April 2025: about 600; the NIS added that bodies were cremated [4].",
      [
        ['at least 100', 'killed', 'at_least', 100],
        ['about 300', 'killed', 'about', 300],
        ['about 600', 'killed', 'about', 600],
      ],
    ],
  ]);
});

describe('batch 58: replacements, a figure named as such, portraits described, a count asked back in a reply', () => {
  itExtracts([
    [
      'uk',
      'Війська КНДР на Курщині. ОКНШ: у січні–лютому прибули 3000+ на заміну вибулим.',
      [['3000+', 'reinforcements', 'more_than', 3000]],
    ],
    [
      'en',
      'Seoul says 300 North Koreans killed in Kursk.\n\n(Corrects paragraph 5 to show that the 4,000 figure cited by Zelenskiy covers both killed and wounded soldiers, not deaths alone)',
      [
        ['300', 'killed', 'exact', 300],
        ['4,000', 'casualties_total', 'exact', 4000],
      ],
    ],
    [
      'en',
      'North Korean troops died in Kursk. At the August ceremony KCNA showed Kim with 101 framed portraits of the fallen.',
      [['101', 'killed', 'exact', 101]],
    ],
    [
      'en',
      'North Korean troops died in Kursk. State media showed 101 such portraits of the fallen.',
      [['101', 'killed', 'exact', 101]],
    ],
    [
      'en',
      'NIS says about 15,000 North Korean troops were sent.\n\nReplies\n\n—\n\nSources: briefings.\n\n@hanbit_watch · 2h\nWasn’t it 18,000 in April? Saw that in a Spanish write-up.',
      [
        ['about 15,000', 'deployed_total', 'about', 15000],
        ['18,000', 'deployed_total', 'exact', 18000],
      ],
    ],
    // (not years after "it was", nor a count of another thing without a question)
    [
      'de',
      'Nordkoreas Soldaten kämpfen in Kursk.\n\nÜberläufer kommen kaum noch an. Vor der Pandemie waren es jährlich mehr als 1000.',
      [],
    ],
  ]);
});

describe('batch 58: a part of the count just given, a count set to, a count that could be reached, a count spoken of', () => {
  itExtracts([
    [
      'de',
      'Blinken nannte rund 10.000 nordkoreanische Soldaten in Russland, von denen bis zu 8000 im Gebiet Kursk stünden.',
      [
        ['rund 10.000', 'deployed_total', 'about', 10000],
        ['bis zu 8000', 'deployed_total', 'up_to', 8000],
      ],
    ],
    [
      'de',
      'Es blieb bei zwei, obwohl der NIS die Zahl der gefallenen Nordkoreaner im September auf rund 2000 anhob.',
      [['rund 2000', 'killed', 'about', 2000]],
    ],
    // (not a ratio: "three to one")
    [
      'en',
      'Kyiv puts North Korean losses far above Washington, a gap in the number of dead of more than three to one.',
      [],
    ],
    [
      'de',
      'Der NIS hatte berichtet, es befänden sich rund 3000 nordkoreanische Soldaten in Russland; bis Dezember könnten es etwa 10.000 werden.',
      [
        ['rund 3000', 'deployed_total', 'about', 3000],
        ['etwa 10.000', 'deployed_total', 'about', 10000],
      ],
    ],
    [
      'uk',
      'Загиблих і поранених серед північнокорейців налічується близько 1 200.',
      [['близько 1 200', 'casualties_total', 'about', 1200]],
    ],
    [
      'uk',
      'Зеленський заявив, що Пхеньян уже втратив 4 тисячі військових убитими та пораненими.\n\nВИПРАВЛЕННЯ: у попередній версії зазначалося, що 4 тисячі, про які говорив Зеленський у Рамштайні, — це загиблі.',
      [
        ['4 тисячі', 'casualties_total', 'exact', 4000],
        ['4 тисячі', 'casualties_total', 'exact', 4000],
      ],
    ],
    [
      'ru',
      'Случаев пленения северокорейских военных, кроме этих двоих, с тех пор не появлялось.',
      [['двоих', 'captured', 'exact', 2]],
    ],
  ]);
});

describe('batch 59: spoken counts of a talk show, thousands more, a count assumed, a count after "whose"', () => {
  itExtracts([
    [
      'en',
      'PARK: Seoul says about fifteen thousand North Korean troops went.\n\nPARK: — that was the first wave, Colonel. Then roughly three thousand more went in January and February to fill the gaps.',
      [
        ['about fifteen thousand', 'deployed_total', 'about', 15000],
        ['roughly three thousand', 'reinforcements', 'about', 3000],
      ],
    ],
    [
      'en',
      'North Korean troops in Kursk. CNN has seen a Ukrainian intelligence assessment: twenty-five to thirty thousand more, possibly by November.',
      [['twenty-five to thirty thousand', 'reinforcements', 'range', [25000, 30000]]],
    ],
    [
      'de',
      'VOLLMER: Seit drei Monaten stehen nordkoreanische Soldaten an der Seite Russlands. Herr Hallstein, über wie viele Männer reden wir eigentlich?\n\nHALLSTEIN: Seoul und Washington gehen von rund elftausend aus, die im Herbst nach Russland verlegt wurden –\n\nREIMOLD: – zwölftausend, sagt Selenskyj, und das hat er erst vor anderthalb Wochen wiederholt –',
      [
        ['rund elftausend', 'deployed_total', 'about', 11000],
        ['zwölftausend', 'deployed_total', 'exact', 12000],
      ],
    ],
    [
      'de',
      'Nordkoreanische Soldaten in Kursk. Bis Dezember rechne man mit rund 10.000, sagte er.',
      [['rund 10.000', 'deployed_total', 'about', 10000]],
    ],
    [
      'ru',
      'Южнокорейская разведка в понедельник доложила депутатам: погибших среди северокорейцев около трёхсот.',
      [['около трёхсот', 'killed', 'about', 300]],
    ],
    [
      'uk',
      'МЕЛЬНИЧУК: За дві хвилі — приблизно п’ятнадцять тисяч північнокорейських військових.\n\nМЕЛЬНИЧУК: — Так, я про військових. Спершу поїхали десь одинадцять тисяч, а в січні й лютому Пхеньян докинув ще понад три тисячі.',
      [
        ['приблизно п’ятнадцять тисяч', 'deployed_total', 'about', 15000],
        ['десь одинадцять тисяч', 'deployed_total', 'about', 11000],
        ['понад три тисячі', 'reinforcements', 'more_than', 3000],
      ],
    ],
    [
      'en',
      'North Korean troops. By April 2025 the agency’s running total had reached about 15,000 across two rotations.',
      [['about 15,000', 'deployed_total', 'about', 15000]],
    ],
  ]);
});

describe('batch 60: a count given as, quoted after its owner, named citing a source, "йдеться про"', () => {
  itExtracts([
    [
      'en',
      'North Korean wounded: the NIS put them at about 4,700 killed or wounded. An earlier version of the update gave it as more than 4,000.',
      [
        ['about 4,700', 'casualties_total', 'about', 4700],
        ['more than 4,000', 'casualties_total', 'more_than', 4000],
      ],
    ],
    [
      'en',
      'North Korea sent troops to Russia in October 2024.\n\n03:15 — October 2024: Kyrylo Budanov’s "nearly 11,000" and HUR’s "nearly 12,000" six days later.',
      [
        ['nearly 11,000', 'deployed_total', 'nearly', 11000],
        ['nearly 12,000', 'deployed_total', 'nearly', 12000],
      ],
    ],
    [
      'de',
      'Offen blieb, wie viele nordkoreanische Soldaten bisher nach Russland gegangen sind. Die Nachrichtenagentur Yonhap nannte unter Berufung auf den Geheimdienst rund 13.000 seit Oktober 2024.',
      [['rund 13.000', 'deployed_total', 'about', 13000]],
    ],
    [
      'uk',
      'Перше повідомлення: КНДР відправила до Росії 18 тисяч військових.\n\nОновлено 14:05. Насправді у корейському оригіналі брифінгу йдеться про 15 тисяч. Перепрошуємо читачів.',
      [
        ['18 тисяч', 'deployed_total', 'exact', 18000],
        ['15 тисяч', 'deployed_total', 'exact', 15000],
      ],
    ],
  ]);
});

describe('batch 61: a ticker set in capitals, a guest’s career years, "N. Korean", a date inside a list, a verb last', () => {
  itExtracts([
    [
      'uk',
      '09:05 | НРС: БЛИЗЬКО 6 ТИС. ВІЙСЬКОВИХ КНДР ЗАГИНУЛИ АБО ДІСТАЛИ ПОРАНЕНЬ\n\n09:06 | НРС: У КУРСЬКІЙ ОБЛ. РФ НИНІ ПРИБЛ. 10 ТИС. БІЙЦІВ КНДР',
      [
        ['БЛИЗЬКО 6 ТИС.', 'casualties_total', 'about', 6000],
        ['ПРИБЛ. 10 ТИС.', 'deployed_total', 'about', 10000],
      ],
    ],
    [
      'ru',
      '14:13 В АПРЕЛЕ РАЗВЕДКА НАСЧИТЫВАЛА ОКОЛО 4,7 ТЫС. УБИТЫХ И РАНЕНЫХ СЕВЕРОКОРЕЙЦЕВ\n\n14:14 ПЛАШКА: ГОСТЬ СТУДИИ — ИГОРЬ ВОЛКОВ, КОРЕЕВЕД, ДОЦЕНТ МГИМО (1998–2021)\n\n14:17 ВЕСНОЙ НРС НАЗЫВАЛА ДРУГОЕ ЧИСЛО ПЕРЕБРОШЕННЫХ: ОКОЛО 15 ТЫС. — ДАННЫЕ РАСХОДЯТСЯ',
      [
        ['ОКОЛО 4,7 ТЫС.', 'casualties_total', 'about', 4700],
        ['ОКОЛО 15 ТЫС.', 'deployed_total', 'about', 15000],
      ],
    ],
    [
      'en',
      '07:11 | YONHAP: SOME 13K N. KOREAN TROOPS SENT TO RUSSIA SINCE OCT. 2024',
      [['SOME 13K', 'deployed_total', 'about', 13000]],
    ],
    [
      'de',
      'Nordkoreanische Soldaten in Russland. Das Pentagon nannte am 4. November eine Spanne von 11.000 bis 12.000 Mann und am 26. November mehr als 12.000, während der NIS durchweg mit etwa 11.000 rechnete (Hoffmann/Yun 2024, S. 31).',
      [
        ['11.000 bis 12.000', 'deployed_total', 'range', [11000, 12000]],
        ['mehr als 12.000', 'deployed_total', 'more_than', 12000],
        ['etwa 11.000', 'deployed_total', 'about', 11000],
      ],
    ],
  ]);
});

/** Batch 84: a question of how many told in a sentence, not asked, and the count given after a speaker's colon. */
describe('batch 84: answers to a question of how many told, not asked', () => {
  itExtracts([
    [
      'uk',
      'Депутат на запитання журналістів, скільки саме північнокорейців загинуло, відповів: «Близько трьохсот. Це наша оцінка, вона може змінитися».',
      [['Близько трьохсот', 'killed', 'about', 300]],
    ],
    [
      'de',
      'Wer wissen will, wie viele Nordkoreaner in der Region Kursk gefallen sind, bekommt viele Antworten. Seoul sagt: etwa 300. Westliche Regierungsvertreter, zitiert von der BBC, sagen: rund 1000.',
      [
        ['etwa 300', 'killed', 'about', 300],
        ['rund 1000', 'killed', 'about', 1000],
      ],
    ],
    [
      'en',
      'Asked how many North Korean soldiers had been wounded, the lawmaker answered: "About 2,700, by our count."',
      [['About 2,700', 'wounded', 'about', 2700]],
    ],
    [
      'ru',
      'На вопрос, сколько северокорейских военных попали в плен, представитель ответил: «Двое».',
      [['Двое', 'captured', 'exact', 2]],
    ],
    // guards: a count after the colon that names what it counts; no question told
    [
      'en',
      'Asked how many North Korean soldiers had died, he said: 300 died and 2,700 were wounded.',
      [
        ['300', 'killed', 'exact', 300],
        ['2,700', 'wounded', 'exact', 2700],
      ],
    ],
    ['de', 'Nordkoreanische Soldaten kämpfen in Kursk. Der Sprecher sagt: etwa 300.', []],
  ]);
});

/** "in der russischen Region Kursk gefallen": a place named after a Russian adjective is no Russian owner of the dead. */
describe('batch 84: the Russian region where North Koreans fell', () => {
  itExtracts([
    [
      'de',
      'Etwa 300 nordkoreanische Soldaten sind in der russischen Region Kursk gefallen.',
      [['Etwa 300', 'killed', 'about', 300]],
    ],
    // (still Russia's own dead and wounded, as nouns)
    [
      'de',
      'Nordkoreanische Soldaten kämpfen in Kursk. Die russischen Gefallenen zählt niemand: angeblich 300 Tote am Tag.',
      [],
    ],
  ]);
});

/** Batch 84: the two prisoners in a German attribute, in the genitive, counted as a group; the unit they came from. */
describe('batch 84: the two prisoners, and the group they came from', () => {
  itExtracts([
    [
      'de',
      'Die zwei am Donnerstag in Kursk gefangen genommenen Nordkoreaner gehörten offenbar zu Spezialkräften.',
      [['zwei', 'captured', 'exact', 2]],
    ],
    [
      'de',
      'Das Video von der Vernehmung zweier nordkoreanischer Kriegsgefangener sorgt in Seoul für Debatte.',
      [['zweier', 'captured', 'exact', 2]],
    ],
    [
      'uk',
      'Україна оприлюднила нові деталі про полонених північнокорейців. Один із двох військових народився 2005 року.',
      [['двох', 'captured', 'exact', 2]],
    ],
    [
      'en',
      'The NIS also says the North Korean prisoners belonged to a group of about 2,500 fighters from the Reconnaissance General Bureau.',
      [['about 2,500', 'deployed_total', 'about', 2500]],
    ],
    [
      'uk',
      'Полонені північнокорейці належали до групи з близько 2,5 тис. бійців Головного розвідувального бюро КНДР.',
      [['близько 2,5 тис.', 'deployed_total', 'about', 2500]],
    ],
    // guards: an hour is still one ("at 2 am"); a scene of a handful of men is still none
    ['en', 'North Korean troops attacked the village at 2 am, the governor said.', []],
    ['ru', 'Под Курском воюют северокорейцы. Пятеро бойцов ночуют в подвале, рассказал местный житель.', []],
  ]);
});

/** Batch 84: German repeats a figure by its value after "die" / "der" too. */
describe('batch 84: a figure repeated after "die"', () => {
  itExtracts([
    [
      'de',
      'Selenskyj sprach in Ramstein von 4000 getöteten oder verwundeten Nordkoreanern. Es sind weniger als die 4000, die er genannt hatte.',
      [
        ['4000', 'casualties_total', 'exact', 4000],
        ['4000', 'casualties_total', 'exact', 4000],
      ],
    ],
    [
      'de',
      'Das nordkoreanische Kontingent zählte 12.000 Mann. Bei diesem Tempo wären die 12.000 bis Mitte April aufgerieben.',
      [
        ['12.000', 'deployed_total', 'exact', 12000],
        ['12.000', 'deployed_total', 'exact', 12000],
      ],
    ],
  ]);
});

/** Batch 84: an answer that opens with whose count it goes by; hundreds in case forms; a question about kin. */
describe('batch 84: answers that name their source first, hundreds in case forms, questions about kin', () => {
  itExtracts([
    [
      'uk',
      'Скільки зараз північнокорейських військових у Курській області? Якщо спиратися на Кирила Буданова, то близько одинадцяти тисяч.',
      [['близько одинадцяти тисяч', 'deployed_total', 'about', 11000]],
    ],
    [
      'uk',
      'Скільки північнокорейців воює в Курській області? Якщо вірити південнокорейській розвідці, близько 15 тисяч, і прибували вони двома хвилями.',
      [['близько 15 тисяч', 'deployed_total', 'about', 15000]],
    ],
    [
      'ru',
      'Весной 2025-го разведка говорила о шестистах погибших северокорейцах, так что рост очень заметный.',
      [['шестистах', 'killed', 'exact', 600]],
    ],
    // guard: a defector's kin are no force
    [
      'de',
      'Die Überläuferin aus Nordkorea erzählt von ihrer Flucht. Und wie viele Verwandte leben noch im Norden? "Sieben, soweit ich weiß."',
      [],
    ],
  ]);
});

/** Batch 84: thousands "of them"; guards: a figure named after "the figure:" or "a similar figure —". */
describe('batch 84: a figure named after its word and a colon or dash; thousands of them', () => {
  itExtracts([
    [
      'ru',
      'Сколько снарядов КНДР передала России? Южнокорейская разведка в конце июня назвала цифру: свыше 10 млн. Через пару недель разведка уточнила оценку.',
      [['свыше 10 млн.', 'munitions', 'more_than', 10000000]],
    ],
    [
      'uk',
      "NIS оцінює кількість військових КНДР у близько 11 тис. Президент Зеленський в інтерв'ю Kyodo назвав схожу цифру — близько 10 тисяч у Росії.",
      [
        ['близько 11 тис.', 'deployed_total', 'about', 11000],
        ['близько 10 тисяч', 'deployed_total', 'about', 10000],
      ],
    ],
    [
      'ru',
      'В ноябре Пентагон сообщил, что в России находятся от 11 до 12 тыс. военных КНДР, из них не менее 10 тыс. — в Курской области.',
      [
        ['от 11 до 12 тыс.', 'deployed_total', 'range', [11000, 12000]],
        ['не менее 10 тыс.', 'deployed_total', 'at_least', 10000],
      ],
    ],
    // guard: a company's men, a dozen of them
    ['ru', 'Северокорейцы воюют рядом. В роте Бора сейчас 46 человек, из них 12 — операторы дронов.', []],
  ]);
});

/** Batch 84: German "von … die Rede": a figure spoken of, its verb after it. */
describe('batch 84: "war von etwa 15.000 die Rede"', () => {
  itExtracts([
    [
      'de',
      'Nordkorea hat demnach rund 13.000 Soldaten nach Russland geschickt. Im Frühjahr war in Seoul noch von etwa 15.000 die Rede gewesen.',
      [
        ['rund 13.000', 'deployed_total', 'about', 13000],
        ['etwa 15.000', 'deployed_total', 'about', 15000],
      ],
    ],
    [
      'de',
      'Der NIS schätzt die Zahl der gefallenen Nordkoreaner auf etwa 2000. Im Frühjahr war noch von mindestens sechshundert die Rede.',
      [
        ['etwa 2000', 'killed', 'about', 2000],
        ['mindestens sechshundert', 'killed', 'at_least', 600],
      ],
    ],
  ]);
});

describe("a share of the force's whole: the whole's number is a count", () => {
  itExtracts([
    [
      'ru',
      'Войска КНДР воевали в Курской области. Даже если в боях участвовала только половина из 12 тысяч, о которых говорит Зеленский, потери огромны.',
      [['12 тысяч', 'deployed_total', 'exact', 12000]],
    ],
    [
      'de',
      'Nordkorea hat Soldaten nach Russland geschickt. Selbst wenn nur die Hälfte der 12.000, von denen Selenskyj sprach, gekämpft hätte, wäre das viel.',
      [['12.000', 'deployed_total', 'exact', 12000]],
    ],
    [
      'en',
      'North Korea sent troops to Kursk. Even if only half of the 12,000 fought, the losses were heavy.',
      [['12,000', 'deployed_total', 'exact', 12000]],
    ],
    // (a share of a whole that is not the force's: Russia's)
    ['en', 'North Korea sent troops. Half of the 300,000 Russian reservists were sent to the front.', []],
  ]);
});

describe('a count named by an estimator over a period ("около 15 тысяч за две ротации"), a neuter verb of writing', () => {
  itExtracts([
    [
      'ru',
      'Так сколько всего северокорейских военных побывало в России?\n\nВ апреле NIS называла около 15 тысяч за две ротации, в сентябре агентство Yonhap писало о 13 тысячах. Это вопрос методики.',
      [
        ['около 15 тысяч', 'deployed_total', 'about', 15000],
        ['13 тысячах', 'deployed_total', 'exact', 13000],
      ],
    ],
    [
      'en',
      'The NIS said about 15,000 North Korean troops had gone to Russia. When Yonhap recapped the story, it used some 13,000 over the same period.',
      [
        ['about 15,000', 'deployed_total', 'about', 15000],
        ['some 13,000', 'deployed_total', 'about', 13000],
      ],
    ],
  ]);
});

describe('a number of the day on its own, said by the paragraph after to be that many of the force', () => {
  itExtracts([
    [
      'de',
      'ZAHL DES TAGES\n\n2.000\n\nSo viele nordkoreanische Soldaten sind nach Schätzung des Geheimdienstes im Krieg Russlands gegen die Ukraine ums Leben gekommen.',
      [['2.000', 'killed', 'exact', 2000]],
    ],
    [
      'ru',
      'ЧИСЛО ДНЯ\n\n2 тысячи\n\nСтолько северокорейских военных погибло, по оценке разведки Южной Кореи.',
      [['2 тысячи', 'killed', 'exact', 2000]],
    ],
    // (that many of someone else, with North Korea named further on)
    ['de', 'ZAHL DES TAGES\n\n2.000\n\nSo viele Besucher kamen zum Stadtfest, Nordkorea war kein Thema.', []],
  ]);
});

describe('the force by its pronoun, then how many of it there are ("їх у Росії не більше 12 тисяч")', () => {
  itExtracts([
    [
      'uk',
      'КНДР відправила війська. Президент казав, що їх у Росії не більше 12 тисяч.',
      [['не більше 12 тисяч', 'deployed_total', 'up_to', 12000]],
    ],
    [
      'ru',
      'КНДР отправила войска. По данным разведки, их там уже около 11 тысяч.',
      [['около 11 тысяч', 'deployed_total', 'about', 11000]],
    ],
  ]);
});

describe('a bare count, then a dash and "such a figure" an estimator gave ("11 тысяч — такую цифру NIS сообщила")', () => {
  itExtracts([
    [
      'ru',
      'КНДР отправила войска в Курскую область. Именно 11 тысяч — такую цифру NIS сообщила депутатам в ноябре 2024 года.',
      [['11 тысяч', 'deployed_total', 'exact', 11000]],
    ],
    [
      'en',
      'North Korea sent troops to Kursk. Exactly 11,000 — the figure the NIS gave lawmakers in November 2024.',
      [['11,000', 'deployed_total', 'exact', 11000]],
    ],
  ]);
});

describe('blind batch 92: "a week earlier" is no weekly rate; a force of N is its size', () => {
  itExtracts([
    [
      'en',
      'The NIS said about 10,000 North Korean troops were in Russia. Zelensky put the number in Kursk at 11,000 a week earlier.',
      [
        ['about 10,000', 'deployed_total', 'about', 10000],
        ['11,000', 'deployed_total', 'exact', 11000],
      ],
    ],
    [
      'en',
      'Seoul says about 4,000 North Koreans were killed or wounded, 1,000 of them dead. That is out of a force of some 11,000.',
      [
        ['about 4,000', 'casualties_total', 'about', 4000],
        ['1,000', 'killed', 'exact', 1000],
        ['some 11,000', 'deployed_total', 'about', 11000],
      ],
    ],
  ]);
});

describe("blind batch 92: the force's future size, a German verb of sending last, a yearly supply said before", () => {
  itExtracts([
    [
      'uk',
      'Розвідка вважає, що до грудня військових КНДР у Росії стане близько 10 тисяч.',
      [['близько 10 тисяч', 'deployed_total', 'about', 10000]],
    ],
    [
      'ru',
      'КНДР отправила в Россию вторую партию военных, и теперь их там в общей сложности порядка 3 тыс.',
      [['порядка 3 тыс.', 'deployed_total', 'about', 3000]],
    ],
    [
      'de',
      'Nordkorea habe rund 1500 Soldaten nach Wladiwostok gebracht, insgesamt wolle Pjöngjang rund 12.000 schicken.',
      [
        ['rund 1500', 'deployed_total', 'about', 1500],
        ['rund 12.000', 'deployed_total', 'about', 12000],
      ],
    ],
    [
      'de',
      'Etwa die Hälfte der Granaten, die Russland verschießt, stammt aus Nordkorea, jährlich rund drei Millionen Stück.',
      [['rund drei Millionen', 'munitions', 'about', 3000000]],
    ],
    // (Russia's own size in the future: no North Korea in its sentence)
    ['uk', 'КНДР відправила війська. До грудня армія Росії стане 1,5 мільйона.', []],
  ]);
});
