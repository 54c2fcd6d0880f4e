import { describe, expect, it } from 'vitest';
import { collectBlocks } from './collect-blocks';
import { joinBlocks } from './join-blocks';
import { parseBody } from './test-helpers';

describe('joinBlocks', () => {
  it.each([
    ['no blocks', '', '', []],
    ['one block', '<p>a b</p>', 'a b', [0]],
    ['three blocks', '<h1>Title</h1><p>one <b>two</b></p><p>x</p>', 'Title\n\none two\n\nx', [0, 7, 16]],
  ])('%s', (_name, html, text, starts) => {
    const blocks = collectBlocks(parseBody(html));
    const joined = joinBlocks(blocks);
    expect(joined).toEqual({ text, starts });
    blocks.forEach((block, i) => {
      const start = joined.starts[i] ?? -1;
      expect(joined.text.slice(start, start + block.text.length)).toBe(block.text);
    });
  });
});
