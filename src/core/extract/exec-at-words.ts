/**
 * Runs a sticky regex only at word starts of a short string. Cue regexes are long alternations; trying them
 * at a handful of word starts instead of at every character keeps per-number checks cheap.
 */
import { matchCueAt } from '../lang/build-cue-regex.ts';
import type { CueRegex } from '../lang/build-cue-regex.ts';
import { isWordCode } from '../lang/word-starts.ts';

/** Signs that start a word here as letters and digits do (hedges, currencies, numbering). */
const SIGNS = new Set([...'~≈∼$€£¥₴₽#№§%<>≥≤='].map((c) => c.charCodeAt(0)));

/** A character of `[A-Za-zÀ-ɏЀ-ӿ가-힣0-9~≈∼$€£¥₴₽#№§%<>≥≤=]`. */
function isWordOrSign(c: number): boolean {
  return isWordCode(c) || SIGNS.has(c);
}

/** Where the next word starts after the word at `at` (or at the first word from `at` when at is -1). */
function nextStart(s: string, at: number): number {
  let i = at < 0 ? 0 : at;
  if (at >= 0) while (i < s.length && isWordOrSign(s.charCodeAt(i))) i++;
  while (i < s.length && !isWordOrSign(s.charCodeAt(i))) i++;
  return i < s.length ? i : -1;
}

/**
 * The first match of `re` (which must have the sticky `y` flag) starting at a word start of `s`.
 * @returns null when no word start matches.
 */
export function execAtWords(re: RegExp, s: string): RegExpExecArray | null {
  for (let at = nextStart(s, -1); at !== -1; at = nextStart(s, at)) {
    re.lastIndex = at;
    const m = re.exec(s);
    if (m) return m;
  }
  return null;
}

/**
 * Every match of `re` (sticky) at word starts of `s`, non-overlapping, in order.
 * @returns an empty array when nothing matches.
 */
export function execAllAtWords(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let skip = 0;
  for (let at = nextStart(s, -1); at !== -1; at = nextStart(s, at)) {
    if (at < skip) continue;
    re.lastIndex = at;
    const m = re.exec(s);
    if (m) {
      out.push(m);
      skip = m.index + m[0].length;
    }
  }
  return out;
}

/** A cue found in a short string: its kind and offsets within that string. */
export interface FoundCue<K extends string> {
  kind: K;
  start: number;
  end: number;
}

/**
 * Every cue of `cue` at word starts of `s`, non-overlapping, in order.
 * @returns an empty array when nothing matches.
 */
export function findCuesAtWords<K extends string>(cue: CueRegex<K>, s: string): FoundCue<K>[] {
  const out: FoundCue<K>[] = [];
  let skip = 0;
  for (let at = nextStart(s, -1); at !== -1; at = nextStart(s, at)) {
    if (at < skip) continue;
    const m = matchCueAt(cue, s, at);
    if (m) {
      out.push({ kind: m.kind, start: at, end: m.end });
      skip = m.end;
    }
  }
  return out;
}

/**
 * The first cue of `cue` at a word start of `s`.
 * @returns null when none matches.
 */
export function findCueAtWords<K extends string>(cue: CueRegex<K>, s: string): FoundCue<K> | null {
  for (let at = nextStart(s, -1); at !== -1; at = nextStart(s, at)) {
    const m = matchCueAt(cue, s, at);
    if (m) return { kind: m.kind, start: at, end: m.end };
  }
  return null;
}
