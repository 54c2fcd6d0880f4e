import { mentionsNorthKorea } from '../../core/extract/topic-gate';

/** Text checked per frame at most; anything larger falls back to a whole-body check. */
const MAX_ADDED_TEXT = 200_000;

/**
 * On pages with no North Korea mention yet, watches added content (batched per animation frame) and calls
 * `onTopic` once a mention appears. Only the added nodes' text is checked, so idle pages cost almost nothing.
 * Stops by itself after `onTopic`, and when `signal` aborts.
 * @returns a function that stops watching; a no-op when the document has no body.
 */
export function watchForTopic(doc: Document, onTopic: () => void, signal: AbortSignal): () => void {
  if (!doc.body || signal.aborted) return () => undefined;
  let added: Node[] = [];
  let frame = 0;
  const check = () => {
    frame = 0;
    const nodes = added;
    added = [];
    let text = '';
    for (const node of nodes) {
      text += `${node.textContent ?? ''}\n`;
      if (text.length > MAX_ADDED_TEXT) {
        text = doc.body?.textContent ?? '';
        break;
      }
    }
    if (mentionsNorthKorea(text)) {
      stop();
      onTopic();
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') added.push(record.target);
      else for (const node of record.addedNodes) added.push(node);
    }
    if (frame === 0 && added.length > 0) frame = requestAnimationFrame(check);
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    signal.removeEventListener('abort', stop);
  };
  signal.addEventListener('abort', stop, { once: true });
  return stop;
}
