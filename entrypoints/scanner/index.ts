import { yieldToMain } from '@/src/dom/scan/yield-to-main';
import { readIsolatedGlobals } from '../content/shared-globals';
import { runContent } from './run-content';

// Injected by the background (scripting.executeScript) into frames whose small content script found work. It
// runs in the small content script's context (its lifetime, timers, listeners): without one (the content script
// gone or invalidated) there is nothing to serve.
export default defineUnlistedScript(() => {
  const globals = readIsolatedGlobals();
  const ctx = globals.__nkfContext;
  if (globals.__nkfScanner || !ctx || ctx.signal.aborted) return;
  globals.__nkfScanner = true;
  const pending = globals.__nkfPending ?? [];
  globals.__nkfPending = [];
  // The work starts in a task of its own: the script's evaluation (V8 compiles all of it at once, 20-35 ms on a
  // slow machine) and the first scan in one task made a long task (> 50 ms) on an ordinary article.
  void yieldToMain().then(() => {
    if (!ctx.signal.aborted) void runContent(ctx, pending);
  });
});
