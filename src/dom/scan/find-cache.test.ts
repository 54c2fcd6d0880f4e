import { describe, expect, it, vi } from 'vitest';
import type { TextUnit } from '../../core/extract/find-unit-figures';
import type { FoundFigure } from '../../core/messages';
import { createFindCache } from './find-cache';

const unit = (text: string, context = 0): TextUnit => ({ texts: [text], context });
const answer = (units: readonly TextUnit[]) =>
  Promise.resolve(
    units.map((u) => [
      { block: 0, relation: 'same', figure: { text: u.texts[0] } } as unknown as FoundFigure,
    ]),
  );

describe('createFindCache', () => {
  it('asks only about units it has not seen, and keeps the order', async () => {
    const lookup = vi.fn(answer);
    const find = createFindCache(lookup);
    await find([unit('a'), unit('b')]);
    const got = await find([unit('b'), unit('c'), unit('a')]);
    expect(got.map((f) => f?.[0]?.figure.text)).toEqual(['b', 'c', 'a']);
    expect(lookup.mock.calls.map(([units]) => units.map((u) => u.texts[0]))).toEqual([['a', 'b'], ['c']]);
  });

  it('tells units apart by their context count', async () => {
    const lookup = vi.fn(answer);
    const find = createFindCache(lookup);
    await find([unit('a', 0)]);
    await find([{ texts: ['a'], context: 1 }]);
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('tells apart a unit of a page about North Korea from the same text on another page', async () => {
    const lookup = vi.fn(answer);
    const find = createFindCache(lookup);
    await find([unit('a')]);
    await find([{ ...unit('a'), topic: true }]);
    await find([{ ...unit('a'), topic: true }]);
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('tells apart units that share their first text but not the rest', async () => {
    const lookup = vi.fn(answer);
    const find = createFindCache(lookup);
    await find([{ texts: ['ctx', 'a', 'b'], context: 1 }]);
    await find([{ texts: ['ctx', 'a', 'c'], context: 1 }]);
    await find([{ texts: ['other', 'a', 'b'], context: 1 }]);
    await find([{ texts: ['ctx', 'a', 'b'], context: 1 }]);
    expect(lookup).toHaveBeenCalledTimes(3);
  });

  it('keeps at most 16 units that share a first text, forgetting the oldest of them', async () => {
    const lookup = vi.fn(answer);
    const find = createFindCache(lookup);
    const units = Array.from({ length: 17 }, (_, i) => ({ texts: ['same', `next ${i + 10}`], context: 0 }));
    await find(units);
    await find(units.slice(1));
    expect(lookup).toHaveBeenCalledTimes(1);
    await find(units.slice(0, 1));
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('does not remember failures', async () => {
    const lookup = vi.fn((units: readonly TextUnit[]) => Promise.resolve(units.map(() => null)));
    const find = createFindCache(lookup);
    expect(await find([unit('a')])).toEqual([null]);
    await find([unit('a')]);
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('forgets the oldest units past its size', async () => {
    const lookup = vi.fn(answer);
    const find = createFindCache(lookup, 13); // two keys of six characters
    await find([unit('aaaa'), unit('bbbb')]);
    await find([unit('cccc')]);
    await find([unit('cccc'), unit('bbbb'), unit('aaaa')]);
    expect(lookup.mock.calls.map(([units]) => units.map((u) => u.texts[0]))).toEqual([
      ['aaaa', 'bbbb'],
      ['cccc'],
      ['aaaa'],
    ]);
  });
});

describe('createFindCache with requests in flight', () => {
  it('gives each unit its own answer when another request fills the cache meanwhile', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const lookup = vi.fn(async (units: readonly TextUnit[]) => {
      if (units.length > 1) await gate;
      return answer(units);
    });
    const find = createFindCache(lookup);
    const slow = find([unit('a'), unit('b'), unit('c')]);
    await find([unit('b')]);
    release();
    expect((await slow).map((f) => f?.[0]?.figure.text)).toEqual(['a', 'b', 'c']);
  });
});
