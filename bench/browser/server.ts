import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback HTTP server for generated pages. */
export interface PageServer {
  /** http://127.0.0.1:<port>: where the measured pages live. */
  origin: string;
  /**
   * http://localhost:<port>: a different site on the same server. Each measured tab first loads /blank from
   * here, so the measured page starts in a fresh renderer process, as a first visit to a site does.
   */
  otherSiteOrigin: string;
  close(): Promise<void>;
}

/**
 * Serves `pages` (path → HTML) from 127.0.0.1 and, as a second site, from localhost; `/blank` is an empty page.
 * Unknown paths answer 404.
 */
export async function servePages(pages: Readonly<Record<string, string>>): Promise<PageServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const html = path === '/blank' ? '<!doctype html><title>blank</title>' : pages[path];
    if (html === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    otherSiteOrigin: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
