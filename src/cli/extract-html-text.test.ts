import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtmlText } from './extract-html-text';

describe('extractHtmlText', () => {
  it.each([
    ['fragment with two blocks', '<p>Hello <b>11,000</b></p><p>two</p>', 'Hello 11,000\n\ntwo', null],
    ['document lang and BOM', '\ufeff<!doctype html><html lang=" uk "><body><p>a</p>b', 'a\n\nb', 'uk'],
    [
      'body lang without html',
      '<!DOCTYPE html><head><title>T</title></head><body lang="ko"><p>a</p>',
      'a',
      'ko',
    ],
    ['plain text', 'plain words', 'plain words', null],
    ['empty', '', '', null],
  ])('%s', (_name, html, text, lang) => {
    expect(extractHtmlText(html)).toEqual({ text, declaredLang: lang });
  });

  it('reads the fixture article without head, hidden or form text', () => {
    const { text, declaredLang } = extractHtmlText(
      readFileSync('tests/fixtures/cli/article-en.html', 'utf8'),
    );
    expect(declaredLang).toBe('en');
    expect(text.split('\n\n')).toEqual([
      "North Korea's troops in Kursk",
      "South Korea's spy agency said about 11,000 North Korean soldiers were sent to Russia's Kursk region.",
      'Lawmakers said that at least 1,100 North Korean soldiers had been killed or wounded.\nThe agency did not say how it counted.',
    ]);
  });
});
