/**
 * Loads the annotated evaluation corpus (tests/eval/corpus/<lang>/*.txt).
 *
 * File format (see tests/eval/README.md):
 *   line 1      `# <short description>` (stripped)
 *   lines 2..n  plain text; each figure the extractor must report is marked inline as
 *               `⟦<figure text>|<metric>|<qualifier>|<value>⟧`, where <value> is an integer, `low-high` for
 *               ranges, or `null` for vague amounts.
 *
 * Parsing is strict: any malformed markup throws a CorpusError that names the file and line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, METRICS, QUALIFIERS } from '../../src/core/types.ts';
import type { Lang, Metric, Qualifier } from '../../src/core/types.ts';

/** One figure the extractor must report, with offsets into the stripped text. */
export interface GoldFigure {
  start: number;
  end: number;
  text: string;
  metric: Metric;
  qualifier: Qualifier;
  /** Absolute value; null for ranges and vague amounts. */
  value: number | null;
  /** Bounds, only for ranges. */
  low: number | null;
  high: number | null;
  /** 1-based line of the marker in the source file (header is line 1). */
  line: number;
}

export interface CorpusDoc {
  /** Path relative to the corpus root, e.g. `en/nis-briefing.txt`. */
  file: string;
  lang: Lang;
  /** The header description (without `# `). */
  description: string;
  /** The passage with the markup removed. */
  text: string;
  gold: GoldFigure[];
}

export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'CorpusError';
  }
}

/** Default corpus root: tests/eval/corpus next to this file. */
export const CORPUS_ROOT = fileURLToPath(new URL('./corpus/', import.meta.url));

const OPEN = '⟦';
const CLOSE = '⟧';
const INTEGER = /^(0|[1-9]\d*)$/;
const RANGE = /^(0|[1-9]\d*)-(0|[1-9]\d*)$/;

function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}
function isMetric(s: string): s is Metric {
  return (METRICS as readonly string[]).includes(s);
}
function isQualifier(s: string): s is Qualifier {
  return (QUALIFIERS as readonly string[]).includes(s);
}

/** Parses the `<value>` field of a marker. Throws a plain Error with the reason. */
function parseValue(raw: string, qualifier: Qualifier): Pick<GoldFigure, 'value' | 'low' | 'high'> {
  if (raw === 'null') {
    if (qualifier !== 'vague') throw new Error(`value "null" is only allowed with qualifier "vague"`);
    return { value: null, low: null, high: null };
  }
  const range = RANGE.exec(raw);
  if (range) {
    if (qualifier !== 'range') throw new Error(`a low-high value ("${raw}") needs qualifier "range"`);
    const low = Number(range[1]);
    const high = Number(range[2]);
    if (!(low < high)) throw new Error(`range "${raw}": low must be smaller than high`);
    return { value: null, low, high };
  }
  if (INTEGER.test(raw)) {
    if (qualifier === 'range') throw new Error(`qualifier "range" needs a low-high value, got "${raw}"`);
    if (qualifier === 'vague') throw new Error(`qualifier "vague" needs value "null", got "${raw}"`);
    const value = Number(raw);
    if (!Number.isSafeInteger(value)) throw new Error(`value "${raw}" is too large`);
    return { value, low: null, high: null };
  }
  throw new Error(`value must be an integer, low-high or null; got "${raw}"`);
}

/**
 * Parses the contents of one corpus file.
 * @param source  raw file contents
 * @param file    name used in error messages and results (e.g. `en/foo.txt`)
 * @param lang    language of the file (its folder)
 */
