import { describe, expect, it } from 'vitest';
import type { Block } from './block';
import { collectBlocks } from './collect-blocks';
import { collectMatchingBlocks } from './collect-matching-blocks';
import { parseBody } from './test-helpers';

const DIGIT = /\d/;

const texts = (html: string, pattern = DIGIT): string[] =>
  collectMatchingBlocks(parseBody(html), pattern).map((block) => block.text);

describe('collectMatchingBlocks', () => {
  it.each([
    [
      'keeps only blocks with a match',
      '<p>no number</p><p>about <b>11,000</b> troops</p><p>none</p>',
      ['about 11,000 troops'],
    ],
    [
      'a match in an inline child yields the whole block',
      '<p><a>North <i>Korean</i></a> <b>11</b>k</p>',
      ['North Korean 11k'],
    ],
    [
      'an outer root covers a nested one, in order, without duplicates',
      '<div>A<p>x 11</p>B 12</div><p>13</p>',
      ['A', 'x 11', 'B 12', '13'],
    ],
    [
      'skipped content never matches',
      '<script>var a = 1;</script><div hidden>11</div><textarea>12</textarea>',
      [],
    ],
    ['text directly in body', 'about 11,000 troops', ['about 11,000 troops']],
    ['nothing matches', '<p>words</p>', []],
  ])('%s', (_name, html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it('ignores the global flag of a pattern', () => {
    expect(texts('<p>1</p><p>2</p><p>3</p>', /\d/g)).toEqual(['1', '2', '3']);
  });

  it('matches number words through the caller pattern', () => {
    expect(texts('<p>eleven thousand troops</p><p>other</p>', /\d|thousand/)).toEqual([
      'eleven thousand troops',
    ]);
  });

  it('equals collectBlocks filtered by the pattern on a larger document', () => {
    const html = Array.from({ length: 500 }, (_, i) =>
      i % 7 === 0
        ? `<p>About <b>${i},000</b> <a>North Korean</a> troops.</p>`
        : `<p>Plain <i>text</i> ${'x'.repeat(i % 5)}</p>`,
    ).join('\n');
    const doc = parseBody(`<article>${html}</article>`);
    // Blocks compared by what they hold: a whole-page walk reads plain paragraphs lazily (other object shape).
    const view = (blocks: Block[]) =>
      blocks.map(({ text, container, pieces }) => ({ text, container, pieces: [...pieces] }));
    const all = collectBlocks(doc).filter((block) => DIGIT.test(block.text));
    expect(view(collectMatchingBlocks(doc, DIGIT))).toEqual(view(all));
  });
});
