// Increments made while another is in flight share one script call (standalone Redis): each
// caller must get exactly what a call of its own would have given, one key's fault must not
// fail the others, a call refused at its deadline must never be counted afterwards, and a
// Cluster client never gets the many-key script.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { KabinetError } from '@kabinet/core';
import type { CounterState, CounterStore, IncrementOptions } from '@kabinet/ports';
import type { Redis } from 'ioredis';
import {
  REDIS_URL,
  fileClient,
  openFreezableProxy,
  rawCounter,
  testPrefix,
  whenReady,
} from '../../test/redis-test-kit.js';
import { SCRIPT_NAMES } from '../_lib/counter-scripts.js';
import { createRedisClient } from '../client/index.js';
import { createRedisCounterStore } from './create-redis-counter-store.js';
import { createFakeClock, type FakeClock } from '@kabinet/core/testing';

const prefix = testPrefix('batched');
const shared = fileClient(prefix);
let client: Redis;

beforeEach(async () => {
  client = await shared.get();
});
afterAll(() => shared.close());

/** Counts the calls of the many-key script made through `redis` (after the store defined it). */
function countManyCalls(redis: Redis): () => number {
  const target = redis as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const original = target[SCRIPT_NAMES.incrementMany]!;
  let calls = 0;
  target[SCRIPT_NAMES.incrementMany] = (...args: unknown[]) => {
    calls += 1;
    return original.apply(redis, args);
  };
  return () => calls;
}

type Op = readonly [key: string, options: IncrementOptions, advanceMs: number];

/**
 * Live, expired and absent counters, fixed and sliding windows, fractions and negatives, several
 * calls per key, the clock moving between calls. The last seven calls are made at once
 * (`awaitEach` false: each takes the clock's now when made) or one at a time; returns their answers.
 */
async function history(
  store: CounterStore,
  clock: FakeClock,
  key: (name: string) => string,
  awaitEach: boolean,
): Promise<CounterState[]> {
  await store.increment(key('live'), { ttlMs: 10_000, by: 2 });
  await store.increment(key('slide'), { ttlMs: 10_000 });
  await store.increment(key('expired'), { ttlMs: 1_000, by: 7 });
  clock.advance(5_000);
  const ops: Op[] = [
    [key('live'), { ttlMs: 10_000 }, 0],
    [key('slide'), { ttlMs: 3_000, window: 'sliding' }, 1],
    [key('expired'), { ttlMs: 4_000, by: 0.5 }, 2],
    [key('new'), { ttlMs: 2_000, by: -3 }, 3],
    [key('live'), { ttlMs: 10_000, by: 1.25 }, 5],
    [key('new'), { ttlMs: 2_000, window: 'sliding' }, 8],
    [key('new'), { ttlMs: 2_000, by: 0.1 }, 0],
  ];
  const answers: Promise<CounterState>[] = [];
  for (const [name, options, advanceMs] of ops) {
    clock.advance(advanceMs);
    const answer = store.increment(name, options);
    answers.push(awaitEach ? Promise.resolve(await answer) : answer);
  }
  return Promise.all(answers);
}

