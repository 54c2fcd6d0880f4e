import { describe, expect, it } from 'vitest';
import type { Block } from '../block';
import { planUnits } from './plan-units';

const block = (text: string) => ({ text, pieces: [], container: null }) as unknown as Block;

describe('planUnits', () => {
  it('groups consecutive blocks and gives each group the three blocks before it as context', () => {
    const blocks = Array.from({ length: 10 }, (_, i) => block(`paragraph ${i} `.repeat(10)));
    const units = planUnits(blocks, 400);
    const groups = units.filter((u) => u.kind === 'group');
    expect(groups.flatMap((g) => (g.kind === 'group' ? g.blocks : []))).toEqual(blocks);
    const second = groups[1]!;
    expect(second.kind === 'group' && second.context).toEqual(
      blocks.slice(
        Math.max(0, blocks.indexOf(second.kind === 'group' ? second.blocks[0]! : blocks[0]!) - 3),
        blocks.indexOf(second.kind === 'group' ? second.blocks[0]! : blocks[0]!),
      ),
    );
    expect(groups[0]!.kind === 'group' && groups[0]!.context).toEqual([]);
  });

  it('reads one short page in one group', () => {
    const blocks = [block('a'), block('b'), block('c')];
    expect(planUnits(blocks)).toEqual([{ kind: 'group', blocks, context: [] }]);
  });

  it('turns a giant block into windows of its own', () => {
    const giant = block('The committee met again. '.repeat(2000));
    const units = planUnits([block('before'), giant, block('after')]);
    expect(units[0]).toMatchObject({ kind: 'group', blocks: [{ text: 'before' }] });
    const windows = units.filter((u) => u.kind === 'window');
    expect(windows.length).toBeGreaterThan(1);
    expect(units.at(-1)).toMatchObject({ kind: 'group', blocks: [{ text: 'after' }], context: [] });
  });

  it('reaches past furniture lines for three blocks of context', () => {
    const leading = [
      block('z'),
      block('a'),
      block('North Korea sent troops.'),
      block('(More to follow)'),
      block('09:14 KST | 2 min read'),
    ];
    const units = planUnits([block('The toll rose to 600.')], undefined, leading);
    expect(units[0]?.kind === 'group' && units[0].context.map((b) => b.text)).toEqual([
      'z',
      'a',
      'North Korea sent troops.',
      '(More to follow)',
      '09:14 KST | 2 min read',
    ]);
  });

  it('counts a run of short lines a third each (after the first) for its context', () => {
    const leading = ['l0', 'l1', 'l2', 'l3', 'l4'].map(block);
    const [unit] = planUnits([block('a')], 24_000, leading);
    expect(unit?.kind === 'group' && unit.context.map((b) => b.text)).toEqual(['l0', 'l1', 'l2', 'l3', 'l4']);
  });

  it('returns nothing for no blocks', () => {
    expect(planUnits([])).toEqual([]);
  });
});

describe('planUnits with leading context', () => {
  it('gives the first group the last three leading blocks as context, and never groups them', () => {
    const leading = ['l0', 'l1', 'l2', 'l3'].map((name) =>
      block(`${name}: ${'a paragraph of prose. '.repeat(6)}`),
    );
    const blocks = ['a', 'b'].map(block);
    expect(planUnits(blocks, 24_000, leading)).toEqual([
      { kind: 'group', blocks, context: leading.slice(1) },
    ]);
  });

  it('stops the leading context at a giant block', () => {
    const leading = [block('l0'), block('x'.repeat(100_000)), block('l2')];
    const [unit] = planUnits([block('a')], 24_000, leading);
    expect(unit).toMatchObject({ kind: 'group', context: [{ text: 'l2' }] });
  });
});

describe('planUnits with a small first group', () => {
  it('closes the first group early and the others at the usual size', () => {
    const blocks = Array.from({ length: 20 }, (_, i) => block(`${`paragraph ${i} `.repeat(10).trim()}.`));
    const units = planUnits(blocks, 1000, [], 300);
    const sizes = units.map((u) => (u.kind === 'group' ? u.blocks.length : 0));
    expect(sizes[0]).toBe(3);
    expect(sizes[1]).toBeGreaterThan(3);
    expect(units.flatMap((u) => (u.kind === 'group' ? u.blocks : []))).toEqual(blocks);
  });
});

