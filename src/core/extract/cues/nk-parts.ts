/**
 * North Korea cues of the extractor: words that name North Korea or its troops in any of the five languages
 * ("North Korea", "the North's", "КНДР", "корейці", "Kims Soldaten", "북한군" …). In a module of their own so
 * the scanner can test blocks with them (namesNorthKorea) without taking in every other cue table.
 */

const L = '[A-Za-zÀ-ɏЀ-ӿ가-힣]*';

// prettier-ignore
export const NK_PARTS: readonly string[] = [
  // en
  `north[\\s-]*korea${L}`, `n\\.\\s?korea${L}`,
  "the\\s+north(?:'s|’s)?(?=[\\s,.;:])(?!\\s+(?:of|and|south|east|west|atlantic|caucasus|sea|side|pole|american|african|european|korea))", 'dprk', 'pyongyang', 'kpa(?![A-Za-zÀ-ɏЀ-ӿ가-힣])', `kim\\s+jong[\\s-]?un${L}`,
  "korean\\s+people's\\s+army", "people's\\s+republic\\s+of\\s+korea", `(?<!south\\s)(?<!s\\.\\s?)(?<!south-)koreans?(?![A-Za-zÀ-ɏЀ-ӿ가-힣\\s]*war)(?=\\s+(?:troops|soldiers|forces|units|servicemen|fighters|personnel|officers|generals|casualties|losses|contingent|deployment|engineers|sappers))`,
  // uk
  `кндр${L}`, `корейськ${L}\\s+народно${L}`, `північн${L}\\s+коре${L}`, `північнокорейськ${L}`, `північнокорейц${L}`, `пхеньян${L}`, `кім\\s+чен\\s+ин${L}`,
  `(?<!південно)(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])корейськ${L}(?=\\s+(?:військов|солдат|бійц|вояк|підрозділ|найманц|контингент|офіцер|генерал|втрат))`, `(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])корейц${L}`,
  // ru
  `северн${L}\\s+коре${L}`, `корейск${L}\\s+народно${L}`, `северокорейск${L}`, `северокорейц${L}`, `пхеньян${L}`, `ким\\s+чен\\s+ын${L}`,
  `(?<!южно)(?<![A-Za-zÀ-ɏЀ-ӿ가-힣])корейск${L}(?=\\s+(?:военн|солдат|бойц|подразделен|наемник|контингент|офицер|генерал|потер))`,
  // de
  `nordkorea${L}`, 'pjöngjang', 'pjongjang', 'dvrk', 'volksrepublik\\s+korea', `(?<!süd)koreaner${L}`,
  // "der Norden habe … geschickt": the North as the subject of a verb
  'norden(?<=(?:der|den|dem)\\s+norden)(?=\\s+(?:hat|habe|hatte|hätte|sei|ist|war|schickte|schicke|schickt|entsandte|entsende|verlor|verliere|verliert|liefert|lieferte|liefere|sammle|sammelt|bereitet|bereite))',
  // North Korea's Reconnaissance General Bureau
  'reconnaissance\\s+general\\s+bureau',
  // Kim's soldiers, as tabloids write it: "Kim's troops", "Kims Soldaten", "солдати Кіма", "солдаты Кима"
  "kim(?:'s|’s)(?=\\s+(?:soldiers|troops|army|men|forces|fighters|regime|cannon\\s+fodder))",
  'kims(?=\\s+(?:soldaten|truppen|armee|kämpfer|männer|regime|kanonenfutter|elitesoldaten))',
  `кім(?<=(?:солдат|військ|бійц|вояк|армі|гарматн)${L}\\s+кім)(?:а|ові)?(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  `ким(?<=(?:солдат|войск|бойц|арми|пушечн)${L}\\s+ким)(?:а|у)?(?![A-Za-zÀ-ɏЀ-ӿ가-힣])`,
  // ko
  `북한${L}`, '북측', '北(?!京)', '조선인민군', `김정은${L}`, '평양', `북(?=[·ㆍ・\\-]?러|\\s?(?:군|병력|파병|측))`, `북한군${L}`,
  '정찰총국',
  // "러시아로 가는 세 번째 파병": a dispatch to Russia is North Korea's (the cue is the destination; the words
  // after it stay cues of their own)
  '(?:러시아|대러)(?:로|에)?(?=\\s?(?:[가-힣]+\\s){0,3}파병)',
];
