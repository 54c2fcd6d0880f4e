/**
 * Who a number belongs to. NK cues (nk-parts.ts) name North Korea or its troops in any of the five languages; OTHER cues
 * name Russian or Ukrainian troops, losses or actions as the owner of a count ("Russian soldiers", "Russia has
 * lost", "втрати ЗСУ", "러시아군"). Estimator phrases such as "Ukrainian intelligence" are deliberately not
 * OTHER cues: they report numbers, they do not own them.
 */

const L = '[A-Za-zÀ-ɏЀ-ӿ가-힣]*';
/** One of an army's people who speaks or watches, after its name: "우크라이나군 드론 조종사는", "러시아군 총참모장". */
const KOREAN_WITNESS =
  '(?:드론\\s?)?조종사|대변인|관계자|지휘관|사령관|장교|소식통|총참모장|총참모부|정보\\s?장교';
/** Not after "as", "als", "як", "как", "під виглядом", "под видом" (a quote may stand between): a disguise, not who. */
const NOT_AS = '(?<!(?:(?<![a-z])as|(?<![a-zäöüß])als|як|как|виглядом|видом)[\\s\\u00a0]+[«„"“]?)';

// prettier-ignore
export const OTHER_PARTS: readonly string[] = [
  // en: adjective or possessive + troops/losses; country + verb of owning
  // (not across a speaker and a verb: "Ukraine's intelligence chief put losses at …" estimates someone else's)
  // (not the enemy a force fights: "killed fighting Ukrainian forces in Russia's Kursk region, and some 2,700 wounded")
  `(?<!(?:fighting|fought|against|battling|attacking|engaging|by)\\s)(?:russian|ukrainian|russia's|ukraine's|kyiv's|kiev's|moscow's)\\s+(?:(?!(?:put|puts|said|says|estimated|estimates|counted|gave|cited|describe|describes|described|recall|recalls|recalled|remember|remembers|remembered|watched|saw|noticed|told|tell|tells)\\s)[A-Za-zÀ-ɏЀ-ӿ가-힣0-9-]+\\s+){0,3}(?:troops|soldiers|servicemen|forces|army|armed\\s+forces|military\\s+personnel|losses|casualties|personnel|fighters|men|units|side(?!\\s+of\\b)|war\\s+dead|dead|deaths|fatalities|marines|paratroopers|brigades?|regiments?|divisions?|battalions?|units|group|grouping|force)`,
  `(?:russia|ukraine|moscow|kyiv|kiev)\\s+(?:itself\\s+|alone\\s+)?(?:has\\s+|had\\s+|have\\s+)?(?:lost|assembled|amassed|mobili[sz]ed|recruited|massed)`,
  // (Russians receiving hardware get it from North Korea: "the Russians may have received up to 9 million shells")
  '(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:russians|ukrainians)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])(?!\\s+(?:\\S+\\s+){0,2}(?:received|got|obtained))',
  // ("according to the South Korean military" names a source, not an owner)
  `(?<!(?:according\\s+to|citing|за\\s+даними|за\\s+інформацією|за\\s+оцінкою|з\\s+посиланням\\s+на|по\\s+данным|по\\s+информации|по\\s+оценке|со\\s+ссылкой\\s+на|laut|nach\\s+angaben)\\s+(?:the\\s+|der\\s+|des\\s+)?)(?:south\\s+korean|u\\.s\\.|us|american|südkoreanisch${L}|us-|amerikanisch${L}|південнокорейськ${L}|американськ${L}|южнокорейск${L}|американск${L})\\s*(?:troops|soldiers|servicemen|forces|marines|soldat${L}|truppe${L}|військов${L}|солдат${L}|военн${L})(?!\\s+(?:чиновник|посадов|представник|представител|эксперт|експерт|аналітик|аналитик|источник|джерел|official|analyst|source))`,
  // the same said noun first: "військовослужбовців США", "военнослужащих США", "Soldaten der USA"
  `(?:військовослужбовц|військов|солдат|военнослужащ|военн)${L}\\s+(?:сша|америки)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`, `soldat${L}\\s+der\\s+usa`,
  // "rund 50.000 eigene Soldaten" (of Russia, the sentence's subject: North Korea's own are named as such)
  `eigene${L}\\s+(?:soldaten|truppen|streitkräfte|kräfte|männer)`,
  'us-soldat[a-zäöüß]*', '(?:bundesheer|bundeswehr|schweizer\\s+armee|swiss\\s+army)', '한국군', '주한미군', '미군(?!\\s?(?:고위\\s?)?(?:당국자|관계자|관리|소식통|정보당국))', 'of\\s+its\\s+own\\s+soldiers',
  `(?:russia|ukraine|moscow|kyiv)\\s+(?:has|had|have|is|was)\\s+(?:[A-Za-zÀ-ɏЀ-ӿ가-힣]+\\s+)?(?:losing|suffering|lost|assembled|amassed|mobili[sz]ed|recruited|massed|deployed|suffered|concentrated|gathered|built\\s+up|formed)`,
  '(?:russia|ukraine)\\s+(?:suffers|suffered|loses|lost|takes|is\\s+losing)',
  // "Russia itself was losing", "русские там потеряли", "of their own troops": that army's own numbers
  '(?:russia|ukraine)\\s+itself\\s+(?:was|is|had\\s+been|has\\s+been)\\s+(?:losing|suffering)',
  `(?:русские|россияне|росіяни|українці|украинцы)\\s+(?:\\S+\\s+){0,2}(?:потеряли|втратили|потеряли\\s+там)`,
  '(?:their|its)\\s+own\\s+(?:troops|soldiers|forces|men)',
  // the EU's own deliveries to Ukraine ("the EU promised Ukraine one million shells")
  '(?:the\\s+eu|the\\s+european\\s+union|die\\s+eu|die\\s+europäische\\s+union|евросоюз|европейский\\s+союз|ес|єс|євросоюз|європейський\\s+союз)\\s+(?:had\\s+|has\\s+|(?:в|у|im|in)\\s+\\d{4}(?:\\s+(?:году|році|jahr))?\\s+)?(?:promised|pledged|delivered|supplied|versprach|versprochen|lieferte|обещал|пообещал|пообіцяв|пообіцяла|обіцяв)(?![a-zа-яіїєё])',
  // "Russia, which, according to Syrskyi, lost at least 80,000", "Russlands eigene Verluste … auf 80.000 beziffert"
  '(?:russia|ukraine),\\s+which,?\\s+(?:[^.;]{0,80}?\\s)?(?:lost|suffered|has\\s+lost|had\\s+lost)(?![a-z])',
  `(?:russlands|der\\s+russen|russische[nr]?|der\\s+russischen\\s+armee)\\s+(?:eigene[nr]?\\s+)?verluste`, `(?:собственн|своих\\s+собственн)${L}\\s+(?:войск|солдат|военн)${L}`, `власн${L}\\s+(?:військ|солдат|військов)${L}`,
  // other nations' soldiers ("chinesische Soldaten", "Spain's Blue Division", "Cubans in Angola")
  // (and their citizens in the war: "two Chinese citizens captured", "граждан Китая", "громадян Китаю", "중국인")
  `(?:chinese|nepal(?:i|ese)|cuban|sri\\s+lankan|chinesisch${L}|nepalesisch${L}|kubanisch${L}|китайск${L}|китайськ${L}|непальск${L}|непальськ${L}|кубинск${L}|кубинськ${L})\\s+(?:citizens|nationals|mercenaries|recruits|staatsbürger${L}|söldner${L}|граждан${L}|громадян${L}|наемник${L}|найманц${L}|найманц${L})`,
  `(?:граждан${L}|громадян${L})\\s+(?:китая|китаю|кнр|непала|непалу|кубы|куби|шри-ланки|шрі-ланки)(?![а-яіїєё])`, '중국인', '중국\\s?국적',
  `(?:chinese|chinesisch${L}|китайск${L}|китайськ${L}|중국군|spanish|spanisch${L}|испанск${L}|іспанськ${L}|cuban|kubanisch${L}|кубинск${L}|кубинськ${L})\\s*(?:troops|soldiers|servicemen|forces|soldaten|truppen|военн${L}|солдат${L}|військов${L}|солдат)`,
  // recruits of other nations in Russia's army ("Nepali officials have reported dozens of deaths", "India … more
  // than 90 of its nationals", "recruits from Central Asia"), and what a battle cost Russia itself
  `(?:nepal${L}|непал${L}|네팔${L}|sri\\s+lank${L}|шри-ланк${L}|шрі-ланк${L}|스리랑카${L}|indian\\s+(?:nationals|citizens)|india\\s+(?:says|said)|indiens?|індійськ${L}\\s+громадян${L}|индийск${L}\\s+граждан${L}|인도\\s?(?:인|국적)${L}|central\\s+asia${L}|zentralasi${L}|центральн${L}\\s+азі${L}|средн${L}\\s+ази${L}|중앙아시아${L}|colombian${L}|kolumbian${L}|колумбі${L}|колумби${L}|콜롬비아${L}|african\\s+(?:recruits|nationals|citizens))`,
  `(?:cost|costs|costing)\\s+russia(?![a-z])`, `(?:kostete|kosteten|gekostet)\\s+russland`, `(?:обошл${L}|стоил${L})\\s+росси${L}`, `(?:коштувал${L}|обійшл${L})\\s+росі${L}`,
  'blue\\s+division', 'blaue\\s+division', `голуб${L}\\s+дивизи${L}`, `синя\\s+дивізі${L}`, `кубинц${L}`, 'kubaner',
  // "Russia said it lost 1,000 soldiers", "Россия признала, что потеряла": the speaker speaks of its own losses
  '(?:russia|ukraine|moscow|kyiv)\\s+(?:said|says|claimed|claims|admitted|admits)\\s+(?:that\\s+)?(?:it|they)\\s+(?:has\\s+|had\\s+|have\\s+)?(?:lost|suffered|is\\s+losing)',
  `(?:россия|москва|украина|киев)\\s+(?:заявил|признал|сообщил)${L},?\\s+что\\s+(?:она\\s+)?(?:потерял|лишил)${L}`,
  `(?:росія|москва|україна|київ)\\s+(?:заявил|визнал|повідомил)${L},?\\s+що\\s+(?:вона\\s+)?(?:втратил|позбул)${L}`,
  // Russia's own output and Ukraine's supplies from its allies: "die russische Jahresproduktion", "власний випуск
  // РФ", the EU's promise ("Die EU hatte eine Million Granaten zugesagt"), the Czech initiative, "우크라이나는 … 받았고"
  `(?:russische${L}\\s+jahresproduktion|jahresproduktion\\s+russlands)`, `випуск${L}\\s+(?:рф|росії)`, `выпуск${L}\\s+(?:рф|россии)`,
  `(?:die\\s+eu|die\\s+europäische\\s+union)\\s+(?:hatte|hat)(?=\\s+[^.;]{0,80}?(?:zugesagt|versprochen|geliefert))`, '유럽연합', `(?:czech|tschechisch${L}|чешск${L}|чеськ${L}|체코)\\s*(?:ammunition\\s+)?(?:initiative|initiative|инициатив${L}|ініціатив${L}|주도)`, 'prager\\s+angaben',
  `우크라이나(?:는|가)(?=[^.]{0,30}?받았)`,
  // the EU's promise to Ukraine in other words ("The EU once promised Ukraine a million shells", "Євросоюз свого часу
  // пообіцяв Україні мільйон снарядів"), and Europe's own output ("Європейська промисловість … мала вийти на 2 млн")
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:the\\s+eu|the\\s+european\\s+union|europe|brussels|євросоюз|єс|европейский\\s+союз|евросоюз|ес|європейський\\s+союз)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])(?=[^.;!?]{0,40}?(?:promised|pledged|пообіця|обіця|пообеща|обеща))`,
  `(?:європейськ|европейск)${L}\\s+(?:промисловіст|промышленност|виробництв|производств|оборонк|завод)${L}`,
  `europäische${L}\\s+(?:rüstungsindustrie|industrie|produktion)`, '유럽(?:의)?\\s?(?:방산|생산|산업|방위산업)',
  // what Ukraine itself received ("у 2024 році Україна отримала 1,5 млн снарядів")
  `(?:україна|украина|ukraine|die\\s+ukraine|kyjiw|kiew)\\s+(?:отримала|получила|received|got|erhielt|bekam)`,
  // Russian hardware Ukraine destroyed: "57 Russian armoured vehicles and 23 Russian guns destroyed"
  `russian\\s+(?:armou?red\\s+vehicles|tanks|guns|howitzers|vehicles|artillery\\s+pieces)`, `russische${L}\\s+(?:panzer|fahrzeuge|geschütze|haubitzen)`,
  `російськ${L}\\s+(?:бронетехні|техні|танк|гармат|гаубиц|машин)${L}`, `российск${L}\\s+(?:бронетехник|техник|танк|орудий|орудия|гаубиц|машин)${L}`,
  // Russia's own arms output is never North Korean aid: "Russia's own factories turn out 3 million shells"
  `(?:russian|russia's|ukrainian|ukraine's|europe's|european|america's|american)\\s+(?:own\\s+)?(?:defen[cs]e\\s+|arms\\s+)?(?:factories|plants|industry|production|output|manufacturers)`, `(?:российск|російськ)${L}\\s+(?:заводы|заводи|производств${L}|виробництв${L}|промышленност${L}|промисловіст${L})`,
  `(?:russland${L}|russische${L})\\s+(?:eigene\\s+)?(?:fabriken|produktion|rüstungsindustrie|werke)`,
  // the output a paragraph about a country's industry goes on about: "нынешний выпуск", "current output"
  `(?:нынешн|текущ)${L}\\s+(?:выпуск|производств)${L}`, `(?:нинішн|поточн)${L}\\s+(?:випуск|виробництв)${L}`,
  '(?:current|present)\\s+(?:annual\\s+)?(?:output|production)',
  // ("Власне виробництво снарядів у Росії", "собственное производство снарядов в России")
  `власн${L}\\s+виробництв${L}(?:\\s+[^\\s.,;]+){0,2}\\s+(?:у|в)\\s+(?:росії|рф)`, `собственн${L}\\s+(?:выпуск|производств)${L}(?:\\s+[^\\s.,;]+){0,2}\\s+(?:в|у)\\s+(?:россии|рф)`,
  // the same said noun first: "власне виробництво Росії", "производство России", "production in Russia"
  `виробництв${L}\\s+(?:росії|рф)`, `производств${L}\\s+(?:россии|рф)`, `produktion\\s+(?:russlands|in\\s+russland)`, 'production\\s+in\\s+russia', '러시아(?:의)?\\s?(?:자체\\s?)?(?:연간\\s?)?(?:포탄\\s?)?생산',
  // uk
  `(?:російськ|українськ)${L}\\s+(?:[A-Za-zÀ-ɏЀ-ӿ0-9-]+\\s+){0,2}(?:військ|солдат|армі|сил|втрат|окупант|вояк|бійц|загарбник|захисник|угрупован|бригад|дивізі|полк|батальйон|підрозділ|морпіх|десантник|командуван)${L}(?!\\s+(?:корабл|судн|літак|транспорт|ешелон|баз|полігон|аеродром)${L})`,
  `втрат${L}\\s+(?:росії|рф|росіян|україни|зсу|ворога|окупантів)`, `(?:росія|україна)\\s+втратил${L}`,
  `(?:росія|москва|україна|київ)\\s+(?:зібрал|зосередил|стягнул|мобілізувал|сконцентрувал)${L}`,
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:росіян${L}|окупант${L}|зсу)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])(?!\\s+(?:\\S+\\s+){0,2}(?:отрима|одержа))`,
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])сил${L}\\s+оборони(?![A-Za-zÀ-ɏЀ-ӿ가-힣])(?!\\s+(?:\\S+\\s+){0,2}(?:отрима|одержа))`,
  // ru
  `(?:российск|украинск)${L}\\s+(?:[A-Za-zÀ-ɏЀ-ӿ0-9-]+\\s+){0,2}(?:военн|солдат|арми|сил|потер|войск|бойц|оккупант|защитник|группировк|бригад|дивизи|полк|батальон|подразделен|морпех|десантник|командовани)${L}(?!\\s+(?:корабл|суд|самол[её]т|транспорт|эшелон|баз|полигон|аэродром)${L})`,
  `потер${L}\\s+(?:россии|рф|россиян|украины|всу|противника)`, `(?:россия|украина)\\s+потерял${L}`,
  // the army of the Russian Federation by its abbreviation: "армия РФ теряет больше тысячи человек", "армії РФ"
  `(?:арми|армі|войск|військ|вс)${L}\\s+рф(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  `(?:россия|москва|украина|киев)\\s+(?:собрал|сосредоточил|стянул|мобилизовал|сконцентрировал)${L}`,
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:россиян${L}|всу)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])(?!\\s+(?:\\S+\\s+){0,2}(?:получ))`,
  // de
  // ("laut ukrainischer Seite" names a source, not an owner)
  // (the fallen, dead and wounded as nouns, an adjective at most between: "russische Gefallene", "ukrainischen
  // schwer Verwundeten"; not the verb after a place: "in der russischen Region Kursk gefallen")
  `(?<!(?:laut|von|aus|seitens)\\s+(?:der\\s+)?)(?:russisch|ukrainisch)${L}\\s+(?:(?:[A-Za-zÀ-ɏЀ-ӿ0-9-]+\\.?\\s+){0,2}(?:soldat|truppe|armee|streitkr|verlust|kämpfer|militärs|einheit|gruppierung|seite|brigade|division|regiment|bataillon|verbänd|verband|marineinfanter|fallschirmjäger|offizier)|(?:[A-Za-zÀ-ɏЀ-ӿ0-9-]+\\s+)?(?:gefallene|tote|verwundete))${L}`,
  `(?:russlands|der\\s+ukraine)\\s+(?:verlust|armee|truppen|streitkr)${L}`, `(?:russland|die\\s+ukraine)\\s+(?:hat\\s+|habe\\s+)?(?:verlor|verloren|verliert)`, `(?:russland|die\\s+ukraine)\\s+(?:hat|habe|hatte|hätte)(?=(?:[^.;!?]|\\.\\d){0,60}?\\sverloren)`, '(?:verliert|verlor|verlieren)\\s+(?:russland|die\\s+ukraine)',
  '(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:russen|ukrainer)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])',
  // other states' wars and armies, in comparisons ("the Soviet Union lost about 15,000 in Afghanistan", "the United
  // States keeps about 28,500 troops there", "США за два десятилетия … потеряли"); not when North Korea stands
  // between the state and the verb ("America says North Korea lost about 1,200": the state is the estimator)
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:soviet\\s+union|ussr|советск${L}\\s+союз${L}|ссср|радянськ${L}\\s+союз${L}|срср|sowjetunion|udssr|소련)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  `(?:soviet|sowjetisch${L}|советск${L}|радянськ${L})\\s+(?:army|troops|soldiers|forces|armee|truppen|soldaten|арми${L}|войск${L}|военн${L}|солдат${L}|армі${L}|військ${L}|військов${L})`, '소련군',
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:the\\s+united\\s+states|america|cuba|die\\s+usa|die\\s+vereinigten\\s+staaten|kuba|сша|америка|куба)(?:\\s+(?!(?:north|korea|nordkorea|pyongyang|pjöngjang|dprk|кндр|північн|северн|пхеньян|북한)(?![A-Za-zÀ-ɏЀ-ӿ가-힣]))[^\\s.,;!?]+){0,8}?\\s+(?:keeps|kept|stations|stationed|lost|hält|hielt|stationiert${L}|verlor${L}|держ${L}|потерял${L}|втратил${L}|тримал${L}|тримає|тримають)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  // ("союз зі Сполученими Штатами, які тримають на півострові близько 28 500 військових")
  `(?:сполучен|соединённ|соединенн)${L}\\s+штат${L},?\\s+(?:які|которые)\\s+(?:тримають|тримали|держат|держали)`,
  // other foreigners in Russia's war: recruits from Cuba, Nepal, India, Africa and Central Asia, Wagner and its
  // convicts ("roughly 200 Cuban recruits", "понад 1400 громадян 36 африканських країн", "바그너가 약 5만 명을 투입")
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:cubans?|nepal(?:i|is|ese)|indians?|africans?|sri\\s+lankans?|syrians?|uzbeks?|tajiks?|kyrgyz|uzbekistan|tajikistan|kyrgyzstan|wagner|prigozhin${L}|convicts?)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])(?!\\s+(?:site|outlet|newspaper|paper|daily|media|news|channel|broadcaster|website|portal|government|ministry|officials?|analysts?|journalists?|press|agency|diplomats?)(?![a-z]))`,
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:кубинц|кубинськ|непальц|непальськ|індійц|індійськ|африканц|африканськ|вагнер|пригожин|ув['’ʼ]язнен)${L}`,
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:кубинск|непальск|индийц|индийск|африканск|вагнеровц|пригожин|заключенн|заключённ)${L}`,
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:узбек|таджик|киргиз)${L}`,
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:kubaner|nepales|afrikaner|afrikanisch|usbek|tadschik|kirgis|wagner|prigoschin|häftling)${L}`,
  '쿠바인', '쿠바\\s?출신', '네팔인', '네팔\\s?출신', '인도인', '인도\\s?출신', '아프리카인', '아프리카\\s?출신', '우즈베크', '타지크', '바그너', '프리고진', '죄수', '쿠바(?!\\s?미사일)',
  // shells that fell on a Ukrainian town ("упало больше 50 снарядов", "впало 2 140 снарядів")
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:упал${L}|впал${L}|прилетел${L}|прилетіл${L})(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  // South Korea's own arms and loans ("672 Panzerhaubitzen K9", "lent the United States about 500,000 rounds")
  '(?<![A-Za-zÀ-ɏЀ-ӿ가-힣0-9-])(?:k2|k9|k239|chunmoo|천무)(?![A-Za-zÀ-ɏЀ-ӿ가-힣0-9])',
  // (only Seoul lends: "Pyongyang has lent Moscow 12,000 troops" stays North Korea's)
  `(?:seoul|south\\s+korea|сеул|південна\\s+корея|южная\\s+корея|한국)[^.;!?]{0,40}?(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:lent|lends|loaned|позичил${L}|одолжил${L}|빌려)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  // ko
  // (not the kit a force is issued: "러시아군 전투복과 소총을 지급받았고", "러시아군 신분증을 받았고"; nor one of its people
  // who speaks or watches: "우크라이나군 드론 조종사는 … 말했다", "러시아군 총참모장")
  `러시아군(?!의?\\s?(?:전투복|군복|제복|소총|신분증|장비|무기|계급장|위장복|철모|보급품|배낭|${KOREAN_WITNESS}))${L}`, '러시아인', `러시아\\s?(?:제\\d+)?[가-힣]*(?:여단|사단|연대|대대|부대)`, `러시아\\s?(?:병력|군인|장병|측\\s?병력)`, `러시아\\s?각지`, 'from\\s+(?:all\\s+over|across)\\s+russia', 'з\\s+усієї\\s+росії', 'со\\s+всей\\s+россии', 'aus\\s+ganz\\s+russland', `우크라이나군(?!의?\\s?(?:${KOREAN_WITNESS}))${L}`, `우크라이나\\s?(?:병력|군인|장병)`, `러시아${L}\\s?(?:손실|사상자)`,
];

