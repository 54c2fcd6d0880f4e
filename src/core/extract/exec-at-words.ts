/**
 * Runs a sticky regex only at word starts of a short string. Cue regexes are long alternations; trying them
 * at a handful of word starts instead of at every character keeps per-number checks cheap.
 */
import { matchCueAt } from '../lang/build-cue-regex.ts';
import type { CueRegex } from '../lang/build-cue-regex.ts';

const WORD = /[A-Za-zÀ-ɏЀ-ӿ가-힣0-9~≈∼$€£¥₴₽#№§%<>≥≤=]+/g;

/**
 * The first match of `re` (which must have the sticky `y` flag) starting at a word start of `s`.
 * @returns null when no word start matches.
 */
export function execAtWords(re: RegExp, s: string): RegExpExecArray | null {
  WORD.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = WORD.exec(s)) !== null) {
    re.lastIndex = w.index;
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
  WORD.lastIndex = 0;
  let skip = 0;
  let w: RegExpExecArray | null;
  while ((w = WORD.exec(s)) !== null) {
    if (w.index < skip) continue;
    re.lastIndex = w.index;
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
  WORD.lastIndex = 0;
  let skip = 0;
  let w: RegExpExecArray | null;
  while ((w = WORD.exec(s)) !== null) {
    if (w.index < skip) continue;
    const m = matchCueAt(cue, s, w.index);
    if (m) {
      out.push({ kind: m.kind, start: w.index, end: m.end });
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
  WORD.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = WORD.exec(s)) !== null) {
    const m = matchCueAt(cue, s, w.index);
    if (m) return { kind: m.kind, start: w.index, end: m.end };
  }
  return null;
}
