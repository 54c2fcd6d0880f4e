import { mentionsNorthKorea } from '../../core/extract/topic-gate';
import type { Block } from '../block';
import { BlockWalker, findContainer, isWithinPreformatted, isWithinSkipped, MORE } from '../block-walker';
import { isBlockElement } from '../element-rules';
import type { VisibilityCheck } from '../visibility';

/**
 * Paragraphs a subject carries over (the extractor's own limit): a figure can only belong to North Korea when
 * its block, or one of the three before it, names North Korea.
 */
const CARRY_BLOCKS = 3;
const FOLLOWING = 4;

export interface SliceOptions {
  /** Gives the main thread back; resolves when the page has had its turn. */
  pause: () => Promise<void>;
  /** Main-thread time one slice may take (ms). */
  budgetMs: number;
  signal?: AbortSignal;
}

/** Blocks around mentions of North Korea, read together. */
export interface MentionRegion {
  /** Up to three blocks before the first block that names North Korea: read for context only. */
  context: Block[];
  /** From the first block that names North Korea to three blocks after the last one. */
  blocks: Block[];
  /** The blocks that name North Korea (by the topic gate), so no one needs to test their text again. */
  named: ReadonlySet<Block>;
}

/**
 * The parts of a page that can hold figures about North Korean troops, without walking the rest: starting a
 * few blocks before each node that may name North Korea (`mentions`, in document order, from
 * findMentionNodes), the blocks as collectBlocks would make them, up to three blocks past the last block that
 * names North Korea. Neighbouring mentions share one region. Yields each region as soon as it is walked (a
 * caller can send the first before the rest of a long page is read); works in slices of `budgetMs`.
 * @param isVisible the layout check for elements entered (null: judge by tags and attributes only)
 * @returns (yields) the regions in document order; nothing when no block names North Korea, when `root` is
 *   skipped or hidden, and nothing more once `opts.signal` aborts.
 */
export async function* walkMentionRegions(
  root: Element,
  mentions: readonly Node[],
  isVisible: VisibilityCheck | null,
  opts: SliceOptions,
): AsyncGenerator<MentionRegion, void, void> {
  if (mentions.length === 0 || isWithinSkipped(root)) return;
  if (isVisible !== null && !isVisible(root)) return;
  const walker = new BlockWalker(root, findContainer(root), isWithinPreformatted(root), isVisible);
  let blocks: Block[] | null = null;
  let named = new Set<Block>();
  let firstHot = -1;
  let lastHot = -1;
  /** Ends the open region; returns it when it has a block that names North Korea. */
  const close = (): MentionRegion | null => {
    const done: MentionRegion | null =
      blocks !== null && firstHot >= 0
        ? {
            context: blocks.slice(Math.max(0, firstHot - CARRY_BLOCKS), firstHot),
            blocks: blocks.slice(firstHot),
            named,
          }
        : null;
    blocks = null;
    named = new Set();
    return done;
  };
  let sliceStart = performance.now();
  for (const mention of mentions) {
    if (blocks !== null && walker.hasPassed(mention)) continue;
    const start = findContextStart(mention, root);
    const at = walker.position;
    if (blocks === null || at === null || (at !== start && isAfter(start, at))) {
      const done = close();
      if (done) yield done;
      if (opts.signal?.aborted) return;
      walker.seek(start);
      blocks = [];
      firstHot = -1;
      lastHot = -1;
    }
    const region: Block[] = blocks ?? [];
    for (let step = walker.step(); step !== null; step = walker.step()) {
      if (step !== MORE) {
        region.push(step);
        if (mentionsNorthKorea(step.text)) {
          named.add(step);
          lastHot = region.length - 1;
          if (firstHot < 0) firstHot = lastHot;
        }
        if (region.length - 1 - lastHot >= CARRY_BLOCKS && walker.hasPassed(mention)) break;
      }
      if (performance.now() - sliceStart < opts.budgetMs) continue;
      await opts.pause();
      if (opts.signal?.aborted) return;
      sliceStart = performance.now();
    }
  }
  const last = close();
  if (last) yield last;
}

/** Whether `node` comes after `at` in document order (inside it counts as after). */
function isAfter(node: Node, at: Node): boolean {
  return (at.compareDocumentPosition(node) & FOLLOWING) !== 0;
}

/**
 * Where to start reading for a mention: the start of its block (of the run of inline content it is part of),
 * then about three blocks further back (each
 * step: the previous sibling element, or the last block-level element at its end; where there is none, the
 * parent's previous sibling). Never above `root`'s children.
 */
function findContextStart(mention: Node, root: Node): Node {
  const found = findContainer(mention);
  const container = found !== null && found !== root && root.contains(found) ? found : root;
  // The start of the run of inline content the mention is part of, inside its container.
  let node: Node = mention;
  while (node.parentNode !== null && node.parentNode !== container) node = node.parentNode;
  for (let prev = node.previousSibling; prev !== null; prev = prev.previousSibling) {
    if (prev.nodeType === 1 && isBlockElement(prev as Element)) break;
    node = prev;
  }
  let back = CARRY_BLOCKS;
  while (back > 0) {
    let prev = (node as Element | Text).previousElementSibling;
    if (prev) {
      // The previous block is the last block-level element at the end of the previous sibling.
      for (
        let last = prev.lastElementChild;
        last !== null && isBlockElement(last);
        last = last.lastElementChild
      )
        prev = last;
      node = prev;
      back--;
      continue;
    }
    const parent = node.parentNode;
    if (parent === null || parent === root) break;
    node = parent;
  }
  return node;
}
