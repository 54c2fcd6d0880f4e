/**
 * Finds every cue in a paragraph once (North Korea mentions, Russian/Ukrainian owners, event words, "total"
 * words), so that deciding each number is a lookup over short sorted lists. One bucketed sticky regex is tried
 * at each word start only, which keeps the scan fast on long pages.
 */
import { buildCueRegex, matchCueAt } from '../lang/build-cue-regex.ts';
import { firstWordStart, nextWordStart } from '../lang/word-starts.ts';
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
  'in\\s+total', 'total', 'altogether', 'all\\s+told', 'overall', 'cumulative[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'всього', 'загалом', 'загальн[A-Za-zÀ-ɏЀ-ӿ가-힣]*', 'всего',
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
/** Brackets right after a cue, which say what it counts: "(사망+부상)", "(killed and wounded)". */
const DEFINITION_AFTER = /^[가-힣a-zа-яёіїєäöüß]{0,3}[\s\u00a0]?\([^()]{1,40}\)/;

/** Collects the cues of text[start, end); text must be lower-cased. */
export function collectCues(text: string, start: number, end: number): ParagraphCues {
  const out: ParagraphCues = { nk: [], other: [], otherWeak: [], excluded: [], events: [] };
  let skip = start;
  /** Where the brackets after a count of casualties end: the events in them define it ("사상자(사망+부상)"). */
  let defining = start;
  for (let at = firstWordStart(text, start, end); at !== -1; at = nextWordStart(text, at, end)) {
    if (at < skip) continue;
    const m = matchCueAt(CUE, text, at);
    if (!m || m.end > end) continue;
    skip = m.end;
    const kind = at < defining && m.kind in EVENT_PARTS ? 'casualties' : m.kind;
    if (kind === 'nk') out.nk.push({ start: at, end: m.end });
    else if (kind === 'other') out.other.push({ start: at, end: m.end });
    else if (kind === 'otherWeak') out.otherWeak.push({ start: at, end: m.end });
    else if (kind === 'excluded') out.excluded.push({ start: at, end: m.end });
    else {
      out.events.push({ start: at, end: m.end, kind });
      // "사상자(사망+부상)", "casualties (killed and wounded)": the brackets define the cue, they add no event
      if (kind === 'casualties') {
        const defined = DEFINITION_AFTER.exec(text.slice(m.end, m.end + 48));
        if (defined) defining = m.end + defined[0].length;
      }
    }
  }
  return out;
}
