import { isScannableFrame } from './frames';
import './highlights.css';
import { runLoader } from './run-loader';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Right when the DOM is parsed (the gate is cheap; the scanner comes only to pages that mention North Korea),
  // so figures are marked by the time the reader looks, not after the page's images and idle time.
  runAt: 'document_end',
  allFrames: true,
  async main(ctx) {
    if (!isScannableFrame()) return;
    await runLoader(ctx);
  },
});
