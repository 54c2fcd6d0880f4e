import { describe, expect, it } from 'vitest';
import { blockWeight, isFurniture } from '../../core/extract/furniture';
import { mentionsNorthKorea, PREFILTER } from '../../core/extract/topic-gate';
import { collectBlocks } from '../collect-blocks';
import { Window } from 'happy-dom';
import {
  readBlocksBefore,
  readLeadingContext,
  walkMentionRegions,
  type MentionRegion,
  type SliceOptions,
} from './walk-mention-regions';
import { findMentionNodes } from './find-mention-nodes';
import { findUnitFigures } from '../../core/extract/find-unit-figures';
import { toTextUnit } from './find-block-figures';
import { planUnits } from './plan-units';

/**
 * A document to walk. happy-dom, not linkedom: linkedom's compareDocumentPosition gets text nodes in earlier
 * elements wrong, and the walk relies on it as browsers implement it.
 */
function parseBody(html: string): Document {
  const { document } = new Window();
  document.body.innerHTML = html;
  return document as unknown as Document;
}

/** Every region walkMentionRegions yields. */
async function collectRegions(body: Element, mentions: readonly Node[], opts: SliceOptions) {
  const regions: MentionRegion[] = [];
  for await (const region of walkMentionRegions(body, mentions, null, opts)) regions.push(region);
  return regions;
}

const slices = { pause: () => Promise.resolve(), budgetMs: 1000 };

async function regionsOf(
  html: string,
  budgetMs = 1000,
  pause = () => Promise.resolve(),
): Promise<MentionRegion[]> {
  const doc = parseBody(html);
  const mentions = findMentionNodes(doc.body);
  return collectRegions(doc.body, mentions, { pause, budgetMs });
}

const textsOf = (regions: MentionRegion[]) =>
  regions.map((r) => ({ context: r.context.map((b) => b.text), blocks: r.blocks.map((b) => b.text) }));

const p = (text: string) => `<p>${text}</p>`;
const NK = 'North Korea sent troops.';
/** A paragraph of prose (a full block of the carry; shorter lines count a third, see blockWeight). */
const L = (name: string) =>
  `${name}: the committee met again on Tuesday, and the session ran late into the evening, officials said afterwards.`;

describe('walkMentionRegions', () => {
  it.each([
    [
      'a mention, three blocks of context before it and three paragraphs after it',
      [L('a'), L('b'), L('c'), L('d'), NK, L('e'), L('f'), L('g'), L('h')].map(p).join(''),
      [{ context: [L('b'), L('c'), L('d')], blocks: [NK, L('e'), L('f'), L('g')] }],
    ],
    [
      'short lines after a short line count a third each: nine of them before the carry ends',
      [NK, ...'abcdefghijk'.split('')].map(p).join(''),
      [{ context: [], blocks: [NK, ...'abcdefghi'.split('')] }],
    ],
    [
      'two mentions far apart make two regions',
      [NK, L('a'), L('b'), L('c'), L('d'), L('e'), L('f'), L('g'), L('h'), 'Pyongyang denied it.', L('i')]
        .map(p)
        .join(''),
      [
        { context: [], blocks: [NK, L('a'), L('b'), L('c')] },
        { context: [L('f'), L('g'), L('h')], blocks: ['Pyongyang denied it.', L('i')] },
      ],
    ],
    [
      'a mention within three paragraphs of the last one extends the region',
      [NK, L('a'), L('b'), 'КНДР', L('c'), L('d'), L('e'), L('f')].map(p).join(''),
      [{ context: [], blocks: [NK, L('a'), L('b'), 'КНДР', L('c'), L('d'), L('e')] }],
    ],
    [
      'blocks nested in wrappers, inline markup flattened',
      `<div><div><p>a</p></div><div><p>about <b>11,000</b> <a href="#">North Korean</a> troops</p></div>` +
        `<div><p>${L('b')}</p></div></div><ul><li>${L('c')}</li><li>${L('d')}</li><li>${L('e')}</li></ul>`,
      [{ context: ['a'], blocks: ['about 11,000 North Korean troops', L('b'), L('c'), L('d')] }],
    ],
    [
      'loose text in the body with inline markup before the mention',
      '<p>a</p>Loose <i>lead</i>: 북한군 1만1000명<p>b</p>',
      [{ context: ['a'], blocks: ['Loose lead: 북한군 1만1000명', 'b'] }],
    ],
    ['a mention only inside a script is no region', `<script>var s = "${NK}";</script>${p('a')}`, []],
    ['a mention only in hidden text is no region', `<p hidden>${NK}</p>${p('a')}${p('b')}`, []],
    ['"South Korea" passes the prefilter but names no one here', p('South Korea won 2:1.') + p('b'), []],
    ['no mention at all', p('a') + p('b'), []],
  ])('%s', async (_name, html, expected) => {
    expect(textsOf(await regionsOf(html))).toEqual(expected);
  });

  it('gives the same blocks in tiny slices as in one go', async () => {
    const html = Array.from({ length: 300 }, (_, i) => p(i % 17 === 0 ? `${NK} ${i}` : `filler ${i}`)).join(
      '',
    );
    let pauses = 0;
    const sliced = await regionsOf(html, 0, async () => {
      pauses++;
    });
    expect(textsOf(sliced)).toEqual(textsOf(await regionsOf(html)));
    expect(pauses).toBeGreaterThan(10);
  });

  it('returns nothing when aborted', async () => {
    const doc = parseBody([NK, 'a'].map(p).join(''));
    const controller = new AbortController();
    controller.abort();
    const mentions = findMentionNodes(doc.body);
    const regions = await collectRegions(doc.body, mentions, {
      ...slices,
      budgetMs: 0,
      signal: controller.signal,
    });
    expect(regions).toEqual([]);
  });
});

