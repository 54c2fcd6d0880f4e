import type { Claim, Estimator } from '@/src/core/types';
import { collectBlocks } from '@/src/dom/collect-blocks';
import { findBlockRoot } from '@/src/dom/find-block-root';
import type { HighlightPainter } from '@/src/dom/highlight/highlight-painter';
import type { FindUnits } from '@/src/dom/scan/find-cache';
import { toBlockFigures, toTextUnit, type BlockFigure } from '@/src/dom/scan/find-block-figures';
import { planUnits } from '@/src/dom/scan/plan-units';
import { requestMatches } from '@/src/ext/request-matches';
import { t } from '@/src/ui/i18n';
import type { LayerHost } from './layer-host';

function intersects(a: Range, b: Range): boolean {
  try {
    return (
      a.compareBoundaryPoints(Range.END_TO_START, b) < 0 && a.compareBoundaryPoints(Range.START_TO_END, b) > 0
    );
  } catch {
    return false;
  }
}

async function figuresInSelection(range: Range, find: FindUnits): Promise<BlockFigure[]> {
  const root = findBlockRoot(range.commonAncestorContainer);
  if (!root) return [];
  // The selection may span several blocks: walk up to the root that holds all of it.
  const units = planUnits(collectBlocks(root));
  const found = await find(units.map(toTextUnit));
  return units.flatMap((unit, i) =>
    toBlockFigures(unit, found[i] ?? []).filter((figure) => intersects(figure.range, range)),
  );
}

/**
 * "Check this figure" from the context menu: finds the figure(s) in the current selection, matches the first
 * and shows its card at the selection, with focus inside. Works wherever the content script runs, also where
 * automatic highlighting is off. Says so in a small notice when the selection holds no figure.
 */
export async function checkSelection(deps: {
  find: FindUnits;
  pageDate: string | null;
  layer: LayerHost;
  painter: HighlightPainter;
  estimators: Map<string, Estimator>;
  series: Map<string, Claim[]>;
}): Promise<void> {
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
  const [first] = await figuresInSelection(range, deps.find);
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
