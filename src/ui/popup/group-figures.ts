/**
 * The popup's "This page" list: the page's figures grouped by what they count.
 */
import type { PageFigureInfo } from '../../core/messages';
import { METRICS, type Metric } from '../../core/types';

/** Figures of one metric, in page order. */
export interface FigureGroup {
  metric: Metric;
  figures: PageFigureInfo[];
}

/** Groups figures by the metric the page gives them, in the order of METRICS; empty groups are left out. */
export function groupFiguresByMetric(figures: readonly PageFigureInfo[]): FigureGroup[] {
  return METRICS.map((metric) => ({
    metric,
    figures: figures.filter((f) => f.figure.metric === metric),
  })).filter((group) => group.figures.length > 0);
}
