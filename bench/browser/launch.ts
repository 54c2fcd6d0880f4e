import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { QUIET_CHROMIUM_ARGS } from '../../tests/e2e/harness/types';

/** The e2e harness's quietening flags: the bench only talks to loopback, so it needs no proxy. */
const QUIET_ARGS = QUIET_CHROMIUM_ARGS;

/** Two Chromium instances, identical but for the extension: the bench compares one with the other. */
export interface BrowserPair {
  withExtension: BrowserContext;
  withoutExtension: BrowserContext;
  chromiumVersion: string;
  /**
   * A third Chromium with the extension and other extensions beside it (the document_idle probe), fresh
   * profile; for measurements those others must not disturb. The pair's close() closes it too.
   */
  launchWithAlongside(alongside: readonly string[]): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Path of the Chromium binary: $CHROMIUM_PATH or Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

async function launchOne(
  extensionDir: string | null,
  profiles: string[],
  alongside: readonly string[] = [],
): Promise<BrowserContext> {
  const profile = await mkdtemp(join(tmpdir(), 'nkf-bench-'));
  profiles.push(profile);
  const loaded = extensionDir ? [extensionDir, ...alongside].join(',') : '';
  const extensionArgs = extensionDir
    ? [`--disable-extensions-except=${loaded}`, `--load-extension=${loaded}`]
    : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [...extensionArgs, ...QUIET_ARGS],
  });
  if (extensionDir) {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    if (!worker.url().startsWith('chrome-extension://')) throw new Error(`unexpected worker ${worker.url()}`);
  }
  return context;
}

/**
 * Launches Chromium twice (with a copy of the built extension, and without any), headless, fresh profiles.
 * @throws with installation advice when the browser or the build is missing: the bench never skips silently.
 */
export async function launchPair(extensionDir: string): Promise<BrowserPair> {
  const executable = chromiumPath();
  if (!existsSync(executable)) {
    throw new Error(
      `browser bench: Chromium not found at ${executable}. Install it (\`apt-get install -y chromium\`) ` +
        'or set CHROMIUM_PATH. The browser bench cannot run without it.',
    );
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`browser bench: no extension build at ${extensionDir}: run \`npm run build\` first.`);
  }
  const profiles: string[] = [];
  // Load a private copy: others may rebuild (and briefly delete) .output while the bench runs.
  const copy = await mkdtemp(join(tmpdir(), 'nkf-bench-ext-'));
  profiles.push(copy);
  await cp(extensionDir, copy, { recursive: true });
  const withExtension = await launchOne(copy, profiles);
  const withoutExtension = await launchOne(null, profiles);
  const chromiumVersion = withExtension.browser()?.version() ?? 'unknown';
  const extra: BrowserContext[] = [];
  return {
    withExtension,
    withoutExtension,
    chromiumVersion,
    async launchWithAlongside(alongside) {
      const context = await launchOne(copy, profiles, alongside);
      extra.push(context);
      return context;
    },
    async close() {
      await Promise.all([withExtension.close(), withoutExtension.close(), ...extra.map((c) => c.close())]);
      await Promise.all(profiles.map((p) => rm(p, { recursive: true, force: true })));
    },
  };
}
