import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { PREFILTER } from '../../core/extract/topic-gate';
import { findMentionNodes } from './find-mention-nodes';

function parseBody(html: string): HTMLElement {
  const { document } = new Window();
  document.body.innerHTML = html;
  return document.body as unknown as HTMLElement;
}

const dataOf = (html: string) => findMentionNodes(parseBody(html)).map((node) => node.data);

describe('findMentionNodes', () => {
  it.each([
    ['one mention in a paragraph', '<p>a</p><p>North Korea sent troops</p>', ['North Korea sent troops']],
    ['a node with two mentions is listed once', '<p>Korea, DPRK, Pyongyang</p>', ['Korea, DPRK, Pyongyang']],
    ['a mention split by markup is found where it starts', '<p>Pyong<b>yang</b> said</p>', ['Pyong']],
    ['"North <b>Korea</b>": the word that passes', '<p>North <b>Korea</b></p>', ['Korea']],
    [
      'wrappers, whitespace and comments around the text',
      '<div>\n <!-- c --> <div><div>\n<p>filler</p>\n<p>x <i>y</i> КНДР</p> </div>\n</div>\n</div>\n',
      [' КНДР'],
    ],
    ['text in a script is left out', '<script>"North Korea"</script><p>b</p>', []],
    [
      'later text after a skipped element still maps right',
      '<p>aaa</p><style>.korea{}</style><p>bbb <b>북한군</b></p>',
      ['북한군'],
    ],
    ['no mention', '<p>South Africa</p>', []],
    [
      'a name broken by soft hyphens, after others in the text',
      '<p>Bundes&shy;regierung</p><p>Die <b>nord&shy;ko&shy;rea&shy;nischen</b> Sol&shy;daten</p>',
      ['nord\u00adko\u00adrea\u00adnischen'],
    ],
    [
      'a zero-width space inside the name, and a plain mention after it',
      '<p>Pyong&#8203;yang</p><p>x</p><p>North Korea</p>',
      ['Pyong\u200byang', 'North Korea'],
    ],
    ['a soft hyphen in a name that is not North Korea', '<p>Süd&shy;afrika</p>', []],
  ])('%s', (_name, html, expected) => {
    expect(dataOf(html)).toEqual(expected);
  });

  it('finds a mention 100,000 elements deep (no recursion per level)', () => {
    // A DOM library would itself recurse that deep: a minimal tree of its own, with textContent read iteratively.
    class FakeNode {
      parentNode: FakeNode | null = null;
      readonly kids: FakeNode[] = [];
      constructor(
        readonly nodeType: number,
        readonly localName: string,
        readonly data = '',
      ) {}
      get length() {
        return this.data.length;
      }
      get childNodes() {
        return this.kids;
      }
      get firstChild(): FakeNode | null {
        return this.kids[0] ?? null;
      }
      get lastChild(): FakeNode | null {
        return this.kids.at(-1) ?? null;
      }
      get childElementCount() {
        return this.kids.filter((k) => k.nodeType === 1).length;
      }
      get nextSibling(): FakeNode | null {
        return this.sibling(1);
      }
      get previousSibling(): FakeNode | null {
        return this.sibling(-1);
      }
      private sibling(step: number): FakeNode | null {
        const kids = this.parentNode?.kids ?? [];
        return kids[kids.indexOf(this) + step] ?? null;
      }
      get textContent() {
        let text = '';
        for (const stack: FakeNode[] = [this]; stack.length > 0;) {
          const node = stack.pop()!;
          if (node.nodeType === 3) text += node.data;
          else stack.push(...[...node.kids].reverse());
        }
        return text;
      }
      append(child: FakeNode) {
        child.parentNode = this;
        this.kids.push(child);
      }
    }
    const body = new FakeNode(1, 'body');
    body.append(new FakeNode(3, '#text', 'before '));
    let parent = body;
    for (let i = 0; i < 100_000; i++) {
      const child = new FakeNode(1, i % 2 === 0 ? 'div' : 'span');
      parent.append(child);
      parent = child;
    }
    const mention = new FakeNode(3, '#text', 'North Korea');
    parent.append(mention);
    expect(findMentionNodes(body as unknown as Node)).toEqual([mention]);
  });

  it.each([
    ['narrow levels', 4, 4],
    ['wide levels (searched from the nearer end)', 40, 1],
  ])(
    'finds, on random pages with %s, every text node where a prefilter match starts, in order',
    (_name, width, maxDepth) => {
      let state = 7;
      const random = () => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return state / 2147483648;
      };
      const words = ['filler', 'Korea', 'North', ' ', '\n', 'DPRK', 'news', 'Pyong', 'yang', '북한'];
      const node = (depth: number): string => {
        const r = random();
        const word = words[Math.floor(random() * words.length)]!;
        if (depth > maxDepth || r < 0.4) return word;
        if (r < 0.45) return `<!--${word}-->`;
        const tag = ['div', 'p', 'span', 'b', 'li'][Math.floor(random() * 5)]!;
        const children = Array.from({ length: Math.floor(random() * width) }, () => node(depth + 1)).join('');
        return `<${tag}>${children}</${tag}>`;
      };
      let total = 0;
      for (let page = 0; page < 30; page++) {
        const body = parseBody(Array.from({ length: 30 }, () => node(0)).join(''));
        // Brute force: every Text node in order, with where each starts in the joined text.
        const nodes: Text[] = [];
        const walker = body.ownerDocument.createTreeWalker(body, 4);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
        const text = nodes.map((n) => n.data).join('');
        expect(text).toBe(body.textContent);
        const all = new RegExp(PREFILTER.source, 'gi');
        const expected: Text[] = [];
        let start = 0;
        const starts = nodes.map((n) => ((start += n.data.length), start - n.data.length));
        for (let m = all.exec(text); m; m = all.exec(text)) {
          const at = starts.findLastIndex((s, i) => s <= m!.index && m!.index < s + nodes[i]!.data.length);
          const hit = nodes[at]!;
          if (expected.at(-1) !== hit) expected.push(hit);
        }
        expect(findMentionNodes(body)).toEqual(expected);
        total += expected.length;
      }
      expect(total).toBeGreaterThan(100);
    },
  );
});
