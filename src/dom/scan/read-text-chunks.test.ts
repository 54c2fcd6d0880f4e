import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { PREFILTER } from '../../core/extract/topic-gate';
import { findChunkMentions, findMentionNodes } from './find-mention-nodes';
import { countChunkChars, readBodyChunks, readTextChunks } from './read-text-chunks';

function parseBody(html: string): HTMLElement {
  const { document } = new Window();
  document.body.innerHTML = html;
  return document.body as unknown as HTMLElement;
}

/** A story: a heading and `paragraphs` paragraphs with inline markup (about 3 elements per paragraph). */
const story = (title: string, paragraphs: number) =>
  `<article><h2>${title}</h2>${Array.from(
    { length: paragraphs },
    (_, i) => `<p>Line <a href="#">${i}</a> of <b>${title}</b> <i>x</i></p>\n`,
  ).join('')}</article>\n`;

const stories = (count: number) => Array.from({ length: count }, (_, i) => story(`S${i}`, 4)).join('');
const paragraphs = (count: number) => Array.from({ length: count }, (_, i) => `<p>P${i}</p>\n`).join('');

describe('readTextChunks', () => {
  it.each([
    ['text and inline markup only: the root whole', '<b>Pyong</b>yang said', ['Pyong' + 'yang said']],
    [
      'containers are entered, inline runs are not split',
      '<header>Top</header><main><p>Pyong<b>yang</b></p><p>b</p></main>',
      ['Top', 'Pyongyang', 'b'],
    ],
    ['a list of big items: one chunk per item', `<main>${stories(20)}</main>`, 40],
    ['a list of small items (paragraphs): the list whole', `<main><div>${paragraphs(40)}</div></main>`, 1],
    [
      'a skipped subtree is one chunk, not entered',
      '<noscript><p>a</p><p>b</p></noscript><p>c</p>',
      ['ab', 'c'],
    ],
    ['comments are no text', '<div><!-- North Korea --><p>a</p></div>', ['a']],
    ['an empty root', '', []],
  ])('%s', (_name, html, expected) => {
    const body = parseBody(html);
    const chunks = readTextChunks(body);
    expect(chunks.map((c) => c.text).join('')).toBe(body.textContent);
    expect(countChunkChars(chunks)).toBe(body.textContent?.length);
    if (typeof expected === 'number') expect(chunks.length).toBe(expected);
    else expect(chunks.map((c) => c.text)).toEqual(expected);
  });

  it('reads a list past the chunk limit whole, and keeps every character', () => {
    const body = parseBody(`<main>${stories(1_100)}</main>`);
    const chunks = readTextChunks(body);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.node.nodeName).toBe('MAIN');
  });

  it('reads a page nested thousands deep without recursion, the deep part whole', () => {
    const body = parseBody(`${'<div><p>x</p>'.repeat(1_000)}North Korea${'</div>'.repeat(1_000)}`);
    const chunks = readTextChunks(body);
    expect(chunks.map((c) => c.text).join('')).toBe(body.textContent);
    expect(chunks.length).toBeLessThan(200);
  });
});

describe('readBodyChunks', () => {
  const withHtmlBytes = (body: HTMLElement, bytes: number | null) => {
    const timing = body.ownerDocument.defaultView!.performance;
    timing.getEntriesByType = ((type: string) =>
      type === 'navigation' && bytes !== null
        ? [{ decodedBodySize: bytes } as unknown as PerformanceEntry]
        : []) as typeof timing.getEntriesByType;
    return body;
  };
  const page = `<header>Top</header><main>${stories(10)}</main>`;

  it.each([
    ['a page of 1 MB of HTML: in chunks (a story and the line break after it each)', 1_000_000, 21],
    ['a page of 100 KB: the body whole', 100_000, 1],
    ['no navigation entry (a page built by script, a frame without one): the body whole', null, 1],
  ])('%s', (_name, bytes, count) => {
    const body = withHtmlBytes(parseBody(page), bytes);
    const chunks = readBodyChunks(body);
    expect(chunks).toHaveLength(count);
    expect(chunks.map((c) => c.text).join('')).toBe(body.textContent);
  });

  it('an empty body has no chunk', () => {
    expect(readBodyChunks(withHtmlBytes(parseBody(''), 10))).toEqual([]);
  });
});

