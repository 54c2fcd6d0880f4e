import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { ROOT_HIGHLIGHT_CSS_FILE } from './src/dom/highlight/palettes';

/** Entry points that run in web pages, built without webextension-polyfill (see the hook below). */
const CONTENT_SCRIPTS = new Set(['content', 'scanner', 'card-ui']);

/**
 * Injected scripts whose functions nearly all run as soon as they are injected: V8 compiles them in one pass
 * (see compileHintPlugin). Not the content script every page loads: most of it runs only where there is work.
 */
const EAGER_SCRIPTS = new Set(['scanner']);

/** What content scripts get for `@1natsu/wait-element` (src/ext/wait-element-stub.ts says why). */
const WAIT_ELEMENT_STUB = fileURLToPath(new URL('./src/ext/wait-element-stub.ts', import.meta.url));

/** The topic gate, and what the scanner imports instead: the one the small content script shares. */
const TOPIC_GATE = fileURLToPath(new URL('./src/core/extract/topic-gate.ts', import.meta.url));
const SHARED_TOPIC_GATE = fileURLToPath(
  new URL('./entrypoints/content/shared-topic-gate.ts', import.meta.url),
);

/**
 * Points the scanner's imports of the topic gate at the content script's copy (shared-topic-gate.ts): the scanner
 * is only ever injected into a frame whose content script has run, and the gate's patterns (about 0.4 KB gzip)
 * would otherwise be shipped and compiled twice on every page that mentions North Korea.
 */
function sharedTopicGatePlugin(): Plugin {
  return {
    name: 'nkf:shared-topic-gate',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/topic-gate(?:\.ts)?$/.test(source) || importer === SHARED_TOPIC_GATE) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === TOPIC_GATE ? SHARED_TOPIC_GATE : null;
    },
  };
}

/** V8's explicit compile hint (Chromium 136+; other engines ignore the comment). */
const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Starts each chunk with V8's compile hint, after minification (which drops comments). The scanner is
 * injected into every page that mentions North Korea; there, about 240 of its functions run at once, and V8
 * compiling each one lazily on its first call (parsing it a second time) cost more than compiling the whole
 * script up front. bench/README.md has the measurements.
 */
function compileHintPlugin(): Plugin {
  return {
    name: 'nkf:compile-hint',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = `${EAGER_COMPILE_HINT}\n${chunk.code}`;
      }
    },
  };
}

// Firefox-only keys go through the function form so they never leak into the Chrome manifest.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // No modulepreload polyfill: both browsers preload natively, and it would add a fetch() to our pages.
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  hooks: {
    // Chromium: highlight styles on the root only, through the manifest (src/dom/highlight/palettes.ts says why).
    // Firefox gets no manifest stylesheet: the background inserts one appearance's sheet where the scanner runs.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'chrome') return;
      for (const script of manifest.content_scripts ?? []) script.css = [ROOT_HIGHLIGHT_CSS_FILE];
    },
    // Scripts that run in pages (the small one every page loads, the scanner, the card renderer) do without
    // webextension-polyfill: setting it up (wrapping the whole API) was a large share of their start-up on every
    // page. Both browsers' MV3 APIs return promises; they answer messages through sendResponse
    // (src/ext/to-message-listener.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => CONTENT_SCRIPTS.has(entry.name))) return;
      if (entrypoints.some((entry) => EAGER_SCRIPTS.has(entry.name))) {
        (config.plugins ??= []).push(compileHintPlugin(), sharedTopicGatePlugin());
      }
      const alias = config.resolve?.alias ?? [];
      const entries: Array<{ find: string | RegExp; replacement: string }> = Array.isArray(alias)
        ? alias
        : Object.entries(alias as Record<string, string>).map(([find, replacement]) => ({
            find,
            replacement,
          }));
      config.resolve = {
        ...config.resolve,
        alias: [
          ...entries.filter((entry) => entry.find !== 'wxt/browser'),
          // WXT's shadow-root UI brings autoMount()'s element waiter (~1.1 KB gzip), which our host never uses.
          { find: /^@1natsu\/wait-element(\/detectors)?$/, replacement: WAIT_ELEMENT_STUB },
        ],
      };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'next-figure': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_commandNextFigure__',
      },
      'previous-figure': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_commandPreviousFigure__',
      },
    },
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'nk-figures-check@factcheck.example',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
