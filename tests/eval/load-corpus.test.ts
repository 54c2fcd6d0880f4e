import { describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus, parseCorpusFile } from './load-corpus.ts';

const parse = (body: string, file = 'en/sample.txt') => parseCorpusFile(`# sample\n${body}`, file, 'en');

describe('parseCorpusFile', () => {
  it('strips the header and markup and records offsets into the stripped text', () => {
    const doc = parse(
      'Seoul said ⟦about 11,000|deployed_total|about|11000⟧ troops went.\n\n' +
        'Of them ⟦between 1,000 and 3,000|killed|range|1000-3000⟧ died and ⟦several hundred|captured|vague|null⟧ were taken.\n',
    );
    expect(doc.description).toBe('sample');
    expect(doc.text).toBe(
      'Seoul said about 11,000 troops went.\n\nOf them between 1,000 and 3,000 died and several hundred were taken.',
    );
    expect(doc.gold).toHaveLength(3);
    for (const g of doc.gold) expect(doc.text.slice(g.start, g.end)).toBe(g.text);
    expect(doc.gold[0]).toEqual({
      start: 11,
      end: 23,
      text: 'about 11,000',
      metric: 'deployed_total',
      qualifier: 'about',
      value: 11000,
      low: null,
      high: null,
      line: 2,
    });
    expect(doc.gold[1]).toMatchObject({ qualifier: 'range', value: null, low: 1000, high: 3000, line: 4 });
    expect(doc.gold[2]).toMatchObject({ qualifier: 'vague', value: null, low: null, high: null });
  });

  it('counts offsets in UTF-16 units and keeps non-Latin text intact', () => {
    const doc = parseCorpusFile(
      '# ko\n국정원은 ⟦1만1000여|deployed_total|about|11000⟧ 명이 파병됐다고 밝혔다.',
      'ko/a.txt',
      'ko',
    );
    expect(doc.text).toBe('국정원은 1만1000여 명이 파병됐다고 밝혔다.');
    expect(doc.gold[0]).toMatchObject({ start: 5, end: 12, text: '1만1000여', value: 11000 });
  });

  it('accepts CRLF line endings and a BOM', () => {
    const doc = parseCorpusFile(
      '\uFEFF# x\r\nA ⟦3,000|deployed_total|exact|3000⟧ b\r\n\r\nc',
      'en/x.txt',
      'en',
    );
    expect(doc.text).toBe('A 3,000 b\n\nc');
    expect(doc.gold[0]!.start).toBe(2);
  });

  it('allows a distractor file without markup', () => {
    const doc = parseCorpusFile('# only distractors\nRussia lost 1,500 men.', 'en/distractor-x.txt', 'en');
    expect(doc.gold).toEqual([]);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['missing header', 'A ⟦3|killed|exact|3⟧', /en\/bad.txt:1: line 1 must be a header/],
    ['unclosed marker', '# h\nok\nA ⟦3|killed|exact|3 b', /en\/bad.txt:3: .*never closed/],
    ['stray close', '# h\nA 3|killed⟧', /en\/bad.txt:2: .*without a matching/],
    ['nested', '# h\nA ⟦3 ⟦4|killed|exact|4⟧|killed|exact|3⟧', /:2: nested/],
    ['three fields', '# h\nA ⟦3|killed|3⟧', /:2: .*4 fields/],
    ['unknown metric', '# h\nA ⟦3|dead|exact|3⟧', /:2: unknown metric "dead"/],
    ['unknown qualifier', '# h\nA ⟦3|killed|approx|3⟧', /:2: unknown qualifier "approx"/],
    ['bad value', '# h\nA ⟦3|killed|exact|3,000⟧', /:2: value must be/],
    ['range without range qualifier', '# h\nA ⟦1-3|killed|about|1-3⟧', /needs qualifier "range"/],
    ['range qualifier with integer', '# h\nA ⟦1-3|killed|range|3⟧', /needs a low-high value/],
    ['inverted range', '# h\nA ⟦3-1|killed|range|3-1⟧', /low must be smaller/],
    ['null without vague', '# h\nA ⟦many|killed|about|null⟧', /only allowed with qualifier "vague"/],
    ['vague with a number', '# h\nA ⟦hundreds|killed|vague|100⟧', /needs value "null"/],
    ['whitespace in figure text', '# h\nA ⟦ 3|killed|exact|3⟧', /leading or trailing whitespace/],
    ['marker across lines', '# h\nA ⟦3\n|killed|exact|3⟧', /must not span lines/],
    ['no figures in a normal file', '# h\nRussia lost 1,500 men.', /:1: no marked figures/],
  ];
  it.each(bad)('throws a CorpusError naming file and line: %s', (_name, source, message) => {
    expect(() => parseCorpusFile(source, 'en/bad.txt', 'en')).toThrowError(CorpusError);
    expect(() => parseCorpusFile(source, 'en/bad.txt', 'en')).toThrowError(message);
  });

  it('rejects markup in a distractor file', () => {
    expect(() => parseCorpusFile('# h\nx\nA ⟦3|killed|exact|3⟧', 'en/distractor-y.txt', 'en')).toThrowError(
      /en\/distractor-y.txt:3: a distractor/,
    );
  });
});

describe('loadCorpus', () => {
  it('loads the real corpus without errors, every gold span matching its text', () => {
    const docs = loadCorpus();
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) {
      expect(doc.file.startsWith(`${doc.lang}/`)).toBe(true);
      expect(doc.text).not.toMatch(/[⟦⟧]/);
      for (const g of doc.gold) expect(doc.text.slice(g.start, g.end)).toBe(g.text);
    }
  });
});
