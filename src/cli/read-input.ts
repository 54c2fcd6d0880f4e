import { readFile } from 'node:fs/promises';
import {
  charsetFromContentType,
  decodeBytes,
  formatFromContentType,
  formatFromName,
  looksLikeHtml,
  sniffMetaCharset,
  type InputFormat,
} from './decode-bytes';

/** An input's text as read, and how to read it. */
export interface RawInput {
  text: string;
  format: InputFormat;
  /** Charset used to decode it. */
  charset: string;
}

/** An input that could not be read; the message names the reason, not the input. */
export class InputError extends Error {}

/** How long to wait for a URL before giving up. */
const FETCH_TIMEOUT_MS = 30_000;

/**
 * Reads one INPUT: "-" from `readStdin`, an http(s) URL with fetch, anything else as a file path.
 * Throws InputError when it cannot be read (missing file, bad URL, network error, HTTP error, binary content).
 */
export async function readInput(input: string, readStdin: () => Promise<Uint8Array>): Promise<RawInput> {
  if (input === '-') return fromBytes(await readStdin(), null, null);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) return readUrl(input);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input);
  } catch (error) {
    throw new InputError(describeFsError(error));
  }
  return fromBytes(bytes, formatFromName(input), null);
}

async function readUrl(input: string): Promise<RawInput> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new InputError('not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(`unsupported URL scheme "${url.protocol}" (only http and https)`);
  }
  let response: Response;
  let bytes: Uint8Array;
  try {
    // eslint-disable-next-line no-restricted-globals -- the Node CLI (`npm run scan URL`), never bundled into the extension
    response = await fetch(url, {
      headers: { accept: 'text/html, text/plain;q=0.9, */*;q=0.1' },
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw new InputError(`could not fetch: ${describeFetchError(error)}`);
  }
  if (!response.ok) throw new InputError(`HTTP ${response.status} ${response.statusText}`.trim());
  const contentType = response.headers.get('content-type') ?? '';
  const format = formatFromContentType(contentType);
  if (format === null) throw new InputError(`unsupported content type "${contentType}"`);
  return fromBytes(bytes, contentType === '' ? null : format, charsetFromContentType(contentType));
}

/** Decodes bytes; without a known format, HTML is recognised by how the text starts. */
function fromBytes(bytes: Uint8Array, format: InputFormat | null, charset: string | null): RawInput {
  const sniffed = charset ?? (format !== 'text' ? sniffMetaCharset(bytes) : null);
  const used = (sniffed ?? 'utf-8').toLowerCase();
  const text = decodeBytes(bytes, used);
  return { text, format: format ?? (looksLikeHtml(text) ? 'html' : 'text'), charset: used };
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return `no answer within ${FETCH_TIMEOUT_MS / 1000} s`;
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message : error.message;
}
