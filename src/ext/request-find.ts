import { browser } from 'wxt/browser';
import type { TextUnit } from '../core/extract/find-unit-figures';
import {
  FIND_LIMITS,
  parseFindReply,
  readReplyLang,
  type FoundFigure,
  type PageLang,
} from '../core/messages';
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
 * Asks the background for the figures in units of page text and their relations. `readLang` is asked before
 * each request (the language once known, else a sample); `onLang` hears the language each answer names.
 * @returns one list per unit, in order; null for the units of a request the background did not answer
 *   sensibly (they are then simply not painted).
 */
export async function requestFind(
  units: readonly TextUnit[],
  readLang: () => PageLang,
  pageDate: string | null,
  onLang: (lang: Lang) => void,
): Promise<Array<FoundFigure[] | null>> {
  const out: Array<FoundFigure[] | null> = [];
  for (const request of toRequests(units)) {
    let reply: unknown;
    try {
      reply = await browser.runtime.sendMessage({
        type: 'nkf:find',
        units: request,
        lang: readLang(),
        pageDate,
      });
    } catch {
      reply = null;
    }
    const lang = readReplyLang(reply);
    if (lang) onLang(lang);
    const parsed = parseFindReply(reply, request);
    out.push(...(parsed ?? request.map(() => null)));
  }
  return out;
}
