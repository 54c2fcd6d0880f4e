import type { Block } from './block';

/** Block texts joined into one string, with where each block starts in it. */
export interface JoinedBlocks {
  text: string;
  /** `starts[i]` is the offset of `blocks[i].text` in `text`. */
  starts: number[];
}

/** Separator between blocks: a paragraph break, which no block text contains outside `<pre>`. */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * Joins block texts with `separator` (default "\n\n"), recording each block's start offset.
 * Returns `{ text: '', starts: [] }` for no blocks.
 */
export function joinBlocks(blocks: readonly Block[], separator: string = BLOCK_SEPARATOR): JoinedBlocks {
  const starts: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    starts.push(offset);
    offset += block.text.length + separator.length;
  }
  return { text: blocks.map((block) => block.text).join(separator), starts };
}