describe('walkMentionRegions and tables', () => {
  it('reads every row of a table whose caption names North Korea', async () => {
    const rows = Array.from({ length: 8 }, (_, i) => `<tr><td>row ${i}</td><td>${100 + i}</td></tr>`).join(
      '',
    );
    const html = `<p>Estimates of North Korean losses</p><table><tr><th>Source</th><th>Estimate</th></tr>${rows}</table>${[L('a'), L('b'), L('c'), L('d'), L('e')].map(p).join('')}`;
    const blocks = (await regionsOf(html)).flatMap((r) => r.blocks.map((b) => b.text));
    expect(blocks).toContain('row 7\t107');
    // The table's first row counts a third (a short line), its other rows nothing; after it, three paragraphs
    // (the third of them ends the carry).
    expect(blocks.slice(-4)).toEqual(['row 7\t107', L('a'), L('b'), L('c')]);
  });
});

describe('walkMentionRegions and page furniture', () => {
  it('reads past furniture lines after a block that names North Korea', async () => {
    const html = [
      'North Korea sent troops to Russia.',
      '(More to follow)',
      '09:14 KST | 2 min read',
      'UPDATE 1 - adds details from the briefing',
      'The agency put the toll at 600.',
      L('a'),
      L('b'),
      L('c'),
      L('d'),
    ]
      .map(p)
      .join('');
    const blocks = (await regionsOf(html)).flatMap((r) => r.blocks.map((b) => b.text));
    // The three furniture lines do not count, the short line after them a third, then two paragraphs and the
    // third that ends the carry.
    expect(blocks).toEqual([
      'North Korea sent troops to Russia.',
      '(More to follow)',
      '09:14 KST | 2 min read',
      'UPDATE 1 - adds details from the briefing',
      'The agency put the toll at 600.',
      L('a'),
      L('b'),
      L('c'),
    ]);
  });
});

