import { isScannableFrame } from './frames';
import { runLoader } from './run-loader';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Right when the DOM is parsed (the gate is cheap; the scanner comes only to pages that mention North Korea),
  // so figures are marked by the time the reader looks, not after the page's images and idle time.
  runAt: 'document_end',
  allFrames: true,
  // WXT's legacy window.postMessage announcing each content script: the page would see it (it tells the page
  // the extension is there), and from a content script's world it cost 11-17 ms per call on this machine.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (!isScannableFrame()) return;
    await runLoader(ctx);
  },
});
