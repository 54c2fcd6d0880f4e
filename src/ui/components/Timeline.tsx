import { useId } from 'preact/hooks';
import type { Claim, Metric } from '../../core/types';
import { formatClaimValue } from '../format/format-claim-value';
import { formatDate } from '../format/format-date';
import { formatMetric } from '../format/format-metric';
import { formatCompactNumber, formatNumber, formatPercent } from '../format/format-number';
import { readUiLocale } from '../format/locale';
import { t } from '../i18n';
import { buildMarkerPath } from './marker-path';
import { MarkerIcon } from './MarkerIcon';
import { pickSeriesStyle } from './palette';
import { layoutTimeline, type TimelineLayout, type TimelineSeries } from './timeline-layout';

/** Props of {@link Timeline}. */
export type TimelineProps = {
  /** Each estimator's estimates of the metric, one series per estimator. */
  series: readonly TimelineSeries[];
  metric: Metric;
  /** The page's figure (its value, or the middle of its range); null draws no line. */
  figureValue: number | null;
  /** The figure is a percentage: plot percentage estimates instead of counts. */
  percent?: boolean;
  /** SVG size in px; the SVG scales down to its container. */
  width?: number;
  height?: number;
  locale?: string;
};

type Row = { claim: Claim; seriesIndex: number };

function describeChart(layout: TimelineLayout, formatValue: (n: number) => string, loc: string): string {
  if (!layout.extent) return t('timelineDescEmpty');
  const { from, to, min, max } = layout.extent;
  const text = t('timelineDesc', [
    String(layout.marks.length),
    formatDate(from, loc),
    formatDate(to, loc),
    formatValue(min),
    formatValue(max),
  ]);
  return layout.figureLine
    ? `${text} ${t('timelineDescFigure', formatValue(layout.figureLine.value))}`
    : text;
}

/** Rough width of a 10px label with some room to spare: CJK characters are about twice as wide as others. */
function estimateTextPx(text: string, bold = false): number {
  let px = 0;
  for (const ch of text) px += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(ch) ? 11 : 6;
  return Math.ceil(px * (bold ? 1.1 : 1)) + 6;
}

function sortRows(rows: Row[]): Row[] {
  return [...rows].sort(
    (a, b) => a.claim.statedOn.localeCompare(b.claim.statedOn) || a.seriesIndex - b.seriesIndex,
  );
}

/**
 * Every estimator's estimates of one metric over time, as an SVG chart (one marker shape and colour per
 * estimator, ranges as bars, the page's figure as a dashed "this page" line) with a title, a description, a
 * legend, a list of estimates that cannot be plotted, and the same numbers as an expandable table.
 */
export function Timeline({
  series,
  metric,
  figureValue,
  percent = false,
  width = 340,
  height = 190,
  locale,
}: TimelineProps) {
  const loc = locale ?? readUiLocale();
  const id = useId();
  const layout = layoutTimeline(series, figureValue, width, height, {
    percent,
    xLabelPx: estimateTextPx(formatDate('2025-09', loc)),
    figureLabelPx: estimateTextPx(t('timelineThisPage'), true),
  });
  const formatValue = (n: number) => (percent ? formatPercent(n, loc) : formatNumber(n, loc));
  const formatTick = (n: number) => (percent ? formatPercent(n, loc) : formatCompactNumber(n, loc));
  const title = t('timelineTitle', formatMetric(metric));
  const { plot } = layout;
  const shortOf = (i: number) => series[i]?.estimator.short ?? '';
  const allRows = sortRows(
    series.flatMap((s, seriesIndex) => s.claims.map((claim) => ({ claim, seriesIndex }))),
  );

  return (
    <figure class="nkf-timeline">
      <svg
        class="nkf-timeline-chart"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{describeChart(layout, formatValue, loc)}</desc>
        {layout.yTicks.map((tick) => (
          <g key={`y${tick.value}`} class="nkf-tick">
            <line class="nkf-grid" x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
            <text x={plot.left - 4} y={tick.y} dy="0.32em" text-anchor="end">
              {formatTick(tick.value)}
            </text>
          </g>
        ))}
        {layout.xTicks.map((tick) => (
          <g key={`x${tick.month}`} class="nkf-tick">
            <line class="nkf-axis" x1={tick.x} x2={tick.x} y1={plot.bottom} y2={plot.bottom + 4} />
            <text x={tick.x} y={plot.bottom + 15} text-anchor={tick.anchor}>
              {formatDate(tick.month, loc)}
            </text>
          </g>
        ))}
        <line class="nkf-axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        {layout.figureLine && (
          <line
            class="nkf-figure-line"
            x1={plot.left}
            x2={plot.right}
            y1={layout.figureLine.y}
            y2={layout.figureLine.y}
            stroke-dasharray="5 4"
          />
        )}
        {layout.marks.map((mark) => {
          const style = pickSeriesStyle(mark.seriesIndex);
          return (
            <g key={`${mark.seriesIndex}:${mark.claim.id}`} class="nkf-mark" data-claim-id={mark.claim.id}>
              {mark.yLow !== null && mark.yHigh !== null && (
                <rect
                  class="nkf-range"
                  x={mark.x - 2}
                  y={mark.yHigh}
                  width={4}
                  height={Math.max(1, mark.yLow - mark.yHigh)}
                  fill={style.color}
                />
              )}
              <path
                d={buildMarkerPath(style.shape, mark.x, mark.y, 4.5)}
                fill={style.color}
                class="nkf-marker"
              />
            </g>
          );
        })}
        {layout.figureLine && (
          <text
            class="nkf-figure-label"
            x={layout.figureLine.label.x}
            y={layout.figureLine.label.y}
            text-anchor={layout.figureLine.label.anchor}
          >
            {t('timelineThisPage')}
          </text>
        )}
      </svg>
      {series.length > 0 && (
        <ul class="nkf-legend" aria-label={t('timelineLegend')}>
          {series.map((s, i) => {
            const style = pickSeriesStyle(i);
            return (
              <li key={s.estimator.id} title={s.estimator.name}>
                <MarkerIcon shape={style.shape} color={style.color} /> {s.estimator.short}
              </li>
            );
          })}
        </ul>
      )}
      {layout.unplotted.length > 0 && (
        <div class="nkf-unplotted">
          <p class="nkf-muted">{t('timelineNotPlotted')}</p>
          <ul>
            {sortRows(layout.unplotted).map(({ claim, seriesIndex }) => (
              <li key={claim.id}>
                {shortOf(seriesIndex)},{' '}
                <time dateTime={claim.statedOn}>{formatDate(claim.statedOn, loc)}</time>:{' '}
                {formatClaimValue(claim, loc)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <details class="nkf-timeline-table">
        <summary>{t('timelineShowTable')}</summary>
        <table class="nkf-table">
          <caption>{t('timelineTableCaption', formatMetric(metric))}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colDate')}</th>
              <th scope="col">{t('colEstimator')}</th>
              <th scope="col">{t('colValue')}</th>
            </tr>
          </thead>
          <tbody>
            {allRows.map(({ claim, seriesIndex }) => (
              <tr key={`${seriesIndex}:${claim.id}`}>
                <td>
                  <time dateTime={claim.statedOn}>{formatDate(claim.statedOn, loc)}</time>
                </td>
                <th scope="row">{shortOf(seriesIndex)}</th>
                <td>{formatClaimValue(claim, loc)}</td>
              </tr>
            ))}
            {layout.figureLine && (
              <tr class="nkf-this-page-row">
                <td />
                <th scope="row">{t('timelineThisPage')}</th>
                <td>{formatValue(layout.figureLine.value)}</td>
              </tr>
            )}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
