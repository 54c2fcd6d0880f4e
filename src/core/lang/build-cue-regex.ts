/**
 * Builds one fast sticky regex from many cue patterns. A plain alternation of hundreds of patterns makes the
 * engine try every pattern at every word; here patterns are bucketed by the first two characters a match can
 * start with (leadingPrefixes), so each word start costs two map lookups and tries only the few patterns that
 * can match there.
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
  source: CueSource<K>;
  /**
   * The small sticky regexes to try, by the code of a word's first character (see Bucket), as built so far;
   * null for a Latin or Cyrillic character no entry starts with.
   */
  first: Map<number, Bucket<K> | null>;
  /** Patterns that may start with any character, for words no bucket has; null when there are none. */
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
      else if (/[a-zA-Z]/.test(e)) return null;
      else out.add(e);
      continue;
    }
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const to = body.charCodeAt(i + 2);
      if (to - c.charCodeAt(0) > MAX_PREFIXES) return null;
      for (let code = c.charCodeAt(0); code <= to; code++) out.add(String.fromCharCode(code));
      i += 2;
      continue;
    }
    out.add(c);
    c = '';
  }
  return out;
}

/** Above this many possible starts a pattern counts as starting with anything. */
const MAX_PREFIXES = 2_000;

/** What `\s` matches. */
const SPACES = new Set([
  ...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
]);

const DIGITS = new Set('0123456789');

/** The characters of the escapes `\\n`, `\\t` … */
const CONTROLS: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };

/** Each string of `a` followed by each of `b`, cut to n characters; null when too many or unknown. */
function concat(a: Set<string>, b: Set<string> | null, n: number, limit: number): Set<string> | null {
  const out = new Set<string>();
  for (const x of a) {
    if (x.length >= n) {
      out.add(x);
      continue;
    }
    if (!b) return null;
    for (const y of b) out.add((x + y).slice(0, n));
    if (out.size > limit) return null;
  }
  return out;
}

/** The strings `atom` repeated min to max times can start with (see leadingPrefixes). */
function repeat(
  atom: Set<string> | null,
  min: number,
  max: number,
  n: number,
  limit: number,
): Set<string> | null {
  const out = new Set<string>();
  let current: Set<string> | null = new Set(['']);
  // After min + n repetitions every further one only adds what the earlier ones could (or an empty match).
  for (let k = 0; k <= Math.min(max, min + n); k++) {
    if (!current) return null;
    // once every string is n long, more repetitions change nothing (they are cut to n)
    const full = [...current].every((x) => x.length >= n);
    if (k >= min || full) for (const x of current) out.add(x);
    if (full || out.size > limit) break;
    current = concat(current, atom, n, limit);
  }
  return out.size > limit ? null : out;
}

/** One atom of a pattern at `i`: the strings it can match (cut to n; null when unknown) and where it ends. */
function readAtom(
  src: string,
  i: number,
  n: number,
  limit: number,
): { set: Set<string> | null; next: number } {
  const c = src[i] ?? '';
  if (c === '(') {
    const close = closeParen(src, i);
    if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) return { set: new Set(['']), next: close + 1 };
    const inner = src
      .slice(i, close + 1)
      .replace(/^\((?:\?:|\?<[A-Za-z_]\w*>)?/, '')
      .slice(0, -1);
    let set: Set<string> | null = new Set();
    for (const alt of splitAlternatives(inner)) {
      const part = leadingPrefixes(alt, n, limit);
      if (!part) return { set: null, next: close + 1 };
      for (const x of part) set.add(x);
    }
    if (set.size > limit) set = null;
    return { set, next: close + 1 };
  }
  if (c === '[') {
    let end = i + 1;
    while (end < src.length && src[end] !== ']') end += src[end] === '\\' ? 2 : 1;
    return { set: classChars(src.slice(i + 1, end)), next: end + 1 };
  }
  if (c === '\\') {
    const e = src[i + 1] ?? '';
    if (e === 'd') return { set: DIGITS, next: i + 2 };
    if (e === 's') return { set: SPACES, next: i + 2 };
    if (e === 'b' || e === 'B') return { set: new Set(['']), next: i + 2 };
    if (/[.$+*?()[\]{}|/\\^-]/.test(e)) return { set: new Set([e]), next: i + 2 };
    const hex = /^\\(?:u([\da-fA-F]{4})|x([\da-fA-F]{2}))/.exec(src.slice(i, i + 6));
    if (hex)
      return {
        set: new Set([String.fromCharCode(parseInt(hex[1] ?? hex[2] ?? '', 16))]),
        next: i + hex[0].length,
      };
    const control = CONTROLS[e];
    return { set: control ? new Set([control]) : null, next: i + 2 };
  }
  if (c === '^' || c === '$') return { set: new Set(['']), next: i + 1 };
  if (c === '.' || c === '|' || c === '?' || c === '*' || c === '+' || c === '{')
    return { set: null, next: i + 1 };
  return { set: new Set([c]), next: i + 1 };
}

