import { describe, expect, it } from 'vitest';
import {
  charsetFromContentType,
  decodeBytes,
  formatFromContentType,
  formatFromName,
  looksLikeHtml,
  sniffMetaCharset,
} from './decode-bytes';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeBytes', () => {
  it.each([
    ['keeps a BOM as U+FEFF', Uint8Array.of(0xef, 0xbb, 0xbf, 0x61), 'utf-8', '\ufeffa'],
    ['keeps CRLF', bytes('a\r\nb'), 'utf-8', 'a\r\nb'],
    ['replaces malformed bytes', Uint8Array.of(0x61, 0xff), 'utf-8', 'a\ufffd'],
    ['decodes windows-1251', Uint8Array.of(0xca, 0xcd, 0xc4, 0xd0), 'windows-1251', 'КНДР'],
    ['falls back to UTF-8 for unknown labels', bytes('б'), 'no-such-charset', 'б'],
  ])('%s', (_name, input, charset, expected) => {
    expect(decodeBytes(input, charset)).toBe(expected);
  });
});

describe('format and charset detection', () => {
  it.each([
    ['<!doctype html><p>x', true],
    ['\ufeff  <!-- c -->\n<HTML lang="en">', true],
    ['<body>x', true],
    ['<p>just a paragraph', false],
    ['plain text', false],
  ])('looksLikeHtml(%j) is %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });

  it.each([
    ['a.html', 'html'],
    ['A.HTM', 'html'],
    ['a.xhtml', 'html'],
    ['a.txt', 'text'],
    ['a.md', null],
  ])('formatFromName(%s) is %s', (name, expected) => {
    expect(formatFromName(name)).toBe(expected);
  });

  it.each([
    ['text/html; charset=utf-8', 'html', 'utf-8'],
    ['application/xhtml+xml', 'html', null],
    ['text/plain;charset="windows-1251"', 'text', 'windows-1251'],
    ['', 'text', null],
    ['image/png', null, null],
  ])('Content-Type %j gives format %s, charset %s', (type, format, charset) => {
    expect(formatFromContentType(type)).toBe(format);
    expect(charsetFromContentType(type)).toBe(charset);
  });

  it.each([
    ['<meta charset="windows-1251">', 'windows-1251'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', 'koi8-r'],
    ['<p>none</p>', null],
  ])('sniffMetaCharset(%j) is %s', (html, expected) => {
    expect(sniffMetaCharset(bytes(html))).toBe(expected);
  });
});
