import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../core/types';

const FIXTURES = 'tests/fixtures/cli';
const fixture = (name: string): string => `${FIXTURES}/${name}`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Record {
  file: string;
  lang: string;
  figures: Figure[];
}

/** Runs the CLI as `node --import tsx src/cli/scan.ts ARGS` (what `npm run scan` runs), feeding `stdin`. */
function runCli(args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/scan.ts', ...args], {
      cwd: process.cwd(),
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

function parseLines(stdout: string): Record[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record);
}

/** Every figure's offsets must cut its own text out of `text`. */
function expectOffsetsExact(record: Record, text: string): void {
  for (const figure of record.figures) expect(text.slice(figure.start, figure.end)).toBe(figure.text);
}

/** Visible text of article-en.html as the CLI extracts it: blocks joined by a blank line. */
const ARTICLE_EN_TEXT = [
  "North Korea's troops in Kursk",
  "South Korea's spy agency said about 11,000 North Korean soldiers were sent to Russia's Kursk region.",
  'Lawmakers said that at least 1,100 North Korean soldiers had been killed or wounded.\nThe agency did not say how it counted.',
].join('\n\n');

const TIMEOUT = 60_000;

/** Every fixture, scanned once with --json; tests share the result. */
const ALL_FIXTURES = [
  'kursk-en.txt',
  'bom-crlf-en.txt',
  'no-figures.txt',
  'kursk-uk.txt',
  'kursk-ko.txt',
  'article-en.html',
  'article-uk.html',
].map(fixture);
let allFixtures: Promise<Run> | null = null;
const scanAllFixtures = (): Promise<Run> => (allFixtures ??= runCli(['--json', ...ALL_FIXTURES]));

/** The --json record of one fixture from the shared run. */
async function recordOf(name: string): Promise<Record> {
  const record = parseLines((await scanAllFixtures()).stdout).find((r) => r.file === fixture(name));
  if (record === undefined) throw new Error(`no record for ${name}`);
  return record;
}