/** A quantifier at `i` ("?", "*", "+", "{m}", "{m,}", "{m,n}", each maybe lazy): its bounds and end. */
function readQuantifier(src: string, i: number): { min: number; max: number; next: number } | null {
  const q = src[i];
  let out: { min: number; max: number; next: number } | null = null;
  if (q === '?') out = { min: 0, max: 1, next: i + 1 };
  else if (q === '*') out = { min: 0, max: Infinity, next: i + 1 };
  else if (q === '+') out = { min: 1, max: Infinity, next: i + 1 };
  else if (q === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
    if (!m) return null;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    out = { min, max, next: i + m[0].length };
  }
  if (out && src[out.next] === '?') out.next++;
  return out;
}

/**
 * The strings a match of `src` can start with, `n` characters long (or the whole match when it can be shorter):
 * every match starts with one of them. Lookarounds and word boundaries are read as matching nothing.
 * @returns null when any start is possible (or the pattern is too complex to tell, or has more than `limit`).
 */
export function leadingPrefixes(src: string, n: number, limit = MAX_PREFIXES): Set<string> | null {
  const alternatives = splitAlternatives(src);
  if (alternatives.length > 1) {
    const out = new Set<string>();
    for (const alt of alternatives) {
      const part = leadingPrefixes(alt, n, limit);
      if (!part) return null;
      for (const x of part) out.add(x);
    }
    return out.size > limit ? null : out;
  }
  let out: Set<string> | null = new Set(['']);
  let i = 0;
  while (i < src.length && out && [...out].some((x) => x.length < n)) {
    const atom = readAtom(src, i, n, limit);
    const quantifier = readQuantifier(src, atom.next);
    const set = quantifier ? repeat(atom.set, quantifier.min, quantifier.max, n, limit) : atom.set;
    out = concat(out, set, n, limit);
    i = quantifier ? quantifier.next : atom.next;
  }
  return out;
}

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
  return { re: new RegExp(`(?:${alts.join('|')})${tail}`, 'y'), kinds };
}

/**
 * Below this code (Latin, Cyrillic) a character's bucket, or its absence, is remembered for every character
 * seen; Hangul's thousands of syllables are looked up each time.
 */
const LOW_CODES = 0x500;

/** Above this many two-character starts a pattern is filed by its first character only. */
const MAX_PAIRS = 200;

/** The patterns to try at words that start with one character; each group is compiled on its first use. */
interface Bucket<K extends string> {
  /** Members that match whatever the next character is (in entry order). */
  any: number[];
  /** Members by the next character they need (in entry order). */
  bySecond: Map<number, number[]>;
  /** The compiled group by the next character's code, as used so far (above LOW_CODES only bySecond's). */
  next: Map<number, Compiled<K> | null>;
  /** The compiled group of `any`, for every other next character; undefined until first used. */
  rest?: Compiled<K> | null;
}

/** What buildCueRegex compiles ahead; the buckets are built on their first use (see bucketAt). */
interface CueSource<K extends string> {
  entries: readonly CueEntry<K>[];
  tail: string;
  /** Entries by the code of a character a match can start with. */
  byFirst: Map<number, number[]>;
  /** Entries a match of which can start anywhere (or be empty): in every bucket. */
  wildMembers: number[];
  /** Each entry's two-character starts once a bucket has asked (null: too many to file by them). */
  pairs: Array<Set<string> | null | undefined>;
  /** Compiled groups by their members' indices, so that buckets share them. */
  groups: Map<string, Compiled<K>>;
}

