import { describe, expect, it } from 'vitest';
import {
  dropOverlappingLabels,
  layoutTimeline,
  listMonthTicks,
  pickNiceStep,
  placeFigureLabel,
  toDay,
  type TimelineSeries,
} from './timeline-layout';
import {
  HUR,
  HUR_CAS_PERCENT,
  HUR_CAS_RANGE,
  JCS,
  JCS_CAS_JAN,
  NIS,
  NIS_CAS_DEC,
  NIS_CAS_JAN,
  PENTAGON,
  PENTAGON_CAS_VAGUE,
} from './test-fixtures';

const SERIES: TimelineSeries[] = [
  { estimator: NIS, claims: [NIS_CAS_DEC, NIS_CAS_JAN] },
  { estimator: JCS, claims: [JCS_CAS_JAN] },
  { estimator: HUR, claims: [HUR_CAS_PERCENT, HUR_CAS_RANGE] },
  { estimator: PENTAGON, claims: [PENTAGON_CAS_VAGUE] },
];

describe('helpers', () => {
  it('reads ISO days and months', () => {
    expect(toDay('1970-01-02')).toBe(1);
    expect(toDay('2025-01')).toBe(toDay('2025-01-01'));
    expect(toDay('soon')).toBeNull();
  });
  it('picks round steps', () => {
    expect(pickNiceStep(5000, 4)).toBe(2000);
    expect(pickNiceStep(12000, 4)).toBe(5000);
    expect(pickNiceStep(300, 5)).toBe(100);
    expect(pickNiceStep(0, 4)).toBe(1);
  });
  it('thins month ticks to fit', () => {
    const from = toDay('2024-10-15') ?? 0;
    const to = toDay('2025-10-15') ?? 0;
    expect(listMonthTicks(from, to, 12).map((t) => t.month)[0]).toBe('2024-11');
    const few = listMonthTicks(from, to, 4).map((t) => t.month);
    expect(few).toEqual(['2025-01', '2025-04', '2025-07', '2025-10']);
  });
});

