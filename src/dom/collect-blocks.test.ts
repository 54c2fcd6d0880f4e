import { describe, expect, it } from 'vitest';
import { collectBlocks } from './collect-blocks';
import { findMapErrors, parseBody } from './test-helpers';

const texts = (html: string): string[] => collectBlocks(parseBody(html)).map((block) => block.text);

describe('collectBlocks: block texts (parsed document)', () => {
  it.each([
    ['figure split by <b>', '<p>about <b>11,000</b> soldiers</p>', ['about 11,000 soldiers']],
    [
      'figure split by <a>',
      '<p>11,000 <a href="#">North Korean</a> troops</p>',
      ['11,000 North Korean troops'],
    ],
    [
      'nested inline markup',
      '<p><span><a href="#"><i>North</i> <em>Kor</em>ean</a></span> troops: <strong><span>1</span>1,000</strong></p>',
      ['North Korean troops: 11,000'],
    ],
    ['block boundaries inside a block', '<div>A<p>B</p>C</div>', ['A', 'B', 'C']],
    ['our own UI host is never read', '<p>a <nkf-layer>North Korea: 1,000</nkf-layer>b</p>', ['a b']],
    ['list items and headings', '<h2>Head</h2><ul><li>one</li><li>two</li></ul>', ['Head', 'one', 'two']],
    [
      'a table row is a block, cells tab-separated',
      '<table><caption>Losses</caption><tr><th>Killed</th> <td> <b>3,000</b> </td><td></td><td>NIS</td></tr>' +
        '<tr><td>Wounded<br></td><td>1,100</td></tr></table>',
      ['Losses', 'Killed\t3,000\tNIS', 'Wounded\t1,100'],
    ],
    [
      'a block inside a cell splits the row',
      '<table><tr><td>a</td><td><p>b</p>c</td></tr></table>',
      ['a', 'b', 'c'],
    ],
    ['ruby annotations are skipped', '<p><ruby>北<rp>(</rp><rt>북</rt></ruby>한</p>', ['北한']],
    ['br is a newline inside the block', '<p>Line one<br>line two</p>', ['Line one\nline two']],
    ['repeated br and spaces around it collapse', '<p>a <br> <br> b<br></p>', ['a\nb']],
    ['leading br is dropped', '<p><br>text</p>', ['text']],
    ['whitespace collapses and trims', '<p>\n   about\n\t 11,000  \n</p>', ['about 11,000']],
    ['space across nodes collapses once', '<p>North <b> Korean </b> troops</p>', ['North Korean troops']],
    ['no-break space is kept', '<p>11\u00a0000 troops</p>', ['11\u00a0000 troops']],
    ['pre keeps whitespace', '<pre>a\n  b</pre>', ['a\n  b']],
    ['inline text is one block across inline elements', '<span>a</span><span>b</span>', ['ab']],
    ['empty document', '', []],
    ['whitespace only', '<p>  \n </p><div> </div>', []],
  ])('%s', (_name, html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it.each([
    ['script', '<script>var n = 11000;</script>'],
    ['style', '<style>p { color: red }</style>'],
    ['noscript', '<noscript><p>11,000 troops</p></noscript>'],
    ['template', '<template><p>11,000 troops</p></template>'],
    ['textarea', '<textarea>11,000 troops</textarea>'],
    ['select/option', '<select><option>11,000</option></select>'],
    ['button', '<button>11,000</button>'],
    ['svg text', '<svg><text>11,000</text></svg>'],
    ['iframe fallback', '<iframe>11,000</iframe>'],
    ['hidden attribute', '<div hidden><p>11,000 troops</p></div>'],
    ['hidden until-found', '<div hidden="until-found">11,000</div>'],
    ['inline display:none', '<p style="color:red; display: none">11,000</p>'],
    ['inline visibility:hidden', '<span style="visibility:hidden">11,000</span>'],
    ['contenteditable', '<div contenteditable>11,000</div>'],
    ['contenteditable=true', '<div contenteditable="true"><p>11,000</p></div>'],
    ['contenteditable=plaintext-only', '<div contenteditable="plaintext-only">11,000</div>'],
    ['false inside editable', '<div contenteditable="true"><p contenteditable="false">11,000</p></div>'],
    ['closed dialog', '<dialog>11,000</dialog>'],
  ])('skips %s', (_name, html) => {
    expect(texts(`<p>before</p>${html}<p>after</p>`)).toEqual(['before', 'after']);
  });

  it.each([
    ['contenteditable=false', '<div contenteditable="false">11,000</div>'],
    ['aria-hidden (still visible)', '<span aria-hidden="true">11,000</span>'],
    ['open dialog', '<dialog open>11,000</dialog>'],
  ])('keeps %s', (_name, html) => {
    expect(texts(html)).toEqual(['11,000']);
  });
});

describe('collectBlocks: roots', () => {
  it('walks a subtree root and reports its container', () => {
    const doc = parseBody('<p id="x">about <b>11,000</b> troops</p><p>other</p>');
    const blocks = collectBlocks(doc.getElementById('x') as Element);
    expect(blocks.map((b) => [b.text, b.container?.id])).toEqual([['about 11,000 troops', 'x']]);
  });

  it('gives an inline root the enclosing block as container', () => {
    const doc = parseBody('<p id="x">about <b id="b">11,000</b> troops</p>');
    const blocks = collectBlocks(doc.getElementById('b') as Element);
    expect(blocks.map((b) => [b.text, b.container?.id])).toEqual([['11,000', 'x']]);
  });

  it('reads a bare Text root', () => {
    const doc = parseBody('<p id="x">  11,000 troops </p>');
    const text = (doc.getElementById('x') as Element).firstChild as Node;
    expect(collectBlocks(text).map((b) => b.text)).toEqual(['11,000 troops']);
  });

  it.each([
    ['inside contenteditable', '<div contenteditable><p id="x">11,000</p></div>'],
    ['inside hidden', '<div hidden><p id="x">11,000</p></div>'],
    ['inside script-like content', '<noscript><p id="x">11,000</p></noscript>'],
    ['itself hidden', '<p id="x" hidden>11,000</p>'],
  ])('returns nothing for a root %s', (_name, html) => {
    const doc = parseBody(html);
    const root = doc.getElementById('x');
    expect(root).not.toBeNull();
    expect(collectBlocks(root as Element)).toEqual([]);
  });

  it('keeps whitespace for a root inside <pre>', () => {
    const doc = parseBody('<pre>x <b id="b">a\n  b</b></pre>');
    expect(collectBlocks(doc.getElementById('b') as Element).map((b) => b.text)).toEqual(['a\n  b']);
  });
});

describe('collectBlocks: offset map', () => {
  it.each([
    ['split figure', '<p>  about <b>11,000</b>\n  North <a>Korean</a>   troops<br> <br>in Kursk </p>'],
    ['whitespace-only nodes between words', '<p>North<b> </b><i>\n</i>Korean<b> </b> troops</p>'],
    ['pre', '<pre>a\n  b <b>c</b>\n</pre>'],
    ['table row', '<table><tr><td> a </td><td>\n b <br> c</td></tr></table>'],
    ['many collapses in one node', `<p>${'word \n\t '.repeat(50)}end</p>`],
  ])('maps every character exactly: %s', (_name, html) => {
    const blocks = collectBlocks(parseBody(html));
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(findMapErrors(block)).toEqual([]);
  });

  it('handles a 20,000-paragraph document', () => {
    const paragraphs = Array.from(
      { length: 20_000 },
      (_, i) => `<p>Report ${i}: about <b>${i},000</b>\n North <a href="#">Korean</a> troops.</p>`,
    );
    const blocks = collectBlocks(parseBody(paragraphs.join('\n')));
    expect(blocks).toHaveLength(20_000);
    expect(blocks[12_345]?.text).toBe('Report 12345: about 12345,000 North Korean troops.');
    expect(findMapErrors(blocks[19_999] as (typeof blocks)[number])).toEqual([]);
    expect(blocks.every((b) => b.pieces.length === 5)).toBe(true);
  });
});
