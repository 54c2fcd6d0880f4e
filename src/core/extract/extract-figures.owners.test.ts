import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { extractFigures } from './extract-figures.ts';
import { summariseFigures, type Want } from './summarise-figures.test-helper.ts';

/** Whose number it is, and when a number counts at all. */
describe("Ukraine's forces as the actors, not the owners, with the German verb last", () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('a number whose abbreviation ends the sentence', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe("other states' wars and armies in a comparison own their numbers", () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

describe('a brigade, however it is introduced, is Russia’s or Ukraine’s', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

/** Whose a number is when an army fights beside another, when a speaker announces it, or two counts are joined. */
describe('companions, announcers and joined counts', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

/** Goods that crossed the border are supplies; people who crossed the line are defectors. */
describe('goods across the border', () => {
  it.each<[Lang, string, Want[]]>([
    [
      'en',
      "North Korea's supplies grew. South Korea's Defence Intelligence Agency estimated that some 28,000 shipping containers had crossed the border, equivalent to more than 12 million rounds.",
      [
        ['some 28,000', 'munitions', 'about', 28000],
        ['more than 12 million', 'munitions', 'more_than', 12000000],
      ],
    ],
    ['en', 'In 2024, 236 North Koreans crossed the border into the South.', []],
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

/** Russia's own losses set against North Korea's: "Russia, which … lost", "Russlands eigene Verluste". */
describe("Russia's own losses beside North Korea's", () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});

/** Other suppliers and past wars beside North Korea's: the EU's shells for Ukraine, pilots in North Vietnam. */
describe('other suppliers and past wars', () => {
  it.each<[Lang, string, Want[]]>([
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
  ])('%s: %s', (lang, text, want) => {
    expect(summariseFigures(extractFigures(text, { lang }))).toEqual(want);
  });
});