/**
 * Compiles entries into small sticky regexes bucketed by the two characters a match can start with, so each
 * word start tries only the few patterns that can match there. Earlier entries win over later ones at the
 * same position, exactly as in one plain alternation. A bucket is compiled the first time a word starts with
 * its character (a page in one language never pays for the others').
 * @param tail appended after every entry (e.g. a word-boundary lookahead).
 */
export function buildCueRegex<K extends string>(entries: readonly CueEntry<K>[], tail = ''): CueRegex<K> {
  if (entries.some((e) => CAPTURING.test(e.source)))
    throw new Error('cue patterns must not contain capturing groups');
  const byFirst = new Map<number, number[]>();
  const wildMembers: number[] = [];
  entries.forEach((e, i) => {
    const firsts = leadingPrefixes(e.source, 1);
    if (!firsts || firsts.has('')) {
      wildMembers.push(i);
      return;
    }
    for (const x of firsts) {
      const code = x.charCodeAt(0);
      const list = byFirst.get(code);
      if (list) list.push(i);
      else byFirst.set(code, [i]);
    }
  });
  const source: CueSource<K> = { entries, tail, byFirst, wildMembers, pairs: [], groups: new Map() };
  return { source, first: new Map(), wild: compileMembers(source, wildMembers) };
}

function compileMembers<K extends string>(source: CueSource<K>, members: number[]): Compiled<K> | null {
  if (!members.length) return null;
  const key = members.join(',');
  let out = source.groups.get(key);
  if (!out) source.groups.set(key, (out = compileGroup(source.entries, members, source.tail)));
  return out;
}

/** Builds the bucket of words starting with `code` (not built yet); null when no entry starts with it. */
function bucketAt<K extends string>(cue: CueRegex<K>, code: number): Bucket<K> | null {
  const { source } = cue;
  const members = source.byFirst.get(code);
  if (!members) {
    if (code < LOW_CODES) cue.first.set(code, null);
    return null;
  }
  const first = String.fromCharCode(code);
  // the members that match here whatever the next character, and the others by the next character
  const any = [...source.wildMembers];
  const bySecond = new Map<number, number[]>();
  for (const i of members) {
    const two = (source.pairs[i] ??= leadingPrefixes(source.entries[i]?.source ?? '', 2, MAX_PAIRS));
    if (!two) {
      any.push(i);
      continue;
    }
    for (const x of two) {
      if (x[0] !== first) continue;
      if (x.length === 1) {
        any.push(i);
        break;
      }
      const second = x.charCodeAt(1);
      const list = bySecond.get(second);
      if (list) list.push(i);
      else bySecond.set(second, [i]);
    }
  }
  any.sort((x, y) => x - y);
  const bucket: Bucket<K> = { any, bySecond, next: new Map() };
  cue.first.set(code, bucket);
  return bucket;
}

/** The compiled group of `bucket` for words whose second character is `second`, compiled on first use. */
function groupAt<K extends string>(cue: CueRegex<K>, bucket: Bucket<K>, second: number): Compiled<K> | null {
  const list = bucket.bySecond.get(second);
  if (!list) {
    const rest = (bucket.rest ??= compileMembers(cue.source, bucket.any));
    if (second < LOW_CODES) bucket.next.set(second, rest);
    return rest;
  }
  const group = compileMembers(
    cue.source,
    [...new Set([...bucket.any, ...list])].sort((x, y) => x - y),
  );
  bucket.next.set(second, group);
  return group;
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
  const known = cue.first.get(code);
  const bucket = known === undefined ? bucketAt(cue, code) : known;
  let compiled = cue.wild;
  if (bucket) {
    const second = text.charCodeAt(pos + 1);
    const group = bucket.next.get(second);
    compiled = group === undefined ? groupAt(cue, bucket, second) : group;
  }
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
