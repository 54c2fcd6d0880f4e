import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { loadCorpus } from '../../../tests/eval/load-corpus.ts';
import { detectLang } from './detect-lang.ts';

describe('detectLang', () => {
  it.each<[string, string | null, Lang]>([
    ['The troops were sent to the front in October, officials said.', null, 'en'],
    ['Військові КНДР прибули до Курської області, повідомила розвідка.', null, 'uk'],
    ['Военные КНДР прибыли в Курскую область, сообщила разведка.', null, 'ru'],
    ['Die Soldaten wurden nach Angaben der Regierung an die Front geschickt.', null, 'de'],
    ['북한군이 쿠르스크 지역에 배치됐다고 국정원이 밝혔다.', null, 'ko'],
    ['Військові КНДР прибули до Курської області.', 'uk-UA', 'uk'],
    ['Военные КНДР прибыли в Курскую область.', 'uk', 'uk'],
    ['The troops were sent to the front.', 'ko-KR', 'en'],
    ['Die Soldaten wurden geschickt und sind nicht zurück.', 'fr', 'de'],
    // a German list of notes citing English titles: "des", and a tie of spellings with a German function word
    [
      '[1] Angaben westlicher Regierungsvertreter. [2] The War Zone, Interview mit dem Kommandeur. [3] The New York Times, November. [4] Kanal des Oberbefehlshabers.',
      null,
      'de',
    ],
    ['12 000', 'de-DE', 'de'],
    ['12 000', null, 'en'],
    ['', 'xx', 'en'],
    // The counts decide at their thresholds: Hangul against 0.3 × Latin letters, Ukrainian against Russian letters.
    [`${'가'.repeat(30)} ${'ab '.repeat(50)}`, null, 'ko'],
    [`${'가'.repeat(29)} ${'ab '.repeat(50)}`, null, 'en'],
    [`${'ЇЄ'.repeat(4)}Ї ыыы ыыы`, null, 'uk'],
    [`${'ЇЄ'.repeat(4)}Ї ыыы ыыы ы`, null, 'ru'],
    // (either case counts, Ґ and the Russian capitals too)
    ['ҐҐҐ ЫЫ', null, 'uk'],
    ['ҐҐґ ЫЁЭ', null, 'ru'],
    ['ÄÖÜ über', null, 'de'],
    // no function word of either language: spellings decide (a footer)
    ['Impressum | Datenschutz | Barrierefreiheit | Kontakt | Leserservice', null, 'de'],
    ['Privacy | Terms | Contact | Newsletters | Subscriptions', null, 'en'],
    // Cyrillic with none of either language's own letters is Russian ("сократилась, идет")
    ['Группировка заметно сократилась, речь идет о 600 км', null, 'ru'],
    // addresses written out are Latin in any language
    [
      '전체 대본: https://hanbando-report.example.kr/ep87/transcript.pdf 후원: https://www.patreon.com/hanbandoreport 감사합니다',
      null,
      'ko',
    ],
    [
      'Подробнее: https://www.example.org/very/long/path/to/the/article.html и www.another-example.com/page',
      null,
      'ru',
    ],
  ])('%s (hint %s) → %s', (text, hint, want) => {
    expect(detectLang(text, hint)).toBe(want);
  });
});

/** The share of a text's letters written in the script of `lang` (Latin, Cyrillic or Hangul). */
function scriptShare(text: string, lang: string): number {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const latin = count(/[A-Za-zÀ-ɏ]/g);
  const cyrillic = count(/[Ѐ-ӿ]/g);
  const hangul = count(/[가-힣ᄀ-ᇿ]/g);
  const own = lang === 'ko' ? hangul : lang === 'uk' || lang === 'ru' ? cyrillic : latin;
  return own / Math.max(1, latin + cyrillic + hangul);
}

/** Whether a Latin sample is mostly English: English function words (none also German) are a sixth of its words. */
function isMostlyEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[a-zäöüß]+/g) ?? [];
  const english = words.filter((w) =>
    /^(?:the|and|of|is|are|was|were|to|that|it|at|a|by|with|for|on|out|have|has|been|be|its|now|from|this|as|or|not|they|their|which|who|said|says)$/.test(
      w,
    ),
  );
  return english.length * 6 >= words.length;
}

/** Whether a third of a sample or more is web addresses (a list of links). */
function isMostlyWebAddresses(text: string): boolean {
  const addresses = text.match(/(?:https?:\/\/|www\.)\S+/g) ?? [];
  return addresses.join('').length * 3 >= text.length;
}

describe('detectLang on short samples', () => {
  // The scanner detects a page's language from the first text it sends, when that has 500 characters or more.
  it('tells every 300-character window of the evaluation corpus right without a hint', () => {
    let checked = 0;
    let foreign = 0;
    for (const doc of loadCorpus()) {
      let at = 0;
      for (const paragraph of doc.text.split(/\n\s*\n/)) {
        const sample = doc.text.slice(at, at + 300);
        at += paragraph.length + 2;
        if (sample.length < 240) continue;
        // (a window a third or more in another script, such as a Ukrainian paper's list of English references or an
        // English page's Korean summary box, is mixed: no detector can be held to the page's language; so is a German
        // page's English box or quote, in the same script, and a list of links, whose web addresses are no language)
        if (
          scriptShare(sample, doc.lang) < 0.7 ||
          (doc.lang === 'de' && isMostlyEnglish(sample)) ||
          isMostlyWebAddresses(sample)
        ) {
          foreign++;
          continue;
        }
        checked++;
        expect(detectLang(sample), `${doc.file} at ${at}`).toBe(doc.lang);
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(foreign).toBeLessThan(checked / 100);
  });
});
