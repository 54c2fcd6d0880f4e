import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCATION_POLL_MS, watchLocation, type LocationSource } from './watch-location';

/** A window with a settable URL, with or without the Navigation API, its intervals on vitest's fake timers. */
function createWindow(withNavigation: boolean) {
  const events = new EventTarget();
  const location = { href: 'https://news.example/a' };
  const navigation = withNavigation ? new EventTarget() : undefined;
  const win: LocationSource = {
    location,
    ...(navigation ? { navigation } : {}),
    addEventListener: (type, listener, options) => events.addEventListener(type, listener, options),
    setInterval: (callback, ms) => setInterval(callback, ms) as unknown as number,
    clearInterval: (id) => clearInterval(id),
  };
  const go = (href: string, event?: string) => {
    location.href = href;
    if (event === 'currententrychange') navigation?.dispatchEvent(new Event(event));
    else if (event) events.dispatchEvent(new Event(event));
  };
  return { win, go };
}

describe('watchLocation', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('with the Navigation API: reports each changed URL at once, without polling', () => {
    const { win, go } = createWindow(true);
    const onChange = vi.fn();
    watchLocation(win, onChange, new AbortController().signal);
    expect(vi.getTimerCount()).toBe(0);
    go('https://news.example/b', 'currententrychange');
    go('https://news.example/b', 'currententrychange'); // same URL (replaceState with the same URL): no call
    go('https://news.example/b#top', 'currententrychange');
    expect(onChange.mock.calls).toEqual([['https://news.example/b'], ['https://news.example/b#top']]);
  });

  it('without it: popstate and hashchange at once, pushState by polling', () => {
    const { win, go } = createWindow(false);
    const onChange = vi.fn();
    watchLocation(win, onChange, new AbortController().signal);
    go('https://news.example/b', 'popstate');
    expect(onChange).toHaveBeenLastCalledWith('https://news.example/b');
    go('https://news.example/b#x', 'hashchange');
    expect(onChange).toHaveBeenLastCalledWith('https://news.example/b#x');
    go('https://news.example/c'); // pushState: no event
    expect(onChange).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(LOCATION_POLL_MS);
    expect(onChange).toHaveBeenLastCalledWith('https://news.example/c');
    vi.advanceTimersByTime(5 * LOCATION_POLL_MS);
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it.each([true, false])('stops when the signal aborts (Navigation API: %s)', (withNavigation) => {
    const { win, go } = createWindow(withNavigation);
    const onChange = vi.fn();
    const controller = new AbortController();
    watchLocation(win, onChange, controller.signal);
    controller.abort();
    expect(vi.getTimerCount()).toBe(0);
    go('https://news.example/b', withNavigation ? 'currententrychange' : 'popstate');
    vi.advanceTimersByTime(3 * LOCATION_POLL_MS);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('does nothing on an aborted signal', () => {
    const { win } = createWindow(false);
    const controller = new AbortController();
    controller.abort();
    watchLocation(win, vi.fn(), controller.signal);
    expect(vi.getTimerCount()).toBe(0);
  });
});
