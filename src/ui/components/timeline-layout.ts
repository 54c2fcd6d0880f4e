/**
 * Deterministic layout of the estimates timeline: where each estimate, axis tick and the page's figure go in
 * a width × height SVG. Pure: no DOM, no locale (labels are formatted by the component).
 */
import type { Claim, Estimator } from '../../core/types';
import { parseIsoDate } from '../format/format-date';

/** One estimator's estimates over time. */
export interface TimelineSeries {
  estimator: Estimator;
  claims: readonly Claim[];
}

/** A plotted estimate: a point, or a vertical bar from yLow to yHigh with its marker at y (the middle). */
export interface TimelineMark {
  claim: Claim;
  seriesIndex: number;
  x: number;
  y: number;
  /** Pixel y of the range's low and high ends; null for single values. */
  yLow: number | null;
  yHigh: number | null;
}

/** An estimate that is listed but not plotted (no number, no valid date, or a different unit). */
export interface UnplottedClaim {
  claim: Claim;
  seriesIndex: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** The plotting area inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  marks: TimelineMark[];
  unplotted: UnplottedClaim[];
  /** Month ticks on the x axis, "YYYY-MM", with the text-anchor that keeps the label inside the SVG. */
  xTicks: { x: number; month: string; anchor: 'start' | 'middle' | 'end' }[];
  yTicks: { y: number; value: number }[];
  /** The page's figure as a horizontal line; null when it has no number. */
  figureLine: { y: number; value: number; label: TimelineLabel } | null;
  /** Dates and values covered by the plotted estimates; null when nothing is plotted. */
  extent: { from: string; to: string; min: number; max: number } | null;
}

/** Where a text label goes: its anchor point and SVG text-anchor. */
export interface TimelineLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface TimelineLayoutOptions {
  /** Plot percentage claims instead of counts (for a figure given in percent). */
  percent?: boolean;
  /** Estimated width of one x-axis label in px (depends on the locale's month format). */
  xLabelPx?: number;
  /** Estimated width of the figure line's label ("this page") in px. */
  figureLabelPx?: number;
}

const MARGIN = { left: 44, right: 10, top: 16, bottom: 22 };
/** X-axis labels this close to a plot edge are anchored at that edge instead of centred, so they stay inside. */
const EDGE_LABEL_PX = 30;
const DAY_MS = 86_400_000;
/** Horizontal spread between estimates made on the same day, in px. */
const DODGE_PX = 6;
/** Default estimated px per x-axis label and for the figure label. */
const X_LABEL_PX = 64;
const FIGURE_LABEL_PX = 56;
/** Height of a label box above or below the figure line, and the gap kept around marks. */
const LABEL_BOX_PX = 13;
const MARK_CLEARANCE_PX = 6;

/** Days since 1970-01-01 of an ISO date (the first of the month for YYYY-MM); null when not a date. */
export function toDay(iso: string): number | null {
  const parts = parseIsoDate(iso);
  if (!parts) return null;
  return Date.UTC(parts.year, parts.month - 1, parts.day ?? 1) / DAY_MS;
}

function toMonth(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** A round tick step (1, 2, 2.5 or 5 × 10ⁿ) giving at most `maxTicks` intervals from 0 to `max`. */
export function pickNiceStep(max: number, maxTicks: number): number {
  if (!(max > 0)) return 1;
  const rough = max / Math.max(1, maxTicks);
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const f of [1, 2, 2.5, 5, 10]) if (f * power >= rough) return f * power;
  return 10 * power;
}

/** First-of-month ticks between two days, every 1, 2, 3, 4, 6, 12 or 24 months, at most `maxTicks`. */
export function listMonthTicks(
  fromDay: number,
  toDay_: number,
  maxTicks: number,
): { day: number; month: string }[] {
  const start = new Date(fromDay * DAY_MS);
  const months: { day: number; month: string; index: number }[] = [];
  const y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  if (start.getUTCDate() !== 1 || start.getUTCHours() !== 0) m += 1;
  for (;;) {
    const day = Date.UTC(y, m, 1) / DAY_MS;
    if (day > toDay_) break;
    const date = new Date(day * DAY_MS);
    months.push({ day, month: toMonth(day), index: date.getUTCFullYear() * 12 + date.getUTCMonth() });
    m += 1;
  }
  for (const step of [1, 2, 3, 4, 6, 12, 24]) {
    const picked = months.filter((t) => t.index % step === 0);
    if (picked.length <= Math.max(1, maxTicks)) return picked.map(({ day, month }) => ({ day, month }));
  }
  return months.slice(0, 1).map(({ day, month }) => ({ day, month }));
}

