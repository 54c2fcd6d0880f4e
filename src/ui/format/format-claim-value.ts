/**
 * Hedged numbers in words: "about 4,000", "10,000–12,000", "more than 3,000", "several hundred".
 */
import type { Claim, Figure, Qualifier, Unit } from '../../core/types';
import { t, type MessageKey } from '../i18n';
import { formatNumber, formatPercent } from './format-number';

/** The numeric part of a claim or figure. */
export interface Quantity {
  value?: number | null;
  low?: number | null;
  high?: number | null;
  qualifier: Qualifier;
  unit: Unit;
}

const QUALIFIER_KEYS: Partial<Record<Qualifier, MessageKey>> = {
  about: 'qualifierAbout',
  at_least: 'qualifierAtLeast',
  more_than: 'qualifierMoreThan',
  nearly: 'qualifierNearly',
  up_to: 'qualifierUpTo',
};

const UNIT_KEYS: Record<Exclude<Unit, 'percent'>, MessageKey> = {
  troops: 'unitPeople',
  personnel: 'unitPeople',
  pieces: 'unitPieces',
  missiles: 'unitMissiles',
  shells: 'unitShells',
  containers: 'unitContainers',
};

/**
 * The words the source used for a vague amount, taken from the first quoted phrase of a claim's scope
 * (`Kursk region ("several hundred", …)` → "several hundred"); null when the scope quotes nothing.
 */
export function readVaguePhrase(scope: string): string | null {
  const m = /["“]([^"”]+)["”]/.exec(scope);
  return m?.[1]?.trim() || null;
}

function formatBare(n: number, unit: Unit, locale: string): string {
  return unit === 'percent' ? formatPercent(n, locale) : formatNumber(n, locale);
}

function addUnit(text: string, unit: Unit): string {
  return unit === 'percent' ? text : t(UNIT_KEYS[unit], text);
}

/**
 * A quantity in words in the UI language, numbers in `locale`: the qualifier wraps the number and its unit
 * ("약 4,000명" in Korean). Without a number it is `vaguePhrase`, or "an unspecified number".
 */
export function formatQuantity(q: Quantity, locale: string, vaguePhrase?: string | null): string {
  let core: string;
  if (q.low != null && q.high != null) {
    core = t('valueRange', [formatBare(q.low, q.unit, locale), formatBare(q.high, q.unit, locale)]);
  } else if (q.value != null) {
    core = formatBare(q.value, q.unit, locale);
  } else {
    return vaguePhrase || t('valueVague');
  }
  const withUnit = addUnit(core, q.unit);
  const key = QUALIFIER_KEYS[q.qualifier];
  return key ? t(key, withUnit) : withUnit;
}

/** A claim's number with its qualifier: "about 4,000", "11,000–12,000", "several hundred" (vague). */
export function formatClaimValue(claim: Claim, locale: string): string {
  return formatQuantity(claim, locale, readVaguePhrase(claim.scope));
}

/** A figure's number as the extractor read it; a vague figure is its own text ("hundreds of"). */
export function formatFigureValue(figure: Figure, locale: string): string {
  return formatQuantity(figure, locale, figure.text);
}
