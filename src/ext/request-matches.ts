import { browser } from 'wxt/browser';
import type { MatchResult, Relation } from '../core/match/types';
import { MATCH_LIMITS } from '../core/messages';
import type { BlockFigure } from '../dom/scan/find-block-figures';

const RELATIONS: ReadonlySet<Relation> = new Set(['same', 'metric_mismatch', 'differs', 'unknown']);

function isMatchResult(value: unknown): value is MatchResult {
  if (typeof value !== 'object' || value === null) return false;
  const { relation, competing } = value as Partial<MatchResult>;
  return RELATIONS.has(relation as Relation) && Array.isArray(competing);
}

/**
 * Sends figures to the background for matching, in chunks within the message limits.
 * @returns one result per figure, in order; an empty array when the background did not answer sensibly.
 */
export async function requestMatches(
  figures: readonly BlockFigure[],
  pageDate: string | null,
): Promise<MatchResult[]> {
  const results: MatchResult[] = [];
  for (let i = 0; i < figures.length; i += MATCH_LIMITS.items) {
    const items = figures.slice(i, i + MATCH_LIMITS.items).map((f) => ({
      figure: f.figure,
      sentence: f.sentence.slice(0, MATCH_LIMITS.sentence),
      paragraph: f.paragraph.slice(0, MATCH_LIMITS.paragraph),
    }));
    const reply: unknown = await browser.runtime.sendMessage({ type: 'nkf:match', items, pageDate });
    if (!Array.isArray(reply) || reply.length !== items.length || !reply.every(isMatchResult)) return [];
    results.push(...reply);
  }
  return results;
}
