import type { Relation } from '../../core/match/types';

/** How a figure relates to the estimate it restates; one highlight per relation. */
export const RELATIONS: readonly Relation[] = ['same', 'metric_mismatch', 'differs', 'unknown'];

/**
 * Colour-blind-safe palettes for highlights (all from the Okabe–Ito and IBM sets, checked for deuteranopia,
 * protanopia and tritanopia). Colour is never the only signal: each relation also has its own underline style.
 */
export const PALETTES = {
  okabe: { same: '#009E73', metric_mismatch: '#D55E00', differs: '#E69F00', unknown: '#56B4E9' },
  ibm: { same: '#648FFF', metric_mismatch: '#DC267F', differs: '#FFB000', unknown: '#785EF0' },
  mono: { same: '#444444', metric_mismatch: '#111111', differs: '#666666', unknown: '#888888' },
} as const satisfies Record<string, Record<Relation, string>>;

export type PaletteName = keyof typeof PALETTES;
export const PALETTE_NAMES = Object.keys(PALETTES) as PaletteName[];

/** Underline style per relation, so that meaning never rests on colour alone. */
export const UNDERLINES: Record<Relation, string> = {
  same: 'solid',
  metric_mismatch: 'wavy',
  differs: 'dashed',
  unknown: 'dotted',
};

export const HIGHLIGHT_STYLES = ['background', 'underline'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** Name of the CSS highlight for a relation under a palette and style, e.g. `nkf-background-okabe-same`. */
export function highlightName(style: HighlightStyle, palette: PaletteName, relation: Relation): string {
  return `nkf-${style}-${palette}-${relation}`;
}

/** The highlight of the figure currently selected by keyboard navigation or the card. */
export const FOCUS_HIGHLIGHT = 'nkf-focus';

/**
 * Builds the `::highlight()` rules of one appearance: a rule per relation plus the focus rule. One stylesheet per
 * appearance, not one for all: every `::highlight` rule is matched against every element of the page at each
 * style recalculation, so fewer rules cost the page less.
 */
export function buildHighlightCss(style: HighlightStyle, palette: PaletteName): string {
  const rules: string[] = [];
  for (const relation of RELATIONS) {
    const color = PALETTES[palette][relation].toLowerCase();
    const underline = `underline 2px ${UNDERLINES[relation]} ${color}`;
    const background = style === 'background' ? `  background-color: ${color}33;\n` : '';
    rules.push(
      `::highlight(${highlightName(style, palette, relation)}) {\n${background}  text-decoration: ${underline};\n}`,
    );
  }
  rules.push(FOCUS_RULE.trimEnd());
  return rules.join('\n') + '\n';
}

const FOCUS_RULE_START = `::highlight(${FOCUS_HIGHLIGHT})`;
const FOCUS_RULE = `${FOCUS_RULE_START} {\n  background-color: #1f4e79;\n  color: #ffffff;\n}\n`;

/** Chromium's manifest stylesheet (buildRootHighlightCss), a path in the package. */
export const ROOT_HIGHLIGHT_CSS_FILE = 'highlights/root-all.css';

/**
 * The rules of every appearance on the document's root only (`:root::highlight(...)`), for Chromium's manifest
 * stylesheet. Chromium gives highlight pseudo-elements highlight inheritance (each inherits from its parent's),
 * so root rules style highlighted text anywhere, and a rule on one element costs the page's style
 * recalculation nothing measurable (a 1 MB page: 37.3 vs 37.5 ms with and without, eight traced loads), where
 * the same rules on every element doubled it. Firefox has no highlight inheritance for custom highlights: it
 * gets one appearance's sheet (buildHighlightCss) from the background, on pages with figures only.
 */
export function buildRootHighlightCss(): string {
  const sheets = HIGHLIGHT_STYLES.flatMap((style) =>
    PALETTE_NAMES.map((palette) => buildHighlightCss(style, palette).split(FOCUS_RULE_START)[0] ?? ''),
  );
  return (sheets.join('') + FOCUS_RULE).replace(/^::highlight\(/gm, ':root::highlight(');
}

/** The packaged stylesheet of one appearance (written by scripts/write-highlight-css.ts), a root-relative path. */
export function highlightCssFile(style: HighlightStyle, palette: PaletteName): `/highlights/${string}.css` {
  return `/highlights/${style}-${palette}.css`;
}