describe('findChunkMentions', () => {
  it.each([
    [
      'a mention in one story of many',
      `<main>${stories(10)}${story('North Korea', 3)}${stories(5)}</main>`,
      ['North Korea', 'North Korea', 'North Korea', 'North Korea'],
    ],
    [
      'a mention split by inline markup, in one chunk',
      '<main><p>Pyong<b>yang</b></p><p>b</p></main>',
      ['Pyong'],
    ],
    ['a text node chunk', '<div>Kim Jong Un<p>a</p></div>', ['Kim Jong Un']],
    ['a skipped subtree is left out', '<noscript><p>North Korea</p></noscript><p>c</p>', []],
    ['a script chunk is left out', '<script>"DPRK"</script><p>c</p>', []],
  ])('%s', (_name, html, expected) => {
    const body = parseBody(html);
    expect(findChunkMentions(readTextChunks(body)).map((n) => n.data)).toEqual(expected);
  });

  it('finds on random pages what findMentionNodes finds within each chunk, in order', () => {
    let state = 11;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const words = ['filler', 'Korea', 'North', ' ', '\n', 'DPRK', 'news', 'Pyong', 'yang', '북한'];
    const node = (depth: number, width: number): string => {
      const r = random();
      const word = words[Math.floor(random() * words.length)]!;
      if (depth > 3 || r < 0.3) return word;
      const tag = ['div', 'p', 'span', 'b', 'li', 'section'][Math.floor(random() * 6)]!;
      // Wide lists near the top only (stories of paragraphs), or the pages grow past memory.
      const count = Math.floor(random() * (depth <= 1 ? width : 4));
      return `<${tag}>${Array.from({ length: count }, () => node(depth + 1, width)).join('')}</${tag}>`;
    };
    let total = 0;
    let chunked = 0;
    for (let page = 0; page < 40; page++) {
      const body = parseBody(Array.from({ length: 12 }, () => node(0, page % 2 === 0 ? 5 : 30)).join(''));
      const chunks = readTextChunks(body);
      expect(chunks.map((c) => c.text).join('')).toBe(body.textContent);
      // Brute force per chunk: the text node where each prefilter match of the chunk's text starts.
      const expected: Text[] = [];
      for (const chunk of chunks) {
        const nodes: Text[] = [];
        if (chunk.node.nodeType === 3) nodes.push(chunk.node as Text);
        const walker = body.ownerDocument.createTreeWalker(chunk.node, 4);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
        const starts: number[] = [];
        let at = 0;
        for (const n of nodes) {
          starts.push(at);
          at += n.data.length;
        }
        const all = new RegExp(PREFILTER.source, 'gi');
        for (let m = all.exec(chunk.text); m; m = all.exec(chunk.text)) {
          const i = starts.findLastIndex((s, k) => s <= m!.index && m!.index < s + nodes[k]!.data.length);
          if (expected.at(-1) !== nodes[i]) expected.push(nodes[i]!);
        }
      }
      expect(findChunkMentions(chunks)).toEqual(expected);
      total += expected.length;
      if (chunks.length > 1) chunked++;
    }
    expect(total).toBeGreaterThan(100);
    expect(chunked).toBeGreaterThan(20);
  });

  it('finds what findMentionNodes finds on the whole body when no match spans a block edge', () => {
    const body = parseBody(
      `<header><nav>Home · World</nav></header><main>${stories(8)}${story('DPRK', 2)}` +
        `<article><h2>Pyong<b>yang</b> and Seoul</h2>${paragraphs(20)}<p>북한 <i>군</i></p></article></main>`,
    );
    expect(findChunkMentions(readTextChunks(body))).toEqual(findMentionNodes(body));
  });
});
