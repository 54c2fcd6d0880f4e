import type { MatchResult, Relation } from '../../core/match/types';
import type { BlockFigure } from './find-block-figures';

/** A figure on the page: where it is, what it says, and (once the background answered) how it relates. */
export interface PageFigure extends BlockFigure {
  id: number;
  /** How the figure relates to the estimate it most likely restates; null until matched. */
  relation: Relation | null;
  /** The full match (estimates, series, notes), fetched when a card needs it; null until then. */
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
    const figure: PageFigure = { ...found, id: this.nextId++, relation: null, result: null };
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

  /**
   * One pass over the figures: those detached from the document, and those inside any of `roots` (about to
   * be rescanned), found by walking up from each figure's node until a root or the top.
   * @returns the stale figures; an empty array when none are.
   */
  findStale(roots: ReadonlySet<Node>): PageFigure[] {
    const stale: PageFigure[] = [];
    for (const figure of this.byId.values()) {
      // The Text nodes, not the Range: a Range whose nodes are removed collapses onto their parent and stays
      // connected, while the removed nodes themselves do not.
      const node = figure.range.collapsed ? null : figure.range.startContainer;
      if (!node?.isConnected || !figure.block.pieces.every((p) => p.node.isConnected)) {
        stale.push(figure);
        continue;
      }
      if (roots.size === 0) continue;
      for (let at: Node | null = node ?? null; at; at = at.parentNode) {
        if (roots.has(at)) {
          stale.push(figure);
          break;
        }
      }
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
