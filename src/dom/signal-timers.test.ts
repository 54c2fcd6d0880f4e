import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSignalTimers, type TimerHost } from './signal-timers';

/** A host whose frames are driven by hand, around vitest's fake timeouts. */
function createHost() {
  const frames = new Map<number, (time: number) => void>();
  let next = 1;
  const host: TimerHost = {
    setTimeout: (callback, ms) => setTimeout(callback, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
    requestAnimationFrame: (callback) => {
      frames.set(next, callback);
      return next++;
    },
    cancelAnimationFrame: (id) => void frames.delete(id),
  };
  const runFrame = () => {
    const due = [...frames.values()];
    frames.clear();
    for (const callback of due) callback(0);
  };
  return { host, frames, runFrame };
}

/** Counts the listeners a signal holds (added minus removed). */
function countListeners(signal: AbortSignal): () => number {
  let count = 0;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((...args: Parameters<typeof add>) => {
    count++;
    add(...args);
  }) as typeof signal.addEventListener;
  signal.removeEventListener = ((...args: Parameters<typeof remove>) => {
    count--;
    remove(...args);
  }) as typeof signal.removeEventListener;
  return () => count;
}

describe('createSignalTimers', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('fires timeouts and frames like the host does', () => {
    const { host, runFrame } = createHost();
    const timers = createSignalTimers(new AbortController().signal, host);
    const calls: string[] = [];
    timers.setTimeout(() => calls.push('timeout'), 100);
    timers.requestAnimationFrame(() => calls.push('frame'));
    runFrame();
    vi.advanceTimersByTime(99);
    expect(calls).toEqual(['frame']);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['frame', 'timeout']);
  });

  it('adds one abort listener however many timers it schedules', () => {
    const { host, runFrame } = createHost();
    const controller = new AbortController();
    const listeners = countListeners(controller.signal);
    const timers = createSignalTimers(controller.signal, host);
    for (let i = 0; i < 1_000; i++) {
      timers.setTimeout(() => undefined, i);
      timers.requestAnimationFrame(() => undefined);
    }
    runFrame();
    vi.runAllTimers();
    expect(listeners()).toBe(1);
  });

  it('cancels pending timers on abort and schedules nothing after it', () => {
    const { host, frames } = createHost();
    const controller = new AbortController();
    const timers = createSignalTimers(controller.signal, host);
    const callback = vi.fn();
    timers.setTimeout(callback, 10);
    timers.requestAnimationFrame(callback);
    controller.abort();
    expect(frames.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(timers.setTimeout(callback, 10)).toBe(0);
    expect(timers.requestAnimationFrame(callback)).toBe(0);
    vi.runAllTimers();
    expect(callback).not.toHaveBeenCalled();
  });

  it('clears a timeout it scheduled and ignores ids it does not know', () => {
    const { host } = createHost();
    const timers = createSignalTimers(new AbortController().signal, host);
    const callback = vi.fn();
    const id = timers.setTimeout(callback, 10);
    timers.clearTimeout(undefined);
    timers.clearTimeout(0);
    timers.clearTimeout(id);
    vi.runAllTimers();
    expect(callback).not.toHaveBeenCalled();
  });

  it('runs no callback whose timer fires after the abort', () => {
    // A host that cannot cancel (the timer fires anyway): the callback must still not run.
    const { host } = createHost();
    const controller = new AbortController();
    const timers = createSignalTimers(controller.signal, { ...host, clearTimeout: () => undefined });
    const callback = vi.fn();
    timers.setTimeout(callback, 10);
    controller.abort();
    vi.runAllTimers();
    expect(callback).not.toHaveBeenCalled();
  });

  it('asks isLive when a timer fires, and skips the callback when it says no', () => {
    const { host, runFrame } = createHost();
    let live = true;
    const timers = createSignalTimers(new AbortController().signal, host, () => live);
    const callback = vi.fn();
    timers.setTimeout(callback, 10);
    timers.requestAnimationFrame(callback);
    live = false;
    runFrame();
    vi.runAllTimers();
    expect(callback).not.toHaveBeenCalled();
    live = true;
    timers.setTimeout(callback, 10);
    vi.runAllTimers();
    expect(callback).toHaveBeenCalledTimes(1);
  });
});
