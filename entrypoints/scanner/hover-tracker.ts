import { caretFromPoint, isPointOverRange } from '@/src/dom/scan/caret-from-point';
import type { FigureSet, PageFigure } from '@/src/dom/scan/figure-set';
import type { SignalTimers } from '@/src/dom/signal-timers';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface HoverCallbacks {
  /** The pointer has rested on a figure for the dwell time. */
  onRest(figure: PageFigure): void;
  /** The pointer left the figure (the card may keep itself open while hovered). */
  onLeave(figure: PageFigure): void;
}

const DWELL_MS = 150;

/**
 * Hit-tests the pointer against our own figure index (never against page elements): on each animation frame
 * with pointer movement, the caret position under the pointer is looked up in the figure set and checked
 * against the figure's client rects.
 */
export function trackHover(
  ctx: ContentScriptContext,
  timers: SignalTimers,
  doc: Document,
  figures: () => FigureSet,
  callbacks: HoverCallbacks,
): void {
  let last: { x: number; y: number } | null = null;
  let frame = false;
  let current: PageFigure | null = null;
  let dwell: number | undefined;

  const check = () => {
    frame = false;
    if (!last) return;
    const set = figures();
    if (set.size === 0) return;
    const caret = caretFromPoint(doc, last.x, last.y);
    let hit = caret ? set.findAt(caret.node, caret.offset) : null;
    if (hit && !isPointOverRange(hit.range, last.x, last.y)) hit = null;
    if (hit === current) return;
    if (current) callbacks.onLeave(current);
    timers.clearTimeout(dwell);
    current = hit;
    if (hit) dwell = timers.setTimeout(() => current === hit && callbacks.onRest(hit), DWELL_MS);
  };

  ctx.addEventListener(
    doc,
    'pointermove',
    (event: PointerEvent) => {
      last = { x: event.clientX, y: event.clientY };
      if (!frame) {
        frame = true;
        timers.requestAnimationFrame(check);
      }
    },
    { passive: true, capture: true },
  );
}
