/**
 * Words the problems core reports (dataset and import problems, refused site entries) in the interface
 * language: one message per code in every catalog (`problem<Code>`, `siteProblem<Code>`), with field paths,
 * ids and vocabulary words left as written in the file.
 */
import {
  formatProblemLocation,
  listProblemParams,
  readProblemParams,
  type DatasetProblem,
  type ProblemCode,
} from '../../core/dataset/problems';
import type { SiteEntryError, SiteEntryErrorCode } from '../../core/site-rules';
import { t, type MessageKey } from '../i18n';

/** `not-a-date` → `NotADate`. */
function toPascalCase(code: string): string {
  return code.replace(/(?:^|-)([a-z0-9])/g, (_, first: string) => first.toUpperCase());
}

/** The catalog key of a dataset or import problem code: `not-a-date` → `problemNotADate`. */
export function problemMessageKey(code: ProblemCode): MessageKey {
  return `problem${toPascalCase(code)}` as MessageKey;
}

/** The catalog key of a site-entry error code: `contains-spaces` → `siteProblemContainsSpaces`. */
export function siteProblemMessageKey(code: SiteEntryErrorCode): MessageKey {
  return `siteProblem${toPascalCase(code)}` as MessageKey;
}

/** A problem in words: where (as written in the file; '' for the file as a whole) and what, translated. */
export interface ProblemText {
  location: string;
  message: string;
}

/**
 * Words one problem in the interface language; numbers are formatted for `locale`.
 * @returns the location (e.g. `claims[3] (nis-killed-2025-01-13).statedOn`) and the translated message.
 */
export function describeProblem(problem: DatasetProblem, locale: string): ProblemText {
  const params = readProblemParams(problem);
  const numbers = new Intl.NumberFormat(locale);
  const substitutions = listProblemParams(problem.code).map((name) => {
    const value = params[name];
    return typeof value === 'number' ? numbers.format(value) : (value ?? '');
  });
  return {
    location: formatProblemLocation(problem),
    message: t(problemMessageKey(problem.code), substitutions),
  };
}

/** Words why a site entry was refused, in the interface language. */
export function describeSiteError(error: SiteEntryError): string {
  return t(siteProblemMessageKey(error.code), error.params ? [error.params.label] : undefined);
}
