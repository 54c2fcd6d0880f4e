/**
 * Numbers that are never figures: dates, years, times, ages, durations, calibres and other measures, model
 * names (KN-23, M1989, S-400), ordinals (11th, 2-й, 3차), money, resolution and article numbers.
 */
import type { NumberToken } from '../numbers/scan-numbers.ts';
import { execAtWords } from './exec-at-words.ts';
import { WEAPONS_BEFORE } from './find-count-noun.ts';

const L = '[A-Za-zÀ-ɏЀ-ӿ가-힣]*';
// prettier-ignore
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  `січн${L}`, `лют${L}`, `берез${L}`, `квітн${L}`, `травн${L}`, `червн${L}`, `липн${L}`, `серпн${L}`, `вересн${L}`, `жовтн${L}`, `листопад${L}`, `грудн${L}`,
  'січень', 'квітень', 'травень', 'червень', 'липень', 'серпень', 'вересень', 'жовтень', 'грудень', 'май',
  // (abbreviated: "28 бер.", "3 жовт.")
  'січ', 'бер', 'квіт', 'трав', 'черв', 'лип', 'серп', 'вер', 'жовт', 'лист', 'груд',
  `январ${L}`, `феврал${L}`, 'марта?', `апрел${L}`, 'мая', `июн${L}`, `июл${L}`, `август${L}`, `сентябр${L}`, `октябр${L}`, `ноябр${L}`, `декабр${L}`,
  'янв', 'фев', 'мар', 'апр', 'авг', 'сент?', 'окт', 'нояб?', 'дек',
  'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
].join('|');

// prettier-ignore
const AFTER_UNITS = [
  // a count of estimates, not of people ("каждая точка — одна оценка", "two estimates")
  '\\s(?:оцінк|оценк|estimates?(?![A-Za-zÀ-ɏЀ-ӿ])|schätzung)[A-Za-zÀ-ɏЀ-ӿ]*',
  // calibres and measures; a spoken calibre's second part ("сто семидесятимиллиметровые самоходки")
  '\\s+[а-яёіїє]{3,}(?:миллиметров|міліметров)[а-яёіїє]*',
  '-?\\s?(?:mm|мм|㎜|cm|см|km|км|㎞|kg|кг|t|т|m|м|foot|feet|ft|футов[а-яё]*|футов[а-яіїє]*|fuß|kilomet[A-Za-zÀ-ɏЀ-ӿ가-힣]*|kilo[A-Za-zÀ-ɏЀ-ӿ가-힣]*|miles?|millimet[A-Za-zÀ-ɏЀ-ӿ가-힣]*|міліметр[A-Za-zÀ-ɏЀ-ӿ가-힣]*|кілометр[A-Za-zÀ-ɏЀ-ӿ가-힣]*|километр[A-Za-zÀ-ɏЀ-ӿ가-힣]*|миллиметр[A-Za-zÀ-ɏЀ-ӿ가-힣]*|калібр[A-Za-zÀ-ɏЀ-ӿ가-힣]*|калибр[A-Za-zÀ-ɏЀ-ӿ가-힣]*|caliber|calibre|met(?:er|re)s?|metern|метр(?:а|ов|ів|и|ах|ами)?|미터|밀리[A-Za-zÀ-ɏЀ-ӿ가-힣]*|구경|킬로[A-Za-zÀ-ɏЀ-ӿ가-힣]*|톤)(?![A-Za-zÀ-ɏЀ-ӿ0-9])',
  // areas ("30 тис. кв. км", "28,000 sq km", "1,300 square kilometres")
  `\\s?(?:hectares?|ha(?![A-Za-zÀ-ɏЀ-ӿ가-힣])|hektar${L}|гектар${L}|га(?![A-Za-zÀ-ɏЀ-ӿ가-힣])|헥타르)`,
  // mines: no metric of ours counts them ("понад 40 тис. мін і снарядів, що не розірвалися", "10,000 mines cleared")
  `\\s?(?:(?:anti-?(?:tank|personnel)\\s+|land\\s?)?mines(?![A-Za-zÀ-ɏЀ-ӿ가-힣])|minen(?![A-Za-zÀ-ɏЀ-ӿ가-힣])|мін(?![A-Za-zÀ-ɏЀ-ӿ가-힣])|мин(?![A-Za-zÀ-ɏЀ-ӿ가-힣])|(?:개의?\\s?)?지뢰)`,
  `\\s?(?:кв\\.?\\s?(?:км|м|кілометр|километр)|sq\\.?\\s?(?:km|mi)|square\\s+(?:kilomet|mile|met)|km²|км²|quadratkilomet|㎢|제곱)`,
  // a drone unit's crews ("З 14 екіпажів повернулися 11", "Из 11 расчётов", "14 crews")
  `\\s+(?:crews|besatzungen|екіпаж(?:ів|і)|расч[её]т(?:ов|а|ы)|экипаж(?:ей|и))(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  // factors ("a ~3x jump", "10× more")
  '[x×](?![A-Za-zÀ-ɏЀ-ӿ가-힣0-9])',
  // durations, ages, times
  `-?\\s?(?:years?|yrs?|year-olds?|days?|weeks?|months?|hours?|minutes?|mins?|seconds?|secs?|decades?|times|fold|km/h|a\\.m\\.|p\\.m\\.|am(?!\\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|morgen|abend|vormittag|nachmittag|rande|anfang|ende|beginn|tag|\\d))|pm|percentage\\s+points|votes?|articles?|sites?|countries|nations|states|государств[а-яё]*|стран(?:ы|ами|ах|ам)?|країн(?:и|ами|ах|ам)?|держав(?:и|ами|ах|ам)?|staaten|ländern|länder|regions|provinces|brigades|sides|governments|regierungen|уряди|урядів|правительства|правительств)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  // the two Koreas ("між двома Кореями", "the two Koreas", "beide Koreas")
  `\\s+(?:koreas|koreen|кореями|кореях|корей|кореї|кореи)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  // rounds and stages of a deployment: "у два заходи", "в два этапа", "in zwei Schüben", "in two waves"
  `\\s+(?:заход(?:и|ів|ах|ы|ов|а)|етап(?:и|ів|ах)|этап(?:а|ов|ах)|schüben|etappen|waves|stages|tranches|phases)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  // events and sessions, not people: "20 of the 40 field exercises", "drei Sitzungen", "пять заседаний"
  `\\s+(?:(?:of|von|из|з|із)\\s+(?:the\\s+)?\\d+\\s+)?(?:[a-z-]+\\s+)?(?:exercises|drills|manoeuvres|maneuvers|hearings|sessions|summits|meetings)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  `\\s+(?:(?:militär|feld|gefechts)?übungen|manöver[n]?|sitzungen|anhörungen|учени(?:й|я|ях|ями)|заседани(?:й|я|ях|ями)|засідан(?:ь|ня|нях|нями))(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  // seats of a parliament ("192 of the National Assembly's 300 seats", "170 із 300 місць")
  `\\s?(?:(?:of|із|з|из|der|von)\\s+(?:the\\s+)?(?:[^\\s\\d]+\\s+){0,3}\\d+\\s+)?(?:(?:elected|permanent|non-permanent|nichtständige[n]?|ständige[n]?|непостійн[а-яіїє]*|постійн[а-яіїє]*|непостоянн[а-яё]*|постоянн[а-яё]*)\\s+)?(?:seats|sitze[n]?|місць|мест|석|의석)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  // ceremonies ("bei zwei Ordensverleihungen", "at two ceremonies", "на двох церемоніях")
  `\\s?(?:ceremon${L}|zeremonie${L}|ordensverleihung${L}|(?:ordens|gedenk|trauer)?feier(?:n|lichkeiten)?(?![A-Za-zÀ-ɏЀ-ӿ가-힣])|ehrung(?:en)?|церемон${L}|(?:차례의?\\s?)?(?:훈장\\s?수여식|행사))`,
  // nautical miles ("около 300 морских миль")
  `\\s?(?:морск${L}\\s+)?(?:миль|мили|миля)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])|\\s?(?:морськ${L}\\s+)?(?:миль|милі|миля)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])|\\s?(?:nautical\\s+miles|seemeilen?|해리)`,
  // barrels of oil
  `\\s?(?:barrels?|баррел${L}|барел${L}|fass|barrel|배럴)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  // countries ("aus fünf Ländern", "з п'яти країн", "из пяти стран", "11개국")
  `\\s?(?:ländern?|staaten|країн(?:и|ах|ам|ами)?|стран(?:ы|ах|ам|ами)?|개국|개\\s?나라)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  // fractions and very large money-like scales
  `-?\\s?(?:thirds?|quarters?|fifths?|halves|третин${L}|трет(?:ей|и|ья|ь)|четверт${L}|drittel|viertel|hälfte)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  `\\s?(?:trillion|billion|bn|трлн|млрд|mrd|billionen|milliarden|조)`,
  `\\s?(?:рок${L}|рік|років|дн(?:я|ей|ів|і|ям|ями|ях)|день|тижн${L}|тиждень|місяц${L}|годин${L}|хвилин${L}|лет|год${L}|недел${L}|месяц${L}|час(?:а|у|ы|ов|ам|ами|ах|ів|і)?|минут${L}|раз(?:а|и|у|ом|ів)?|разів)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  `\\s?(?:jahr${L}|tag${L}|woche${L}|monat${L}|stunde${L}|minute${L}|mal)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  // "a few more months of data", "zwei weitere Wochen": more time, not more troops
  `\\s+(?:more|weitere[n]?)\\s+(?:days?|weeks?|months?|years?|hours?|minutes?|tage[n]?|wochen|monate[n]?|jahre[n]?|stunden)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  // "девять с лишним лет", "дев'ять з гаком років", "a decade and more": more than a number of years is a period
  `\\s+(?:с\\s+лишним|с\\s+небольшим|з\\s+гаком|з\\s+лишком|з\\s+невеликим)\\s+(?:лет|год${L}|месяц${L}|недел${L}|дн${L}|рок${L}|рік|років|місяц${L}|тижн${L})(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  // "за одну только неделю": a particle between a number and its period
  `\\s+(?:только|лишь|всего|лише|лиш|всього)\\s+(?:недел|тижн|тиждень|дн|день|месяц|місяц|рок|рік|год|лет)${L}`,
  // two ages or durations joined ("aged 20 and 26 years", "20 і 26 років")
  `\\s*(?:and|or|und|oder|і|та|й|и|или|[-–—])\\s*\\d{1,3}\\s*(?:years?|jahren?|jahre|років|роки|рік|лет|года|살|세)(?![A-Za-zÀ-ɏЀ-ӿ])`,
  // index points and age adjectives ("2 781 пункта", "a 64-year-old", "12-jähriges", "64-річного", "12-летний")
  `\\s?(?:points?|pts|punkte?n?|пункт(?:а|ов|ів|и)?|포인트)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`, `-?(?:jährig|річн|летн)${L}`,
  // articles of a treaty or law ("23 статей", "23 Artikeln", "23개 조")
  `\\s?(?:стат(?:ей|ья|ьи|ті|тя|тей|ях|ьях)|artikeln?|paragraphen)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`, '개\\s?조(?!원)',
  // one in two: "두 명 중 한 명꼴", "열 명 가운데 네 명꼴" (but "하루 약 92명꼴", so many a day, is a count)
  '\\s?명\\s?(?:중|가운데)\\s?(?:한|1)\\s?명',
  '\\s?명\\s?(?:중|가운데)\\s?(?:두|세|네|다섯|여섯|일곱|여덟|아홉|\\d{1,2})\\s?명꼴',
  // "one in three", "four out of every ten", "zwei von drei", "9 out of 10": a rate, not a count
  '\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\\d{1,3})(?![\\d,.]?\\d|\\s+(?:thousand|hundred|million))(?![A-Za-z])(?!\\s+(?:days?|weeks?|months?|years?|hours?|rounds?|waves?|rotations?|batches|stages|groups|attacks|assaults|battles|tranches))',
  '\\s+von\\s+(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|hundert|\\d{1,2})(?![\\d.,]?\\d|\\s*(?:tausend|millionen))(?![a-zäöüß])',
  // a share of the economy or a budget ("around 6 per cent of GDP", "6 Prozent des BIP", "6% ВВП")
  '\\s?(?:%|per\\s?cent|percent|prozent|відсотк${L}|відсотків|процент${L}|процентов)\\s+(?:of\\s+(?:its\\s+|the\\s+|russia[’\\x27]s\\s+)?(?:gdp|budget|economy|output)|des\\s+(?:bip|haushalts|bruttoinlandsprodukts)|vom\\s+bip|(?:від\\s+|от\\s+)?ввп)(?![A-Za-zÀ-ɏЀ-ӿ])', '보(?=[·ㆍ\\]])', '대\\s?(?:청년|남성|여성|남자|여자|젊은|병사|군인|포로)', '주(?:(?![가-힣])|(?=\\s?(?:안|만에|동안|내|째|후|전|간)))', '(?:여|남짓|가량|쯤)\\s?(?:년|개월|일|주|시간)(?:(?![가-힣])|(?=동안|간|째|만에|만|뒤|후|전))',
  // a percentage of prices ("5% — 장마당 쌀값 하락 폭", "prices rose 4 percent"): no share of the force
  '\\s?(?:%|％|per\\s?cent|percent|prozent|퍼센트)[^\\n\\d]{0,24}(?:쌀값|가격|물가|환율|prices?|preise?|цен|ціни|цін|inflation|інфляц|инфляц)',
  // tonnes of anything ("около 30 тыс. тонн пшеницы", "30,000 tons of wheat", "3만 톤")
  `\\s?(?:tons|tonnes?|tonnen|тонн${L}|тон(?![A-Za-zÀ-ɏЀ-ӿ가-힣])|톤)`,
  // those who subscribe, apply or watch, named after "명의" ("2만1천여 명의 구독자에게")
  '(?:여|가량|남짓)?\\s?명의?\\s?(?:구독자|독자|시청자|청취자|참가자|신청자|관객|관람객|방문객|회원)', '\\s?(?:년|월|일|시|분|초|세|살|개월|주년|주일|주간|차|번째|진(?![가-힣])|위|호|회|배|시간|대\\s?(?:초반|중반|후반)|개국|곳|(?:공병)?(?:연대|사단|여단|군단|대대))',
  // a government's term ("트럼프 2기 행정부") and a meeting's format of ministers ("한미 2+2", "2+2 talks")
  '\\s?기\\s?(?:행정부|정부|내각|체제|집권)', '\\+\\d(?!\\d)',
  // ordinals ("528. Pionierregiment": a German ordinal before a unit)
  '(?:st|nd|rd|th)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])', '\\.\\s+[a-zäöüß-]*(?:regiment|brigade|division|korps|armee|bataillon|kompanie)', '-?(?:й|я|ий|ій|го|му|ї|ої|ого|ому|те|та|ти|е|ю|ым|им)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])',
  // seats of the UN Security Council ("two of the five permanent members", "13 из 15 членов Совета Безопасности", "15개 이사국")
  `(?:\\s+(?:of\\s+the|из|з|із|von)\\s+(?:\\d+|five|fifteen|п[’'ʼ]яти|пяти))?\\s+(?:permanent\\s+members|(?:non-permanent\\s+)?members\\s+of\\s+the\\s+(?:un\\s+)?security\\s+council|security\\s+council\\s+members|(?:постійн|постоянн|непостійн|непостоянн)${L}\\s+член${L}|член${L}\\s+(?:совета|ради|радбезу|совбеза|сб\\s+оон)${L}|(?:nicht-)?ständig${L}\\s+mitglied${L}|mitglied${L}\\s+des\\s+(?:un-)?sicherheitsrat${L})`,
  '개?\\s?(?:상임\\s?|비상임\\s?)?이사국',
  // compounds of a thing's parts ("an 11-axle launcher", "a 40-tube launcher")
  '-(?:axle|wheel|barrel|tube|rail|seat|stor(?:e)?y|inch|lane|page|nation|country|member|state|party)s?(?![A-Za-z])', '\\s?축(?![가-힣])',
  // ("seinen 52-seitigen Bericht", "64-страничный доклад", "64-сторінкову доповідь")
  `-(?:seitig|страничн|сторінков)${L}`,
  // "one another": "надати одна одній допомогу", "друг другу"
  `\\s+(?:одн(?:ій|ому|ого|ієї|ої|им|ією|ою|ой|у)|друг(?:у|а|ом|ой))(?![A-Za-zÀ-ɏЀ-ӿ])`,
  // an age decade before people: "20대 북한 병사들" (soldiers in their twenties)
  '대\\s?(?:[가-힣]+\\s)?(?:북한\\s?)?(?:병사|군인|남성|청년|포로|남자|여성)',
  // money
  `(?:[.,]\\d{1,2})?\\s?(?:dollars?|usd|us\\$|\\$|€|euros?|won|долар${L}|доллар${L}|гривень|гривні|гривня|грн|рубл${L}|руб|євро|евро|dollar|euro|달러|원|억\\s?원|만\\s?원)(?![A-Za-zÀ-ɏЀ-ӿ])`,
  // times, fractions, model suffixes
  '[:/]\\d', '[·ㆍ]\\d',
  // decades: "in den 1980er-Jahren", "the 1980s", "в 1980-е", "1980년대"
  '(?:er|s|[’\']s|-[еехті]{1,2}|년대)(?![A-Za-zÀ-ɏЀ-ӿ])',
  // parts and money: "nearly 300 electronic components", "20 тыс. вон"
  `\\s?(?:(?:electronic\\s+)?components?|компонент${L}|bauteil${L}|부품)`, '\\s?(?:won|вон|원)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])', '-?[A-Za-zÀ-ɏЀ-ӿ가-힣]\\d', '\\.\\d+\\.', '\\s?(?:billion|bn|млрд|mrd)\\s+(?:dollars|usd|\\$|доларів|долларов|dollar)',
  // members of a council and athletes of a team, counted beside the troops ("Mehrere der 15 Ratsmitglieder",
  // "Several elected members said", "Делегация из 16 спортсменов")
  '\\s+(?:(?:elected|permanent|other|committee|council|board|panel)\\s+)?(?:members?(?!\\s+of\\s)|ratsmitglieder|mitglieder[n]?(?!\\s+(?:des|der)\\s)|delegations|delegationen|членов|членів|делегац[а-яіїє]*|athletes|sportler[a-z]*|спортсмен[а-яіїє]*)(?![A-Za-zÀ-ɏЀ-ӿ])',
].join('|');

