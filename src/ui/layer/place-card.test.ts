import { describe, expect, it } from 'vitest';
import { placeCard } from './place-card';

const viewport = { width: 1000, height: 800 };
const rect = (top: number, left: number) => ({ top, bottom: top + 20, left, right: left + 60 });

describe('placeCard', () => {
  it.each([
    ['below a figure near the top', rect(100, 200), { left: 200, top: 128, bottom: null }],
    ['above a figure near the bottom', rect(700, 200), { left: 200, top: null, bottom: 108 }],
    ['clamped at the right edge', rect(100, 900), { left: 1000 - 380 - 8, top: 128, bottom: null }],
    ['clamped at the left edge', rect(100, -40), { left: 8, top: 128, bottom: null }],
  ])('%s', (_name, anchor, expected) => {
    expect(placeCard(anchor, 380, viewport)).toMatchObject(expected);
  });

  it('never gets taller than the room it has', () => {
    const below = placeCard(rect(100, 0), 380, viewport);
    expect(below.maxHeight).toBe(800 - 120 - 8 - 8);
    const above = placeCard(rect(700, 0), 380, viewport);
    expect(above.maxHeight).toBe(700 - 8 - 8);
  });

  it('fits a narrow viewport', () => {
    const placed = placeCard(rect(10, 10), 380, { width: 300, height: 600 });
    expect(placed.left).toBe(8);
  });
});
