// A minimal client for Marionette, Firefox's own remote protocol: length-prefixed JSON over
// TCP. It is all the Firefox e2e test needs, and it comes with Debian's firefox-esr: no
// driver binary to download (geckodriver's npm package fetches one), nothing to install.
import { connect, type Socket } from 'node:net';

/** A command Firefox refused, with its WebDriver error code and message. */
export class MarionetteError extends Error {
  constructor(
    readonly command: string,
    readonly code: string,
    message: string,
  ) {
    super(`${command}: ${code}: ${message}`);
  }
}

export interface Marionette {
  send<T = unknown>(command: string, params?: object): Promise<T>;
  close(): void;
}

interface Pending {
  command: string;
  done(value: unknown): void;
  fail(error: Error): void;
}

/** Connects to Marionette on `port`, trying for up to `timeoutMs` while Firefox starts. */
export async function connectMarionette(port: number, timeoutMs = 30_000): Promise<Marionette> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await open(port);
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`Firefox's Marionette did not answer on port ${port}: ${error}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

async function open(port: number): Promise<Marionette> {
  const socket: Socket = connect(port, '127.0.0.1');
  const pending = new Map<number, Pending>();
  let hello: ((message: unknown) => void) | undefined;
  const greeted = new Promise((done) => {
    hello = done;
  });
  let buffer = Buffer.alloc(0);
  let lastId = 0;

  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString());
      if (buffer.length < colon + 1 + length) return;
      const message = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString());
      buffer = buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) {
        hello?.(message); // the greeting: {applicationType, marionetteProtocol}
        continue;
      }
      // [1, id, error, result]
      const [, id, error, result] = message as [number, number, { error: string; message: string } | null, unknown];
      const waiting = pending.get(id);
      pending.delete(id);
      if (!waiting) continue;
      if (error) waiting.fail(new MarionetteError(waiting.command, error.error, error.message));
      else waiting.done(result);
    }
  });
  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.fail(error);
    pending.clear();
  };
  socket.on('close', () => failAll(new Error('Firefox closed the Marionette connection')));

  await new Promise<void>((done, fail) => {
    socket.once('connect', () => done());
    socket.once('error', fail);
  });
  socket.on('error', (error) => failAll(error));
  await greeted;

  return {
    send: <T>(command: string, params: object = {}) =>
      new Promise<T>((done, fail) => {
        lastId += 1;
        pending.set(lastId, { command, done: done as (value: unknown) => void, fail });
        const body = JSON.stringify([0, lastId, command, params]);
        socket.write(`${Buffer.byteLength(body)}:${body}`);
      }),
    close: () => socket.destroy(),
  };
}
