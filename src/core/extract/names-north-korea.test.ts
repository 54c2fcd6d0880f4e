import { describe, expect, it } from 'vitest';
import { collectCues } from './collect-cues.ts';
import { namesNorthKorea } from './names-north-korea.ts';
import { lowerSameLength } from '../lang/lower-text.ts';
import { loadCorpus } from '../../../tests/eval/load-corpus.ts';

describe('namesNorthKorea', () => {
  it.each<[string, boolean]>([
    ['North Korea sent troops.', true],
    ['Корейці витривалі й дисципліновані.', true],
    ['Kims Soldaten greifen an.', true],
    ['Тред про другу хвилю КНДРівців на Курщині.', true],
    ["Kim's troops attacked at dawn.", true],
    ['Солдати Кіма атакують.', true],
    ['The weather was cold in the north of Kharkiv.', false],
    ['South Korea and Japan met in Seoul.', false],
    ['Ким Ён Чжу дала интервью.', false],
    ['Die nord\u00adkorea\u00adnischen Sol\u00addaten rücken vor.', true],
    ['Ко\u00adрейці витривалі.', true],
    ['Süd\u00adkorea und Japan trafen sich.', false],
  ])('%s → %s', (text, want) => {
    expect(namesNorthKorea(text)).toBe(want);
  });

  // The scanner reads around blocks it finds naming North Korea; the extractor carries North Korea on from every
  // paragraph with one of its cues. Every such paragraph must be one the scanner knows.
  it('holds for every paragraph of the evaluation corpus in which the extractor finds a North Korea cue', () => {
    let checked = 0;
    for (const doc of loadCorpus()) {
      for (const paragraph of doc.text.split(/\n\s*\n/)) {
        const lower = lowerSameLength(paragraph);
        if (collectCues(lower, 0, lower.length).nk.length === 0) continue;
        checked++;
        expect(namesNorthKorea(paragraph), `${doc.file}: ${paragraph.slice(0, 80)}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