describe('layoutTimeline', () => {
  const layout = layoutTimeline(SERIES, 3000, 340, 200);

  it('plots numeric estimates and lists vague and percent ones apart', () => {
    expect(layout.marks.map((m) => m.claim.id)).toEqual([
      NIS_CAS_DEC.id,
      NIS_CAS_JAN.id,
      JCS_CAS_JAN.id,
      HUR_CAS_RANGE.id,
    ]);
    expect(layout.unplotted.map((u) => u.claim.id).sort()).toEqual(
      [HUR_CAS_PERCENT.id, PENTAGON_CAS_VAGUE.id].sort(),
    );
  });

  it('keeps every mark inside the plot, later dates to the right, bigger values higher', () => {
    for (const m of layout.marks) {
      expect(m.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(m.x).toBeLessThanOrEqual(layout.plot.right);
      expect(m.y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(m.y).toBeLessThanOrEqual(layout.plot.bottom);
    }
    const [dec, nisJan, jcsJan, hur] = layout.marks;
    expect(dec && nisJan && dec.x < nisJan.x).toBe(true);
    expect(nisJan && hur && nisJan.x < hur.x).toBe(true);
    expect(nisJan && jcsJan && jcsJan.y < nisJan.y).toBe(true);
  });

  it('spreads estimates made on the same day', () => {
    const [, nisJan, jcsJan] = layout.marks;
    expect(nisJan && jcsJan && Math.abs(nisJan.x - jcsJan.x)).toBe(6);
  });

  it('draws ranges as bars around their middle', () => {
    const hur = layout.marks[3];
    expect(hur?.yLow).not.toBeNull();
    expect(hur && hur.yHigh !== null && hur.yLow !== null && hur.yHigh < hur.y && hur.y < hur.yLow).toBe(
      true,
    );
  });

  it('puts the figure line at its value on the same scale, ticks from zero', () => {
    expect(layout.yTicks[0]).toEqual({ y: layout.plot.bottom, value: 0 });
    const top = layout.yTicks[layout.yTicks.length - 1];
    expect(top?.value).toBeGreaterThanOrEqual(5000);
    expect(top?.y).toBeCloseTo(layout.plot.top);
    const scale = (layout.plot.bottom - layout.plot.top) / (top?.value ?? 1);
    expect(layout.figureLine?.value).toBe(3000);
    expect(layout.figureLine?.y).toBeCloseTo(layout.plot.bottom - 3000 * scale);
    expect(layout.extent).toEqual({ from: '2024-12-19', to: '2025-03', min: 1100, max: 5000 });
  });

  it('keeps edge labels inside the chart', () => {
    const last = layout.xTicks[layout.xTicks.length - 1];
    expect(last?.month).toBe('2025-03');
    expect(last?.anchor).toBe('end');
    expect(layout.xTicks.filter((t) => t.anchor === 'middle').length).toBeGreaterThan(0);
  });

  it('is deterministic and scales with the width', () => {
    expect(layoutTimeline(SERIES, 3000, 340, 200)).toEqual(layout);
    const narrow = layoutTimeline(SERIES, 3000, 320, 200);
    expect(Math.max(...narrow.marks.map((m) => m.x))).toBeLessThanOrEqual(320);
    expect(narrow.xTicks.length).toBeLessThanOrEqual(4);
  });

  it('raises the scale to include a figure above every estimate', () => {
    const high = layoutTimeline(SERIES, 12000, 340, 200);
    expect(high.figureLine?.y).toBeGreaterThanOrEqual(high.plot.top);
    expect(high.yTicks[high.yTicks.length - 1]?.value).toBeGreaterThanOrEqual(12000);
  });

  it('plots percent estimates only for a percent figure', () => {
    const pct = layoutTimeline(SERIES, 50, 340, 200, { percent: true });
    expect(pct.marks.map((m) => m.claim.id)).toEqual([HUR_CAS_PERCENT.id]);
  });

  it('centres a single date and handles nothing to plot', () => {
    const single = layoutTimeline([{ estimator: JCS, claims: [JCS_CAS_JAN] }], null, 340, 200);
    expect(single.marks[0]?.x).toBeCloseTo((single.plot.left + single.plot.right) / 2);
    expect(single.figureLine).toBeNull();
    const none = layoutTimeline([{ estimator: PENTAGON, claims: [PENTAGON_CAS_VAGUE] }], 3000, 340, 200);
    expect(none.marks).toEqual([]);
    expect(none.extent).toBeNull();
    expect(none.unplotted).toHaveLength(1);
  });
});

describe('labels', () => {
  const plot = { left: 44, top: 16, right: 330, bottom: 168 };
  const mark = (x: number, y: number) => ({
    claim: JCS_CAS_JAN,
    seriesIndex: 0,
    x,
    y,
    yLow: null,
    yHigh: null,
  });

  it('drops x labels that would overlap', () => {
    const ticks = [
      { x: 100, anchor: 'middle' as const },
      { x: 150, anchor: 'middle' as const },
      { x: 230, anchor: 'middle' as const },
      { x: 320, anchor: 'end' as const },
    ];
    expect(dropOverlappingLabels(ticks, 60).map((t) => t.x)).toEqual([100, 230]);
    expect(dropOverlappingLabels(ticks, 20).map((t) => t.x)).toEqual([100, 150, 230, 320]);
  });

  it('puts the figure label where it hides no estimate', () => {
    expect(placeFigureLabel(100, [], plot, 50)).toEqual({ x: 47, y: 96, anchor: 'start' });
    expect(placeFigureLabel(100, [mark(60, 95)], plot, 50)).toEqual({ x: 327, y: 96, anchor: 'end' });
    expect(placeFigureLabel(100, [mark(60, 95), mark(310, 92)], plot, 50)).toEqual({
      x: 47,
      y: 112,
      anchor: 'start',
    });
    expect(placeFigureLabel(20, [], plot, 50).y).toBeGreaterThan(20);
  });

  it('gives the layout a figure label clear of the marks', () => {
    const crowded = layoutTimeline(SERIES, 1100, 340, 200);
    const label = crowded.figureLine?.label;
    const dec = crowded.marks[0];
    expect(
      label && dec && (label.anchor !== 'start' || Math.abs(label.y - dec.y) > 6 || dec.x > label.x + 60),
    ).toBe(true);
  });
});
