import { browser } from 'wxt/browser';
import type { TextUnit } from '../core/extract/find-unit-figures';
import { FIND_LIMITS, parseFindReply, type FoundFigure } from '../core/messages';
import type { Lang } from '../core/types';

/** Splits units into requests within FIND_LIMITS (a unit bigger than one request goes alone, cut to fit). */
function toRequests(units: readonly TextUnit[]): TextUnit[][] {
  const requests: TextUnit[][] = [];
  let current: TextUnit[] = [];
  let chars = 0;
  for (const unit of units) {
    let size = 0;
    for (const text of unit.texts) size += text.length;
    if (current.length > 0 && (current.length >= FIND_LIMITS.units || chars + size > FIND_LIMITS.chars)) {
      requests.push(current);
      current = [];
      chars = 0;
    }
    current.push(unit);
    chars += size;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

/**
 * Asks the background for the figures in units of page text and their relations.
 * @returns one list per unit, in order; null for the units of a request the background did not answer
 *   sensibly (they are then simply not painted).
 */
export async function requestFind(
  units: readonly TextUnit[],
  lang: Lang,
  pageDate: string | null,
): Promise<Array<FoundFigure[] | null>> {
  const out: Array<FoundFigure[] | null> = [];
  for (const request of toRequests(units)) {
    let reply: unknown;
    try {
      reply = await browser.runtime.sendMessage({ type: 'nkf:find', units: request, lang, pageDate });
    } catch {
      reply = null;
    }
    const parsed = parseFindReply(reply, request);
    out.push(...(parsed ?? request.map(() => null)));
  }
  return out;
}
