import { extractFigures } from '../core/extract/extract-figures';
import { detectLang } from '../core/lang/detect-lang';
import type { Figure, Lang } from '../core/types';

/** What scanning one input's text found. */
export interface ScanResult<F extends Figure = Figure> {
  /** The text the figures' offsets point into. */
  text: string;
  lang: Lang;
  /** In text order; empty when there are none. */
  figures: F[];
}

/**
 * A per-figure step run after extraction (e.g. matching against the dataset), adding fields to a figure.
 * It must keep the Figure fields as they are, so offsets and output stay valid.
 */
export type FigureEnricher<F extends Figure> = (figure: Figure, text: string, lang: Lang) => F;

/** Returns the `--lang` override if given, else the detected language of text (with an HTML lang hint). */
export function chooseLang(text: string, override: Lang | null, hint: string | null): Lang {
  return override ?? detectLang(text, hint ?? undefined);
}

/** Extracts the figures of text in lang. Returns a result with no figures when there are none. */
export function scanText(text: string, lang: Lang): ScanResult;
/** Extracts the figures of text in lang and passes each through `enrich`. */
export function scanText<F extends Figure>(
  text: string,
  lang: Lang,
  enrich: FigureEnricher<F>,
): ScanResult<F>;
export function scanText(text: string, lang: Lang, enrich?: FigureEnricher<Figure>): ScanResult<Figure> {
  const figures = extractFigures(text, { lang });
  return { text, lang, figures: enrich ? figures.map((figure) => enrich(figure, text, lang)) : figures };
}
