/**
 * Runs the figure-extraction evaluation (same code as `npm run eval`) and enforces the floors in
 * tests/eval/thresholds.json, plus the corpus size minimums. See tests/eval/README.md.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listErrors, runExtractor, snippet } from '../../scripts/eval.ts';
import type { Lang } from '../../src/core/types.ts';
import { CORPUS_ROOT, loadCorpus } from './load-corpus.ts';
import { formatScoresTable, scoreDoc } from './score.ts';
import type { Scores } from './score.ts';
import thresholds from './thresholds.json';

type Checked = 'precision' | 'recall' | 'metric' | 'qualifier' | 'value';
const CHECKED: Checked[] = ['precision', 'recall', 'metric', 'qualifier', 'value'];
const languages = thresholds.corpus.languages as Lang[];
const floors = thresholds.floors as Record<Lang, Record<Checked, number>>;
const targets = thresholds.targets as Record<Lang, Record<Checked, number>>;
const minPerLang = thresholds.corpus.minFiguresPerLang as Record<Lang, number>;

describe('evaluation corpus', () => {
  it.each(languages)('has a non-empty folder for %s', (lang) => {
    const dir = join(CORPUS_ROOT, lang);
    expect(existsSync(dir), `corpus folder tests/eval/corpus/${lang} is missing`).toBe(true);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length, `tests/eval/corpus/${lang} has no .txt files`).toBeGreaterThan(0);
    expect(
      files.some((f) => f.startsWith('distractor-')),
      `tests/eval/corpus/${lang} has no distractor-*.txt passage`,
    ).toBe(true);
  });

  const docs = loadCorpus(CORPUS_ROOT);
  const figures = (lang: Lang) => docs.filter((d) => d.lang === lang).reduce((n, d) => n + d.gold.length, 0);

  it.each(languages)('has enough marked figures in %s', (lang) => {
    expect(figures(lang), `only ${figures(lang)} marked figures in ${lang}`).toBeGreaterThanOrEqual(
      minPerLang[lang],
    );
  });

  it(`has at least ${thresholds.corpus.minTotalFigures} marked figures in total`, () => {
    const total = docs.reduce((n, d) => n + d.gold.length, 0);
    expect(total).toBeGreaterThanOrEqual(thresholds.corpus.minTotalFigures);
  });

  it('has floors no higher than the targets (floors may only be lowered by the lead)', () => {
    for (const lang of languages) {
      for (const key of CHECKED) expect(floors[lang][key]).toBeLessThanOrEqual(targets[lang][key]);
    }
  });
});

describe('figure extraction scores', () => {
  const { report, crashes } = runExtractor(loadCorpus(CORPUS_ROOT));
  const table = formatScoresTable(report, languages);

  it('never throws and always returns text === input.slice(start, end)', () => {
    expect(crashes).toEqual([]);
    expect(report.overall.badSpans).toBe(0);
  });

  const cases = languages.flatMap((lang) => CHECKED.map((key) => [lang, key] as [Lang, Checked]));
  it.each(cases)('%s %s is at or above its floor', (lang, key) => {
    const scores: Scores | undefined = report.byLang[lang];
    expect(scores, `no results for ${lang}`).toBeDefined();
    const got = scores![key];
    expect(
      got,
      `${lang} ${key} = ${got.toFixed(3)} < floor ${floors[lang][key]}\n${table}`,
    ).toBeGreaterThanOrEqual(floors[lang][key]);
  });
});

describe('eval script helpers', () => {
  it('snippet marks the span and flattens whitespace', () => {
    expect(snippet('North Korea sent\n\nabout 11,000 troops', 18, 30, 6)).toBe(
      '…sent [[about 11,000]] troop…',
    );
  });

  it('listErrors reports FN, FP and wrong labels in text order', () => {
    const text = 'about 11,000 troops; 300 killed; in 2024';
    const doc = {
      file: 'en/x.txt',
      lang: 'en' as const,
      text,
      gold: [
        {
          start: 0,
          end: 12,
          text: 'about 11,000',
          metric: 'deployed_total',
          qualifier: 'about',
          value: 11000,
          low: null,
          high: null,
          line: 2,
        },
        {
          start: 21,
          end: 24,
          text: '300',
          metric: 'killed',
          qualifier: 'exact',
          value: 300,
          low: null,
          high: null,
          line: 2,
        },
      ] as const,
    };
    const pred = (start: number, end: number, metric: 'killed' | 'deployed_total', value: number) => ({
      start,
      end,
      text: text.slice(start, end),
      metric,
      qualifier: 'exact' as const,
      value,
      low: null,
      high: null,
    });
    const lines = listErrors(
      scoreDoc({ ...doc, gold: [...doc.gold] }, [pred(36, 40, 'killed', 2024), pred(6, 12, 'killed', 11000)]),
    );
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^ {2}LBL en\/x.txt:2 {2}metric killed≠deployed_total; qualifier exact≠about; span "11,000"≠"about 11,000"/,
    );
    expect(lines[1]).toMatch(/^ {2}FN {2}en\/x.txt:2 {2}want killed\/exact\/300/);
    expect(lines[2]).toMatch(/^ {2}FP {2}en\/x.txt {2}got killed\/exact\/2024 .*\[\[2024\]\]/);
  });
});
