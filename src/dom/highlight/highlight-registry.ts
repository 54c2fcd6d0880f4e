/** The slice of the CSS Custom Highlight API we use; absent in older browsers (and in happy-dom). */
export interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
  get(name: string): HighlightLike | undefined;
}

export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  readonly size: number;
}

export interface HighlightApi {
  registry: HighlightRegistryLike;
  create(): HighlightLike;
}

/**
 * Finds the CSS Custom Highlight API in a window (content scripts see the page's registry).
 * @returns the registry and a Highlight factory, or null when the browser has no such API.
 */
export function findHighlightApi(win: typeof globalThis): HighlightApi | null {
  const css = (win as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const HighlightCtor = (win as { Highlight?: new () => HighlightLike }).Highlight;
  if (!css?.highlights || typeof HighlightCtor !== 'function') return null;
  const registry = css.highlights;
  return { registry, create: () => new HighlightCtor() };
}
