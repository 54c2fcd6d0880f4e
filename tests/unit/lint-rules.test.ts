import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering and safety rules live in eslint.config.js; these cases prove they bite.
const eslint = new ESLint();

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint rules', () => {
  it.each([
    ["import { h } from 'preact';\nexport const x = h;\n", 'src/core/probe.ts', 'no-restricted-imports'],
    [
      "import { browser } from 'wxt/browser';\nexport const x = browser;\n",
      'src/core/probe.ts',
      'no-restricted-imports',
    ],
    [
      "import { x } from '../dom/collect-blocks';\nexport const y = x;\n",
      'src/core/probe.ts',
      'no-restricted-imports',
    ],
    ['export const t = document.title;\n', 'src/core/probe.ts', 'no-restricted-globals'],
    ["import { h } from 'preact';\nexport const x = h;\n", 'src/dom/probe.ts', 'no-restricted-imports'],
    [
      'export function f(el: Element, s: string) {\n  el.innerHTML = s;\n}\n',
      'src/ui/probe.ts',
      'no-restricted-syntax',
    ],
    [
      "export function f(el: Element, s: string) {\n  el.insertAdjacentHTML('beforeend', s);\n}\n",
      'src/dom/probe.ts',
      'no-restricted-syntax',
    ],
    ["export const r = fetch('https://example.org');\n", 'entrypoints/probe.ts', 'no-restricted-globals'],
  ])('%s in %s is refused by %s', async (code, filePath, rule) => {
    expect(await ruleIdsFor(code, filePath)).toContain(rule);
  });

  it('allows pure code in src/core', async () => {
    expect(await ruleIdsFor('export const double = (n: number) => n * 2;\n', 'src/core/probe.ts')).toEqual(
      [],
    );
  });
});
