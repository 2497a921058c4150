// Redis-specific behaviour of the counter store (the port contract runs in
// counter-store-contract.test.ts): the stored layout, the real PEXPIRE, Cluster-safe keys
// and scripts, exact numbers, store faults and misuse.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { KabinetError } from '@kabinet/core';
import type { Redis } from 'ioredis';
import { fileClient, rawCounter, testPrefix } from '../../test/redis-test-kit.js';
import { GET_LUA, INCREMENT_LUA, RAISE_TO_LUA, RESET_LUA } from '../_lib/counter-scripts.js';
import { createRedisCounterStore } from './create-redis-counter-store.js';
import { createFakeClock } from '@kabinet/core/testing';

const prefix = testPrefix('store');
const shared = fileClient(prefix);
let client: Redis;

beforeEach(async () => {
  client = await shared.get();
});
afterAll(() => shared.close());

/** The Redis Cluster hash tag of a key: between the first `{` and the next `}`, when not empty. */
function hashTag(key: string): string {
  const open = key.indexOf('{');
  const close = open === -1 ? -1 : key.indexOf('}', open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : key;
}

describe('createRedisCounterStore', () => {
  it('stores a counter as the hash { v, e } at prefix{key}, the counter key being the Cluster hash tag', async () => {
    const clock = createFakeClock();
    const counters = createRedisCounterStore({ client, clock, prefix });
    const state = await counters.increment('otp-fail:+79161234567', { ttlMs: 300_000, by: 2 });
    expect(state).toEqual({ value: 2, expiresAt: clock.now() + 300_000 });
    const keys = await client.keys(`${prefix}*`);
    expect(keys).toContain(`${prefix}{otp-fail:+79161234567}`);
    expect(hashTag(`${prefix}{otp-fail:+79161234567}`)).toBe('otp-fail:+79161234567');
    expect(await client.hgetall(`${prefix}{otp-fail:+79161234567}`)).toEqual({
      v: '2',
      e: String(clock.now() + 300_000),
    });
  });

  it('every script touches only the key it declares (KEYS[1]), so it runs on Redis Cluster', () => {
    for (const lua of [INCREMENT_LUA, RAISE_TO_LUA, GET_LUA, RESET_LUA]) {
      const calls = [...lua.matchAll(/redis\.call\(\s*'([A-Z]+)'\s*,\s*([^,)]+)/g)];
      expect(calls.length).toBeGreaterThan(0);
      for (const [, , firstArg] of calls) expect(firstArg!.trim()).toBe('KEYS[1]');
      expect(lua).not.toMatch(/KEYS\[[2-9]\]|redis\.call\(\s*'(KEYS|SCAN|EVAL|SELECT)'/);
    }
  });

  it('sets a real PEXPIRE of the remaining lifetime plus the margin, so Redis frees dead keys', async () => {
    const clock = createFakeClock();
    const counters = createRedisCounterStore({ client, clock, prefix, expiryMarginMs: 5_000 });
    const key = `${prefix}{pttl}`;
    await counters.increment('pttl', { ttlMs: 10_000 });
    const first = await client.pttl(key);
    expect(first).toBeGreaterThan(14_000);
    expect(first).toBeLessThanOrEqual(15_000);
    clock.advance(9_000);
    await counters.increment('pttl', { ttlMs: 10_000 }); // fixed window: 1 000 ms left
    const fixed = await client.pttl(key);
    expect(fixed).toBeGreaterThan(5_000);
    expect(fixed).toBeLessThanOrEqual(6_000);
    await counters.increment('pttl', { ttlMs: 10_000, window: 'sliding' }); // back to 10 000 ms
    expect(await client.pttl(key)).toBeGreaterThan(14_000);
    await counters.raiseTo('pttl-raise', 5, 2_000);
    const raised = await client.pttl(`${prefix}{pttl-raise}`);
    expect(raised).toBeGreaterThan(6_000);
    expect(raised).toBeLessThanOrEqual(7_000);
  });

  it('a lifetime too long for PEXPIRE keeps the key without a real expiry; the clock still ends it', async () => {
    const clock = createFakeClock();
    const counters = createRedisCounterStore({ client, clock, prefix });
    const state = await counters.increment('forever', { ttlMs: 1e300 });
    expect(state.expiresAt).toBe(clock.now() + 1e300);
    expect(await client.pttl(`${prefix}{forever}`)).toBe(-1);
    await counters.raiseTo('forever-raise', 1, Number.MAX_VALUE);
    expect(await client.pttl(`${prefix}{forever-raise}`)).toBe(-1);
  });

  it('expiry follows the injected clock, not the Redis server time (a clock in 1970 or 2100 works the same)', async () => {
    for (const start of [0, Date.UTC(2100, 0, 1)]) {
      const clock = createFakeClock(start);
      const counters = createRedisCounterStore({ client, clock, prefix });
      const key = `clock-${start}`;
      expect(await counters.increment(key, { ttlMs: 1_000 })).toEqual({
        value: 1,
        expiresAt: start + 1_000,
      });
      clock.advance(999);
      expect(await counters.get(key)).toEqual({ value: 1, expiresAt: start + 1_000 });
      clock.advance(1);
      expect(await counters.get(key)).toBeUndefined();
      // Redis still holds it (PEXPIRE has its margin); the store reads it as absent and restarts it.
      expect(await rawCounter(client, prefix, key)).toEqual({ value: 1, expiresAt: start + 1_000 });
      expect(await counters.increment(key, { ttlMs: 1_000 })).toEqual({
        value: 1,
        expiresAt: start + 2_000,
      });
    }
  });

  it('numbers round-trip exactly: fractions, negatives, epoch ms with fractions and Number.MAX_SAFE_INTEGER', async () => {
    const clock = createFakeClock(Date.UTC(2026, 0, 1) + 0.125);
    const counters = createRedisCounterStore({ client, clock, prefix });
    expect(await counters.increment('frac', { ttlMs: 1 / 3, by: 0.1 })).toEqual({
      value: 0.1,
      expiresAt: clock.now() + 1 / 3,
    });
    expect(await counters.increment('frac', { ttlMs: 1 / 3, by: 0.2 })).toEqual({
      value: 0.1 + 0.2,
      expiresAt: clock.now() + 1 / 3,
    });
    expect(await counters.increment('neg', { ttlMs: 1_000, by: -1 })).toMatchObject({ value: -1 });
    expect(await counters.raiseTo('max', Number.MAX_SAFE_INTEGER, 1_000)).toMatchObject({
      value: Number.MAX_SAFE_INTEGER,
    });
    expect(await counters.raiseTo('max', Number.MAX_SAFE_INTEGER - 1, 1_000)).toMatchObject({
      value: Number.MAX_SAFE_INTEGER,
    });
    const until = clock.now() + 300_000.7;
    expect(await counters.raiseTo('until', until, 300_000)).toEqual({
      value: until,
      expiresAt: clock.now() + 300_000,
    });
    expect(await counters.get('until')).toEqual({ value: until, expiresAt: clock.now() + 300_000 });
  });

  it('a key holding another Redis type is a store fault (ERR_STORE) that names no key; it never reads as absent', async () => {
    const clock = createFakeClock();
    const counters = createRedisCounterStore({ client, clock, prefix });
    await client.set(`${prefix}{+79161234567}`, 'not a hash');
    for (const call of [
      () => counters.increment('+79161234567', { ttlMs: 1_000 }),
      () => counters.raiseTo('+79161234567', 1, 1_000),
      () => counters.get('+79161234567'),
    ]) {
      const error = await call().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(KabinetError.isInstance(error) && error.code).toBe('ERR_STORE');
      const seen = JSON.stringify({
        message: (error as Error).message,
        details: (error as KabinetError).details,
        cause: String((error as Error).cause),
        props: { ...((error as Error).cause as object) },
      });
      expect(seen).toMatch(/WRONGTYPE/);
      expect(seen).not.toContain('79161234567');
    }
  });

  it('misuse is ERR_INVALID_ARGUMENT: a non-string key, a bad window, a prefix with braces, bad margins and deadlines', async () => {
    const clock = createFakeClock();
    const counters = createRedisCounterStore({ client, clock, prefix });
    await expect(counters.increment(42 as unknown as string, { ttlMs: 10 })).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
    await expect(counters.get(undefined as unknown as string)).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
    await expect(
      counters.increment('k', { ttlMs: 10, window: 'weekly' as 'fixed' }),
    ).rejects.toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
    for (const bad of [
      { prefix: 'a{b}:' },
      { expiryMarginMs: -1 },
      { timeoutMs: 0 },
      { retryAfterSeconds: Number.NaN },
    ]) {
      expect(() => createRedisCounterStore({ client, clock, ...bad })).toThrow(
        expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
      );
    }
    expect(() => createRedisCounterStore({ client: {} as Redis, clock })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
  });

  it('stores with different prefixes on one client do not see each other', async () => {
    const clock = createFakeClock();
    const a = createRedisCounterStore({ client, clock, prefix: `${prefix}a:` });
    const b = createRedisCounterStore({ client, clock, prefix: `${prefix}b:` });
    await a.increment('shared', { ttlMs: 1_000, by: 3 });
    expect(await b.get('shared')).toBeUndefined();
    expect((await a.get('shared'))?.value).toBe(3);
  });
});
