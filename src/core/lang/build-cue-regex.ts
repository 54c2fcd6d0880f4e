/**
 * Builds one fast sticky regex from many cue patterns. A plain alternation of hundreds of patterns makes the
 * engine try every pattern at every word; here patterns are bucketed by the characters they can start with,
 * so each word tries one cheap character test per bucket and only the patterns of its own bucket.
 */

/** One pattern and the label reported when it matches. */
export interface CueEntry<K extends string> {
  source: string;
  kind: K;
}

/** One compiled alternation and the kind of each of its capturing groups. */
interface Compiled<K extends string> {
  re: RegExp;
  kinds: K[];
}

/** A compiled cue matcher: use `matchCueAt`. */
export interface CueRegex<K extends string> {
  /** One small sticky regex per leading character. */
  buckets: Map<string, Compiled<K>>;
  /** The same buckets by character code below LOW_CODES (indexed lookups on every word start). */
  low: Array<Compiled<K> | undefined>;
  /** Patterns that may start with any character; null when there are none. */
  wild: Compiled<K> | null;
}

/** Index of the parenthesis closing the group that opens at `open`. */
function closeParen(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return src.length - 1;
}

/** Splits a pattern on its top-level "|". */
function splitAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let last = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(last, i));
      last = i + 1;
    }
  }
  out.push(src.slice(last));
  return out;
}

function classChars(body: string): Set<string> | null {
  if (body.startsWith('^') || body.includes('\\p') || body.includes('\\s') || body.includes('\\w'))
    return null;
  const out = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    let c = body[i] ?? '';
    if (c === '\\') {
      const e = body[++i] ?? '';
      if (e === 'd') for (let d = 0; d <= 9; d++) out.add(String(d));
      else out.add(e);
      continue;
    }
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const to = body.charCodeAt(i + 2);
      for (let code = c.charCodeAt(0); code <= to; code++) out.add(String.fromCharCode(code));
      i += 2;
      continue;
    }
    out.add(c);
    c = '';
  }
  return out;
}

function union(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a || !b) return null;
  return new Set([...a, ...b]);
}

/**
 * The characters a match of `src` can start with (lower case expected).
 * @returns null when any character may start a match (or the pattern is too complex to tell).
 */
export function leadingChars(src: string): Set<string> | null {
  if (src === '') return null;
  const c = src[0] ?? '';
  let first: Set<string> | null;
  let rest: number;
  if (c === '(') {
    const close = closeParen(src, 0);
    if (/^\(\?<?[=!]/.test(src)) return leadingChars(src.slice(close + 1));
    const inner = src
      .slice(0, close + 1)
      .replace(/^\((?:\?:|\?<[A-Za-z_]\w*>)?/, '')
      .slice(0, -1);
    first = splitAlternatives(inner).reduce<Set<string> | null>(
      (acc, alt) => union(acc, leadingChars(alt)),
      new Set(),
    );
    rest = close + 1;
  } else if (c === '[') {
    let end = 1;
    while (end < src.length && src[end] !== ']') end += src[end] === '\\' ? 2 : 1;
    first = classChars(src.slice(1, end));
    rest = end + 1;
  } else if (c === '\\') {
    const e = src[1] ?? '';
    if (e === 'd') first = new Set('0123456789');
    else if (/[.$+*?()[\]{}|/\\^-]/.test(e)) first = new Set([e]);
    else return null;
    rest = 2;
  } else if ('^$.|?*+{'.includes(c)) {
    return null;
  } else {
    first = new Set([c]);
    rest = 1;
  }
  const q = src[rest];
  if (q === '?' || q === '*' || (q === '{' && src[rest + 1] === '0')) {
    const after = src.slice(rest + (q === '{' ? src.indexOf('}', rest) - rest + 1 : 1)).replace(/^\?/, '');
    return union(first, leadingChars(after));
  }
  return first;
}

/** Latin and Cyrillic: their buckets are looked up by code in an array, Hangul's in the map. */
const LOW_CODES = 0x500;

/** An unescaped "(" that opens a capturing group (not "(?:", "(?=", "(?<=" …). */
const CAPTURING = /(?<!\\)\((?!\?)|\(\?<[A-Za-z_]/;

function compileGroup<K extends string>(
  entries: readonly CueEntry<K>[],
  members: number[],
  tail: string,
): Compiled<K> {
  const kinds: K[] = [];
  const alts = members.map((i) => {
    const e = entries[i];
    if (!e) return '';
    kinds.push(e.kind);
    return `(${e.source})`;
  });
  for (const i of members) {
    if (CAPTURING.test(entries[i]?.source ?? ''))
      throw new Error('cue patterns must not contain capturing groups');
  }
  return { re: new RegExp(`(?:${alts.join('|')})${tail}`, 'y'), kinds };
}

/**
 * Compiles entries into small sticky regexes bucketed by leading character. Earlier entries win over later
 * ones at the same position, exactly as in one plain alternation.
 * @param tail appended after every entry (e.g. a word-boundary lookahead).
 */
export function buildCueRegex<K extends string>(entries: readonly CueEntry<K>[], tail = ''): CueRegex<K> {
  const firsts = entries.map((e) => leadingChars(e.source));
  const chars = new Set<string>();
  for (const f of firsts) if (f) for (const ch of f) chars.add(ch);
  const buckets = new Map<string, Compiled<K>>();
  for (const ch of chars) {
    const members = entries.map((_, i) => i).filter((i) => firsts[i] === null || firsts[i]?.has(ch));
    buckets.set(ch, compileGroup(entries, members, tail));
  }
  const wild = entries.map((_, i) => i).filter((i) => firsts[i] === null);
  const low: Array<Compiled<K> | undefined> = new Array<Compiled<K> | undefined>(LOW_CODES).fill(undefined);
  for (const [ch, compiled] of buckets) if (ch.charCodeAt(0) < LOW_CODES) low[ch.charCodeAt(0)] = compiled;
  return { buckets, low, wild: wild.length ? compileGroup(entries, wild, tail) : null };
}

/**
 * Tries the cue matcher at `pos`.
 * @returns the matched kind and end offset, or null when no cue starts there.
 */
export function matchCueAt<K extends string>(
  cue: CueRegex<K>,
  text: string,
  pos: number,
): { kind: K; end: number } | null {
  const code = text.charCodeAt(pos);
  const compiled = (code < LOW_CODES ? cue.low[code] : cue.buckets.get(text.charAt(pos))) ?? cue.wild;
  if (!compiled) return null;
  compiled.re.lastIndex = pos;
  const m = compiled.re.exec(text);
  if (!m) return null;
  for (let g = 1; g < m.length; g++) {
    if (m[g] !== undefined) {
      const kind = compiled.kinds[g - 1];
      return kind === undefined ? null : { kind, end: pos + m[0].length };
    }
  }
  return null;
}
