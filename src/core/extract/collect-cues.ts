/**
 * Finds every cue in a paragraph once (North Korea mentions, Russian/Ukrainian owners, event words, topic
 * exclusions), so that deciding each number is a lookup over short sorted lists.
 */
import type { EventKind } from './cues/metric-cues.ts';
import { EVENT_CUE } from './cues/metric-cues.ts';
import { NK_CUE, OTHER_CUE } from './cues/side-cues.ts';

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
  events: EventCue[];
}

const TOTAL =
  /(?<![\p{L}])(?:in\s+total|total|altogether|overall|cumulative\p{L}*|всього|загалом|загальн\p{L}*|всего|в\s+общей\s+сложности|общ\p{L}+\s+числ\p{L}*|insgesamt|gesamt\p{L}*|총|누적|모두)(?![\p{Script=Latin}\p{Script=Cyrillic}])/giu;

function collect(re: RegExp, text: string, start: number, end: number): Cue[] {
  const out: Cue[] = [];
  const slice = text.slice(start, end);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function collectEvents(text: string, start: number, end: number): EventCue[] {
  const out: EventCue[] = [];
  const slice = text.slice(start, end);
  EVENT_CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EVENT_CUE.exec(slice)) !== null) {
    const groups = m.groups ?? {};
    const kind = Object.keys(groups).find((k) => groups[k] !== undefined) as EventKind | undefined;
    if (kind) out.push({ kind, start: start + m.index, end: start + m.index + m[0].length });
  }
  for (const c of collect(TOTAL, text, start, end)) out.push({ ...c, kind: 'total' });
  return out.sort((a, b) => a.start - b.start);
}

/** Collects the cues of text[start, end). */
export function collectCues(text: string, start: number, end: number): ParagraphCues {
  return {
    nk: collect(NK_CUE, text, start, end),
    other: collect(OTHER_CUE, text, start, end),
    events: collectEvents(text, start, end),
  };
}
