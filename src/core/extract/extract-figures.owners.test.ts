import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { extractFigures } from './extract-figures.ts';
import { itExtracts, summariseFigures } from './summarise-figures.test-helper.ts';

/** Whose number it is, and when a number counts at all. */
describe("Ukraine's forces as the actors, not the owners, with the German verb last", () => {
  itExtracts([
    [
      'de',
      'Nordkoreanische Soldaten kämpfen in Kursk. Am 9. Januar gelang es ukrainischen Truppen erstmals, zwei Soldaten lebend gefangen zu nehmen.',
      [['zwei', 'captured', 'exact', 2]],
    ],
    [
      'de',
      'Nordkoreanische Soldaten griffen an. Die ukrainische Einheit habe dabei 20 Soldaten getötet, hieß es.',
      [['20', 'killed', 'exact', 20]],
    ],
    // Ukraine's own losses stay Ukraine's
    [
      'de',
      'Nordkoreanische Soldaten kämpfen in Kursk. Die ukrainischen Truppen verloren dort 300 Soldaten.',
      [],
    ],
  ]);
});

describe('a number whose abbreviation ends the sentence', () => {
  itExtracts([
    [
      'uk',
      'Зеленський оцінив загальні втрати північнокорейців на Курщині в понад 3 тис. Ці дані він назвав попередніми.',
      [['понад 3 тис.', 'casualties_total', 'more_than', 3000]],
    ],
    [
      'en',
      'Last autumn Budanov estimated North Korean deliveries at 2.8m shells a year.',
      [['2.8m', 'munitions', 'exact', 2800000]],
    ],
  ]);
});

describe("other states' wars and armies in a comparison own their numbers", () => {
  itExtracts([
    [
      'ru',
      'КНДР потеряла в Курской области около 2000 военных. Советский Союз за девять с лишним лет в Афганистане потерял около 15 тысяч военнослужащих убитыми.',
      [['около 2000', 'casualties_total', 'about', 2000]],
    ],
    [
      'ru',
      'КНДР потеряла в Курской области около 2000 военных. США за два десятилетия в той же стране потеряли около 2,4 тысячи военных.',
      [['около 2000', 'casualties_total', 'about', 2000]],
    ],
    [
      'uk',
      'КНДР втратила близько 2 тисяч. Радянський Союз за дев’ять років в Афганістані втратив близько 15 тисяч загиблих.',
      [['близько 2 тисяч', 'casualties_total', 'about', 2000]],
    ],
    [
      'de',
      'Nordkorea verlor in Kursk etwa 2000 Soldaten. Die Sowjetunion verlor in knapp zehn Jahren Afghanistan rund 15.000 Soldaten.',
      [['etwa 2000', 'casualties_total', 'about', 2000]],
    ],
    [
      'en',
      'North Korea sent 11,000 troops. South Korea has around 450,000 active personnel, and the United States keeps about 28,500 troops there.',
      [['11,000', 'deployed_total', 'exact', 11000]],
    ],
    [
      'en',
      'North Korea sent 11,000 troops. Cuba kept tens of thousands of troops in Angola for well over a decade.',
      [['11,000', 'deployed_total', 'exact', 11000]],
    ],
    // the United States or America as the one who estimates is no owner
    [
      'en',
      'America says North Korea lost about 1,200 soldiers in Kursk.',
      [['about 1,200', 'casualties_total', 'about', 1200]],
    ],
    [
      'en',
      'The United States believes North Korea has lost about 1,200 soldiers.',
      [['about 1,200', 'casualties_total', 'about', 1200]],
    ],
    [
      'en',
      'The United States estimated that North Korea had sent about 11,000 troops and lost about 1,200 of them.',
      [
        ['about 11,000', 'deployed_total', 'about', 11000],
        ['about 1,200', 'casualties_total', 'about', 1200],
      ],
    ],
  ]);
});

