// DESIGN-8 (DESIGN.md principle 8), fail closed: when Redis cannot answer, every counter call rejects with
// ERR_UNAVAILABLE (with retryAfterSeconds) — quickly, never a hang, never a value that would
// let an attempt through. The outages are real: a port nothing listens on, a connection
// dropped in the middle of a burst, a network partition (a proxy that stops passing data).
import { once } from 'node:events';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { KabinetError } from '@kabinet/core';
import type { CounterStore } from '@kabinet/ports';
import { Redis } from 'ioredis';
import {
  fileClient,
  openClient,
  openFreezableProxy,
  settledWithin,
  testPrefix,
  unusedPort,
  whenReady,
} from '../../test/redis-test-kit.js';
import { createRedisClient } from '../client/index.js';
import { createRedisCounterStore } from './create-redis-counter-store.js';
import { createFakeClock } from '@kabinet/core/testing';

const prefix = testPrefix('fail-closed');
const shared = fileClient(prefix);
/** Well above every deadline in play (500 ms command timeout, 1 s store deadline): reaching it means a hang. */
const HANG_MS = 4_000;
let admin: Redis;

beforeEach(async () => {
  admin = await shared.get();
});
afterAll(() => shared.close());

/** Every operation of the port, as calls to try. */
function everyOperation(counters: CounterStore, key: string): (() => Promise<unknown>)[] {
  return [
    () => counters.increment(key, { ttlMs: 60_000 }),
    () => counters.increment(key, { ttlMs: 60_000, window: 'sliding' }),
    () => counters.raiseTo(key, 10, 60_000),
    () => counters.get(key),
    () => counters.reset(key),
  ];
}

/** Asserts that `call` rejects with ERR_UNAVAILABLE and retryAfterSeconds before the hang guard. */
async function expectUnavailable(
  call: () => Promise<unknown>,
  retryAfterSeconds = 2,
): Promise<void> {
  const outcome = await settledWithin(call(), HANG_MS);
  expect(outcome, 'the call hung instead of failing closed').not.toBe('hung');
  if (outcome === 'hung') return;
  expect(
    outcome.ok,
    `the call resolved with ${JSON.stringify(outcome.ok ? outcome.value : undefined)} instead of failing closed`,
  ).toBe(false);
  const error = outcome.ok ? undefined : outcome.error;
  expect(KabinetError.isInstance(error) ? error.code : String(error)).toBe('ERR_UNAVAILABLE');
  expect((error as KabinetError).details['retryAfterSeconds']).toBe(retryAfterSeconds);
}

