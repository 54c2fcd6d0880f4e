/**
 * Whether a block of text names North Korea the way the extractor reads it: the topic gate's names, or any of
 * the extractor's North Korea cues ("корейці", "Koreaner", "Kim's soldiers", "the North's" …). The scanner
 * reads a page around such blocks, so it must know every block from which the extractor carries North Korea
 * on to the next paragraphs; the gate alone (mentionsNorthKorea) names fewer.
 */
import { NK_STEMS } from './compact-context.ts';
import { NK_PARTS } from './cues/nk-parts.ts';
import { mentionsNorthKorea } from './topic-gate.ts';
import { dropInvisible, INVISIBLE } from '../lang/invisible.ts';

const NK_CUE = new RegExp(NK_PARTS.join('|'), 'i');

/**
 * True when the text names North Korea for the extractor: only text holding a stem of a cue (NK_STEMS, which
 * every name of the gate holds too) is tested further, by the gate's names first (cheap), then the extractor's
 * cue patterns. Most blocks a page walk reads hold no stem and cost one scan (and one for invisible characters,
 * which may hide a name: "Nord&shy;korea", read as the extractor reads it, without them).
 * @returns false when no North Korea cue of either kind is in the text.
 */
export function namesNorthKorea(text: string): boolean {
  return (
    (NK_STEMS.test(text) && (mentionsNorthKorea(text) || NK_CUE.test(text))) ||
    (INVISIBLE.test(text) && namesNorthKorea(dropInvisible(text)))
  );
}
