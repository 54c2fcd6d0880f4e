/**
 * Finds every cue in a paragraph once (North Korea mentions, Russian/Ukrainian owners, event words, "total"
 * words), so that deciding each number is a lookup over short sorted lists. One bucketed sticky regex is tried
 * at each word start only, which keeps the scan fast on long pages.
 */
import { buildCueRegex, matchCueAt } from '../lang/build-cue-regex.ts';
import type { EventKind } from './cues/metric-cues.ts';
import { CUE_TAIL, EVENT_PARTS, entriesOf } from './cues/metric-cues.ts';
import { NK_PARTS } from './cues/nk-parts.ts';
import { EXCLUDED_PARTS, OTHER_PARTS, OTHER_WEAK_PARTS } from './cues/side-cues.ts';

/** A cue occurrence. */
export interface Cue {
  start: number;
  end: number;
}

/** An event cue with its kind. */
export interface EventCue extends Cue {
  kind: EventKind | 'total';
}

/** All cues of one paragraph, each list in text order. */
export interface ParagraphCues {
  nk: Cue[];
  other: Cue[];
  /** Russia/Ukraine as sentence subject: vetoes troop counts, not hardware. */
  otherWeak: Cue[];
  /** Defectors, the home army, parades, past wars: sentences holding one report nothing. */
  excluded: Cue[];
  events: EventCue[];
}

// prettier-ignore
const TOTAL: readonly string[] = [
  'in\\s+total', 'total', 'altogether', 'overall', 'cumulative[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'всього', 'загалом', 'загальн[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'всего',
  'в\\s+общей\\s+сложности', 'общ[A-Za-zÀ-ɏЀ-ӿ가-힣]+\\s+числ[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'insgesamt', 'gesamt[A-Za-zÀ-ɏЀ-ӿ가-힣]*', '총', '누적', '모두',
];

type CueKind = 'nk' | 'other' | 'otherWeak' | 'excluded' | EventKind | 'total';

const CUE = buildCueRegex<CueKind>(
  [
    ...EXCLUDED_PARTS.map((source) => ({ source, kind: 'excluded' as const })),
    ...OTHER_PARTS.map((source) => ({ source, kind: 'other' as const })),
    ...NK_PARTS.map((source) => ({ source, kind: 'nk' as const })),
    ...OTHER_WEAK_PARTS.map((source) => ({ source, kind: 'otherWeak' as const })),
    ...entriesOf<CueKind>(EVENT_PARTS as Readonly<Record<CueKind, readonly string[]>>),
    ...TOTAL.map((source) => ({ source, kind: 'total' as const })),
  ],
  CUE_TAIL,
);
const WORD = /[A-Za-zÀ-ɏЀ-ӿ가-힣0-9]+/g;

/** Collects the cues of text[start, end); text must be lower-cased. */
export function collectCues(text: string, start: number, end: number): ParagraphCues {
  const out: ParagraphCues = { nk: [], other: [], otherWeak: [], excluded: [], events: [] };
  WORD.lastIndex = start;
  let skip = start;
  let w: RegExpExecArray | null;
  while ((w = WORD.exec(text)) !== null && w.index < end) {
    if (w.index < skip) continue;
    const m = matchCueAt(CUE, text, w.index);
    if (!m || m.end > end) continue;
    const cue = { start: w.index, end: m.end };
    skip = m.end;
    if (m.kind === 'nk') out.nk.push(cue);
    else if (m.kind === 'other') out.other.push(cue);
    else if (m.kind === 'otherWeak') out.otherWeak.push(cue);
    else if (m.kind === 'excluded') out.excluded.push(cue);
    else out.events.push({ ...cue, kind: m.kind });
  }
  return out;
}
