/** The timer functions of a window (or any global that has them). */
export interface TimerHost {
  setTimeout(callback: () => void, ms?: number): number;
  clearTimeout(id: number | undefined): void;
  requestAnimationFrame(callback: (time: number) => void): number;
  cancelAnimationFrame(id: number): void;
}

/** Timers that end with a signal: none fires after it aborts, and aborting cancels every pending one. */
export interface SignalTimers {
  /** Like `setTimeout`; returns 0 (and schedules nothing) once the signal has aborted. */
  setTimeout(callback: () => void, ms?: number): number;
  /** Cancels a timeout; ids it does not know (0, undefined, fired ones) are ignored. */
  clearTimeout(id: number | undefined): void;
  /** Like `requestAnimationFrame`; returns 0 (and schedules nothing) once the signal has aborted. */
  requestAnimationFrame(callback: () => void): number;
}

/**
 * Timers bound to `signal` (the content script's lifetime) with one abort listener for all of them. WXT's
 * `ctx.setTimeout` and `ctx.requestAnimationFrame` add an abort listener per call and never remove it: on a
 * page that stays open (a ticker rescanned a few times a second, a pointer moving over figures every frame)
 * the listeners pile up, and each new one costs more, as the browser checks the list for duplicates.
 * @param isLive asked when a timer fires, before its callback (default: the signal has not aborted); pass the
 *   context's `isValid`, which also notices an extension that was updated or removed under the page, as WXT's
 *   timers do
 * @returns the timers; every call after the abort is a no-op returning 0.
 */
export function createSignalTimers(
  signal: AbortSignal,
  host: TimerHost = globalThis,
  isLive: () => boolean = () => !signal.aborted,
): SignalTimers {
  const timeouts = new Set<number>();
  const frames = new Set<number>();
  signal.addEventListener(
    'abort',
    () => {
      for (const id of timeouts) host.clearTimeout(id);
      for (const id of frames) host.cancelAnimationFrame(id);
      timeouts.clear();
      frames.clear();
    },
    { once: true },
  );
  return {
    setTimeout(callback, ms) {
      if (signal.aborted) return 0;
      const id = host.setTimeout(() => {
        timeouts.delete(id);
        if (!signal.aborted && isLive()) callback();
      }, ms);
      timeouts.add(id);
      return id;
    },
    clearTimeout(id) {
      if (id === undefined || !timeouts.delete(id)) return;
      host.clearTimeout(id);
    },
    requestAnimationFrame(callback) {
      if (signal.aborted) return 0;
      const id = host.requestAnimationFrame(() => {
        frames.delete(id);
        if (!signal.aborted && isLive()) callback();
      });
      frames.add(id);
      return id;
    },
  };
}
