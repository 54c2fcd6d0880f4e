import type { TextUnit } from './extract/find-unit-figures';
import type { MatchResult, Relation } from './match/types';
import { LANGS, METRICS, QUALIFIERS, UNITS, type Figure, type Lang } from './types';

/**
 * Typed messages between the content script, the background and the extension pages.
 * Every message is validated on receipt with `parseMessage` (`parsePageMessage` in pages): anything else is ignored.
 */

/** What a tab's content script knows about its page. */
export interface PageState {
  /** Figures about North Korean troops found so far. */
  figureCount: number;
  /** Whether automatic highlighting is active on this page. */
  active: boolean;
  /** The page's host name (in the reply to `nkf:ping`), for the popup's per-site switch. */
  host?: string;
}

/**
 * A figure on the page as the popup sees it: its id in the content script, what it says, the sentence around
 * it, and the match result computed by the background (null while pending).
 */
export interface PageFigureInfo {
  id: number;
  figure: Figure;
  sentence: string;
  result: MatchResult | null;
}

/** A figure with the text around it, as the content script sends it for matching. */
export interface MatchRequestItem {
  figure: Figure;
  sentence: string;
  paragraph: string;
}

/** A figure the background found in a unit of page text, with how it relates to the estimates. */
export interface FoundFigure {
  /** Index into the unit's texts (never one of its context blocks). */
  block: number;
  /** Offsets are into `texts[block]`. */
  figure: Figure;
  relation: Relation;
}

/**
 * The background's answer to `nkf:find`: the figures of each unit, in the order of the request, and the page's
 * language it read them in (the content script sends it instead of a sample from then on).
 */
export interface FindReply {
  units: FoundFigure[][];
  lang: Lang;
}

/**
 * What tells the background a page's language in `nkf:find`: the language, once a reply has named it, or else
 * a sample of the page's text (at most FIND_LIMITS.sample characters) and the page's `<html lang>`. Detection
 * runs in the background, so the script a page loads does not carry the detector.
 */
export type PageLang = Lang | { sample: string; hint: string };

/** Where the number of figures goes in the summary's wording (nkf:summary's reply). */
export const SUMMARY_COUNT_SLOT = '{count}';

/**
 * The screen-reader summary for `count` figures from its wording (nkf:summary's reply).
 * @returns '' for no figures.
 */
export function fillSummary(wording: string, count: number): string {
  return count > 0 ? wording.split(SUMMARY_COUNT_SLOT).join(String(count)) : '';
}

export type Message =
  | { type: 'nkf:page-state'; state: PageState }
  | { type: 'nkf:get-tab-state'; tabId: number }
  | { type: 'nkf:ping' }
  /**
   * Content script → background: the screen-reader summary's wording in the browser's language, with
   * SUMMARY_COUNT_SLOT where the number of figures goes (reply: a string; fillSummary). The background words
   * it: a content script's first i18n lookup costs it milliseconds. Asked once, so the page can change its
   * summary in the same frame as its highlights.
   */
  | { type: 'nkf:summary' }
  /**
   * Content script → background: match these figures. With detail "relation" the reply carries only each
   * figure's relation (for painting a whole page cheaply); with "full", whole MatchResults (for a card).
   */
  | { type: 'nkf:match'; items: MatchRequestItem[]; pageDate: string | null; detail: MatchDetail }
  /**
   * Content script → background: find the figures in these units of page text and how each relates to the
   * estimates (extraction and matching run in the background, off the page's main thread). Reply: FindReply.
   */
  | { type: 'nkf:find'; units: TextUnit[]; lang: PageLang; pageDate: string | null }
  /** Background → content script: move the keyboard focus to the next (1) or previous (-1) figure. */
  | { type: 'nkf:navigate'; step: 1 | -1 }
  /** Background → content script: check the figure in the current selection (context menu). */
  | { type: 'nkf:check-selection' }
  /** Popup → content script: the page's figures with their match results (reply: PageFigureInfo[]). */
  | { type: 'nkf:get-figures' }
  /** Popup → content script: scroll to a figure, select and flash it. */
  | { type: 'nkf:reveal-figure'; id: number }
  /** Scanner → background: the highlight appearance changed; insert the stylesheet of the stored one (reply true). */
  | { type: 'nkf:restyle' }
  /** Scanner → background: inject the card renderer into my frame (the first card or notice); reply true. */
  | { type: 'nkf:load-card' }
  /** Card → background: open the toolbar popup (where the browser allows it). */
  | { type: 'nkf:open-popup' }
  /**
   * Small content script → background: this frame needs the scanner. For "page" (the page mentions North Korea)
   * the background injects it only where highlighting is on for the site; for "selection" (a check asked for
   * from the context menu) always.
   */
  | { type: 'nkf:load-scanner'; reason: 'page' | 'selection' };

