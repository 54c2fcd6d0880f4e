/**
 * Stems of verbs (and nouns) of a count changing or being revised, in the five languages: "raised", "increase",
 * "rose", "выросло", "зросла", "erhöht", "korrigierte", "hob", "늘었다". Each user adds its own word edges
 * (scanNumbers reads them anywhere in a word, so "angestiegen" counts; the extractor only at a word's start).
 */
export const CHANGE_STEMS =
  'rais|increas|ris|rose|grew|grow|jump|climb|revis|upgrad|doubl|fell|drop|declin|correct|зрос|зріс|збільш|підвищ|виріс|вирос|вырос|возрос|увелич|повыс|сократ|скорот|сниз|зниз|уменьш|зменш|перегля|пересмотр|erhöh|gestiegen|stieg|korrigier|hob|gesunken|sank|늘|증가|상향';
