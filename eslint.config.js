// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Modules that only the page/extension layers may use; the core must stay pure. */
const NOT_IN_CORE = [
  { group: ['wxt', 'wxt/*', '#imports', '#imports/*'], message: 'src/core is pure: no WXT.' },
  { group: ['webextension-polyfill', '@wxt-dev/*'], message: 'src/core is pure: no extension APIs.' },
  { group: ['preact', 'preact/*', '@preact/*'], message: 'src/core is pure: no Preact.' },
  {
    group: ['**/dom/**', '**/dom', '**/ui/**', '**/ui', '**/entrypoints/**'],
    message: 'Dependencies point one way: core <- dom <- ui/entrypoints.',
  },
];

/** HTML-parsing sinks: page, dataset and imported text is only ever text. */
const HTML_SINKS = [
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'No HTML parsing: use textContent.',
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln|createContextualFragment|parseFromString)$/]',
    message: 'No HTML parsing of text.',
  },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML parsing: render text.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No eval.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
];

export default tseslint.config(
  {
    ignores: [
      'tmp-*',
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'coverage/**',
      'bench/results.json',
      'tests/e2e/.artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...HTML_SINKS],
    },
  },
  {
    // Tests build fixtures from HTML literals; shipped code never parses HTML.
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/core/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: NOT_IN_CORE }],
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'browser',
        'chrome',
        'navigator',
        'location',
        'fetch',
        'XMLHttpRequest',
      ],
    },
  },
  {
    files: ['src/dom/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/ui', '**/entrypoints/**', 'preact', 'preact/*'],
              message: 'src/dom must not depend on ui, entrypoints or Preact.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/dom/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'],
    },
  },
);