export function parseCorpusFile(source: string, file: string, lang: Lang): CorpusDoc {
  const src = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstBreak = src.indexOf('\n');
  const header = firstBreak === -1 ? src : src.slice(0, firstBreak);
  if (!/^# \S/.test(header)) {
    throw new CorpusError(file, 1, 'line 1 must be a header "# <short description>"');
  }
  const body = firstBreak === -1 ? '' : src.slice(firstBreak + 1);

  let text = '';
  const gold: GoldFigure[] = [];
  let line = 2;
  let i = 0;
  while (i < body.length) {
    const ch = body[i]!;
    if (ch === CLOSE) throw new CorpusError(file, line, `"${CLOSE}" without a matching "${OPEN}"`);
    if (ch !== OPEN) {
      if (ch === '\n') line += 1;
      text += ch;
      i += 1;
      continue;
    }
    const close = body.indexOf(CLOSE, i + 1);
    const nextOpen = body.indexOf(OPEN, i + 1);
    if (close === -1) throw new CorpusError(file, line, `"${OPEN}" is never closed`);
    if (nextOpen !== -1 && nextOpen < close) {
      throw new CorpusError(file, line, `nested "${OPEN}" (the previous marker is not closed)`);
    }
    const inner = body.slice(i + 1, close);
    if (inner.includes('\n')) throw new CorpusError(file, line, 'a marker must not span lines');
    const fields = inner.split('|');
    if (fields.length !== 4) {
      throw new CorpusError(
        file,
        line,
        `marker "${OPEN}${inner}${CLOSE}" must have 4 fields text|metric|qualifier|value, found ${fields.length}`,
      );
    }
    const [figText, metric, qualifier, rawValue] = fields as [string, string, string, string];
    if (figText.length === 0) throw new CorpusError(file, line, 'empty figure text');
    if (figText.trim() !== figText) {
      throw new CorpusError(file, line, `figure text "${figText}" has leading or trailing whitespace`);
    }
    if (!/\p{Nd}|\p{L}/u.test(figText))
      throw new CorpusError(file, line, `figure text "${figText}" has no digit or letter`);
    if (!isMetric(metric)) {
      throw new CorpusError(file, line, `unknown metric "${metric}" (expected one of ${METRICS.join(', ')})`);
    }
    if (!isQualifier(qualifier)) {
      throw new CorpusError(
        file,
        line,
        `unknown qualifier "${qualifier}" (expected one of ${QUALIFIERS.join(', ')})`,
      );
    }
    let parsed: Pick<GoldFigure, 'value' | 'low' | 'high'>;
    try {
      parsed = parseValue(rawValue, qualifier);
    } catch (err) {
      throw new CorpusError(file, line, (err as Error).message);
    }
    const start = text.length;
    text += figText;
    gold.push({ start, end: text.length, text: figText, metric, qualifier, ...parsed, line });
    i = close + 1;
  }

  if (text.trim() === '') throw new CorpusError(file, 1, 'the file has no text after the header');
  const isDistractor = basename(file).startsWith('distractor-');
  if (isDistractor && gold.length > 0) {
    throw new CorpusError(file, gold[0]!.line, 'a distractor-*.txt file must not contain marked figures');
  }
  if (!isDistractor && gold.length === 0) {
    throw new CorpusError(file, 1, 'no marked figures: name the file distractor-*.txt if that is intended');
  }
  return { file, lang, description: header.slice(2).trim(), text: text.replace(/\s+$/, ''), gold };
}

/** Language folders present under the corpus root (sorted). Unknown folder names throw. */
export function corpusLanguages(root: string = CORPUS_ROOT): Lang[] {
  const langs: Lang[] = [];
  for (const entry of readdirSync(root).sort()) {
    if (!statSync(join(root, entry)).isDirectory()) continue;
    if (!isLang(entry))
      throw new CorpusError(entry, 0, `unknown language folder (expected one of ${LANGS.join(', ')})`);
    langs.push(entry);
  }
  return langs;
}

/**
 * Loads every `*.txt` file of the corpus, sorted by language and file name.
 * @param root   corpus root (default tests/eval/corpus)
 * @param langs  only these languages (default: every folder present)
 */
export function loadCorpus(root: string = CORPUS_ROOT, langs?: readonly Lang[]): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  for (const lang of langs ?? corpusLanguages(root)) {
    const dir = join(root, lang);
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.txt')) continue;
      const path = join(dir, name);
      const file = relative(root, path).split('\\').join('/');
      docs.push(parseCorpusFile(readFileSync(path, 'utf8'), file, lang));
    }
  }
  return docs;
}
