import type { MatchResult } from '../../core/match/types';
import type { Lang, Metric } from '../../core/types';
import type { Block } from '../block';
import { collectBlocks } from '../collect-blocks';
import { findBlockRoots } from '../find-block-root';
import type { HighlightPainter } from '../highlight/highlight-painter';
import { findBlockFigures, type BlockFigure } from './find-block-figures';
import { FigureSet, type PageFigure } from './figure-set';
import { orderByViewport } from './order-by-viewport';
import { runSliced } from './yield-to-main';

export interface ScannerDeps {
  doc: Document;
  painter: HighlightPainter;
  lang: Lang;
  /** Asks the matcher (in the background) about figures; resolves to one result per figure. */
  match(figures: readonly BlockFigure[]): Promise<MatchResult[]>;
  /** True for nodes of our own UI, whose mutations and text are ignored. */
  isOwnNode(node: Node): boolean;
  /** Called whenever the set of figures or their results changed. */
  onUpdate(): void;
  /** Schedules a callback before the next paint (the content-script context's rAF). */
  requestFrame(callback: () => void): void;
}

/** Above this many changed blocks in one frame, rescanning everything is cheaper than diffing. */
const FULL_RESCAN_ROOTS = 200;
const SLICE_MS = 8;

/**
 * Finds, matches and paints the figures of a live page, and keeps them in step with the page as it changes:
 * one MutationObserver, batched per animation frame, rescanning only the changed blocks.
 */
export class PageScanner {
  readonly figures = new FigureSet();
  private metrics: ReadonlySet<Metric> | null = null;
  private observer: MutationObserver | null = null;
  private pending: MutationRecord[] = [];
  private frameRequested = false;
  private generation = 0;
  private readonly controller = new AbortController();

  constructor(private readonly deps: ScannerDeps) {}

  /** Limits painting to these metrics (null = all). Figures of other metrics are found but not painted. */
  setMetrics(metrics: ReadonlySet<Metric> | null): void {
    this.metrics = metrics;
    this.deps.painter.clear();
    for (const figure of this.figures.inOrder()) this.paint(figure);
    this.deps.onUpdate();
  }

  /** Figures that are shown (painted) under the current metric filter, in document order. */
  visibleFigures(): PageFigure[] {
    return this.figures.inOrder().filter((f) => this.isShown(f));
  }

  /** Scans the whole document, viewport first, in slices. Resolves when done (or stopped). */
  async scanAll(): Promise<void> {
    const generation = ++this.generation;
    this.clearFigures();
    const body = this.deps.doc.body;
    if (!body) return;
    await this.scanBlocks(orderByViewport(collectBlocks(body)), generation);
  }

  /** Starts following the page's changes. */
  observe(): void {
    if (this.observer || !this.deps.doc.body) return;
    this.observer = new MutationObserver((records) => this.enqueue(records));
    this.observer.observe(this.deps.doc.body, { childList: true, subtree: true, characterData: true });
  }

  /** Stops everything: observer, pending work, highlights. */
  stop(): void {
    this.controller.abort();
    this.observer?.disconnect();
    this.observer = null;
    this.pending = [];
    this.clearFigures();
  }

  private isShown(figure: PageFigure): boolean {
    return figure.result !== null && (this.metrics === null || this.metrics.has(figure.figure.metric));
  }

  private paint(figure: PageFigure): void {
    if (this.isShown(figure) && figure.result) this.deps.painter.add(figure.range, figure.result.relation);
  }

  private clearFigures(): void {
    this.deps.painter.clear();
    this.figures.clear();
  }

  private async scanBlocks(blocks: readonly Block[], generation: number): Promise<void> {
    let batch: BlockFigure[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const found = batch;
      batch = [];
      await this.matchAndPaint(found, generation);
    };
    const flushes: Promise<void>[] = [];
    let sliceStart = performance.now();
    await runSliced(
      blocks,
      (block) => {
        if (block.pieces.some((p) => this.deps.isOwnNode(p.node))) return;
        batch.push(...findBlockFigures(block, this.deps.lang));
        if (performance.now() - sliceStart >= SLICE_MS) {
          flushes.push(flush());
          sliceStart = performance.now();
        }
      },
      { budgetMs: SLICE_MS, signal: this.controller.signal },
    );
    flushes.push(flush());
    await Promise.all(flushes);
  }

  private async matchAndPaint(found: BlockFigure[], generation: number): Promise<void> {
    let results: MatchResult[];
    try {
      results = await this.deps.match(found);
    } catch {
      results = [];
    }
    if (generation !== this.generation || this.controller.signal.aborted) return;
    found.forEach((item, i) => {
      if (!item.range.startContainer.isConnected) return;
      const figure = this.figures.add(item);
      figure.result = results[i] ?? null;
      this.paint(figure);
    });
    this.forgetOwnMutations();
    this.deps.onUpdate();
  }

  private enqueue(records: MutationRecord[]): void {
    for (const record of records) {
      if (!this.deps.isOwnNode(record.target)) this.pending.push(record);
    }
    if (this.pending.length === 0 || this.frameRequested) return;
    this.frameRequested = true;
    this.deps.requestFrame(() => {
      this.frameRequested = false;
      void this.flushMutations();
    });
  }

  private async flushMutations(): Promise<void> {
    const records = this.pending;
    this.pending = [];
    if (records.length === 0 || this.controller.signal.aborted) return;
    const changed: Node[] = [];
    for (const record of records) {
      if (record.type === 'childList' && this.onlyOwnNodes(record)) continue;
      changed.push(record.target);
      for (const node of record.addedNodes) if (!this.deps.isOwnNode(node)) changed.push(node);
    }
    if (changed.length === 0) return;
    const roots = findBlockRoots(changed);
    if (roots.length > FULL_RESCAN_ROOTS) {
      await this.scanAll();
      return;
    }
    let removed = 0;
    for (const figure of this.figures.findStale(null)) {
      this.dropFigure(figure);
      removed++;
    }
    const blocks: Block[] = [];
    for (const root of roots) {
      for (const figure of this.figures.findStale(root)) {
        this.dropFigure(figure);
        removed++;
      }
      blocks.push(...collectBlocks(root));
    }
    if (removed > 0) this.deps.onUpdate();
    await this.scanBlocks(blocks, this.generation);
  }

  private onlyOwnNodes(record: MutationRecord): boolean {
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.length > 0 && nodes.every((node) => this.deps.isOwnNode(node));
  }

  private dropFigure(figure: PageFigure): void {
    this.deps.painter.delete(figure.range);
    this.figures.delete(figure);
    this.forgetOwnMutations();
  }

  /** The wrapping fallback changes the DOM itself; those changes must not trigger rescans. */
  private forgetOwnMutations(): void {
    if (!this.deps.painter.usesHighlightApi) this.observer?.takeRecords();
  }
}