describe('DESIGN-8, fail closed: an unreachable Redis is ERR_UNAVAILABLE, never an answer', () => {
  it('DESIGN-8: a client pointed at a loopback port nothing listens on gets ERR_UNAVAILABLE for every operation, at once', async () => {
    const port = await unusedPort();
    const client = createRedisClient(`redis://127.0.0.1:${port}`, { onError: () => undefined });
    try {
      const counters = createRedisCounterStore({ client, clock: createFakeClock(), prefix });
      for (const call of everyOperation(counters, 'otp-fail:+79161234567'))
        await expectUnavailable(call);
      // Still refused after the client has tried (and failed) to connect for a while.
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const call of everyOperation(counters, 'otp-fail:+79161234567'))
        await expectUnavailable(call);
    } finally {
      client.disconnect();
    }
  });

  it('DESIGN-8: the store does not rely on the client options — a default ioredis client (offline queue on, 20 retries) is refused too', async () => {
    const port = await unusedPort();
    const client = new Redis({ port, host: '127.0.0.1' });
    client.on('error', () => undefined);
    try {
      const counters = createRedisCounterStore({
        client,
        clock: createFakeClock(),
        prefix,
        retryAfterSeconds: 5,
      });
      for (const call of everyOperation(counters, 'k')) await expectUnavailable(call, 5);
    } finally {
      client.disconnect();
    }
  });

  it('DESIGN-8: a lazyConnect client not connected yet is refused, and the refusal starts the connection', async () => {
    const client = createRedisClient(
      new URL(process.env['KABINET_REDIS_URL'] ?? 'redis://127.0.0.1:6379').href,
      { lazyConnect: true, onError: () => undefined },
    );
    try {
      const counters = createRedisCounterStore({ client, clock: createFakeClock(), prefix });
      expect(client.status).toBe('wait');
      await expectUnavailable(() => counters.increment('lazy', { ttlMs: 60_000 }));
      await whenReady(client);
      expect((await counters.increment('lazy', { ttlMs: 60_000 })).value).toBe(1);
    } finally {
      await client.quit();
    }
  });

  it('DESIGN-8: a connection dropped in the middle of a burst — every call either counted or ERR_UNAVAILABLE, later calls refused', async () => {
    const client = await openClient();
    const clock = createFakeClock();
    const counters = createRedisCounterStore({ client, clock, prefix });
    const key = 'burst';
    const calls = Array.from({ length: 400 }, () => counters.increment(key, { ttlMs: 60_000 }));
    // Let part of the burst through, then cut the connection while the rest is in flight.
    await calls[50];
    client.disconnect();
    const outcomes = await Promise.all(calls.map((call) => settledWithin(call, HANG_MS)));
    expect(outcomes.filter((o) => o === 'hung')).toEqual([]);
    const settled = outcomes.filter((o): o is Exclude<typeof o, 'hung'> => o !== 'hung');
    const answered = settled.filter((o) => o.ok);
    const refused = settled.filter((o) => !o.ok);
    expect(answered.length).toBeGreaterThan(50);
    for (const o of refused)
      expect(KabinetError.isInstance(o.error) && o.error.code).toBe('ERR_UNAVAILABLE');
    // Nothing answered went uncounted: Redis holds at least every value handed out.
    const stored = await createRedisCounterStore({ client: admin, clock, prefix }).get(key);
    expect(stored!.value).toBeGreaterThanOrEqual(answered.length);
    for (const call of everyOperation(counters, key)) await expectUnavailable(call);
  });

  it('DESIGN-8: a dropped connection that reconnects — refused while down, counting again once back', async () => {
    const client = await openClient();
    const clock = createFakeClock();
    const counters = createRedisCounterStore({ client, clock, prefix });
    expect((await counters.increment('reconnect', { ttlMs: 60_000 })).value).toBe(1);
    const back = once(client, 'ready');
    client.disconnect(true);
    await expectUnavailable(() => counters.increment('reconnect', { ttlMs: 60_000 }));
    await back;
    expect((await counters.increment('reconnect', { ttlMs: 60_000 })).value).toBe(2);
    await client.quit();
  });

  it('DESIGN-8: a network partition (no bytes come back) times out as ERR_UNAVAILABLE, with the client timeout or the store deadline', async () => {
    const proxy = await openFreezableProxy();
    const failClosed = await whenReady(
      createRedisClient(`redis://127.0.0.1:${proxy.port}`, { onError: () => undefined }),
    );
    // A plain client without commandTimeout and with the offline queue: only the store's own deadline saves it.
    const plain = await whenReady(new Redis({ port: proxy.port, host: '127.0.0.1' }));
    plain.on('error', () => undefined);
    try {
      const clock = createFakeClock();
      const a = createRedisCounterStore({ client: failClosed, clock, prefix });
      const b = createRedisCounterStore({ client: plain, clock, prefix, timeoutMs: 300 });
      expect((await a.increment('partition', { ttlMs: 60_000 })).value).toBe(1);
      proxy.freeze();
      await Promise.all(
        [...everyOperation(a, 'partition'), ...everyOperation(b, 'partition')].map((call) =>
          expectUnavailable(call),
        ),
      );
      proxy.thaw();
      // The partition heals and the same clients count again. (The timed-out calls may still land
      // once the held bytes flow, reset included, so a fresh key is checked.)
      expect((await a.increment('healed', { ttlMs: 60_000 })).value).toBe(1);
      expect((await b.increment('healed', { ttlMs: 60_000 })).value).toBe(2);
    } finally {
      failClosed.disconnect();
      plain.disconnect();
      await proxy.close();
    }
  });

  it('DESIGN-8: ERR_UNAVAILABLE names the operation but never the key (keys hold phone numbers, S-12)', async () => {
    const port = await unusedPort();
    const client = createRedisClient(`redis://127.0.0.1:${port}`, { onError: () => undefined });
    try {
      const counters = createRedisCounterStore({ client, clock: createFakeClock(), prefix });
      const error = await counters
        .increment('otp-fail:+79161234567', { ttlMs: 60_000 })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'ERR_UNAVAILABLE',
        details: { operation: 'increment', retryAfterSeconds: 2 },
      });
      expect(
        JSON.stringify({ m: (error as Error).message, d: (error as KabinetError).details }),
      ).not.toContain('79161234567');
    } finally {
      client.disconnect();
    }
  });
});
