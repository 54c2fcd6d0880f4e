import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHighlightCss, highlightName, PALETTE_NAMES, RELATIONS } from './palettes';

describe('highlight palettes', () => {
  it('the shipped highlight CSS is generated from the palettes (run scripts/write-highlight-css.ts)', () => {
    const shipped = readFileSync('public/highlights.css', 'utf8');
    expect(shipped.endsWith(buildHighlightCss())).toBe(true);
  });

  it('gives every relation a distinct underline and colour in each palette', () => {
    const css = buildHighlightCss();
    for (const palette of PALETTE_NAMES) {
      const names = RELATIONS.map((r) => highlightName('background', palette, r));
      for (const name of names) expect(css).toContain(`::highlight(${name})`);
    }
    expect(
      new Set(
        RELATIONS.map(
          (r) => css.match(new RegExp(`okabe-${r}\\) \\{\\n  text-decoration: underline 2px (\\w+)`))?.[1],
        ),
      ).size,
    ).toBe(4);
  });
});