/**
 * Weak ownership cues: Russia or Ukraine as the subject of a sentence ("Russia, officials say, lost …",
 * "Росія втратила", "러시아는"). They veto troop counts but not hardware, which Russia receives from the DPRK.
 */
// prettier-ignore
export const OTHER_WEAK_PARTS: readonly string[] = [
  '(?<=(?:^|[.!?»"”“:]\\s+|\\n))(?:russia|ukraine|moscow|kyiv|kiev|russland|die\\s+ukraine|moskau|kiew)(?=[\\s,])(?!\\s+(?:says|said|fears|feared|believes|estimates|estimated|claims|claimed|reports|reported|warns|warned|thinks|expects|sagt|sagte|erklärte|fürchtet|befürchtet|meldet|meldete|schätzt))',
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:росія|україна|россия|украина)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])(?!\\s+(?:заяв|вважа|побою|повідоми|оціню|считает|опасает|сообщи|оценива)[A-Za-zÀ-ɏЀ-ӿ가-힣]*)`,
  '러시아(?:는|가|측은)',
  // a brigade (Russia's and Ukraine's units are brigades; North Korea's are named as North Korean)
  `(?<!(?:korean|koreanisch${L}|корейськ${L}|корейск${L}|북한군?)\\s+)(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:(?:the|a|his|her|my|our)\\s+brigade|die\\s+brigade|der\\s+brigade|бригад[аиуою]|бригады)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  // the unit of the commander or soldier a story is about ("his battalion counted 420 men", "в его роте … меньше 90
  // человек", "у меня за ту зиму было 19 раненых"): a Ukrainian's own, where no North Korean is named nearer
  '(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:his|her|my|our)\\s+(?:own\\s+)?(?:battalion|company|platoon|squad|unit|brigade)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])',
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:sein|seine|seiner|seinem|seines|ihr|ihre|ihrer|ihrem|mein|meine|meiner|meinem|unser|unsere|unserer|unserem)\\s+(?:bataillon|kompanie|zug|zuges|einheit|brigade|trupp)${L}`,
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:его|её|ее|моей|моя|мой|моего|моём|нашей|наша|наш|нашего)\\s+(?:рот|батальон|взвод|подразделени|бригад|отделени)${L}`,
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:його|її|мого|моєї|моїй|мій|моя|моєму|нашої|нашій|наша|наш|нашого|нашому)\\s+(?:рот|батальйон|взвод|підрозділ|бригад|відділен)${L}`,
  // "Нас там було десь 3 500", "Роту у нас держали около ста", "내가 있던 여단은", "그가 이끄는 공수강습대대는", "in
  // Tschornyjs Kompanie": a speaker's own unit, or the one a named commander leads
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])нас\\s+(?:там\\s+|тоді\\s+|тогда\\s+)?(?:було|было|були|были)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:рот[ауы]|батальон|взвод|подразделени[ея])\\s+у\\s+нас(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])в\\s+подразделении\\s+(?:оставал|осталос|остаётся|остается)${L}`,
  '(?:내가|제가|우리가)\\s?(?:있던|속한|복무한|근무한|몸담은)\\s?(?:대대|중대|소대|부대|여단|사단|연대)',
  '(?:이끄는|이끌던|지휘하는|지휘한|지휘하던)\\s?(?:[가-힣]+\\s?)?(?:대대|중대|소대|부대|여단)',
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])[a-zäöüß]{3,}s\\s+(?:kompanie|bataillon|einheit)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])die\\s+kompanie(?:\\s+selbst)?\\s+(?:zählt|zählte|verlor|verliert|hatte|hat|bestand|besteht)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:zählt|zählte|verlor|verliert)\\s+die\\s+kompanie(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  '(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:у\\s+меня|у\\s+мене)\\s+(?:[^\\s.,;]+\\s+){0,4}?(?:было|были|було|були)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])',
  '(?:그의|자신의|우리)\\s?(?:대대|중대|소대|부대|여단|사단|연대)', '우리\\s?(?:육군|국군)',
  // the unit a long read follows, as the subject of its losses ("the company lost 11 men killed", "рота
  // недосчиталась троих", "Вона втратила 9 бійців", "중대가 후송한 부상자"), and a medic's patients
  '(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])the\\s+(?:company|platoon|battalion|unit|squad)\\s+(?:had\\s+)?(?:lost|counted|suffered|evacuated|buried|got|received)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])',
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])рот[аеуы]\\s+(?:[^\\s.,;]+\\s+){0,2}?(?:недосчитал|потерял|получил|похоронил|эвакуировал|обош[её]л)${L}`,
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:рот[аиуі]|вона)\\s+(?:[^\\s.,;]+\\s+){0,2}?(?:втратил|недорахувал|отримал|поховал|евакуювал)${L}`,
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])die\\s+kompanie\\s+(?:bekam|erhielt)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  '중대(?:가|는)\\s?(?:[가-힣]+\\s){0,2}?(?:후송한|잃은|잃었|후송했)',
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:(?<=(?:medic|doctor|surgeon|nurse|sanitäter|ärztin|arzt)[^.;!?]{0,40})(?:treated|behandelte)|лікував|лікувала|лечил|лечила|через\\s+(?:її|його|ее|его)\\s+(?:стабпункт|медпункт)${L})(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  // a drone team's or a company's own people ("팀원은 다섯 명이다", "расчет из 3 человек", "штат компанії зріс із 30
  // до 400 людей", "직원 수십~수백 명")
  '팀원', '드론\\s?팀', '직원', `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:расч[её]т${L}|екіпаж${L}|экипаж${L})\\s+(?:из|з|із)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:штат|персонал)${L}\\s+(?:компані|підприємств|завод|фабрик|компани|предприяти)${L}`,
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:(?:the|a|his|her|our|its)\\s+)?(?:drone\\s+)?crew\\s+of(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  // "has commanded an unmanned systems battalion of about 400 soldiers", "командує батальйоном з 400 бійців"
  '(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:command(?:s|ed|ing)?|lead(?:s|ing)?|led)\\s+(?:an?\\s+|the\\s+)?(?:[a-z-]+\\s+){0,3}(?:battalion|company|platoon|brigade|unit)(?![A-Za-zÀ-ɏЀ-ӿ가-힣])',
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:командує|командував|командувала|командует|командовал|командовала|führt|führte|kommandiert|kommandierte)\\s+(?:ein${L}\\s+|(?:[^\\s.,;]+\\s+){0,2})?(?:батальйон|роту|ротою|взвод|бригад|батальон|bataillon|kompanie|zug|einheit)${L}`,
  // German puts the verb before the subject after a fronted phrase: "Für Kursk hatte Russland … zusammengezogen"
  // ("Nordkorea hat Russland … geliefert": there Russia is the one receiving)
  '(?<!(?:nordkorea|pjöngjang|kim|un|regime)\\s+)(?:hat|hatte|habe|hätte|verlor|verliert|zog|zieht|mobilisierte)\\s+russland(?=[\\s,])',
];

/** Things that are never the war deployment: defectors, the home army, past wars. */
export const EXCLUDED_PARTS: readonly string[] = [
  `defector${L}`,
  `resettl${L}`,
  'fled\\s+(?:the\\s+)?(?:north|regime)',
  `втікач${L}`,
  `беглец${L}`,
  `flüchtling${L}`,
  `перебіжчик${L}`,
  `перебежчик${L}`,
  `überläufer${L}`,
  `탈북${L}`,
  // North Koreans who live in the South now ("Rund 34.000 Nordkoreaner leben inzwischen in Südkorea")
  '(?:live|lives|living|settled)\\s+(?:now\\s+)?in\\s+(?:the\\s+)?south(?:\\s+korea)?(?![A-Za-z])',
  `(?:leben|lebt|lebten)\\s+(?:inzwischen\\s+|heute\\s+|jetzt\\s+|mittlerweile\\s+)?in\\s+südkorea`,
  // (the count between the verb and the place: "leben inzwischen mehr als 34.000 Menschen aus Nordkorea im Süden")
  `(?:leben|lebt|lebten)(?:\\s+(?:[^\\s.,;]+|\\d[\\d.,]*\\d)){1,8}\\s+(?:in\\s+südkorea|im\\s+süden)(?![a-zäöüß])(?!\\s+(?:russlands|der|des)(?![a-zäöüß]))`,
  `(?:живут|проживают|живуть|проживають)(?:\\s+(?:[^\\s.,;]+|\\d[\\d.,]*\\d)){1,8}\\s+(?:(?:в|у)\\s+(?:южной\\s+корее|південній\\s+кореї)|на\\s+(?:юге|півдні))(?![а-яёіїє])(?!\\s+(?:росси|росі|рф))`,
  `(?:живут|проживают|живуть|проживають)\\s+(?:сейчас\\s+|теперь\\s+|зараз\\s+|тепер\\s+)?(?:в|у)\\s+(?:южной|південній)\\s+коре${L}`,
  '(?:한국|남한)에\\s?(?:사는|살고|정착)',
  // North Korea's own missile launches ("feuerte Nordkorea mehr als 70 ballistische Raketen ab", "the North fired
  // more than 60 ballistic missiles", "Пхеньян запустил … баллистических ракет"): tests at home, not supplies
  `(?:feuerte|feuert|startete)\\s+(?:nordkorea|pjöngjang)`,
  `(?:nordkorea|pjöngjang)\\s+(?:feuerte|startete)`,
  '(?:north\\s+korea|pyongyang|the\\s+north)(?:\\s+(?:has|had))?\\s+(?:fired|launched|test-fired|tested)',
  `(?:raketen|flugkörper)(?:\\s+[^\\s.,;]+){0,2}\\s+(?:getestet|abgefeuert)`,
  `(?:испытани|випробуванн)${L}\\s+(?:баллистическ|балістичн)?${L}\\s*ракет`,
  `(?:пхеньян|кндр|северная\\s+корея)\\s+(?:запустил${L}|выпустил${L})`,
  `(?:пхеньян|кндр|північ|північна\\s+корея)\\s+(?:запустил${L}|випустил${L})`,
  '해안포',
  '시험\\s?발사',
  // North Korea's navy at home ("у ВМС Північної Кореї служать близько 60 тис. осіб", "North Korea's navy has 60,000")
  `(?:вмс|військово-морськ${L}\\s+сил${L}|военно-морск${L}\\s+сил${L})\\s+(?:північної\\s+кореї|кндр|северной\\s+кореи)`,
  "(?:north\\s+korea's|north\\s+korean|pyongyang's)\\s+navy",
  'nordkoreas\\s+marine',
  '북한\\s?해군',
  // North Korea at home: youth shock brigades on building sites, tourism, a marathon, test launches into the East Sea
  `youth\\s+shock\\s+brigade${L}`,
  `jugend-?sturmbrigade${L}`,
  `(?:молод[іеё]жн|ударн)${L}\\s+бригад${L}`,
  '돌격대',
  '청년\\s?돌격대',
  '관광지구',
  '관광객',
  '마라톤',
  // North Koreans abroad who are no soldiers: students and visiting troupes ("63 студенти з КНДР", "38 акробатів";
  // the nouns only, and not as a disguise: workers sent on student visas, "за студентськими візами", "offiziell als
  // Studenten", "під виглядом студентів", are workers)
  `${NOT_AS}(?:students(?![a-z])|studierende[n]?(?![a-zäöüß])|studenten(?![a-zäöüß])|студент(?:и|ів|ам|ами|ах|а|ки|ок|ы|ов)?(?![а-яіїєё])|аспірант(?:и|ів|ам|ами|а)?(?![а-яіїє])|аспирант(?:ы|ов|ам|ами|а)?(?![а-яё])|слушател(?:ь|и|ей|ям|ями)(?![а-яё]))`,
  '유학생',
  'performers',
  'acrobats',
  'dancers',
  `akrobat${L}`,
  `tänzer${L}`,
  `акробат${L}`,
  `артист${L}`,
  `танцюрист${L}`,
  `танцор${L}`,
  '예술단',
  '공연단',
  '동해상',
  `курорт${L}`,
  `kurort${L}`,
  'ski\\s+resort',
  'beach\\s+resort',
  'korean\\s+war',
  'vietnam\\s+war',
  `(?:вьетнам|в[’'ʼ]?єтнам)${L}`,
  'vietnamkrieg',
  // (other wars a column compares with: "the American figures from Iraq", "СССР в Афганистане … 15 тысяч")
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:iraq|irak|afghanistan|ирак|ірак|афганистан|афганістан)${L}`,
  '이라크',
  '아프가니스탄',
  // (a war of the past, whoever fought it: "300.000 Soldaten nach Vietnam")
  'vietnam',
  'nordvietnam',
  'north\\s+vietnam',
  '베트남',
  `корейськ${L}\\s+війн${L}`,
  `корейск${L}\\s+войн${L}`,
  'koreakrieg',
  '한국전쟁',
  '6\\.25\\s?전쟁',
  'active[-\\s]duty',
  // defectors by another name: "arriving in the South", "crossed the line", 정규군 and the defence white paper
  'arriv[a-z]*\\s+in\\s+the\\s+south',
  // "erreichten 236 Nordkoreaner den Süden", "дісталися на Південь", "добрались до Юга"
  'süden(?<=(?:erreicht|erreichte|erreichten)\\s+(?:[^\\s.,;]+\\s+){0,8}den\\s+süden)',
  `(?:дісталися|дістались|дістал${L}|добрал${L}|добралис${L}|перебра${L})\\s+(?:до\\s+)?(?:на\\s+)?(?:південь|півдня|юг|юга)`,
  // "перешёл линию на центральном участке", "перебіг лінію розмежування": across the inter-Korean line
  `(?:перешёл|перешел|перешли|перебежал${L}|перейшов|перейшли|перебіг|перебігли)\\s+(?:демаркационн${L}\\s+|демаркаційн${L}\\s+)?(?:линию|лінію)`,
  // former North Koreans are defectors: "34.000 frühere Nordkoreaner", "former North Koreans"
  '(?:frühere|ehemalige)\\s+nordkoreaner',
  'former\\s+north\\s+koreans',
  `(?:колишн|бывш)${L}\\s+(?:північнокорейц|северокорейц)${L}`,
  `до\\s+південної\\s+кореї\\s+(?:дісталися|дістались|втекли|прибули)`,
  `(?:дісталися|дістались|втекли|прибули)\\s+до\\s+південної\\s+кореї`,
  // "kamen … 236 Nordkoreaner in den Süden"
  'süden(?<=(?:kamen|kam|flohen|floh|gelangten|gelangte|flüchteten|flüchtete)\\s+(?:[^\\s.,;]+\\s+){0,8}in\\s+den\\s+süden)',
  // "kamen 236 Nordkoreaner im Süden an"
  'im\\s+süden\\s+an(?![a-zäöüß])',
  'in\\s+südkorea\\s+an(?![a-zäöüß])',
  'settled\\s+in\\s+the\\s+south',
  // a soldier who swam across to the South ("приняли одного солдата, переплывшего реку")
  `(?:переплыв|переплыл|перепливш|переплив)${L}`,
  'swam\\s+(?:across|over)',
  `durchschwamm${L}`,
  '헤엄쳐',
  `(?:прибул|прибува)${L}\\s+на\\s+південь`,
  `південь(?<=на\\s+південь)\\s+(?:прибул|прибува|дістал|добрал|втекл|втік|перебрал|перебігл|переселил)${L}`,
  `юг(?<=на\\s+юг)\\s+(?:прибыл|прибыва|добрал|бежал|сбежал|перебрал|перебежал|переселил)${L}`,
  `(?:прибыл|прибыва)${L}\\s+на\\s+юг`,
  // (each starts at its rarer word and looks back for the rest only once that word is there)
  'south(?<=(?:fled|escaped|moved|resettled)\\s+to\\s+(?:the\\s+)?south)(?:\\s+korea)?',
  'south(?<=(?:reached|reach|reaches|reaching)\\s+the\\s+south)',
  `(?:перебрал|бежал|сбежал|переселил)${L}\\s+(?:в|на)\\s+(?:южн${L}\\s+коре${L}|юг)`,
  `(?:перебрал|втекл|утекл|переселил|перебігл)${L}\\s+(?:до|в|на)\\s+(?:південн${L}\\s+коре${L}|південь)`,
  `südkorea(?<=nach\\s+südkorea)\\s+(?:geflohen|geflüchtet|übergelaufen|übergesiedelt|gelangt)`,
  `южн(?<=(?:в|на)\\s+южн)${L}\\s+коре${L}(?:\\s+[а-яё]+){0,3}\\s+(?:перебрал|бежал|сбежал|переселил)${L}`,
  `південн(?<=(?:до|в|на)\\s+південн)${L}\\s+коре${L}(?:\\s+[а-яіїєґ']+){0,3}\\s+(?:перебрал|втекл|утекл|переселил|перебігл)${L}`,
  'reached\\s+the\\s+south',
  // (not goods: "28,000 shipping containers had crossed the border")
  '(?<!(?:containers?|trains?|wagons?|trucks?|shipments?|cargo|goods|shells)\\s+(?:had\\s+|have\\s+|has\\s+)?)crossed\\s+the\\s+(?:border|line|mdl)',
  `перейш${L}\\s+(?:демаркаційн${L}\\s+)?лін${L}`,
  `перетн${L}\\s+(?:демаркаційн${L}\\s+)?лін${L}`,
  'дмз',
  `пересек${L}\\s+(?:демаркационн${L}\\s+)?лини${L}`,
  '정규군',
  '국방백서',
  `demarkationslinie${L}`,
  `demarcation${L}`,
  'inter-korean',
  'dmz',
  `demilitari[sz]ed${L}`,
  `entmilitarisiert${L}`,
  `демаркаційн${L}`,
  `демаркацион${L}`,
  '군사분계선',
  '방벽',
  '지뢰\\s?매설',
  '수용할',
  `accommodat${L}`,
  // (not a capacity to send more: "had the capacity to add 30,000–40,000 troops")
  'capacity(?!\\s+to\\s+(?:send|add|deploy|dispatch))',
  '비무장지대',
  'parade',
  `aufmarsch${L}`,
  `aufmarschier${L}`,
  `парад${L}`,
  '열병식',
  'standing\\s+army',
  'million[-\\s]strong',
  `reservist${L}`,
  `(?:армі${L}|армии)\\s+кндр\\s+(?:налічує|насчитывает)`,
  `кадров${L}\\s+арм${L}`,
  'defected',
  `бежал${L}`,
  `сбежал${L}`,
  `перебрал${L}\\s+на\\s+юг`,
  `втекл${L}`,
  `втік${L}`,
  `geflohen${L}`,
  `geflüchtet${L}`,
  '귀순',
  // Business and market news on the same page (a carmaker's deliveries are not war equipment).
  'shares\\s+of',
  'stock\\s+(?:market|exchange|price)',
  `(?:car|auto)maker${L}`,
  'in\\s+the\\s+quarter',
  `quarterly`,
  `revenue${L}`,
  `earnings`,
  `investor${L}`,
  `autobauer${L}`,
  `quartal${L}`,
  `umsatz${L}`,
  `börse${L}`,
  `автовиробник${L}`,
  `автопроизводител${L}`,
  `виручк${L}`,
  `выручк${L}`,
  '주가',
  '매출',
  '영업이익',
  // Sports and public events: attendance and runners are people, but not troops.
  `spectator${L}`,
  'attendance',
  `marathon${L}`,
  `zuschauer${L}`,
  `глядач${L}`,
  `зрител${L}`,
  `марафон${L}`,
  `уболівальник${L}`,
  `болельщик${L}`,
  '관중',
  '관객',
  '마라톤',
  '홈\\s?경기',
];

/** One regex over all exclusions (for callers outside the cue scan). */
export const EXCLUDED_TOPIC = new RegExp(EXCLUDED_PARTS.join('|'));

/**
 * Words that refer back to North Korea's force without naming it ("the contingent", "the Koreans", "контингент",
 * "das Kontingent", "파병군"). They count as North Korea cues only in a paragraph close after one that names
 * North Korea (see extractFigures): after a paragraph about Russian or Ukrainian units, "The contingent has
 * since lost about 4,000" still speaks of the North Koreans. Not when Russia's or Ukraine's own contingent is
 * meant ("the Russian contingent", "російський контингент").
 */
// prettier-ignore
export const NK_ANAPHOR_PARTS: readonly string[] = [
  // en
  `(?<!(?:russian|ukrainian|russia's|ukraine's|american|western|nato|un|peacekeeping|british|french)\\s+)(?:contingent|expeditionary\\s+(?:force|corps))s?(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  '(?<!(?:south|s\\.|ethnic)\\s)(?<![A-Za-zÀ-ɏЀ-ӿ가-힣-])koreans(?![A-Za-zÀ-ɏЀ-ӿ가-힣])(?!\\s+(?:living|in\\s+(?:the\\s+)?south|abroad))',
  // uk, ru
  `(?<!(?:російськ|українськ|российск|украинск|миротворч)${L}\\s+)(?:контингент|експедиційн${L}\\s+корпус|экспедиционн${L}\\s+корпус)${L}`,
  `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?<!южно|південно)корейц${L}`,
  // de
  `(?<!(?:russisch|ukrainisch|deutsch|bundeswehr)${L}\\s+)(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])(?:kontingent${L}|expeditionskorps)`,
  // ko
  '파병군', '추가\\s?파병', '파병\\s?(?:병력|부대|장병|인원)', '(?:[1-4]|첫|두|세)\\s?(?:차|번째)\\s?파병', '(?<![\\d가-힣])[1-4]\\s?진(?=으로|이|은|의|과|에|[\\s\\u00a0,])',
  // troops sent to Russia, in a text that has named North Korea just before: none but its force is meant
  '(?:troops|soldiers|men|personnel)\\s+(?:(?:had|have|has|were|was|been)\\s+){0,2}(?:sent|deployed|dispatched|shipped|brought)\\s+(?:in)?to\\s+russia',
  `soldaten\\s+nach\\s+russland\\s+(?:gebracht|geschickt|entsandt|verlegt|verschifft)${L}`,
  `(?:відправлен|направлен|перекинут|переправлен)${L}\\s+(?:до|в)\\s+росі${L}`,
  `(?:отправлен|направлен|переброшен|переправлен)${L}\\s+в\\s+росси${L}`,
];
