import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { extractFigures } from './extract-figures.ts';
import { summariseFigures, type Want } from './summarise-figures.test-helper.ts';

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
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe("the home army's strength by branch after its white-paper total", () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

/** Rates ("one in three"), shares of an economy, and a gallery's slide counters. */
describe('rates, shares of the economy and slide counters', () => {
  it.each<[Lang, string, Want[]]>([
    ['en', 'That would imply that roughly one in three North Korean casualties was fatal.', []],
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

/** Local life beside the troops in a regional story: residents, pupils, students, patients. */
describe('local people in a regional story', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

/** A year after a part of the year ("Anfang 2025", "the winter of 2024", "в начале 2025"). */
describe('years after a part of the year', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

/** Changes by a share, ratios, axes from zero, scores, letters, and North Korea's news at home. */
describe('changes, ratios, chart axes, scores and domestic news', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

/** Threads, reports and briefings: post and section numbers, notes glued to a sentence, scores, other armies. */
describe('post numbers, section numbers, glued notes, scores and other armies', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});
