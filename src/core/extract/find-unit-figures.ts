/**
 * Extraction over one unit of page text as the content script sends it: consecutive blocks read together,
 * the first `context` of them only for what they tell about the rest (a subject named one paragraph earlier).
 */
import type { Figure, Lang } from '../types.ts';
import { extractFiguresFromBlocks } from './extract-from-blocks.ts';

/** Blocks of page text read as one; `texts[0..context)` only give context, their figures are not reported. */
export interface TextUnit {
  texts: string[];
  context: number;
  /** The page names North Korea repeatedly (ExtractOptions.pageTopic); absent when it does not. */
  topic?: boolean;
}

/** A figure of a unit: `block` indexes `texts`; `start`/`end` are offsets into that block's text. */
export interface UnitFigure {
  block: number;
  figure: Figure;
}

/**
 * The figures of a unit's own (non-context) blocks, in text order.
 * @returns [] when no block mentions North Korea or none holds a figure.
 */
export function findUnitFigures(unit: TextUnit, lang: Lang): UnitFigure[] {
  return extractFiguresFromBlocks(unit.texts, {
    lang,
    partOfPage: true,
    pageTopic: unit.topic === true,
  }).filter((hit) => hit.block >= unit.context);
}