describe.concurrent('scan CLI', () => {
  it(
    'prints usage for --help and exits 0',
    async () => {
      const run = await runCli(['--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Usage:');
      expect(run.stdout).toContain('--json');
      expect(run.stdout).toContain('joined with "\\n\\n"');
    },
    TIMEOUT,
  );

  it.each([
    ['no INPUT', []],
    ['an unknown option', ['--bogus', fixture('kursk-en.txt')]],
    ['an unknown --lang', ['--lang', 'fr', fixture('kursk-en.txt')]],
  ])(
    'rejects %s with exit 2',
    async (_name, args) => {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^scan: /);
    },
    TIMEOUT,
  );

  it(
    'prints one JSON line per input, in order, with exact offsets for .txt',
    async () => {
      const run = await scanAllFixtures();
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const records = parseLines(run.stdout);
      expect(records.map((r) => r.file)).toEqual(ALL_FIXTURES);
      for (const record of records) expect(Object.keys(record)).toEqual(['file', 'lang', 'figures']);
      for (const name of [
        'kursk-en.txt',
        'bom-crlf-en.txt',
        'no-figures.txt',
        'kursk-uk.txt',
        'kursk-ko.txt',
      ]) {
        expectOffsetsExact(await recordOf(name), readFileSync(fixture(name), 'utf8'));
      }
      expect((await recordOf('kursk-en.txt')).figures.map((f) => f.value)).toContain(11_000);
      expect((await recordOf('bom-crlf-en.txt')).figures.map((f) => f.value)).toContain(3_000);
      expect((await recordOf('no-figures.txt')).figures).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'keeps a BOM in the text, so offsets count it',
    async () => {
      const text = readFileSync(fixture('bom-crlf-en.txt'), 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const figure = (await recordOf('bom-crlf-en.txt')).figures.find((f) => f.value === 3_000);
      expect(figure?.start).toBe(text.indexOf('3,000') - (figure?.text.indexOf('3,000') ?? 0));
    },
    TIMEOUT,
  );

  it(
    'reads HTML visible text, blocks joined by "\\n\\n"',
    async () => {
      const record = await recordOf('article-en.html');
      expect(record.lang).toBe('en');
      expectOffsetsExact(record, ARTICLE_EN_TEXT);
      const values = record.figures.map((f) => f.value);
      expect(values).toContain(11_000);
      expect(values).toContain(1_100);
      for (const hidden of [99_000, 50_000, 8_000, 7_000, 5_000]) expect(values).not.toContain(hidden);
      const late = record.figures.find((f) => f.value === 1_100);
      expect(late?.start).toBeGreaterThan(ARTICLE_EN_TEXT.indexOf('\n\nLawmakers'));
    },
    TIMEOUT,
  );

  it.each([
    ['text', 'kursk-en.txt'],
    ['HTML (recognised by its start)', 'article-en.html'],
  ])(
    'reads %s from stdin given as "-"',
    async (_name, name) => {
      const run = await runCli(['--json', '-'], readFileSync(fixture(name), 'utf8'));
      expect(run.code).toBe(0);
      expect(parseLines(run.stdout)).toEqual([{ ...(await recordOf(name)), file: '-' }]);
    },
    TIMEOUT,
  );

  it(
    'reports a missing file on stderr, still prints the others in order, exits 2',
    async () => {
      const inputs = [fixture('kursk-en.txt'), fixture('does-not-exist.txt'), fixture('no-figures.txt')];
      const run = await runCli(['--json', ...inputs]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('does-not-exist.txt');
      expect(run.stderr).toContain('no such file');
      expect(parseLines(run.stdout).map((r) => r.file)).toEqual([inputs[0], inputs[2]]);
    },
    TIMEOUT,
  );

  it.each([
    ['kursk-en.txt', 'en'],
    ['kursk-uk.txt', 'uk'],
    ['kursk-ko.txt', 'ko'],
    ['article-uk.html', 'uk'],
  ])(
    'detects the language of %s as %s',
    async (name, lang) => {
      expect((await recordOf(name)).lang).toBe(lang);
    },
    TIMEOUT,
  );

  it(
    'lets --lang override detection',
    async () => {
      const run = await runCli([
        '--json',
        '--lang',
        'de',
        fixture('kursk-uk.txt'),
        fixture('article-en.html'),
      ]);
      expect(parseLines(run.stdout).map((r) => r.lang)).toEqual(['de', 'de']);
    },
    TIMEOUT,
  );

  it(
    'prints readable output with each figure and its sentence, or "no figures"',
    async () => {
      const run = await runCli([fixture('kursk-en.txt'), fixture('no-figures.txt')]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/kursk-en\.txt {2}\(en\) {2}\d+ figures?\n/);
      expect(run.stdout).toContain('11,000 troops');
      expect(run.stdout).toMatch(/South Korea's spy agency said \[[^\]]*11,000[^\]]*\]/);
      expect(run.stdout).toMatch(/\n\ntests\/fixtures\/cli\/no-figures\.txt {2}\(en\) {2}no figures\n$/);
    },
    TIMEOUT,
  );
});

describe.concurrent('scan CLI with URLs (local server)', () => {
  let server: Server;
  let base = '';
  const routes: { [path: string]: [number, string, string] } = {
    '/article': [200, 'text/html; charset=utf-8', readFileSync(fixture('article-en.html'), 'utf8')],
    '/plain': [200, 'text/plain; charset=utf-8', readFileSync(fixture('kursk-en.txt'), 'utf8')],
    '/image': [200, 'image/png', 'not really a png'],
    '/gone': [404, 'text/plain', 'not found'],
  };

  beforeAll(async () => {
    server = createServer((request, response) => {
      const [status, type, body] = routes[request.url ?? ''] ?? [404, 'text/plain', 'not found'];
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it(
    'scans HTML and text by content type, as for files',
    async () => {
      const fromFiles = [await recordOf('article-en.html'), await recordOf('kursk-en.txt')];
      const urls = [`${base}/article`, `${base}/plain`];
      const run = await runCli(['--json', ...urls]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(parseLines(run.stdout)).toEqual(fromFiles.map((record, i) => ({ ...record, file: urls[i] })));
    },
    TIMEOUT,
  );

  it(
    'reports HTTP errors, unsupported types, bad and unreachable URLs, and goes on',
    async () => {
      const bad = [`${base}/gone`, `${base}/image`, 'http://', 'http://127.0.0.1:1/refused'];
      const run = await runCli(['--json', ...bad, `${base}/plain`]);
      expect(run.code).toBe(2);
      expect(parseLines(run.stdout).map((r) => r.file)).toEqual([`${base}/plain`]);
      const errors = run.stderr.trim().split('\n');
      expect(errors).toHaveLength(bad.length);
      bad.forEach((url, i) => expect(errors[i]).toContain(JSON.stringify(url)));
      expect(errors[0]).toContain('HTTP 404');
      expect(errors[1]).toContain('image/png');
    },
    TIMEOUT,
  );
});