const AFTER_RE = new RegExp(`^(?:${AFTER_UNITS})`, '');
// (digits after an underscore end a user name: "익명의구독자_2077", "Дід_Панас_2022"; a podcast's episode: "Ep. 133")
const BEFORE_RE =
  /(?:[$€£₴₽¥]|us\$|no\.|nr\.|№|#|§|(?<![A-Za-zÀ-ɏЀ-ӿ])(?:ep\.|episode|folge|выпуск|випуск|эпизод|епізод))\s?$|\d[:/.·ㆍ]$|[A-Za-zÀ-ɏЀ-ӿ가-힣]\s?[-‑]$|[A-Za-zÀ-ɏЀ-ӿ가-힣]\d*[-‑]?$|_$/;
/**
 * Rarer marks before a number: a year range's tail ("2024-25"), a Korean fraction ("3분의 2"), comment and view
 * counters ("💬 74", "👍 176 · 👎 9"). Tested only when the text before, trimmed, ends in one of their last characters.
 */
const RARE_BEFORE_LAST = new Set(['-', '–', '/', '의', '\u{1F4AC}', '\u{1F441}', '\u{1F44D}', '\u{1F44E}']);
const RARE_BEFORE_RE = /(?:19|20)\d\d[-–/]$|분의\s?$|(?:💬|👁|👍|👎)\s?$/u;
const WORD_BEFORE_RE = new RegExp(
  `(?:(?:resolution|article|art\\.|section|paragraph|clause|page|route|rule|regel|правил[оа]|резолюц${L}|стат${L}|пункт${L}|artikel|absatz|ziffer|결의)s?\\.?(?:\\s+\\d{1,4}\\s*(?:,|and|und|і|и|та|й)\\s*)?` +
    // ages: "a woman of 81", "a mobilised soldier of 47"
    `|(?:man|woman|widow|pensioner|soldier|rifleman|sniper|gunner|conscript|recruit|private|driver|mother|father|grandmother|grandfather|girl|boy|son|daughter|child)\\s+of` +
    // "an officer now living in Seoul, who is 51"
    `|who\\s+is` +
    // "10명 중 4명": a ratio, not a count
    `|(?<!\\d)(?:10|100|1000)\\s?명\\s?중` +
    // temperatures: "영하 10도", "minus 10"
    `|(?:영하|영상|minus|мінус|минус)[ \\t\\u00a0]*$` +
    // rounding ("округляет до тысяч", "rounded to thousands")
    `|(?:округл${L}|rounded|rounding|gerundet|rundet|반올림${L})\\s+(?:up\\s+|down\\s+)?(?:to|до|auf)[ \\t\\u00a0]*$` +
    // a number that names one thing ("target number 1,347", "serial number 4400")
    `|(?:target|serial|hull|tail|case|file)\\s+(?:number|no\\.?)[ \\t\\u00a0]*$` +
    // a report's section or paragraph: "Abschnitt 2 – Truppen", "Rz. 41–44", "розділ 3", "(단락 18)"
    `|(?:abschnitt|section|розділ|раздел|rz\\.|para\\.|paragraph|пункт|단락)[ \\t\\u00a0]*$` +
    // a podcast's episode: "Episode 148", "Folge 58", "Наш выпуск 58"
    `|(?:episode|folge|епізод|эпизод|(?:наш|этот|новый|цей|новий)\\s+(?:выпуск|випуск))\\s*(?:№|#|no\\.)?[ \\t\\u00a0]*$` +
    // a comment, view or like counter: "댓글 1,284", "Comments 97", "Просмотры 12 400"
    `|(?:comments|views|likes|reposts|kommentare|aufrufe|коментар${L}|комментари${L}|перегляд${L}|просмотр${L}|лайк${L}|댓글|조회\\s?수?|공감)[ \\t\\u00a0:]*$` +
    // days of the war ("Day 1,039 of the invasion")
    `|(?:day|tag|день|доба|дня)[ \\t\\u00a0]*$` +
    // ages: "aged 20 and 26", "men turning 20", "im Alter von 19", "у віці 20", "в возрасте 26 лет"
    `|(?:aged|(?:men|women|people|boys|those|who\\s+(?:are|were))\\s+turning|ages(?:\\s+as)?|age\\s+(?:of|to|from|limit\\s+(?:of|to))|im\\s+alter\\s+von|у\\s+віці|віком|в\\s+возрасте|возрастом)(?:\\s+\\d+\\s*(?:,|and|or|to|und|oder|bis|і|та|й|и|или|до|-|–))?(?:\\s+(?:about|around|roughly|some|etwa|rund|ungefähr|близько|приблизно|около|примерно))?)[ \\t\\u00a0]*$`,
  'y',
);
const MONTH_BEFORE_RE = new RegExp(`(?:${MONTHS})\\.?[ \\t\\u00a0]*$`, 'y');
/** A month and day before a year, as English datelines write them: "June 16, 2025", "Dec. 3, 2024". */
const MONTH_DAY_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${MONTHS})\\.?\\s+\\d{1,2},\\s*$`, 'i');
/** A season before a bare four-digit year: "autumn 2024", "Herbst 2024", "восени 2024". */
const SEASON_BEFORE_RE = new RegExp(
  `(?:spring|summer|autumn|fall|winter|frühjahr|frühling|(?:spät|früh|hoch)?(?:sommer|herbst|winter)|весн${L}|навесні|літ${L}|влітку|осен${L}|восени|зим${L}|взимку|лет[оа]|летом)\\s*$`,
  'y',
);
/** A part of a year before a year: "Anfang 2025", "early 2025", "the winter of 2024", "в начале 2025", "2025년 초" is after. */
const PART_OF_YEAR_BEFORE =
  /(?:^|[^\p{L}])(?:anfang|ende|mitte|beginn|early|late|mid-?|allein|alone|seit|since|(?:spring|summer|autumn|fall|winter|start|end|middle|beginning|much|most|all|part|half)\s+of|начал[еао]|конц[еа]|середин[еау]|початку|кінці|наприкінці|середині|початок|кінець)\s+$/u;

const MONTH_AFTER_RE = new RegExp(
  `^\\.?(?:\\s*(?:по|до|–|-|bis|to|and|und|і|и|та)\\s*\\d{1,2}\\.?)?\\s+(?:${MONTHS})(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  '',
);
/** "News at 6 and 11", "um 18 Uhr": an hour, not a count. */
const CLOCK_BEFORE =
  /(?:^|[^a-zа-яёіїєґäöüß])(?:at|um|о|в)[ \u00a0]+(?:\d{1,2}[ \u00a0]+(?:and|und|і|и)[ \u00a0]+)?$/;
