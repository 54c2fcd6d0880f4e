import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PALETTE,
  PALETTES,
  pickSeriesStyle,
  readRelationColor,
  RELATION_BORDERS,
  RELATION_SHAPES,
} from './palette';

describe('palette', () => {
  it('gives the first 49 series distinct shape-and-colour pairs', () => {
    const styles = Array.from({ length: 49 }, (_, i) => pickSeriesStyle(i)).map(
      (s) => `${s.shape}/${s.color}`,
    );
    expect(new Set(styles).size).toBe(49);
  });

  it('gives neighbouring series different shapes', () => {
    for (let i = 0; i < 20; i++) expect(pickSeriesStyle(i).shape).not.toBe(pickSeriesStyle(i + 1).shape);
  });

  it('reads relation colours from the highlight palettes, falling back to the default', () => {
    expect(readRelationColor('same', 'ibm')).toBe(PALETTES.ibm.same);
    expect(readRelationColor('differs', 'no-such-palette')).toBe(PALETTES[DEFAULT_PALETTE].differs);
  });

  it('distinguishes relations without colour', () => {
    expect(new Set(Object.values(RELATION_SHAPES)).size).toBe(4);
    expect(new Set(Object.values(RELATION_BORDERS)).size).toBe(4);
  });
});
