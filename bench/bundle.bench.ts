/**
 * Bundle sizes per entry point of the Chrome build (.output/chrome-mv3), raw and gzipped (node:zlib, level 9,
 * as gzip-size/size-limit measure). Entry points are read from the build itself: the manifest's content
 * scripts and service worker, scripts injected later (top-level .js files the manifest does not list, such as
 * an on-demand scanner), and each HTML page with every script, preloaded chunk and stylesheet it loads.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** One row for bench/run.ts. */
export interface BenchResult {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  target?: string;
  /** Whether the target holds (written to results.json; run.ts does not print it). */
  pass?: boolean;
}

/** The build to measure: $BENCH_EXTENSION_DIR, or the project's Chrome build. */
const BUILD =
  process.env.BENCH_EXTENSION_DIR ?? fileURLToPath(new URL('../.output/chrome-mv3/', import.meta.url));
/** Gzipped budget for the JavaScript a page gets from the extension (#6), in KB. */
export const CONTENT_GZIP_KB = 30;
/** The card renderer, injected only into frames that show a card (entrypoints/card-ui). */
const CARD_SCRIPT = 'card-ui.js';

interface Manifest {
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  options_ui?: { page?: string };
}

interface Entry {
  name: string;
  files: string[];
}

/** Raw and gzipped bytes (level 9) of `files` in `build`, in KB. */
function sizes(build: string, files: readonly string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(build, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw: raw / 1024, gzip: gzip / 1024 };
}

/** Files an HTML page loads: module scripts, preloaded chunks, stylesheets (root-relative paths). */
function pageFiles(html: string): string[] {
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="\/?([^"]+\.(?:js|css))"/g)];
  return [...new Set(refs.map((m) => m[1]!))];
}

function entries(build: string, manifest: Manifest): Entry[] {
  const contentJs = manifest.content_scripts?.flatMap((c) => c.js ?? []) ?? [];
  const contentCss = manifest.content_scripts?.flatMap((c) => c.css ?? []) ?? [];
  // Chrome's background is a service worker, Firefox's a list of scripts: neither is injected into pages.
  const listed = new Set([
    ...contentJs,
    manifest.background?.service_worker ?? '',
    ...(manifest.background?.scripts ?? []),
  ]);
  const injected = readdirSync(build).filter((f) => f.endsWith('.js') && !listed.has(f));
  // Without a manifest stylesheet (Firefox), one highlight stylesheet per appearance comes with the scanner.
  const injectedCss =
    contentCss.length === 0 && existsSync(join(build, 'highlights'))
      ? readdirSync(join(build, 'highlights'))
          .map((f) => `highlights/${f}`)
          .slice(0, 1)
      : [];
  const out: Entry[] = [
    { name: `content JS on every page (${contentJs.join(', ')})`, files: contentJs },
    { name: `content CSS on every page (${contentCss.join(', ')})`, files: contentCss },
  ];
  // The card's renderer comes only with the first card a frame shows; the rest with the page's first mention.
  const card = injected.filter((f) => f === CARD_SCRIPT);
  const scanner = injected.filter((f) => f !== CARD_SCRIPT);
  for (const file of injected) out.push({ name: `content JS injected on demand (${file})`, files: [file] });
  for (const file of injectedCss)
    out.push({ name: `content CSS injected on demand (${file})`, files: [file] });
  if (scanner.length > 0) {
    out.push({
      name: `content JS on a North Korea page (${[...contentJs, ...scanner].join(', ')})`,
      files: [...contentJs, ...scanner],
    });
  }
  if (card.length > 0) {
    out.push({
      name: `content JS with a card open (${[...contentJs, ...injected].join(', ')})`,
      files: [...contentJs, ...injected],
    });
  }
  if (manifest.background?.service_worker) {
    out.push({ name: 'background service worker', files: [manifest.background.service_worker] });
  }
  for (const [label, page] of [
    ['popup', manifest.action?.default_popup],
    ['options', manifest.options_ui?.page],
  ] as const) {
    if (page)
      out.push({
        name: `${label} page (html + scripts + css)`,
        files: [page, ...pageFiles(readFileSync(join(build, page), 'utf8'))],
      });
  }
  return out;
}

/** One size row (a single measurement: median = min = max). */
function row(name: string, value: number, target?: string, pass?: boolean): BenchResult {
  return { name, unit: 'KB', median: value, min: value, max: value, ...(target ? { target, pass } : {}) };
}

/**
 * Gzipped bytes of the content-script JavaScript a page receives from the build in `build`: the script every
 * page loads, and the same plus what a North Korea page adds (the on-demand scanner), with the first file
 * of each set. The card's renderer comes only with an open card and is not counted.
 * @throws when `build` has no manifest.
 */
export function measureContentJs(build: string): { name: string; files: string[]; gzipBytes: number }[] {
  return entries(build, readManifest(build))
    .filter((entry) => CONTENT_JS_ENTRY.test(entry.name) && entry.files.length > 0)
    .map((entry) => ({ ...entry, gzipBytes: Math.round(sizes(build, entry.files).gzip * 1024) }));
}

/** The entries whose gzipped JS the budget bounds. */
const CONTENT_JS_ENTRY = /^content JS on /;

function readManifest(build: string): Manifest {
  const manifestPath = join(build, 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`bundle bench: no build at ${build}: run \`npm run build\` first.`);
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
}

/**
 * Sizes of every entry point of the build, raw and gzipped; content-script JS rows carry the 30 KB target.
 * @throws when there is no build.
 */
export default async function benchBundle(): Promise<BenchResult[]> {
  const rows: BenchResult[] = [];
  for (const entry of entries(BUILD, readManifest(BUILD))) {
    if (entry.files.length === 0) continue;
    const { raw, gzip } = sizes(BUILD, entry.files);
    // The budget is for what a page receives: the always-injected script, and what a topic page adds to it.
    const isContentJs = CONTENT_JS_ENTRY.test(entry.name);
    const target = isContentJs ? `≤ ${CONTENT_GZIP_KB} KB` : undefined;
    rows.push(row(`bundle: ${entry.name}, raw`, raw));
    rows.push(
      row(`bundle: ${entry.name}, gzip`, gzip, target, isContentJs ? gzip <= CONTENT_GZIP_KB : undefined),
    );
  }
  return rows;
}
