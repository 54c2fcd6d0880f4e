import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(join(__dirname, path), 'utf8');
const THEME = read('theme.css');

function readBlock(selector: string): Record<string, string> {
  const start = THEME.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no block ${selector}`);
  const body = THEME.slice(start, THEME.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/(--nkf-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const LIGHT = readBlock('.nkf-theme');
const DARK = readBlock(".nkf-theme[data-theme='dark']");
const DARK_MEDIA = readBlock(".nkf-theme:not([data-theme='light'])");

describe('theme.css', () => {
  it('measures contrast like WCAG', () => {
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it('defines the same tokens for light and dark, and the media query matches the override', () => {
    expect(Object.keys(LIGHT).length).toBeGreaterThan(8);
    expect(Object.keys(DARK).sort()).toEqual(Object.keys(LIGHT).sort());
    expect(DARK_MEDIA).toEqual(DARK);
  });

  it.each([
    ['light', LIGHT],
    ['dark', DARK],
  ])('meets contrast minimums in %s', (_name, v) => {
    const get = (k: string) => v[k] ?? '#000000';
    for (const bg of ['--nkf-bg', '--nkf-surface']) {
      for (const fg of ['--nkf-fg', '--nkf-muted', '--nkf-link']) {
        expect(contrast(get(fg), get(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    for (const bg of ['--nkf-yours-bg', '--nkf-weak-bg']) {
      expect(contrast(get('--nkf-fg'), get(bg)), `text on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(get('--nkf-border'), get('--nkf-bg')), 'border').toBeGreaterThanOrEqual(3);
    expect(contrast(get('--nkf-focus'), get('--nkf-bg')), 'focus ring').toBeGreaterThanOrEqual(3);
    expect(contrast(get('--nkf-muted'), get('--nkf-bg')), 'axis').toBeGreaterThanOrEqual(3);
  });

  it('uses px, not rem or em, in every stylesheet the card loads', () => {
    for (const file of ['theme.css', 'components.css', '../card/card.css']) {
      expect(read(file), file).not.toMatch(/\d(\.\d+)?r?em\b/);
    }
  });
});