const CLOCK_AFTER = /^(?:\s+(?:and|und|і|и)\s+\d{1,2}(?!\d)|\s*(?:uhr|год|ч\.|o'clock|[.,;]|$))/;
const YEAR_TAIL_RE =
  /^\s*(?:р\.|г\.|рок[A-Za-zÀ-ɏЀ-ӿ가-힣]*|році|год[A-Za-zÀ-ɏЀ-ӿ가-힣]*|року|года|jahr[A-Za-zÀ-ɏЀ-ӿ가-힣]*|년)/;

/**
 * A name's age in brackets, as the press writes it: "Selenskyj (46)", "Kim Jong Un (41) said", and in Korean with
 * the town or the job after a dot: "강정숙(68·대전 서구)", "김모(45·회사원)".
 */
const AGE_BRACKETS_BEFORE = /[A-Za-zÀ-ɏЀ-ӿ가-힣]\s?\($/;
const AGE_BRACKETS_AFTER = /^(?:\)|[·ㆍ][\s\u00a0]?[가-힣])/;

/** A word, then a comma: where an age in commas follows a person ("a nurse at a field hospital, 52,"). */
const AGE_COMMAS_BEFORE = /[a-zа-яіїєёäöüß],\s$/;
/** The older or younger of two: "молодшому було 20 років, старшому — 26". */
const AGE_OLDER_BEFORE =
  /(?:старш|молодш|старш|младш|older|younger|ältere|jüngere|іншому|другому|другой|другому)[a-zа-яіїєёäöüß]*[\s,]*[—–-]?\s*$/;

/** Before the size of a group: "a team of", "Gruppe aus", "Trupps von", "групами по", "группы из", "조". */
const SMALL_GROUP_BEFORE =
  /(?:groups?|teams?|squads?|cells?|crews?|gruppen?|trupps?|teams?|zellen|kolonnen?|груп(?:а|и|ами|ах|ою)?|групп(?:а|ы|ами|ах|ой)?|загон(?:и|ами)?|отряд(?:ы|ами)?|бригад(?:а|и|і|е|у|ою|ой|ы)|команд(?:а|и|і|е|у|ою|ой|ы)|famil(?:y|ies)|familie[n]?|семь(?:я|и|е|ю|ей)|сім['’](?:я|ї|ю|ями))(?:\s+[^\s\d]+){0,2}?\s+(?:of|aus|von|zu|по|з|із|из|до)\s+(?:(?:jeweils|je)\s+)?$|(?:^|[\s(])(?:jeweils|je|по)\s+$|(?:^|\s)(?:в|у|in)\s+(?:(?:a|each|the|jeder|einer)\s+)?(?:группе|групі|групах|группах|group|gruppe)[^.\d]{0,24}$/;
/** Korean group sizes: "1개 조가 15~20명", "돌격조는 3~5명 단위로". */
const KOREAN_GROUP_BEFORE = /(?:조|분대|소대)(?:가|는|당|마다|별로)?[\s\u00a0]?$/;
const GROUP_UNIT_AFTER = /^[\s\u00a0]?명[\s\u00a0]?단위/;
/** A rate a day after a distributive "по": "втрачали по 30 на день" counts losses, no group. */
const PER_DAY_AFTER =
  /^[\s\u00a0]*(?:[^\s\d]+[\s\u00a0]+){0,2}?(?:на|в|за)[\s\u00a0]+(?:день|добу|сутки|тиждень|неделю)/;

/** "not one, not two headlines", "не один і не два", "nicht einer und nicht zwei": rhetoric, no count. */
const NOT_ONE_BEFORE =
  /(?:not\s+one,?\s+(?:and\s+)?not|не\s+(?:один|одна|одне|одно)\s*,?\s*(?:і|и|й|а)?\s*не|nicht\s+(?:einer|eine|eins|ein),?\s+(?:und\s+)?nicht)\s+$/;
/** Shots a gun fires before it moves ("після 4–6 пострілів"): a crew's rounds, no supply. */
const SHOTS_AFTER =
  /^[\s\u00a0]*(?:shots|rounds|пострілів|постріли|выстрелов|выстрела|schüssen|schüsse|발\s?(?:을\s?)?(?:쏜|쏘|사격))/;
/**
 * The sources a story cites, not a count: "according to two people familiar with the talks", "three sources said",
 * "два источника, знакомые с …", "zwei mit den Gesprächen vertraute Personen", "소식통 두 명".
 */
const SOURCES_AFTER =
  /^[\s\u00a0]+(?:(?:people|persons|officials|diplomats|insiders)[\s\u00a0]+(?:familiar|briefed|close[\s\u00a0]+to|with[\s\u00a0]+(?:direct[\s\u00a0]+)?knowledge|who[\s\u00a0]+(?:spoke|asked|requested|declined|were[\s\u00a0]+not[\s\u00a0]+authori[sz]ed))|(?:(?:senior|western|u\.s\.|american|european|diplomatic|government|military|intelligence|security)[\s\u00a0]+)?sources(?![a-z])|(?:источник|собеседник|інсайдер|инсайдер|джерел|співрозмовник)[а-яіїєё]*|(?:mit[\s\u00a0]+[^\s.,;]+[\s\u00a0]+[^\s.,;]+[\s\u00a0]+)?vertraute[n]?[\s\u00a0]+personen|quellen|insider|informanten|명의[\s\u00a0]?소식통)/;
const SOURCES_BEFORE_KO = /소식통[\s\u00a0]?$/;
/** The first of two ages before the second: "aged 20 and the other ", "aged 20, the other ". */
const TWO_AGES_BEFORE =
  /(?:aged|im[\s\u00a0]+alter[\s\u00a0]+von|віком|возрастом|у[\s\u00a0]+віці)[\s\u00a0]+\d{1,2}[\s\u00a0]*(?:,|and|und|і|и|та|а)?[\s\u00a0]*(?:the[\s\u00a0]+other|another|der[\s\u00a0]+andere|другому|другий|інший|іншому)[\s\u00a0]+$/;
/** A participle or a noun of the event after a year: "2024 entsandten", "2024 deployment". */
const YEAR_PARTICIPLE_AFTER =
  /^[\s\u00a0]+(?:entsandt|geschickt|verlegt|eingesetzt|deployment|dispatch|rotation)/;
const YEAR_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:der|die|den|dem|des|the|its|their)[\s\u00a0]+$/u;
/** The label of an age right before the number. */
const AGE_LABEL_BEFORE = /(?:(?<![\p{L}])age|alter|возраст|вік|나이)[\s\u00a0]*[:：][\s\u00a0]*$/u;
/** A part of a book or a series among so many: "Chapter 9 of its 14", "Folge 3 von 10", "глава 5 из 12". */
const PART_OF_SERIES_BEFORE =
  /(?:chapter|part|episode|page|section|volume|kapitel|teil|folge|seite|band|глав[аеуы]|розділ|частин[аи]|част[ьи]|сери[яи]|серія|том)[\s\u00a0]+\d{1,3}[\s\u00a0]+(?:of|von|из|з|із)[\s\u00a0]+(?:(?:its|the|their|his|her|all|insgesamt|всего|усього)[\s\u00a0]+)?$/;
/** An age in an apposition: "Kim's daughter, believed to be about 12, …", "…, said to be 40,". */
const AGE_APPOSITION_BEFORE =
  /,[\s\u00a0]+(?:who[\s\u00a0]+is[\s\u00a0]+)?(?:believed|thought|said|understood|reported|estimated)[\s\u00a0]+to[\s\u00a0]+be[\s\u00a0]+(?:(?:about|around|roughly|aged)[\s\u00a0]+)?$/;
const AGE_APPOSITION_AFTER = /^[\s\u00a0]*(?:years?[\s\u00a0]+old)?[\s\u00a0]*[,;)]/;
/**
 * A measure again after a measure with its unit: "a little over 500 square kilometres, down from some 1,300",
 * "40 km, up from 25": the unit is left out the second time.
 */
const MEASURE_CHANGE_BEFORE =
  /\d[\d,.]*[\s\u00a0]*(?:square[\s\u00a0]+(?:kilomet|mile|met)[a-z]*|sq[\s\u00a0.]*(?:km|mi)|km²?|kilomet[a-z]*|miles?|hectares?|tonnes?|tons?|barrels?|%|per[\s\u00a0]?cent|percent)[^.;:\d\n]{0,24}?(?:,|—|–)?[\s\u00a0]*(?:down|up)[\s\u00a0]+(?:from|on)[\s\u00a0]+(?:(?:some|about|around|roughly|nearly|almost|more[\s\u00a0]+than|over|just[\s\u00a0]+over|just[\s\u00a0]+under)[\s\u00a0]+)?$/;
/** Shift work in Korean: "3교대로 돌아간다", "2교대 근무". */
const SHIFTS_AFTER_KO = /^[\s\u00a0]?교대(?:로|제|근무|[\s\u00a0]근무)/;
/**
 * 대 after a Korean number counts machines (trucks, drones, buses) or stands for "versus": none of our figures
 * but the guns and launchers a weapon's name before it makes equipment (findCountNoun).
 */
const MACHINES_AFTER_KO = /^[\s\u00a0]?대(?:[를을가이는도와의에만]|[\s\u00a0,.]|$)/;
/** Civilians counted in Korean, the noun before: "북한 측 안내원 두 명", "관광객 수천 명". */
const KOREAN_CIVILIANS_BEFORE =
  /(?:안내원|가이드|관광객|여행객|승객|승무원|주민|학생|선수|기자|관계자|대표단|외교관|의료진|요리사|종업원|임차인|세입자|공범|피해자|피의자|용의자|관객|신도|손님|방문객|관람객|참석자|청중|시민|어린이|아이|아동|환자|피란민|이재민|수강생|참여자|참가자|응답자|선수단(?:[\s\u00a0]?본진)?)(?:들)?[이가은는을를의도]?[\s\u00a0]?$/;
/** A decade of age after a Korean number: "모두 20대로", "30대 초반" (not machines: "트럭 20대를"). */
const KOREAN_AGE_DECADE_AFTER =
  /^[\s\u00a0]?대(?:로|였|이었|이며|이고|인|[\s\u00a0]?(?:초반|중반|후반|남성|여성|청년))/;
/** Things a Korean article counts that are no one: "숫자 7개로 읽는 …", "항목 5개". */
const KOREAN_ITEMS_BEFORE = /(?:숫자|항목|키워드|장면|사진)[이가은는을를의도]?[\s\u00a0]?$/;
/** Korean counts per car or per unit ("1량에는 … 최대 3개까지", "1량에 1문씩"): a load, not a supply. */
const KOREAN_PER_UNIT_BEFORE = /(?:^|[^\d])(?:1|한)[\s\u00a0]?(?:량|칸|척)(?:에는|에|당|마다)[^.!?]{0,30}$/;
const KOREAN_EACH_AFTER = /^[\s\u00a0]?(?:개|문|발|대|명|량|기)?씩/;
/** A wire story's version right after its number: "1보에서 …", "(2보)": the Nth dispatch, no count. */
const DISPATCH_VERSION_AFTER = /^보(?:에서|에는|에|를|는|가|로|와|\)|[\s\u00a0,·])/;
/** A town's size: "a town of some 5,000 people", "містечко з 5 тисяч мешканців", "eine Stadt mit 5000 Einwohnern". */
const TOWN_OF_BEFORE =
  /(?:^|[^\p{L}])(?:town|city|village|settlement|місто|містечко|село|селище|город|городок|поселок|посёлок|деревня|stadt|kleinstadt|dorf|gemeinde)\s+(?:of|з|із|с|mit|von)\s+(?:(?:some|about|around|roughly|nearly|almost|близько|приблизно|майже|около|почти|примерно|etwa|rund|knapp|fast)\s+)?$/u;
/** An imperative of asking before a small number: "Ask five officials", "Fragen Sie drei Experten". */
/** A single event or place after "one" ("in one fight", "on one night", "in one village"). */
const ONE_EVENT_AFTER =
  /^[\s\u00a0]+(?:(?:single|such|particular|recent|fierce|failed|major|brutal|bloody|early|late|last|notorious)[\s\u00a0]+)?(?:fight|battle|attack|assault|clash|engagement|episode|incident|instance|case|raid|strike|operation|skirmish|offensive|video|clip|village|town|sector|night|morning|evening|afternoon)(?![a-z])/;
/** A speaker after "said one": "said one retired general", "told one analyst". */
const SAID_BEFORE =
  /(?:^|[^a-z])(?:said|says|recalled|added|explained|warned|noted|admitted|according[\s\u00a0]+to)[\s\u00a0]+$/;
const ONE_SPEAKER_AFTER =
  /^[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+){0,2}?(?:general|official|officer|analyst|expert|diplomat|lawmaker|source|researcher|adviser|advisor|minister|spokesman|spokeswoman|resident|veteran|commander|observer|scholar)(?![a-z])/;
const ASK_BEFORE = /(?:^|[^\p{L}])(?:ask|fragen\s+sie|frag|спросите|спроси|запитайте|запитай)\s+$/u;
/** Letters a page prints: "We publish five of them", "Публікуємо п'ять із них", "Wir drucken drei davon". */
const PUBLISH_BEFORE =
  /(?:^|[^\p{L}])(?:we\s+(?:publish|print)|wir\s+(?:veröffentlichen|drucken)|публикуем|печатаем|публікуємо|друкуємо)(?:\s+(?:here|hier|тут|здесь|нижче|ниже|лише|лишь|только))?\s+$/u;
/** A difference, not an estimate: "differ by thousands", "расходятся на тысячи", "a gap of 2,000". */
const DIFFER_BY_BEFORE =
  /(?:^|[^\p{L}])(?:differ(?:s|ed)?\s+by|gap\s+of|difference\s+of|розходя[тл][а-яіїє]*\s+на|расход[ия][тл][а-яё]*\s+на|різниця\s+(?:в|у)|разница\s+в|unterscheiden\s+sich\s+um|liegen\s+um|differenz\s+von|unterschied\s+von)\s+(?:(?:some|about|almost|nearly|майже|приблизно|почти|около|примерно|fast|etwa|rund)\s+)?$/u;
/** "78 years, 56 of them here": so many of a person's years, after the years. */
const YEARS_BEFORE =
  /\d{1,3}[\s\u00a0]*(?:years?|jahre[n]?|років|роки|рік|лет|года?)(?![\p{L}])[^.;!?\n\d]{0,60}$/u;
const OF_THEM_AFTER = /^[\s\u00a0]+(?:of\s+them|davon|из\s+них|з\s+них|із\s+них)(?![\p{L}])/u;
/** People a reporter or a film interviewed: "interviewed 31 people", "31명을 인터뷰했다", "befragte 40 Menschen". */
const INTERVIEWED_BEFORE =
  /(?:^|[^\p{L}])(?:interviewed|interviewing|befragte[n]?|befragt|interviewte[n]?|опросил[аи]?|опросив|опитав|опитала|опитали|опитавши|поговорил[аи]?\s+с|поговорив\s+(?:з|із)|поговорила\s+(?:з|із))(?:\s+(?:some|about|more\s+than|over|nearly|almost|rund|etwa|über|mehr\s+als|около|более|почти|примерно|близько|понад|майже|приблизно))?\s+$/u;
const GENERIC_ALONE_AFTER =
  /^[\s\u00a0]*(?:(?:people|persons|menschen|personen|человек|людей|люди|осіб|людини)(?![\p{L}])|[,.;:)—–-]|$)/u;