function readNumbers(claim: Claim): { mid: number; low: number | null; high: number | null } | null {
  if (claim.low != null && claim.high != null) {
    return { mid: (claim.low + claim.high) / 2, low: claim.low, high: claim.high };
  }
  if (claim.value != null && Number.isFinite(claim.value)) return { mid: claim.value, low: null, high: null };
  return null;
}

/**
 * Lays out every estimator's estimates of one metric over time: x = statedOn, y = value from 0 (ranges as
 * bars), estimates on the same day spread apart, and the page's figure as a horizontal line. Estimates
 * without a number (vague), without a valid date, or in another unit (percent vs count) go to `unplotted`.
 */
export function layoutTimeline(
  series: readonly TimelineSeries[],
  figureValue: number | null,
  width: number,
  height: number,
  options: TimelineLayoutOptions = {},
): TimelineLayout {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: Math.max(MARGIN.left + 1, width - MARGIN.right),
    bottom: Math.max(MARGIN.top + 1, height - MARGIN.bottom),
  };
  const points: {
    claim: Claim;
    seriesIndex: number;
    day: number;
    mid: number;
    low: number | null;
    high: number | null;
  }[] = [];
  const unplotted: UnplottedClaim[] = [];
  series.forEach(({ claims }, seriesIndex) => {
    for (const claim of claims) {
      const numbers = readNumbers(claim);
      const day = toDay(claim.statedOn);
      const sameUnit = (claim.unit === 'percent') === (options.percent ?? false);
      if (numbers && day !== null && sameUnit) points.push({ claim, seriesIndex, day, ...numbers });
      else unplotted.push({ claim, seriesIndex });
    }
  });
  points.sort(
    (a, b) => a.day - b.day || a.seriesIndex - b.seriesIndex || a.claim.id.localeCompare(b.claim.id),
  );

  const figure = figureValue != null && Number.isFinite(figureValue) ? figureValue : null;
  const empty: TimelineLayout = {
    width,
    height,
    plot,
    marks: [],
    unplotted,
    xTicks: [],
    yTicks: [],
    figureLine: null,
    extent: null,
  };
  if (points.length === 0) return empty;

  const firstDay = points[0]?.day ?? 0;
  const lastDay = points[points.length - 1]?.day ?? firstDay;
  const span = Math.max(lastDay - firstDay, 60);
  const pad = span * 0.08;
  const centre = (firstDay + lastDay) / 2;
  const x0 = lastDay - firstDay >= 60 ? firstDay - pad : centre - span / 2 - pad;
  const x1 = lastDay - firstDay >= 60 ? lastDay + pad : centre + span / 2 + pad;
  const xOf = (day: number) => plot.left + ((day - x0) / (x1 - x0)) * (plot.right - plot.left);

  const highest = Math.max(...points.map((p) => p.high ?? p.mid), figure ?? 0);
  const maxYTicks = Math.max(2, Math.floor((plot.bottom - plot.top) / 30));
  const step = pickNiceStep(highest, maxYTicks);
  const yMax = Math.max(step, Math.ceil(highest / step) * step);
  const yOf = (value: number) => plot.bottom - (value / yMax) * (plot.bottom - plot.top);

  const sameDay = new Map<number, number>();
  for (const p of points) sameDay.set(p.day, (sameDay.get(p.day) ?? 0) + 1);
  const seen = new Map<number, number>();
  const marks = points.map((p): TimelineMark => {
    const n = sameDay.get(p.day) ?? 1;
    const i = seen.get(p.day) ?? 0;
    seen.set(p.day, i + 1);
    return {
      claim: p.claim,
      seriesIndex: p.seriesIndex,
      x: xOf(p.day) + (i - (n - 1) / 2) * DODGE_PX,
      y: yOf(p.mid),
      yLow: p.low === null ? null : yOf(p.low),
      yHigh: p.high === null ? null : yOf(p.high),
    };
  });

  const yTicks: TimelineLayout['yTicks'] = [];
  for (let v = 0; v <= yMax + step / 1000; v += step) yTicks.push({ y: yOf(v), value: v });
  const labelPx = options.xLabelPx ?? X_LABEL_PX;
  const maxXTicks = Math.max(1, Math.floor((plot.right - plot.left) / (labelPx + 8)));
  const anchorTicks = (maxTicks: number) =>
    listMonthTicks(Math.ceil(x0), Math.floor(x1), maxTicks).map(({ day, month }) => {
      const x = xOf(day);
      const anchor =
        x > plot.right - EDGE_LABEL_PX ? 'end' : x < plot.left + EDGE_LABEL_PX ? 'start' : 'middle';
      return { x, month, anchor } as const;
    });
  // Fewer, evenly spaced ticks rather than gaps: thin the step until no two labels overlap.
  let xTicks = anchorTicks(maxXTicks);
  for (let n = maxXTicks - 1; n >= 1 && dropOverlappingLabels(xTicks, labelPx).length < xTicks.length; n--) {
    xTicks = anchorTicks(n);
  }
  const figureY = figure === null ? null : yOf(figure);

  const first = points[0];
  const last = points[points.length - 1];
  return {
    width,
    height,
    plot,
    marks,
    unplotted,
    xTicks: dropOverlappingLabels(xTicks, labelPx),
    yTicks,
    figureLine:
      figure === null || figureY === null
        ? null
        : {
            y: figureY,
            value: figure,
            label: placeFigureLabel(figureY, marks, plot, options.figureLabelPx ?? FIGURE_LABEL_PX),
          },
    extent: {
      from: first?.claim.statedOn ?? '',
      to: last?.claim.statedOn ?? '',
      min: Math.min(...points.map((p) => p.low ?? p.mid)),
      max: Math.max(...points.map((p) => p.high ?? p.mid)),
    },
  };
}

