import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mentionsNorthKorea } from '@/src/core/extract/topic-gate';

/** Text checked per frame at most; anything larger falls back to a whole-body check. */
const MAX_ADDED_TEXT = 200_000;

/**
 * On pages with no North Korea mention yet, watches added content (batched per animation frame) and calls
 * `onTopic` once a mention appears. Only the added nodes' text is checked, so idle pages cost almost nothing.
 * @returns a function that stops watching.
 */
export function watchForTopic(ctx: ContentScriptContext, doc: Document, onTopic: () => void): () => void {
  if (!doc.body) return () => undefined;
  let added: Node[] = [];
  let frame = false;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') added.push(record.target);
      else for (const node of record.addedNodes) added.push(node);
    }
    if (frame || added.length === 0) return;
    frame = true;
    ctx.requestAnimationFrame(() => {
      frame = false;
      const nodes = added;
      added = [];
      let size = 0;
      let text = '';
      for (const node of nodes) {
        const piece = node.textContent ?? '';
        size += piece.length;
        if (size > MAX_ADDED_TEXT) {
          text = doc.body?.textContent ?? '';
          break;
        }
        text += `${piece}\n`;
      }
      if (mentionsNorthKorea(text)) {
        stop();
        onTopic();
      }
    });
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  const stop = () => observer.disconnect();
  ctx.onInvalidated(stop);
  return stop;
}
