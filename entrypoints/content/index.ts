import { isScannableFrame } from './frames';
import './highlights.css';
import { runLoader } from './run-loader';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  async main(ctx) {
    if (!isScannableFrame()) return;
    await runLoader(ctx);
  },
});
