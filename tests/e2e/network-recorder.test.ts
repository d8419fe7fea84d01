// The recording proxy itself: it must note every request and survive a client that
// hangs up rudely. Chromium resets tunnels it gave up on; an unhandled ECONNRESET on
// one of them once failed a whole CI run although every test had passed.
import { connect, type Socket } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { type RecordingProxy, startRecordingProxy } from './support/network-recorder';

let proxy: RecordingProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

function open(address: string): Promise<Socket> {
  const { hostname, port } = new URL(address);
  return new Promise((done, fail) => {
    const socket = connect(Number(port), hostname, () => done(socket));
    socket.once('error', fail);
  });
}

function uncaughtDuring(work: () => Promise<void>): Promise<Error[]> {
  const caught: Error[] = [];
  const note = (error: Error) => caught.push(error);
  process.on('uncaughtException', note);
  return work()
    .then(() => new Promise((done) => setTimeout(done, 200)))
    .then(() => caught)
    .finally(() => process.off('uncaughtException', note));
}

test('a tunnel reset by the browser is noted and does not throw', async () => {
  proxy = await startRecordingProxy();
  const address = proxy.address;
  const caught = await uncaughtDuring(async () => {
    for (let i = 0; i < 5; i += 1) {
      const socket = await open(address);
      socket.on('error', () => {});
      // Ask for a tunnel, then send more than the proxy reads and reset before it answers.
      socket.write('CONNECT accounts.google.com:443 HTTP/1.1\r\nHost: accounts.google.com:443\r\n\r\n');
      socket.write(Buffer.alloc(64 * 1024, 1));
      socket.resetAndDestroy();
    }
  });
  expect(caught).toEqual([]);
  await expect.poll(() => proxy?.seen.length).toBeGreaterThan(0);
  expect(proxy.seen.every((seen) => seen.url === 'https://accounts.google.com:443')).toBe(true);
});

test('a plain request is noted and refused', async () => {
  proxy = await startRecordingProxy();
  const socket = await open(proxy.address);
  const answer = new Promise<string>((done) => socket.once('data', (data) => done(String(data))));
  socket.write('GET http://example.test/x HTTP/1.1\r\nHost: example.test\r\nOrigin: chrome-extension://abc\r\n\r\n');
  expect(await answer).toMatch(/^HTTP\/1\.1 502/);
  socket.destroy();
  expect(proxy.seen).toEqual([{ url: 'http://example.test/x', from: 'proxy', origin: 'chrome-extension://abc' }]);
});
