/**
 * Stands in for `@1natsu/wait-element` in the scripts that run in pages (wxt.config.ts aliases it there). WXT's
 * createShadowRootUi carries it for `autoMount()` (mounting a UI whenever an anchor element appears), with
 * many-keys-map and defu: about 1.1 KB gzip of the scanner that every page naming North Korea loads, for a
 * feature our host (entrypoints/scanner/layer-host.ts, mounted once with `mount()`) never uses.
 * @throws always: calling `autoMount()` on a content-script UI is a bug here, said plainly rather than ignored.
 */
export function waitElement(): never {
  throw new Error('autoMount() is not available in this extension: mount the UI with mount()');
}

/** The detectors autoMount() would pass to waitElement; never called (see waitElement). */
export function isExist(): boolean {
  return waitElement();
}

/** The detectors autoMount() would pass to waitElement; never called (see waitElement). */
export function isNotExist(): boolean {
  return waitElement();
}
