import type { MatchResult } from '../../core/match/types';
import type { BlockFigure } from './find-block-figures';

/** A figure on the page: where it is, what it says, and (once the background answered) what it matches. */
export interface PageFigure extends BlockFigure {
  id: number;
  result: MatchResult | null;
}

/**
 * The figures currently on the page, indexed by the Text nodes their ranges start and end in, so that
 * hit-testing a caret position and dropping the figures of a re-rendered block are cheap.
 */
export class FigureSet {
  private nextId = 1;
  private readonly byId = new Map<number, PageFigure>();
  private readonly byNode = new Map<Node, Set<PageFigure>>();
  private ordered: PageFigure[] | null = null;

  get size(): number {
    return this.byId.size;
  }

  add(found: BlockFigure): PageFigure {
    const figure: PageFigure = { ...found, id: this.nextId++, result: null };
    this.byId.set(figure.id, figure);
    for (const piece of found.block.pieces) this.indexNode(piece.node, figure);
    this.ordered = null;
    return figure;
  }

  delete(figure: PageFigure): void {
    if (!this.byId.delete(figure.id)) return;
    for (const piece of figure.block.pieces) this.byNode.get(piece.node)?.delete(figure);
    this.ordered = null;
  }

  get(id: number): PageFigure | undefined {
    return this.byId.get(id);
  }

  /** @returns the figures whose text lies inside `root` or was detached from the document. */
  findStale(root: Node | null): PageFigure[] {
    const stale: PageFigure[] = [];
    for (const figure of this.byId.values()) {
      const node = figure.range.startContainer;
      if (!node.isConnected || (root !== null && root.contains(node))) stale.push(figure);
    }
    return stale;
  }

  /** @returns the figure whose range contains the caret position, or null. */
  findAt(node: Node, offset: number): PageFigure | null {
    const candidates = this.byNode.get(node);
    if (!candidates) return null;
    for (const figure of candidates) {
      try {
        if (figure.range.isPointInRange(node, offset)) return figure;
      } catch {
        // A range from another document or a detached node: not a hit.
      }
    }
    return null;
  }

  /** Figures in document order (cached until the set changes). */
  inOrder(): PageFigure[] {
    this.ordered ??= [...this.byId.values()].sort((a, b) =>
      a.range.compareBoundaryPoints(Range.START_TO_START, b.range),
    );
    return this.ordered;
  }

  clear(): void {
    this.byId.clear();
    this.byNode.clear();
    this.ordered = null;
  }

  private indexNode(node: Node, figure: PageFigure): void {
    let set = this.byNode.get(node);
    if (!set) this.byNode.set(node, (set = new Set()));
    set.add(figure);
  }
}
