import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The mark the probe's content script leaves in the page's performance timeline. */
export const DOCUMENT_IDLE_MARK = 'nkf-bench:document-idle';

/**
 * Writes a one-file extension whose only content script runs at `document_idle` and marks that moment in the
 * page's performance timeline (isolated worlds share the page's timeline). The browser runs it when it runs
 * any extension's idle scripts: that is "document_idle" as the highlighting issue's target counts from.
 * Loaded only into the browser that times the first highlight, never into the one the other rows measure.
 * @returns the probe's directory (the caller removes it).
 */
export async function writeIdleProbe(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nkf-bench-idle-probe-'));
  const manifest = {
    manifest_version: 3,
    name: 'nkf bench: document_idle probe',
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*'], js: ['probe.js'], run_at: 'document_idle' }],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'probe.js'), `performance.mark(${JSON.stringify(DOCUMENT_IDLE_MARK)});\n`);
  return dir;
}

/** Milliseconds from navigation start to the probe's document_idle mark; NaN while there is none. Runs in the page. */
export function documentIdleAt(mark: string): number {
  const entry = performance.getEntriesByName(mark, 'mark')[0];
  return entry ? entry.startTime : Number.NaN;
}
