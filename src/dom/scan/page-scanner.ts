import type { TextUnit } from '../../core/extract/find-unit-figures';
import { countsContainers } from '../../core/extract/furniture';
import { namesNorthKorea } from '../../core/extract/names-north-korea';
import { namesNorthKoreaOften } from '../../core/extract/names-north-korea-often';
import { dropInvisible } from '../../core/lang/invisible';
import type { FoundFigure } from '../../core/messages';
import type { Metric } from '../../core/types';
import type { Block } from '../block';
import { collectBlocks } from '../collect-blocks';
import { isBlockElement } from '../element-rules';
import { findBlockRoots } from '../find-block-root';
import { createVisibilityCheck, type VisibilityCheck } from '../visibility';
import { readLeadingContext, walkMentionRegions } from './walk-mention-regions';
import { findChunkMentions } from './find-mention-nodes';
import { countChunkChars, readBodyChunks, type TextChunk } from './read-text-chunks';
import type { HighlightPainter } from '../highlight/highlight-painter';
import { toBlockFigures, toTextUnit } from './find-block-figures';
import { FigureSet, type PageFigure } from './figure-set';
import { orderByViewport } from './order-by-viewport';
import { mayBeScrolledAfterLoad } from '../page/may-be-scrolled';
import { firstBlockOf, planUnits, type ScanUnit } from './plan-units';
import { runSliced, yieldToMain } from './yield-to-main';

export interface ScannerDeps {
  doc: Document;
  painter: HighlightPainter;
  /**
   * Asks the background for the figures in units of page text and their relations; one list per unit, null
   * for a unit it could not read.
   */
  find(units: readonly TextUnit[]): Promise<Array<FoundFigure[] | null>>;
  /** True for nodes of our own UI, whose mutations and text are ignored. */
  isOwnNode(node: Node): boolean;
  /** Called whenever the set of figures or their results changed. */
  onUpdate(): void;
  /** Schedules a callback before the next paint (the content-script context's rAF). */
  requestFrame(callback: () => void): void;
  /** The body's current text in chunks (readTextChunks) if someone already read it; null otherwise. */
  takeBodyText?(body: HTMLElement): TextChunk[] | null;
  /** Whether takeBodyText has a text for `body` (without taking it); someone keeps it only for long pages. */
  hasBodyText?(body: HTMLElement): boolean;
}

/** Above this many changed blocks in one frame, rescanning everything is cheaper than diffing. */
const FULL_RESCAN_ROOTS = 200;
/** Rescans for page changes come at most this often (ms). */
const MIN_FLUSH_INTERVAL_MS = 150;
/** …and at least this often however long the page keeps changing (ms). */
const MAX_FLUSH_INTERVAL_MS = 1_000;
/** Changes that come this long after the last rescan's wait are a new burst: rescanned at the next frame (ms). */
const QUIET_MS = 500;
const SLICE_MS = 8;
/** A page with at least this much text is searched for mentions in a task of its own. */
const LONG_PAGE_CHARS = 100_000;
/**
 * Text sent to the background per request, at most (a unit is never split): small enough that the first
 * request, the visible part of the page, comes back quickly, big enough to keep round trips few.
 */
