import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const BASE = readFileSync(join(__dirname, 'base.css'), 'utf8');

describe('base.css (popup and options page)', () => {
  it('takes colours and the shared components from the components stylesheets', () => {
    expect(BASE).toContain("@import './components/theme.css';");
    expect(BASE).toContain("@import './components/components.css';");
  });

  it('styles no shared component and defines no theme token again', () => {
    const selectors = [...BASE.matchAll(/([^{}]+)\{/g)].map((m) => m[1]!.trim());
    expect(selectors.filter((s) => s.includes('.nkf-'))).toEqual([]);
    expect(BASE).not.toMatch(/--nkf-[\w-]+\s*:/);
  });

  it.each(['popup', 'options'])('is used by the %s page, whose root carries the theme class', (page) => {
    const html = readFileSync(join(ROOT, 'entrypoints', page, 'index.html'), 'utf8');
    expect(html).toMatch(/<html class="nkf-theme">/);
  });
});