function labelExtent(x: number, anchor: TimelineLabel['anchor'], width: number): [number, number] {
  if (anchor === 'start') return [x, x + width];
  if (anchor === 'end') return [x - width, x];
  return [x - width / 2, x + width / 2];
}

/** Drops x-axis labels that would overlap the label kept before them. */
export function dropOverlappingLabels<T extends { x: number; anchor: TimelineLabel['anchor'] }>(
  ticks: T[],
  width: number,
): T[] {
  const kept: T[] = [];
  let lastRight = -Infinity;
  for (const tick of ticks) {
    const [left, right] = labelExtent(tick.x, tick.anchor, width);
    if (left < lastRight + 4) continue;
    kept.push(tick);
    lastRight = right;
  }
  return kept;
}

/**
 * Puts the figure line's label where it hides no estimate: left or right end of the line, above or below it
 * (above when it fits under the top edge), in that order of preference; the first place if all are taken.
 */
export function placeFigureLabel(
  lineY: number,
  marks: readonly TimelineMark[],
  plot: TimelineLayout['plot'],
  width: number,
): TimelineLabel {
  const roomAbove = lineY - plot.top >= LABEL_BOX_PX;
  const above = { y: lineY - 4, top: lineY - LABEL_BOX_PX, bottom: lineY };
  const below = { y: lineY + LABEL_BOX_PX - 1, top: lineY, bottom: lineY + LABEL_BOX_PX };
  const rows = roomAbove ? [above, below] : [below, above];
  const candidates: TimelineLabel[] = [];
  for (const row of rows) {
    candidates.push(
      { x: plot.left + 3, y: row.y, anchor: 'start' },
      { x: plot.right - 3, y: row.y, anchor: 'end' },
    );
  }
  const hides = (label: TimelineLabel) => {
    const [left, right] = labelExtent(label.x, label.anchor, width);
    const top = label.y - LABEL_BOX_PX + 4;
    const bottom = label.y + 2;
    return marks.some((m) => {
      const markTop = (m.yHigh ?? m.y) - MARK_CLEARANCE_PX;
      const markBottom = (m.yLow ?? m.y) + MARK_CLEARANCE_PX;
      return (
        m.x + MARK_CLEARANCE_PX > left &&
        m.x - MARK_CLEARANCE_PX < right &&
        markBottom > top &&
        markTop < bottom
      );
    });
  };
  return candidates.find((c) => !hides(c)) ?? (candidates[0] as TimelineLabel);
}
