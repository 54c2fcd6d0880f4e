/**
 * Sentence templates for the generated bench pages, in English, Ukrainian and Korean. Placeholders:
 * `{a}`/`{b}` small counts, `{n}` any number, `{team}`/`{city}` names, `{day}` a date. Inline markup (`<a>`,
 * `<b>`) is part of the templates so the pages have text split across several nodes, as real articles do.
 *
 * TOPIC templates each carry exactly two North Korea troop figures (the browser bench fails unless the
 * extension highlights exactly two per topic paragraph); CONTEXT templates name North Korea but carry no figure;
 * FILLER templates never name North Korea but are full of numbers (scores, prices, dates).
 */

/** The languages the bench pages are written in. */
export type PageLang = 'en' | 'uk' | 'ko';

/** Templates of one language. */
export interface LangTemplates {
  topic: readonly string[];
  context: readonly string[];
  filler: readonly string[];
  headline: string;
  navigation: readonly string[];
}

const EN: LangTemplates = {
  headline: 'Seoul says Pyongyang sent more soldiers to Russia as fighting in Kursk continues',
  topic: [
    'North Korea has sent at least {a},000 additional soldiers to Russia since January, South Korea\'s <a href="/jcs">Joint Chiefs of Staff</a> said, bringing the total to about <b>1{b},000</b>.',
    'Of the roughly <b>1{a},000</b> North Korean troops deployed to the Kursk region, about {b},000 have been killed or wounded, the agency told lawmakers on {day}.',
    'Ukraine\'s military intelligence estimates that some {a},000 North Korean soldiers are fighting in Kursk and that another {b},000 will arrive by summer, <a href="/hur">officials said</a>.',
    "South Korea's spy agency said about {a}00 North Korean soldiers had been killed and {b},700 wounded in the fighting.",
  ],
  context: [
    'Pyongyang has never confirmed the losses, and <a href="/kcna">state media</a> made no mention of the deployment on {day}.',
    'Analysts say Kim Jong Un is using the war to give his army combat experience while Russia supplies oil and technology to North Korea.',
    "North Korea's troops were first seen in Russia's Far East in October, according to <b>satellite images</b> released by Seoul.",
  ],
  filler: [
    '<a href="/sport/{team}">{team}</a> beat the visitors {a}–{b} on {day}, with {n} fans in the stadium and tickets selling for $4{a}.50.',
    'The central bank kept its rate at {a}.{b}% on {day}; the index closed at {n}.{a}{b} points, up {b}.{a}% over the week.',
    'Petrol prices rose to $3.{a}{b} a gallon in {city}, where {n} households still wait for the <b>{a}0% rebate</b> promised in 20{b}{a}.',
    'The marathon in {city} drew {n} runners on {day}; the winner finished in 2:0{a}:{b}1, {a}{b} seconds outside the record.',
    'Shares of the carmaker fell {a}.{b}% after it delivered {n} vehicles in the quarter, against {a}{b},000 a year earlier.',
    'Weather for {city}: {a}{b}°C by noon, {b} mm of rain expected overnight, winds up to {a}{b} km/h on <a href="/weather">{day}</a>.',
  ],
  navigation: [
    'World',
    'Politics',
    'Business',
    'Tech',
    'Science',
    'Health',
    'Sport',
    'Culture',
    'Opinion',
    'Video',
  ],
};

const UK: LangTemplates = {
  headline: 'Розвідка: КНДР надіслала до Росії ще військових, бої в Курській області тривають',
  topic: [
    'За даними <a href="/hur">ГУР</a>, у Курській області перебуває близько 1{a} тисяч військових КНДР, а до літа КНДР відправить ще {b} тисячі солдатів.',
    'Президент заявив, що понад {a} 000 північнокорейських солдатів уже вбито або поранено, а {b}00 потрапили в полон.',
    'Розвідка вважає, що КНДР відправила до Росії близько <b>1{a} тисяч</b> військових, з них понад {b} тисячі загинули або були поранені.',
  ],
  context: [
    'Пхеньян досі не визнав втрат, а державні медіа КНДР {day} про розгортання не згадували.',
    'Аналітики вважають, що Кім Чен Ин використовує війну, щоб його армія набула бойового досвіду.',
  ],
  filler: [
    '<a href="/sport/{team}">{team}</a> переміг з рахунком {a}:{b} {day}, на стадіоні було {n} глядачів, квитки коштували {a}{b}0 гривень.',
    'Нацбанк зберіг облікову ставку на рівні {a}{b}%; курс долара {day} становив 4{a},{b}5 гривні.',
    'Ціна бензину в місті {city} зросла до 5{a},{b}9 гривні за літр, повідомили {day}; {n} родин чекають на компенсацію.',
    'Марафон у місті {city} зібрав {n} учасників, переможець фінішував за 2:0{a}:{b}1.',
    'Погода: {city}, вдень до {a}{b}°C, уночі {b} мм опадів, вітер до {a}{b} км/год.',
  ],
  navigation: [
    'Світ',
    'Політика',
    'Економіка',
    'Технології',
    'Наука',
    'Здоровʼя',
    'Спорт',
    'Культура',
    'Думки',
  ],
};

const KO: LangTemplates = {
  headline: '합참 “북한, 러시아에 병력 추가 파병… 쿠르스크 전투 계속”',
  topic: [
    '합동참모본부는 북한이 올해 러시아에 {a}000여 명을 추가로 파병했으며 북한군 사상자가 약 {b}천 명에 이른다고 밝혔다.',
    '국정원은 북한군 약 1만{a}천 명이 파병됐으며 이 가운데 {b}천여 명이 죽거나 다쳤다고 <b>국회 정보위원회</b>에 보고했다.',
  ],
  context: [
    '북한 관영 매체는 {day} 파병 사실을 언급하지 않았고, 평양은 아직 사상자를 인정하지 않았다.',
    '전문가들은 김정은 위원장이 전쟁을 통해 북한군의 실전 경험을 쌓으려 한다고 분석했다.',
  ],
  filler: [
    '<a href="/sport/{team}">{team}</a>는 {day} 홈 경기에서 {a}대 {b}로 이겼고, 관중 {n}명이 경기장을 찾았다.',
    '한국은행은 기준금리를 {a}.{b}%로 동결했고, 코스피는 {day} 2,{a}{b}0.{b}{a}로 마감했다.',
    '{city}의 휘발유 가격은 리터당 1,{a}{b}0원으로 올랐으며 {n}가구가 지원금을 기다리고 있다.',
    '{city} 마라톤에는 {n}명이 참가했고 우승자는 2시간 0{a}분 {b}1초에 결승선을 통과했다.',
    '{city} 날씨: 낮 최고 {a}{b}도, 밤사이 {b}mm 비, 바람 초속 {a}m.',
  ],
  navigation: ['정치', '경제', '사회', '국제', '문화', '스포츠', '과학', '오피니언'],
};

/** Templates per language. */
export const TEMPLATES: Record<PageLang, LangTemplates> = { en: EN, uk: UK, ko: KO };

/** Team names used by filler sentences (no North Korea cue among them). */
export const TEAMS = ['Arsenal', 'Dynamo', 'Shakhtar', 'Ulsan', 'Jeonbuk', 'Celtic', 'Benfica', 'Ajax'];
/** City names used by filler sentences. */
export const CITIES = ['Denver', 'Lviv', 'Busan', 'Lyon', 'Porto', 'Kharkiv', 'Incheon', 'Leeds'];
/** Dates used by the templates (written the same way in every language, as many sites do). */
export const DAYS = ['12 March 2025', '3 April 2025', '28 May 2025', '9 June 2025', '17 July 2025'];
