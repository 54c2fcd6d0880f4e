import { isScannableFrame, runContent } from './run-content';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  async main(ctx) {
    if (!isScannableFrame()) return;
    await runContent(ctx);
  },
});
