/**
 * The seed article's content in our own words (the product owner's article itself stays in the shared project
 * material, not in the repository): the same figures, with the same attributions, number formats and
 * confusions (a killed-or-wounded count given as deaths, one combined equipment figure, Russia's own troops,
 * calibres and dates that are no figures), retold as a short English news page.
 */
export const SEED_ARTICLE = [
  'North Korea dispatched at least 3 000 additional soldiers to Russia during January and February to take part in the war on Ukraine.',
  'Yonhap carried the report, citing the South Korean military.',
  "The estimate comes amid worries that Moscow, in return for the troops, could hand Pyongyang advanced weapons technology as the two countries' military partnership deepens.",
  "South Korea's Joint Chiefs of Staff (JCS) said that of the nearly 11 000 North Korean soldiers sent to Russia, 4 000 have died, and that approximately 3 000 or more were additionally sent in January and February.",
  'Besides the troops, the JCS said, the DPRK keeps supplying Russia with missiles, ammunition and artillery, among them many short-range ballistic missiles, about 220 units of 170-mm self-propelled howitzers, and 240-mm multiple rocket launchers.',
  "The DPRK's military in the war against Ukraine",
  'On October 24, 2024, Ukrainian intelligence said the first DPRK soldiers had already reached the front, in the Kursk region. There are approximately 12 000 soldiers, including 500 officers and three generals.',
  'Citing American officials, The New York Times reported that Russia has gathered a force of 50 000 soldiers for an offensive in the Kursk region. The North Koreans are being taught artillery strikes, basic infantry tactics and, above all, how to clear trenches, the officials say, which suggests that at least some of them will be sent into frontal assaults on Ukrainian positions.',
  'Ukrainian President Volodymyr Zelensky said that more than 3 000 soldiers from the DPRK have already been killed or wounded. South Korean intelligence believes that 300 soldiers have been killed in the war and almost 2 700 have been wounded.',
  "Zelensky first said on December 27, 2024, that Ukraine's Defense Forces had captured North Korean soldiers, who then died of their wounds. In January more North Korean soldiers were taken prisoner, and Kyiv says it is prepared to trade them for Ukrainians held by Russia.",
].join('\n\n');
