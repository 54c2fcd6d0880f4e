/** What a message handler answers: a promise of the reply, or undefined when the message is not its to answer. */
export type MessageHandler = (message: unknown) => Promise<unknown> | undefined;

/** A runtime.onMessage listener as both browsers support it natively. */
export type NativeMessageListener = (
  message: unknown,
  sender: unknown,
  sendResponse: (response?: unknown) => void,
) => boolean;

/**
 * Adapts a handler that returns a promise of its reply to a runtime.onMessage listener that answers through
 * `sendResponse` (returning true to keep the channel open), which Chrome and Firefox both support without
 * webextension-polyfill. Content scripts are built without the polyfill (wxt.config.ts): on every page its
 * set-up cost more than the rest of the small content script. A rejected reply is answered with undefined.
 * @returns the listener; it returns false (no answer) when the handler returns undefined.
 */
export function toMessageListener(handle: MessageHandler): NativeMessageListener {
  return (message, _sender, sendResponse) => {
    const reply = handle(message);
    if (reply === undefined) return false;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
}
