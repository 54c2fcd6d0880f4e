import { createContextReader } from '../core/extract/context';
import { extractFigures } from '../core/extract/extract-figures';
import { findUnitFigures, type TextUnit } from '../core/extract/find-unit-figures';
import { detectLang } from '../core/lang/detect-lang';
import { MATCH_LIMITS, type FindReply, type MatchRequestItem, type PageLang } from '../core/messages';
import { matchItems } from './match-service';

/**
 * Finds the figures of units of page text and how each relates to the estimates, in the background: the
 * extractor's tables and the dataset live here once, and the page's main thread only sends text and paints.
 * The matcher sees each figure's sentence and paragraph within its own block, cut to the lengths a card's
 * request may carry, so painting and the card agree. The page's language is the one given, or the one detected
 * in the sample given (with the page's `<html lang>` as a hint).
 * @returns one list per unit, in order (empty lists for units without figures), and the language read.
 */
export async function findInUnits(
  units: readonly TextUnit[],
  pageLang: PageLang,
  pageDate: string | null,
): Promise<FindReply> {
  const lang = typeof pageLang === 'string' ? pageLang : detectLang(pageLang.sample, pageLang.hint);
  const perUnit = units.map((unit) => findUnitFigures(unit, lang));
  const items: MatchRequestItem[] = [];
  units.forEach((unit, u) => {
    const readers = new Map<number, ReturnType<typeof createContextReader>>();
    for (const { block, figure } of perUnit[u] ?? []) {
      let read = readers.get(block);
      if (!read) {
        read = createContextReader(unit.texts[block] ?? '');
        readers.set(block, read);
      }
      const { sentence, paragraph } = read(figure);
      items.push({
        figure,
        sentence: sentence.slice(0, MATCH_LIMITS.sentence),
        paragraph: paragraph.slice(0, MATCH_LIMITS.paragraph),
      });
    }
  });
  const results = await matchItems(items, pageDate);
  let next = 0;
  return {
    units: perUnit.map((hits) =>
      hits.map(({ block, figure }) => ({ block, figure, relation: results[next++]?.relation ?? 'unknown' })),
    ),
    lang,
  };
}

/**
 * Runs the extractor and the matcher once on a small text, so that their lazily built tables are ready when a
 * page's first text arrives (called while the scanner is being injected). Once per background lifetime.
 */
let warm: Promise<void> | null = null;

export function warmUpFinder(): Promise<void> {
  warm ??= warmUp();
  return warm;
}

async function warmUp(): Promise<void> {
  await findInUnits(
    [{ texts: ['North Korea has sent about 11,000 troops to Russia.'], context: 0 }],
    'en',
    null,
  );
  extractFigures('Північна Корея відправила близько 11 тисяч військових.', { lang: 'uk' });
}
