import type { Figure } from '../core/types';
import type { ScanResult } from './scan-input';

/** The JSON Lines record of one input. Later enrichment adds fields to each figure, never removes any. */
export interface ScanRecord<F extends Figure = Figure> {
  /** The INPUT exactly as given on the command line. */
  file: string;
  lang: string;
  figures: F[];
}

/** Formats one input's result as one JSON line (ending with "\n"); `figures` is [] when none were found. */
export function formatJsonLine<F extends Figure>(input: string, result: ScanResult<F>): string {
  const record: ScanRecord<F> = { file: input, lang: result.lang, figures: result.figures };
  return `${JSON.stringify(record)}\n`;
}
