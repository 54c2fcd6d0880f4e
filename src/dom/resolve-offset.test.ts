import { describe, expect, it } from 'vitest';
import { collectBlocks } from './collect-blocks';
import { resolveOffset } from './resolve-offset';
import { parseBody } from './test-helpers';

/** One block: "about 11,000\nNorth Korean troops" from "  about <b>11,000</b> <br>North <a>Korean</a>  troops". */
function sampleBlock() {
  const doc = parseBody('<p>  about <b>11,000</b> <br>North <a>Korean</a>  troops</p>');
  const [block] = collectBlocks(doc);
  if (block === undefined) throw new Error('no block');
  return block;
}

describe('resolveOffset', () => {
  it('builds the expected block', () => {
    expect(sampleBlock().text).toBe('about 11,000\nNorth Korean troops');
  });

  it.each([
    // [offset, affinity, node data, node offset]
    [0, 'forward', '  about ', 2],
    [6, 'forward', '11,000', 0],
    [12, 'backward', '11,000', 6],
    [12, 'forward', 'North ', 0], // "\n" from <br>: forward skips to the next piece
    [13, 'backward', '11,000', 6], // ...backward to the previous one
    [13, 'forward', 'North ', 0],
    [19, 'backward', 'North ', 6], // the space between pieces belongs to the node it came from
    [20, 'backward', 'Korean', 1],
    [25, 'forward', '  troops', 0], // collapsed double space maps to its first character
    [26, 'forward', '  troops', 2],
    [32, 'backward', '  troops', 8],
    [32, 'forward', '  troops', 8], // end of text
    [0, 'backward', '  about ', 2],
  ] as const)('offset %i %s → %j @ %i', (offset, affinity, data, nodeOffset) => {
    const position = resolveOffset(sampleBlock(), offset, affinity);
    expect(position && [position.node.data, position.offset]).toEqual([data, nodeOffset]);
  });

  it.each([[-1], [33], [1.5], [Number.NaN]])('returns null for offset %s', (offset) => {
    expect(resolveOffset(sampleBlock(), offset)).toBeNull();
  });

  it('returns null when the node has shrunk since collection', () => {
    const block = sampleBlock();
    const last = block.pieces[block.pieces.length - 1];
    if (last === undefined) throw new Error('no piece');
    last.node.data = 'x';
    expect(resolveOffset(block, block.text.length, 'backward')).toBeNull();
  });
});
