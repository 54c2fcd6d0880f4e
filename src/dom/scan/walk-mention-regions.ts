import { FORCE_OR_LOSSES, isHeading } from '../../core/extract/context-rules';
import { blockWeight, countsContainers, isFurniture, startsPost } from '../../core/extract/furniture';
import { namesNorthKorea } from '../../core/extract/names-north-korea';
import { lowerSameLength } from '../../core/lang/lower-text';
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
  /**
   * The page names North Korea repeatedly (isTopicPage): the extractor carries its subject on past three blocks
   * through blocks that speak of the force or its losses (FORCE_OR_LOSSES), so the walk reads on through them.
   */
  topic?: boolean;
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
  /**
   * How far the walk has gone since the last block naming North Korea, as the extractor counts it (blockWeight:
   * a paragraph one, a short line after a short line a third; rows of a table that continue it and furniture
   * lines nothing).
   */
  let sinceHot = 0;
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
  /** The blocks that ended the open region on a page about North Korea (see below), held back from it. */
  let held: Block[] = [];
  /** Whether the block before, past the third, did not speak of the force (a bridge: see extractFigures). */
  let bridge = false;
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
      sinceHot = 0;
    } else blocks.push(...held);
    held = [];
    bridge = false;
    const region: Block[] = blocks ?? [];
    for (let step = walker.step(); step !== null; step = walker.step()) {
      if (step !== MORE) {
        region.push(step);
        if (namesNorthKorea(step.text)) {
          named.add(step);
          lastHot = region.length - 1;
          sinceHot = 0;
          bridge = false;
          if (firstHot < 0) firstHot = lastHot;
        } else if (startsPost(step.text) || countsContainers(step.text)) {
          // (a forum thread's subject goes on from post to post, and an analysis's from one paragraph that counts
          // containers to the next, as the extractor reads them)
          sinceHot = 0;
        } else if (!continuesTable(step, region[region.length - 2]) && !isFurniture(step.text)) {
          // (table rows and furniture such as "(More to follow)" do not wear out the carry; short lines a third)
          // On a page about North Korea, the subject goes on past the third block through blocks that speak of the
          // force (see FORCE_OR_LOSSES): two blocks past it in a row that do not end the region, without them.
          // One block that does not, between two that do, is a bridge the extractor reads on over.
          if (opts.topic === true && sinceHot >= CARRY_BLOCKS && walker.hasPassed(mention)) {
            if (speaksOfForce(step.text)) bridge = false;
            else if (isHeading(step.text)) {
              // (a heading between is neither)
            } else if (!bridge) bridge = true;
            else {
              // (read, but not sent unless the next mention's blocks reach back to them: then the region goes on)
              held = region.splice(-2);
              break;
            }
          }
          sinceHot += blockWeight(step.text, region[region.length - 2]?.text ?? null);
        }
        if (sinceHot >= CARRY_BLOCKS && opts.topic !== true && walker.hasPassed(mention)) break;
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

/** Whether a block's text speaks of the force or its losses, as the extractor tests a paragraph beyond the carry. */
function speaksOfForce(text: string): boolean {
  return FORCE_OR_LOSSES.test(lowerSameLength(text));
}

/**
 * Whether a block is a row of a table that the block before it began (both hold cells, split by tabs): the
 * extractor carries a subject through a whole table (see extractFigures), so the walk reads all of its rows.
 */
function continuesTable(block: Block, before: Block | undefined): boolean {
  return before !== undefined && block.text.includes('\t') && before.text.includes('\t');
}

/** Whether `node` comes after `at` in document order (inside it counts as after). */
function isAfter(node: Node, at: Node): boolean {
  return (at.compareDocumentPosition(node) & FOLLOWING) !== 0;
}

/**
 * Where to start reading for a mention: the start of its block (of the run of inline content it is part of),
 * then about three blocks further back (stepBackBlocks). Never above `root`'s children.
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
  return stepBackBlocks(node, root);
}

/**
 * About `steps` blocks before `node` (each step: the previous sibling element, or the last block-level element
 * at its end; where there is none, the parent's previous sibling). Never above `root`'s children.
 * @returns `node` itself when nothing comes before it under `root`.
 */
function stepBackBlocks(node: Node, root: Node, steps = CARRY_BLOCKS): Node {
  let back = steps;
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

/** Walk steps (of a few hundred nodes each) readBlocksBefore takes at most: a giant container is not read whole. */
const BEFORE_MAX_STEPS = 8;

/**
 * The blocks just before `element` (a block-level element under `root`): up to `count` (three), as context for
 * reading it again after it changed ("North Korea sent troops." in the paragraph before an appended "Of those,
 * 1,000 died."). Judges by tags and attributes only, as the first scan's walk does.
 * @returns up to `count` blocks in document order; none when nothing readable comes before `element` under
 *   `root`, or when the content before it is too large to walk (more than a few thousand nodes).
 */
export function readBlocksBefore(element: Element, root: Element, count = CARRY_BLOCKS): Block[] {
  if (element === root || !root.contains(element)) return [];
  // A step back is one element, which may be inline (no block of its own), and the walk drops the part of
  // the block it starts in: step further back until one block more is read (the first may be cut) or nothing
  // more comes before.
  for (let back = count; back <= Math.max(MAX_STEPS_BACK, 2 * count); back *= 2) {
    const start = stepBackBlocks(element, root, back);
    if (start === element) return [];
    const blocks = walkBlocksBetween(start, element, root, count);
    if (blocks === null) return [];
    if (blocks.length > count || stepBackBlocks(start, root, 1) === start) return blocks.slice(-count);
  }
  return [];
}

/** Blocks the context of a block read again on a page about North Korea reaches back at most (see below). */
const TOPIC_CONTEXT_BLOCKS = 24;

/**
 * The context for reading `blocks` (those of `root`, read again on their own: a re-rendered block, a reader's
 * selection): the blocks before `root` under the body when its first block does not name North Korea ("North Korea
 * sent troops." above "Of those, 1,000 died."), as the first scan reads them. On a page about North Korea (`topic`),
 * where the subject goes on through blocks about the force, back to the last block that names it.
 * @returns up to three blocks (readBlocksBefore), or on such a page up to TOPIC_CONTEXT_BLOCKS from the last that
 *   names North Korea; none when the first block names North Korea, or there is no body.
 */
export function readLeadingContext(root: Element, blocks: readonly Block[], topic = false): Block[] {
  const body = root.ownerDocument.body;
  const first = blocks[0];
  if (body === null || first === undefined || namesNorthKorea(first.text)) return [];
  if (!topic) return readBlocksBefore(root, body);
  const before = readBlocksBefore(root, body, TOPIC_CONTEXT_BLOCKS);
  for (let i = before.length - 1; i >= 0; i--) {
    if (namesNorthKorea(before[i]!.text))
      return i < before.length - CARRY_BLOCKS ? before.slice(i) : before.slice(-CARRY_BLOCKS);
  }
  return before.slice(-CARRY_BLOCKS);
}

/** Element steps readBlocksBefore takes back at most. */
const MAX_STEPS_BACK = 24;

/** The blocks from `start` up to `element` (excluded); null when that is too much to walk for `count` blocks. */
function walkBlocksBetween(start: Node, element: Element, root: Element, count: number): Block[] | null {
  const walker = new BlockWalker(root, findContainer(root), isWithinPreformatted(root), null);
  walker.seek(start);
  const blocks: Block[] = [];
  let steps = 0;
  for (let step = walker.step(); step !== null; step = walker.step()) {
    const at = step === MORE ? walker.position : (step.pieces[0]?.node ?? null);
    if (at !== null && (element.contains(at) || isAfter(at, element))) break;
    if (step !== MORE) blocks.push(step);
    else if (++steps > (BEFORE_MAX_STEPS * count) / CARRY_BLOCKS) return null;
  }
  return blocks;
}
