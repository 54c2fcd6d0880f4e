import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Firefox-only keys go through the function form so they never leak into the Chrome manifest.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // No modulepreload polyfill: both browsers preload natively, and it would add a fetch() to our pages.
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
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
