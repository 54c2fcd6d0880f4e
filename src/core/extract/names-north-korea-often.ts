import { GATE_SOURCE } from './topic-gate.ts';

/** How many times a text names North Korea to be about it (extractFigures' page-wide topic). */
export const MIN_TOPIC_MENTIONS = 3;

const GATE_ALL = /* @__PURE__ */ new RegExp(GATE_SOURCE, 'gi');

/** A web address up to a point: "https://…/", "www.…/" with no space after it. */
const IN_ADDRESS = /(?:https?:\/\/|www\.)\S*$/i;

/**
 * Whether the texts together name North Korea MIN_TOPIC_MENTIONS times or more (counting stops there). A name in
 * a web address ("…/north-korea-troops-kursk") is no mention: the extractor blanks addresses before it reads.
 * @returns false for fewer mentions, or none.
 */
export function namesNorthKoreaOften(texts: readonly string[]): boolean {
  let n = 0;
  for (const text of texts) {
    GATE_ALL.lastIndex = 0;
    for (let m = GATE_ALL.exec(text); m !== null; m = GATE_ALL.exec(text)) {
      if (IN_ADDRESS.test(text.slice(Math.max(0, m.index - 200), m.index))) continue;
      if (++n >= MIN_TOPIC_MENTIONS) return true;
    }
  }
  return false;
}
