import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../core/types';
import { runScan, type ScanIo } from './run-scan';

const KURSK = 'tests/fixtures/cli/kursk-en.txt';

/** In-process IO capturing output; stdin yields the given text. */
function captureIo(stdin = ''): ScanIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    readStdin: async () => new TextEncoder().encode(stdin),
  };
  return io;
}

describe('runScan (in process)', () => {
  it('passes every figure through the enrich step into the JSON output', async () => {
    const io = captureIo();
    const status = await runScan(['--json', KURSK], io, {
      enrich: (figure: Figure, text: string) => ({ ...figure, note: `${text.length}`, match: null }),
    });
    expect(status).toBe(0);
    const record = JSON.parse(io.out) as { figures: (Figure & { note: string; match: null })[] };
    expect(record.figures.length).toBeGreaterThan(0);
    const length = `${readFileSync(KURSK, 'utf8').length}`;
    for (const figure of record.figures) expect([figure.note, figure.match]).toEqual([length, null]);
  });

  it('prints describe lines in human output', async () => {
    const io = captureIo();
    await runScan([KURSK], io, { enrich: (f) => f, describe: (f) => [`seen ${f.value}`] });
    expect(io.out).toContain('\n      seen 11000\n');
  });

  it('reads stdin once even when "-" is given twice', async () => {
    let reads = 0;
    const io = captureIo();
    io.readStdin = async () => {
      reads += 1;
      return new TextEncoder().encode('About 11,000 North Korean soldiers were sent to Russia.');
    };
    expect(await runScan(['--json', '-', '-'], io)).toBe(0);
    expect(reads).toBe(1);
    expect(io.out.trim().split('\n')).toHaveLength(2);
  });
});
