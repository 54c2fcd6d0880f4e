/**
 * Cue lexicons for what a figure counts, all five languages merged (forms do not collide across scripts).
 * EVENT cues (killed, wounded, losses, captured, sent, additional) may stand anywhere in the clause; NOUN cues
 * (soldiers, officers, sappers, howitzers, shells) name the counted thing right after the number.
 */
import type { Metric, Unit } from '../../types.ts';
import { buildCueRegex } from '../../lang/build-cue-regex.ts';

const L = '[A-Za-zÀ-ɏЀ-ӿ가-힣]*';
/** German compounds put the counted noun last (Kampftruppen, Militärbauarbeiter, Kurzstreckenraketen). */
const DE = '[a-zäöüß]*';
/**
 * German plural and case endings: a hardware noun must end its compound, since the last part names the thing
 * (Munitionscontainer are containers, Geschützmunition is ammunition).
 */
const DE_END = '(?:e|n|en|er|ern|es|s)?';
/** Word boundary for alphabetic scripts only: Korean cues may carry particles (사상자는, 북한군이). */
const LATIN_CYRILLIC = '[A-Za-zÀ-ɏЀ-ӿ]';

/** Kinds of event cue, in the order they are tried at one position (longer phrases first). */
export type EventKind =
  'casualties' | 'killed' | 'wounded' | 'captured' | 'lost' | 'returned' | 'work' | 'deployed' | 'reinforce';

