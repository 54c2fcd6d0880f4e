import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildHighlightCss,
  buildRootHighlightCss,
  ROOT_HIGHLIGHT_CSS_FILE,
  FOCUS_HIGHLIGHT,
  HIGHLIGHT_STYLES,
  highlightCssFile,
  highlightName,
  PALETTE_NAMES,
  RELATIONS,
} from './palettes';

const APPEARANCES = HIGHLIGHT_STYLES.flatMap((style) =>
  PALETTE_NAMES.map((palette) => [style, palette] as const),
);

describe('highlight palettes', () => {
  it.each(APPEARANCES)(
    'ships the %s/%s stylesheet as generated (run scripts/write-highlight-css.ts)',
    (style, palette) => {
      const shipped = readFileSync(`public${highlightCssFile(style, palette)}`, 'utf8');
      expect(shipped.endsWith(buildHighlightCss(style, palette))).toBe(true);
    },
  );

  it("ships Chromium's root stylesheet as generated: every appearance's rules, each on the root only", () => {
    const shipped = readFileSync(`public/${ROOT_HIGHLIGHT_CSS_FILE}`, 'utf8');
    const css = buildRootHighlightCss();
    expect(shipped.endsWith(css)).toBe(true);
    const selectors = [...css.matchAll(/^([^\s{}][^{}\n]*) \{/gm)].map((m) => m[1]);
    const names = APPEARANCES.flatMap(([style, palette]) =>
      RELATIONS.map((relation) => highlightName(style, palette, relation)),
    );
    expect(selectors).toEqual([...names, FOCUS_HIGHLIGHT].map((name) => `:root::highlight(${name})`));
  });

  it.each(APPEARANCES)(
    '%s/%s: one rule per relation and the focus rule, each relation its own underline and colour',
    (style, palette) => {
      const css = buildHighlightCss(style, palette);
      const rules = [...css.matchAll(/::highlight\(([\w-]+)\) \{([^}]*)\}/g)];
      expect(rules.map((r) => r[1])).toEqual([
        ...RELATIONS.map((relation) => highlightName(style, palette, relation)),
        FOCUS_HIGHLIGHT,
      ]);
      const relationRules = rules.slice(0, RELATIONS.length).map((r) => r[2] ?? '');
      const underlines = relationRules.map((body) => body.match(/underline 2px (\w+) (#\w+)/));
      expect(new Set(underlines.map((u) => u?.[1])).size).toBe(RELATIONS.length);
      expect(new Set(underlines.map((u) => u?.[2])).size).toBe(RELATIONS.length);
      for (const body of relationRules)
        expect(body.includes('background-color')).toBe(style === 'background');
    },
  );
});
