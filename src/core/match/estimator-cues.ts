/**
 * Fast alias matcher: finds estimator names in text, in any of the five languages, tolerant of inflection
 * endings (uk/ru/de), possessives and Korean particles. Works on word tokens and a hash of word prefixes,
 * so a paragraph is scanned in one pass whatever the number of aliases.
 */
import type { Claim, Estimator } from '../types.ts';
import type { EstimatorCue } from './types.ts';
import { normalizeText } from './normalize-text.ts';
import { CHAR_CLASS, OTHER } from './char-classes.ts';

const HANGUL = /[\uac00-\ud7a3]/;
const ACRONYM = /^[\p{Lu}\p{N}]{2,6}$/u;
const KEY_LENGTH = 3;

interface Token {
  raw: string;
  lower: string;
  start: number;
  end: number;
}

/** Apostrophes a word may contain ("Об'єднаний", "Korea’s"). */
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/**
 * End of the word starting at `start`: a run of letters and digits, then any number of apostrophes each
 * followed by another such run (what `[L D]+(?:['’][L D]+)*` matches), found by character class.
 */
function findWordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  for (;;) {
    while (i < n && CHAR_CLASS[text.charCodeAt(i)] !== OTHER) i++;
    const code = text.charCodeAt(i);
    if ((code !== APOSTROPHE && code !== RIGHT_QUOTE) || i + 1 >= n) return i;
    if (CHAR_CLASS[text.charCodeAt(i + 1)] === OTHER) return i;
    i++;
  }
}

/**
 * Word tokens of a text with offsets; English possessives ("Korea's") are trimmed to the word. `lowered` is
 * `normalizeText(text)` when the caller has it already. Returns [] when the text has no word.
 */
export function tokenizeWithOffsets(text: string, lowered = normalizeText(text)): Token[] {
  const out: Token[] = [];
  const aligned = lowered.length === text.length;
  const n = text.length;
  for (let i = 0; i < n;) {
    if (CHAR_CLASS[text.charCodeAt(i)] === OTHER) {
      i++;
      continue;
    }
    const start = i;
    i = findWordEnd(text, start);
    let raw = text.slice(start, i);
    const last = raw.charCodeAt(raw.length - 1);
    if ((last === 115 || last === 83) && raw.length > 2 && "'’".includes(raw[raw.length - 2] ?? '')) {
      raw = raw.slice(0, -2);
    }
    const lower = aligned ? lowered.slice(start, start + raw.length) : normalizeText(raw);
    out.push({ raw, lower, start, end: start + raw.length });
  }
  return out;
}

interface AliasWord {
  /** Lower-case stem the text word must start with (raw case for acronyms). */
  stem: string;
  /** How many letters may follow the stem (inflection, particles). */
  maxSuffix: number;
  acronym: boolean;
}

interface Alias {
  estimatorId: string;
  words: AliasWord[];
}