const INTERVIEWED_AFTER =
  /^[\s\u00a0]*(?:명(?:을|과|의|이)?[\s\u00a0]*(?:인터뷰|면담|심층\s?인터뷰)|명을[\s\u00a0]*대상으로|(?:people|persons|menschen|personen|человек|людей|осіб)[\s\u00a0]+(?:were\s+|wurden\s+|были\s+|було\s+)?(?:interviewed|befragt|interviewt|опрошен[оы]?|опитан[оі]?))/u;

/**
 * A second amount after money, with its currency left out: "10 тисяч рублів … і ще 15 — за машину", "about 1,400
 * dollars for eight days; a deluxe room added another 300".
 */
const MONEY_BEFORE =
  /(?:рубл|гривн|гривен|гривень|доллар|долар|євро|евро|euro|dollar|pound|фунт|won|원)[^\d.!?\n]{0,60}(?:\s(?:і|и|й|та|and|und|plus))?\s+(?:ще|ещё|еще|another|weitere|noch)\s+$/u;
const ALONE_AFTER = /^[\s\u00a0]*(?:[—–,.;:)]|$)/;
/** A price just given in the same sentence ("… 8 000 вон, тоді як на початку 2024 року — близько 5 000."). */
const PRICE_BEFORE =
  /\d[\d\s\u00a0.,]*\s?(?:вон|won|원|рубл[а-яё]*|долар[а-яіїє]*|доллар[а-яё]*|dollars?|гривен[а-яіїє]*|гривн[а-яіїє]*|юан[а-яіїєё]*|yuan|euro|євро|евро)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])[^.!?\n]{0,60}$/;

/** A rating's label before its marks: "Рейтинг редакции: 8 из 10", "Bewertung: 4 von 5", "평점 8". */
const RATING_BEFORE =
  /(?:rating|rated|score|рейтинг|оценк|оцінк|bewertung|wertung|평점|별점)[^.\n\d]{0,24}(?:\d+\s*(?:из|з|of|von|out\s+of|\/)\s*)?$/;
