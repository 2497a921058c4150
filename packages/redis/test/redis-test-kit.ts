// What the Redis tests share: the server's URL, a random key prefix per test file (so files
// run in parallel against one server), clients that are ready before use — and a loud
// failure, never a skip, when Redis is not running.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { CounterState } from '@kabinet/ports';
import type { Redis } from 'ioredis';
import { createRedisClient, type RedisClientOptions } from '../src/index.js';

/** The Redis the tests use (`KABINET_REDIS_URL`, default the machine's 127.0.0.1:6379). */
export const REDIS_URL = process.env['KABINET_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

const START_HINT =
  'start it with: redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log';

/** A key prefix no other test file or run uses: `kt:<file>:<random>:`. */
export function testPrefix(file: string): string {
  return `kt:${file}:${randomBytes(6).toString('hex')}:`;
}

/** Waits until `client` is ready, or throws after `timeoutMs` (the client is closed then). */
export async function whenReady(client: Redis, timeoutMs = 5_000): Promise<Redis> {
  if (client.status === 'ready') return client;
  const timer = new AbortController();
  const deadline = setTimeout(() => timer.abort(), timeoutMs);
  try {
    await once(client, 'ready', { signal: timer.signal });
    return client;
  } catch {
    client.disconnect();
    throw new Error(
      `Redis is required by these tests and did not answer at ${REDIS_URL} within ${timeoutMs} ms (status ${client.status}); ${START_HINT}`,
    );
  } finally {
    clearTimeout(deadline);
  }
}

/** Set once the test Redis failed to answer: later clients fail at once instead of waiting again. */
let missing: Error | undefined;

/** A fail-closed client of the test Redis, ready to use; connection errors are not printed. */
export async function openClient(options: RedisClientOptions = {}): Promise<Redis> {
  if (missing !== undefined) throw missing;
  try {
    return await whenReady(createRedisClient(REDIS_URL, { onError: () => undefined, ...options }));
  } catch (error) {
    missing = error as Error;
    throw error;
  }
}

/** A test file's own client (module state is shared between files when vitest does not isolate them). */
export interface FileClient {
  /**
   * The client, opened on first use. Call it in `beforeEach` (not `beforeAll`): when Redis is
   * missing every test then fails with the reason, none is skipped.
   */
  get(): Promise<Redis>;
  /** In `afterAll`: deletes the file's keys and closes the client, if it was opened. */
  close(): Promise<void>;
}

/** A {@link FileClient} whose keys live under `prefix`. */
export function fileClient(prefix: string): FileClient {
  let opened: Promise<Redis> | undefined;
  return {
    get() {
      opened ??= openClient();
      return opened;
    },
    async close() {
      const client = await opened?.catch(() => undefined);
      if (client === undefined) return;
      await dropPrefix(client, prefix);
      await client.quit();
    },
  };
}

/** Deletes every key under `prefix` (the prefix is ours: hex and colons, no glob characters). */
export async function dropPrefix(client: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await client.unlink(...keys);
  } while (cursor !== '0');
}

/** The counter hash exactly as stored (a back door past the store's read path), or `undefined`. */
export async function rawCounter(
  client: Redis,
  prefix: string,
  key: string,
): Promise<CounterState | undefined> {
  const hash = await client.hgetall(`${prefix}{${key}}`);
  if (hash['v'] === undefined || hash['e'] === undefined) return undefined;
  return { value: Number(hash['v']), expiresAt: Number(hash['e']) };
}

/** A loopback port nothing listens on (bound, then released). */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** A TCP proxy in front of the test Redis that can stop passing data (a network partition). */
export interface FreezableProxy {
  /** The proxy's loopback port. */
  readonly port: number;
  /** Stops passing data in both directions; connections stay open. */
  freeze(): void;
  /** Passes data again, including what was held back. */
  thaw(): void;
  /** Closes the proxy and every connection through it. */
  close(): Promise<void>;
}

/** Opens a {@link FreezableProxy} to the test Redis. */
export async function openFreezableProxy(): Promise<FreezableProxy> {
  const target = new URL(REDIS_URL);
  const sockets = new Set<Socket>();
  let frozen = false;
  const held: (readonly [Socket, Buffer])[] = [];
  const forward = (to: Socket) => (chunk: Buffer) => {
    if (frozen) held.push([to, chunk]);
    else to.write(chunk);
  };
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 6379), target.hostname);
    sockets.add(client).add(upstream);
    for (const s of [client, upstream]) {
      s.on('error', () => undefined);
      s.on('close', () => {
        sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', forward(upstream));
    upstream.on('data', forward(client));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    port,
    freeze() {
      frozen = true;
    },
    thaw() {
      frozen = false;
      for (const [to, chunk] of held.splice(0)) if (!to.destroyed) to.write(chunk);
    },
    async close() {
      for (const s of sockets) s.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}

/** Resolves with the outcome of `promise`, or with `'hung'` when it has not settled within `ms` (a hang guard, not a speed assertion). */
export async function settledWithin<T>(
  promise: Promise<T>,
  ms: number,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown } | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => {
    timer = setTimeout(() => resolve('hung'), ms);
  });
  try {
    return await Promise.race([
      promise.then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
      hung,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