function toAliasWord(raw: string): AliasWord {
  if (ACRONYM.test(raw) && !HANGUL.test(raw)) return { stem: raw, maxSuffix: 3, acronym: true };
  const lower = normalizeText(raw);
  if (HANGUL.test(lower)) return { stem: lower, maxSuffix: 3, acronym: false };
  if (lower.length >= 6) return { stem: lower.slice(0, lower.length - 2), maxSuffix: 5, acronym: false };
  const latin = /^[\p{Script=Latin}\p{M}'-]+$/u.test(lower);
  // Short Latin names are matched whole ("Nato" must not match "nation"); other scripts inflect them.
  if (lower.length >= 4 && latin && lower.length < 6) return { stem: lower, maxSuffix: 1, acronym: false };
  if (lower.length >= 4) return { stem: lower.slice(0, lower.length - 1), maxSuffix: 4, acronym: false };
  const cyrillic = /\p{Script=Cyrillic}/u.test(lower);
  return { stem: lower, maxSuffix: cyrillic ? 3 : 0, acronym: false };
}

function wordMatches(token: Token, word: AliasWord): boolean {
  if (word.acronym) {
    if (!token.raw.startsWith(word.stem)) return false;
    const rest = token.raw.slice(word.stem.length);
    return rest.length <= word.maxSuffix && (rest === '' || /^\p{Ll}+$/u.test(rest));
  }
  return token.lower.startsWith(word.stem) && token.lower.length - word.stem.length <= word.maxSuffix;
}

function keyOf(word: AliasWord): string {
  return word.stem.slice(0, KEY_LENGTH);
}

/**
 * A small integer for the first two UTF-16 units of a word (one for one-letter words), so a token is looked
 * up without slicing strings or hashing heap numbers. Different prefixes may share a key: `wordMatches`
 * decides.
 */
function prefixKey(word: string): number {
  if (word.length < 2) return 0x20000000 + word.charCodeAt(0);
  return (word.charCodeAt(0) * 1031 + word.charCodeAt(1)) % 0x20000000;
}

/** Which claims (by position) contain a word under each 3-letter key, for the genericity test. */
type WordTable = Map<string, { token: Token; claim: number }[]>;

function buildWordTable(claims: readonly Claim[]): WordTable {
  const table: WordTable = new Map();
  claims.forEach((c, claim) => {
    for (const token of tokenizeWithOffsets(c.summary)) {
      for (const key of new Set([token.lower.slice(0, KEY_LENGTH), token.raw.slice(0, KEY_LENGTH)])) {
        const list = table.get(key) ?? [];
        list.push({ token, claim });
        table.set(key, list);
      }
    }
  });
  return table;
}

/**
 * Names too generic to point at one estimator: a one-word alias found in more than 15% of other
 * estimators' claim summaries (e.g. a short name such as "Russia"). Longer aliases are kept.
 */
function isGeneric(
  words: AliasWord[],
  estimatorId: string,
  claims: readonly Claim[],
  table: WordTable,
  others: number,
): boolean {
  const first = words[0];
  if (words.length !== 1 || !first || claims.length < 10 || others === 0) return false;
  const hits = new Set<number>();
  for (const { token, claim } of table.get(keyOf(first)) ?? []) {
    if (claims[claim]?.estimator !== estimatorId && wordMatches(token, first)) hits.add(claim);
  }
  return hits.size / others > 0.15;
}

/**
 * The surname of a two-word person name ("Pat Ryder" -> "Ryder", "Кирило Буданов" -> "Буданов"), matched
 * case-sensitively; null when the alias is not name-like or its last word is also a common word in the
 * claims ("White House" -> "house" appears in lower case).
 */
function toSurname(alias: string, lowerWords: Set<string>): AliasWord | null {
  const parts = alias.trim().split(/\s+/);
  if (parts.length !== 2) return null;
  const [given = '', last = ''] = parts;
  const capitalised = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;
  if (!capitalised.test(given) || !capitalised.test(last) || last.length < 4) return null;
  if (lowerWords.has(last.toLowerCase())) return null;
  return { stem: last, maxSuffix: 3, acronym: true };
}

/** Whether the separator between two alias words is short and not sentence punctuation. */
function isGap(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  return !/[!?;:\n()]/.test(text.slice(from, to));
}

/** Keeps the longest of overlapping cues (a longer alias is more specific); ties go to the earlier one. */
function dropOverlaps(cues: EstimatorCue[]): EstimatorCue[] {
  const sorted = [...cues].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || a.start - b.start || (a.estimatorId < b.estimatorId ? -1 : 1),
  );
  const kept: EstimatorCue[] = [];
  for (const cue of sorted) {
    if (kept.some((k) => cue.start < k.end && k.start < cue.end)) continue;
    kept.push(cue);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Builds a function that finds every estimator named in a text, with offsets, ordered by position.
 * Uses each estimator's aliases (all languages), name and short name, minus names too generic to tell
 * estimators apart (judged against `claims`). The function returns [] when no estimator is named.
 */
export function buildCueMatcher(
  estimators: readonly Estimator[],
  claims: readonly Claim[] = [],
): (text: string, lowered?: string) => EstimatorCue[] {
  const byKey = new Map<string, Alias[]>();
  const table = buildWordTable(claims);
  const lowerWords = new Set(claims.flatMap((c) => c.summary.match(/(?<![\p{L}])\p{Ll}+/gu) ?? []));
  // A word in the aliases of several estimators ("Department") is not anyone's surname.
  const aliasOwners = new Map<string, Set<string>>();
  for (const e of estimators) {
    for (const alias of Object.values(e.aliases).flat()) {
      for (const w of alias.split(/\s+/)) aliasOwners.set(w, (aliasOwners.get(w) ?? new Set()).add(e.id));
    }
  }
  for (const [word, owners] of aliasOwners) if (owners.size > 1) lowerWords.add(word.toLowerCase());
  const own = new Map<string, number>();
  for (const c of claims) own.set(c.estimator, (own.get(c.estimator) ?? 0) + 1);
  for (const e of estimators) {
    const others = claims.length - (own.get(e.id) ?? 0);
    const names = new Set([e.name, e.short, ...Object.values(e.aliases).flat()].map((n) => n.trim()));
    for (const name of names) {
      if (name.length < 2) continue;
      const words = tokenizeWithOffsets(name).map((t) => toAliasWord(t.raw));
      const surname = toSurname(name, lowerWords);
      const variants = surname ? [words, [surname]] : [words];
      for (const variant of variants) {
        const first = variant[0];
        if (!first || first.stem.length === 0 || isGeneric(variant, e.id, claims, table, others)) continue;
        const key = keyOf(first);
        const list = byKey.get(key) ?? [];
        list.push({ estimatorId: e.id, words: variant });
        byKey.set(key, list);
      }
    }
  }
  const groups = groupByFirstWord(byKey);
  return (text: string, lowered?: string) => {
    const tokens = tokenizeWithOffsets(text, lowered);
    const cues: EstimatorCue[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const { lower, raw } = tokens[i] as Token;
      matchGroups(text, tokens, i, groups.get(prefixKey(lower)), cues);
      // Acronyms and surnames are keyed by their raw case.
      if (raw !== lower) matchGroups(text, tokens, i, groups.get(prefixKey(raw)), cues);
    }
    return dropOverlaps(cues);
  };
}

function matchGroups(
  text: string,
  tokens: Token[],
  i: number,
  list: AliasGroup[] | undefined,
  cues: EstimatorCue[],
): void {
  if (!list) return;
  const token = tokens[i] as Token;
  for (const group of list) {
    if (!wordMatches(token, group.first)) continue;
    for (const alias of group.aliases) matchRest(text, tokens, i, alias, cues);
  }
}

/** Aliases sharing a first word, so that word is checked once per token. */
interface AliasGroup {
  first: AliasWord;
  aliases: Alias[];
}

function groupId(word: AliasWord): string {
  return `${word.stem}\u0000${word.maxSuffix}\u0000${word.acronym}`;
}

function groupByFirstWord(byKey: Map<string, Alias[]>): Map<number, AliasGroup[]> {
  const out = new Map<number, AliasGroup[]>();
  for (const [key, aliases] of byKey) {
    const groups = new Map<string, AliasGroup>(
      (out.get(prefixKey(key)) ?? []).map((g) => [groupId(g.first), g] as const),
    );
    for (const alias of aliases) {
      const first = alias.words[0] as AliasWord;
      const id = groupId(first);
      const group = groups.get(id) ?? { first, aliases: [] };
      group.aliases.push(alias);
      groups.set(id, group);
    }
    out.set(prefixKey(key), [...groups.values()]);
  }
  return out;
}

/** Adds a cue when the words after token i match the rest of the alias, with short gaps between them. */
function matchRest(text: string, tokens: Token[], i: number, alias: Alias, cues: EstimatorCue[]): void {
  for (let j = 1; j < alias.words.length; j++) {
    const t = tokens[i + j];
    const prev = tokens[i + j - 1];
    if (!t || !prev || !wordMatches(t, alias.words[j] as AliasWord) || !isGap(text, prev.end, t.start))
      return;
  }
  const first = tokens[i] as Token;
  const last = tokens[i + alias.words.length - 1] as Token;
  cues.push({ estimatorId: alias.estimatorId, start: first.start, end: last.end });
}