/** "of the four", "из пяти": a part of a set whose (small) size follows: "dropping two of the four categories". */
const OF_COUNTED_SET_AFTER =
  /^[\s\u00a0]+(?:of|из|з|із|von)[\s\u00a0]+(?:the[\s\u00a0]+|den[\s\u00a0]+)?(?:\d|three|four|five|six|seven|eight|nine|ten|drei|vier|fünf|трьох|чотирьох|п'яти|трех|четырех|пяти)/;
/** Korean "N명 중" before a small number, and "명 중 M명" after one: "3명 중 1명". */
const KOREAN_ONE_IN_BEFORE = /(?:^|[^\d])(?:[1-9]|10)[\s\u00a0]?명[\s\u00a0]?중[\s\u00a0]?$/;
const KOREAN_ONE_IN_AFTER = /^[\s\u00a0]?명[\s\u00a0]?중[\s\u00a0]?(?:[1-9]|10|한|두|세)[\s\u00a0]?명/;
/** "der 15 Mitglieder", "of the 15 members", "из 15 членов": the body a number of members is taken from. */
const MEMBERS_OF_AFTER =
  /^\s+(?:der|of\s+(?:the|its)|из|з|із)\s+\d{1,3}\s+(?:mitglieder[n]?|mitgliedstaaten|members|member\s+states|states|countries|staaten|länder[n]?|член(?:ов|ів)|держав|государств|країн|стран)(?![\p{L}])/u;
/** The upper end of a range of money after the lower one: "bis knapp 30 Milliarden Dollar", "to $30 billion". */
const MONEY_RANGE_AFTER =
  /^\s*(?:bis|to|до|-|–)\s+(?:knapp|rund|etwa|about|almost|nearly|около|почти|майже|близько)?\s*(?:\$|€|us\$)?\s*\d[\d.,]*\s*(?:milliarden|millionen|mrd\.?|mio\.?|billion|million|bn|млрд|млн|мільярд[а-яіїє]*|миллиард[а-яё]*)\s*(?:dollar|euro|\$|usd|eur|рубл|доллар|євро|гривень|гривн)/u;
/** What a few things (not people) are said to be: "the two are separate estimates", "die beiden sind Schätzungen". */
const SET_OF_ESTIMATES_AFTER =
  /^[\s\u00a0]+(?:are|were|is|remain|sind|waren|—|–|-)[\s\u00a0]+(?:(?:not|nicht|also|auch|two|zwei|quite|very|simply|merely|just)[\s\u00a0]+)?(?:(?:separate|different|distinct|independent|competing|rival|unrelated|verschiedene|unterschiedliche|getrennte|zwei)[\s\u00a0]+)?(?:estimates|figures|numbers|counts|tallies|totals|assessments|claims|schätzungen|zahlen|angaben)(?![\p{L}])/u;
/** English "a" or "an" right before a number: never a count ("a 2023 missile launch"). */
const A_BEFORE = /(?:^|[\s(])an?\s+$/;
/** A Korean page's counter of shares, views, likes, comments or subscribers right before its number. */
const KOREAN_COUNTER_BEFORE = /(?:공유|조회|좋아요|추천|댓글|구독)[가-힣\s]{0,8}$/;
/** A score's or a gallery's "N of M" with both small, written in digits ("«1 из 5»", "Фото 9 из 9", "4 out of 5"). */
const SCORE_OF_AFTER = /^\s*(?:из|з|із|von|out\s+of)\s+\d{1,2}(?!\d)/;
const SCORE_OF_BEFORE = /(?:^|[^\d])\d{1,2}\s*(?:из|з|із|von|out\s+of)\s+$/;
/** What opens a score or a picture's number: a quotation mark, "Фото", "Photo", "Bild", "Slide". */
const SCORE_OPENS_BEFORE = /(?:[«"„“(]|фото|photo|foto|bild|слайд|slide|кадр)\s*$/;
/** A picture's place in a gallery, either number ("Фото 11 из 12", "Photo 3 of 12", "Bild 10 von 10"). */
const PICTURE_OF_BEFORE =
  /(?:фото|photo|foto|bild|слайд|slide|кадр|image|світлина)[\s\u00a0]*(?:\d{1,2}[\s\u00a0]*(?:из|з|із|von|of|out\s+of)[\s\u00a0]+)?$/;
const PICTURE_OF_AFTER = /^[\s\u00a0]*(?:из|з|із|von|of|out\s+of)[\s\u00a0]+\d{1,2}(?!\d)/;
/** A street or a house number before the number: "Industriestraße 14", "улице Садовой, 7", "at number 14". */
const STREET_BEFORE =
  /(?:[a-zäöüß]+(?:straße|strasse|gasse|weg|platz|allee)|street|st\.|road|avenue|ave\.|(?:at|house|door)\s+number|улиц[аеыу]\s+[а-яё]+,?|ул\.\s*[а-яё]+,?|вулиц[яіею]\s+[а-яіїє']+,?|вул\.\s*[а-яіїє']+,?|проспект[а-яіїє]*\s+[а-яёіїє']+,?)\s*$/;

const DATE_OF_DAY = new Map<number, RegExp>();

/** Whether a line opens with the day `day` of a month ("Am 26. April", "On 26 April", "26 квітня"). */
function startsWithDate(line: string, day: number): boolean {
  let re = DATE_OF_DAY.get(day);
  if (!re) {
    re = new RegExp(`^[^\\d\\n]{0,12}(?<!\\d)${day}\\.?\\s+(?:${MONTHS})`);
    DATE_OF_DAY.set(day, re);
  }
  return re.test(line.slice(0, 48));
}

/** True when the token is a date, measure, model name, ordinal, money amount or reference number. */
/** A gallery's slide counter on a line of its own: "3 / 11", "3 of 11", "Фото 3 из 12", "Bild 3 von 11", "사진 3/12", "Card 7 of 10". */
const SLIDE_COUNTER =
  /^[ \t\u00a0]*(?:(?:photo|image|picture|slide|card|foto|bild|karte|фото|слайд|кадр|світлина|снимок|карточка|картка|사진|이미지|카드)[ \t\u00a0]*)?\d{1,3}[ \t\u00a0]*(?:\/|of|von|из|з|із)[ \t\u00a0]*\d{1,3}[ \t\u00a0]*$/;

/** Whether the number stands on a line holding nothing but a slide counter ("3 / 11"). */
function isSlideCounter(text: string, token: NumberToken): boolean {
  const start = text.lastIndexOf('\n', token.start - 1) + 1;
  if (token.start - start > 20) return false;
  const end = text.indexOf('\n', token.end);
  const line = text.slice(start, end < 0 ? text.length : end);
  return line.length <= 28 && SLIDE_COUNTER.test(line);
}

/** A thread's post number: "4/" then a space or the end (a date or a fraction has a digit after the slash). */
const POST_NUMBER_AFTER = /^\/(?:[\s\u00a0]|$)/;
/** A poll's answer after a share: "46% said the real figure was higher", "37% сказали", "41% считают". */
const POLL_ANSWER_AFTER =
  /^[\s\u00a0]?(?:%|per[\s\u00a0]?cent|prozent|відсотк[а-яіїє]*|процент[а-яё]*)[\s\u00a0]+(?:(?:of[\s\u00a0]+(?:respondents|those[\s\u00a0]+(?:asked|polled|surveyed))|der[\s\u00a0]+befragten|опитаних|опрошенных|респондентів|респондентов)[\s\u00a0]+)?(?:said|say|says|thought|think|thinks|believed?|believes|declined|agreed|disagreed|supported|support|opposed|oppose|wanted|want|answered|replied|sagten|sagen|meinen|meinten|glauben|glaubten|halten|hielten|befürworten|lehnen|lehnten|сказали|считают|считали|верят|поддерживают|выступают|ответили|полагают|вважають|вважали|відповіли|підтримують|вірять|виступають)(?![a-zа-яіїєёäöüß])/;
/** A poll's sample: "серед 1 004 осіб віком від 18 років", "among 1,004 adults aged 18", "1.002 Personen ab 18". */
const SAMPLE_AFTER =
  /^[\s\u00a0]+(?:осіб|людей|человек|people|adults|personen|menschen|respondents|befragte[n]?|респондент[а-яіїєё]*)[\s\u00a0]+(?:віком|в[\s\u00a0]+возрасте|aged|ab|im[\s\u00a0]+alter|старше|старших)(?![a-zа-яіїєёäöüß])/;
/** The formula of a prisoner exchange, the same number on both sides: "«1000 на 1000»", "1,000 for 1,000". */
const EXCHANGE_FOR_AFTER =
  /^(?:[\s\u00a0]+(?:на|for|gegen|за)|(?:[\s\u00a0]?명)?[\s\u00a0]*대)[\s\u00a0]+(\d[\d,.\u00a0\u202f]*\d|\d)/;
const EXCHANGE_FOR_BEFORE =
  /(\d[\d,.\u00a0\u202f]*\d|\d)(?:[\s\u00a0]+(?:на|for|gegen|за)|(?:[\s\u00a0]?명)?[\s\u00a0]*대)[\s\u00a0]+$/;

/** Whether the number on the other side of "на/for/gegen/за" is the same as this one: an exchange's formula. */
function isExchangeFormula(text: string, token: NumberToken): boolean {
  if (!token.digits || token.value === null) return false;
  const same = (digits: string | undefined) => Number((digits ?? '').replace(/[^\d]/g, '')) === token.value;
  const after = EXCHANGE_FOR_AFTER.exec(text.slice(token.end, token.end + 16));
  if (after && same(after[1])) return true;
  const before = EXCHANGE_FOR_BEFORE.exec(text.slice(Math.max(0, token.start - 16), token.start));
  return before !== null && same(before[1]);
}
/** A keycap emoji numbers a post's points ("3️⃣ Пленные", "4️⃣ 미국 ISW 계산법"). */
const KEYCAP_AFTER = /^\uFE0F?\u20E3/;
/**
 * A decade of age in Korean: "20∼30대 사회초년생", "40대 A씨", "20대 애들" (대 after a vehicle or gun counts it:
 * "자주포 30대", so a person or a part of a decade must follow).
 */
const AGE_DECADE_AFTER =
  /^대[\s\u00a0]?(?:초반|중반|후반|남성|여성|남자|여자|남녀|청년|젊은이|사회[\s\u00a0]?초년생|애들|아이들|[A-Z]씨|[가-힣]씨|가장|주부|직장인|환자|이었|였|가[\s\u00a0]|이[\s\u00a0]|로[\s\u00a0])/;
/**
 * A unit's number before its name ("528 инженерный полк", "the 528 engineer regiment", "528 공병연대"): its name, or a
 * count of units, never of soldiers. UNIT_NAME_WORD first: most numbers have none after them.
 */
const UNIT_NAME_WORD = /regiment|brigade|division|corps|полк|бригад|дивизи|дивізі|корпус|연대|여단|사단/;
const UNIT_NAME_AFTER =
  /^(?:\s+(?:[a-zа-яіїєёäöüß-]+\s+)?(?:regiment|brigade|division|corps|полк|бригад[аиуы]|дивизи[яи]|дивізі[яї]|корпус)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])|\s?(?:공병|보병|특수전|포병)?\s?(?:연대|여단|사단)(?![가-힣]))/;

/** The number of a table, figure, chart (or a chart's column, bar or line) or section, after its word. */
const LABEL_NUMBER_BEFORE =
  /(?:^|[^\p{L}])(?:figure|fig\.|table|chart|column|bar|säule|balken|linie|столбец|столбик|линия|стовпчик|стовпець|лінія|막대|tabelle|abbildung|abb\.|grafik|diagramm|diagram|karte|map|карт[аиі]|мап[аиі]|infografik|infographic|інфографік[аи]|инфографик[аи]|지도|рисунок|рис\.|таблиц[аяіи]|малюнок|діаграма|диаграмма|графік|график|표|그림|도표|차트|그래프|chapters?|kapitel[n]?|глав[аеуиы]|главах|розділ[аіу]?|розділах|episodes?|folge[n]?|сери[яиію]|scenes?|szene[n]?|сцен[аиы]|part|teil)[\s\u00a0]*(?:\d{1,2}[\s\u00a0]*(?:and|und|и|і|та|,)[\s\u00a0]*)?$/u;
/** A Western weapon's name before its model number: "Leopard 2 tanks", "Challenger 2", "Marder 1A3". */
const MODEL_NAME_BEFORE = /(?:leopard|challenger|marder|gepard|abrams|bradley|stryker|leclerc)[\s\u00a0]?$/i;
/** A Korean numbered question or answer ("【질의 1】", "질문 2"), and a first-come limit ("선착순 80명"). */
const KOREAN_LABEL_BEFORE = /(?:질의|질문|답변|문항|선착순)[\s\u00a0]?$/;
/** A person's own circle before a small number: "친구 세 명이 전선에 나갔고", "동료 두 명". */
const KOREAN_CIRCLE_BEFORE = /(?:친구|동료|가족|형제|자매|아들|딸|이웃|지인)(?:들)?[\s\u00a0]?$/;
/** A room or a vote before a number: "in Room 2172", "by a vote of 29–18". */
const ROOM_OR_VOTE_BEFORE =
  /(?:^|[^\p{L}])(?:room|raum|saal|зал[аіуе]?|кабінет[іу]?|кабинет[еау]?|vote\s+of)[\s\u00a0]+$/u;
/** A vote's tally after its first number: "mit 29 zu 18 Stimmen", "29 голосами". */
const VOTE_AFTER =
  /^[\s\u00a0]*(?:(?:zu|to|against|проти|против)[\s\u00a0]*\d{1,3}[\s\u00a0]+(?:stimmen|votes)|голос(?:ами|ів|ов|а|и)(?![\p{L}]))/u;
/**
 * A capacity after a number, in German and Korean: "groß genug, um mindestens 412 Tote aufzunehmen", "유해를 최소 412기
 * 안치할 수 있다", "사람이 2만 명쯤 들어가요".
 */
const CAPACITY_AFTER =
  /^(?:[\s\u00a0]+[^\s\d.,;:]+){0,2}[\s\u00a0]+(?:aufzunehmen|unterzubringen|aufnehmen[\s\u00a0]+(?:kann|könne|können))(?![\p{L}])|^[\s\u00a0]?(?:기|명|구)?[\s\u00a0]?(?:안치|수용)할[\s\u00a0]?수|^[\s\u00a0]?명?[\s\u00a0]?(?:쯤|가량|정도)?[\s\u00a0]?(?:이[\s\u00a0])?들어가/u;
/** A family's members before their ages: "my sons are", "meine Töchter sind", "сыновьям —", "синам". */
const FAMILY_AGES_BEFORE =
  /(?<![\p{L}])(?:sons|daughters|children|kids|söhne|töchter|kinder|сыновьям|дочерям|детям|синам|донькам|дітям)[\s\u00a0]+(?:(?:are|were|sind|waren|—|–)[\s\u00a0]+)?(?:\d{1,2}[\s\u00a0]+(?:and|und|и|і|та)[\s\u00a0]+)?$/u;
/** A sample's size before its number: "выборка из", "вибірка з", "a sample of", "eine Stichprobe von". */
const SAMPLE_OF_BEFORE =
  /(?:выборк[аиу]|вибірк[аиу]|sample|stichprobe)[\s\u00a0]+(?:of|из|з|із|von|aus)[\s\u00a0]+(?:(?:just|only|nur|всего|лише)[\s\u00a0]+)?$/;
/** Before the second number of a ratio: "for every", "на одного убитого (обычно приходятся)", "один загиблий на". */
const RATIO_EVERY_BEFORE =
  /(?:for[\s\u00a0]+every|für[\s\u00a0]+jeden|(?:auf|für)[\s\u00a0]+(?:jeden|einen)[\s\u00a0]+[^\s\d.,;]+|на[\s\u00a0]+(?:одного|каждого|кожного)(?:[\s\u00a0]+[^\s\d.,;]+){1,3}|(?<![\p{L}])(?:one|один|одна|одного|ein|einen)[\s\u00a0]+[^\s\d.,;]+[\s\u00a0]+(?:на|to|auf|for[\s\u00a0]+every)|1[\s\u00a0]?명(?:당|에)[\s\u00a0]+[^\s\d]+)[\s\u00a0]+$/u;
/**
 * After a number of a ratio: "sieben Verwundete auf einen Toten", "1명당", "7명꼴".
 */
const RATIO_PER_ONE_AFTER =
  /^(?:(?:[\s\u00a0]+or[\s\u00a0]+[^\s\d.,;]+)?[\s\u00a0]+(?:[^\s\d.,;]+[\s\u00a0]+)?(?:for|per)[\s\u00a0]+(?:every|each)(?![\p{L}])|[\s\u00a0]+[^\s\d.,;]+[\s\u00a0]+auf[\s\u00a0]+(?:einen|jeden|1)[\s\u00a0]|[\s\u00a0]?명?[\s\u00a0]?(?:꼴|당)(?![가-힣])|[\s\u00a0]?명에[\s\u00a0]?한[\s\u00a0]?[가-힣]+씩)/u;
/** A ratio written as two numbers: "почти 7 к 1", "seven to one", "7 zu 1", "7 대 1". */
const TO_ONE_AFTER =
  /^[\s\u00a0]*(?:к|до|zu|to|대)[\s\u00a0]*(?:1|one|одному|einem|einer|eins)(?![\d\p{L}]|[.,]\d|[\s\u00a0]+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez))/u;
const TO_ONE_BEFORE = /(?<![\d.,])\d{1,2}(?:[.,]\d)?[\s\u00a0]*(?:к|до|zu|to|대)[\s\u00a0]*$/u;
/** "사망자 1명에 부상자 3~4명": the one of a Korean ratio. */
const KOREAN_ONE_TO_AFTER = /^[\s\u00a0]?명에[\s\u00a0]+[가-힣]+[\s\u00a0]?\d/;
/** A Korean chapter, stage, paragraph or page: "3장 '귀환'", "5단계(2025년 12월~)", "3문단의", "노동신문 1면에는". */
const CHAPTER_AFTER_KO = /^[\s\u00a0]?(?:장(?![가-힣])|단계|문단|단락|면(?=[에의은는이]|[\s\u00a0]))/;
/** Two numbers of a score, the first the larger: "lost 112–104", "won 3-1"; a range goes up. */
const SCORE_AFTER = /^[–-](\d{1,3})(?![\d,.])/;
const SCORE_BEFORE = /(?<![\d,.])(\d{1,3})[–-]$/;

/** Whether the number is one side of a score, the first the larger ("lost 112–104", "beat them 3-1"). */
function isScore(text: string, token: NumberToken, before: string): boolean {
  if (token.value === null || !token.digits) return false;
  const next = SCORE_AFTER.exec(text.slice(token.end, token.end + 8));
  if (next && Number(next[1]) < token.value) return true;
  const prev = SCORE_BEFORE.exec(before);
  return prev !== null && Number(prev[1]) > token.value;
}

/**
 * A section's number at the start of a line, before its heading ("2.3 Munition und Gerät", "2.1 Force
 * generation"): a decimal of one or two digits each, followed by a word.
 */
function isSectionNumber(text: string, token: NumberToken): boolean {
  const raw = text.slice(token.start, token.end);
  if (!/^\d{1,2}\.\d{1,2}$/.test(raw)) return false;
  const lineStart = text.lastIndexOf('\n', token.start - 1) + 1;
  if (
    text.slice(lineStart, token.start).trim() !== '' &&
    !/[.!?»”"][\s\u00a0]*$/.test(text.slice(lineStart, token.start))
  )
    return false;
  return /^[\s\u00a0]+\p{L}/u.test(text.slice(token.end, token.end + 3));
}

/** A number that opens a line as an item's number: "3 Kämpfe in Kursk", "14. ↑ …", "[3] Kim, 2025 …", "2) …". */
const LINE_ITEM_NUMBER = /^[ \t\u00a0]*\[?(\d{1,3})[.)\]]?(?=[ \t\u00a0]+\S)/;

/**
 * Whether the number opens a line of a numbered list whose line before or after opens with the number before or
 * after it: a table of contents ("3 Kämpfe in der Oblast Kursk" between "2 Entsendung" and "4 Verluste") or a list
 * of references ("14. ↑ …"), whose numbers count nothing.
 */
function isListItemNumber(text: string, token: NumberToken): boolean {
  if (!token.plain || token.value === null || token.value > 999) return false;
  const lineStart = text.lastIndexOf('\n', token.start - 1) + 1;
  if (token.start - lineStart > 4) return false;
  const own = LINE_ITEM_NUMBER.exec(text.slice(lineStart, token.end + 8));
  if (!own || Number(own[1]) !== token.value) return false;
  const numberAt = (from: number): number | null => {
    const end = text.indexOf('\n', from);
    const m = LINE_ITEM_NUMBER.exec(text.slice(from, end < 0 ? text.length : end));
    return m ? Number(m[1]) : null;
  };
  // (the line before and after, skipping blank lines between items)
  let before = lineStart - 1;
  while (before > 0 && text.charAt(before - 1) === '\n') before--;
  const previousLine = before > 0 ? text.lastIndexOf('\n', before - 1) + 1 : -1;
  if (previousLine >= 0 && numberAt(previousLine) === token.value - 1) return true;
  let after = text.indexOf('\n', token.end);
  while (after >= 0 && text.charAt(after + 1) === '\n') after++;
  return after >= 0 && numberAt(after + 1) === token.value + 1;
}

/**
 * A page in an author-year citation, before the number: "(Cho 2025, ", "(Lee 2025, 9; Baek 2025, ", "(Ким 2025,
 * с. ", "(MSMT 2025, ".
 */
const CITATION_PAGE_BEFORE =
  /\((?:[^()\n]{0,80}?;[\s\u00a0]*)?[\p{L}][^()\n,;]{0,60}?[\s\u00a0]((?:19|20)\d\d)[a-z]?[\s\u00a0]*[,:][\s\u00a0]*(?:(?:p|pp|s|с|стор)\.[\s\u00a0]*)?$/u;

/** Whether the number is a cited page: CITATION_PAGE_BEFORE and _AFTER, the year after an author, not a month. */
function isCitedPage(text: string, token: NumberToken): boolean {
  if (!token.plain || (token.value ?? 1000) > 999) return false;
  // (cheap tests first: a comma or colon right before, a bracket right after)
  if (!CITATION_PAGE_AFTER.test(text.slice(token.end, token.end + 8))) return false;
  if (
    !/[,:][\s\u00a0]*(?:(?:p|pp|s|с|стор)\.[\s\u00a0]*)?$/.test(
      text.slice(Math.max(0, token.start - 12), token.start),
    )
  )
    return false;
  const before = text.slice(Math.max(0, token.start - 160), token.start);
  const m = CITATION_PAGE_BEFORE.exec(before);
  if (!m || !CITATION_PAGE_AFTER.test(text.slice(token.end, token.end + 8))) return false;
  const yearAt = m.index + m[0].lastIndexOf(m[1] as string);
  return execAtWords(MONTH_BEFORE_RE, before.slice(0, yearAt)) === null;
}
/** What closes a citation's page: the bracket, another citation, a page range. */
const CITATION_PAGE_AFTER = /^(?:[–-]\d{1,4})?[\s\u00a0]*(?:\)|;|,[\s\u00a0]*\d)/;
/**
 * The pages of a reference: "S. 197–222", "pp. 33–58", "с. 45–67", "12(2): 33-58", "『군사논단』 122: 54-80".
 */
const REFERENCE_PAGES_BEFORE =
  /(?:(?:^|[\s\u00a0(,])(?:s|pp?|с|стор)\.[\s\u00a0]*|\d[\s\u00a0]?\(\d{1,3}\)[\s\u00a0]?[:,][\s\u00a0]*|』[\s\u00a0]*\d{1,4}(?:\(\d{1,3}\))?[\s\u00a0]?:[\s\u00a0]*)$/u;

/** A journal's volume before its issue and pages: "29(3): 95-121", "75 (9), S. 197–222". */
const REFERENCE_VOLUME_AFTER =
  /^[\s\u00a0]?\(\d{1,3}\)[\s\u00a0]?[:,][\s\u00a0]*(?:(?:s|pp?|с|стор)\.[\s\u00a0]*)?\d/;

/**
 * A page of results or of a thread: "Page 3 of 5", "Страница 1 из 4", "Сторінка 1 з 3", "Показано 27 із 1 346",
 * "Seite 2 von 7", before the number.
 */
const PAGE_OF_BEFORE =
  /(?:^|[^\p{L}])(?:page|seite|страница|сторінка|стр\.|показано|shown|showing|angezeigt|페이지)[\s\u00a0]+(?:\d{1,4}[\s\u00a0]*(?:[–-][\s\u00a0]*\d{1,4}[\s\u00a0]*)?(?:of|von|из|з|із|\/)[\s\u00a0]+)?$/u;

/** The two sides of a ratio: "7 : 1", "2:1" (a clock's "10:30" has two digits after the colon). */
/** The other side of a ratio: "7 : 1", "1 대 9" (Korean), "один к девяти" (Russian; "до" and "to" also make ranges). */
const RATIO_AFTER =
  /^[\s\u00a0]?(?::|대)[\s\u00a0]?\d(?!\d)|^[\s\u00a0]+к[\s\u00a0]+(?:одному|двум|трём|трем|четырём|четырем|пяти|шести|семи|восьми|девяти|десяти)(?![\p{L}])/u;
const RATIO_BEFORE =
  /(?<![\d:])\d[\s\u00a0]?(?::|대)[\s\u00a0]?$|(?:^|[^\p{L}])(?:один|одному)[\s\u00a0]+к[\s\u00a0]+$/u;

const RATIO_NAMED_BEFORE =
  /(?:ratio|verhältnis|соотношени[а-я]*|співвідношенн[а-яіїє]*)[\s\u00a0]+(?:(?:of|von|было|було|was|is|lag\s+bei|составляло|становило)[\s\u00a0]+)?(?:(?:about|around|roughly|nearly|etwa|rund|примерно|около|приблизно|близько|약)[\s\u00a0]+)?$/;

/** The first number of a rate right before ("one in", "four out of every", "세 명 중"). */
const RATE_BEFORE =
  /(?:^|[^A-Za-zÀ-ɏЀ-ӿ가-힣\d])(?:(?:one|two|three|four|five|six|seven|eight|nine|\d{1,2})[\s\u00a0]+(?:in|out[\s\u00a0]+of)[\s\u00a0]+(?:every[\s\u00a0]+)?|(?:세|네|다섯|열)[\s\u00a0]?명[\s\u00a0]?(?:중|가운데)[\s\u00a0]?)$/;

/** The first number of a rate and its noun right before a small second one ("one soldier in", "two men out of every"). */
const RATE_NOUN_BEFORE =
  /(?:^|[^A-Za-zÀ-ɏЀ-ӿ가-힣\d])(?:one|two|three|four|five|\d)[\s\u00a0]+[a-z]+[\s\u00a0]+(?:in|out[\s\u00a0]+of)[\s\u00a0]+(?:every[\s\u00a0]+)?$/;

/** "one soldier in eight", "two men out of every ten": a noun between the two numbers of a rate. */
const RATE_WITH_NOUN_AFTER =
  /^[\s\u00a0]+[a-z]+[\s\u00a0]+(?:in|out[\s\u00a0]+of)[\s\u00a0]+(?:every[\s\u00a0]+)?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d{1,3})(?![\d,.]?\d)(?![a-z])/;

/** "of them" right after a number: a part of what was just named. */
const PART_OF_TIME_AFTER =
  /^[\s\u00a0]+(?:of[\s\u00a0]+them|davon|з[\s\u00a0]+них|із[\s\u00a0]+них|из[\s\u00a0]+них)(?![\p{L}])/u;
/** A span of time named just before ("nine years in uniform, "), in its clause. */
const TIME_SPAN_BEFORE =
  /(?:years?|months?|weeks?|days?|jahre[n]?|monate[n]?|wochen|tage[n]?|років|роки|місяців|місяці|тижнів|днів|лет|года|месяцев|месяца|недель|дней)(?:[\s\u00a0]+[^\s\d,.;:]+){0,4}[\s\u00a0]*,[\s\u00a0]*$/;

/** German "einer von drei": the first number of a rate, then "von", before a denominator of RATE_DENOMINATORS. */
const GERMAN_RATE_BEFORE =
  /(?:^|[^a-zäöüß\d])(?:einer|eine|eins|zwei|drei|vier|neun|\d)[\s\u00a0]+von[\s\u00a0]+$/;
const RATE_DENOMINATORS: ReadonlySet<number> = new Set([3, 4, 5, 10, 100]);

export function isNonFigure(text: string, token: NumberToken): boolean {
  const before = text.slice(Math.max(0, token.start - 24), token.start);
  // (a unit stands on the number's own line: "11,000\nSecond wave" is no duration)
  const rest = text.slice(token.end, token.end + 48);
  const lineEnd = rest.indexOf('\n');
  const after = lineEnd < 0 ? rest : rest.slice(0, lineEnd);

  // billions: money or a population, never the force or its supplies (the largest estimates are millions of shells)
  if ((token.value ?? token.high ?? 0) >= 1e9) return true;
  // one of a pair, the other named after it ("한 명은 … 다른 한 명은", "one of them … the other"): no count
  if (
    token.value === 1 &&
    !token.digits &&
    /^[\s\u00a0]?명은/.test(text.slice(token.end, token.end + 3)) &&
    /다른[\s\u00a0]?(?:한[\s\u00a0]?)?(?:명|사람|병사|포로)/.test(text.slice(token.end, token.end + 300))
  )
    return true;
  // a single source who tells something ("one railway worker told us", "one official said"): no count
  if (
    token.value === 1 &&
    /^[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+){0,3}?(?:told|tells|said|says|recalled|explained|added)(?![a-z])/.test(
      after,
    )
  )
    return true;
  // "one" standing for a noun named before ("if it can be called one", "printed as one"): no count
  if (
    token.value === 1 &&
    !token.digits &&
    /(?:called|call|as|be)[\s\u00a0]+$/.test(before) &&
    /^[\s\u00a0]*(?:[,.;:?!)—–]|$)/.test(after)
  )
    return true;
  // the second number of a meeting's format ("한미 2+2", "the 2+2 talks"; the first has "+2" after it)
  if ((token.value ?? 10) < 10 && /(?<!\d)\d\+$/.test(before)) return true;
  // a span of years: "the pandemic border closure of 2020–2023"
  if (
    token.low !== null &&
    token.high !== null &&
    token.low >= 1950 &&
    token.high <= 2039 &&
    token.high > token.low &&
    /^(?:19|20)\d\d[\s\u00a0]*[–—-][\s\u00a0]*(?:19|20)?\d\d$/.test(text.slice(token.start, token.end))
  )
    return true;
  if (BEFORE_RE.test(before) || execAtWords(WORD_BEFORE_RE, before) !== null) return true;
  if (isSlideCounter(text, token)) return true;
  // a thread's post number ("4/ 9. Januar …"), a table's, figure's or section's number ("Tabelle 2", "<표 2>",
  // "[그림 3]", "2.3 Munition und Gerät"), a score ("lost 112–104")
  if ((token.value ?? 99) <= 50 && POST_NUMBER_AFTER.test(text.slice(token.end, token.end + 2))) return true;
  if ((token.value ?? 99) <= 10 && KEYCAP_AFTER.test(text.slice(token.end, token.end + 2))) return true;
  if (POLL_ANSWER_AFTER.test(text.slice(token.end, token.end + 48))) return true;
  if (SAMPLE_AFTER.test(text.slice(token.end, token.end + 32))) return true;
  if (isExchangeFormula(text, token)) return true;
  const decade = token.high ?? token.value ?? 0;
  if (
    decade >= 10 &&
    decade <= 90 &&
    decade % 10 === 0 &&
    AGE_DECADE_AFTER.test(text.slice(token.end, token.end + 12))
  )
    return true;
  if ((token.value ?? 100) < 100 && LABEL_NUMBER_BEFORE.test(before)) return true;
  if ((token.value ?? 1000) < 1000 && KOREAN_LABEL_BEFORE.test(before)) return true;
  if ((token.value ?? 100) < 100 && KOREAN_CIRCLE_BEFORE.test(before)) return true;
  if ((token.value ?? 100) < 10 && token.digits && MODEL_NAME_BEFORE.test(before)) return true;
  if ((token.value ?? 100) < 100 && CHAPTER_AFTER_KO.test(after)) return true;
  if (ROOM_OR_VOTE_BEFORE.test(before) || VOTE_AFTER.test(after)) return true;
  if (CAPACITY_AFTER.test(after)) return true;
  // "the two of them will eat rice cakes at home": both of them, not a count
  if (
    (token.value ?? 99) <= 10 &&
    /(?<![\p{L}])the[\s\u00a0]+$/u.test(before) &&
    /^[\s\u00a0]+of[\s\u00a0]+(?:them|us|you)(?![a-z])/.test(after)
  )
    return true;
  // a family's ages ("My sons are 19 and 23", "Meine Töchter sind 8 und 12") and a Korean ratio ("1대 9", "1대 6.8")
  if ((token.value ?? 100) < 100 && FAMILY_AGES_BEFORE.test(before)) return true;
  if (token.value === 1 && /^[\s\u00a0]?대[\s\u00a0]?\d/.test(after)) return true;
  // a sample's size: "выборка из двух человек", "a sample of two", "eine Stichprobe von zwei"
  if (SAMPLE_OF_BEFORE.test(before)) return true;
  // a ratio of the dead to the wounded ("one killed for every seven wounded", "knapp sieben Verwundete auf einen
  // Toten", "на одного убитого приходятся трое–четверо раненых", "사망자 1명당 부상자가 7명꼴"), or a ratio's range
  // from one ("nearer one to three")
  if (
    RATIO_EVERY_BEFORE.test(text.slice(Math.max(0, token.start - 48), token.start)) ||
    RATIO_PER_ONE_AFTER.test(after) ||
    ((token.value ?? 100) <= 20 && TO_ONE_AFTER.test(after)) ||
    (token.value === 1 && TO_ONE_BEFORE.test(before)) ||
    (token.value === 1 && KOREAN_ONE_TO_AFTER.test(after)) ||
    (token.low === 1 && (token.high ?? 99) <= 10)
  )
    return true;
  // a part of a span of time just named: "nine years in uniform, four of them with a border division"
  if (
    (token.value ?? 100) < 100 &&
    PART_OF_TIME_AFTER.test(after) &&
    TIME_SPAN_BEFORE.test(text.slice(Math.max(0, token.start - 48), token.start))
  )
    return true;
  if (isSectionNumber(text, token)) return true;
  // a numbered list's item number (a table of contents, references), a cited page ("(Cho 2025, 117)"), a
  // reference's pages ("S. 197–222", "12(2): 33-58"), a page of a thread or of results ("Страница 1 из 4")
  if (isListItemNumber(text, token)) return true;
  if (isCitedPage(text, token)) return true;
  if (REFERENCE_PAGES_BEFORE.test(before) || REFERENCE_VOLUME_AFTER.test(after)) return true;
  if (PAGE_OF_BEFORE.test(before)) return true;
  if (isScore(text, token, before)) return true;
  // a ratio ("7 : 1", "2:1 ratio"), a chart's axis from zero ("(0–7)"), a zero ("beat Japan 1–0")
  if (RATIO_AFTER.test(text.slice(token.end, token.end + 4)) || RATIO_BEFORE.test(before)) return true;
  // "imply a ratio of about 2.0", "співвідношення … приблизно 7": a ratio named before it
  if (
    RATIO_NAMED_BEFORE.test(text.slice(Math.max(0, token.start - 32), token.start)) &&
    !/^[\s\u00a0]?(?:%|per[\s\u00a0]?cent|prozent|відс|процент)/.test(after)
  )
    return true;
  if (token.low === 0 || (token.value === 0 && token.low === null)) return true;
  // "roughly one soldier in eight": a small first number with its noun before "in"
  if ((token.value ?? 0) <= 10 && RATE_WITH_NOUN_AFTER.test(after)) return true;
  // "one in three", "세 명 중 한 명": the second number of a rate
  if (RATE_BEFORE.test(before)) return true;
  // ("one soldier in three": with its noun, when the second is small)
  if ((token.value ?? 0) <= 10 && RATE_NOUN_BEFORE.test(before)) return true;
  // ("einer von drei", "zwei von zehn"; not "einer von zwei Gefangenen", which counts the two)
  if (RATE_DENOMINATORS.has(token.value ?? 0) && GERMAN_RATE_BEFORE.test(before)) return true;
  // (the last character, a surrogate pair whole: the last two code units hold it)
  if (RARE_BEFORE_LAST.has([...before.trimEnd().slice(-2)].pop() ?? '') && RARE_BEFORE_RE.test(before))
    return true;
  // a decimal the scanner left behind ("7,687.5 km"): the measure after its digits decides
  const decimal = /^[.,]\d+/.exec(after);
  if (decimal && AFTER_RE.test(after.slice(decimal[0].length))) return true;
  // a difference between counts, not a count: "differ by thousands", "расходятся на тысячи"
  if (DIFFER_BY_BEFORE.test(text.slice(Math.max(0, token.start - 48), token.start))) return true;
  if (token.vague)
    return (
      AFTER_RE.test(after) ||
      TOWN_OF_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start)) ||
      // letters a page prints: "Друкуємо кілька з них"
      PUBLISH_BEFORE.test(before)
    );
  const v = token.value ?? token.low ?? 0;
  // a day alone on its line that the next line gives as a date ("8. 26 / Am 26. April 2025 erklärte …")
  if (
    v <= 31 &&
    lineEnd >= 0 &&
    after.trim() === '' &&
    startsWithDate(text.slice(token.end + lineEnd + 1), v)
  )
    return true;
  // (a date is written in digits: "in January two soldiers were captured" is a count)
  if (token.digits && (v <= 31 || isYearLike(token)) && execAtWords(MONTH_BEFORE_RE, before) !== null)
    return true;
  if (
    /^\d{4}$/.test(text.slice(token.start, token.end)) &&
    isYearLike(token) &&
    (execAtWords(SEASON_BEFORE_RE, before) !== null || PART_OF_YEAR_BEFORE.test(before))
  )
    return true;
  // a wire story's version: "UPDATE 1-N.Korea …", "15:05 ОБНОВЛЕНИЕ 2"
  if (v < 20 && token.plain && UPDATE_BEFORE.test(before)) return true;
  // a numbered list's marker at a line's start: "3) 사상자", "4) Prisoners"
  // (or inline after the item before: "…; 2) кто считает …; 3) не путайте …")
  if (
    v < 100 &&
    token.plain &&
    /^\)/.test(after) &&
    (/(?:^|\n)[ \t\u00a0]*$/.test(before) || /[;:][ \t\u00a0]*$/.test(before))
  )
    return true;
  // a year written short after an apostrophe: "in Jan '25", "Sommer ’24"
  if (v < 100 && token.plain && /(?:^|[\s(])['’]$/.test(before)) return true;
  // a factor of the writer's arithmetic: "Помноживши на 30", "multiplied by 30", "mal 30"
  if (MULTIPLIED_BEFORE.test(before)) return true;
  // a year after a preposition of time: "kommt für 2024 auf gut elftausend", "since 2024"
  if (
    /^(?:19[89]\d|20[0-3]\d)$/.test(text.slice(token.start, token.end)) &&
    YEAR_PREPOSITION_BEFORE.test(before)
  )
    return true;
  // ("passed 6,000 Aug 2025 - …": only a day of the month stands before a month)
  if (AFTER_RE.test(after) || (v <= 31 && MONTH_AFTER_RE.test(after)) || YEAR_TAIL_RE.test(after))
    return true;
  if (v <= 24 && CLOCK_BEFORE.test(before) && CLOCK_AFTER.test(after)) return true;
  if (v < 1000 && UNIT_NAME_WORD.test(after) && UNIT_NAME_AFTER.test(after)) return true;
  // a rating ("Рейтинг редакции: 8 из 10", "rating: 4 out of 5")
  if (v <= 10 && RATING_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start))) return true;
  // "13 der 15 Mitglieder", "13 of the 15 members": a vote or a share of a body's members
  if (v < 100 && MEMBERS_OF_AFTER.test(after)) return true;
  // "ein Gesamtwert von 10 bis knapp 30 Milliarden Dollar": the low end of a sum of money
  if (MONEY_RANGE_AFTER.test(after)) return true;
  // "the two are separate estimates": the numbers spoken of, not a count
  if (v <= 10 && SET_OF_ESTIMATES_AFTER.test(after)) return true;
  // "quietly dropping two of the four categories": a part of a small set
  if (v <= 10 && OF_COUNTED_SET_AFTER.test(after)) return true;
  // "3명 중 1명이 전사했다", "열 명 중 한 명": one in so many, a share, not a count (both of its numbers)
  if (
    v <= 10 &&
    (KOREAN_ONE_IN_BEFORE.test(before) || KOREAN_ONE_IN_AFTER.test(text.slice(token.end, token.end + 12)))
  )
    return true;
  // "a photo of a 2023 missile launch": a year after "a", which no count of people or things follows
  if (
    token.plain &&
    /^(?:19[5-9]\d|20[0-3]\d)$/.test(text.slice(token.start, token.end)) &&
    A_BEFORE.test(before)
  )
    return true;
  // "이 갤러리를 공유한 사람 412명", "조회 1만2천": a page's counters of shares, views and likes
  if (KOREAN_COUNTER_BEFORE.test(before)) return true;
  // ("«1 из 5» мы ставим …", "«5 из 5» означает", "Фото 9 из 9"): a score or a picture's place, each of its numbers
  if (
    v <= 10 &&
    token.plain &&
    (SCORE_OF_BEFORE.test(before) || (SCORE_OF_AFTER.test(after) && SCORE_OPENS_BEFORE.test(before)))
  )
    return true;
  if (
    v < 100 &&
    token.plain &&
    PICTURE_OF_BEFORE.test(before) &&
    (PICTURE_OF_AFTER.test(after) || SCORE_OF_BEFORE.test(before))
  )
    return true;
  // a house in a street ("in der Industriestraße 14", "на улице Садовой, 7", "at number 14")
  if (v < 1000 && token.plain && STREET_BEFORE.test(before)) return true;
  // a dateline's year: "LONDON, June 16, 2025 —"
  if (isYearLike(token) && MONTH_DAY_BEFORE.test(before)) return true;
  // a version in quotes: "'국방혁신 4.0'", "„Industrie 4.0“"
  if (/^\d{1,2}\.\d$/.test(text.slice(token.start, token.end)) && /^['’"”“」』]/.test(after)) return true;
  // a label's number ("Phase 2: …", "2024: …"); a count before a colon goes on ("перевищили 3000: приблизно 300 …")
  if (
    (v <= 100 || (isYearLike(token) && /^\d{4}$/.test(text.slice(token.start, token.end)))) &&
    /^:\s/.test(after)
  )
    return true;
  // an age in commas after a person, as the press gives it: "A nurse, 52, who …"; "старшому — 26"
  if (token.plain && v >= 16 && v <= 99 && AGE_COMMAS_BEFORE.test(before) && /^,/.test(after)) return true;
  if (token.plain && v >= 16 && v <= 99 && AGE_OLDER_BEFORE.test(before)) return true;
  // "여론 10명 중 8명": ten or a hundred of whom so many, a rate
  if (
    (v === 10 || v === 100) &&
    /^[\s\u00a0]?명[\s\u00a0]?(?:중|가운데)[\s\u00a0]?(?:\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉)[\s\u00a0]?명/.test(
      after,
    )
  )
    return true;
  // people interviewed for a story or a film
  if (
    (GENERIC_ALONE_AFTER.test(after) &&
      INTERVIEWED_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start))) ||
    INTERVIEWED_AFTER.test(after)
  )
    return true;
  if (TOWN_OF_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start))) return true;
  if (v <= 10 && NOT_ONE_BEFORE.test(before)) return true;
  if (v < 100 && SHOTS_AFTER.test(after)) return true;
  if (
    v < 100_000 &&
    (KOREAN_CIVILIANS_BEFORE.test(before) ||
      (KOREAN_ITEMS_BEFORE.test(before) && /^[\s\u00a0]?(?:개|가지)/.test(after)))
  )
    return true;
  if (
    v <= 10 &&
    (KOREAN_EACH_AFTER.test(after) ||
      (token.digits && DISPATCH_VERSION_AFTER.test(after)) ||
      KOREAN_PER_UNIT_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start)))
  )
    return true;
  // "in one fight that month", "said one retired general": "one" picks out an event or a speaker, no count
  if (
    v === 1 &&
    !token.digits &&
    (ONE_EVENT_AFTER.test(after) || (SAID_BEFORE.test(before) && ONE_SPEAKER_AFTER.test(after)))
  )
    return true;
  // the second of two ages: "one aged 20 and the other 26", "einer 20, der andere 26", "одному 20, другому 26"
  if (
    (token.value ?? 200) < 100 &&
    TWO_AGES_BEFORE.test(text.slice(Math.max(0, token.start - 48), token.start))
  )
    return true;
  // a year before a participle: "die Zahl der 2024 entsandten Arbeiter", "the 2024 deployment"
  if (
    isYearLike(token) &&
    /^\d{4}$/.test(text.slice(token.start, token.end)) &&
    YEAR_PARTICIPLE_AFTER.test(after) &&
    YEAR_ARTICLE_BEFORE.test(before)
  )
    return true;
  // an age after its label: "Kim Jong Un's age: 41", "Alter: 41", "Возраст: 41", "나이: 41"
  if ((token.value ?? 200) < 120 && AGE_LABEL_BEFORE.test(before)) return true;
  // the sources a story cites ("two people familiar with the talks", "소식통 두 명")
  if ((token.value ?? 100) < 20 && (SOURCES_AFTER.test(after) || SOURCES_BEFORE_KO.test(before))) return true;
  // a part of a book or series ("Chapter 9 of its 14")
  if (
    (token.value ?? 1000) < 1000 &&
    PART_OF_SERIES_BEFORE.test(text.slice(Math.max(0, token.start - 48), token.start))
  )
    return true;
  // an age in an apposition ("Ju Ae, believed to be about 12,")
  if (
    (token.value ?? 100) < 100 &&
    AGE_APPOSITION_BEFORE.test(text.slice(Math.max(0, token.start - 48), token.start)) &&
    AGE_APPOSITION_AFTER.test(after)
  )
    return true;
  // a measure again, its unit left out ("500 square kilometres, down from some 1,300")
  if (MEASURE_CHANGE_BEFORE.test(text.slice(Math.max(0, token.start - 80), token.start))) return true;
  // "생포한 북한군 2명은 모두 20대로": an age's decade
  if (v >= 10 && v <= 90 && v % 10 === 0 && token.plain && KOREAN_AGE_DECADE_AFTER.test(after)) return true;
  // Korean shift work and machines ("3교대로", "트럭 6대를"), but not guns after a weapon's name
  if ((token.value ?? 10) <= 4 && SHIFTS_AFTER_KO.test(after)) return true;
  if (
    MACHINES_AFTER_KO.test(after) &&
    !WEAPONS_BEFORE.test(text.slice(Math.max(0, token.start - 30), token.start))
  )
    return true;
  // "Ask five officials how many …": a rhetorical number
  if (v < 20 && ASK_BEFORE.test(before)) return true;
  // letters a page prints
  if (v < 100 && PUBLISH_BEFORE.test(before)) return true;
  // "Ей 78 лет, в Плехове она прожила 56 из них": years of a life
  if (
    v < 100 &&
    OF_THEM_AFTER.test(after) &&
    YEARS_BEFORE.test(text.slice(Math.max(0, token.start - 80), token.start))
  )
    return true;
  if (ALONE_AFTER.test(after) && PRICE_BEFORE.test(text.slice(Math.max(0, token.start - 100), token.start)))
    return true;
  if (ALONE_AFTER.test(after) && MONEY_BEFORE.test(text.slice(Math.max(0, token.start - 100), token.start)))
    return true;
  // the size of small groups: "Gruppe aus sechs Mann", "in groups of three to five", "групами по 5–10 осіб",
  // "Sturmgruppen zu jeweils 20 bis 30 Mann", "группы сократились до 5–7 человек", "1개 조가 15~20명"
  if (
    (token.high ?? v) <= 50 &&
    (SMALL_GROUP_BEFORE.test(before) || KOREAN_GROUP_BEFORE.test(before) || GROUP_UNIT_AFTER.test(after)) &&
    !PER_DAY_AFTER.test(after)
  )
    return true;
  if (
    v >= 15 &&
    v <= 110 &&
    token.plain &&
    AGE_BRACKETS_BEFORE.test(before) &&
    AGE_BRACKETS_AFTER.test(after)
  )
    return true;
  return false;
}

