/**
 * The figure extraction engine: finds figures about North Korean troops and DPRK military aid in plain text.
 *
 * Pipeline per paragraph that mentions North Korea: sentences → numbers (scanNumbers) → drop non-figures
 * (dates, calibres, models, money) → hedge words and span (attachQualifier) → evidence that the number counts
 * something → owner (decideSide: only North Korea's figures) → metric and unit (classifyMetric).
 */
import { detectLang } from '../lang/detect-lang.ts';
import { scanNumbers } from '../numbers/scan-numbers.ts';
import type { NumberToken } from '../numbers/scan-numbers.ts';
import type { Figure, Lang } from '../types.ts';
import { attachQualifier } from './attach-qualifier.ts';
import { classifyMetric } from './classify-metric.ts';
import { collectCues } from './collect-cues.ts';
import type { ParagraphCues } from './collect-cues.ts';
import { EXCLUDED_TOPIC } from './cues/side-cues.ts';
import { decideSide } from './decide-side.ts';
import { findCountNoun, followsCountingWord, isElliptical } from './find-count-noun.ts';
import { isNonFigure, isYearLike, matchPercent } from './reject-non-figure.ts';
import { findParagraphs, findSentences } from './segment.ts';
import type { Span } from './segment.ts';
import { mentionsNorthKorea } from './topic-gate.ts';

/** Troop counts at or above this are North Korea's home army, never the deployment. */
const HOME_ARMY = 300_000;
const CASUALTY_EVENTS: ReadonlySet<string> = new Set(['casualties', 'killed', 'wounded', 'captured', 'lost']);
const PERSON_METRICS: ReadonlySet<string> = new Set([
  'deployed_total',
  'reinforcements',
  'killed',
  'wounded',
  'casualties_total',
  'captured',
]);

interface SentenceState {
  span: Span;
  excluded: boolean;
  tokens: number[];
}

/** True when a casualty word stands right before or right after the number ("killed 300", "300 killed"). */
function touchesEvent(cues: ParagraphCues, start: number, tail: number): boolean {
  return cues.events.some(
    (e) =>
      CASUALTY_EVENTS.has(e.kind) &&
      ((e.end <= start && start - e.end <= 16) || (e.start >= tail && e.start - tail <= 24)),
  );
}

function hasCueBefore(cues: ParagraphCues, sentence: Span, start: number): boolean {
  const inWindow = (c: { start: number; end: number }) => c.start >= sentence.start && c.end <= start;
  return cues.events.some(inWindow) || cues.nk.some(inWindow);
}

function figureFor(
  text: string,
  lang: Lang,
  token: NumberToken,
  sentence: SentenceState,
  cues: ParagraphCues,
  paragraphStart: number,
): Figure | null {
  if (sentence.excluded || isNonFigure(text, token)) return null;
  const percent = matchPercent(text, token.end);
  const span = sentence.span;
  const hedged = attachQualifier(text, token, token.end + percent, span.start, span.end);
  const noun = percent ? null : findCountNoun(text, hedged.tail, span.end);
  if (token.plain && isYearLike(token) && !(noun && noun.start - hedged.tail < 24)) return null;
  const evidence =
    noun !== null ||
    touchesEvent(cues, hedged.start, hedged.tail) ||
    (!token.vague && isElliptical(text, hedged.tail)) ||
    (!token.vague &&
      followsCountingWord(text, hedged.start, span.start) &&
      hasCueBefore(cues, span, hedged.start));
  if (!evidence) return null;
  const near = noun ? noun.end : hedged.tail;
  if (decideSide(text, cues, { start: token.start, end: token.end, near }, span, paragraphStart) !== 'nk') {
    return null;
  }
  const otherNumbers = sentence.tokens.filter((s) => s !== token.start);
  const classified = classifyMetric(text, cues.events, {
    start: hedged.start,
    end: hedged.tail,
    noun,
    sentence: span,
    otherNumbers,
  });
  const biggest = token.value ?? token.high ?? 0;
  if (!percent && PERSON_METRICS.has(classified.metric) && biggest >= HOME_ARMY) return null;
  return {
    text: text.slice(hedged.start, hedged.end),
    start: hedged.start,
    end: hedged.end,
    value: token.value,
    low: token.low,
    high: token.high,
    unit: percent ? 'percent' : classified.unit,
    metric: classified.metric,
    qualifier: hedged.qualifier,
    lang,
  };
}

function extractParagraph(text: string, lang: Lang, paragraph: Span, out: Figure[]): void {
  const cues = collectCues(text, paragraph.start, paragraph.end);
  const firstNk = cues.nk[0];
  if (!firstNk) return;
  const sentences = findSentences(text, paragraph.start, paragraph.end);
  const firstIdx = sentences.findIndex((s) => s.end > firstNk.start);
  if (firstIdx < 0) return;
  const first = sentences[firstIdx];
  if (!first) return;
  const tokens = scanNumbers(text, lang, first.start, paragraph.end);
  const states: SentenceState[] = sentences.slice(firstIdx).map((span) => ({
    span,
    excluded: EXCLUDED_TOPIC.test(text.slice(span.start, span.end)),
    tokens: tokens.filter((t) => t.start >= span.start && t.start < span.end).map((t) => t.start),
  }));
  let si = 0;
  for (const token of tokens) {
    while (si < states.length && (states[si]?.span.end ?? 0) <= token.start) si++;
    const state = states[si];
    if (!state || token.start < state.span.start) continue;
    const fig = figureFor(text, lang, token, state, cues, paragraph.start);
    if (!fig) continue;
    const prev = out[out.length - 1];
    if (prev && fig.start < prev.end) {
      if (token.start < prev.end) continue;
      fig.start = token.start;
      fig.text = text.slice(fig.start, fig.end);
    }
    out.push(fig);
  }
}

/**
 * Finds every figure about North Korean personnel or DPRK military aid connected to the war.
 * `text` is plain text with paragraphs separated by blank lines; offsets point into it.
 * @param opts.lang overrides language detection.
 * @returns figures in order of start offset; an empty array when the text does not mention North Korea or
 *   has no such figure.
 */
export function extractFigures(text: string, opts?: { lang?: Lang }): Figure[] {
  if (!mentionsNorthKorea(text)) return [];
  const lang = opts?.lang ?? detectLang(text);
  const out: Figure[] = [];
  for (const paragraph of findParagraphs(text)) extractParagraph(text, lang, paragraph, out);
  return out;
}
