import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../core/types';

/** What the command line asks for. */
export interface ScanArgs {
  json: boolean;
  lang: Lang | null;
  help: boolean;
  inputs: string[];
}

/** A command line that cannot be run; the message says why. */
export class UsageError extends Error {}

/**
 * Reads `scan`'s arguments. `-` is an input (standard input); `--` ends the options.
 * Throws UsageError for unknown options, a `--lang` outside LANGS, or no INPUT (unless --help).
 */
export function parseScanArgs(argv: string[]): ScanArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  const lang = values.lang === undefined ? null : toLang(values.lang);
  if (!help && positionals.length === 0) throw new UsageError('no INPUT given');
  return { json: values.json === true, lang, help, inputs: positionals };
}

function toLang(value: string): Lang {
  const lang = LANGS.find((candidate) => candidate === value.toLowerCase());
  if (lang === undefined) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}; got "${value}"`);
  return lang;
}
