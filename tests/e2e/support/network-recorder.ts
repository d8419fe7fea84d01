// Records the network traffic of a Chromium session from three places, so a request by
// the extension cannot slip past the privacy test whichever part of it made the request:
// - a proxy Chromium must use for everything but loopback: any request to the outside
//   world lands here (and fails: nothing is forwarded);
// - the demo server's own log: what reached the fictional profile pages;
// - Playwright's request events for every page and for the extension's service worker.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Request } from 'playwright-core';

export interface SeenRequest {
  url: string;
  /** Who asked: 'proxy', 'demo-server', 'service-worker' or the address of the page. */
  from: string;
  origin?: string;
}

export interface RecordingProxy {
  /** For Chromium's --proxy-server. */
  address: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

/** A proxy that forwards nothing: it writes down what it was asked for and refuses it. */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', from: 'proxy', origin: req.headers.origin });
    res.writeHead(502).end();
  });
  // HTTPS goes through CONNECT: note the host and close the tunnel. The tunnel's socket
  // is ours once 'connect' fires, errors included: Chromium resets tunnels it gave up
  // on, and an ECONNRESET nobody listens for would fail the whole test run.
  server.on('connect', (req: IncomingMessage, socket) => {
    seen.push({ url: `https://${req.url ?? ''}`, from: 'proxy' });
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  // A client that hangs up mid-request: the request line was noted if it arrived.
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    address: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Every request the demo server answers, with the Origin header that came with it. */
export function recordServer(server: Server, seen: SeenRequest[]): void {
  server.on('request', (req: IncomingMessage) => {
    seen.push({ url: req.url ?? '', from: 'demo-server', origin: req.headers.origin });
  });
}

/** Playwright's view: each request with the page or worker that made it. */
export function recordContext(context: BrowserContext, seen: SeenRequest[]): void {
  context.on('request', (request: Request) => {
    seen.push({ url: request.url(), from: requester(request) });
  });
}

function requester(request: Request): string {
  if (request.serviceWorker()) return 'service-worker';
  try {
    return request.frame().url() || 'page';
  } catch {
    return 'unknown';
  }
}