const REQUEST_CHARS = 48_000;
/** Characters of the page's first unit, at most: the background answers a small unit soonest. */
const FIRST_UNIT_CHARS = 2_000;

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
  private lastFlush = -Infinity;
  /** The wait between rescans for page changes now (ms): longer while the page keeps changing. */
  private flushInterval = MIN_FLUSH_INTERVAL_MS;
  /** Mutation flushes run one after another: overlapping rescans of one block would paint it twice. */
  private flushing: Promise<void> = Promise.resolve();
  private generation = 0;
  /** The page is about North Korea (isTopicPage, TextUnit.topic), as of the last full scan. */
  private topic = false;
  private readonly shown = new Set<PageFigure>();
  private readonly controller = new AbortController();
  private isVisible: VisibilityCheck | null = null;

  constructor(private readonly deps: ScannerDeps) {}

  /** Limits painting to these metrics (null = all). Figures of other metrics are found but not painted. */
  setMetrics(metrics: ReadonlySet<Metric> | null): void {
    this.metrics = metrics;
    this.deps.painter.clear();
    this.shown.clear();
    for (const figure of this.figures.inOrder()) this.paint(figure);
    this.deps.onUpdate();
  }

  /** Figures that are shown (painted) under the current metric filter, in document order. */
  visibleFigures(): PageFigure[] {
    return this.figures.inOrder().filter((f) => this.shown.has(f));
  }

  /** How many figures are shown; cheap (no sorting), for summaries and the badge. */
  /** Whether the page is about North Korea (isTopicPage), as of the last full scan. */
  get isTopic(): boolean {
    return this.topic;
  }

  get shownCount(): number {
    return this.shown.size;
  }

  /** Scans the whole document, viewport first, in slices. Resolves when done (or stopped). */
  async scanAll(): Promise<void> {
    const generation = ++this.generation;
    this.clearFigures();
    const body = this.deps.doc.body;
    if (!body) return;
    // Only the blocks near a mention of North Korea can hold a figure: find the mentions with a cheap pass
    // over the text, then read the blocks around them (most of a long page is never walked). The walk judges
    // by tags and attributes only; layout is asked about the few figures found (see findAndPaint), not about
    // every element walked, which was half the walk's cost.
    const slices = { pause: yieldToMain, budgetMs: SLICE_MS, signal: this.controller.signal };
    // On a long page the search for mentions (a few ms on 1 MB) runs in a task of its own: not after the
    // scanner's start-up in one long task, nor before the walk's first slice. On an article it takes about a
    // millisecond and runs at once: a yield there only put the first highlights behind the page's rendering.
    let chunks: TextChunk[] | null = null;
    if (this.deps.hasBodyText?.(body) === true) {
      await yieldToMain();
      if (generation !== this.generation) return;
      chunks = this.deps.takeBodyText?.(body) ?? null;
    }
    chunks ??= readBodyChunks(body);
    const mentions = findChunkMentions(chunks);
    this.topic = isTopicPage(mentions);
    const long = countChunkChars(chunks) >= LONG_PAGE_CHARS;
    // The page's text is not needed past this point: without a reference it is not copied by every minor GC
    // of the scan that follows (a megabyte on a long page).
    chunks = null;
    if (long) {
      await yieldToMain();
      if (generation !== this.generation) return;
    }
    const regions = walkMentionRegions(body, mentions, null, { ...slices, topic: this.topic });
    const sender = this.startSending(generation, true);
    // Right after load the page's navigation says whether it can be scrolled (asking scrollY would make the
    // browser restyle and lay out the page inside this task); later scans (settings, navigations) ask.
    const view = this.deps.doc.defaultView;
    const firstScan = generation === 1;
    const scrolled = view ? (firstScan ? mayBeScrolledAfterLoad(view) : view.scrollY > 0) : false;
    if (scrolled) {
      // A page opened further down (a reload keeps the scroll): read everything, then the visible part first.
      const units: ScanUnit[] = [];
      const named = new Set<Block>();
      for await (const region of regions) {
        units.push(...planUnits(region.blocks, undefined, region.context));
        for (const block of region.named) named.add(block);
      }
      if (generation !== this.generation) return;
      await runSliced(orderByViewport(units, firstBlockOf), (unit) => sender.add(unit, named), slices);
    } else {
      // At the top of the page, document order is viewport order: each region is sent as soon as it is read,
      // the very first in a small unit of its own, so the first highlights do not wait for the whole page.
      let first = true;
      for await (const region of regions) {
        if (generation !== this.generation) return;
        const size = first ? FIRST_UNIT_CHARS : undefined;
        for (const unit of planUnits(region.blocks, undefined, region.context, size))
          sender.add(unit, region.named);
        first = false;
      }
    }
    await sender.finish();
    // The last figures reach the page now, not with the next batch of highlights.
    if (generation === this.generation) this.deps.painter.flushPending();
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

  /** Whether the browser renders the figure's text (not inside `display: none`, `visibility: hidden` …). */
  private isRendered(range: Range): boolean {
    const element = range.startContainer.parentElement;
    if (!element) return true;
    this.isVisible ??= createVisibilityCheck(element) ?? (() => true);
    return this.isVisible(element);
  }

  private paint(figure: PageFigure): void {
    const { relation } = figure;
    if (relation === null || (this.metrics !== null && !this.metrics.has(figure.figure.metric))) {
      this.shown.delete(figure);
      return;
    }
    this.shown.add(figure);
    this.deps.painter.add(figure.range, relation);
  }

  private clearFigures(): void {
    this.deps.painter.clear();
    this.figures.clear();
    this.shown.clear();
  }

  private async scanUnits(units: readonly ScanUnit[], generation: number, notify = true): Promise<void> {
    const sender = this.startSending(generation, notify);
    await runSliced(units, sender.add, { budgetMs: SLICE_MS, signal: this.controller.signal });
    await sender.finish();
    if (generation === this.generation) this.deps.painter.flushPending();
  }

  /**
   * Batches units into requests to the background as they come: the first unit goes alone (the visible part
   * of the page comes first, so it is painted soonest), then up to REQUEST_CHARS or one slice's worth.
   * Units whose text never names North Korea (nor do the blocks before them) hold no figure and are not sent.
   * `add` may be told which blocks name North Korea (the walk tested each one), so it need not test again.
   */
  private startSending(
    generation: number,
    notify: boolean,
  ): { add: (unit: ScanUnit, named?: ReadonlySet<Block>) => void; finish: () => Promise<void> } {
    let batch: ScanUnit[] = [];
    let texts: TextUnit[] = [];
    let chars = 0;
    let sliceStart = performance.now();
    const requests: Promise<void>[] = [];
    const send = () => {
      if (batch.length === 0) return;
      requests.push(this.findAndPaint(batch, texts, generation, notify));
      batch = [];
      texts = [];
      chars = 0;
    };
    return {
      add: (unit, named) => {
        if (named !== undefined && !unitNamesNorthKorea(unit, named)) return;
        const text = toTextUnit(unit);
        if (this.topic) text.topic = true;
        if (named === undefined && !text.texts.some((t) => namesNorthKorea(t) || countsContainers(t))) return;
        batch.push(unit);
        texts.push(text);
        for (const t of text.texts) chars += t.length;
        if (requests.length === 0 || chars >= REQUEST_CHARS || performance.now() - sliceStart >= SLICE_MS) {
          send();
          sliceStart = performance.now();
        }
      },
      finish: async () => {
        send();
        await Promise.all(requests);
      },
    };
  }

  private async findAndPaint(
    units: readonly ScanUnit[],
    texts: readonly TextUnit[],
    generation: number,
    notify: boolean,
  ): Promise<void> {
    let found: Array<FoundFigure[] | null>;
    try {
      found = await this.deps.find(texts);
    } catch {
      found = [];
    }
    if (generation !== this.generation || this.controller.signal.aborted) return;
    units.forEach((unit, i) => {
      for (const item of toBlockFigures(unit, found[i] ?? [])) {
        if (!item.range.startContainer.isConnected || !this.isRendered(item.range)) continue;
        const { relation, ...located } = item;
        const figure = this.figures.add(located);
        figure.relation = relation;
        this.paint(figure);
      }
    });
    this.forgetOwnMutations();
    if (notify) this.deps.onUpdate();
  }

  private enqueue(records: MutationRecord[]): void {
    for (const record of records) {
      if (!this.deps.isOwnNode(record.target)) this.pending.push(record);
    }
    if (this.pending.length === 0 || this.frameRequested) return;
    this.frameRequested = true;
    const flush = () =>
      this.deps.requestFrame(() => {
        this.frameRequested = false;
        this.lastFlush = performance.now();
        this.flushing = this.flushing.then(() => this.flushMutations()).catch(() => undefined);
      });
    // A page that changes all the time (a ticker, a live feed) is rescanned a few times a second, then less and
    // less often while it keeps changing, down to once a second; the first change after a quiet spell still goes at
    // the next frame.
    const now = performance.now();
    this.flushInterval =
      now - this.lastFlush < this.flushInterval + QUIET_MS
        ? Math.min(this.flushInterval * 1.5, MAX_FLUSH_INTERVAL_MS)
        : MIN_FLUSH_INTERVAL_MS;
    const wait = this.lastFlush + this.flushInterval - now;
    if (wait > 0) setTimeout(flush, wait);
    else flush();
  }

  private async flushMutations(): Promise<void> {
    const records = this.pending;
    this.pending = [];
    if (records.length === 0 || this.controller.signal.aborted) return;
    const changed = this.collectChangedNodes(records);
    const roots = findBlockRoots(changed);
    if (roots.length > FULL_RESCAN_ROOTS) {
      await this.scanAll();
      return;
    }
    const stale = this.figures.findStale(new Set(roots));
    for (const figure of stale) this.dropFigure(figure);
    const units: ScanUnit[] = [];
    for (const root of roots) {
      const blocks = collectBlocks(root);
      if (blocks.length === 0) continue;
      // A changed block may hold a figure whose subject the blocks before it name: they ride along as context.
      units.push(...planUnits(blocks, undefined, readLeadingContext(root, blocks, this.topic)));
    }
    // One update at the end: a block that is dropped and found again must not flicker the count.
    await this.scanUnits(units, this.generation, false);
    this.deps.onUpdate();
  }

  /**
   * The nodes whose blocks need a rescan: changed text, and added nodes (a new paragraph is its own block
   * root, so appending to a long feed never rescans the feed). A removed inline node changes its parent's
   * text, so the parent is rescanned; figures inside removed nodes are dropped as detached.
   */
  private collectChangedNodes(records: readonly MutationRecord[]): Node[] {
    const changed: Node[] = [];
    for (const record of records) {
      if (record.type === 'characterData') {
        changed.push(record.target);
        continue;
      }
      if (record.type !== 'childList' || this.onlyOwnNodes(record)) continue;
      for (const node of record.addedNodes) if (!this.deps.isOwnNode(node)) changed.push(node);
      for (const node of record.removedNodes) {
        if (node.nodeType !== 1 || !isBlockElement(node as Element)) {
          changed.push(record.target);
          break;
        }
      }
    }
    return changed;
  }

  private onlyOwnNodes(record: MutationRecord): boolean {
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.length > 0 && nodes.every((node) => this.deps.isOwnNode(node));
  }

  private dropFigure(figure: PageFigure): void {
    this.deps.painter.delete(figure.range);
    this.figures.delete(figure);
    this.shown.delete(figure);
    this.forgetOwnMutations();
  }

  /** The wrapping fallback changes the DOM itself; those changes must not trigger rescans. */
  private forgetOwnMutations(): void {
    if (!this.deps.painter.usesHighlightApi) this.observer?.takeRecords();
  }
}

