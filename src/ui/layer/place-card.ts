export interface RectLike {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface CardPlacement {
  left: number;
  /** Set when the card opens below the figure. */
  top: number | null;
  /** Set when the card opens above the figure (distance from the viewport's bottom edge). */
  bottom: number | null;
  maxHeight: number;
}

const GAP = 8;
const MARGIN = 8;
const PREFERRED_HEIGHT = 320;

/**
 * Where to put a card of `width` next to a figure so it stays in the viewport: below the figure when there is
 * room (or more room than above), otherwise above; horizontally aligned with the figure, clamped to the edges.
 * @returns fixed-position coordinates and the height available to the card.
 */
export function placeCard(
  anchor: RectLike,
  width: number,
  viewport: { width: number; height: number },
): CardPlacement {
  const cardWidth = Math.min(width, viewport.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - cardWidth - MARGIN));
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  if (below >= PREFERRED_HEIGHT || below >= above) {
    return {
      left,
      top: Math.max(MARGIN, anchor.bottom + GAP),
      bottom: null,
      maxHeight: Math.max(120, below),
    };
  }
  return {
    left,
    top: null,
    bottom: Math.max(MARGIN, viewport.height - anchor.top + GAP),
    maxHeight: Math.max(120, above),
  };
}