describe('walkMentionRegions and forum threads', () => {
  it("reads a thread's posts after the one that names North Korea, however many", async () => {
    const posts = Array.from({ length: 5 }, (_, i) => [
      `#${i + 2} 21-02-2026, 09:1${i}`,
      L(`reply ${i}`),
    ]).flat();
    const html = ['How many North Koreans are in Kursk? Pyongyang sent about 15,000.', ...posts, L('x')]
      .map(p)
      .join('');
    const blocks = (await regionsOf(html)).flatMap((r) => r.blocks.map((b) => b.text));
    expect(blocks.slice(0, 11)).toEqual([
      'How many North Koreans are in Kursk? Pyongyang sent about 15,000.',
      ...posts,
    ]);
  });

  it('stops after three paragraphs without posts between them', async () => {
    const html = ['North Korea sent troops.', L('a'), L('b'), L('c'), L('d'), L('e')].map(p).join('');
    const blocks = (await regionsOf(html)).flatMap((r) => r.blocks.map((b) => b.text));
    expect(blocks).toEqual(['North Korea sent troops.', L('a'), L('b'), L('c')]);
  });
});

describe('readBlocksBefore', () => {
  it.each([
    ['three paragraphs before it', ['a', 'b', 'c', 'd'].map(p).join('') + '<p id="t">T</p>', ['b', 'c', 'd']],
    ['nothing before it', '<p id="t">T</p><p>a</p>', []],
    ['fewer than three', '<p>a</p><p id="t">T</p>', ['a']],
    [
      'blocks of the containers before it',
      '<div><p>a</p><p>b</p></div><section><p>c</p><p id="t">T</p></section>',
      ['a', 'b', 'c'],
    ],
    ['inline text before it in its parent', '<div>intro <b>text</b><p id="t">T</p></div>', ['intro text']],
    ['skipped content before it', '<p>a</p><script>x</script><p id="t">T</p>', ['a']],
    ['a list before it', '<ul><li>a</li><li>b</li></ul><p id="t">T</p>', ['a', 'b']],
    [
      'a container too large to walk',
      `<div>${'<span style="color: red">x</span> '.repeat(3000)}</div><p id="t">T</p>`,
      [],
    ],
  ])('%s', (_name, html, expected) => {
    const doc = parseBody(html);
    const target = doc.getElementById('t')!;
    expect(readBlocksBefore(target, doc.body).map((b) => b.text)).toEqual(expected);
  });

  it('reads nothing for the root itself or an element outside it', () => {
    const doc = parseBody('<p>a</p><div id="r"><p>b</p></div><p id="t">T</p>');
    const root = doc.getElementById('r')!;
    expect(readBlocksBefore(root, root)).toEqual([]);
    expect(readBlocksBefore(doc.getElementById('t')!, root)).toEqual([]);
  });

  it.each(Array.from({ length: 10 }, (_, i) => i + 1))(
    'page %i: the blocks a walk of the whole page has just before each block element',
    (seed) => {
      const doc = parseBody(randomPage(seed));
      const all = collectBlocks(doc.body, { visibility: 'structural' });
      let checked = 0;
      for (const element of doc.body.querySelectorAll('p, li, td, h2, section')) {
        const at = all.findIndex((b) => b.pieces.some((piece) => element.contains(piece.node)));
        if (at < 0) continue;
        // Only elements that begin their block: inline text before them in the same block does not count.
        if (!element.contains(all[at]!.pieces[0]!.node)) continue;
        const expected = all.slice(Math.max(0, at - 3), at).map((b) => b.text);
        expect(readBlocksBefore(element, doc.body).map((b) => b.text)).toEqual(expected);
        checked++;
      }
      expect(checked).toBeGreaterThan(5);
    },
  );
});

/**
 * The last block a subject named in block `h` carries to, as the extractor counts (blockWeight: a paragraph one,
 * a short line after a short line a third, furniture nothing).
 */
function reachAfter(all: readonly string[], h: number): number {
  let weight = 0;
  let i = h;
  while (i + 1 < all.length && weight < 3) {
    i++;
    if (!isFurniture(all[i]!)) weight += blockWeight(all[i]!, all[i - 1]!);
  }
  return i;
}

