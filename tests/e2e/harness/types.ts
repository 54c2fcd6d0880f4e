import type { RecordedRequest } from './servers';

export type BrowserKind = 'chromium' | 'firefox';

/** What a test can do with one page, the same in both browsers. */
export interface TestPage {
  /** Runs `fn` in the page's own (main) world. */
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value; throws with `what` on timeout. */
  waitFor<R>(fn: () => R | Promise<R>, what: string, timeoutMs?: number): Promise<R>;
  click(selector: string): Promise<void>;
  hover(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Moves the mouse to viewport coordinates. */
  mouseMove(x: number, y: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  url(): string;
  /**
   * The browser's own performance counters for this page (Chromium: DevTools protocol Performance.getMetrics,
   * e.g. TaskDuration in seconds, JSHeapUsedSize in bytes); null where the browser offers none (Firefox).
   */
  browserMetrics(): Promise<Record<string, number> | null>;
  /** Console errors and uncaught errors seen on this page. */
  errors: string[];
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  kind: BrowserKind;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  extensionOrigin: string;
  /** Opens an http(s) page. */
  openPage(url: string): Promise<TestPage>;
  /** Opens an extension page by path, e.g. "/popup.html?tab=3". */
  openExtensionPage(path: string): Promise<TestPage>;
  /** The browser's tab id for a page (what `browser.tabs` calls it). */
  tabIdOf(page: TestPage): Promise<number>;
  /** Requests seen by the browser's own accounting (all pages, and the service worker where visible). */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-breakpad',
  '--metrics-recording-only',
  '--no-pings',
  '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate',
];

export async function pollUntil<R>(
  read: () => Promise<R>,
  what: string,
  timeoutMs = 10_000,
  intervalMs = 50,
): Promise<R> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await read();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The slice of the extension API the harness calls inside extension contexts. */
export interface TabsApi {
  tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> };
}