describe('planUnits keeps a sentence that runs across blocks in one group', () => {
  it('closes a full group only after a block that ends its sentence (subtitle cues break sentences)', () => {
    const blocks = [
      block('The agency said the count stood at about 11,000.'),
      block('By September the estimate had climbed to around'),
      block('two thousand soldiers killed.'),
      block('Ukraine still held a strip there.'),
    ];
    const units = planUnits(blocks, 60);
    expect(units.map((u) => (u.kind === 'group' ? u.blocks : []))).toEqual([
      blocks.slice(0, 3),
      blocks.slice(3),
    ]);
  });

  it('closes it anyway at twice the size', () => {
    const blocks = Array.from({ length: 6 }, (_, i) => block(`words without an end ${i} `.repeat(4).trim()));
    const sizes = planUnits(blocks, 100).map((u) => (u.kind === 'group' ? u.blocks.length : 0));
    expect(sizes.every((n) => n <= 3)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(6);
  });
});

describe('planUnits in a forum thread', () => {
  it("reaches back over the thread's posts to the block that names North Korea", () => {
    const blocks = [
      block('How many North Koreans are in Kursk? Pyongyang sent about 15,000.'),
      ...Array.from({ length: 4 }, (_, i) => [
        block(`#${i + 2}   21-02-2026, 09:1${i}`),
        block(
          `Reply number ${i + 2} argues about the estimate at length and names no country at all. `
            .repeat(2)
            .trim(),
        ),
      ]).flat(),
    ];
    const units = planUnits(blocks, 120);
    const last = units.at(-1)!;
    expect(last.kind === 'group' && last.context[0]?.text).toBe(blocks[0]!.text);
  });

  it('counts three blocks of context as usual outside a thread', () => {
    const blocks = [
      block('North Korea sent troops.'),
      ...Array.from({ length: 8 }, (_, i) =>
        block(`Paragraph ${i} is about something else entirely. `.repeat(3).trim()),
      ),
    ];
    const units = planUnits(blocks.slice(1), 300);
    const last = units.at(-1)!;
    expect(last.kind === 'group' && last.context.length).toBe(3);
  });
});

describe('planUnits after a block that names North Korea', () => {
  const force = (i: number) =>
    block(`Paragraph ${i}: the soldiers lost more men in the snow. `.repeat(3).trim());

  it('reaches a later group context back to the last block that names it', () => {
    // (on a page about North Korea the subject carries on through such blocks: the extractor must see the name)
    const blocks = [block('North Korea sent troops.'), ...Array.from({ length: 8 }, (_, i) => force(i))];
    const units = planUnits(blocks, 300);
    expect(units.length).toBeGreaterThan(1);
    const last = units.at(-1)!;
    expect(last.kind === 'group' && last.context[0]?.text).toBe('North Korea sent troops.');
  });

  it('stops at the nearer of two such blocks', () => {
    const blocks = [
      block('North Korea sent troops.'),
      force(0),
      force(1),
      block('Pyongyang denied it.'),
      ...Array.from({ length: 6 }, (_, i) => force(i + 2)),
    ];
    const units = planUnits(blocks, 300);
    const last = units.at(-1)!;
    const context = last.kind === 'group' ? last.context.map((b) => b.text) : [];
    expect(context).toContain('Pyongyang denied it.');
    expect(context).not.toContain('North Korea sent troops.');
  });
});

describe('planUnits with a long leading context that starts at a block naming North Korea', () => {
  it('gives the first group all of it (readLeadingContext on a page about North Korea)', () => {
    const leading = [
      block('North Korea sent troops.'),
      ...Array.from({ length: 5 }, (_, i) =>
        block(`Paragraph ${i}: the soldiers moved west again. `.repeat(3).trim()),
      ),
    ];
    const units = planUnits([block('Nine of them died.')], undefined, leading);
    const first = units[0]!;
    expect(first.kind === 'group' && first.context.map((b) => b.text)).toEqual(leading.map((b) => b.text));
  });
});
