/**
 * Features read once from a claim's own wording: plan vs actual count, running total vs incident,
 * equipment kinds, and secondary numbers.
 */
import type { Claim } from '../types.ts';
import type { Modality, ScopeClass } from './types.ts';
import { normalizeText } from './normalize-text.ts';

const PLANNED =
  /\b(planned|plan|decision|decided|forecast|prospective|capacity|could|may|expected (in|by|to)|being prepared|being readied|hypothetical|possible)\b/;
const INCIDENT =
  /\b(strike|single|engagement|incident|attack|two days|one week|a week|past week|regiment|ceremon\w*|portraits)\b/;
const RATE = /\b(per day|a day|per year|a year|annual|daily)\b/;

/**
 * Whether a claim counts a plan, forecast or capacity rather than troops actually there, read from its scope
 * and period (its summary may mention plans about other numbers).
 */
export function readClaimModality(claim: Claim): Modality {
  const text = normalizeText(`${claim.scope} ${claim.period ?? ''}`);
  return PLANNED.test(text) ? 'planned' : 'actual';
}

/** Whether a claim is a running total, a single incident or a rate. */
export function readScopeClass(claim: Claim): ScopeClass {
  const text = normalizeText(`${claim.scope} ${claim.period ?? ''}`);
  if (RATE.test(text)) return 'rate';
  if (INCIDENT.test(text)) return 'incident';
  return 'cumulative';
}

/** Equipment kinds and the words that name them, in five languages. */
export const EQUIPMENT_KINDS: Record<string, RegExp> = {
  howitzer:
    /howitzer|self-propelled gun|sp gun|koksan|\bguns?\b|гаубиц|самохідн|самоходн|гармат|оруди|haubitze|geschütz|panzerhaubitze|자주포|곡사포/,
  launcher:
    /launcher|mlrs|\bmrls?\b|rocket system|рсзв|рсзо|реактивн|пусков|raketenwerfer|mehrfachraketen|방사포|다연장/,
  // Not "Raketenwerfer" (rocket launchers) or "Raketenartillerie": those are launchers.
  missile: /missile|kn-2[34]|srbm|ракет(?!н)|rakete(?!nwerfer|nartillerie)|미사일/,
};

/**
 * Equipment kinds a claim's own number covers: read right after the number in its summary ("220 pieces of
 * 170mm guns and 240mm launchers"), else from the whole summary and scope. Empty for non-equipment claims.
 */
export function readClaimKinds(claim: Claim): Set<string> {
  if (claim.metric !== 'equipment') return new Set();
  const summary = normalizeText(claim.summary);
  const value = claim.value ?? claim.low;
  if (value !== undefined) {
    for (const written of [String(value), value.toLocaleString('en-US')]) {
      const at = summary.indexOf(written);
      if (at < 0) continue;
      const window = (summary.slice(at + written.length).split(/[;:!?]|\.\s|\.$/)[0] ?? '').slice(0, 90);
      const kinds = readEquipmentKinds(window);
      if (kinds.size > 0) return kinds;
    }
  }
  return readEquipmentKinds(`${claim.summary} ${claim.scope}`);
}

const EQUIPMENT_WORD_RES = Object.values(EQUIPMENT_KINDS).map((re) => new RegExp(re.source, 'u'));

/** The words of a text that name equipment kinds, in text order ("howitzers"); [] when none. */
export function readEquipmentWords(text: string): string[] {
  const lower = normalizeText(text);
  const found: { at: number; word: string }[] = [];
  for (const re of EQUIPMENT_WORD_RES) {
    const m = re.exec(lower);
    if (!m) continue;
    const whole = /^[\p{L}\p{M}-]*/u.exec(lower.slice(m.index))?.[0] ?? m[0];
    const start = lower.lastIndexOf(' ', m.index) + 1;
    found.push({ at: m.index, word: lower.slice(start, m.index) + whole });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.word);
}

/** Equipment kinds a text names; an empty set when it names none. */
export function readEquipmentKinds(text: string): Set<string> {
  return readNormalizedEquipmentKinds(normalizeText(text));
}

const KIND_ENTRIES = Object.entries(EQUIPMENT_KINDS);

/** `readEquipmentKinds` of a text already passed through `normalizeText` (which changes it no further). */
export function readNormalizedEquipmentKinds(lower: string): Set<string> {
  const kinds = new Set<string>();
  for (const [kind, re] of KIND_ENTRIES) if (re.test(lower)) kinds.add(kind);
  return kinds;
}

const NUMBER = /\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+|\d+/g;

/** Numbers of at least 10 written in a text (e.g. "500 officers"), skipping years, calibres and percentages; [] when none. */
export function readNumbers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 4);
    if (/^[\s-]?(mm|㎜|мм|%)/i.test(after)) continue;
    const value = Number(m[0].replace(/[^\d]/g, ''));
    if (value >= 10 && !(value >= 1900 && value <= 2100)) out.push(value);
  }
  return out;
}
