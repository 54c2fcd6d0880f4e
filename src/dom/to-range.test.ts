// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectBlocks } from './collect-blocks';
import { toRange } from './to-range';

/** Builds the body from markup with DOM calls (no HTML parsing of strings in src/dom). */
function buildBody(): void {
  document.body.replaceChildren();
  const p = document.createElement('p');
  const b = document.createElement('b');
  b.append('11,000');
  const a = document.createElement('a');
  a.append('North Korean');
  p.append('South Korea said about ', b, '\n   ', a, ' troops arrived.');
  document.body.append(p);
}

describe('toRange (live happy-dom document)', () => {
  beforeEach(buildBody);

  it.each([
    ['about 11,000 North Korean troops', 'about 11,000\n   North Korean troops'],
    ['11,000', '11,000'],
    ['11,000 North', '11,000\n   North'],
    ['Korean troops', 'Korean troops'],
  ])('covers %j in the DOM', (needle, domText) => {
    const [block] = collectBlocks(document);
    if (block === undefined) throw new Error('no block');
    expect(block.text).toBe('South Korea said about 11,000 North Korean troops arrived.');
    const start = block.text.indexOf(needle);
    const range = toRange(block, start, start + needle.length);
    expect(range?.toString()).toBe(domText);
  });

  it.each([
    ['empty span', 5, 5],
    ['reversed span', 6, 5],
    ['past the end', 0, 999],
  ])('returns null for %s', (_name, start, end) => {
    const [block] = collectBlocks(document);
    if (block === undefined) throw new Error('no block');
    expect(toRange(block, start, end)).toBeNull();
  });
});