describe('createRedisCounterStore: increments sharing a script call', () => {
  it('S-9: increments made while one is in flight go out together, and every caller gets its own exact state', async () => {
    const clock = createFakeClock();
    const counters = createRedisCounterStore({ client, clock, prefix });
    const manyCalls = countManyCalls(client);
    const start = clock.now();
    const together = await history(counters, clock, (name) => `together:${name}`, false);
    expect(manyCalls()).toBeGreaterThan(0);
    clock.set(start + 3_600_000);
    const alone = await history(counters, clock, (name) => `alone:${name}`, true);
    const relative = (states: readonly CounterState[], t0: number) =>
      states.map((s) => ({ value: s.value, expiresIn: s.expiresAt - t0 }));
    expect(relative(together, start)).toEqual(relative(alone, start + 3_600_000));
    // And the stored hashes are the same, field for field.
    for (const name of ['live', 'slide', 'expired', 'new']) {
      const a = await rawCounter(client, prefix, `together:${name}`);
      const b = await rawCounter(client, prefix, `alone:${name}`);
      expect({ value: a!.value, expiresIn: a!.expiresAt - start }).toEqual({
        value: b!.value,
        expiresIn: b!.expiresAt - start - 3_600_000,
      });
    }
  });

  it('a burst on one key counts every increment, each caller a different value', async () => {
    const counters = createRedisCounterStore({ client, clock: createFakeClock(), prefix });
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => counters.increment('burst', { ttlMs: 60_000 })),
    );
    expect(answers.map((s) => s.value).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 200 }, (_, i) => i + 1),
    );
  });

  it('a key holding another type fails alone (ERR_STORE, naming no key); the rest of its call counts', async () => {
    const counters = createRedisCounterStore({ client, clock: createFakeClock(), prefix });
    const manyCalls = countManyCalls(client);
    await client.set(`${prefix}{+79161234567}`, 'a string');
    const first = counters.increment('wt:first', { ttlMs: 60_000 });
    const answers = await Promise.allSettled([
      counters.increment('wt:a', { ttlMs: 60_000 }),
      counters.increment('+79161234567', { ttlMs: 60_000 }),
      counters.increment('wt:b', { ttlMs: 60_000, by: 2 }),
    ]);
    await first;
    expect(manyCalls()).toBe(1);
    expect(answers[0]).toMatchObject({ status: 'fulfilled', value: { value: 1 } });
    expect(answers[2]).toMatchObject({ status: 'fulfilled', value: { value: 2 } });
    expect(answers[1].status).toBe('rejected');
    const error = (answers[1] as PromiseRejectedResult).reason as KabinetError;
    expect(KabinetError.isInstance(error) && error.code).toBe('ERR_STORE');
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toContain(
      '79161234567',
    );
    expect(await client.get(`${prefix}{+79161234567}`)).toBe('a string');
  });

  it('DESIGN-8: increments still waiting when their deadline passes are refused and never counted afterwards', async () => {
    const proxy = await openFreezableProxy();
    // No client timeout: only the store's deadline ends the calls.
    const slow = await whenReady(
      createRedisClient(`redis://127.0.0.1:${proxy.port}`, {
        commandTimeout: 60_000,
        onError: () => undefined,
      }),
    );
    try {
      const counters = createRedisCounterStore({
        client: slow,
        clock: createFakeClock(),
        prefix,
        timeoutMs: 200,
      });
      proxy.freeze();
      const calls = ['late:sent', 'late:a', 'late:b', 'late:c'].map((key) =>
        counters.increment(key, { ttlMs: 60_000 }),
      );
      for (const outcome of await Promise.allSettled(calls))
        expect(outcome).toMatchObject({ status: 'rejected', reason: { code: 'ERR_UNAVAILABLE' } });
      proxy.thaw();
      // The call in flight lands once the bytes flow; the three that waited behind it never go out.
      await expect.poll(() => rawCounter(client, prefix, 'late:sent')).toMatchObject({ value: 1 });
      expect((await counters.increment('late:after', { ttlMs: 60_000 })).value).toBe(1);
      for (const key of ['late:a', 'late:b', 'late:c'])
        expect(await rawCounter(client, prefix, key)).toBeUndefined();
    } finally {
      slow.disconnect();
      await proxy.close();
    }
  });

  it('a Cluster client gets one one-key script call per increment (keys of one call must share a slot there)', async () => {
    const clusterLike = await whenReady(createRedisClient(REDIS_URL, { onError: () => undefined }));
    try {
      (clusterLike as unknown as { isCluster: boolean }).isCluster = true;
      const counters = createRedisCounterStore({
        client: clusterLike,
        clock: createFakeClock(),
        prefix,
      });
      const manyCalls = countManyCalls(clusterLike);
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          counters.increment(`cluster:${i % 5}`, { ttlMs: 60_000 }),
        ),
      );
      expect(manyCalls()).toBe(0);
      expect(answers.filter((s) => s.value === 10)).toHaveLength(5);
    } finally {
      clusterLike.disconnect();
    }
  });
});
