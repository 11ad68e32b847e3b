/**
 * The preview server: static files of the dev dist on 127.0.0.1, the HTML
 * with the live-reload client injected, and a server-sent events stream.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { clientScript, injectClient } from './client.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf', '.epub': 'application/epub+zip', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
};

export interface PreviewServer {
  url: string;
  port: number;
  /** Send an event to every open page. */
  broadcast(event: 'reload' | 'messages', data: unknown): void;
  close(): Promise<void>;
}

export async function startServer(distDir: string, port: number, lastState: () => unknown): Promise<PreviewServer> {
  const clients = new Set<http.ServerResponse>();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/__duizhao/client.js') {
      res.writeHead(200, { 'content-type': types['.js'], 'cache-control': 'no-store' }).end(clientScript);
      return;
    }
    if (url.pathname === '/__duizhao/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`retry: 500\nevent: messages\ndata: ${JSON.stringify(lastState())}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    let file = path.join(distDir, decodeURIComponent(url.pathname));
    if (!file.startsWith(distDir)) return void res.writeHead(403).end('Forbidden');
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) return void res.writeHead(301, { location: `${url.pathname}/` }).end();
      file = path.join(file, 'index.html');
    }
    if (!existsSync(file)) {
      const building = !existsSync(path.join(distDir, 'index.html'));
      res.writeHead(building ? 503 : 404, { 'content-type': types['.html'], 'retry-after': '1' });
      return void res.end(injectClient(`<!doctype html><title>Duizhao dev</title><p>${building ? 'Building… this page reloads when the first build is ready.' : 'Not found.'}</p>`));
    }
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    res.setHeader('cache-control', 'no-store');
    if (path.extname(file) === '.html') {
      res.writeHead(200, { 'content-type': type }).end(injectClient(await readFile(file, 'utf8')));
      return;
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    broadcast(event, data) {
      for (const client of clients) client.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    async close() {
      for (const client of clients) client.end();
      clients.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
