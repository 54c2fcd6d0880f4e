import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { longNewsPage } from './long-news';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Pages the server generates instead of reading a file (too big to keep in fixtures/). */
const GENERATED: Record<string, () => string> = { '/long-news.html': longNewsPage };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.json': 'application/json',
};

export interface RecordedRequest {
  method: string;
  url: string;
}

export interface FixtureServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** The same server under another host name (a different origin, for cross-origin frames). */
  crossOrigin: string;
  /** Every request the fixture server received. */
  requests: RecordedRequest[];
  /** Extra headers per path, e.g. a strict CSP for one fixture. */
  headers: Map<string, Record<string, string>>;
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}

function trackSockets(server: Server): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return sockets;
}

/** Serves tests/e2e/fixtures on 127.0.0.1 (random port) and records every request. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  const headers = new Map<string, Record<string, string>>();
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '' });
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const generate = GENERATED[path];
    if (generate) {
      res.writeHead(200, {
        'content-type': TYPES['.html']!,
        'cache-control': 'no-store',
        ...headers.get(path),
      });
      res.end(generate());
      return;
    }
    const file = normalize(join(FIXTURES_DIR, path));
    if (!file.startsWith(FIXTURES_DIR)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
          ...headers.get(path),
        });
        res.end(body);
      },
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  const sockets = trackSockets(server);
  const port = await listen(server);
  return {
    origin: `http://127.0.0.1:${port}`,
    crossOrigin: `http://localhost:${port}`,
    requests,
    headers,
    close: () => closeServer(server, sockets),
  };
}

export interface CatchAllProxy {
  port: number;
  /** Every request the browser tried to send off this machine. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * A proxy that the browsers are told to use for everything except loopback. It forwards nothing: it records
 * the request and refuses it. Any entry means something tried to reach the network.
 */
export async function startCatchAllProxy(): Promise<CatchAllProxy> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '' });
    res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by test proxy');
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    requests.push({ method: 'CONNECT', url: req.url ?? '' });
    // A CONNECT socket is ours alone (no HTTP server error handling): a browser that resets it while we
    // refuse must not crash the test run with an unhandled ECONNRESET.
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  const sockets = trackSockets(server);
  const port = await listen(server);
  return { port, requests, close: () => closeServer(server, sockets) };
}
