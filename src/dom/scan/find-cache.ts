import type { TextUnit } from '../../core/extract/find-unit-figures';
import type { FoundFigure } from '../../core/messages';

/** Characters of unit text remembered at most (keys hold the text itself). */
const MAX_CHARS = 2_000_000;

export type FindUnits = (units: readonly TextUnit[]) => Promise<Array<FoundFigure[] | null>>;

/** What the cache keeps of one unit it was told about. */
interface Entry {
  context: number;
  topic: boolean | undefined;
  texts: readonly string[];
  found: FoundFigure[];
  /** Characters kept (texts plus one per text and one for the context): what maxChars counts. */
  size: number;
  bucket: string;
}

/** Units kept per bucket at most (a page may repeat a first paragraph before different ones). */
const BUCKET_MAX = 16;

function sizeOf(unit: TextUnit): number {
  let size = 1;
  for (const text of unit.texts) size += text.length + 1;
  return size;
}

/**
 * A short key for the units that may equal this one: context count, number of texts, size, and the first text
 * read for figures. Units are then compared text by text: hashing a short key instead of a whole unit's joined
 * text costs a 1 MB page ~1 ms instead of ~7 (measured in a content script).
 */
function bucketOf(unit: TextUnit, size: number): string {
  return `${unit.context}\u0000${unit.texts.length}\u0000${size}\u0000${unit.texts[unit.context] ?? ''}`;
}

function isSameUnit(entry: Entry, unit: TextUnit): boolean {
  if (
    entry.context !== unit.context ||
    entry.topic !== unit.topic ||
    entry.texts.length !== unit.texts.length
  )
    return false;
  for (let i = 0; i < entry.texts.length; i++) if (entry.texts[i] !== unit.texts[i]) return false;
  return true;
}

/**
 * Remembers what the background found in each unit of text, so content that a page re-renders (same text, new
 * nodes) costs no new round trip. Units count as the same when all their texts, their context count and
 * whether they are part of a page about North Korea (TextUnit.topic) are equal. Bounded by the characters kept;
 * oldest entries go first; failed lookups (null) are not remembered.
 * @returns a function with the same contract as `lookup`.
 */
export function createFindCache(lookup: FindUnits, maxChars = MAX_CHARS): FindUnits {
  const buckets = new Map<string, Entry[]>();
  /** Every entry, oldest first. */
  const order = new Set<Entry>();
  let chars = 0;
  const find = (unit: TextUnit, bucket: string): Entry | undefined =>
    buckets.get(bucket)?.find((entry) => isSameUnit(entry, unit));
  const forget = (entry: Entry) => {
    order.delete(entry);
    chars -= entry.size;
    const list = buckets.get(entry.bucket);
    const at = list?.indexOf(entry) ?? -1;
    if (list && at >= 0) list.splice(at, 1);
    if (list?.length === 0) buckets.delete(entry.bucket);
  };
  return async (units) => {
    const sizes = units.map(sizeOf);
    const keys = units.map((unit, i) => bucketOf(unit, sizes[i]!));
    const missing: number[] = [];
    const out: Array<FoundFigure[] | null> = units.map((unit, i) => {
      const hit = find(unit, keys[i]!);
      if (!hit) missing.push(i);
      return hit?.found ?? null;
    });
    if (missing.length === 0) return out;
    const fetched = await lookup(missing.map((i) => units[i]!));
    missing.forEach((i, j) => {
      const found = fetched[j] ?? null;
      out[i] = found;
      const unit = units[i]!;
      const bucket = keys[i]!;
      const size = sizes[i]!;
      if (!found || size > maxChars || find(unit, bucket)) return;
      const entry: Entry = {
        context: unit.context,
        topic: unit.topic,
        texts: unit.texts,
        found,
        size,
        bucket,
      };
      const list = buckets.get(bucket);
      if (list && list.length >= BUCKET_MAX) forget(list[0]!);
      if (list && list.length > 0) list.push(entry);
      else buckets.set(bucket, [entry]);
      order.add(entry);
      chars += size;
      for (const old of order) {
        if (chars <= maxChars) break;
        forget(old);
      }
    });
    return out;
  };
}
