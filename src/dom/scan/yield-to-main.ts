interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Gives the main thread back to the page between slices of work: `scheduler.yield()` where the browser has it,
 * otherwise a macrotask through a MessageChannel (not clamped like nested setTimeout).
 * @returns a promise that resolves when the page has had its turn.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `work` over `items` in slices of at most `budgetMs` of main-thread time, yielding in between.
 * Stops early when `signal` aborts.
 * @returns true when every item was processed, false when aborted.
 */
export async function runSliced<T>(
  items: readonly T[],
  work: (item: T) => void,
  { budgetMs = 8, signal }: { budgetMs?: number; signal?: AbortSignal } = {},
): Promise<boolean> {
  let sliceStart = performance.now();
  for (const item of items) {
    if (signal?.aborted) return false;
    work(item);
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
  return !signal?.aborted;
}
