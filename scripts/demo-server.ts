// Serves public/demo/ on the loopback address: the demo profiles for `npm start` and the
// pages the e2e tests open. Paths copy LinkedIn's (/in/<slug>/), so the content script's
// URL rules treat the demo like the real site.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface DemoServer {
  origin: string;
  server: Server;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 (port 0 picks a free one). `roots` are searched in order. */
export async function startDemoServer(
  port = 0,
  roots: readonly string[] = [resolve(import.meta.dirname, '../public/demo')],
): Promise<DemoServer> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    // Like LinkedIn, every address of a person (/in/Slug/details/…) shows their page.
    const person = /^\/in\/([^/]+)/i.exec(path)?.[1]?.toLowerCase();
    const paths = person ? [path, `/in/${person}/`] : [path];
    for (const [root, candidate] of roots.flatMap((r) => paths.map((p) => [r, p] as const))) {
      const file = await findFile(root, candidate);
      if (!file) continue;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    server,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

async function findFile(root: string, path: string): Promise<string | undefined> {
  const target = normalize(join(root, path));
  if (!target.startsWith(root)) return undefined; // no ../ out of the demo folder
  for (const candidate of [target, join(target, 'index.html')]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}