export type MatchDetail = 'relation' | 'full';

/** Bounds that keep a hostile page from making the background do unbounded work. */
export const MATCH_LIMITS = { items: 2_000, sentence: 4_000, paragraph: 20_000, text: 200 } as const;

/**
 * Bounds of one `nkf:find` request (the content script splits bigger batches): units, blocks per unit, and
 * characters in all.
 */
export const FIND_LIMITS = { units: 400, texts: 2_000, chars: 2_000_000, sample: 20_000, hint: 100 } as const;

const RELATIONS: readonly unknown[] = ['same', 'metric_mismatch', 'differs', 'unknown'];

const MAX_FIGURES = 1_000_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parsePageState(value: unknown): PageState | null {
  if (!isRecord(value)) return null;
  const { figureCount, active } = value;
  if (typeof figureCount !== 'number' || !Number.isInteger(figureCount)) return null;
  if (figureCount < 0 || figureCount > MAX_FIGURES) return null;
  if (typeof active !== 'boolean') return null;
  const { host } = value;
  if (typeof host === 'string' && host.length > 0 && host.length <= 253) return { figureCount, active, host };
  return { figureCount, active };
}

function isIsoDay(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(value);
}

function isCount(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0);
}

function parseFigure(value: unknown): Figure | null {
  if (!isRecord(value)) return null;
  const { text, start, end, value: v, low, high, unit, metric, qualifier, lang } = value;
  if (typeof text !== 'string' || text.length === 0 || text.length > MATCH_LIMITS.text) return null;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0) return null;
  if ((end as number) < (start as number)) return null;
  if (!isCount(v) || !isCount(low) || !isCount(high)) return null;
  if (!(UNITS as readonly unknown[]).includes(unit)) return null;
  if (!(METRICS as readonly unknown[]).includes(metric)) return null;
  if (!(QUALIFIERS as readonly unknown[]).includes(qualifier)) return null;
  if (!(LANGS as readonly unknown[]).includes(lang)) return null;
  return {
    text,
    start: start as number,
    end: end as number,
    value: v,
    low,
    high,
    unit: unit as Figure['unit'],
    metric: metric as Figure['metric'],
    qualifier: qualifier as Figure['qualifier'],
    lang: lang as Figure['lang'],
  };
}

function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

function parsePageLang(value: unknown): PageLang | null {
  if (isLang(value)) return value;
  if (!isRecord(value)) return null;
  const { sample, hint } = value;
  if (typeof sample !== 'string' || sample.length > FIND_LIMITS.sample) return null;
  if (typeof hint !== 'string' || hint.length > FIND_LIMITS.hint) return null;
  return { sample, hint };
}

/**
 * The language named in the background's answer to `nkf:find`.
 * @returns null when the answer names none of the supported languages.
 */
export function readReplyLang(value: unknown): Lang | null {
  return isRecord(value) && isLang(value.lang) ? value.lang : null;
}

function parseUnits(value: unknown): TextUnit[] | null {
  if (!Array.isArray(value) || value.length > FIND_LIMITS.units) return null;
  const units: TextUnit[] = [];
  let chars = 0;
  for (const unit of value) {
    if (!isRecord(unit)) return null;
    const { texts, context } = unit;
    if (!Array.isArray(texts) || texts.length > FIND_LIMITS.texts) return null;
    if (!Number.isInteger(context) || (context as number) < 0 || (context as number) > texts.length)
      return null;
    for (const text of texts) {
      if (typeof text !== 'string') return null;
      chars += text.length;
    }
    if (chars > FIND_LIMITS.chars) return null;
    units.push({
      texts: texts as string[],
      context: context as number,
      ...(unit.topic === true ? { topic: true } : {}),
    });
  }
  return units;
}

/**
 * Checks the background's answer to an `nkf:find` request against the request: one list per unit, each figure
 * well formed, in one of the unit's own blocks, its offsets inside that block and its text equal to them.
 * @returns the figures per unit, or null when the answer does not fit the request.
 */
