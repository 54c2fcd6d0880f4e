import { describe, expect, it, vi } from 'vitest';
import { toMessageListener } from './to-message-listener';

describe('toMessageListener', () => {
  it('answers a promised reply through sendResponse and keeps the channel open', async () => {
    const sendResponse = vi.fn();
    const listener = toMessageListener((message) => Promise.resolve({ echo: message }));
    expect(listener('hi', {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ echo: 'hi' }));
  });

  it('does not answer when the handler returns undefined', () => {
    const sendResponse = vi.fn();
    expect(toMessageListener(() => undefined)('x', {}, sendResponse)).toBe(false);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('answers undefined when the reply fails', async () => {
    const sendResponse = vi.fn();
    expect(toMessageListener(() => Promise.reject(new Error('no')))('x', {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith(undefined));
  });
});