/** True for 1900–2100 (and ranges within it): bare four-digit years, unless a count noun follows (caller). */
/** The word of a wire story's update right before its number. */
const UPDATE_BEFORE = /(?:^|[^\p{L}])(?:update|обновление|оновлення|aktualisierung|업데이트)[\s\u00a0]*$/iu;
/** A factor the writer multiplies or divides by, right before the number. */
const MULTIPLIED_BEFORE =
  /(?:multipl(?:ied|y|ying)\s+(?:it\s+|that\s+)?by|divid(?:ed|e|ing)\s+(?:it\s+|that\s+)?by|(?:multipliziert|geteilt|dividiert)\s+(?:mit|durch)|(?:помноживши|помножити|помножимо|поділивши|поділити)\s+на|(?:умножив|умножить|умножим|умножая|разделив|разделить)\s+на)[\s\u00a0]+$/;

/** A preposition of time right before a year. */
const YEAR_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:für|im|seit|for|since|until|during)[\s\u00a0]+$/u;

export function isYearLike(token: NumberToken): boolean {
  const v = token.value ?? token.high ?? 0;
  const low = token.low ?? v;
  return v >= 1900 && v <= 2100 && low >= 1900;
}

const PERCENT_RE =
  /^[\s\u00a0]?(?:%|％|per[\s-]?cent(?![A-Za-zÀ-ɏЀ-ӿ가-힣])|percent(?![A-Za-zÀ-ɏЀ-ӿ가-힣])|відсот[A-Za-zÀ-ɏЀ-ӿ가-힣]*|процент[A-Za-zÀ-ɏЀ-ӿ가-힣]*|prozent(?![A-Za-zÀ-ɏЀ-ӿ가-힣])|퍼센트|프로(?![A-Za-zÀ-ɏЀ-ӿ가-힣]))/;

/**
 * Length of a percent sign or word right after a number ("40%", "40 per cent", "40 відсотків").
 * @returns 0 when no percent marker follows.
 */
export function matchPercent(text: string, end: number): number {
  const m = PERCENT_RE.exec(text.slice(end, end + 16));
  return m ? m[0].length : 0;
}