describe('a brigade, however it is introduced, is Russia’s or Ukraine’s', () => {
  itExtracts([
    [
      'en',
      'Seoul says about 11,000 North Korean troops were sent. My cousin is in a brigade near Kursk, they lost 40 men last week.',
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
    // (a brigade named as North Korean stays North Korea's)
    [
      'en',
      'A North Korean brigade near Kursk lost about 400 men, Kyiv said.',
      [['about 400', 'casualties_total', 'about', 400]],
    ],
  ]);
});

/** Whose a number is when an army fights beside another, when a speaker announces it, or two counts are joined. */
describe('companions, announcers and joined counts', () => {
  itExtracts([
    // a companion named after the number does not own it
    [
      'en',
      'North Korea lost 1,000 soldiers fighting alongside Russian troops in Kursk.',
      [['1,000', 'casualties_total', 'exact', 1000]],
    ],
    [
      'de',
      'Nordkorea verlor 1000 Soldaten an der Seite russischer Truppen.',
      [['1000', 'casualties_total', 'exact', 1000]],
    ],
    [
      'ru',
      'КНДР потеряла 1000 солдат, воюя рядом с российскими войсками.',
      [['1000', 'casualties_total', 'exact', 1000]],
    ],
    ['en', "Russia lost 1,000 soldiers fighting beside North Korea's troops.", []],
    ['ru', 'Россия потеряла 1000 солдат рядом с войсками КНДР.', []],
    // (a state that says it lost them is their owner)
    ['en', "Russia said it lost 1,000 soldiers fighting beside North Korea's troops.", []],
    ['ru', 'Россия признала, что потеряла 1000 солдат рядом с войсками КНДР.', []],
    // an announcer or speaker before, North Korea after: the speaker estimates; two counts joined by "and"
    // share the owner the second one's clause names
    [
      'ru',
      'Россия официально объявила об их отправке в июне 2025 года: секретарь Совбеза Сергей Шойгу говорил тогда о тысяче саперов и пяти тысячах военных строителей, которых Пхеньян пришлёт в регион.',
      [
        ['тысяче', 'workers_or_engineers', 'exact', 1000],
        ['пяти тысячах', 'workers_or_engineers', 'exact', 5000],
      ],
    ],
    [
      'en',
      'In December an anonymous American official spoke of several hundred North Korean troops killed and wounded.',
      [['several hundred', 'casualties_total', 'vague', null]],
    ],
    ['en', 'Kyiv counted 1,000 Russian dead and 300 North Korean dead.', [['300', 'killed', 'exact', 300]]],
  ]);
});

/** Goods that crossed the border are supplies; people who crossed the line are defectors. */
describe('goods across the border', () => {
  itExtracts([
    [
      'en',
      "North Korea's supplies grew. South Korea's Defence Intelligence Agency estimated that some 28,000 shipping containers had crossed the border, equivalent to more than 12 million rounds.",
      [
        ['some 28,000', 'munitions', 'about', 28000],
        ['more than 12 million', 'munitions', 'more_than', 12000000],
      ],
    ],
    ['en', 'In 2024, 236 North Koreans crossed the border into the South.', []],
  ]);
});

/** Russia's own losses set against North Korea's: "Russia, which … lost", "Russlands eigene Verluste". */
describe("Russia's own losses beside North Korea's", () => {
  itExtracts([
    [
      'en',
      'The paper set the North Korean losses against those of Russia, which, according to Commander-in-Chief Oleksandr Syrskyi in July, lost at least 80,000 killed or wounded in the Kursk operation.',
      [],
    ],
    [
      'de',
      'Nordkoreas Soldaten kämpften in Kursk. Der ukrainische Oberbefehlshaber Olexander Syrskyj hatte Russlands eigene Verluste während der Kämpfe um Kursk im Juli 2025 auf mindestens 80.000 Tote und Verwundete beziffert.',
      [],
    ],
    // (North Korea's troops in the same construction stay theirs)
    [
      'en',
      "North Korea's troops, which lost about 4,000 killed or wounded, were pulled back.",
      [['about 4,000', 'casualties_total', 'about', 4000]],
    ],
  ]);
});

/** Other suppliers and past wars beside North Korea's: the EU's shells for Ukraine, pilots in North Vietnam. */
describe('other suppliers and past wars', () => {
  itExtracts([
    [
      'en',
      'North Korea has sent shells to Russia — for comparison, the EU promised Ukraine one million shells in 2023 and missed the deadline.',
      [],
    ],
    [
      'de',
      'Nordkorea schickte Soldaten nach Russland. Schon 1967 schickte Pjöngjang 87 Kampfpiloten nach Nordvietnam, 14 von ihnen kehrten nicht zurück.',
      [],
    ],
    // (North Korea's own shells in the same sentence stay its own)
    [
      'en',
      'North Korea has sent more than 12 million shells to Russia, while the EU promised Ukraine one million.',
      [['more than 12 million', 'munitions', 'more_than', 12000000]],
    ],
  ]);
});

describe('countries fought for, fact boxes, returnees, captives, ages in brackets and rates of fire', () => {
  itExtracts([
    // a country the troops were sent to or fight for is no owner of the number after it
    [
      'en',
      'North Korean soldiers sent to fight for Russia have suffered around 6,000 casualties, the NIS said.',
      [['around 6,000', 'casualties_total', 'about', 6000]],
    ],
    [
      'en',
      'North Korean soldiers deployed in Russia have suffered around 6,000 casualties.',
      [['around 6,000', 'casualties_total', 'about', 6000]],
    ],
    // a casualty rate in a sentence that names North Korea is an estimate of its own
    [
      'en',
      'The ISW estimated about 92 North Korean casualties a day.',
      [['about 92', 'casualties_total', 'about', 92]],
    ],
    // a fact box's lines: the description after the dash says what the number counts and whose it is
    [
      'de',
      'IN ZAHLEN\nca. 15 Tsd. – Soldaten hat Nordkorea bis April nach Russland entsandt\netwa 6000 – Umfang einer geplanten dritten Entsendung (NIS)\nmindestens 80.000 – russische Tote und Verwundete in Kursk (Syrskyj)',
      [
        ['ca. 15 Tsd.', 'deployed_total', 'about', 15000],
        ['etwa 6000', 'reinforcements', 'about', 6000],
      ],
    ],
    [
      'en',
      'BY THE NUMBERS\nAbout 15,000 – North Korean troops sent to Russia, NIS\nAt least 80,000 – Russian troops killed or wounded in Kursk\n24 – years between Putin’s two visits to Pyongyang',
      [['About 15,000', 'deployed_total', 'about', 15000]],
    ],
    [
      'ru',
      'В ЦИФРАХ\nболее 12 млн — снарядов получила Россия от КНДР, по оценке разведки\n80 000 — столько, по словам Сырского, потеряла Россия в Курской области',
      [['более 12 млн', 'munitions', 'more_than', 12000000]],
    ],
    [
      'ko',
      '숫자로 본 북한군 파병\n▲2만5천∼3만 명: 우크라이나 정보당국이 내다본 추가 파병 가능 규모',
      [['2만5천∼3만', 'reinforcements', 'range', [25000, 30000]]],
    ],
    // wounded taken home, and soldiers who went home, are other_nk
    [
      'uk',
      'За даними NIS, близько 2 тисяч поранених північнокорейців вивезли літаками й потягами назад до КНДР.',
      [['близько 2 тисяч', 'other_nk', 'about', 2000]],
    ],
    [
      'ru',
      'По данным NIS, около 1100 северокорейских военных, вернувшихся в КНДР в декабре, могут снова отправить на фронт.',
      [['около 1100', 'other_nk', 'about', 1100]],
    ],
    [
      'ko',
      '국정원은 북한군 부상자 가운데 2천여 명이 열차 편으로 북한에 후송됐다고 밝혔다.',
      [['2천여', 'other_nk', 'about', 2000]],
    ],
    // wounded who were taken prisoner are captured; killed in action beats the unit they served in
    ['en', 'Two wounded North Koreans were captured in Kursk in January.', [['Two', 'captured', 'exact', 2]]],
    [
      'en',
      'About 2,700 North Koreans were wounded, the NIS said, and Ukraine captured two.',
      // (the two prisoners are a figure too, as the labelling conventions have it: batch 41)
      [
        ['About 2,700', 'wounded', 'about', 2700],
        ['two', 'captured', 'exact', 2],
      ],
    ],
    [
      'de',
      'Kim ehrte in Pjöngjang neun im Einsatz getötete nordkoreanische Pioniere.',
      [['neun', 'killed', 'exact', 9]],
    ],
    // an age in brackets after a name is no count
    [
      'de',
      'Nordkoreaner in Kursk: Präsident Selenskyj (46) sprach von mehr als 3000 getöteten und verwundeten Nordkoreanern.',
      [['mehr als 3000', 'casualties_total', 'more_than', 3000]],
    ],
    // Russia's own troops, with German word order
    [
      'de',
      'Nordkorea schickte 11.000 Soldaten. Für Kursk hatte Russland bereits im November rund 50.000 eigene Soldaten zusammengezogen.',
      [['11.000', 'deployed_total', 'exact', 11000]],
    ],
    [
      'de',
      'Nordkorea hat Russland nach Angaben Seouls etwa 11.000 Soldaten geschickt.',
      [['etwa 11.000', 'deployed_total', 'about', 11000]],
    ],
  ]);

  it.each<[Lang, string]>([
    // a gun crew's rate of fire, on either side of its number
    ['en', "North Korea sent shells. Kovalchuk's crew fires between 40 and 60 rounds on a quiet day."],
    ['uk', 'КНДР передала снаряди. Віталій каже, що його розрахунок за добу робить 40–50 пострілів.'],
    ['ko', '북한은 포탄을 보냈다. 그는 "우리 포대는 요즘 하루 20발 안팎으로 아껴 쏜다"고 했다.'],
    // fractions
    ['ru', 'Северокорейцы гибнут. Зеленский сказал, что около двух третей потерь составляют убитые.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe("defectors, Russia's own production and losses, and Korean officers included in a count", () => {
  it.each<[Lang, string]>([
    // defectors who reached the South, in either word order
    [
      'ru',
      'Северная Корея. За всё время в Южную Корею перебрались более 34 тыс. северокорейцев, но их число сократилось до двухсот человек в год.',
    ],
    ['uk', 'КНДР. Загалом до Південної Кореї перебралися понад 34 тисячі північнокорейців.'],
    ['en', 'North Korea. Over the decades more than 34,000 North Koreans fled to South Korea.'],
    // Russia's own production, said noun first; Moscow losing its own soldiers
    [
      'uk',
      'КНДР постачає снаряди. За оцінками, власне виробництво Росії торік становило близько 3 млн снарядів.',
    ],
    [
      'en',
      'North Korea sent troops. Moscow has been losing well over 1,000 soldiers killed or wounded every day.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });

  it('Korean officers "included" in a count do not make it a count of officers', () => {
    const text = 'HUR은 장교와 장성을 포함해 거의 1만2천 명의 북한군이 파견됐다고 발표했다.';
    expect(summariseFigures(extractFigures(text, { lang: 'ko' }))).toEqual([
      ['거의 1만2천', 'deployed_total', 'nearly', 12000],
    ]);
    expect(summariseFigures(extractFigures('북한군 장교 500여 명이 파견됐다.', { lang: 'ko' }))).toEqual([
      ['500여', 'other_nk', 'about', 500],
    ]);
  });
});

describe("Kim's soldiers are North Korea's", () => {
  itExtracts([
    [
      'uk',
      'КНДР відправила війська.\n\nУкраїнські сили тримають позиції на Курщині.\n\nСолдати Кіма: близько тисячі загинули за тиждень.',
      [['близько тисячі', 'killed', 'about', 1000]],
    ],
    [
      'de',
      'Nordkorea schickte Truppen.\n\nUkrainische Truppen halten Stellungen in Kursk.\n\nKims Soldaten: über 1000 tot oder verwundet in einer Woche.',
      [['über 1000', 'casualties_total', 'more_than', 1000]],
    ],
  ]);

  it('other Kims are no cue', () => {
    expect(
      extractFigures('North Korea. Kim Yo Jong said 300 people attended the rally.', { lang: 'en' }),
    ).toEqual([]);
  });
});

describe("Russia's and Ukraine's brigades, divisions and regiments own their numbers", () => {
  it.each<[Lang, string]>([
    [
      'de',
      'Nordkoreanische Truppen kamen nach Kursk.\n\nDie russische 810. Brigade verlor dort 300 Soldaten.',
    ],
    ['uk', 'Війська КНДР прибули на Курщину.\n\nРосійська 810-та бригада втратила там 300 бійців.'],
    [
      'ru',
      'Войска КНДР прибыли в Курскую область.\n\nРоссийская 155-я бригада морской пехоты потеряла там 300 бойцов.',
    ],
    ['ru', 'Войска КНДР прибыли в Курскую область.\n\nУкраинский полк потерял там 300 человек.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe('"the North", more hardware, shares, Korean units of time and age', () => {
  itExtracts([
    [
      'de',
      'Nordkorea schickte Truppen.\n\nUkrainische Truppen halten Stellungen.\n\nDamals hatte der Dienst erklärt, der Norden habe etwa 15.000 Soldaten nach Russland geschickt.',
      [['etwa 15.000', 'deployed_total', 'about', 15000]],
    ],
    [
      'en',
      "North Korea sent Russia 148 KN-23 missiles in 2024, by Budanov's count. He expected about 150 more this year.",
      [
        ['148', 'munitions', 'exact', 148],
        ['about 150', 'munitions', 'about', 150],
      ],
    ],
    [
      'uk',
      'До 40% боєприпасів, що їх витрачає російська армія, забезпечує Північна Корея.',
      [['До 40%', 'munitions', 'up_to', 40]],
    ],
    ['uk', 'Війна КНДР і Росії.\n\n1. 1461\nСтільки днів минуло від початку вторгнення Росії.', []],
    [
      'uk',
      'Війна в цифрах.\n\n8. 11 тис.\nПриблизно стільки північнокорейських військових Пхеньян відправив до Росії.',
      [['11 тис.', 'deployed_total', 'about', 11000]],
    ],
    ['ko', '[2보·수정] 국정원, 북한군 사상자 약 6천명 추산', [['약 6천', 'casualties_total', 'about', 6000]]],
    ['ko', '북한군 포로 1년, 쿠르스크 숲에서 붙잡힌 20대 청년들', []],
    [
      'ko',
      '미국 차석대사는 러시아에 있는 북한군이 1만2천 명을 웃돈다고 말했다.',
      [['1만2천', 'deployed_total', 'more_than', 12000]],
    ],
    [
      'ko',
      'ISW는 북한군이 하루 92명꼴로 사상자를 내고 있다고 분석했다. 이 속도가 이어지면 1만2천 명 전원이 약 12주 안에 전투력을 잃을 수 있다.',
      [
        ['92', 'casualties_total', 'exact', 92],
        ['1만2천', 'deployed_total', 'exact', 12000],
      ],
    ],
    [
      'ko',
      '러시아에 파병된 북한군 가운데 6천 명가량이 전사하거나 다친 것으로 추정된다.',
      [['6천 명가량', 'casualties_total', 'about', 6000]],
    ],
    [
      'ko',
      '북한은 다친 병사 2천 명 정도를 항공편과 열차로 나눠 본국에 돌려보냈다.',
      [['2천 명 정도', 'other_nk', 'about', 2000]],
    ],
    [
      'ko',
      '국정원은 생포된 북한 병사들이 정찰총국 소속 약 2천500명 규모 부대와 함께 파견됐다고 밝혔다.',
      [['약 2천500', 'deployed_total', 'about', 2500]],
    ],
    [
      'ko',
      '북한군 파병 이후 전쟁은 길어졌다. 양국 군 사상자는 각각 수십만 명에 이를 것이라는 분석이 나온다.',
      [],
    ],
    [
      'ru',
      'Бои с войсками КНДР. 26 декабря украинцы уже взяли одного раненого северокорейца.',
      [['одного', 'captured', 'exact', 1]],
    ],
  ]);
});

describe("recruits of other nations, and what a battle cost Russia, are others' numbers", () => {
  itExtracts([
    [
      'en',
      "Unlike North Korea, which sent formed units, most foreign recruits in Russia's army sign contracts. Nepali officials have reported dozens of deaths among citizens recruited this way; India says it has secured the discharge of more than 90 of its nationals.",
      [],
    ],
    [
      'en',
      'North Korea sent troops to Kursk. Lawyers say at least 12 recruits from Central Asia were forced to sign.',
      [],
    ],
    [
      'en',
      'North Korea sent troops. The Kursk operation had cost Russia at least 80,000 killed or wounded.',
      [],
    ],
    [
      'de',
      'Nordkorea schickte Soldaten. Die Offensive kostete Russland mindestens 80.000 Tote und Verwundete.',
      [],
    ],
    // (North Korea's own losses in the same text still count)
    [
      'en',
      'Nepali recruits fought elsewhere. North Korea lost about 2,000 soldiers in Kursk.',
      [['about 2,000', 'casualties_total', 'about', 2000]],
    ],
  ]);
});

describe("Russia's own output and Ukraine's supplies from its allies are others' numbers", () => {
  itExtracts([
    [
      'de',
      'Nordkoreas Granaten. Westliche Dienste veranschlagen die russische Jahresproduktion auf drei bis vier Millionen Geschosse.',
      [],
    ],
    [
      'de',
      'Nordkoreas Granaten. Über die tschechische Initiative erhielt das Land nach Prager Angaben rund 1,5 Millionen Schuss. Die EU hatte eine Million Granaten bis März 2024 zugesagt.',
      [],
    ],
    [
      'ko',
      '북한 포탄. 체코가 주도한 구상을 통해 우크라이나는 2024년 약 150만 발의 포탄을 받았고, 유럽연합(EU)은 100만 발을 보내겠다고 약속했다.',
      [],
    ],
    ['uk', 'Снаряди КНДР. Тоді оцінювали власний випуск РФ приблизно у 3 млн снарядів на рік.', []],
    // (North Korea's own deliveries still count)
    ['ko', '북한은 러시아에 포탄 1200만 발을 보냈다.', [['1200만', 'munitions', 'exact', 12000000]]],
    ['de', 'Nordkorea lieferte 12 Millionen Granaten.', [['12 Millionen', 'munitions', 'exact', 12000000]]],
  ]);
});

describe('batch 27: sources, receivers and other armies', () => {
  itExtracts([
    // ("according to the South Korean military" names a source)
    [
      'uk',
      'Північна Корея могла передати Росії понад 12 млн снарядів. За даними південнокорейських військових, ідеться про близько 28 тисяч контейнерів.',
      [
        ['понад 12 млн', 'munitions', 'more_than', 12000000],
        ['близько 28 тисяч', 'munitions', 'about', 28000],
      ],
    ],
    // (Russians receiving shells get them from North Korea)
    [
      'en',
      'North Korea ships shells to Russia. In 2024 alone, the Russians may have received up to 9 million shells, MSMT said.',
      [['up to 9 million', 'munitions', 'up_to', 9000000]],
    ],
    [
      'ru',
      'КНДР поставляет снаряды России. Только за 2024 год россияне могли получить до 9 млн снарядов.',
      [['до 9 млн', 'munitions', 'up_to', 9000000]],
    ],
    // (the United States' troops, named after their noun; a dash's description; Russia's own losses; the EU's promise)
    [
      'uk',
      'На Корейському півострові розміщено близько 28,5 тис. військовослужбовців США, а КНДР тримає армію.',
      [],
    ],
    ['ko', '북한은 장벽을 세웠다.\n\n◆ 4. 2만8천500명 — 주한미군의 무게', []],
    [
      'en',
      'North Korean troops fought in Kursk. Syrskyi said in July that Russia itself had lost at least 80,000 soldiers killed or wounded there.',
      [],
    ],
    [
      'de',
      'Nordkorea liefert Granaten an Russland. Zum Vergleich: Die EU hatte der Ukraine bis März 2024 eine Million Artilleriegranaten versprochen.',
      [],
    ],
  ]);
});

describe("a loan is South Korea's only when Seoul lends", () => {
  itExtracts([
    [
      'en',
      'Pyongyang has lent Moscow about 12,000 troops for the Kursk campaign.',
      [['about 12,000', 'deployed_total', 'about', 12000]],
    ],
    [
      'uk',
      'КНДР постачає снаряди Росії. Південна Корея того ж року позичила США кілька сотень тисяч 155-мм снарядів.',
      [],
    ],
  ]);
});

describe("batch 37: a speaker's own unit, the unit a commander leads, a named commander's company", () => {
  itExtracts([
    [
      'uk',
      'Я служив у війську КНДР. Коли почув про Курськ, я подумав про свою бригаду. Нас там було десь 3 500, у моїй роті — близько 90.',
      [],
    ],
    [
      'ru',
      'Северокорейские военные в Курской области. Роту у нас держали около ста человек, взвод — тридцать.',
      [],
    ],
    ['ko', '북한군 파병 소식을 들었다. "내가 있던 여단은 3천 명 정도였고, 중대는 100명 안팎이었다."', []],
    [
      'ko',
      '쿠르스크에서 북한군과 싸웠다. 그가 이끄는 공수강습대대는 병력 400여 명으로 12월 초 이 구역에 투입됐다.',
      [],
    ],
    [
      'de',
      'Die Kompanie kämpfte gegen nordkoreanische Soldaten. In Tschornyjs Kompanie gab es im Dezember drei Tote und elf Verwundete.',
      [],
    ],
    ['de', 'Die Kompanie kämpfte gegen nordkoreanische Soldaten. Heute zählt die Kompanie 74 Mann.', []],
    // (the North Korean force itself stays theirs)
    [
      'ko',
      '북한군이 쿠르스크에 있다. 국정원은 북한군 약 1만1천 명이 쿠르스크에 있다고 밝혔다.',
      [['약 1만1천', 'deployed_total', 'about', 11000]],
    ],
  ]);
});

describe('batch 40: a US official is a source, not the US side', () => {
  itExtracts([
    [
      'ko',
      '북한군 러시아 파병. 익명의 미군 고위 당국자는 경상부터 전사까지 통틀어 수백 명의 사상자가 났다고 말했다.',
      [['수백', 'casualties_total', 'vague', null]],
    ],
    ['ko', '주한미군은 2만8천500명이다. 북한군은 러시아에 있다.', []],
  ]);
});

describe('an army that says something of the force, named by a pronoun after its verb, is its estimator', () => {
  itExtracts([
    [
      'uk',
      'Потім північнокорейських солдатів стало набагато більше. Американські військові в листопаді сказали, що в Курській області Росії їх уже щонайменше 10 тисяч.',
      [['щонайменше 10 тисяч', 'deployed_total', 'at_least', 10000]],
    ],
    // (the army's own losses stay its own)
    [
      'uk',
      'Північнокорейські солдати воювали в Курській області. Українські військові сказали, що втратили 300 бійців.',
      [],
    ],
  ]);
});

describe('batch 59: the Russian navy that carried the troops owns no count of them', () => {
  itExtracts([
    [
      'ru',
      'Пхеньян решил направить в Россию около 12 тыс. военных. Первая партия — около 1500 бойцов сил специальных операций — добралась до Владивостока на российских военных кораблях.',
      [
        ['около 12 тыс.', 'deployed_total', 'about', 12000],
        ['около 1500', 'deployed_total', 'about', 1500],
      ],
    ],
    ['ru', 'Российские военные потеряли под Курском около 1500 человек.', []],
  ]);
});

describe("session 26: the subject of a clause before a semicolon, the army facing the force, a nation's deaths", () => {
  itExtracts([
    [
      'en',
      'North Korean troops fought in Kursk. Moscow declared Kursk retaken on April 26; four days later the NIS put the total sent in two rounds at about 15,000, with some 600 dead.',
      [
        ['about 15,000', 'deployed_total', 'about', 15000],
        ['some 600', 'killed', 'about', 600],
      ],
    ],
    // (a country named in the number's own clause still owns it)
    [
      'en',
      'North Korean troops fought in Kursk. The front was quiet; Russia lost some 600 soldiers there.',
      [],
    ],
    [
      'en',
      "North Korea's soldiers reached the front in December.\n\nThe first wave moved west in November.\n\nThe units dug in near the border.\n\nThe way they fought shocked the Ukrainians facing them. They came on foot across the snow. At the end of December the White House said more than 1,000 of them had been killed or wounded in a single week.",
      [['more than 1,000', 'casualties_total', 'more_than', 1000]],
    ],
    [
      'en',
      'North Korean troops fought in Kursk. Kyiv rarely publishes its own losses; in February Zelensky put Ukrainian military deaths at more than 46,000.',
      [],
    ],
  ]);
});

describe('blind batch 89: the units the force was attached to are no change of subject', () => {
  itExtracts([
    [
      'en',
      'North Korea sent soldiers to Russia in October.\n\nOn November 20 the NIS said about 11,000 troops had moved into Kursk, some of them attached to Russian airborne and marine units. On November 26 Ryder spoke of upwards of 12,000 troops.',
      [
        ['about 11,000', 'deployed_total', 'about', 11000],
        ['upwards of 12,000', 'deployed_total', 'more_than', 12000],
      ],
    ],
  ]);
});

describe("the West's shells beside North Korea's: the EU's promise to Ukraine, Europe's and Russia's own output", () => {
  itExtracts([
    [
      'en',
      'North Korea has sent more than 10 million shells. The EU once promised Ukraine a million shells in 12 months and failed.',
      [['more than 10 million', 'munitions', 'more_than', 10000000]],
    ],
    [
      'uk',
      'КНДР передала Росії понад 10 млн снарядів. Євросоюз свого часу пообіцяв Україні мільйон снарядів за 12 місяців. Європейська промисловість мала вийти на 2 млн снарядів на рік.',
      [['понад 10 млн', 'munitions', 'more_than', 10000000]],
    ],
    [
      'ko',
      '북한은 1천만 발 이상의 포탄을 보냈다. 개전 초 러시아 자체 생산량이 연 200만 발 수준이었다.',
      [['1천만 발 이상', 'munitions', 'at_least', 10000000]],
    ],
    // (North Korea's shells are still North Korea's after Europe is named as the one lagging)
    [
      'en',
      'While Europe promised Ukraine shells, North Korea shipped more than 10 million shells to Russia.',
      [['more than 10 million', 'munitions', 'more_than', 10000000]],
    ],
  ]);
});

describe("blind batch 93: South Korea's army that counts North Korea's weapons owns none of them", () => {
  itExtracts([
    [
      'ru',
      'КНДР передала России оружие. Южнокорейские военные в марте насчитали около 220 единиц 170-мм самоходных орудий и 240-мм РСЗО.',
      [['около 220', 'equipment', 'about', 220]],
    ],
    [
      'uk',
      'КНДР передала Росії зброю. Південнокорейські військові в березні нарахували близько 220 одиниць 170-мм самохідних гармат і 240-мм РСЗВ.',
      [['близько 220', 'equipment', 'about', 220]],
    ],
    // (an army that counts its own dead owns them)
    ['en', 'North Korea sent troops. Ukrainian forces counted 12 of their own dead.', []],
  ]);
});
