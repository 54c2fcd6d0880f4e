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

// Zero network (SECURITY.md): every way to reach the network is refused in all shipped code, and allowed in tests.
const NETWORK: [string, string, string][] = [
  ['fetch', "export const r = fetch('https://example.org');\n", 'no-restricted-globals'],
  ['window.fetch', "export const r = window.fetch('https://example.org');\n", 'no-restricted-syntax'],
  [
    'fetch taken from globalThis',
    "const { fetch: f } = globalThis;\nexport const r = f('https://example.org');\n",
    'no-restricted-syntax',
  ],
  ['XMLHttpRequest', 'export const x = new XMLHttpRequest();\n', 'no-restricted-globals'],
  ['WebSocket', "export const s = new WebSocket('wss://example.org');\n", 'no-restricted-globals'],
  ['EventSource', "export const s = new EventSource('https://example.org/e');\n", 'no-restricted-globals'],
  [
    'navigator.sendBeacon',
    "export const ok = navigator.sendBeacon('https://example.org', 'x');\n",
    'no-restricted-syntax',
  ],
  [
    'window.navigator.sendBeacon',
    "export const ok = window.navigator['sendBeacon']('https://example.org', 'x');\n",
    'no-restricted-syntax',
  ],
  ['RTCPeerConnection', 'export const c = new RTCPeerConnection();\n', 'no-restricted-globals'],
  ['importScripts', "importScripts('https://example.org/x.js');\n", 'no-restricted-globals'],
  ['a remote Worker', "export const w = new Worker('https://example.org/w.js');\n", 'no-restricted-syntax'],
  [
    'a remote SharedWorker',
    'export const w = new SharedWorker(`//example.org/w.js`);\n',
    'no-restricted-syntax',
  ],
  [
    'a Worker from a remote URL object',
    "export const w = new Worker(new URL('https://example.org/w.js'));\n",
    'no-restricted-syntax',
  ],
];
const SHIPPED_FILES = ['src/ext/probe.ts', 'src/ui/probe.tsx', 'src/core/probe.ts', 'entrypoints/probe.ts'];
const TEST_FILES = ['tests/unit/probe.test.ts', 'src/ext/probe.test.ts'];

describe('network lint rules', () => {
  it.each(NETWORK.flatMap(([what, code, rule]) => SHIPPED_FILES.map((file) => [what, file, code, rule])))(
    '%s in %s is refused',
    async (_what, filePath, code, rule) => {
      expect(await ruleIdsFor(code, filePath)).toContain(rule);
    },
  );

  it.each(NETWORK.flatMap(([what, code]) => TEST_FILES.map((file) => [what, file, code])))(
    '%s in %s is allowed',
    async (_what, filePath, code) => {
      expect(await ruleIdsFor(code, filePath)).toEqual([]);
    },
  );

  it('allows a packaged Worker in shipped code', async () => {
    const code = "export const w = new Worker(new URL('./probe-worker.js', import.meta.url));\n";
    expect(await ruleIdsFor(code, 'src/ext/probe.ts')).toEqual([]);
  });
});