/** A deterministic pseudo-random page: wrappers, lists, tables, inline markup, hidden parts, some mentions. */
function randomPage(seed: number): string {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  let n = 0;
  const sentence = () => {
    n++;
    const r = random();
    if (r < 0.08) return `North Korea sent ${n} troops`;
    if (r < 0.12) return `South Korea ${n}`;
    if (r < 0.15) return `<b>North</b> <i>Korea</i> ${n}`;
    return `filler ${n}`;
  };
  const node = (depth: number): string => {
    const r = random();
    if (depth > 3 || r < 0.45) return `<p>${sentence()} <a href="#">${sentence()}</a></p>`;
    if (r < 0.55) return `<ul><li>${sentence()}</li><li>${sentence()}</li></ul>`;
    if (r < 0.6) return `<table><tr><td>${sentence()}</td><td>${sentence()}</td></tr></table>`;
    // Hidden text with a mention starts a region of its own (tested above); here it stays plain.
    if (r < 0.65) return `<div hidden><p>hidden ${random()}</p></div>`;
    if (r < 0.7) return `${sentence()}<br>${sentence()}`;
    const children = Array.from({ length: 1 + Math.floor(random() * 5) }, () => node(depth + 1));
    return `<div>${children.join('')}</div>`;
  };
  return Array.from({ length: 40 }, () => node(0)).join('');
}

describe('walkMentionRegions against a walk of the whole page', () => {
  it.each(Array.from({ length: 25 }, (_, i) => i + 1))(
    'page %i: every block that can hold a figure is read once, in order, with the same text',
    async (seed) => {
      const html = randomPage(seed);
      const all = collectBlocks(parseBody(html), { visibility: 'structural' }).map((b) => b.text);
      const hot = all.flatMap((text, i) => (mentionsNorthKorea(text) ? [i] : []));
      const needed = new Set<number>();
      for (const h of hot) for (let i = h; i <= reachAfter(all, h) && i < all.length; i++) needed.add(i);
      const read = (await regionsOf(html)).flatMap((r) => r.blocks.map((b) => b.text));
      // Read blocks are a run of the page's blocks in order, each once.
      const positions: number[] = [];
      let from = 0;
      for (const text of read) {
        const at = all.indexOf(text, from);
        expect(at, `block "${text}" in page order`).toBeGreaterThanOrEqual(0);
        positions.push(at);
        from = at + 1;
      }
      for (const i of needed) expect(positions, `block ${i} "${all[i]}" read`).toContain(i);
      // Each region knows which of its blocks name North Korea (the sender trusts it instead of testing again).
      for (const region of await regionsOf(html)) {
        for (const block of [...region.context, ...region.blocks])
          expect(region.named.has(block), `"${block.text}" named`).toBe(mentionsNorthKorea(block.text));
        expect(region.named.size).toBeGreaterThan(0);
      }
      // Nothing read lies far from a block that names (or may name) North Korea.
      const near = all.flatMap((text, i) => (PREFILTER.test(text) ? [i] : []));
      for (const at of positions) {
        expect(
          near.some((h) => at >= h - 4 && at <= reachAfter(all, h)),
          `block ${at} "${all[at]}" near a mention`,
        ).toBe(true);
      }
    },
  );
});

describe('walkMentionRegions and paragraphs that count containers', () => {
  const C = (name: string) =>
    `${name}: the researchers counted more containers on the quay, and the estimate rose again, they wrote.`;
  it('reads on through paragraphs that count containers after a mention, and three paragraphs after them', async () => {
    const html = [NK, L('a'), L('b'), C('c'), L('d'), C('e'), L('f'), L('g'), L('h'), L('i')].map(p).join('');
    expect(textsOf(await regionsOf(html))).toEqual([
      { context: [], blocks: [NK, L('a'), L('b'), C('c'), L('d'), C('e'), L('f'), L('g'), L('h')] },
    ]);
  });

  it('stops three paragraphs after the mention when none counts containers', async () => {
    const html = [NK, L('a'), L('b'), L('c'), C('d')].map(p).join('');
    expect(textsOf(await regionsOf(html))).toEqual([{ context: [], blocks: [NK, L('a'), L('b'), L('c')] }]);
  });
});

