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

/** The code the extension is built from (tests, scripts and bench are not; the Node CLI in src/cli opts out per line). */
const SHIPPED = ['src/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'];
const TESTS = ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'];

/** Zero network (SECURITY.md): no API that sends or loads anything over the network. */
const NETWORK_APIS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'RTCPeerConnection',
  'importScripts',
];
const NETWORK_MESSAGE = 'Zero network: the extension sends and loads nothing (SECURITY.md).';
const NETWORK_GLOBALS = NETWORK_APIS.map((name) => ({ name, message: NETWORK_MESSAGE }));
const NETWORK_NAMES = `/^(${[...NETWORK_APIS, 'sendBeacon'].join('|')})$/`;
/** An absolute network URL (or a protocol-relative one) written in the code. */
const REMOTE_URL = '/^\\s*(https?:|wss?:|ftp:|[/]{2})/i';
/** The same APIs reached as properties (`window.fetch`, `navigator.sendBeacon`, `{ fetch } = globalThis`). */
const NETWORK_SYNTAX = [
  { selector: `MemberExpression[property.name=${NETWORK_NAMES}]`, message: NETWORK_MESSAGE },
  { selector: `MemberExpression[property.value=${NETWORK_NAMES}]`, message: NETWORK_MESSAGE },
  { selector: `ObjectPattern > Property[key.name=${NETWORK_NAMES}]`, message: NETWORK_MESSAGE },
  {
    // A worker loaded from a remote URL; packaged workers use a relative URL.
    selector: `NewExpression[callee.name=/^(Worker|SharedWorker)$/]:matches([arguments.0.value=${REMOTE_URL}], [arguments.0.quasis.0.value.raw=${REMOTE_URL}], [arguments.0.arguments.0.value=${REMOTE_URL}])`,
    message: NETWORK_MESSAGE,
  },
];

/**
 * WXT's `ctx.setTimeout`, `ctx.setInterval`, `ctx.requestAnimationFrame` and `ctx.requestIdleCallback` add an abort
 * listener per call and never remove it: on a page that stays open they pile up.
 */
const CTX_TIMERS = [
  {
    selector:
      "CallExpression[callee.object.name='ctx'][callee.property.name=/^(setTimeout|setInterval|requestAnimationFrame|requestIdleCallback)$/]",
    message:
      "WXT's ctx timers add an abort listener per call that is never removed: use createSignalTimers (src/dom/signal-timers.ts).",
  },
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
    files: SHIPPED,
    ignores: TESTS,
    rules: {
      'no-restricted-syntax': ['error', ...HTML_SINKS, ...NETWORK_SYNTAX, ...CTX_TIMERS],
      'no-restricted-globals': ['error', ...NETWORK_GLOBALS],
    },
  },
  {
    // Tests build fixtures from HTML literals; shipped code never parses HTML.
    files: TESTS,
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Pure core, its tests included.
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
        ...NETWORK_GLOBALS,
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
);
