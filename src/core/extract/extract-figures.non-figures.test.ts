import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { extractFigures } from './extract-figures.ts';
import { itExtracts, summariseFigures } from './summarise-figures.test-helper.ts';

/** Numbers in texts about North Korea's troops that count something else. */
describe('non-figures in diplomatic and parade reports', () => {
  it.each<[Lang, string]>([
    // seats of the UN Security Council
    [
      'en',
      'North Korea sent troops to Russia; Russia and China, two of the five permanent members, blocked a statement.',
    ],
    [
      'ru',
      'КНДР направила войска в Россию. За проект тогда проголосовали 13 из 15 членов Совета Безопасности.',
    ],
    ['uk', 'КНДР відправила війська до Росії, а Радбез ООН, 15 членів Ради безпеки, мовчить.'],
    ['ko', '북한군 파병 이후 출범한 MSMT는 안보리 15개 이사국의 공식 기구는 아니다.'],
    // parts of a thing
    [
      'en',
      'North Korea, which has sent troops to Russia, paraded its new missile on a giant 11-axle launcher.',
    ],
    // "one another"
    ['uk', "Договір з КНДР зобов'язує сторони надати одна одній військову допомогу."],
    [
      'ru',
      'Договор с КНДР обязывает стороны оказывать друг другу военную помощь; один другому обязан помочь.',
    ],
    // defectors who reached the South
    ['ru', 'Всего на Юг перебрались более 34 тыс. северокорейцев, но военных среди них единицы.'],
    ['en', 'Only 236 North Koreans reached the South last year, far below the 2,914 of 2009.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe("North Korea's own army and the places near the front", () => {
  it.each<[Lang, string]>([
    // the home army's inventory as a white paper counts it
    [
      'ru',
      'Армия КНДР, воюющей на стороне России, огромна. На вооружении, согласно «Белой книге» Сеула, состоят около 4300 танков и примерно 8800 артиллерийских орудий.',
    ],
    [
      'ko',
      '국방백서에 따르면 러시아에 파병한 북한군의 상비 병력은 약 128만 명이다. 전차는 4300여 대, 야포는 8800여 문, 방사포는 5500여 문으로 추산된다.',
    ],
    // an area
    ['uk', 'Північнокорейці воювали в Курській області, площа якої становить близько 30 тис. кв. км.'],
    // residents of a village and the bombs that hit it
    ['ko', '북한군이 싸운 쿠르스크의 한 마을. 전쟁 전 300여 명이 살던 이 마을에는 지금 40명 남짓만 남았다.'],
    ['ko', '북한군이 머물던 마을의 우체국 건물은 지난해 가을 활공폭탄 2발을 맞아 절반이 무너졌다.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe('scenes of a report and parades', () => {
  it.each<[Lang, string]>([
    [
      'ru',
      'Северокорейцы атаковали позиции у Плехово. Пятеро бойцов ночуют в подвале среди банок с консервацией.',
    ],
    [
      'uk',
      'КНДР відзначила ювілей партії. Маршем площею пройшли тисячі військових, проїхали колони з танками.',
    ],
    ['en', 'North Korea marked the anniversary with a parade in which thousands of soldiers marched.'],
    // the parade ground names the parade
    [
      'de',
      'Nordkorea feierte. Am späten Freitagabend marschierten Tausende Soldaten über den Kim-Il-Sung-Platz.',
    ],
    ['en', 'North Korea celebrated. Thousands of soldiers marched across Kim Il Sung Square.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });

  it.each<[Lang, string, [string, string]]>([
    // small groups to whom something happened, and generals, are still figures
    ['ru', 'Украинские военные взяли в плен двоих северокорейцев.', ['двоих', 'captured']],
    ['uk', 'Контингентом КНДР командують троє генералів.', ['троє', 'other_nk']],
  ])('%s: %s', (lang, text, [figure, metric]) => {
    expect(extractFigures(text, { lang }).map((f) => [f.text, f.metric])).toEqual([[figure, metric]]);
  });
});

describe('things counted with 개 and people on sanctions lists', () => {
  it.each<[Lang, string]>([
    ['ko', '북한군 파병 소식에 고려인 마을도 술렁였다. 할머니는 "올해는 목도리 120개가 목표"라며 웃었다.'],
    ['ko', '북한군 포로를 다룬 다큐멘터리는 오는 21일 전국 34개 관에서 개봉한다.'],
    [
      'ko',
      '정부가 북한과 러시아 간 무기 거래에 관여한 개인 9명과 기관 14곳을 제재했다. 개인은 북한 국적 6명, 러시아 국적 3명이다.',
    ],
    [
      'de',
      'Nordkorea liefert Granaten. Die Kommission verwies darauf, dass 17 der gelisteten Schiffe keinen Hafen anliefen.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });

  it('containers named after 개 still count', () => {
    const text = '북한에서 러시아로 2만 개 넘는 컨테이너가 건너갔다고 보고서는 밝혔다.';
    expect(extractFigures(text, { lang: 'ko' }).map((f) => [f.text, f.metric])).toEqual([
      ['2만 개 넘는', 'munitions'],
    ]);
  });
});

describe('ratings, addresses, food kits, holidaymakers, rounding', () => {
  it.each<[Lang, string]>([
    ['ru', 'Фильм о северокорейских военных. Рейтинг редакции: 8 из 10.'],
    [
      'en',
      'North Korean troops were seen near the village, says Halyna, 67, who keeps the shop at number 14 with her son.',
    ],
    ['de', 'Nordkoreas Soldaten kämpften nahe Sumy. In der Industriestraße 14 stehen zwei Sprinter.'],
    ['uk', 'Північнокорейці воювали поруч. Волонтерський хаб щотижня видає близько 350 продуктових наборів.'],
    ['ru', 'КНДР, отправившая войска в Россию, открыла курорт почти на 20 тыс. отдыхающих.'],
    ['ru', 'НИС оценивает потери КНДР формулой «весьма вероятно» и округляет до тысяч.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe('two years, temperatures and periods of more than N years', () => {
  itExtracts([
    [
      'en',
      'North Korea sent 11,000 troops. South Korea itself rotated some 320,000 soldiers through Vietnam between 1964 and 1973.',
      [['11,000', 'deployed_total', 'exact', 11000]],
    ],
    // (a range of counts that look like years is still a count when its noun follows)
    [
      'en',
      'North Korea sent between 1900 and 2000 soldiers to Russia.',
      [['between 1900 and 2000', 'deployed_total', 'range', [1900, 2000]]],
    ],
    [
      'uk',
      'Північнокорейські військові зазнали втрат. Штурмувати лісосмуги взимку, при мінус п’ятнадцяти, з такими втратами.',
      [],
    ],
    [
      'ru',
      'Северокорейские войска несут потери. Штурмовать лесополосы зимой при минус пятнадцати тяжело.',
      [],
    ],
    [
      'ru',
      'КНДР потеряла около 2000 военных, а другая армия за девять с лишним лет потеряла больше.',
      [['около 2000', 'casualties_total', 'about', 2000]],
    ],
  ]);
});

describe("the home army's strength by branch after its white-paper total", () => {
  itExtracts([
    [
      'ko',
      '국방백서에 따르면 북한군 상비병력은 약 128만 명이다. 육군 110만 명, 해군 6만 명, 공군 11만 명, 전략군 1만 명으로 구성된다.',
      [],
    ],
    [
      'en',
      "According to the defence white paper, North Korea's standing army numbers about 1.28 million. The navy has 60,000 sailors and the air force 110,000 airmen.",
      [],
    ],
    // (a deployment said next to it stays a figure)
    [
      'ko',
      '국방백서에 따르면 북한군 상비병력은 약 128만 명이다. 이 가운데 1만1천여 명이 러시아에 파병됐다.',
      [['1만1천여', 'deployed_total', 'about', 11000]],
    ],
  ]);
});

/** Rates ("one in three"), shares of an economy, and a gallery's slide counters. */
describe('rates, shares of the economy and slide counters', () => {
  itExtracts([
    ['en', 'That would imply that roughly one in three North Korean casualties was fatal.', []],
    // (the second number of a rate after the first's noun)
    [
      'en',
      'North Korean troops suffered. So somewhere between one soldier in three and one in two is out of action.',
      [],
    ],
    [
      'en',
      'North Korea lost about 4,000 men, four out of every ten soldiers it sent.',
      [['about 4,000', 'casualties_total', 'about', 4000]],
    ],
    [
      'de',
      'Von den Nordkoreanern in Kursk fiel nach britischer Rechnung etwa einer von drei Verwundeten.',
      [],
    ],
    ['de', 'Einer von zwei gefangenen Nordkoreanern will in den Süden.', [['zwei', 'captured', 'exact', 2]]],
    // the people of a scene: "the three men" of a photograph (but "the two" POWs, who were captured, count)
    [
      'de',
      'Kim Jong Un stand bei der Parade neben Putin und Xi Jinping. Das Bild der drei Männer ging um die Welt.',
      [],
    ],
    [
      'en',
      "Kim stood next to Putin and Xi Jinping, and North Korea's troops were praised. The picture of the three men went around the world.",
      [],
    ],
    [
      'en',
      'North Korea sent troops. The two men were captured in January.',
      [['two', 'captured', 'exact', 2]],
    ],
    ['ko', '영국 측은 북한군 사상자 가운데 대략 세 명 중 한 명이 전사한 것으로 봤다.', []],
    ['ko', '파병 북한군 인원 열 명 가운데 네 명꼴이 죽거나 다친 셈이다.', []],
    // (so many a day is a count)
    [
      'ko',
      'ISW는 북한군이 하루 약 92명꼴로 사상자를 내고 있다고 분석했다.',
      [['약 92', 'casualties_total', 'about', 92]],
    ],
    [
      'en',
      "As North Korea's troops fought in Kursk, Moscow's defence spending reached around 6 per cent of GDP.",
      [],
    ],
    [
      'de',
      'Während Nordkoreas Soldaten in Kursk kämpften, stiegen Russlands Militärausgaben auf 6 Prozent des BIP.',
      [],
    ],
    [
      'en',
      'Photo: KCNA via Reuters\n\n3 / 11\nFellow soldiers carry portraits of the nine North Korean engineers who died during the mission.',
      [['nine', 'killed', 'exact', 9]],
    ],
    [
      'ru',
      'Фото: ЦТАК / Reuters\n\n6 / 12\nСтроительная площадка мемориального музея северокорейских военных в Пхеньяне.',
      [],
    ],
  ]);
});

/** Local life beside the troops in a regional story: residents, pupils, students, patients. */
describe('local people in a regional story', () => {
  itExtracts([
    [
      'ru',
      'Северокорейские саперы работали у села всю осень. Сейчас жилыми стали 46 домов, в селе прописаны 112 человек.',
      [],
    ],
    [
      'ko',
      '북한군이 쿠르스크에 파병된 뒤 마을 분위기도 달라졌다. 학생이라고 해봐야 47명뿐인 작은 학교다.',
      [],
    ],
    ['ko', '북한군 파병 소식에 고려인 마을도 술렁였다. 한국어 수업 수강생은 모두 14명이다.', []],
    [
      'en',
      'North Korean troops were seen near the border. The village school still has 23 pupils and the clinic sees 40 patients a week.',
      [],
    ],
  ]);
});

/** A year after a part of the year ("Anfang 2025", "the winter of 2024", "в начале 2025"). */
describe('years after a part of the year', () => {
  itExtracts([
    [
      'de',
      'Die ersten Nordkoreaner kamen im Oktober 2024 über Wladiwostok. Anfang 2025 folgten Ersatzkräfte.',
      [],
    ],
    ['en', '"In the winter of 2024 everyone said the North Koreans were coming."', []],
    ['en', 'Early 2025 North Korea sent more troops.', []],
    ['ru', 'В начале 2025 КНДР прислала подкрепление.', []],
    // (a hedged count is a count)
    [
      'en',
      'North Korea sent about 2000 more troops early this year.',
      [['about 2000', 'reinforcements', 'about', 2000]],
    ],
  ]);
});

/** Changes by a share, ratios, axes from zero, scores, letters, and North Korea's news at home. */
describe('changes, ratios, chart axes, scores and domestic news', () => {
  itExtracts([
    [
      'de',
      'Die Zahl der nordkoreanischen Toten stieg kräftig – ein Plus von rund 230 Prozent binnen fünf Monaten.',
      [],
    ],
    ['ru', 'По оценке НИС общие потери КНДР выросли примерно на 28%, а доля почти не изменилась.', []],
    ['en', 'North Korean casualties rose by less than 28% over the following ten months.', []],
    ['en', "For North Korea's troops, the February 2026 numbers imply a ratio of about 2.0.", []],
    [
      'uk',
      'Співвідношення поранених і загиблих військових КНДР у квітневій оцінці було приблизно 7 : 1.',
      [],
    ],
    ['en', "Chart: North Korea's losses. Vertical axis: killed and wounded, in thousands (0–7).", []],
    ['en', "North Korea's under-20 team beat Japan 1–0 in Bogotá.", []],
    ['ru', 'За последний месяц в редакцию пришло больше 60 писем с вопросами о северокорейских военных.', []],
    ['ko', '통신에 따르면 평양시 청년돌격대원 수천 명이 밤낮으로 북한 현장에 투입됐다.', []],
    ['ko', '합동참모본부는 북한이 동해상으로 단거리 탄도미사일 2발을 쐈다고 밝혔다.', []],
    ['uk', 'Північнокорейський курорт відвідали лише кілька груп із Росії по кілька десятків осіб.', []],
    // (a share of the force lost is still one)
    [
      'ko',
      '누적 파병 규모 약 1만5천 명을 분모로 쓰면 북한군 사상자 비율은 31% 안팎으로 내려간다.',
      [
        ['약 1만5천', 'deployed_total', 'about', 15000],
        ['31% 안팎', 'casualties_total', 'about', 31],
      ],
    ],
  ]);
});

/** Threads, reports and briefings: post and section numbers, notes glued to a sentence, scores, other armies. */
describe('post numbers, section numbers, glued notes, scores and other armies', () => {
  itExtracts([
    ['de', 'OSINT-Bilanz zu Nordkoreas Soldaten in Kursk.\n4/ 9. Januar 2025: Ukraine meldet Gefangene.', []],
    ['ko', '밀리터리 노트 @milnote_kr\n6/ 국정원은 북한군 파병 현황을 국회 정보위에 보고했다.', []],
    [
      'de',
      'Nordkoreas Beitrag zu Russlands Krieg.\n\n2.3 Munition und Gerät\n\nGewichtiger als die Truppen sind die Lieferungen.',
      [],
    ],
    ['ko', '북한군 파병 규모 추정치는 기관마다 다르다. <표 2> 주요 기관별 북한군 파병 규모 추정치', []],
    [
      'en',
      "North Korea's troops were pulled back in February to make good the losses of the winter.9 By the end of April the NIS put the total sent at about 15,000 across two deployments.",
      [['about 15,000', 'deployed_total', 'about', 15000]],
    ],
    ['en', 'North Korean troops left Kursk. In the NBA, the Celtics lost 112–104 to the Knicks.', []],
    [
      'de',
      'In Peking marschieren heute neben Kim Jong Un mehr als 10.000 chinesische Soldaten über den Platz.',
      [],
    ],
    [
      'en',
      "Beside North Korea's troops, Spain's Blue Division rotated some 45,000 men through the Eastern Front and lost nearly 5,000 of them.",
      [],
    ],
    ['de', 'Im Jahr 2022 feuerte Nordkorea mehr als 70 ballistische Raketen ab, so viele wie nie zuvor.', []],
    [
      'en',
      'In 2022, when the North fired more than 60 ballistic missiles, Seoul expanded its arms exports.',
      [],
    ],
    [
      'en',
      "North Korea's troops fought in Kursk at a time when Russia itself was losing well over 1,000 men a day.",
      [],
    ],
    [
      'en',
      'Russian commanders had concentrated something like 50,000 of their own troops beside the North Koreans.',
      [],
    ],
    ['en', 'North Korea sent troops, as relayed by two members of the committee.', []],
    ['ko', '북한군 파병 1년. 수능 지원자는 55만4천여 명으로 지난해보다 3만 명 넘게 늘었습니다.', []],
    ['en', 'North Korea sent troops to Russia. Hanwha plans to hire another 1,500 workers by 2027.', []],
  ]);
});

describe('extractFigures never reports non-figures', () => {
  it.each<[Lang, string]>([
    ['en', 'Russia has lost more than 30,000 soldiers in Kursk since August, while North Korea watched.'],
    ['en', 'North Korea test-fired a KN-23 and showed its 170-mm guns on 12 March 2025 at 10:30.'],
    ['en', 'North Korea keeps an army of about 1.2 million active-duty soldiers.'],
    ['en', 'About 34,000 North Korean defectors have resettled in the South since 1998.'],
    ['en', 'North Korea paid $800 a month to each of its workers for 3 years.'],
    ['uk', 'Росія втратила понад 20 тисяч військових, повідомили в ЗСУ; КНДР мовчить.'],
    ['ru', 'Российские потери под Курском превысили 40 тысяч военных, а КНДР молчит.'],
    ['de', 'Nordkorea feierte am 24. Oktober 2024 den 80. Jahrestag; Russland verlor 1.500 Soldaten am Tag.'],
    ['ko', '러시아군은 하루 1천500명의 병력을 잃고 있다고 북한 매체가 2024년 12월 보도했다.'],
    ['en', 'South Korea sent 19,000 troops to the drills.'],
    ['en', 'North Korea fired 10 ballistic missiles into the sea during a drill, Seoul said.'],
    [
      'en',
      'Kim Jong Un met Russian officials in Pyongyang.\n\nGermany pledged 4 more Patriot systems, and 3,000 people attended a rally.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe('more non-figures: ages, dotted dates, treaty articles, fractions, waves, houses, Russia losing', () => {
  it.each<[Lang, string]>([
    ['en', 'North Korean troops are in Kursk. The captured men, aged 19 and 27, spoke to reporters.'],
    ['uk', 'Військові КНДР воюють на Курщині. Звіт NIS від 30.04.2025 згадує про бої.'],
    ['ru', 'Договор России и КНДР из 23 статей вступил в силу в декабре.'],
    ['ko', '북한과 러시아의 조약은 모두 23개 조로 되어 있다.'],
    ['ko', '북한군 병력의 3분의 2가량이 전선에 배치됐다고 한다.'],
    ['de', 'Nordkorea hat seine Soldaten in zwei Schüben nach Russland geschickt.'],
    [
      'de',
      'Nordkoreanische Truppen kämpfen in Kursk. In Sumy wurden zwei Wohnhäuser beschädigt, Verletzte gab es nicht.',
    ],
    [
      'de',
      'Nordkoreanische Soldaten stehen in Kursk. An manchen Tagen verliert Russland mehr als 1000 Soldaten.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });

  it('a location on the Russian side of the border does not end the carry-over of North Korea', () => {
    const text =
      'About 10,000 North Korean troops are stationed near the border.\n\n' +
      'They guard positions on the Russian side of the border.\n\n' +
      'Around 5,000 military builders are expected to follow.';
    expect(summariseFigures(extractFigures(text, { lang: 'en' })).map((w) => w[0])).toEqual([
      'About 10,000',
      'Around 5,000',
    ]);
  });
});

describe('front pages, tickers and bulletins: local news beside the story, and the figures among it', () => {
  it.each<[Lang, string]>([
    // local news next to a story about the troops: shelling, strikes on cities, evacuations, markets
    [
      'en',
      'North Korean soldiers fought in Kursk.\n\nFamine spreads south as 63 killed in strikes on the city, health ministry says.',
    ],
    [
      'ru',
      'Военные КНДР воюют под Курском.\n\nУдар по Харькову: 2 погибших, 19 раненых, повреждены 14 многоэтажек.',
    ],
    ['uk', 'Військові КНДР на Курщині.\n\nСумщина: за добу 83 обстріли, поранено двох цивільних.'],
    [
      'ru',
      'Военные КНДР воюют под Курском.\n\nМосбиржа закрылась в минусе: индекс потерял 1,2%, до 2 781 пункта.',
    ],
    ['uk', 'Військові КНДР на Курщині.\n\nЗ початку року з прикордоння виїхали 312 людей, з них 41 дитина.'],
    [
      'ko',
      '북한군이 러시아에 있다. 러시아 관광객은 1천500명을 넘었고 외래환자 1천 명당 12.1명이다. 전문가 3명에게 물었다.',
    ],
    [
      'ko',
      '북한군이 러시아에 있다. 반세기 전 한국은 베트남에 32만 명 넘는 장병을 보냈고, 그중 5천 명 넘게 돌아오지 못했다.',
    ],
    ['de', 'Nordkorea unterstützt Russland seit dem Herbst 2024 auch mit Kampftruppen.'],
    [
      'de',
      'Nordkoreas Truppen in Kursk. Zum Vergleich: Für die russische Seite nannte Syrskyj mindestens 80.000 Tote und Verwundete.',
    ],
    ['uk', 'Військові КНДР на Курщині. Поранено 64-річного чоловіка.'],
    ['ru', 'Солдаты КНДР в плену; по данным СБУ, оба служили в разведке.'],
    ['en', 'North Korean troops in Kursk.\n\nMISREADING 1: "lost" is not "killed".'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });

  itExtracts([
    [
      'ko',
      '국정원은 북한군 군 건설 병력 5천여 명이 9월부터 러시아로 이동했다고 밝혔다.',
      [['5천여', 'workers_or_engineers', 'about', 5000]],
    ],
    [
      'ko',
      '국정원은 북한이 공병과 병력 등 6천여 명을 추가로 보낼 것이라고 밝혔다.',
      [['6천여', 'reinforcements', 'about', 6000]],
    ],
    [
      'ko',
      '지난해 12월 북한으로 돌아간 북한군 1천100여 명이 다시 전선에 투입될 수 있다.',
      [['1천100여', 'other_nk', 'about', 1100]],
    ],
    [
      'uk',
      'Кирило Буданов говорив про «майже 11 тисяч» піхотинців КНДР.',
      [['майже 11 тисяч', 'deployed_total', 'nearly', 11000]],
    ],
    [
      'uk',
      'У Курській області — близько 11 тисяч військових КНДР, з них приблизно тисяча — інженерні війська.',
      [
        ['близько 11 тисяч', 'deployed_total', 'about', 11000],
        ['приблизно тисяча', 'workers_or_engineers', 'about', 1000],
      ],
    ],
    [
      'uk',
      'За даними розвідки, десь 10 тисяч військових КНДР воюють на Курщині.',
      [['десь 10 тисяч', 'deployed_total', 'about', 10000]],
    ],
    [
      'ru',
      'Потери КНДР перевалили за 6 тысяч убитыми и ранеными.',
      [['6 тысяч', 'casualties_total', 'more_than', 6000]],
    ],
    [
      'ru',
      'Белый дом говорил о не менее чем 3 тысячах военных КНДР.',
      [['не менее чем 3 тысячах', 'deployed_total', 'at_least', 3000]],
    ],
    [
      'ru',
      'Ким Чен Ын почтил саперов КНДР: девятерых погибших назвали героями.',
      [['девятерых', 'killed', 'exact', 9]],
    ],
    [
      'en',
      'North Korea sent 10,000 troops in autumn 2024. In the summer 2,000 more North Korean soldiers arrived.',
      [
        ['10,000', 'deployed_total', 'exact', 10000],
        ['2,000', 'reinforcements', 'exact', 2000],
      ],
    ],
    [
      'en',
      'North Korean troops in Kursk • KOSPI ends week at 4,167 • About 2,000 North Korean soldiers killed, NIS says',
      [['About 2,000', 'killed', 'about', 2000]],
    ],
  ]);
});

describe('hours and distant disasters are no figures', () => {
  it.each<[Lang, string]>([
    ['en', 'North Korean troops in Kursk. Watch the full report on Pacific 8 News at 6 and 11.'],
    [
      'en',
      'North Korean troops in Kursk.\n\nFamine spreads south as 63 killed in strikes, health ministry says.',
    ],
    ['de', 'Nordkoreanische Soldaten in Kursk. Die Sendung läuft um 18 Uhr.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe('live blogs, digests and interviews: production, air raids, ages and day counts; rounded counts', () => {
  it.each<[Lang, string]>([
    [
      'en',
      "North Korea sends shells. Russia's own factories, by Western estimates, turn out around 3 million shells a year.",
    ],
    ['ru', 'КНДР поставляет снаряды. По западным оценкам, российские заводы дают 3–4 млн снарядов в год.'],
    [
      'de',
      'Nordkoreanische Soldaten in Kursk. In der Nacht wurde Kiew mit 440 Drohnen und 32 Raketen angegriffen.',
    ],
    ['uk', 'Військові КНДР на Курщині. Уночі 72 шахеди та 3 ракети Х-59; сили ППО збили 47 дронів.'],
    ['uk', 'Військові КНДР у полоні. Полоненим 20 і 26 років.'],
    ['en', 'North Korean troops in Kursk. OUR TALLY: Day 1,039 of the full-scale invasion.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });

  itExtracts([
    [
      'ru',
      'Первый контингент КНДР — округлённо 11 тысяч военных.',
      [['округлённо 11 тысяч', 'deployed_total', 'about', 11000]],
    ],
    [
      'uk',
      'Військові КНДР прибули: у Росії їх уже приблизно 3 тисячі.',
      [['приблизно 3 тисячі', 'deployed_total', 'about', 3000]],
    ],
  ]);
});

describe('non-figures: the size of the army, defectors, tourists, dates and unit numbers', () => {
  it.each<[Lang, string]>([
    ['en', "North Korea's army is one of the world's largest armed forces."],
    ['en', 'North Korean defectors: the ministry counted 236 North Koreans arriving in the South in 2024.'],
    ['uk', 'У серпні 2024-го один північнокорейський солдат перейшов лінію розмежування.'],
    [
      'uk',
      'Військові КНДР на Курщині. Тим часом Вонсан прийняв першу групу туристів із Росії — кілька десятків осіб.',
    ],
    ['uk', 'Військові КНДР на Курщині. Серпень 2025 — початок розмінування.'],
    ['ko', '러시아 관광업계에 따르면 지난해 북한을 찾은 러시아인은 1천500명 안팎이었다.'],
    ['ko', '국방백서는 북한 정규군을 약 128만 명, 특수작전군을 약 20만 명으로 추정한다.'],
    ['ko', '북한군이 러시아에 있다. 2019년 나포된 북한 선원 2명이 강제 북송됐다.'],
    ['ko', '북한군이 쿠르스크에 있다. 2025년 8월 528공병연대가 투입됐다.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });

  it('still counts one soldier', () => {
    expect(
      summariseFigures(extractFigures('North Korea lost one soldier in Kursk.', { lang: 'en' })),
    ).toEqual([['one', 'casualties_total', 'exact', 1]]);
  });
});

describe('words of local news match whole words only', () => {
  it('"оппозиция" holds "ппо" but is no air-defence report', () => {
    const text = 'Военные КНДР воюют в Курской области. Оппозиция насчитала 300 погибших военных.';
    expect(summariseFigures(extractFigures(text, { lang: 'ru' }))).toEqual([['300', 'killed', 'exact', 300]]);
  });
});

describe('timeline entries, a month after a number, bare quantifiers, changes in percent and survey respondents', () => {
  itExtracts([
    [
      'en',
      '9 January 2025 – Ukrainian forces capture two wounded North Korean soldiers in Kursk Oblast.',
      [['two', 'captured', 'exact', 2]],
    ],
    [
      'en',
      '3 October 2024 – A missile strike near occupied Donetsk kills six North Korean officers.',
      [['six', 'killed', 'exact', 6]],
    ],
    // a month after a number bigger than a day is no date
    [
      'en',
      'North Korean losses passed 6,000 Aug 2025 - Kim honours the dead',
      [['6,000', 'casualties_total', 'more_than', 6000]],
    ],
    // a bare quantifier with a verb after it still counts
    ['en', 'North Korea sent troops. Several were killed.', [['Several', 'killed', 'vague', null]]],
  ]);

  it.each<[Lang, string]>([
    // a bare quantifier before a noun that is not ours
    [
      'de',
      'Nordkorea schickte Soldaten. Die Angaben sind kaum vergleichbar, da einige Stellen nur Getötete zählen.',
    ],
    // a change in percent
    ['en', "North Korea fired missiles. South Korea's won falls 0.6% after Pyongyang missile launch."],
    // a survey's respondents
    ['ko', '북한군 파병 1년. 한 연구기관이 지난달 성인 1천 명을 상대로 한 조사에서 61%가 반대했다.'],
  ])('%s: %s', (lang, text) => {
    expect(extractFigures(text, { lang })).toEqual([]);
  });
});

describe('words of residence name residents, not "live" coverage', () => {
  it('a live blog line keeps its figure', () => {
    const text = 'North Korea sent troops to Russia. LIVE updates: about 300 were killed, Seoul says.';
    expect(summariseFigures(extractFigures(text, { lang: 'en' }))).toEqual([
      ['about 300', 'killed', 'about', 300],
    ]);
  });
});

describe("numbers that are no figures: Russia's own troops, squads, a brigade's wounded, the home army, polling stations", () => {
  itExtracts([
    [
      'de',
      'Nordkorea schickte 11.000 Soldaten. Zum Vergleich: Russland hatte nach US-Angaben rund 50.000 eigene Soldaten zusammengezogen.',
      [['11.000', 'deployed_total', 'exact', 11000]],
    ],
    [
      'de',
      'Nordkorea: Ende April bezifferte der NIS die Gesamtzahl der in zwei Runden entsandten Truppen auf rund 15.000.',
      [['rund 15.000', 'deployed_total', 'about', 15000]],
    ],
    ['de', 'Nordkorea schottet sich ab. 2024 kamen 236 Nordkoreaner im Süden an.', []],
    [
      'de',
      'Das Kontingent aus Nordkorea greift an. Seine Gruppe aus sechs Mann fliegt Drohnen. Sie greifen in Trupps von drei bis fünf Mann an.',
      [],
    ],
    [
      'de',
      'Nordkoreanische Soldaten stürmen die Stellungen. Im Januar, erzählt der Kompaniechef, habe die Brigade 23 Verwundete aus den vorderen Stellungen holen müssen.',
      [],
    ],
    [
      'de',
      'Nordkoreas Armee zählt rund 1,2 Millionen Mann, dazu kommen rund 200.000 Angehörige von Spezialeinheiten.',
      [],
    ],
    ['ko', '러시아 파병으로 주목받은 북한 특수작전군은 약 20만 명 규모로 추산된다.', []],
    ['ko', '러시아에 포탄을 보낸 북한군은 전차 4300여 대, 야포 8800여 문을 보유한 것으로 평가된다.', []],
    ['ko', '북한이 러시아에 포탄을 보냈다. 대통령 선거가 전국 1만4295개 투표소에서 치러집니다.', []],
    [
      'en',
      "North Korean troops shelled the village. Over the past fortnight several reports suggested that North Korea's troops were regrouping.",
      [],
    ],
    [
      'en',
      'North Korea sent troops. The more telling number is the one for builders: about 5,000 military builders went.',
      [['about 5,000', 'workers_or_engineers', 'about', 5000]],
    ],
  ]);
});

describe('a forecast of a hundred thousand is a figure', () => {
  it('keeps "could grow to 100,000"', () => {
    const text = 'Zelensky said the North Korean deployment could grow to 100,000 troops.';
    expect(summariseFigures(extractFigures(text, { lang: 'en' }))).toEqual([
      ['100,000', 'deployed_total', 'exact', 100000],
    ]);
  });
});

describe("numbers of a page's apparatus: list items, cited pages, references, pages of a thread", () => {
  itExtracts([
    // a table of contents and a list of references: numbers in sequence at the lines' starts
    [
      'de',
      'Nordkoreas Soldaten kämpften in Kursk.\nInhaltsverzeichnis\n1 Hintergrund\n2 Entsendung\n3 Kämpfe in der Oblast Kursk\n4 Verluste\n5 Pioniere und Bautruppen',
      [],
    ],
    [
      'de',
      'Nordkoreas Truppen in Kursk.\n13. ↑ Seoul: Nordkoreaner an der Front, KBS, abgerufen am 4. März 2026.\n14. ↑ Massive Verluste bei Infanterieangriffen, abgerufen am 4. März 2026.\n15. ↑ Erste Tote unter Nordkoreanern, abgerufen am 4. März 2026.',
      [],
    ],
    [
      'ko',
      '북한군 파병 연구.\n[2] 오세린. 2025. "북한 관영매체의 전사자 서사." 『북한연구학회보』 29(3): 95-121.\n[3] 정다은. 2025. "북한 정규군의 해외 지상전 투입." 『군사논단』 122: 54-80.',
      [],
    ],
    // (a line that opens with a count between lines that do not number it still counts)
    [
      'en',
      'North Korea in numbers:\n11,000 troops sent in 2024\n3 soldiers captured\nMore to follow.',
      [
        ['11,000', 'deployed_total', 'exact', 11000],
        ['3', 'captured', 'exact', 3],
      ],
    ],
    // a page in an author-year citation
    [
      'en',
      'Seoul raised its count of North Korean dead to about 2,000, citing allied data (Lee 2025, 9; Baek 2025, 70).',
      [['about 2,000', 'killed', 'about', 2000]],
    ],
    ['de', 'Aus den Verwundeten der Nordkoreaner wurde so eine Zahl von Toten (Cho 2025, 117).', []],
    [
      'ru',
      'Речь шла о плане отправить около 12 тыс. военнослужащих КНДР (Ким 2025, 14).',
      [['около 12 тыс.', 'deployed_total', 'about', 12000]],
    ],
    // (a month and year in brackets is a date, and the count after it stands)
    [
      'en',
      'North Korean losses were put at 4,700 (April 2025, 600 of them killed).',
      [
        ['4,700', 'casualties_total', 'exact', 4700],
        ['600', 'killed', 'exact', 600],
      ],
    ],
    // a reference's pages
    ['de', 'Hartmann (2025): Pjöngjangs Expeditionskorps in Kursk. In: Osteuropa 75 (9), S. 197–222.', []],
    // a page of a thread or of results
    ['ru', 'Северокорейцы под Курском: сколько погибло? Страница 1 из 4 · Ответов: 58', []],
    ['uk', 'Термінові сповіщення про КНДР. Показано 27 із 1 346 · Фільтр: усі рубрики', []],
  ]);
});

describe('the age of a draft, money to the decimal and accidents beside the troops are no figures', () => {
  itExtracts([
    [
      'en',
      'Unlike North Korea, which sent formed units, Ukraine lowered its mobilisation age to 25 in April 2024.',
      [],
    ],
    ['ko', '북한군 파병 소식. [경제] 원·달러 환율 1,426.0원 마감', []],
    [
      'ru',
      'Северокорейские войска в Курске.\nНа трассе М-4 «Дон» столкнулись 5 машин, пострадали 7 человек.',
      [],
    ],
    [
      'uk',
      'Зеленський: на Курщині загинули понад 3 тис. військових КНДР\nНа Львівщині в ДТП за участю вантажівки загинули 2 людини, ще 3 травмовані',
      [['понад 3 тис.', 'killed', 'more_than', 3000]],
    ],
    ['en', 'North Korean troops were in Kursk. A road accident near Kursk injured 4 people.', []],
    ['ko', '북한군 파병. 부산 아파트 공사장 부품 낙하 사고로 작업자 1명 부상', []],
  ]);
});

describe("a study's sources, texts and claims are what it counted, not troops", () => {
  itExtracts([
    [
      'uk',
      'Корпус дослідження охоплює 141 оцінку з 38 первинних і вторинних джерел шістьма мовами про війська КНДР.',
      [],
    ],
    ['ru', 'Войска КНДР. На корпусе из 141 утверждения разведывательных служб виден разброс оценок.', []],
    // (a count of troops with an adjective before its noun still counts)
    [
      'uk',
      'Війська КНДР на Курщині. Туди перекинули 3000 північнокорейських військових.',
      [['3000', 'deployed_total', 'exact', 3000]],
    ],
  ]);
});

describe("a village's residents and households, guests and a hospital's operations are no troops", () => {
  itExtracts([
    [
      'de',
      'Nordkoreas Soldaten stehen in Kursk. Von den 600 Einwohnern, die das Dorf vor dem Krieg zählte, sind 40 geblieben.',
      [],
    ],
    ['ru', 'Войска КНДР стоят рядом. Из 140 дворов Белоусовки жилыми остаются 23.', []],
    ['ru', 'Делегацию КНДР в Москве принимали почти на 20 тыс. гостей.', []],
    // (special operations troops are troops)
    [
      'en',
      'The NIS said Russian navy vessels ferried about 1,500 special operations troops from North Korea to Vladivostok.',
      [['about 1,500', 'deployed_total', 'about', 1500]],
    ],
    // a war of the past, whoever fought it
    [
      'de',
      'Nordkorea schickte Truppen. Südkorea entsandte zwischen 1964 und 1973 mehr als 300.000 Soldaten nach Vietnam, rund 5000 von ihnen kehrten nicht zurück.',
      [],
    ],
  ]);
});

describe('ages in decades, years, swaps, children and drones beside the troops are no figures', () => {
  itExtracts([
    ['ko', '생포 1년. 쿠르스크에서 붙잡힌 20대 북한 병사들은 아직 키이우에 있다.', []],
    [
      'uk',
      'Снаряди КНДР. За його ж даними, у 2024 році північнокорейці поставили 3 млн снарядів.',
      [['3 млн', 'munitions', 'exact', 3000000]],
    ],
    [
      'ru',
      'Пленные КНДР остаются в Киеве. В мае в Стамбуле стороны передали друг другу по 1000 человек.',
      [],
    ],
    ['ko', '북한군 파병 소식. 한 아파트에서는 어린 아기를 포함해 최소 2명이 숨졌다.', []],
    ['ko', '[주간 브리핑] 북한군 전사 2천 명 추정·러 드론 800여 대 공습', [['2천', 'killed', 'exact', 2000]]],
  ]);
});

describe('distances spelled out after a multiplier', () => {
  itExtracts([
    [
      'ru',
      'Расстояние от Пхеньяна до Курска по прямой превышает 6 тыс. километров, и каждая новая партия северокорейских военных едет долго.',
      [],
    ],
    ['uk', 'Північнокорейські військові пройшли 12 тисяч кілометрів.', []],
    ['uk', 'КНДР відправила 12 тисяч військових.', [['12 тисяч', 'deployed_total', 'exact', 12000]]],
  ]);
});

describe('batch 28: members of a body of states, units, what a weapon fires at once', () => {
  itExtracts([
    [
      'en',
      "North Korea ships shells. The team's 11 members — among them the United States, Japan — said they would publish more.",
      [],
    ],
    [
      'en',
      'North Korea would send 5,000 military builders. One engineer regiment went home in December after about 120 days of mine clearance.',
      [['5,000', 'workers_or_engineers', 'exact', 5000]],
    ],
    [
      'ko',
      '북한은 러시아에 240㎜ 방사포 약 120문을 보냈다. 240㎜ 방사포는 한 번에 12발에서 22발을 쏘는 차량형 발사대다.',
      [['약 120', 'equipment', 'about', 120]],
    ],
  ]);
});

describe("batch 29: a commander's own unit, South Korea's arms and loans, discounts, Korean dates and contingents", () => {
  itExtracts([
    [
      'en',
      'North Korean troops attacked. His battalion held a stretch of about four kilometres with 63 men for eleven weeks.',
      [],
    ],
    [
      'en',
      'North Korean troops attacked. Kobzar has commanded an unmanned systems battalion of about 400 soldiers since 2023.',
      [],
    ],
    [
      'ru',
      'Северокорейцы атаковали. У меня за ту зиму было 19 раненых и трое погибших, каждого я помню по имени.',
      [],
    ],
    ['ru', 'Северокорейцы атаковали. В его роте, по его словам, тогда было меньше 90 человек.', []],
    [
      'de',
      'Nordkorea liefert Granaten. Polen hat einen Vertrag über bis zu 1000 Kampfpanzer vom Typ K2, 672 Panzerhaubitzen K9 und 288 Raketenwerfer vom Typ Chunmoo geschlossen.',
      [],
    ],
    [
      'en',
      'North Korea sends troops. In 2023 Seoul reportedly lent the United States about 500,000 rounds of 155mm artillery ammunition.',
      [],
    ],
    [
      'en',
      'North Korean shells are cheap. Russia plans a 10% saving on shells through cheap North Korean supply.',
      [],
    ],
    ['ko', '북한군 파병. 6·25전쟁에서 숨진 국군 전사자는 13만 명이 넘는다.', []],
    ['ko', '북한군 1진 병력은 전투 부대로서 기능을 상당 부분 잃었다.', []],
    // (a North Korean named nearer still owns the count)
    [
      'en',
      'His battalion fought 300 North Korean soldiers near Sudzha.',
      [['300', 'deployed_total', 'exact', 300]],
    ],
  ]);
});

describe("batch 30: years, a team's or a company's own people, a target's number", () => {
  itExtracts([
    [
      'de',
      'Nordkoreanische Soldaten kämpften in Kursk. Dort kämpften ab dem Spätherbst 2024 die ersten Nordkoreaner.',
      [],
    ],
    [
      'de',
      'Nordkoreanische Soldaten kämpften in Kursk. Die Ukraine muss auch 2026 mit Nordkoreanern rechnen.',
      [],
    ],
    ['ko', '북한군이 쿠르스크에 있다. 팀원은 다섯 명이다.', []],
    [
      'ru',
      'Северокорейцы атаковали. Я видел записи, где за 15 минут расчет из 3 человек выбивал целую цепь.',
      [],
    ],
    [
      'uk',
      'КНДР допомагає Росії. Директор відповідає, що за два роки штат компанії зріс із 30 до 400 людей.',
      [],
    ],
    [
      'en',
      'North Korean troops attacked at dawn. When a hit lands, the crew writes it down: target number 1,347 since the crew was formed.',
      [],
    ],
    // (a count with its noun after a year-like number stays a count)
    [
      'de',
      'Nordkorea schickte etwa 2000 Soldaten mit Panzern.',
      [['etwa 2000', 'deployed_total', 'about', 2000]],
    ],
  ]);
});

describe('batch 31: strike victims, resolutions, parts, money, ratios, hundreds of thousands', () => {
  itExtracts([
    [
      'en',
      'A North Korean KN-23 missile hit Kyiv on 24 April in a strike that killed at least 12 people and injured about 90.',
      [],
    ],
    [
      'de',
      'Eine nordkoreanische Rakete traf Kiew. Bei dem Luftangriff starben zwölf Menschen, fast 90 wurden verletzt.',
      [],
    ],
    [
      'uk',
      'КНДР постачає Росії ракети. Посол нагадав, що резолюції 1718 і 2397 забороняють будь-яку військову співпрацю з Пхеньяном.',
      [],
    ],
    [
      'en',
      'North Korean missiles hit Kyiv. Conflict Armament Research later catalogued nearly 300 electronic components inside a single missile.',
      [],
    ],
    ['en', 'North Korea sent missiles. For much of 2024 the missiles were notoriously erratic.', []],
    ['ru', 'КНДР воюет за Россию. Доллар на чёрном рынке КНДР перевалил за 20 тыс. вон.', []],
    ['ru', 'Российским компаниям не хватает сотен тысяч рабочих рук, и КНДР присылает рабочих.', []],
    ['ko', '북한군 파병 이후 식량난. 북한 인구 10명 중 4명 이상이 영양 부족 상태에 놓여 있다.', []],
    // (soldiers killed in a strike stay soldiers; a whole and its part stay counts)
    [
      'en',
      'North Korean troops attacked in Kursk, where 300 soldiers were killed in an air strike.',
      [['300', 'killed', 'exact', 300]],
    ],
    [
      'ko',
      '북한군 1만 명 중 2천 명이 숨졌다.',
      [
        ['1만', 'deployed_total', 'exact', 10000],
        ['2천', 'killed', 'exact', 2000],
      ],
    ],
  ]);
});

describe('batch 32: ages, decades, shells that fell on a town', () => {
  itExtracts([
    ['en', 'North Korean troops fought nearby. A woman of 81 was carried out on a stretcher.', []],
    ['ko', '북한군이 건너편에 있다. 트랙터 정비공이던 미콜라(58)는 일을 잃었다.', []],
    [
      'de',
      'Nordkorea schickt Soldaten. Kuba, das in den 1970er- und 1980er-Jahren Soldaten nach Angola verlegte.',
      [],
    ],
    [
      'ru',
      'Северокорейцы стоят за границей. В октябре за одну ночь на поселок упало больше 50 снарядов.',
      [],
    ],
    [
      'uk',
      'КНДР воює за Росію. Адміністрація каже, що за зиму на громаду впало 2 140 російських снарядів і мін.',
      [],
    ],
  ]);
});

describe('batch 33: the local scene of a town (residents, shelters, a clinic)', () => {
  itExtracts([
    ['uk', 'Північнокорейські війська стоять за кордоном. Укриття під школою вміщує 120 людей.', []],
    ['ru', 'Северокорейцы стоят за границей. Ей 67 лет, сорок из них она проработала на местной почте.', []],
    ['ko', '북한군이 건너편에 있다. 마을 진료소는 간호사 두 명이 지킨다.', []],
    [
      'en',
      'North Korean troops are across the border. The village had 340 people before the war; 46 remain.',
      [],
    ],
    [
      'de',
      'Nordkoreanische Soldaten stehen hinter der Grenze. Im Keller der Schule finden 80 Menschen Platz.',
      [],
    ],
    // (an estimate, troops or an event on such a line stay figures)
    [
      'uk',
      'Північнокорейські війська стоять за кордоном. За оцінкою розвідки, біля села їх близько 11 тисяч.',
      [['близько 11 тисяч', 'deployed_total', 'about', 11000]],
    ],
    [
      'en',
      'North Korean troops are across the border. Past the village school, about 11,000 soldiers wait.',
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
    [
      'ko',
      '북한군이 건너편에 있다. 마을 주민들은 북한군 1만1천 명이 쿠르스크에 있다고 들었다.',
      [['1만1천', 'deployed_total', 'exact', 11000]],
    ],
  ]);
});

describe('batch 33: countries, crews, printed letters, differences, years of a life, money, interviews', () => {
  itExtracts([
    [
      'de',
      'Nordkoreanische Soldaten kämpften in Kursk. Der Autor zeigt Ausschnitte aus fünf Ländern, wie aus „getötet oder verwundet“ bloß „getötet“ wurde.',
      [],
    ],
    ['uk', 'Північнокорейські військові воюють на Курщині. Я працював у бригаді з 12 осіб.', []],
    [
      'uk',
      'Лист про північнокорейських солдатів у Курській області. Отримали 43 листи. Публікуємо п’ять із них.',
      [],
    ],
    ['ru', 'Северокорейские военные в Курской области: оценки расходятся на тысячи человек.', []],
    ['ru', 'Северокорейцы воевали у Плехова. Ей 78 лет, в Плехове она прожила 56 из них.', []],
    [
      'uk',
      'Північнокорейські військові пішли з села. Сусід отримав 10 тисяч рублів допомоги і ще 15 — за машину.',
      [],
    ],
    ['ko', '북한군 파병을 다룬 다큐멘터리다. 감독은 2년 동안 모두 31명을 인터뷰했다.', []],
    [
      'en',
      'A film about North Korean troops in Kursk. Its director interviewed 31 people in three countries.',
      [],
    ],
    // (prisoners interviewed stay prisoners; two estimates apart stay estimates)
    [
      'en',
      'North Korean troops fought in Kursk. The SBU interviewed the two captured soldiers.',
      [['two', 'captured', 'exact', 2]],
    ],
  ]);
});

describe('batch 34: datelines, versions, years, clips and researchers, a drone unit, shares of people', () => {
  itExtracts([
    [
      'en',
      'North Korean troops in Kursk. SEOUL, June 16, 2025 — Seoul counts more than 6,000 North Korean casualties.',
      [['more than 6,000', 'casualties_total', 'more_than', 6000]],
    ],
    ['ko', "북한군 파병 이후 병력이 줄었다. 국방부는 '국방혁신 4.0'으로 병력 감소를 메우겠다고 했다.", []],
    [
      'en',
      'North Korea sent shells to Russia. Its guns would have been quieter in 2024 without those shells.',
      [],
    ],
    ['de', 'Nordkorea lieferte Granaten nach Russland, allein 2024 Artilleriemunition in großem Umfang.', []],
    [
      'en',
      'A study of North Korean soldiers in Kursk. Of 412 verified clips showing North Korean soldiers, most came from drones.',
      [],
    ],
    [
      'uk',
      'Звіт про північнокорейських військових. Лише на 212 записах команда впевнено впізнала північнокорейських військових.',
      [],
    ],
    [
      'ko',
      '북한군 보고서를 낸 단체다. 이 단체는 상근 연구원 12명을 두고 있으며 인터뷰 대상자 가운데 17명은 북한군과 싸웠다.',
      [],
    ],
    ['ru', 'Рота воевала против северокорейских военных. Сейчас в роте 64 бойца, из них 27 — пилоты.', []],
    [
      'uk',
      'Рота воювала проти північнокорейських військових. За рік двоє пілотів загинули, п’ятеро отримали поранення.',
      [],
    ],
    [
      'en',
      'North Korean engineers in Kursk. The share of clips showing North Korean engineers rose from under 5 per cent to 29 per cent.',
      [],
    ],
    // (a loss share after a count of losses stays a loss share)
    [
      'uk',
      'Північнокорейський контингент зазнав близько 4 тисяч бойових втрат, або приблизно 40% угруповання.',
      [
        ['близько 4 тисяч', 'casualties_total', 'about', 4000],
        ['приблизно 40%', 'casualties_total', 'about', 40],
      ],
    ],
    // (a label's year stays a year; a number with a separator before a colon is no year)
    ['en', "North Korea sent troops. 6. 2,000: Seoul's death toll", [['2,000', 'killed', 'exact', 2000]]],
  ]);
});

describe('batch 35: decimals of measures, towns, barrels, shared claims, satellites, North Korea firing at home', () => {
  itExtracts([
    ['en', 'North Korea tested a missile at home. Pyongyang said it reached an altitude of 7,687.5 km.', []],
    ['en', 'North Korean troops fought near Sudzha, a town of some 5,000 people before the war.', []],
    [
      'ru',
      'КНДР поставляла России снаряды и нефть. Поставки шли сверх установленного ООН годового лимита в 500 тыс. баррелей.',
      [],
    ],
    [
      'en',
      'North Korean troops in Kursk. Our team traced five of the most shared claims back to their sources.',
      [],
    ],
    ['ko', '북한은 러시아에 포탄을 보냈다. 북한은 2024년에만 정찰위성 3기를 더 쏘겠다고 공언했다.', []],
    [
      'ko',
      '북한은 러시아에 포탄을 보냈다. 북한은 2022년 한 해에만 탄도미사일을 60발 넘게 쏘아 올리며 역대 최다를 기록했다.',
      [],
    ],
    // (missiles fired at Ukraine, and troops sent by ship, stay figures)
    [
      'en',
      'The monitoring group said that at least 100 North Korean ballistic missiles had been fired into Ukraine.',
      [['at least 100', 'munitions', 'at_least', 100]],
    ],
    [
      'de',
      'Nordkorea schickte Soldaten nach Russland. Anfang Oktober wurden mindestens 3000 Soldaten per Schiff von Wonsan nach Wladiwostok gebracht.',
      [['mindestens 3000', 'deployed_total', 'at_least', 3000]],
    ],
  ]);
});

describe('batch 36: seats, poll samples and rates, ballots, prisoner exchanges', () => {
  itExtracts([
    [
      'en',
      'Seoul argues over North Korean troops in Russia. The party holds 192 of the National Assembly’s 300 seats.',
      [],
    ],
    [
      'uk',
      'Сеул сперечається про військових КНДР у Росії. Партія контролює 170 із 300 місць у парламенті.',
      [],
    ],
    ['ko', '북한군 파병 논란. 여론조사기관이 전국 만 18세 이상 1,003명을 대상으로 조사했다.', []],
    ['ko', '북한군 파병 논란. 의원들은 "여론 10명 중 8명이 무기 지원에 반대한다"고 말했다.', []],
    [
      'en',
      'North Korean troops are in Kursk. Rail staff will strike: the union says 1,800 members took part in the ballot.',
      [],
    ],
    [
      'de',
      'Nordkoreanische Soldaten in Kursk. Zuletzt gab es einen Austausch von je 1000 Gefangenen zwischen Kiew und Moskau.',
      [],
    ],
  ]);
});

describe('batch 37: "ask five officials", "all day"', () => {
  itExtracts([
    ['en', 'Ask five officials how many North Korean soldiers are in Russia and you get five answers.', []],
    [
      'ko',
      '북한군 파병. 우크라이나군이 부상한 북한군 두 명을 산 채로 붙잡았다는 뉴스를 보고 하루 종일 잠을 못 잤다.',
      [['두', 'captured', 'exact', 2]],
    ],
  ]);
});

describe('batch 38: the people around the prisoners (guards, investigators, lawyers), ages', () => {
  itExtracts([
    [
      'ko',
      '북한군 포로 두 명이 키이우에 있다. 철문 앞을 지키는 경비 인력은 교대조마다 네 명이다.',
      [['두', 'captured', 'exact', 2]],
    ],
    ['ko', '북한군 포로가 수용돼 있다. 조사관 두 명이 번갈아 면담하고, 변호사 세 명이 돕는다.', []],
    [
      'en',
      'North Korean prisoners are held in Kyiv, says a former North Korean officer now in Seoul, who is 51.',
      [],
    ],
    [
      'en',
      'North Korean prisoners are held in Kyiv. One guard, who has a son of 19 in the army, talks to them.',
      [],
    ],
  ]);
});

describe('batch 40: a feature on the Korean War (1950–53) counts history, not the deployment', () => {
  itExtracts([
    [
      'en',
      'North Korea sent troops to Russia this year, and veterans in Seoul remembered another war.\n\nOn 25 June 1950 a North Korean army of about 135,000 men crossed the border. Seoul fell within three days, and by autumn more than 100,000 North Korean soldiers had been captured.\n\nThose flags tell one part of the story. Sixteen nations sent combat troops and six more sent medical units.',
      [],
    ],
    [
      'de',
      'Nordkorea hat Soldaten nach Russland geschickt.\n\nIm Spätsommer 1953 wurden mehr als 75.000 nordkoreanische Gefangene ausgetauscht. Rund 22.000 weigerten sich heimzukehren.',
      [],
    ],
    [
      'uk',
      'Північна Корея відправила військових до Росії. У 1953 році сторони обміняли понад 75 тис. полонених, серед них північнокорейців.',
      [],
    ],
    // the present goes on after a passing date, and after the army's last war named as a point in time
    [
      'en',
      'North Korea delivered about 220 howitzers and rocket launchers to Russia. The howitzer was first shown in 1978.\n\nThe army, which had not fought since 1953, has lost about 6,000 killed or wounded in Kursk.',
      [
        ['about 220', 'equipment', 'about', 220],
        ['about 6,000', 'casualties_total', 'about', 6000],
      ],
    ],
    [
      'ru',
      'Армия КНДР, не воевавшая с 1953 года, потеряла под Курском около 6 тысяч человек убитыми и ранеными.',
      [['около 6 тысяч', 'casualties_total', 'about', 6000]],
    ],
  ]);
});

describe("batch 40: a blog's keycap points, user names, Korean decades of age", () => {
  itExtracts([
    [
      'ru',
      'Северокорейцы под Курском. 3️⃣ Пленные: 9 января наши взяли в плен двоих корейцев.',
      [['двоих', 'captured', 'exact', 2]],
    ],
    ['ko', '북한군 포로 영상. 4️⃣ 포로 얘기: 1월에 2명이 생포됐다.', [['2', 'captured', 'exact', 2]]],
    [
      'ko',
      '북한군 포로 두 명. 익명의구독자_2077 포로 영상 보니까 그냥 20대 애들이던데.',
      [['두', 'captured', 'exact', 2]],
    ],
    ['ko', '북한군 파병 소식 뒤에, 피해자 대부분이 20∼30대 사회초년생이었고 40대 A씨가 주범이었다.', []],
  ]);
});

describe('batch 41: polls, samples, exchanges, seats, governments, nautical miles, sport', () => {
  itExtracts([
    [
      'en',
      'Seoul says about 6,000 North Korean soldiers have been killed or wounded; 46% said the real figure was higher and 19% thought it lower.',
      [['about 6,000', 'casualties_total', 'about', 6000]],
    ],
    [
      'ru',
      'Опрос о северокорейских военных: лишь 37% сказали, что верят разведке, 41% считают цифры заниженными.',
      [],
    ],
    ['uk', 'Опитування про військових КНДР провели серед 1 004 осіб віком від 18 років.', []],
    [
      'uk',
      'Полонених КНДР не обмінювали. Найбільший обмін за формулою «1000 на 1000» відбувся в травні.',
      [],
    ],
    [
      'uk',
      'Розвідка про робітників КНДР у Росії дала обережнішу цифру — приблизно 8 тис. за 2024 рік.',
      [['приблизно 8 тис.', 'workers_or_engineers', 'about', 8000]],
    ],
    [
      'en',
      'North Korea was debated. South Korea holds one of the 10 elected seats; the two governments count losses differently.',
      [],
    ],
    ['ru', 'Суда из КНДР проходят около 300 морских миль до порта.', []],
    ['ru', 'Футбол: в заявке КНДР был 21 человек, почти все — игроки столичных клубов.', []],
    [
      'en',
      "North Korea's under-17 side won the final; her players, most of them 16 or 17, were praised after the match.",
      [],
    ],
    ['ko', '북한은 승부차기에서 키커 5명 가운데 4명이 성공했다. 스페인은 사상 첫 3연패를 노렸다.', []],
  ]);
});

/** A film's or book's chapters and scenes, a hearing's room and vote, a Korean stage: no one is counted. */
describe('chapters, rooms, votes and stages are no figures', () => {
  itExtracts([
    [
      'en',
      'The film follows North Korean soldiers in Kursk. The best interviews come in Chapters 3 and 4; Chapter 5 is about the prisoners.',
      [],
    ],
    [
      'en',
      'The hearing on North Korean troops in Russia met in Room 2172 and passed the bill by a vote of 29–18.',
      [],
    ],
    [
      'de',
      'Der Ausschuss stimmte nach der Anhörung zu Nordkoreas Soldaten in Russland mit 29 zu 18 Stimmen zu; Kapitel 3 des Berichts folgt.',
      [],
    ],
    [
      'ko',
      "영화는 북한군 파병을 다룬다. 3장 '귀환'은 평양의 환영식 화면으로 시작한다. ■ 5단계(2025년 12월~): 귀환과 잔류",
      [],
    ],
    // (a count in the same sentence stays one)
    [
      'en',
      'Chapter 2 of the film recalls that about 11,000 North Korean troops were sent to Russia.',
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
  ]);
});

/** A gallery's counters, a swap's formula, a cemetery's capacity, North Korea's workers before the war. */
describe('gallery counters, swap formulas, capacities and counts dated before the war are no figures', () => {
  itExtracts([
    [
      'ru',
      'Северокорейские военные на стороне России в 12 снимках\nФото 1 из 12\nВладивосток, октябрь 2024 года.\nФото 2 из 12\nСуджанский район Курской области.',
      [],
    ],
    ['uk', 'Війська КНДР у Курській області\nФото 7 з 12\n20-річний полонений у київському шпиталі.', []],
    [
      'ko',
      '러시아와 우크라이나는 북한군 포로 없이 교환을 진행했다. 첫날 390명 대 390명, 이튿날 307명 대 307명이 풀려났다.',
      [],
    ],
    [
      'de',
      'Nordkorea baut für seine in Russland gefallenen Soldaten ein Museum; NK News hält den Friedhof für groß genug, um mindestens 412 Tote aufzunehmen.',
      [],
    ],
    [
      'ko',
      '북한 전문매체 NK뉴스는 러시아 파병 전사자 묘역에 유해를 최소 412기 안치할 수 있다고 분석했다.',
      [],
    ],
    [
      'uk',
      'За даними звіту Росії до комітету РБ ООН, наприкінці 2017 року в країні перебувало понад 30 тисяч громадян КНДР із дозволами на роботу.',
      [],
    ],
    [
      'en',
      'Russia put the North Korean workforce in the country at about 30,000 in 2017, and the number of North Korean workers had fallen to about 11,500 by the end of 2018.',
      [],
    ],
    // (a resolution's year a clause away dates no count of now)
    [
      'en',
      "UN Resolution 2397 of 2017 ordered all North Korean workers abroad sent home by the end of 2019, but Seoul's National Intelligence Service said last October that about 4,000 North Koreans were working in Russia.",
      [['about 4,000', 'workers_or_engineers', 'about', 4000]],
    ],
  ]);
});

describe('"a few more months" is more time, not more troops', () => {
  itExtracts([
    [
      'en',
      'North Korean troops in Russia. The central bank held rates, saying it wants a few more months of data before moving.',
      [],
    ],
  ]);
});

/** Ratios of the dead to the wounded, comparisons, samples, other armies' history, the EU's own pledges. */
describe('ratios, comparisons, samples, the Soviet army and the EU are no figures of North Korea', () => {
  itExtracts([
    [
      'en',
      'North Korea lost about 1,100 killed and wounded, roughly one killed for every seven wounded; planners assume nearer one to three.',
      [['about 1,100', 'casualties_total', 'about', 1100]],
    ],
    ['de', 'Beim nordkoreanischen Kontingent kommen knapp sieben Verwundete auf einen Toten.', []],
    [
      'ru',
      'В прошлых войнах на одного убитого обычно приходятся трое–четверо раненых; у северокорейцев иначе.',
      [],
    ],
    ['uk', 'Для північнокорейських військ типовим вважають один загиблий на три-чотири поранені.', []],
    [
      'ko',
      '북한군의 경우 사망자 1명당 부상자가 7명꼴이다. 군사학계에서는 사망자 1명에 부상자 3~4명을 통상적인 비율로 본다.',
      [],
    ],
    [
      'ko',
      '북한은 러시아에 약 1만5천 명을 보냈어요. 큰 야구장 하나에는 사람이 2만 명쯤 들어가요. 북한 포탄은 우리나라 사람 다섯 명에 한 발씩 나눠 줄 수 있을 만큼이에요.',
      [['약 1만5천', 'deployed_total', 'about', 15000]],
    ],
    ['ru', 'Пленные северокорейцы многое рассказали, но выборка из двух человек — это не статистика.', []],
    [
      'en',
      'North Korea lost about 2,000 in a year. The Soviet army needed nine years to lose 15,000 men from a force many times larger.',
      [['about 2,000', 'casualties_total', 'about', 2000]],
    ],
    [
      'ru',
      'КНДР поставляет снаряды России. Европейский союз в 2023 году пообещал Украине миллион снарядов к марту 2024-го.',
      [],
    ],
    [
      'de',
      'Seoul: Pjöngjang hat bei zwei Ehrungen nur etwa 350 Gefallene gezeigt.',
      [['etwa 350', 'killed', 'about', 350]],
    ],
  ]);
});

describe('a Korean paragraph or page number is no figure', () => {
  itExtracts([
    [
      'ko',
      '국정원 "북한, 러시아에 1만5천명 파병"(종합2보) ※ 3문단의 북한군 피해 규모를 바로잡습니다. 5문단에 북한 노동자 파견 추정치를 추가합니다. 노동신문 1면에는 전사자 초상화가 실렸다.',
      [['1만5천', 'deployed_total', 'exact', 15000]],
    ],
  ]);
});

describe('"the two of them", metres between men, compatriots taken prisoner', () => {
  itExtracts([
    [
      'en',
      'A North Korean soldier wished his comrade a happy birthday and promised that the two of them will eat rice cakes at home.',
      [],
    ],
    [
      'de',
      'Die Nordkoreaner sind über offenes Gelände gekommen, mit vielleicht fünf Metern Abstand zwischen den Männern.',
      [],
    ],
    [
      'ru',
      'Северокорейский солдат вёл дневник. 9 января украинские военные взяли в плен двоих его соотечественников.',
      [['двоих', 'captured', 'exact', 2]],
    ],
  ]);
});

describe("a family's ages and a Korean ratio are no figures", () => {
  itExtracts([
    ['en', 'A surgeon who treated North Korean prisoners in Russia’s war: my sons are 19 and 23.', []],
    ['ko', '국정원 수치를 기준으로 북한군 사망자 대 부상자 비율은 2025년 1월 1대 9였다.', []],
  ]);
});

describe('batch 51: other armies and other crowds', () => {
  itExtracts([
    // (more losses than any claim of the force's own: another army's)
    [
      'uk',
      'Війська КНДР воювали в Курській області. Втрати самої РФ під час Курської операції становили щонайменше 80 тисяч військових убитими й пораненими.',
      [],
    ],
    // (a parade's ranks)
    [
      'en',
      'North Korea held a parade in Pyongyang. Thousands of soldiers marched past the reviewing stand.',
      [],
    ],
    ['ko', '북한은 평양에서 열병식을 열었다. 열병 종대에는 수천 명의 장병이 참가한 것으로 보인다.', []],
    // (a prisoner swap of as many on each side)
    [
      'de',
      'Zwei nordkoreanische Soldaten sind in ukrainischer Gefangenschaft. Am Freitag wurden erneut Gefangene ausgetauscht. Beide Seiten übergaben je 150 Soldaten.',
      [['Zwei', 'captured', 'exact', 2]],
    ],
    // (a spoken calibre: "сто семидесятимиллиметровые")
    ['ru', 'А ещё КНДР поставляет артиллерию — сто семидесятимиллиметровые самоходки.', []],
  ]);
});

describe('batch 52: other armies, other news, counts of estimates', () => {
  itExtracts([
    // (Russia the subject of a German verb-last loss)
    [
      'de',
      'Die Nordkoreaner verloren viele. Selenskyj sagte einmal, Russland habe im Kursker Abschnitt 30.000 bis 35.000 Soldaten verloren.',
      [],
    ],
    // (a ticker's line about an earthquake, between lines about the troops)
    [
      'ru',
      'Буданов: КНДР обеспечивает до 40% боеприпасов российской армии\n\nПОСЛЕДНИЕ НОВОСТИ\n\n14:12  Аналитики ждут снижения ставки\n13:58  Землетрясение в Афганистане: число погибших превысило 1400\n13:20  Ким Чен Ын прибыл в Пекин на бронепоезде',
      [['до 40%', 'munitions', 'up_to', 40]],
    ],
    // (a count of estimates)
    [
      'ru',
      'Описание графика: линейный график, каждая точка — одна оценка убитых и раненых военных КНДР.',
      [],
    ],
    ['de', 'Seit dem Herbst kursieren Dutzende Schätzungen zum Einsatz nordkoreanischer Soldaten.', []],
  ]);
});

describe('batch 53: workers before the war, victims, snow ploughs', () => {
  itExtracts([
    [
      'en',
      'Workers abroad were once a major earner for North Korea. Before UN sanctions ordered their return by the end of 2019, an estimated 100,000 North Koreans worked overseas, around 30,000 of them in Russia.',
      [],
    ],
    [
      'ru',
      'Отдельная тема — трудовые мигранты из КНДР. Еще до войны, в 2017 году, в России, по оценкам того времени, работали десятки тысяч граждан КНДР.',
      [],
    ],
    [
      'ko',
      '북한군이 쿠르스크에 있다. 법원은 노인 230여 명에게서 41억 원을 가로챈 혐의로 기소된 남성에게 징역형을 선고했다.',
      [],
    ],
    [
      'ru',
      'Войска КНДР под Курском. Коммунальные службы обещают вывести на улицы более 12 тыс. единиц снегоуборочной техники.',
      [],
    ],
  ]);
});

describe('batch 53 join: a town, its residents and its police', () => {
  itExtracts([
    [
      'uk',
      'Північнокорейські військові воюють у Курській області, пише розвідка КНДР-аналітиків.\n\nУ місті, де до війни мешкали 67 тисяч людей, нині лишається 6 тисяч. Щодня поліцейські вивозять звідти 20–30 осіб.',
      [],
    ],
  ]);
});

describe('batch 54: cards, short years, counts of states', () => {
  itExtracts([
    [
      'ru',
      'Сколько военных КНДР в России? Около 11 тыс.\nКарточка 2 из 8\nСколько из них погибли? Около 2000, по оценке НИС.',
      [
        ['Около 11 тыс.', 'deployed_total', 'about', 11000],
        ['Около 2000', 'killed', 'about', 2000],
      ],
    ],
    [
      'en',
      "North Korea's troops in Kursk. Zelensky said back in Jan '25 that Kim could send more. Budanov told The War Zone in Jan '25 that the North had handed over 120 guns.",
      [['120', 'equipment', 'exact', 120]],
    ],
    [
      'uk',
      'Військові КНДР у Росії: MSMT (11 держав) нарахувала понад 11 тис. відправлених у 2024 році.',
      [['понад 11 тис.', 'deployed_total', 'more_than', 11000]],
    ],
  ]);
});

describe('batch 55: updates and marches', () => {
  itExtracts([
    [
      'en',
      'North Korea is readying a third troop dispatch, Seoul says.\n\n(Reporting by Park Ji-hoon)\n\nUPDATE 1-N.Korea readying third troop dispatch to Russia, Seoul says',
      [],
    ],
    [
      'ru',
      'КНДР готовит новую отправку военных в Россию.\n\n15:05 ОБНОВЛЕНИЕ 2 (добавлены данные о вернувшихся военных)',
      [],
    ],
    [
      'de',
      'Nordkorea feiert den Sieg im Koreakrieg. Zum 70. Jahrestag 2023 marschierten Tausende Soldaten über den Platz.',
      [],
    ],
  ]);
});

describe('batch 56: audiences and viewers', () => {
  itExtracts([
    ['ko', '북한군 파병을 주제로 열린 토론회에는 평일 오후인데도 청중 150여 명이 몰렸다.', []],
    [
      'ru',
      'Эксперты спорили о войсках КНДР. Запись выложили на сайте конференции; за первые сутки её посмотрели 3 100 человек.',
      [],
    ],
  ]);
});

describe('batch 57: council members, rules, list markers, a verb talking about', () => {
  itExtracts([
    [
      'en',
      'North Korean troops were discussed at the Security Council. The intelligence committee, which has 12 members, was briefed behind closed doors.',
      [],
    ],
    [
      'de',
      'Nordkoreas Soldaten in Kursk: Der ukrainische Vertreter, nach Regel 37 der Geschäftsordnung zugelassen, sprach.',
      [],
    ],
    [
      'ko',
      '북한군은 약 1만5천 명이 파병됐습니다.\n3) 사상자\n여기가 제일 헷갈립니다.',
      [['약 1만5천', 'deployed_total', 'about', 15000]],
    ],
    // ("talk about thousands": a preposition, not a hedge; "members of" a unit are people)
    [
      'en',
      'Some headlines about North Korean troops talk about thousands of dead.',
      [['thousands', 'killed', 'vague', null]],
    ],
    [
      'en',
      'Kim Jong Un said nine members of the 528th Engineer Regiment had been killed in Kursk.',
      [['nine', 'killed', 'exact', 9]],
    ],
  ]);
});

describe('batch 58: abbreviated months, ages, factors, ceremonies', () => {
  itExtracts([
    // (a reply's date is no answer to the question before it: "28 бер.")
    [
      'uk',
      'Війська КНДР на Курщині.\n\nА загиблих скільки?\n\n28 бер.\nСтаном на кінець лютого ГУР — бл. 400.',
      [['бл. 400', 'killed', 'about', 400]],
    ],
    [
      'en',
      'Ukraine captured two North Korean soldiers, the NIS said. It gave their ages as 20 and 26.',
      [['two', 'captured', 'exact', 2]],
    ],
    [
      'en',
      'NIS now says around 2,000 North Korean soldiers are dead, a ~3x jump on April.',
      [['around 2,000', 'killed', 'about', 2000]],
    ],
    [
      'de',
      'Pjöngjang zeigte bei zwei Ordensfeiern Porträts von rund 350 gefallenen Nordkoreanern.',
      [['rund 350', 'killed', 'about', 350]],
    ],
  ]);
});

describe('batch 58: an inline list marker, American troops in Korea', () => {
  itExtracts([
    [
      'ru',
      'Войска КНДР: три правила: 1) смотрите на дату; 2) кто считает и что входит в «потери»; 3) не путайте Курскую обл. с Украиной.',
      [],
    ],
    [
      'uk',
      'Війська КНДР воюють на боці Росії. Головною опорою оборони залишається союз зі Сполученими Штатами, які тримають на півострові близько 28 500 військових.',
      [],
    ],
  ]);
});

describe("batch 60: North Korea's drills at home, a drone unit's crews and kills, an episode, committee members", () => {
  itExtracts([
    [
      'de',
      'Nordkoreas Soldaten kämpfen in Kursk. Am 5. Januar 2024 feuerten nordkoreanische Küstenbatterien nach Angaben des südkoreanischen Generalstabs mehr als 200 Granaten in Richtung der Grenzinsel Yeonpyeong ab.',
      [],
    ],
    [
      'uk',
      'Війська КНДР у Росії. За оцінкою південнокорейських військових, було випущено близько 200 снарядів; вони впали в буферній зоні.',
      [],
    ],
    [
      'uk',
      'Війська КНДР воюють у Росії. Державне телебачення показало колони з понад 10 тисяч військовослужбовців на площі.',
      [],
    ],
    [
      'uk',
      'Війська КНДР воюють у Росії. Збройні сили КНДР налічують близько 1,2 млн військовослужбовців, а ще кілька мільйонів осіб перебувають у резерві.',
      [],
    ],
    [
      'ko',
      '북한군 파병 1년. 통신은 경기에 나선 6개 포병중대가 중대마다 20발씩 사격해 목표를 정확히 타격했다고 주장했다.',
      [],
    ],
    [
      'ko',
      '북한군 파병 1년. 훈련장에는 병력 1만2천여 명 규모로 보이는 대열과 차량 200여 대가 집결해 있다.',
      [],
    ],
    [
      'en',
      'The drone company fought the North Korean troops in Kursk. Its ledger lists 57 Russian armoured vehicles and 23 Russian guns destroyed since the spring.',
      [],
    ],
    ['uk', 'Підрозділ воював проти військ КНДР. З 14 екіпажів у повному складі повернулися 11.', []],
    ['ru', 'Северокорейские военные под Курском. Из 11 расчётов в полном составе остались девять.', []],
    ['ru', 'Пленные из КНДР: наш выпуск 58 «Кто считает пленных».', []],
    ['de', 'Nordkoreas Soldaten in Kursk. Von den 12 Mitgliedern waren am Dienstag 11 anwesend.', []],
    [
      'en',
      'North Korean labourers have gone to Russia. An aide to one committee member stressed that the workers’ figure is separate.',
      [],
    ],
  ]);
});

describe('batch 61: a study’s own counts, a report’s sections, workers elsewhere abroad, spans of years, defectors', () => {
  itExtracts([
    [
      'de',
      'Nordkoreas Soldaten in Russland. In 23 der 214 ausgewerteten Meldungen (10,7 %) wurde die Zahl falsch wiedergegeben.',
      [],
    ],
    [
      'de',
      'Nordkoreas Soldaten und Arbeiter. Abschnitt 2 – Truppen. Abschnitt 4 – Arbeitskräfte. Rz. 41–44 behandeln die Entsendung von Arbeitern.',
      [],
    ],
    [
      'de',
      'Nordkorea schickt Soldaten nach Russland. Die UN schätzten vor Jahren, dass weltweit mehr als 50.000 Nordkoreaner im Ausland arbeiteten.',
      [],
    ],
    [
      'uk',
      'КНДР відправила військових до Росії. До санкцій за кордоном працювало від 50 до 100 тисяч громадян КНДР.',
      [],
    ],
    [
      'en',
      'North Korea sent workers to many countries. The pandemic border closure of 2020–2023 trapped many North Korean workers abroad.',
      [],
    ],
    [
      'en',
      'New Malden is said to be Europe’s largest North Korean community, several hundred people who fled the regime and settled here.',
      [],
    ],
    // (workers named in Russia are still the aid)
    [
      'de',
      'Laut NIS arbeiten inzwischen rund 15.000 nordkoreanische Arbeiter in Russland, weltweit mehr als je zuvor.',
      [['rund 15.000', 'workers_or_engineers', 'about', 15000]],
    ],
  ]);
});

describe('batch 81: side notes in stories about something else', () => {
  itExtracts([
    // the sources a story cites
    [
      'en',
      "North Korea's troops came up only at the end, according to three people familiar with the meeting.",
      [],
    ],
    // (guard)
    [
      'en',
      'North Korea has sent about 11,000 soldiers, two sources said.',
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
    // (guard: the count before them stays)
    [
      'ru',
      'Около 11 тысяч военных КНДР находятся в Курской области, сообщили два источника, знакомые с переговорами.',
      [['Около 11 тысяч', 'deployed_total', 'about', 11000]],
    ],
    [
      'de',
      'Rund 11.000 nordkoreanische Soldaten sind in Kursk, sagten zwei mit den Beratungen vertraute Personen.',
      [['Rund 11.000', 'deployed_total', 'about', 11000]],
    ],
    ['ko', '북한군이 쿠르스크에 파병됐다고 소식통 두 명이 전했다.', []],
    // a part of a book among so many
    [
      'en',
      "Her book is about North Korea's soldiers in Kursk. Part 4 of its 11 is about the two men Ukraine captured.",
      [['two', 'captured', 'exact', 2]],
    ],
    // an age in an apposition
    [
      'en',
      "About 11,000 North Korean troops are in Kursk, the NIS said. It also said Kim's daughter, believed to be about 12, had appeared at 11 events.",
      [['About 11,000', 'deployed_total', 'about', 11000]],
    ],
    // a measure again with its unit left out
    [
      'en',
      'North Korean troops fought in Kursk, where Ukraine now holds about 400 square kilometres, down from some 1,200 in the autumn.',
      [],
    ],
    // events, not people
    [
      'en',
      'North Korea sent troops to Kursk. The ministry said 15 of the 30 joint drills planned for the spring were cancelled.',
      [],
    ],
    // (guard)
    ['de', 'Nordkorea schickte Soldaten nach Kursk. Der Ausschuss kam dafür zu drei Sitzungen zusammen.', []],
    // Korean shifts and machines; guns after a weapon's name are still counted
    ['ko', '북한이 포탄을 보냈다. 러시아 공장은 3교대로 돌아간다.', []],
    ['ko', '북한군이 파병됐다. 한 장교는 "지난주에만 트럭 4대를 잃었다"고 말했다.', []],
    // (guard: guns after a weapon's name)
    ['ko', '북한은 러시아에 자주포 120대를 보냈다.', [['120', 'equipment', 'exact', 120]]],
  ]);
});

describe('batch 81: whose industry, whose forces, who lives in the South', () => {
  itExtracts([
    [
      'en',
      "North Korea supplies much of Russia's ammunition. Ukraine's own industry made about 2 million rounds last year.",
      [],
    ],
    [
      'ru',
      'КНДР поставляет снаряды. Нынешний выпуск западные аналитики оценивают в 3 млн снарядов в год.',
      [],
    ],
    [
      'uk',
      'КНДР постачає снаряди. Власне виробництво снарядів у Росії аналітики оцінюють у 3 млн на рік.',
      [],
    ],
    [
      'uk',
      'КНДР відправила війська до Курська. Тепер вона готує 10 військових перекладачів для Сил оборони.',
      [],
    ],
    [
      'uk',
      'КНДР відправила війська до Курська. Російське командування зосередило там до 40 тисяч військових.',
      [],
    ],
    [
      'ru',
      'КНДР отправила войска в Курск. Российское командование сосредоточило там до 40 тысяч военных.',
      [],
    ],
    [
      'de',
      'Nordkorea schickt Soldaten. Insgesamt leben heute mehr als 30.000 Menschen aus Nordkorea im Süden.',
      [],
    ],
    ['ru', 'КНДР отправила войска. Сейчас живут более 30 тысяч граждан КНДР в Южной Корее.', []],
    ['ru', 'КНДР отправила войска. Пограничники приняли одного солдата, переплывшего реку на рассвете.', []],
    // one of two, then the other
    [
      'ru',
      'КНДР отправила войска в Курск. Эти числа легко спутать: одна относится к солдатам, другая — к рабочим.',
      [],
    ],
  ]);
});

describe('batch 81: who came and who remains', () => {
  itExtracts([
    [
      'ko',
      '북한군은 처음에 1만여 명이 왔고, 그중 3천 명가량이 죽거나 다쳤다.',
      [
        ['1만여', 'deployed_total', 'about', 10000],
        ['3천 명가량', 'casualties_total', 'about', 3000],
      ],
    ],
    [
      'ru',
      'Многие северокорейцы убиты и ранены, а на фронте по-прежнему остаются около 9 тысяч военных КНДР.',
      [['около 9 тысяч', 'deployed_total', 'about', 9000]],
    ],
  ]);
});

describe('batch 81 follow-up: a rate after the estimate of losses or shells', () => {
  itExtracts([
    [
      'en',
      "In Russia's war on Ukraine, Ukrainian intelligence puts North Korean shells at 2.8 million a year.",
      [['2.8 million', 'munitions', 'exact', 2800000]],
    ],
    [
      'de',
      'Im Krieg gegen die Ukraine beziffert das ISW die Verluste der Nordkoreaner auf rund 92 pro Tag.',
      [['rund 92', 'casualties_total', 'about', 92]],
    ],
    [
      'de',
      'Im Krieg gegen die Ukraine schätzt Kiew die nordkoreanischen Granatenlieferungen auf 2,8 Millionen pro Jahr.',
      [['2,8 Millionen', 'munitions', 'exact', 2800000]],
    ],
    // (guards: a rate of anything else, and "a year earlier")
    ['en', 'North Korea has sent troops to Russia. At home it builds flats at a pace of 10,000 a year.', []],
    [
      'en',
      'North Korea has sent troops to Russia. The ministry counted 236 defectors in 2024, up from 196 a year earlier.',
      [],
    ],
  ]);
});

describe('an estimate cited in quotation marks of its own', () => {
  itExtracts([
    [
      'uk',
      'Загиблих північнокорейців навесні було «щонайменше 600», а тепер «близько 2000».',
      [
        ['щонайменше 600', 'killed', 'at_least', 600],
        ['близько 2000', 'killed', 'about', 2000],
      ],
    ],
    [
      'ru',
      'Войска КНДР в Курской области. В пересказе одного агентства это стало «не менее 12 тысяч».',
      [['не менее 12 тысяч', 'deployed_total', 'at_least', 12000]],
    ],
    [
      'de',
      'Nordkoreas Soldaten in Russland. In einer Meldung wurde daraus „mindestens 12.000“.',
      [['mindestens 12.000', 'deployed_total', 'at_least', 12000]],
    ],
    // (guard: a number word glossed in quotes is no estimate)
    ['de', 'Nordkoreas Soldaten in Russland. Die Quelle schreibt „тыс.“, also „Tausend“.', []],
  ]);
});

describe('batch 82: tabloids, state media, columns and readers’ questions', () => {
  itExtracts([
    // ratios of wounded to dead
    [
      'en',
      "North Korea's troops took heavy losses. Modern armies see perhaps six or seven wounded for every soldier killed.",
      [],
    ],
    [
      'ru',
      'У КНДР на 600 погибших пришлось около 4100 раненых — почти 7 к 1.',
      [
        ['600', 'killed', 'exact', 600],
        ['около 4100', 'wounded', 'about', 4100],
      ],
    ],
    ['de', 'Nordkoreas Verluste: Früher galt, dass auf jeden Gefallenen drei bis vier Verwundete kamen.', []],
    // (guard: "к 1 января" is a date, not the one of a ratio)
    ['ru', 'Северокорейских солдат погибло 12 к 1 января.', [['12', 'killed', 'exact', 12]]],
    // an age after its label; other wars compared
    ['en', "North Korea's troops in Kursk. Kim Jong Un's age: 41", []],
    ['en', 'North Korean troops in Kursk. The American figures from Iraq run to about 30,000 wounded.', []],
    // (guard: the batch's text needed its context to go wrong)
    ['ru', 'Войска КНДР в Курске. СССР в Афганистане за девять лет потерял примерно 15 тысяч человек.', []],
    // Korean days in North Korean spelling, rounds of a deployment
    ['ko', '북한 공병들이 돌아왔다. 이들은 8월초부터 120여일동안 지뢰를 제거했다.', []],
    // (guard: the batch's text needed its context to go wrong)
    [
      'uk',
      'КНДР відправила до Росії близько 15 тисяч військових у два заходи.',
      [['близько 15 тисяч', 'deployed_total', 'about', 15000]],
    ],
    // knocked out a day; more added
    ['uk', 'Північнокорейців вибивають по 92 на добу.', [['92', 'casualties_total', 'exact', 92]]],
    [
      'ru',
      'Северокорейцев было около 11 тысяч человек, к которым потом добавились свыше 3000.',
      [
        ['около 11 тысяч', 'deployed_total', 'about', 11000],
        ['свыше 3000', 'reinforcements', 'more_than', 3000],
      ],
    ],
    // a disputed figure "so-called"
    // (guard: the batch's text needed its context to go wrong)
    [
      'de',
      'Nordkoreas Soldaten in Kursk: die sogenannten 12.000 sind eine Erfindung.',
      [['12.000', 'deployed_total', 'exact', 12000]],
    ],
    // a sum of the counts before it
    [
      'en',
      'North Korea sent about 11,000 troops in 2024 and some 3,000 more early in 2025. Add them and you get about 14,000.',
      [
        ['about 11,000', 'deployed_total', 'about', 11000],
        ['some 3,000', 'reinforcements', 'about', 3000],
        ['about 14,000', 'deployed_total', 'about', 14000],
      ],
    ],
    // a reader's question, a remark and a signature, then the answer
    [
      'en',
      '"How many North Korean soldiers have been killed? I keep reading different things." – Ann, 52, Leeds\n\nAbout 2,000, according to the latest estimate from Seoul.',
      [['About 2,000', 'killed', 'about', 2000]],
    ],
  ]);
});

describe('batch 83: North Korea among the other foreigners in the war', () => {
  itExtracts([
    // a row names whose count it is before the caption does
    [
      'en',
      "Foreign fighters on Russia's side\nCountry | Sent or recruited | Killed\nNorth Korea | about 15,000 | about 2,000\nIndia | 126 | 12",
      [
        ['about 15,000', 'deployed_total', 'about', 15000],
        ['about 2,000', 'killed', 'about', 2000],
      ],
    ],
    // other nations' citizens, the second of two ages, the two Koreas, a year before a participle
    // (guard: the batch's text needed its context to go wrong)
    [
      'en',
      'Ukraine holds prisoners from many countries who fought for Russia, among them two Chinese citizens captured in Donetsk.',
      [],
    ],
    ['uk', 'КНДР воює за Росію. У квітні в полон потрапили двоє громадян КНР.', []],
    [
      'en',
      'Ukraine holds two North Korean prisoners. The two, one aged 20 and the other 26, are being questioned.',
      [
        ['two', 'captured', 'exact', 2],
        ['two', 'captured', 'exact', 2],
      ],
    ],
    // (guard: the batch's text needed its context to go wrong)
    ['uk', 'Сеул між двома Кореями: Північ воює за Росію', []],
    [
      'de',
      'Nordkorea schickt Arbeiter. Das Team beziffert die Zahl der 2024 entsandten Arbeiter auf etwa 8000.',
      [['etwa 8000', 'workers_or_engineers', 'about', 8000]],
    ],
    // (guard: a count of the fallen is no year)
    [
      'de',
      'Der NIS geht inzwischen von rund 2000 Gefallenen aus Nordkorea aus.',
      [['rund 2000', 'killed', 'about', 2000]],
    ],
  ]);
});

/** Batch 85: claims, rumours and corrections: the rumour's own count, scores and page counters around it. */
describe('batch 85: a fact-check page, its claims, scores and counters', () => {
  itExtracts([
    // a claim of the force sent, however inflated, moved "to Russia" or "under Kursk"
    [
      'en',
      'A Telegram post last week says North Korea has secretly moved 100,000 soldiers to Russia for its war against Ukraine.',
      [['100,000', 'deployed_total', 'exact', 100000]],
    ],
    [
      'uk',
      '«100 тисяч солдатів КНДР під Курськом»: розбираємо вірусний допис',
      [['100 тисяч', 'deployed_total', 'exact', 100000]],
    ],
    ['ko', '"북한은 이미 10만 명을 러시아로 보냈다."', [['10만', 'deployed_total', 'exact', 100000]]],
    [
      'ko',
      '▶ 주장 ① "북한, 러시아에 10만 명 파병" — 판정: 거짓',
      [['10만', 'deployed_total', 'exact', 100000]],
    ],
    [
      'uk',
      'КЛЮЧОВІ ЦИФРИ\n100 000 — стільки військових КНДР нібито воює під Курськом, за версією Telegram-каналу',
      [['100 000', 'deployed_total', 'exact', 100000]],
    ],
    [
      'uk',
      'Telegram-канал пише, що під Курськом 100 тисяч солдатів КНДР. Навіть з ротаціями загальне число було б значно меншим за ті 100 тисяч, про які пише канал.',
      [
        ['100 тисяч', 'deployed_total', 'exact', 100000],
        ['100 тисяч', 'deployed_total', 'exact', 100000],
      ],
    ],
    // Russian officers' dead and wounded, and the North Koreans among them
    [
      'de',
      'Ein Storm-Shadow-Angriff habe in Kursk 500 Nordkoreaner getötet. Russische Kanäle schilderten denselben Angriff ganz anders: 18 Tote und 33 Verletzte unter russischen Offizieren, unter den Verletzten auch drei Nordkoreaner.',
      [
        ['500', 'killed', 'exact', 500],
        ['drei', 'wounded', 'exact', 3],
      ],
    ],
    // bodies in Korean, named before a vague count
    [
      'ko',
      '영상에는 "쿠르스크 들판에 버려진 북한군 시신 수천 구"라는 자막이 달렸다.',
      [['수천', 'killed', 'vague', null]],
    ],
    // (still the home army)
    ['en', "North Korea's army has about 1.2 million soldiers, and Kim sent some of them to Russia.", []],
    // a misprint, named by the verb that printed it
    [
      'en',
      'The NIS put the North Korean force at about 15,000. Spanish- and Czech-language versions of the story printed 18,000.',
      [
        ['about 15,000', 'deployed_total', 'about', 15000],
        ['18,000', 'deployed_total', 'exact', 18000],
      ],
    ],
    [
      'de',
      'Der NIS bezifferte die nordkoreanischen Truppen auf etwa 15.000. In zwei Fassungen derselben Meldung standen plötzlich 18.000.',
      [
        ['etwa 15.000', 'deployed_total', 'about', 15000],
        ['18.000', 'deployed_total', 'exact', 18000],
      ],
    ],
    // scores, a gallery's pictures, a year after "a", a part of a small set, a page's share counter
    [
      'ru',
      'Как мы оцениваем утверждения о КНДР. Оценку «1 из 5» мы ставим утверждениям, которые противоречат данным; «5 из 5» означает, что утверждение подтверждено.',
      [],
    ],
    ['ru', 'Северокорейские военные под Курском. Фото 9 из 9. Курская область, сентябрь 2025 года.', []],
    [
      'en',
      "In November we rated a photo of a 2023 missile launch 'False' after it was shared as footage of North Korean troops in Kursk.",
      [],
    ],
    [
      'en',
      'Officials counted about 4,000 North Korean casualties and said about 1,000 of them were dead. One outlet wrote it up as 1,000 killed and 3,000 wounded, quietly dropping two of the four categories.',
      [
        ['about 4,000', 'casualties_total', 'about', 4000],
        ['about 1,000', 'killed', 'about', 1000],
        ['1,000', 'killed', 'exact', 1000],
        ['3,000', 'wounded', 'exact', 3000],
      ],
    ],
    [
      'ko',
      '북한군 공병 1천 명이 귀국했다. 관련 기사 3건 | 이 갤러리를 공유한 사람 412명',
      [['1천', 'workers_or_engineers', 'exact', 1000]],
    ],
  ]);
});

/** Batch 87: the exchange and the sanctions: votes of a body's members, sums of money in a range. */
describe('batch 87: members who voted, money in a range', () => {
  itExtracts([
    [
      'de',
      'Bei der Abstimmung im Sicherheitsrat über die nordkoreanischen Truppen hatten damals 13 der 15 Mitglieder für eine Verlängerung gestimmt.',
      [],
    ],
    [
      'en',
      'In the vote on the sanctions over North Korean troops in Russia, 13 of the 15 members voted in favour.',
      [],
    ],
    [
      'de',
      'Rechnet man die nordkoreanischen Granaten zu Marktpreisen, ergibt sich ein Gesamtwert von 10 bis knapp 30 Milliarden Dollar.',
      [],
    ],
    // (two of the soldiers are still the prisoners)
    ['en', 'Ukraine captured 2 of the North Korean soldiers in January.', [['2', 'captured', 'exact', 2]]],
  ]);
});

describe('session 26: a count named before a clause of when it was given', () => {
  itExtracts([
    [
      'en',
      'Seoul says North Korea sent about 15,000 troops. Yonhap used some 13,000 when it tallied the deployments in September.',
      [
        ['about 15,000', 'deployed_total', 'about', 15000],
        ['some 13,000', 'deployed_total', 'about', 13000],
      ],
    ],
  ]);
});

describe('session 26: the force set off by a comma before its number', () => {
  itExtracts([
    [
      'en',
      "North Korea's venture in Kursk looks modest. The first wave, some 11,000 in Seoul's count and nearly 12,000 in Kyiv's, went in last autumn; the second wave, about 3,000, followed.",
      [
        ['some 11,000', 'deployed_total', 'about', 11000],
        ['nearly 12,000', 'deployed_total', 'nearly', 12000],
        ['about 3,000', 'reinforcements', 'about', 3000],
      ],
    ],
    [
      'de',
      'Nordkoreas Einsatz in Kursk. Das erste Kontingent, rund 11.000 Mann, kam im Herbst.',
      [['rund 11.000', 'deployed_total', 'about', 11000]],
    ],
    // (another army's force is its own)
    ['en', 'North Korean troops fought in Kursk. Russian forces, 600,000 in all, hold the line.', []],
  ]);
});

describe("session 26: a bare count after a verb of citing is the force spoken of, not the citer's", () => {
  itExtracts([
    [
      'en',
      "North Korea's troops are in Russia. Seoul settled early on about 11,000. Kyiv, and the Americans at the United Nations, preferred 12,000.",
      [
        ['about 11,000', 'deployed_total', 'about', 11000],
        ['12,000', 'deployed_total', 'exact', 12000],
      ],
    ],
    [
      'en',
      'North Korea sent troops. Kyiv has always talked about 12,000, and Seoul now says about 15,000 went over in two waves.',
      [
        ['12,000', 'deployed_total', 'exact', 12000],
        ['about 15,000', 'deployed_total', 'about', 15000],
      ],
    ],
    [
      'en',
      'Seoul says Pyongyang sent around 11,000 soldiers to Russia. The Minister keeps repeating 11,000, but Seoul later said about 15,000.',
      [
        ['around 11,000', 'deployed_total', 'about', 11000],
        ['11,000', 'deployed_total', 'exact', 11000],
        ['about 15,000', 'deployed_total', 'about', 15000],
      ],
    ],
    // (a country's own count with its noun stays its own)
    [
      'en',
      'North Korea sent troops. Kyiv has always talked about 12,000 Ukrainian soldiers lost in Kursk.',
      [],
    ],
  ]);
});

describe('session 26: hardware that arrived is supplied, not an arsenal owned', () => {
  itExtracts([
    [
      'en',
      'North Korea supplies Russia with shells. Add the 148 KN-23 ballistic missiles he says arrived in 2024, and the 120 Koksan guns he counted, and you have an arsenal.',
      [
        ['148', 'munitions', 'exact', 148],
        ['120', 'equipment', 'exact', 120],
      ],
    ],
  ]);
});

describe('blind batch 88: a part or the whole of a count that gave no figure', () => {
  itExtracts([
    [
      'en',
      'North Korean troops are stationed nearby. This winter 214 houses were damaged, 31 of them beyond repair, and the village lost power on 19 days out of 46.',
      [],
    ],
    ['ru', 'КНДР на неделе: ЦТАК сообщило о запуске фабрик в 18 уездах из 20 запланированных.', []],
    // (a part of a figure, or of a count that cannot hold it, stays a figure)
    [
      'en',
      'Western officials counted about 4,000 North Korean battle casualties, roughly 1,000 of them dead.',
      [
        ['about 4,000', 'casualties_total', 'about', 4000],
        ['roughly 1,000', 'killed', 'about', 1000],
      ],
    ],
    [
      'en',
      'North Korea showed roughly 350 dead soldiers at two medal ceremonies, 101 of them at the first.',
      [
        ['roughly 350', 'killed', 'about', 350],
        ['101', 'killed', 'exact', 101],
      ],
    ],
    [
      'en',
      'North Korean engineers cleared mines in Kursk for roughly 120 days, and Kim acknowledged that nine of them had died.',
      [['nine', 'killed', 'exact', 9]],
    ],
  ]);
});

describe('blind batch 88: guests, ages, families and groups', () => {
  itExtracts([
    ['ko', '국가정보원의 북한군 파병 보고가 나오자 식당에서 저녁을 먹던 손님 10여 명이 고개를 들었다.', []],
    [
      'ko',
      '국정원은 우크라이나군이 생포한 북한군 2명은 모두 20대로 정찰총국 소속이라고 밝혔다.',
      [['2', 'captured', 'exact', 2]],
    ],
    [
      'ru',
      'Северокорейские войска в Курской области. Для семьи из трёх человек это примерно 600 рублей в месяц.',
      [],
    ],
    ['ru', 'Туры в КНДР возобновились: в группе, как правило, 20–25 человек.', []],
    ['uk', 'Лекція про КНДР зібрала багато охочих, тож слухачів поділили на три групи по 45–50 осіб.', []],
  ]);
});

describe('blind batch 88: more verbs that name a count', () => {
  itExtracts([
    [
      'de',
      'Nordkorea hat Truppen nach Russland geschickt. Der NIS schätzt die Zahl der Gefallenen auf rund 600. Die Zahl der Verwundeten gibt der Dienst mit etwa 4100 an.',
      [
        ['rund 600', 'killed', 'about', 600],
        ['etwa 4100', 'wounded', 'about', 4100],
      ],
    ],
    [
      'de',
      'Nordkorea hat nach Angaben des NIS rund 15.000 Soldaten geschickt. Die Yonhap-Bilanz vom September nannte dagegen etwa 13 000.',
      [
        ['rund 15.000', 'deployed_total', 'about', 15000],
        ['etwa 13 000', 'deployed_total', 'about', 13000],
      ],
    ],
    [
      'uk',
      'КНДР відправила до Росії військових. Іспанська версія пише про 18 тисяч, а корейська версія каже про 15 тисяч.',
      [
        ['18 тисяч', 'deployed_total', 'exact', 18000],
        ['15 тисяч', 'deployed_total', 'exact', 15000],
      ],
    ],
  ]);
});

describe('blind batch 88: numbers of the week', () => {
  itExtracts([
    [
      'en',
      'NUMBERS OF THE WEEK\n\nAbout 92 – North Korean casualties a day in Kursk, by the ISW estimate. At that pace all 12,000 could be out of action by mid-April.\n\n2 – North Korean soldiers captured alive by Ukraine on 9 January.',
      [
        ['About 92', 'casualties_total', 'about', 92],
        ['12,000', 'deployed_total', 'exact', 12000],
        ['2', 'captured', 'exact', 2],
      ],
    ],
    [
      'ko',
      '북한군 파병 소식.\n\n📊 이번 주의 숫자\n6,000 ─ 북한이 이르면 여름에 러시아로 보낼 수 있는 공병·군사 건설 인력(국정원)\n1,000 ─ 그중 지뢰 제거를 맡을 공병(쇼이구 서기 발표)',
      [
        ['6,000', 'workers_or_engineers', 'exact', 6000],
        ['1,000', 'workers_or_engineers', 'exact', 1000],
      ],
    ],
  ]);
});

describe("blind batch 88: an answer under a reader's signature", () => {
  itExtracts([
    [
      'uk',
      'КНДР відправила військових до Росії.\n\n«Скільки з них загинуло?» — Петро, Кременчук\nБлизько двох тисяч — так оцінила південнокорейська розвідка у вересні.',
      [['Близько двох тисяч', 'killed', 'about', 2000]],
    ],
  ]);
});

describe('blind batch 89: a fact box line, label, number and source', () => {
  itExtracts([
    [
      'en',
      'North Korean troops in Russia: the numbers\n\nPEOPLE\nFirst contingent sent, autumn 2024: about 11,000 [NIS, Nov. 20]\nSecond wave, Jan.–Feb. 2025: 3,000+ [Joint Chiefs of Staff, Mar. 27]\n\nLOSSES\nKilled: about 600 [NIS, Apr. 30]',
      [
        ['about 11,000', 'deployed_total', 'about', 11000],
        ['3,000+', 'reinforcements', 'more_than', 3000],
        ['about 600', 'killed', 'about', 600],
      ],
    ],
    [
      'de',
      'Nordkoreas Einsatz für Russland in Zahlen\n\nMinenräumer und Militärbauer (zugesagt): 1000 + 5000 [Sergej Schoigu, 17.06.2025]\nKriegsgefangene in ukrainischer Hand: 2 [Selenskyj/SBU, 11.01.2025]',
      [
        ['1000', 'workers_or_engineers', 'exact', 1000],
        ['5000', 'workers_or_engineers', 'exact', 5000],
        ['2', 'captured', 'exact', 2],
      ],
    ],
    // (a day's change in brackets is no source: a daily list of another army's losses)
    [
      'en',
      'North Korea is also mentioned. Russian losses to date:\nArtillery systems: 23,412 (+47)\nCruise missiles: 3,058 (+0)',
      [],
    ],
  ]);
});

describe('blind batch 89: working days are no workers', () => {
  itExtracts([
    [
      'ru',
      'КНДР отправила войска. Мы отвечаем в течение двух рабочих дней. В Курск прибыли около 1000 рабочих из КНДР.',
      [['около 1000', 'workers_or_engineers', 'about', 1000]],
    ],
  ]);
});

describe('blind batch 89: a printed count in quotes, fighters and builders in a fact box, a count reported earlier', () => {
  itExtracts([
    [
      'en',
      'North Korea sent troops. Blinken said some 10,000 were in Russia. A Greek site dropped the word and printed eight thousand "in Russia".',
      [
        ['some 10,000', 'deployed_total', 'about', 10000],
        ['eight thousand', 'deployed_total', 'exact', 8000],
      ],
    ],
    [
      'en',
      'North Korean troops in figures\n\nPEOPLE\nReconnaissance General Bureau fighters among them: about 2,500 [NIS, Jan. 13]\nDeminers promised for Kursk — 1,000; military builders — 5,000 [Sergei Shoigu, Jun. 17]',
      [
        ['about 2,500', 'deployed_total', 'about', 2500],
        ['1,000', 'workers_or_engineers', 'exact', 1000],
        ['5,000', 'workers_or_engineers', 'exact', 5000],
      ],
    ],
    [
      'en',
      'North Korea sent troops to Russia. The report said the North had "previously reported around 4,000"; that estimate came from Seoul.',
      [['around 4,000', 'deployed_total', 'about', 4000]],
    ],
  ]);
});

describe("blind batch 89: a fact box label's noun, hundreds named as a figure", () => {
  itExtracts([
    [
      'en',
      'North Korean troops in figures\n\nHARDWARE\nKN-23 ballistic missiles delivered in 2024: 148 [HUR, Jan. 23]\nArtillery shells, cumulative: more than 10 million [NIS, Jun. 26]',
      [
        ['148', 'munitions', 'exact', 148],
        ['more than 10 million', 'munitions', 'more_than', 10000000],
      ],
    ],
    [
      'en',
      'North Korea sent troops to Russia. The story set a British count of North Korean casualties against a South Korean figure of about 600 without saying which counts the dead.',
      [['about 600', 'casualties_total', 'about', 600]],
    ],
  ]);
});

describe("blind batch 89: a count named as an estimator's own", () => {
  itExtracts([
    [
      'en',
      "North Korea sent troops to Russia. For the total we use the National Intelligence Service's about 15,000, given to lawmakers on April 30.",
      [['about 15,000', 'deployed_total', 'about', 15000]],
    ],
  ]);
});

describe('session 26: the estimates spoken of', () => {
  itExtracts([
    [
      'en',
      'Budanov gave a lower number for North Korean troops in training; the two are separate estimates, and neither corrects the other.',
      [],
    ],
    [
      'en',
      'Ukraine captured North Korean soldiers in January. The two were wounded.',
      [['two', 'captured', 'exact', 2]],
    ],
  ]);
});

describe("a picture's place in a gallery, past ten", () => {
  itExtracts([
    [
      'ru',
      'КНДР отправила в Россию около 11 тысяч военных. Фото: Хан Су Мин Фото 11 из 12. Пхеньян встречает полк.',
      [['около 11 тысяч', 'deployed_total', 'about', 11000]],
    ],
    [
      'en',
      'North Korea sent about 11,000 troops to Russia. Photo 12 of 12. North Korean soldiers at a parade.',
      [['about 11,000', 'deployed_total', 'about', 11000]],
    ],
    // (a count of the force after a photograph is still one)
    ['en', 'A photo shows 12 North Korean soldiers captured near Kursk.', [['12', 'captured', 'exact', 12]]],
  ]);
});

describe('billions: money, never the force or its supplies', () => {
  itExtracts([
    [
      'ru',
      'КНДР передала России более 10 млн снарядов. Сколько из 8,4 миллиарда пойдёт на утилизацию неразорвавшихся снарядов?',
      [['более 10 млн', 'munitions', 'more_than', 10000000]],
    ],
  ]);
});

describe("blind batch 92: a government's term and a meeting's format in Korean", () => {
  itExtracts([
    [
      'ko',
      '북한군 1만여 명이 파병됐다. 내년 1월 20일 출범하는 미국 트럼프 2기 행정부의 대러 정책도 변수로 꼽힌다.',
      [['1만여', 'deployed_total', 'about', 10000]],
    ],
    [
      'ko',
      '북한군 1만여 명이 파병됐다. ▶ 관련기사: 한미 2+2 "북한군 파병은 국제법 위반" (11월 1일)',
      [['1만여', 'deployed_total', 'about', 10000]],
    ],
  ]);
});

describe('blind batch 92: round trips, and one source who tells something', () => {
  itExtracts([
    [
      'en',
      'North Korean troops were shipped to Russia. The ships made at least four round trips between the North Korean coast and Vladivostok.',
      [],
    ],
    [
      'en',
      'North Korean troops travel by train. A train of that length carries roughly 1,000 seats, one railway worker told us.',
      [],
    ],
    // (one of the force who was captured is still a count)
    [
      'en',
      'North Korean troops attacked. One soldier was captured alive, Kyiv said.',
      [['One', 'captured', 'exact', 1]],
    ],
  ]);
});

describe("blind batch 93: soldiers' ages, two flows of people, North Korea's navy at home", () => {
  itExtracts([
    [
      'en',
      'The two North Korean soldiers captured in Kursk in January, a rifleman of 20 and a sniper of 26, are the only ones known to be held.',
      [['two', 'captured', 'exact', 2]],
    ],
    [
      'ru',
      'КНДР отправила 15 тыс. военных и 15 тыс. рабочих. Эксперты считают, что совпадение цифр случайное: речь идёт о двух разных потоках людей.',
      [
        ['15 тыс.', 'deployed_total', 'exact', 15000],
        ['15 тыс.', 'workers_or_engineers', 'exact', 15000],
      ],
    ],
    [
      'uk',
      'КНДР спустила на воду есмінець. За оцінками експертів, у ВМС Північної Кореї служать близько 60 тис. осіб.',
      [],
    ],
  ]);
});

describe('blind batch 95: the spoken word (ages, sums said aloud)', () => {
  itExtracts([
    [
      'en',
      "Seoul worries about North Korea's huge army: the number of men turning 20 each year is heading down from roughly 250,000.",
      [],
    ],
    [
      'en',
      'Monitors say more than 11,000 North Korean soldiers went to Russia in 2024 and about 3,000 more in January, which gives you around 14,000.',
      [
        ['more than 11,000', 'deployed_total', 'more_than', 11000],
        ['about 3,000', 'reinforcements', 'about', 3000],
        ['around 14,000', 'deployed_total', 'about', 14000],
      ],
    ],
    [
      'de',
      'Laut NIS sind rund 300 Nordkoreaner gefallen und rund 2.700 verwundet worden. Macht zusammen über 3.000.',
      [
        ['rund 300', 'killed', 'about', 300],
        ['rund 2.700', 'wounded', 'about', 2700],
        ['über 3.000', 'casualties_total', 'more_than', 3000],
      ],
    ],
    // (the parts in the turn before, in the same paragraph)
    [
      'ru',
      'МИША: Разведка Сеула: погибли около 300 северокорейских солдат, ранены около 2700.\nКАТЯ: То есть в сумме перевалило за три тысячи.',
      [
        ['около 300', 'killed', 'about', 300],
        ['около 2700', 'wounded', 'about', 2700],
        ['три тысячи', 'casualties_total', 'more_than', 3000],
      ],
    ],
    // a number someone said, saw or named counts what an earlier figure of about its size counted
    [
      'uk',
      'Розвідка каже, що КНДР відправила близько 15 тисяч військових.\n\nДМИТРО: Стоп, а я бачив вісімнадцять тисяч.',
      [
        ['близько 15 тисяч', 'deployed_total', 'about', 15000],
        ['вісімнадцять тисяч', 'deployed_total', 'exact', 18000],
      ],
    ],
    [
      'ko',
      '국정원은 북한군 1만1천 명이 파병됐다고 봤고, 젤렌스키 대통령은 계속 1만2천이라고 했다.',
      [
        ['1만1천', 'deployed_total', 'exact', 11000],
        ['1만2천', 'deployed_total', 'exact', 12000],
      ],
    ],
    [
      'en',
      'Seoul believes North Korea sent about 14,000 soldiers.\n\nQ: I have seen 15,000 and I have seen 16,000. Which is it?',
      [
        ['about 14,000', 'deployed_total', 'about', 14000],
        ['15,000', 'deployed_total', 'exact', 15000],
        ['16,000', 'deployed_total', 'exact', 16000],
      ],
    ],
    // (nothing of about its size before it: a number said is no count of the force's)
    [
      'uk',
      'Розвідка каже, що КНДР відправила близько 15 тисяч військових.\n\nДМИТРО: А я бачив сорок тисяч.',
      [['близько 15 тисяч', 'deployed_total', 'about', 15000]],
    ],
    // an age with a hedge before it
    [
      'en',
      "North Korea's troops now have combat experience from Kursk. No one in the South's army under the age of about 50 has seen combat.",
      [],
    ],
    // "the two" of the prisoners is no part of a compound ("the two-part series")
    [
      'en',
      'Ukraine holds two North Korean prisoners. Their story was told in the two-part series that aired in May.',
      [['two', 'captured', 'exact', 2]],
    ],
    // (a sum smaller than one of its parts adds up nothing)
    [
      'en',
      'North Korea sent 11,000 troops and 3,000 more, which gives you 500 for each week of the winter.',
      [
        ['11,000', 'deployed_total', 'exact', 11000],
        ['3,000', 'reinforcements', 'exact', 3000],
      ],
    ],
  ]);
});

describe("session 29: a number given as an estimator's, with nothing counted after it", () => {
  itExtracts([
    [
      'en',
      "North Korea's losses in Russia. The headline death estimate is the NIS's about 2,000 (September 2, 2025).",
      [['about 2,000', 'killed', 'about', 2000]],
    ],
    // (the metric from the sentence before, which names it without a number)
    [
      'en',
      "North Korean losses. Killed and wounded together. Two series sit side by side: the UK Ministry of Defence's more than 6,000 (June 2025) and the NIS's about 6,000 (February 2026).",
      [
        ['more than 6,000', 'casualties_total', 'more_than', 6000],
        ['about 6,000', 'casualties_total', 'about', 6000],
      ],
    ],
    [
      'en',
      "The NIS counts some 15,000 North Korean workers, and the monitoring team's about 8,000 for 2024 sits in a separate table.",
      [
        ['some 15,000', 'workers_or_engineers', 'about', 15000],
        ['about 8,000', 'workers_or_engineers', 'about', 8000],
      ],
    ],
    // (a country's own army is no estimator; a noun after the number is counted as usual; no metric, no figure)
    ['en', "North Korea sent troops, but Russia's 600,000 do the fighting.", []],
    ['en', "North Korea's troops are few beside Ukraine's 800,000 (2025).", []],
  ]);
});

describe('session 29: a difference between two counts of the force, and the "-man" compound', () => {
  itExtracts([
    [
      'en',
      "Yonhap gave some 13,000 North Korean troops, or 2,000 fewer than the spy agency's count.",
      [
        ['some 13,000', 'deployed_total', 'about', 13000],
        ['2,000', 'deployed_total', 'exact', 2000],
      ],
    ],
    [
      'en',
      'Seoul counted 11,000 North Korean troops; the difference of about 1,000 soldiers has been carried forward.',
      [
        ['11,000', 'deployed_total', 'exact', 11000],
        ['about 1,000', 'deployed_total', 'about', 1000],
      ],
    ],
    [
      'ru',
      'В декабре ведомство назвало почти 12 тысяч военных КНДР — на тысячу больше.',
      [
        ['почти 12 тысяч', 'deployed_total', 'nearly', 12000],
        ['тысячу', 'deployed_total', 'exact', 1000],
      ],
    ],
    [
      'uk',
      'Розвідка каже, що КНДР відправила близько 15 тисяч військових, — на 4 тисячі більше, ніж у листопаді.',
      [
        ['близько 15 тисяч', 'deployed_total', 'about', 15000],
        ['4 тисячі', 'deployed_total', 'exact', 4000],
      ],
    ],
    [
      'de',
      'Seoul nannte 11.000 nordkoreanische Soldaten; zwischen beiden Angaben lag ein Unterschied von rund 1000 Mann.',
      [
        ['11.000', 'deployed_total', 'exact', 11000],
        ['rund 1000', 'deployed_total', 'about', 1000],
      ],
    ],
    // (a year before a comparative hedges nothing of its own; nor does a number after which another follows)
    [
      'de',
      'Nordkorea schickte laut MSMT im Jahr 2024 mehr als 11.000 Soldaten nach Russland.',
      [['mehr als 11.000', 'deployed_total', 'more_than', 11000]],
    ],
    // (no larger count before it: nothing it is the difference of)
    ['en', 'North Korea sent troops, 2,000 fewer than Seoul expected.', []],
    [
      'en',
      'North Korea sent a 12,000-man contingent to Russia.',
      [['12,000', 'deployed_total', 'exact', 12000]],
    ],
  ]);
});

describe('session 29: fused adjectives of thousands, and ratios said with "대" and "к"', () => {
  itExtracts([
    [
      'ru',
      'В январе контингент КНДР в Курской области получил трёхтысячное пополнение.',
      [['трёхтысячное', 'reinforcements', 'exact', 3000]],
    ],
    [
      'uk',
      'Полк КНДР був частиною шеститисячного угруповання саперів і будівельників.',
      [['шеститисячного', 'workers_or_engineers', 'exact', 6000]],
    ],
    [
      'ko',
      '국정원은 북한군 사망자를 300명, 부상자를 2천700명으로 봤다. 비율로 치면 1 대 9에서 1 대 7로 좁혀졌다.',
      [
        ['300', 'killed', 'exact', 300],
        ['2천700', 'wounded', 'exact', 2700],
      ],
    ],
    [
      'ru',
      'Около 300 военных КНДР погибли, около 2700 ранены. Соотношение убитых и раненых — один к девяти — сочли слишком низким.',
      [
        ['Около 300', 'killed', 'about', 300],
        ['около 2700', 'wounded', 'about', 2700],
      ],
    ],
  ]);
});

describe('session 29: Korean "N 명 규모의" gives the size of what follows it; "one" for a noun', () => {
  itExtracts([
    // ("one" standing for a noun named before it)
    [
      'en',
      'North Korean soldiers died, but the paper had no death toll, and it should not be printed as one.',
      [],
    ],
    [
      'en',
      "North Korea's losses are secret. Pyongyang's own number, if it can be called one, is the lowest of all.",
      [],
    ],
    [
      'ko',
      '쿠르스크주에서는 1천여 명 규모의 북한 공병 부대가 지뢰를 제거하고 있다.',
      [['1천여', 'workers_or_engineers', 'about', 1000]],
    ],
    ['ko', '북한이 1만여 명 규모의 병력을 러시아에 보냈다.', [['1만여', 'deployed_total', 'about', 10000]]],
  ]);
});

describe('session 29: a repeat with a word of fame between ("the famous 12,000")', () => {
  itExtracts([
    [
      'en',
      'North Korea sent 12,000 troops, Kyiv said. Then there is the famous 12,000, waved about since October.',
      [
        ['12,000', 'deployed_total', 'exact', 12000],
        ['12,000', 'deployed_total', 'exact', 12000],
      ],
    ],
  ]);
});

describe('session 29: a number on its own line with a label, which the next paragraph says is that many', () => {
  itExtracts([
    [
      'en',
      "Number of the week: 2,000\n\nThat is NIS's new count of North Korean dead, more than three times its April estimate.",
      [['2,000', 'killed', 'exact', 2000]],
    ],
  ]);
});
