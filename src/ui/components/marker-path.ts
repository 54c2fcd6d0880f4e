/**
 * SVG path data for the marker shapes, shared by the timeline, its legend and the relation badges.
 */
import type { MarkerShape } from './palette';

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function polygon(points: [number, number][]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`).join(' ') + ' Z';
}

/** Path data of a shape centred on (cx, cy) with radius r; closed shapes can be filled, plus/cross are strokes. */
export function buildMarkerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'circle':
    case 'ring':
      return `M${round(cx - r)} ${round(cy)} A${round(r)} ${round(r)} 0 1 0 ${round(cx + r)} ${round(cy)} A${round(r)} ${round(r)} 0 1 0 ${round(cx - r)} ${round(cy)} Z`;
    case 'square': {
      const s = r * 0.85;
      return polygon([
        [cx - s, cy - s],
        [cx + s, cy - s],
        [cx + s, cy + s],
        [cx - s, cy + s],
      ]);
    }
    case 'triangle':
      return polygon([
        [cx, cy - r],
        [cx + r, cy + r * 0.8],
        [cx - r, cy + r * 0.8],
      ]);
    case 'triangle-down':
      return polygon([
        [cx - r, cy - r * 0.8],
        [cx + r, cy - r * 0.8],
        [cx, cy + r],
      ]);
    case 'diamond':
      return polygon([
        [cx, cy - r],
        [cx + r, cy],
        [cx, cy + r],
        [cx - r, cy],
      ]);
    case 'plus': {
      const w = r * 0.35;
      return polygon([
        [cx - w, cy - r],
        [cx + w, cy - r],
        [cx + w, cy - w],
        [cx + r, cy - w],
        [cx + r, cy + w],
        [cx + w, cy + w],
        [cx + w, cy + r],
        [cx - w, cy + r],
        [cx - w, cy + w],
        [cx - r, cy + w],
        [cx - r, cy - w],
        [cx - w, cy - w],
      ]);
    }
    case 'cross': {
      const w = r * 0.3;
      const d = r * 0.75;
      return polygon([
        [cx - d - w, cy - d + w],
        [cx - d + w, cy - d - w],
        [cx, cy - 2 * w],
        [cx + d - w, cy - d - w],
        [cx + d + w, cy - d + w],
        [cx + 2 * w, cy],
        [cx + d + w, cy + d - w],
        [cx + d - w, cy + d + w],
        [cx, cy + 2 * w],
        [cx - d + w, cy + d + w],
        [cx - d - w, cy + d - w],
        [cx - 2 * w, cy],
      ]);
    }
  }
}