/**
 * Whether a page is about North Korea, as extractFigures reads a whole text (its page-wide topic): its mention
 * nodes name North Korea MIN_TOPIC_MENTIONS times or more by the gate's names (not the prefilter's words, which
 * "südkoreanisch" holds too), in one node or several. Such a page's units are marked (TextUnit.topic).
 * @returns false for fewer such names.
 */
export function isTopicPage(mentions: readonly Text[]): boolean {
  return namesNorthKoreaOften(mentions.map((node) => dropInvisible(node.data)));
}

/**
 * Whether a unit may hold a figure: a group with a block that names North Korea, as `named` says (the walk's
 * own test of each block), or a window whose own text names it (a long block that names North Korea once need
 * not send every window); or one whose own text counts containers (the walk reads on through such paragraphs
 * after a mention, and the extractor reads them as the page's subject: countsContainers).
 */
export function unitNamesNorthKorea(unit: ScanUnit, named: ReadonlySet<Block>): boolean {
  if (unit.kind === 'window') {
    const text = unit.block.text.slice(unit.from, unit.to);
    return namesNorthKorea(text) || countsContainers(text);
  }
  return (
    unit.blocks.some((block) => named.has(block) || countsContainers(block.text)) ||
    unit.context.some((block) => named.has(block))
  );
}
