import { describe, expect, it } from 'vitest';
import type { Block } from './block';
import { BlockWalker, MORE } from './block-walker';
import { INLINE as INLINE_KIND, kindOf, PLAIN_INLINE_TAGS } from './element-rules';
import { collapseSpaces, isPlainBlock } from './plain-block';
import { findMapErrors, parseBody } from './test-helpers';

/** Every block under the body, walked with or without the plain-block shortcut (a layout check turns it off). */
function walk(doc: Document, shortcut: boolean): Block[] {
  const walker = new BlockWalker(doc.body, doc.body, false, shortcut ? null : () => true);
  const blocks: Block[] = [];
  for (let step = walker.step(); step !== null; step = walker.step()) if (step !== MORE) blocks.push(step);
  return blocks;
}

/** What a block holds, as plain data: its text, its container's tag and each piece. */
function view(blocks: readonly Block[]) {
  return blocks.map((block) => ({
    text: block.text,
    container: block.container?.localName ?? null,
    pieces: block.pieces.map(({ node, start, end, nodeStart, map }) => ({
      data: node.data,
      start,
      end,
      nodeStart,
      map,
    })),
  }));
}

/** A small deterministic PRNG, so a failing fragment can be reproduced from its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = [
  'North',
  'Korea',
  '11,000',
  'troops',
  '',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  'a b',
  ' x ',
  '3 000',
];
const INLINE = ['b', 'a', 'i', 'span', 'em', 'custom-tag', 'wbr'];
const OTHER = ['br', 'p', 'div', 'script', 'button', 'svg', 'td', 'pre', 'rt', 'nkf-layer', 'li'];
const ATTRIBUTES = [
  '',
  '',
  '',
  ' class="x"',
  ' hidden',
  ' style="color:red"',
  ' style="display:none"',
  ' contenteditable',
];

/** A random fragment: mostly paragraphs of text and inline markup, sometimes anything the walk treats specially. */
function fragment(next: () => number, depth = 0): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  let html = '';
  const count = 1 + Math.floor(next() * 4);
  for (let i = 0; i < count; i++) {
    const roll = next();
    if (roll < 0.5 || depth > 3) html += pick(WORDS);
    else {
      const tag = roll < 0.85 ? pick(INLINE) : pick(OTHER);
      html +=
        tag === 'br' || tag === 'wbr'
          ? `<${tag}>`
          : `<${tag}${pick(ATTRIBUTES)}>${fragment(next, depth + 1)}</${tag}>`;
    }
  }
  return html;
}

describe('plain blocks: the shortcut reads what the full walk reads', () => {
  it.each([
    ['inline markup only', '<p>about <b>11,000</b> <a href="#">North <i>Korean</i></a> troops</p>'],
    ['whitespace at the edges and inside', '<p>\n  about\t <b> 11,000 </b>\n\n troops  </p>'],
    ['a no-break space is text', '<p>\u00a011\u00a0000 troops\u00a0</p>'],
    ['whitespace only', '<p>  \n\t </p><p></p><p>x</p>'],
    ['comments are not text', '<p>a<!-- 1,000 -->b <!--x--> c</p>'],
    ['a line break is not plain', '<p>a<br>b</p>'],
    ['a nested block is not plain', '<div>a<p>b</p>c</div>'],
    [
      'hidden, styled and editable children are not plain',
      '<p>a<span hidden>1</span><span style="display:none">2</span><span contenteditable>3</span>b</p>',
    ],
    [
      'skipped children are not plain',
      '<p>a<script>1</script><button>2</button><svg><text>3</text></svg>b</p>',
    ],
    ['a paragraph in a table cell', '<table><tr><td>x</td><td><p>a <b>b</b></p> c</td></tr></table>'],
    ['a paragraph in preformatted text', '<pre>  a  <p>  b   c </p></pre>'],
    ['text before and after a plain paragraph', '<div>before <b>x</b><p>inside</p> after</div>'],
    ['our own host inside a paragraph', '<p>a <nkf-layer>1,000</nkf-layer>b</p>'],
    ['list items and headings', '<ul><li>one <b>1</b></li><li> two </li></ul><h2>Head <i>line</i></h2>'],
  ])('%s', (_name, html) => {
    const doc = parseBody(html);
    expect(view(walk(doc, true))).toEqual(view(walk(doc, false)));
  });

  it('on 400 random fragments', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      const html = Array.from({ length: 3 }, () => `<p>${fragment(next)}</p>`).join(next() < 0.5 ? '\n' : '');
      const doc = parseBody(`<article>${html}</article>`);
      const fast = walk(doc, true);
      expect(view(fast), `seed ${seed}: ${html}`).toEqual(view(walk(doc, false)));
      for (const block of fast) expect(findMapErrors(block), `seed ${seed}`).toEqual([]);
    }
  });
});

describe('plain blocks: pieces read on demand', () => {
  it('reads pieces that map every character back to its node', () => {
    const doc = parseBody('<p> about <b>11,000</b>\n <a>North Korean</a>  troops </p>');
    const [block] = walk(doc, true);
    expect(block?.text).toBe('about 11,000 North Korean troops');
    expect(findMapErrors(block as Block)).toEqual([]);
  });

  it('gives no pieces when the text changed before they were asked for', () => {
    const doc = parseBody('<p>about <b>11,000</b> troops</p>');
    const [block] = walk(doc, true);
    (doc.querySelector('b') as Element).textContent = '12,000';
    expect(block?.pieces).toEqual([]);
  });

  it('keeps the pieces it read once', () => {
    const doc = parseBody('<p>about <b>11,000</b> troops</p>');
    const [block] = walk(doc, true);
    const pieces = block?.pieces;
    expect(pieces?.length).toBe(3);
    expect(block?.pieces).toBe(pieces);
  });
});

describe('isPlainBlock', () => {
  it.each([
    ['<p>text</p>', true],
    ['<p>a <b>b</b> <a href="x" class="c" id="d">c</a></p>', true],
    ['<p>a<br>b</p>', false],
    ['<p>a<span style="color:red">b</span></p>', false],
    ['<p>a<span hidden>b</span></p>', false],
    ['<p>a<i contenteditable="false">b</i></p>', false],
    ['<li>a<div>b</div></li>', false],
    ['<p>a<noscript>b</noscript></p>', false],
    ['<p>a<textarea>b</textarea></p>', false],
    ['<p>a <custom-tag>b</custom-tag></p>', false],
    ['<p>a <code>b</code> <img src="x.png" alt=""> <time datetime="2025-01-01">c</time></p>', true],
  ])('%s → %s', (html, expected) => {
    const doc = parseBody(`<section>${html}</section>`);
    expect(isPlainBlock(doc.querySelector('section > *') as Element)).toBe(expected);
  });
});

describe('PLAIN_INLINE_TAGS', () => {
  it.each(PLAIN_INLINE_TAGS)('the walk reads through <%s>', (tag) => {
    const doc = parseBody(`<${tag}>x</${tag}>`);
    expect(kindOf(doc.body.firstElementChild as Element)).toBe(INLINE_KIND);
  });
});

describe('collapseSpaces', () => {
  it.each([
    ['', ''],
    [' ', ''],
    ['a', 'a'],
    [' a ', 'a'],
    ['a  b', 'a b'],
    ['a\tb\nc\fd\re', 'a b c d e'],
    ['\n a \n b \n', 'a b'],
    ['\u00a0a\u00a0', '\u00a0a\u00a0'],
    ['a b c', 'a b c'],
  ])('%j → %j', (raw, expected) => {
    expect(collapseSpaces(raw)).toBe(expected);
  });
});
