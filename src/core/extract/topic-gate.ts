/**
 * The cheap first gate of the content script: does the text mention North Korea at all, in any of the five
 * languages? A cheap word prefilter, then one precompiled regex; no allocation beyond the match.
 */
import { dropInvisible, INVISIBLE } from '../lang/invisible.ts';

/** Regex source of the gate (case-insensitive use). */
export const GATE_SOURCE = String.raw`north[\s-]*korea|n\.\s?korea|dprk|dvrk|people's\s+republic\s+of\s+korea|volksrepublik\s+korea|корейськ[а-яіїє]*\s+народно|корейск[а-яё]*\s+народно|pyongyang|kim\s+jong[\s-]?un|korean\s+people's\s+army|кндр|північн[A-Za-zÀ-ɏЀ-ӿ가-힣]*\s+коре|північнокорей|пхеньян|кім\s+чен\s+ин|северн[A-Za-zÀ-ɏЀ-ӿ가-힣]*\s+коре|северокорей|ким\s+чен\s+ын|nordkorea|pj[öo]ngjang|북한|北(?!京)|북측|북[·ㆍ・]러|조선인민군|김정은|평양`;

const GATE = new RegExp(GATE_SOURCE, 'i');

/**
 * A superset of the gate made of plain words (every branch of GATE_SOURCE contains one of them): text it does
 * not match cannot match the gate, and it scans about four times faster, which is what the many pages without
 * a mention pay. Only text it matches is checked by the gate itself.
 */
export const PREFILTER =
  /korea|dprk|dvrk|pyongyang|kim\s+jong|кндр|коре|пхеньян|кім\s+чен|ким\s+чен|pj[öo]ngjang|북한|北|북측|북[·ㆍ・]러|조선인민군|김정은|평양/i;

/**
 * True when the text names North Korea (North Korea(n), DPRK, Pyongyang, Kim Jong Un, КНДР, Північна Корея,
 * Северная Корея, Nordkorea, 북한 …), also through invisible characters inside the name ("Nord&shy;korea").
 * @returns false when there is no mention in any of the five languages; then nothing else needs to run.
 */
export function mentionsNorthKorea(text: string): boolean {
  return (
    (PREFILTER.test(text) && GATE.test(text)) ||
    (INVISIBLE.test(text) && mentionsNorthKorea(dropInvisible(text)))
  );
}
