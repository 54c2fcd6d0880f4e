/**
 * `npm run --silent scan -- [--json] [--lang xx] INPUT...`: prints the figures about North Korean troops found
 * in text files, HTML files, URLs or standard input. See usage.ts (or --help) for the contract.
 */
import { createMatchPlugins, loadBundledDataset } from './enrich-match';
import { runScan } from './run-scan';

/** Reads all of standard input; resolves to no bytes when it is empty. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/** Writes to a Node stream (the lint rule against `write` targets document.write, not streams). */
function writeTo(stream: NodeJS.WriteStream): (text: string) => void {
  // eslint-disable-next-line no-restricted-syntax -- a Node stream write, not document.write
  return (text) => void stream.write(text);
}

process.exitCode = await runScan(
  process.argv.slice(2),
  { stdout: writeTo(process.stdout), stderr: writeTo(process.stderr), readStdin },
  createMatchPlugins(loadBundledDataset(), { today: new Date().toISOString().slice(0, 10) }),
);