export function parseFindReply(value: unknown, units: readonly TextUnit[]): FoundFigure[][] | null {
  if (!isRecord(value) || !Array.isArray(value.units) || value.units.length !== units.length) return null;
  const out: FoundFigure[][] = [];
  for (let u = 0; u < units.length; u++) {
    const unit = units[u] as TextUnit;
    const list: unknown = value.units[u];
    if (!Array.isArray(list)) return null;
    const found: FoundFigure[] = [];
    for (const item of list) {
      if (!isRecord(item) || !RELATIONS.includes(item.relation)) return null;
      const { block } = item;
      if (!Number.isInteger(block) || (block as number) < unit.context) return null;
      const text = unit.texts[block as number];
      const figure = parseFigure(item.figure);
      if (text === undefined || !figure || figure.end > text.length) return null;
      if (text.slice(figure.start, figure.end) !== figure.text) return null;
      found.push({ block: block as number, figure, relation: item.relation as Relation });
    }
    out.push(found);
  }
  return out;
}

function parseMatchItems(value: unknown): MatchRequestItem[] | null {
  if (!Array.isArray(value) || value.length > MATCH_LIMITS.items) return null;
  const items: MatchRequestItem[] = [];
  for (const item of value) {
    if (!isRecord(item)) return null;
    const figure = parseFigure(item.figure);
    const { sentence, paragraph } = item;
    if (!figure || typeof sentence !== 'string' || typeof paragraph !== 'string') return null;
    if (sentence.length > MATCH_LIMITS.sentence || paragraph.length > MATCH_LIMITS.paragraph) return null;
    items.push({ figure, sentence, paragraph });
  }
  return items;
}

/** The messages a page's content scripts receive (from the background or the popup). */
export type PageMessage = Extract<
  Message,
  { type: 'nkf:ping' | 'nkf:navigate' | 'nkf:check-selection' | 'nkf:get-figures' | 'nkf:reveal-figure' }
>;

/**
 * Checks that an incoming value is one of the messages a content script receives, rebuilding it field by field.
 * The scripts that run in pages use this one: they carry no validators for what only the background reads.
 * @returns the message, or null for anything else (our other messages included).
 */
export function parsePageMessage(value: unknown): PageMessage | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'nkf:ping':
      return { type: 'nkf:ping' };
    case 'nkf:navigate':
      return value.step === 1 || value.step === -1 ? { type: 'nkf:navigate', step: value.step } : null;
    case 'nkf:check-selection':
      return { type: 'nkf:check-selection' };
    case 'nkf:get-figures':
      return { type: 'nkf:get-figures' };
    case 'nkf:reveal-figure':
      return Number.isInteger(value.id) && (value.id as number) > 0
        ? { type: 'nkf:reveal-figure', id: value.id as number }
        : null;
    default:
      return null;
  }
}

/**
 * Checks that an incoming value is one of our messages, rebuilding it field by field.
 * @returns the message, or null when the value is not a well-formed message of ours.
 */
export function parseMessage(value: unknown): Message | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'nkf:page-state': {
      const state = parsePageState(value.state);
      return state ? { type: 'nkf:page-state', state } : null;
    }
    case 'nkf:get-tab-state': {
      const { tabId } = value;
      return typeof tabId === 'number' && Number.isInteger(tabId) && tabId >= 0
        ? { type: 'nkf:get-tab-state', tabId }
        : null;
    }
    case 'nkf:summary':
      return { type: 'nkf:summary' };
    case 'nkf:match': {
      const items = parseMatchItems(value.items);
      const pageDate = value.pageDate === null ? null : isIsoDay(value.pageDate) ? value.pageDate : undefined;
      const detail: MatchDetail | null =
        value.detail === 'relation' || value.detail === 'full'
          ? value.detail
          : value.detail === undefined
            ? 'full'
            : null;
      return items && pageDate !== undefined && detail
        ? { type: 'nkf:match', items, pageDate, detail }
        : null;
    }
    case 'nkf:find': {
      const units = parseUnits(value.units);
      const pageDate = value.pageDate === null ? null : isIsoDay(value.pageDate) ? value.pageDate : undefined;
      const lang = parsePageLang(value.lang);
      return units && lang && pageDate !== undefined ? { type: 'nkf:find', units, lang, pageDate } : null;
    }
    case 'nkf:open-popup':
      return { type: 'nkf:open-popup' };
    case 'nkf:load-card':
      return { type: 'nkf:load-card' };
    case 'nkf:restyle':
      return { type: 'nkf:restyle' };
    case 'nkf:load-scanner':
      // A message without a reason (an older loader) asks for the page check.
      return value.reason === 'selection' || value.reason === 'page' || value.reason === undefined
        ? { type: 'nkf:load-scanner', reason: value.reason ?? 'page' }
        : null;
    default:
      return parsePageMessage(value);
  }
}
