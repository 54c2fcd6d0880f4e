import { extractHtmlText } from './extract-html-text';
import { formatHuman } from './format-human';
import { formatJsonLine } from './format-json';
import { parseScanArgs, UsageError, type ScanArgs } from './parse-args';
import { InputError, readInput, type RawInput } from './read-input';
import type { Figure } from '../core/types';
import { chooseLang, scanText, type FigureEnricher, type ScanResult } from './scan-input';
import { USAGE } from './usage';

/** Where the CLI reads and writes, so it can run in-process in tests. */
export interface ScanIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input; called at most once per run. */
  readStdin(): Promise<Uint8Array>;
}

/**
 * Per-figure steps plugged into a run (e.g. matching against the dataset): `enrich` adds fields to each figure
 * (they appear in --json output as they are), `describe` gives extra human-output lines under its sentence.
 */
export interface ScanPlugins<F extends Figure> {
  enrich: FigureEnricher<F>;
  describe?: (figure: F, result: ScanResult<F>) => string[];
}

/** Exit status: every input read. */
export const EXIT_OK = 0;
/** Exit status: a figure could not be scanned because of a bug. */
export const EXIT_INTERNAL = 1;
/** Exit status: an input could not be read, or the arguments are wrong. */
export const EXIT_UNREADABLE = 2;

/**
 * Runs `scan` with the given arguments (without the program name): prints each readable input's figures in
 * the order given, reports unreadable inputs on stderr by name and goes on. Returns the exit status:
 * 0 when every input was read, 2 when one could not be read or the arguments are wrong, 1 on an internal error.
 */
export async function runScan<F extends Figure = Figure>(
  argv: string[],
  io: ScanIo,
  plugins?: ScanPlugins<F>,
): Promise<number> {
  let args: ScanArgs;
  try {
    args = parseScanArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`scan: ${error.message}\nTry: npm run --silent scan -- --help\n`);
    return EXIT_UNREADABLE;
  }
  if (args.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const readStdin = once(io.readStdin);
  let status = EXIT_OK;
  let printed = 0;
  for (const input of args.inputs) {
    let raw: RawInput;
    try {
      raw = await readInput(input, readStdin);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`scan: cannot read ${JSON.stringify(input)}: ${error.message}\n`);
      status = EXIT_UNREADABLE;
      continue;
    }
    try {
      const result = scanRaw(raw, args, plugins);
      if (args.json) io.stdout(formatJsonLine(input, result));
      else io.stdout(`${printed > 0 ? '\n' : ''}${formatHuman(input, result, plugins?.describe)}`);
      printed += 1;
    } catch (error) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      io.stderr(`scan: internal error while scanning ${JSON.stringify(input)}: ${detail}\n`);
      if (status === EXIT_OK) status = EXIT_INTERNAL;
    }
  }
  return status;
}

/** Turns a read input into text (extracting HTML's visible blocks), picks its language and scans it. */
function scanRaw<F extends Figure>(raw: RawInput, args: ScanArgs, plugins?: ScanPlugins<F>): ScanResult<F> {
  const { text, declaredLang } =
    raw.format === 'html' ? extractHtmlText(raw.text) : { ...raw, declaredLang: null };
  const lang = chooseLang(text, args.lang, declaredLang);
  const enrich = plugins?.enrich ?? ((figure: Figure) => figure as F);
  return scanText(text, lang, enrich);
}

/** Wraps a reader so every call after the first gets the first call's promise. */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => (pending ??= read());
}
