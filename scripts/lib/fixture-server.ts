import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

/**
 * A static server on 127.0.0.1 for fixture pages, sending the bytes as they are with the charset
 * their `<meta>` declares left to the browser (GBK pages stay GBK), like a government CMS would.
 */
export async function serveDirectory(root: string): Promise<{ port: number; server: Server; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}page.html` : path);
    try {
      if (!file.startsWith(root) || !statSync(file).isFile()) throw new Error('not found');
      const type = extname(file) === '.html' ? 'text/html' : 'application/octet-stream';
      res.writeHead(200, { 'content-type': type });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return { port, server, close: () => new Promise<void>((r) => server.close(() => r())) };
}
