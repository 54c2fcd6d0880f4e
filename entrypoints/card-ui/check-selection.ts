import type { Claim, Estimator } from '@/src/core/types';
import type { HighlightPainter } from '@/src/dom/highlight/highlight-painter';
import type { BlockFigure } from '@/src/dom/scan/find-block-figures';
import { requestMatches } from '@/src/ext/request-matches';
import { t } from '@/src/ui/i18n';
import type { LayerHost } from '../scanner/layer-host';

/** What "Check this figure" works with: the scanner's own reader, painter, card layer and estimates. */
export interface CheckSelectionDeps {
  /** The figures overlapping a range (the scanner's findRangeFigures with its reader). */
  findFigures(range: Range): Promise<BlockFigure[]>;
  pageDate: string | null;
  layer: LayerHost;
  painter: HighlightPainter;
  estimators: Map<string, Estimator>;
  series: Map<string, Claim[]>;
}

/**
 * "Check this figure" from the context menu: finds the figure(s) in the current selection, matches the first
 * and shows its card at the selection, with focus inside. Works wherever the content script runs, also where
 * automatic highlighting is off. Says so in a small notice when the selection holds no figure. Comes with the
 * card renderer (it always ends in a card or a notice), so the scanner every North Korea page loads does not
 * carry it.
 */
export async function checkSelection(deps: CheckSelectionDeps): Promise<void> {
  const selection = window.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const center = {
    top: 80,
    bottom: 100,
    left: window.innerWidth / 2 - 190,
    right: window.innerWidth / 2 + 190,
  };
  if (!range || range.collapsed) {
    await deps.layer.showNotice(t('checkNoSelection'), center);
    return;
  }
  const anchor = range.getBoundingClientRect();
  const [first] = await deps.findFigures(range);
  if (!first) {
    await deps.layer.showNotice(t('checkNoFigure'), anchor);
    return;
  }
  const reply = await requestMatches([first], deps.pageDate);
  for (const estimator of reply.estimators) deps.estimators.set(estimator.id, estimator);
  for (const [id, claims] of Object.entries(reply.series)) deps.series.set(id, claims);
  const [result] = reply.results;
  deps.painter.focus(first.range);
  await deps.layer.open({ figure: first.figure, result: result ?? null, anchor, autoFocus: true });
}
