import { blockWeight, isFurniture, startsPost } from '../../core/extract/furniture';
import { namesNorthKorea } from '../../core/extract/names-north-korea';
import type { Block } from '../block';
import { MAX_WINDOW, splitWindows } from './split-windows';

/**
 * A unit of extraction work: consecutive blocks read together (with a few blocks before them as context, so
 * "North Korea sent troops." in one paragraph still owns "Of those, 1,000 died." in the next), or one window
 * of a block too long to read at once.
 */
export type ScanUnit =
  | { kind: 'group'; blocks: Block[]; context: Block[] }
  | { kind: 'window'; block: Block; from: number; to: number };

/** A block's text ends a sentence (or the block has no letters left to go on with). */
const ENDS_SENTENCE = /(?:[.!?…:;。]["'”’»)\]]*|[^\p{L}\p{N},\s\u00a0]|^)[\s\u00a0]*$/u;

/** Paragraphs a subject carries over (the extractor's own limit). */
const CONTEXT_BLOCKS = 3;
/** Blocks a later group's context reaches back at most, to the last block that names North Korea. */
const MAX_CONTEXT_BLOCKS = 24;

/**
 * Cuts blocks (in document order) into units of about `groupChars` characters each, every group preceded by
 * up to three blocks of context; blocks longer than the extractor's window become windows of their own.
 * `leading` are the blocks just before the first one (context for the first group, never read for figures).
 * The first group closes at `firstGroupChars` instead (a small first unit comes back sooner). When the first
 * block names North Korea (as a mention region's does), a later group's context reaches back to the last block
 * that names it (up to MAX_CONTEXT_BLOCKS): on a page about North Korea its subject carries on through blocks that
 * speak of the force, and the extractor must see where it was named to read them as one text would.
 * @returns the units in document order; none for no blocks.
 */
export function planUnits(
  blocks: readonly Block[],
  groupChars = 24_000,
  leading: readonly Block[] = [],
  firstGroupChars = groupChars,
): ScanUnit[] {
  const all = leading.length === 0 ? blocks : [...leading, ...blocks];
  const first = leading.length;
  const units: ScanUnit[] = [];
  let group: Block[] = [];
  let size = 0;
  let groupStart = first;
  const opensNamed = blocks[0] !== undefined && namesNorthKorea(blocks[0].text);
  const close = (end: number) => {
    if (group.length === 0) return;
    // Context stops at a giant block: it was read in windows of its own, and must not ride along whole.
    // (counted as the extractor counts its carry: furniture lines such as "(More to follow)" nothing, a short
    // line after a short line a third)
    // In a forum thread, the context reaches back over the posts to the last block that names North Korea (the
    // extractor takes the subject up again at each post after it).
    let from = groupStart;
    let counted = 0;
    let named = false;
    while (from > 0 && counted < CONTEXT_BLOCKS && (all[from - 1]?.text.length ?? 0) <= MAX_WINDOW) {
      from--;
      const text = all[from]?.text ?? '';
      if (!named && startsPost(text)) counted = 0;
      else if (!isFurniture(text)) counted += blockWeight(text, all[from - 1]?.text ?? null);
      named ||= namesNorthKorea(text);
    }
    // (all of a longer leading context that starts at a block naming North Korea: readLeadingContext on a page about it)
    if (groupStart === first && first > CONTEXT_BLOCKS && namesNorthKorea(all[0]?.text ?? '')) from = 0;
    // (back to the last block that names North Korea, when the first one does)
    else if (opensNamed && !named && from > first) {
      const limit = Math.max(first, groupStart - MAX_CONTEXT_BLOCKS);
      while (from > limit && (all[from - 1]?.text.length ?? 0) <= MAX_WINDOW) {
        from--;
        if (namesNorthKorea(all[from]?.text ?? '')) break;
      }
    }
    units.push({ kind: 'group', blocks: group, context: all.slice(from, groupStart) });
    group = [];
    size = 0;
    groupStart = end;
  };
  for (let i = first; i < all.length; i++) {
    const block = all[i]!;
    if (block.text.length > MAX_WINDOW) {
      close(i);
      for (const [from, to] of splitWindows(block.text)) units.push({ kind: 'window', block, from, to });
      groupStart = i + 1;
      continue;
    }
    if (group.length === 0) groupStart = i;
    group.push(block);
    size += block.text.length + 2;
    // (a group closes after a block that ends its sentence: subtitles' cues and a PDF's lines break sentences,
    // whose number and noun must be read in one unit; twice the size closes it anyway)
    const limit = units.length === 0 ? firstGroupChars : groupChars;
    if (size >= limit && (ENDS_SENTENCE.test(block.text.slice(-8)) || size >= 2 * limit)) close(i + 1);
  }
  close(all.length);
  return units;
}

/** The first block of a unit, for ordering units by their place on screen. */
export function firstBlockOf(unit: ScanUnit): Block {
  return unit.kind === 'group' ? unit.blocks[0]! : unit.block;
}
