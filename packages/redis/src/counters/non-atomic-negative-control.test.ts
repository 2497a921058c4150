// The negative control of the S-9 race: a deliberately broken counter adapter over the same
// Redis and the same two connections — it reads the counter, then writes the new value in a
// second command, as code without a script or MULTI would — must lose updates in the race
// the contract's two-instance case runs (`raceCounterIncrements`). If it did not, that case
// could not tell an atomic store from a broken one.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { type Clock } from '@kabinet/core';
import type { CounterState, CounterStore } from '@kabinet/ports';
import { raceCounterIncrements } from '@kabinet/ports/contract';
import type { Redis } from 'ioredis';
import { fileClient, openClient, testPrefix } from '../../test/redis-test-kit.js';
import { createRedisCounterStore } from './create-redis-counter-store.js';
import { createFakeClock } from '@kabinet/core/testing';

const prefix = testPrefix('negative');
const shared = fileClient(prefix);
const CALLS = 200;

/** GET, then SET: the lost-update bug the Lua scripts exist to prevent. Same key layout as the real store. */
function readThenWriteCounters(client: Redis, clock: Clock): CounterStore {
  const at = (key: string): string => `${prefix}{${key}}`;
  async function read(key: string): Promise<CounterState | undefined> {
    const [v, e] = await client.hmget(at(key), 'v', 'e');
    if (v === null || e === null || clock.now() >= Number(e)) return undefined;
    return { value: Number(v), expiresAt: Number(e) };
  }
  async function write(key: string, state: CounterState): Promise<CounterState> {
    await client.hset(at(key), 'v', String(state.value), 'e', String(state.expiresAt));
    return state;
  }
  return {
    async increment(key, { by = 1, ttlMs, window = 'fixed' }) {
      const now = clock.now();
      const current = await read(key);
      if (current === undefined) return write(key, { value: by, expiresAt: now + ttlMs });
      return write(key, {
        value: current.value + by,
        expiresAt: window === 'sliding' ? now + ttlMs : current.expiresAt,
      });
    },
    async raiseTo(key, value, ttlMs) {
      const current = await read(key);
      return current !== undefined && current.value >= value
        ? current
        : write(key, { value, expiresAt: clock.now() + ttlMs });
    },
    get: read,
    async reset(key) {
      await client.del(at(key));
    },
  };
}

describe('S-9 negative control: the two-connection race catches a non-atomic adapter', () => {
  let a: Redis;
  let b: Redis;
  let second: Promise<Redis> | undefined;
  beforeEach(async () => {
    a = await shared.get();
    second ??= openClient();
    b = await second;
  });
  afterAll(async () => {
    await (await second?.catch(() => undefined))?.quit();
    await shared.close();
  });

  it(`S-9: a read-then-write adapter on two connections loses updates in the ${CALLS}-call race`, async () => {
    const clock = createFakeClock();
    const race = await raceCounterIncrements(
      readThenWriteCounters(a, clock),
      readThenWriteCounters(b, clock),
      'otp-fail:broken',
      CALLS,
    );
    // Printed so the loss observed on this machine is on record in the test output.
    console.info(
      `negative control: ${race.lost} of ${race.calls} increments lost (final ${race.final}, ${race.distinct} distinct values seen)`,
    );
    expect(race.exact).toBe(false);
    expect(race.lost).toBeGreaterThan(0);
    expect(race.distinct).toBeLessThan(CALLS);
  });

  it(`S-9: the Lua store on the same two connections comes out exact in the same race`, async () => {
    const clock = createFakeClock();
    const race = await raceCounterIncrements(
      createRedisCounterStore({ client: a, clock, prefix }),
      createRedisCounterStore({ client: b, clock, prefix }),
      'otp-fail:atomic',
      CALLS,
    );
    expect(race).toMatchObject({ final: CALLS, lost: 0, distinct: CALLS, exact: true });
  });
});