describe('walkMentionRegions on a page about North Korea (topic)', () => {
  /** A paragraph that speaks of the force (FORCE_OR_LOSSES), without naming North Korea. */
  const F = (name: string) =>
    `${name}: the soldiers moved west again on Tuesday, and the column ran late into the evening, officials said.`;
  const walk = async (html: string, topic: boolean) => {
    const doc = parseBody(html);
    const regions = await collectRegions(doc.body, findMentionNodes(doc.body), { ...slices, topic });
    return textsOf(regions).map((r) => r.blocks);
  };

  it('reads on past three blocks while the blocks speak of the force, over one that does not, and stops at two', async () => {
    const html = [NK, F('a'), F('b'), F('c'), F('d'), L('e'), F('f'), L('g'), L('h'), F('i')].map(p).join('');
    expect(await walk(html, true)).toEqual([[NK, F('a'), F('b'), F('c'), F('d'), L('e'), F('f')]]);
    // (on any other page, three blocks after the mention)
    expect(await walk(html, false)).toEqual([[NK, F('a'), F('b'), F('c')]]);
  });

  it('reads on over a heading between a bridge and the section under it', async () => {
    const html = [NK, F('a'), F('b'), F('c'), L('d'), 'III. Counting', F('e')].map(p).join('');
    expect(await walk(html, true)).toEqual([[NK, F('a'), F('b'), F('c'), L('d'), 'III. Counting', F('e')]]);
  });

  it('keeps the block that ended the walk when the next mention reaches back past it', async () => {
    const next = 'Pyongyang sent more.';
    const html = [NK, F('a'), F('b'), F('c'), L('d'), L('e'), L('f'), next].map(p).join('');
    expect(await walk(html, true)).toEqual([[NK, F('a'), F('b'), F('c'), L('d'), L('e'), L('f'), next]]);
  });
});

describe('readLeadingContext on a page about North Korea (topic)', () => {
  const F = (name: string) => `${name}: the soldiers moved west again, officials said.`;
  const page = [NK, ...['a', 'b', 'c', 'd', 'e'].map(F)].map(p).join('') + '<p id="t">Nine of them died.</p>';

  it('reaches back to the last block that names North Korea (a re-rendered block of a long read)', () => {
    const doc = parseBody(page);
    const target = doc.getElementById('t')!;
    const blocks = [{ text: 'Nine of them died.', pieces: [], container: target }];
    expect(readLeadingContext(target, blocks, true).map((b) => b.text)).toEqual([
      NK,
      ...['a', 'b', 'c', 'd', 'e'].map(F),
    ]);
    // (on any other page, three blocks)
    expect(readLeadingContext(target, blocks).map((b) => b.text)).toEqual(['c', 'd', 'e'].map(F));
  });

  it('reads three blocks when none of the blocks before names North Korea', () => {
    const doc = parseBody(
      ['a', 'b', 'c', 'd', 'e'].map(F).map(p).join('') + '<p id="t">Nine of them died.</p>',
    );
    const target = doc.getElementById('t')!;
    const blocks = [{ text: 'Nine of them died.', pieces: [], container: target }];
    expect(readLeadingContext(target, blocks, true).map((b) => b.text)).toEqual(['c', 'd', 'e'].map(F));
  });
});

describe('a block of a long read read again (a re-render) with its leading context', () => {
  const paragraphs = [
    'North Korea sent troops to Russia in 2024.',
    'Pyongyang denied it for months, and North Korea admitted it only in April.',
    ...['a', 'b', 'c', 'd'].map(
      (name) =>
        `${name}: the soldiers moved west again on Tuesday, and the column ran late into the evening, officials said.`,
    ),
  ];
  const target = 'The spy agency now puts the toll at about 6,000 killed or wounded.';

  it.each([
    [true, ['about 6,000']],
    [false, []],
  ])('on a page about North Korea (%s) finds what the whole text holds', (topic, expected) => {
    const doc = parseBody(paragraphs.map(p).join('') + `<p id="t">${target}</p>`);
    const root = doc.getElementById('t')!;
    const blocks = collectBlocks(root);
    const units = planUnits(blocks, undefined, readLeadingContext(root, blocks, topic));
    const found = units.flatMap((unit) =>
      findUnitFigures({ ...toTextUnit(unit), ...(topic ? { topic: true } : {}) }, 'en').map(
        (f) => f.figure.text,
      ),
    );
    expect(found).toEqual(expected);
  });
});