// prettier-ignore
export const EVENT_PARTS: Readonly<Record<EventKind, readonly string[]>> = {
  casualties: [
    '(?:killed|dead|died|deaths?)(?:\\s*,\\s*(?:wounded|injured|missing|captured))*\\s*,?\\s*(?:or|and|&)\\s+(?:(?:seriously|severely|badly|gone|went|been|were)\\s+)?(?:wounded|injured|captured|missing)',
    '(?:wounded|injured)\\s+(?:or|and)\\s+(?:killed|dead)',
    `(?:vermisst|missing|зникл|пропавш)${L}\\s+(?:oder|und|or|and|або|чи|или|и)\\s+(?:verwundet|verletzt|wounded|injured|поранен|ранен)${L}`, `casualt${L}`, 'at\\s+the\\s+cost\\s+of',
    // ("had suffered more than 6,000 in Kursk": losses, the noun left out)
    'suffer(?:ed|s|ing)?(?=\\s+(?:(?:about|around|roughly|some|more\\s+than|over|at\\s+least|up\\s+to|nearly|almost|an\\s+estimated)\\s+)?\\d[\\d,.]*(?![\\d,.]|\\s+(?:wounded|injured|killed|dead|deaths|casualties|losses)))', 'ціною', 'ценой', 'um\\s+den\\s+preis\\s+von', 'battle\\s+losses', 'losses', 'toll', 'kia\\s+(?:or|and)\\s+wia',
    `(?:вбит|убит|загибл|загинул|мертв|погиб)${L}\\s*,?\\s+(?:(?:і|та|й|або|чи|и|или)\\s+)?(?:(?:були|було|буде|были|было|будут)\\s+)?(?:тяжело|важко|легко)?(?:поранен|ранен)${L}`,
    `(?:выбыл|выбыв|выбыт|вибул|вибув|вибут|выйд|вийд|выход|виход)${L}\\s+(?:из\\s+строя|з\\s+ладу)`,
    `(?:из\\s+строя|з\\s+ладу)\\s+(?:выбыл|выбыв|вибул|вибув|вышл|вийшл|выйд|вийд)${L}`,
    // ("північнокорейців вибивають по 92 на добу": knocked out of the fight)
    `(?:вибива|выбива)(?:ють|ют|ли|ла|ло|є|ет)(?![а-яіїєё])`,
    // "3800 выбывших", "выбывших уже больше 3 тыс.": those out of action (not "на замену выбывшим", "на место
    // выбывших", "на місце вибулих": a replacement)
    `(?<!(?:замен[уыи]|заменить|заменят|заміну|замінити|место|місце)\\s)выбывш${L}`, `(?<!(?:заміну|замінити|місце)\\s)вибул(?:их|і|и)(?![а-яіїє])`, 'außer\\s+gefecht', 'out\\s+of\\s+action', `kampfunfähig${L}`, `втрат(?!ил)${L}`, `(?<![а-яіїєґё])утрат(?!ил)[аиіу]?(?![а-яіїєґё])`, `санітарн${L}\\s+втрат${L}`,
    `(?:загинул|загибл|вбит)${L}\\s+(?:або|чи|і|та|й)\\s+(?:зазнал${L}\\s+|отримал${L}\\s+|дістал${L}\\s+)?(?:поранен|травм)${L}`,
    `(?:погиб|убит)${L}\\s+(?:или|и)\\s+(?:получил${L}\\s+)?ранен${L}`,
    `(?:погибш|погибл|погиб)${L}\\s+(?:(?:и|или)\\s+)?(?:(?:были|было|будут)\\s+)?ранен${L}`, `потер(?!ял)${L}`,
    `(?:tote|tot|getötet|gefallen)${L}\\s+(?:und|oder)\\s+(?:verwundet|verletzt|schwer\\s*verletzt)${L}`, `verlust${L}`,
    // (the wounded named first: "6000 Verwundete und Tote", "поранених і загиблих", "раненых и убитых")
    `(?:verwundet|verletzt)${L}\\s+(?:und|oder)\\s+(?:tote|getötet|gefallen)${L}`,
    `(?:поранен|ранен)${L}\\s+(?:і|та|й|або|чи|и|или)\\s+(?:загибл|вбит|убит|погибш|погибл)${L}`, 'ausfällen?', 'ausgefallen', `(?:gefechts|kampf|personal|gesamt)(?:ausfäll|ausfall|verlust)${L}`,
    // "Tote/Verwundete", "killed/wounded", "загиблі/поранені"
    `(?:tote|gefallene|killed|dead|загибл|вбит|погибш|убит)${L}\\s*/\\s*(?:verwundet|verletzt|wounded|injured|поранен|ранен)${L}`,
    '사상자', '사상(?!\\s?(?:첫|최초|최대|최고|최악|최다|처음|유례|초유))', `(?:사망|전사)${L}\\s?(?:또는|및|과|와|·|ㆍ|\\+)?\\s?부상${L}`, '손실', `인명\\s?피해`, '죽거나\\s?다', `사망하거나\\s?다`,
    `숨지거나\\s?다`, `전사하거나\\s?부상`, `전사하거나\\s?다`,
  ],
  killed: [
    // slang of the front: "вже поклали 20 тис.", "положили тысячу"; "3만 명 몰살"
    '(?:поклали|положили|поклав|положил)(?=\\s+(?:[^\\s\\d.,;:!?]+\\s+){0,3}?(?:(?:вже|уже|ещё|ще|понад|более|близько|около)\\s+)?\\d)', '몰살',
    'lost\\s+their\\s+lives', 'gave\\s+their\\s+lives', 'slain',
    // lives a battle cost: "has cost Pyongyang about 2,000 lives", "коштувала … двох тисяч життів"
    '(?<=\\d\\s?|(?:hundred|thousand|тисяч|тысяч|сотень)\\s)(?:lives|menschenleben|життів|жизней)(?![a-zа-яіїєё])',
    // the front's "200s" (the dead): "20 тыс. «двухсотых»"
    `(?:двухсот|двохсот)(?:ых|ые|ыми|их|і|ими)(?![а-яіїєё])`, '(?<!(?:sie|die|preise|kurse|temperaturen|[a-zäöüß]+(?:ungen|en))\\s+)fallen(?!\\s+(?:to|from|by|below|behind|short|back|sharply|off|out|since|in\\s+love))(?![^.;!?]{0,60}\\saus(?![a-zäöüß]))', 'killed', 'kills', 'killing', 'fatally', '(?<=who\\s)fell(?!\\s+(?:ill|asleep|silent|apart|behind|short|out|into|for|under|in\\s+love))', 'died', 'dead', 'deaths?', 'death\\s+toll', 'fatalities', `perish${L}`, 'killed\\s+in\\s+action', 'kia',
    `загин${L}`, `загибл${L}`, `загибел${L}`, `гибел${L}`, `вбит${L}`, `вбил${L}`, `ліквідов${L}`, `ліквідува${L}`, `безповоротн${L}\\s+втрат${L}`, `полягл${L}`, `полегл${L}`,
    `померл${L}`, `віддал${L}\\s+(?:сво${L}\\s+)?житт${L}`, `втратил${L}\\s+житт${L}`,
    `погиб${L}`, `убит${L}`, `уничтожен${L}`, `уничтожа${L}`, `уничтожил${L}`, `знищил${L}`, `знищив(?:ши)?`, `вбивши`, `ліквідувавши`, `уничтожив(?:ши)?`, `унес${L}\\s+жизн${L}`, `унесл${L}\\s+жизн${L}`, `забрал${L}\\s+жизн${L}`, `забрав${L}\\s+житт${L}`, `забрал${L}\\s+житт${L}`, 'claimed\\s+the\\s+lives', `знищен${L}`, `знищу${L}`, `знища${L}`, `ликвидир${L}`, `безвозвратн${L}\\s+потер${L}`, 'смерт',
    'умерл[иоа]', `павш${L}`, `скончал${L}`, `лишил${L}\\s+жизн${L}`, `отдал${L}\\s+(?:сво${L}\\s+)?жизн${L}`, `потерял${L}\\s+жизн${L}`, `сложил${L}\\s+голов${L}`,
    `getötet${L}`, 'tötete[n]?', `im\\s+(?:einsatz|kampf|gefecht)\\s+(?:getötet|gefallen|umgekommen|gestorben)${L}`, 'tote[n]?', 'tot', `(?:todes|toten|opfer)zahl${L}`, `gefallen${L}`, 'ums\\s+leben', 'starben', 'starb', 'gestorben', `verstorben${L}`, `umgekommen${L}`,
    `ihr${L}\\s+leben\\s+(?:verloren|gelassen)`, 'todesopfer',
    // bodies counted on a field: "23 bodies", "семь тел", "27 тіл", "23 Leichen", "시신 23구" (not "тел. +7 …",
    // "тел. редакції: …", a telephone)
    '(?<![a-z])(?:bodies|corpses)(?![a-z])', 'leichen', 'leichname', '(?<![а-яёіїє])тел(?:а|ами)?(?![а-яёіїє]|\\.\\s*(?:[+\\d\\(]|[а-яёіїє]+:))', '(?<![а-яёіїє])тіл(?:а|ами)?(?![а-яёіїє]|\\.\\s*(?:[+\\d\\(]|[а-яёіїє]+:))', '(?<![а-яёіїє])труп(?:ов|ів|а|ы|и)(?![а-яёіїє])', '시신', '시체', '주검',
    // buried: "hat schon über 6.000 Soldaten begraben", "поховала кілька сотень своїх бійців"
    'buried(?![^.;]{0,40}(?:mines?|cables?|pipes?|caches?|weapons|ammunition|explosives))', 'begraben', 'beerdigt', `поховал${L}`, `похоронил${L}`, `похоронен${L}`, `поховано`, `поховані`, '묻었', '묻힌',
    // did not come back: "did not come home", "kehrten nicht zurück", "не вернулись", "не повернулися", "돌아오지 못한"
    "(?:did\\s+not|didn['’]t|never)\\s+(?:(?:come|came)\\s+(?:back|home)|(?:make|made)\\s+it(?:\\s+(?:back|home))?|return(?:ed)?(?:\\s+(?:back|home))?(?!\\s+to(?![a-z])))",
    `(?:kehrt${L}|kam${L})\\s+nicht\\s+(?:mehr\\s+)?(?:zurück|heim|nach\\s+hause)`, `nicht\\s+(?:mehr\\s+)?(?:zurückgekehrt|heimgekehrt)${L}`,
    // (not "не вернулись в строй", "не повернулися до строю": back to duty is another matter)
    `не\\s+вернул${L}(?!\\s+(?:в\\s+строй|на\\s+фронт|в\\s+бой|к\\s+))`,
    `не\\s+(?:повернул|повернув)${L}(?!\\s+(?:до\\s+строю|в\\s+стрій|у\\s+стрій|на\\s+фронт|в\\s+бій|у\\s+бій))`, '돌아오지\\s?못',
    `사망${L}`, `전사${L}`, '숨진', '숨졌', '숨져', '숨지', '숨을\\s?거', '죽었', `사살${L}`, '목숨을\\s?잃', `희생${L}`,
    // did not survive: "who had not survived it", "überlebten nicht", "не выжили", "не вижили", "살아남지 못한"; wiped out: "전멸"
    "(?:had\\s+not|did\\s+not|didn['’]t|hadn['’]t|never)\\s+survived?", `überlebt${L}\\s+nicht`, `nicht\\s+überlebt${L}`,
    `не\\s+(?:выжил|вижил|пережил)${L}`, '살아남지\\s?못', '전멸', '제거했', '제거된', '제거한',
  ],
  wounded: [
    // (the military's shorthand: "ca. 300 KIA, rund 2700 WIA")
    'wia(?![a-z])',
    'wounded', 'wounding', 'injured', 'injuries',
    `поранен${L}`, `поранил${L}`, `поранив(?:ши)?`, 'ранив(?:ши)?', `травмован${L}`, `ранен${L}`, `ранил${L}`,
    `verwundet${L}`, `verletzt${L}`, `부상${L}`, '다쳤', '다친', '다치',
  ],
  captured: [
    'captured', 'captures?', 'taken\\s+prisoner', 'held\\s+(?:captive\\s+)?by\\s+(?:ukraine|kyiv|ukrainian)', 'in\\s+(?:ukrainian\\s+)?custody', 'in\\s+ukrainian\\s+hands', 'prisoners?\\s+of\\s+war', 'prisoners?', 'pows?', 'taken\\s+alive',
    // "has taken two North Koreans alive"
    'alive(?<=(?:taken|took|take|captured|seized|caught|pulled|dragged|brought)\\s+(?:[^\\s.,;]+\\s+){1,10}alive)', `gefasst(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
    `полон${L}`, `плен${L}`, `gefangen${L}`, `(?:ukrainisch${L}\\s+)?haft(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`, `수용(?:\\s?중|돼|된|되어|되)`, `억류${L}`, `kriegsgefangen${L}`, '포로', `생포${L}`,
    `захоплен${L}`, `захопил${L}`, `붙잡${L}`, `взял${L}(?=\\s+(?:уже\\s+)?(?:живыми\\s+|живым\\s+|живими\\s+|в\\s+плен\\s+|в\\s+полон\\s+)?(?:(?:лише|лишь|только|всього|всего)\\s+)?(?:одного|двух|двоих|трех|троих|двох|трьох|\\d))`, `захвачен${L}`, `захватил${L}`,
    `(?:захватить|захопити)(?=\\s+(?:одного|двух|двоих|трех|троих|двох|трьох|\\d))`,
    // "потрапили до рук ЗСУ живими", "попали в руки ВСУ"
    `(?:потрапил${L}|потрапив|попал${L}|опинил${L}|оказал${L})\\s+(?:до\\s+рук|в\\s+руки|у\\s+руки)`,
    // "взяли двох північнокорейців живими", "took two of them prisoner"
    `(?:живими|живцем|живыми|живьём|живьем)(?<=(?:взял|взяли|взяти|взять|захопил|захватил)[а-яіїєґё]*\\s+(?:[^\\s.,;]+\\s+){1,4}[а-яіїєґё]+)`,
    // "Two wounded soldiers taken on 9 January 2025"
    'taken(?=\\s+(?:on|in)\\s+(?:\\d|january|february|march|april|may|june|july|august|september|october|november|december))',
    'prisoners?(?<=(?:took|take|taken|takes|taking)\\s+(?:[^\\s.,;]+\\s+){1,5}prisoners?)', `festgesetzt${L}`, `festgenommen${L}`, `festnahm${L}`, 'fest(?<=(?:nahm|nahmen|nimmt|nehmen)\\s+(?:[^\\s.,;]+\\s+){0,8}fest)(?![a-zäöüß])', 'fest(?<=(?:hält|hielt|halten|hielten)\\s+(?:[^\\s.,;]+\\s+){0,8}fest)(?![a-zäöüß])',
  ],
  returned: [
    // the returned ones as a noun: "близько 1100 повернених", "около 1100 вернувшихся", "1,100 returnees", "Rückkehrer"
    `(?<![а-яіїє])повернен(?:их|і|ими)(?![а-яіїє])`, `вернувш(?:ихся|иеся|имися)(?![а-яё])`, 'returnees?', `rückkehrer${L}`, '귀환(?:자|병)',
    'repatriated', 'returned\\s+home', 'returned\\s+to\\s+(?:combat|duty|the\\s+front|service|the\\s+front\\s+line|the\\s+fighting|fighting)',
    // "went back into combat", "had gone back into battle", "sent back to the front", "wieder im Kampf"
    '(?:went|gone|go|going|sent|been\\s+sent)\\s+back\\s+(?:in)?to\\s+(?:combat|battle|the\\s+front(?:\\s+line)?|the\\s+fighting|fighting|action)',
    'wieder\\s+im\\s+(?:kampf|einsatz)', 'zurück\\s+in\\s+den\\s+(?:kampf|einsatz)', 'wieder\\s+an\\s+die\\s+front', 'wieder\\s+an\\s+der\\s+front',
    `повернул${L}\\s+(?:до\\s+строю|в\\s+стрій)`, `вернул${L}\\s+в\\s+строй`, 'zurück\\s+an\\s+die\\s+front', 'went\\s+home', 'came\\s+home', 'sent\\s+home', 'returned\\s+to(?=\\s+north\\s+korea)',
    `повернул${L}\\s+(?:додому|на\\s+батьківщину)`, `репатрі${L}`, `(?:вернул|вернувш)${L}\\s+(?:домой|на\\s+родину)`, `репатри${L}`,
    `вивез${L}\\s+(?:[^\\s,.;]+\\s+){0,3}?(?:на\\s+батьківщину|додому|до\\s+кндр)`, `вывез${L}\\s+(?:[^\\s,.;]+\\s+){0,3}?(?:на\\s+родину|домой|в\\s+кндр)`, `вернул${L}\\s+в\\s+бой`, `повернул${L}\\s+(?:у|в)\\s+бій`,
    'back(?<=(?:flown|sent|taken|brought|shipped|moved)\\s+(?:\\S+\\s+){0,4}back)(?=\\s+(?:home|to\\s+(?:north\\s+korea|pyongyang)))',
    // "військових, які повернулися в грудні", "военных, уехавших домой": those who came back, in a relative clause
    `(?:які|що|хто)\\s+(?:[^\\s,.;]+\\s+){0,3}поверн(?:ув|ул)${L}\\s+(?:додому|на\\s+батьківщину|до\\s+кндр|у\\s+кндр)`, `(?:які|що|хто)\\s+повернул${L}`, `хто\\s+повернувся`, `(?:которые|кто)\\s+(?:[^\\s,.;]+\\s+){0,3}вернул${L}\\s+(?:домой|на\\s+родину|в\\s+кндр)`, `(?:которые|кто)\\s+вернул${L}`, `nach\\s+hause\\s+zurückkehr${L}`, `heimkehr${L}`, `(?:уехавш|уехал|поехавш)${L}\\s+домой`,
    `поїхал${L}\\s+додому`, `вернувш(?:их|ие)(?:ся)?`,
    // ("about 1,100 who came back in December", "rund 1.100 Soldaten, die im Dezember nach Hause kamen")
    'who\\s+(?:came|went)\\s+back', 'nach\\s+hause\\s+(?:kamen|kam|gekommen|zurückgekehrt)', 'zurückgekehrt(?:e|en)?(?![a-zäöüß])',
    // "после лечения снова отправили на фронт", "знову відправили на передову": back in the fight
    `(?:снова|вновь|опять|знову|вдруге)\\s+(?:отправ|направ|відправ)${L}\\s+(?:на\\s+(?:фронт|передов|позици|позиці)|в\\s+(?:бой|строй)|до\\s+(?:бою|строю))${L}`,
    // "на родину отправили приблизительно 2 тыс. раненых", "відправили додому", "nach Hause geschickt"
    `(?:отправ|відправ)${L}\\s+(?:на\\s+родину|домой|в\\s+кндр|на\\s+батьківщину|додому|до\\s+кндр)`, `(?:на\\s+родину|на\\s+батьківщину)\\s+(?:отправ|відправ|вывез|вивез)${L}`,
    `(?:nach\\s+hause|in\\s+die\\s+heimat)\\s+(?:geschickt|gebracht|zurückgebracht|geflogen|ausgeflogen)`,
    `heimgekehrt${L}`, `zurückgekehrt${L}`, `repatriiert${L}`, `송환${L}`, `귀국${L}`, `귀환${L}`, `본국(?:에|으로)\\s?(?:보내|후송|이송)${L}`, '돌아간', '돌아온', '돌아갔', `돌려보${L}`, `다시\\s?전투에\\s?투입${L}`, `(?:전선|전투)에\\s?복귀${L}`, `다시\\s?(?:전선|전투|부대)(?:에|로)\\s?(?:섰|서|복귀|돌아|나서|나섰|참여)${L}`, `после\\s+лечения\\s+(?:вернул|вышл|вышел)${L}\\s+(?:на\\s+(?:передов|фронт)|в\\s+строй)${L}`, `після\\s+лікування\\s+(?:повернул|вийшл|вийшов)${L}\\s+(?:на\\s+(?:передов|фронт)|до\\s+строю)${L}`, `знову\\s+(?:вийшл|вийшов|повернул)${L}\\s+(?:на\\s+(?:фронт|передов|позиці)|до\\s+(?:строю|бою))${L}`, `снова\\s+(?:вышл|вышел|вернул)${L}\\s+(?:на\\s+(?:фронт|передов|позици)|в\\s+(?:строй|бой))${L}`,
    // taken home: "moved back to North Korea", "nach Nordkorea zurückgebracht", "вивезли до КНДР", "본국에 후송"
    // (the name of North Korea at the end is only looked at, so it is still read as North Korea's cue)
    '(?:moved|flown|brought|taken|shipped|evacuated|transported)\\s+(?:back\\s+)?(?:home|to(?=\\s+(?:north\\s+korea|pyongyang|the\\s+north)))',
    // (not a figure of speech: "brought back memories", "took back what he said")
    '(?:moved|flown|brought|taken|shipped|sent)\\s+back(?!\\s+(?:(?:the|old|bad|painful|vivid|many)\\s+)?(?:memor|recollection|feelings|what|his\\s+words|her\\s+words))', `zurückgebracht${L}`, `zurückgeflogen${L}`, `zurückgeschickt${L}`, `zurückgeholt${L}`, `heimgeholt${L}`, `ausgeflogen${L}`,
    `(?:nach\\s+nordkorea|in\\s+die\\s+heimat)\\s+(?:zurück)?(?:gebracht|geflogen|ausgeflogen|transportiert|verlegt)${L}`,
    `zurück\\s+(?:in\\s+den\\s+norden|nach\\s+nordkorea|in\\s+die\\s+heimat)\\s+(?:gebracht|geflogen|ausgeflogen|transportiert|verlegt)${L}`,
    `(?:вивез|вивоз|евакуйова|відправил${L}\\s+назад)${L}(?:\\s+[а-яіїєґ']+){0,3}?(?:\\s+назад)?\\s+(?:до|в)(?=\\s+(?:кндр|північн${L}\\s+коре${L}|пхеньян${L}|батьківщин${L}))`,
    `повернул${L}\\s+(?:до|в)(?=\\s+(?:кндр|північн${L}\\s+коре${L}))`,
    `(?:на\\s+батьківщину|додому|до\\s+кндр)(?:\\s+[а-яіїєґ']+){0,3}\\s+(?:повернул|вивезл|вивез)${L}`,
    `(?:вывез|вывоз|эвакуирова|отправил${L}\\s+обратно)${L}(?:\\s+[а-яё]+){0,3}?(?:\\s+обратно)?\\s+(?:в|на)(?=\\s+(?:кндр|северн${L}\\s+коре${L}|пхеньян|родину))`,
    `вернул${L}\\s+(?:в|на)(?=\\s+(?:кндр|северн${L}\\s+коре${L}))`, `вернувш${L}\\s+(?:в|на)(?=\\s+(?:кндр|северн${L}\\s+коре${L}|родину))`,
    `(?:на\\s+родину|домой|в\\s+кндр)(?:\\s+[а-яё]+){0,3}\\s+(?:вернул|вывезл|вывез)${L}`,
    `본국${L}\\s?(?:으로|에)?\\s?(?:후송|이송|귀환|송환)${L}`, // "북한" itself is a North Korea cue, read first: the event starts at the verb.
    `(?<=북한(?:으로|에)\\s?)(?:후송|이송|옮겨)${L}`,
  ],
  // Labour: the people counted work (on building sites, in factories) rather than fight.
  work: [
    'working(?!\\s+(?:group|paper|assumption|figure|estimate|hypothesis))', 'work(?:ed|s)?\\s+(?:in|at|on)(?=\\s)', '(?:construction|building)\\s+sites?',
    '(?:forced\\s+)?labou?r(?!\\s+party)', 'employed', 'factories', 'factory', 'industrial\\s+trainees?',
    `працю(?:ють|вали|вала|вав|є|вати)`, `працевлашт${L}`, `будівельн${L}\\s+майданчик${L}`, `будов(?:и|ах|ам|і|у)(?![а-яіїєґ])`, `на\\s+роботу`, `заробітк${L}`, `трудов${L}\\s+мігрант${L}`,
    `работа(?:ют|ли|ла|ет|л|ть)(?![а-яё])`, `работающ${L}`, `трудоустр${L}`, `стройк${L}`, `строительн${L}\\s+площадк${L}`, `на\\s+работ[уы]`, `заработк${L}`, `трудов${L}\\s+мигрант${L}`,
    `arbeit(?:en|eten|et|ete)(?![a-zäöüß])`, `baustelle${L}`, `militärbau${L}`, 'arbeitseinsatz', `fabrik${L}`,
    `건설\\s?현장${L}`, `산업\\s?연수${L}`, `노동(?!당|신문)${L}`, `(?<!경계\\s?)근무${L}`, '일하', `취업${L}`, `공장${L}`,
  ],
  lost: ['lost', 'lose', 'loses', 'losing', `втратил${L}`, `втрача${L}`, `утратил${L}`, `утрача${L}`, `потерял${L}`, `теря${L}`, 'verlor', 'verloren', `verlier${L}`, `verlör${L}`, `잃${L}`],
  deployed: [
    'sent(?!(?:\\s+[a-z]+){0,3}\\s+back)', 'send', 'sending', 'deployed', 'deploying', 'deployment', 'dispatched', 'dispatch', 'shipped', 'stationed', 'arrived', 'brought\\s+in',
    'transferred', 'moved', 'moving', 'fighting', 'training', 'remain(?:ed|ing)?(?=\\s+(?:in|at|on|deployed|stationed|near|along|there))', 'remains(?=\\s+(?:in|at|on|deployed|stationed|near|along|there))', 'in\\s+russia', 'in\\s+kursk', '(?:gone|went|going|headed|travell?ed)\\s+(?:over\\s+)?(?:to|into)\\s+(?:russia|kursk)', 'reach(?:ed|es|ing)?\\s+(?:russia|kursk|the\\s+front)', 'contingent', 'arrivals?', 'arriving',
    `відправ${L}`, `направ${L}`, `розгорн${L}`, `перекин${L}`, `прибул${L}`, `вируши${L}`, `вирушал${L}`, `перебува${L}`, 'залишаються', 'залишається', `дислок${L}`, `воюю${L}`, `воювал${L}`, `контингент${L}`, `відряд${L}`, `зайшл${L}`, `зайшов`, `заходил${L}`, `завезл${L}`, `завез(?![а-яіїєґ])`, `поїхал${L}(?!\\s+(?:працювати|на\\s+роботу|на\\s+заробітки|додому))`, `поїде${L}`, 'шле(?![а-яіїєґ])', 'шлють',
    `отправ${L}`, `развернут${L}`, `переброс${L}`, `прибыл${L}`, `прибывш${L}`, `отправил${L}ся`, `выдвинул${L}`, `находя${L}`, 'остают(?:ся)', 'оста[её]тся', `дислоц${L}`, `воюю${L}`, `воевал${L}`, `командирова${L}`, `откомандир${L}`, `зашл${L}`, `зашед${L}`, `заходил${L}`, `завезл${L}`, `завез(?![а-яё])`, `поехал${L}(?!\\s+(?:работать|на\\s+работу|на\\s+заработки|домой))`, `поедут`, 'шл[её]т(?![а-яё])', 'шлют',
    'im\\s+einsatz', 'in\\s+action', '(?:nach\\s+russland|an\\s+die\\s+front|nach\\s+kursk)\\s+(?:gegangen|gezogen|gekommen|gereist)', 'in\\s+russland', `(?:befind|befand|befänd)${L}`, `entsandt${L}`, `entsend${L}`, `geschickt${L}`, `schickt${L}`, `stationiert${L}`, `verlegt${L}`, `vorhut${L}`, `eingesetzt${L}`, `kämpf${L}`, `kontingent${L}`, 'angekommen', 'eingetroffen', 'ankamen', 'eintrafen',
    `파병${L}`, `파견${L}`, `배치${L}`, `투입${L}`, '보냈', '보낸', '주둔', '싸우고(?=\\s?있)', '싸우는', `이동${L}`,
    '건너간', '(?<=명이\\s?)왔', '(?<=에\\s?)온(?![가-힣])', '(?<=에\\s?)들어(?:갔|간|가|왔|온)',
  ],
  reinforce: [
    'на\\s+підсилення', 'на\\s+усиление', 'zur\\s+verstärkung', 'as\\s+reinforcements',
    'additional(?:ly)?', 'another', 'further', '(?:добавили|додали)(?=\\s+(?:(?:ещё|ще|более|свыше|больше|понад|около|близько|приблизно|примерно|порядка)\\s+)?\\d)', '(?:добавил(?:ись|ось|ся|ась)|додал(?:ися|ося|ася|ись))(?=\\s+(?:(?:ещё|ще|более|свыше|больше|понад|около|близько|приблизно|примерно|порядка)\\s+)?\\d)', 'followed(?!\\s+by)', 'folgten', 'more(?!\\s+than)', 'extra', 'add(?=\\s)', 'capacity\\s+to\\s+(?:send|add)', `(?:could|can|would)\\s+send`, `способ${L}\\s+(?:отправить|направить|прислать|дать|предоставить)`, `(?:здатн${L}|здатен)\\s+(?:надіслати|відправити|направити|дати|надати)`, 'fresh\\s+(?:troops|soldiers|forces|wave|batch)', `свіж${L}\\s+(?:корейц|військ|солдат|сил|бійц)${L}`, `свеж${L}\\s+(?:корейц|войск|солдат|сил|бойц)${L}`, `frische${L}\\s+(?:truppen|soldaten|kräfte)`, `reinforc${L}`, `replenish${L}`, 'newcomers', `neuankömmling${L}`, `новоприбул${L}`, `новоприбывш${L}`,
    'replacements?', 'replace\\s+(?:the\\s+|its\\s+|their\\s+)?(?:losses|dead|fallen|casualties)', 'rotation', 'new\\s+(?:arrivals|troops|soldiers|recruits|contingent)', '(?:second|third|fourth|new|next|2nd|3rd|4th)\\s+(?:(?:dprk|north\\s+korean|korean)\\s+)?(?:wave|batch|contingent|group|deployment|dispatch|tranche|round|rotation)',
    '(?<!(?:поранивши|поранили|поранив|вбивши|знищивши|взявши|захопивши)\\s)ще', `додатков${L}`, `(?:замінити|замінять|заміни)\\s+(?:вибул|загибл|втрат|полегл)${L}`, `на\\s+заміну`, `(?:заменить|заменят|замены)\\s+(?:выбывш|погибш|потер|павш)${L}`, `на\\s+замену`, `(?:ersetzen|ersetzt)\\s+(?:die\\s+)?(?:gefallenen|verluste|toten|ausfälle)`, `підкріплен${L}`, `поповнен${L}`, `(?:друг|трет|нов|четверт)${L}\\s+(?:хвил|парті|контингент|груп|ротаці|відправк|відправлен|розгортан|відрядж|етап|ешелон)${L}`, `(?:друг|трет|четверт)${L}\\s+етап${L}\\s+розгортан${L}`,
    // ("всё ещё воюют около 8 тысяч": still, not more)
    '(?<!вс[её]\\s)ещ[её]', `дополнительн${L}`, `подкреплен${L}`, `пополнени${L}`, `(?:втор|трет|нов|четв[её]рт)${L}\\s+(?:волн|парти|контингент|групп|ротаци|отправк|отправлен|развертыван|командировк|переброск|эшелон)${L}`,
    // "könnte noch 30.000 bis 40.000 Mann schicken", "noch einmal 25.000 bis 30.000", "может подкинуть 30–40 тысяч",
    // "може закинути 30–40 тисяч": more troops that could come
    'noch\\s+einmal', 'nochmals', '(?:könnte|könnten|kann|können|würde|würden)\\s+noch', `(?:подкин|докин|підкин)${L}`, `дов[еоі]з${L}`,
    `мож${L}\\s+(?:ещ[её]\\s+|ще\\s+)?(?:закинут|закинуть|забросит|перекинут|прислат|надіслат|відправит|отправит)${L}`,
    `weitere${L}`, `zusätzlich${L}`, `verstärkung${L}`, 'nachschub', `nachsch(?:ob|oben|ieb|iebt)${L}`, 'nachgeschoben', 'nachgeschickt',
    // ("Kim schickt gerade 30.000 nach": a separable verb's particle, closing its clause)
    'nach(?=[\\s\\u00a0]*(?:[„“"»«,.;:!?)–—]|$))(?<=(?:schick|send|schieb|liefer)[a-zäöü]*[\\s\\u00a0](?:[^\\s!?]+[\\s\\u00a0]){1,5}nach)', 'nachgeschoben', `nachgeschickt${L}`, `nachgesandt${L}`, 'als\\s+ersatz', '(?<=mann\\s)ersatz(?![a-zäöüß])', `(?:zweite|dritte|neue|vierte)${L}\\s+(?:welle|kontingent|gruppe|tranche|rotation|entsendung)${L}`,
    `추가${L}`, `증원${L}`, `(?:[2-4]|두|세)\\s?(?:차(?!례)|번째)${L}`, '더(?=\\s)', `보충${L}`, `교대${L}`, '교체\\s?(?:병력|인력|부대)',
  ],
};

/** Kinds of counted noun. */
export type NounKind =
  | 'person'
  | 'prisoner'
  | 'officer'
  | 'worker'
  | 'equipment'
  | 'missiles'
  | 'shells'
  | 'containers'
  | 'portrait';

// prettier-ignore
export const NOUN_PARTS: Readonly<Record<NounKind, readonly string[]>> = {
  worker: [
    'workers?', 'labou?rers?', 'builders?', 'construction\\s+(?:troops|workers|personnel|soldiers)', 'engineers?', 'sappers?',
    'deminers?', `mine[-\\s]clear${L}`, 'labou?r\\s+force',
    `робітник${L}`, `будівельник${L}`, `сапер${L}`, `інженер${L}`, `розміну${L}`,
    `рабоч${L}(?![A-Za-zÀ-ɏЀ-ӿ가-힣]|[\\s\\u00a0]+(?:дн|день|час|мест|групп|смен|процесс|недел|график|врем|язык))`, `строител${L}`, `сап[её]р${L}`, `инженер${L}`, `разминир${L}`,
    `${DE}(?:arbeiter|arbeitskräfte|pionier|minenräum|bauer|bausoldat|ingenieur|bautrupp|bauarbeiter)${L}`,
    '노동자', '근로자', '공병', `건설${L}`, `군사\\s?건설${L}`, '(?:지원|복구)\\s?인력', '지뢰\\s?제거',
  ],
  officer: [
    'officers?', 'generals?', 'commanders?', 'trainees?', 'instructors?', 'cadets?', 'deserters?', 'missing',
    `офіцер${L}`, `генерал${L}`, `командир${L}`, `курсант${L}`, `дезертир${L}`,
    `офицер${L}`, `генерал${L}`, `командир${L}`,
    `${DE}offizier${L}`, 'generäle', 'generale', `kommandeur${L}`, `deserteur${L}`, `vermisst${L}`,
    '장교', '장성', '장군', '지휘관', `탈영${L}`, `실종${L}`,
  ],
  equipment: [
    'howitzers?', 'guns', 'launchers?', 'systemen?', '(?:rocket|artillery|air[-\\s]defen[cs]e|missile)\\s+systems?', 'mlrs', 'mrls?',
    'artillery\\s+(?:pieces|units|systems|guns)', 'pieces', 'units\\s+of', 'tanks', 'vehicles', 'self-propelled', 'koksans?',
    `гаубиц${L}`, `гармат${L}`, 'рсзв', 'сау', `артсистем${L}`, `одиниць\\s+(?:${L}\\s+)?(?:техніки|артилерії|озброєння)`, `установ${L}`,
    `(?:реактивн|артилерійськ|артиллерийск|дальнобійн|дальнобойн|самохідн|самоходн)${L}\\s+(?:${L}\\s+)?(?:систем|установ|гармат|орудий|гаубиц)${L}`,
    `систем${L}\\s+(?:залпового|ппо|ракетн)${L}`, `(?:таких|цих|тих|этих|тех)\\s+(?:же\\s+)?систем${L}`,
    'орудий', 'орудия', 'рсзо', `самоходк${L}`, `самохідк${L}`, 'самоходок', 'самохідок', `единиц${L}`, 'одиниць', `единиц${L}\\s+(?:${L}\\s+)?(?:техники|артиллерии|вооружения)`,
    `${DE}(?:haubitze|geschütz|raketenwerfer|artilleriesystem|werfer|startrampe|selbstfahrlafette)${DE_END}`, 'stück(?!\\s+(?:munition|granat|geschoss|artilleriegranat|raket))',
    '자주포', '방사포(?!탄)', '곡사포', '장사정포', '발사대',
  ],
  missiles: [
    '(?:ballistic\\s+)?missiles?', 'srbms?', 'rockets', '(?:kn|кн)-?2[34]s?', `hwasong${L}`,
    `ракет(?!к)${L}`, `${DE}rakete${DE_END}`, `${DE}marschflugkörper${DE_END}`, '미사일', `탄도${L}`,
  ],
  shells: [
    'shells?', 'rounds', 'ammunition', 'ammo', 'munitions?', 'projectiles?',
    `снаряд${L}`, `боєприпас${L}`, `боеприпас${L}`, `набо(?:ї|їв|ям|ями|ях)`, `выстрел(?:ов|а|ы)`, `постріл(?:ів|и)`,
    `${DE}(?:granate|geschoss|munition)${DE_END}`, 'schuss', `munitions(?:bedarf|verbrauch)${L}`, `${DE}(?:granaten|munitions|geschoss)lieferung(?:en)?`,
    '포탄', '탄약', '방사포탄',
  ],
  // prisoners are counted as captured ("one of the two North Korean prisoners of war")
  prisoner: [
    'prisoners?(?:\\s+of\\s+war)?', 'pows?', `військовополонен${L}`, `военнопленн${L}`, `kriegsgefangen${L}`, '포로',
  ],
  containers: ['containers?', `контейнер${L}`, `${DE}container${DE_END}`, '컨테이너'],
  // the portraits of the fallen that Pyongyang's award ceremonies showed ("перед 101 портретом", "350여 명의 영정")
  portrait: ['portraits?', `портрет${L}`, `porträt${L}`, '영정'],
  person: [
    'soldiers?', 'troops?', 'servicemen', 'service\\s*members?', 'military\\s+personnel', 'personnel', 'fighters?', 'men', 'boys',
    'people', 'forces', `infantry${L}`, 'commandos?', 'special\\s+forces', 'recruits?', 'conscripts?', 'mercenaries',
    'north\\s+koreans', 'koreans', 'n[.\\s]\\s?korean(?:s|\\s+(?:troops|soldiers|servicemen|forces))',
    // (one North Korean, as a noun: "captured one wounded North Korean on Dec. 26")
    'north\\s+korean(?![a-z])(?=[\\s\\u00a0]*(?:[.,;:)]|$|(?:on|in|near|at|during|was|is|who|and|after|from|to|alive)(?![a-z])))',
    // ("a 12,000-man force": "-man" joined to the number, not "one man")
    'members', '(?<=^-)man', 'strong', 'paratroopers', 'comrades', `kamerad${L}`, `товарищ${L}`, `товариш${L}`, `побратим${L}`, '전우', 'marines', 'combatants', 'replacements',
    'reinforcements',
    `військов${L}`, `солдат${L}`, `вояк${L}`, `хлопц${L}`, 'хлопців', 'парней', `бійц${L}`, `бійців`, `військовослужбовц${L}`, 'осіб', 'особи', 'людей', 'чоловік',
    // (troops as a body, in the genitive: "чисельність військ КНДР", "численность войск")
    'військ(?![а-яіїєґ])', 'войск(?![а-яё])',
    `північнокорейц${L}`, `корейц${L}`, `найманц${L}`, `спецпризначенц${L}`, `десантник${L}`, `піхотинц${L}`, `морпіх${L}`, `особов${L}\\s+склад${L}`,
    `военн${L}`, `бойц${L}`, 'бойцов', 'штыков', 'багнетів', `соотечественник${L}`, `співвітчизник${L}`, 'compatriots', 'landsleute', `военнослужащ${L}`, 'человек', `северокорейц${L}`, `на[её]мник${L}`, `спецназовц${L}`,
    `пехотинц${L}`, `морпех${L}`, 'піхот(?:а|и|у)(?![а-яіїєґ])', 'пехот(?:а|ы|у)(?![а-яё])', 'infanterie', '보병(?!\\s?전투)', 'стро(?:ев(?:ых|ые)|йов(?:их|і))', `личн${L}\\s+состав${L}`, 'громадян', 'граждан', 'citizens', 'nationals', `bürger${L}`, '주민',
    `${DE}(?:soldat|truppe|kämpfer|infanterist|söldner|angehörige|kräfte)${L}`, 'militärs', 'mann', 'männern?', 'personen', 'menschen',
    `nordkoreaner${L}`, `koreaner${L}`,
    '병력', '군인', '장병', '병사', '전투병', `북한군${L}`, '인원', '특수부대', '용병', '청년',
  ],
};

/** Entries of a cue table, longest pattern first within each kind, kinds in table order. */
export function entriesOf<K extends string>(
  parts: Readonly<Record<K, readonly string[]>>,
): Array<{ source: string; kind: K }> {
  return (Object.keys(parts) as K[]).flatMap((kind) =>
    [...parts[kind]].sort((a, b) => b.length - a.length).map((source) => ({ source, kind })),
  );
}

/** Word-boundary lookahead for alphabetic scripts (Korean cues may be followed by particles). */
export const CUE_TAIL = `(?!${LATIN_CYRILLIC})`;

/** Noun cues, bucketed and sticky: try them at word starts with matchCueAt. */
export const NOUN_CUE = buildCueRegex(entriesOf(NOUN_PARTS), CUE_TAIL);

/** Metric and unit for a counted noun kind that decides the metric on its own. */
export const NOUN_METRIC: Readonly<Partial<Record<NounKind, { metric: Metric; unit: Unit }>>> = {
  equipment: { metric: 'equipment', unit: 'pieces' },
  missiles: { metric: 'munitions', unit: 'missiles' },
  shells: { metric: 'munitions', unit: 'shells' },
  containers: { metric: 'munitions', unit: 'containers' },
  officer: { metric: 'other_nk', unit: 'personnel' },
  prisoner: { metric: 'captured', unit: 'troops' },
  portrait: { metric: 'killed', unit: 'troops' },
  worker: { metric: 'workers_or_engineers', unit: 'personnel' },
};

/** Metric for a casualty-type event cue. */
export const EVENT_METRIC: Readonly<Partial<Record<EventKind, Metric>>> = {
  casualties: 'casualties_total',
  lost: 'casualties_total',
  killed: 'killed',
  wounded: 'wounded',
  captured: 'captured',
  returned: 'other_nk',
  work: 'workers_or_engineers',
};

/** Korean counters right after a number (3000명, 220여 문, 100여 발) and the noun kind they count. */
export const KOREAN_COUNTERS: Readonly<Record<string, NounKind>> = {
  명: 'person',
  문: 'equipment',
  대: 'equipment',
  기: 'equipment',
  발: 'shells',
  개: 'containers',
};
