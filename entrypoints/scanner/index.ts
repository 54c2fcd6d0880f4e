import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readIsolatedGlobals } from '../content/shared-globals';
import { runContent } from './run-content';

// Injected by the background (scripting.executeScript) into frames whose small content script found work.
export default defineUnlistedScript(() => {
  const globals = readIsolatedGlobals();
  if (globals.__nkfScanner) return;
  globals.__nkfScanner = true;
  const pending = globals.__nkfPending ?? [];
  globals.__nkfPending = [];
  // No legacy window.postMessage (see entrypoints/content/index.ts): the page never hears of us.
  void runContent(new ContentScriptContext('nkf-scanner', { noScriptStartedPostMessage: true }), pending);
});
