// The Lua scripts against the memory store as the model: random sequences of increments
// (fixed and sliding, fractional and negative steps), raises (up to epoch-ms timestamps and
// Number.MAX_SAFE_INTEGER), resets, reads and clock moves (fractional ones included) give the
// same answers and leave the same live states, and what Redis holds matches the model.
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryCounterStore } from '@kabinet/memory';
import type { Redis } from 'ioredis';
import { fileClient, openClient, rawCounter, testPrefix } from '../../test/redis-test-kit.js';
import { createRedisCounterStore } from './create-redis-counter-store.js';
import { createFakeClock } from '@kabinet/core/testing';

const prefix = testPrefix('lua');
const shared = fileClient(prefix);
let client: Redis;
let run = 0;

beforeEach(async () => {
  client = await shared.get();
});
afterAll(() => shared.close());

type Op =
  | { readonly kind: 'advance'; readonly ms: number }
  | {
      readonly kind: 'increment';
      readonly key: number;
      readonly by: number;
      readonly ttlMs: number;
      readonly window: 'fixed' | 'sliding' | undefined;
    }
  | {
      readonly kind: 'raise';
      readonly key: number;
      readonly value: number;
      readonly ttlMs: number;
      readonly relative: boolean;
    }
  | { readonly kind: 'reset'; readonly key: number }
  | { readonly kind: 'get'; readonly key: number };

const KEYS = 3;
const keyArb = fc.integer({ min: 0, max: KEYS - 1 });
const ttlArb = fc.oneof(
  fc.integer({ min: 1, max: 80 }),
  fc.constantFrom(0.5, 1 / 3, 86_400_000, 1e300),
);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('advance' as const),
    ms: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(0.1, 0.25, 1 / 3)),
  }),
  fc.record({
    kind: fc.constant('increment' as const),
    key: keyArb,
    by: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constantFrom(0.1, 0.2, -0.5, 1e15)),
    ttlMs: ttlArb,
    window: fc.constantFrom('fixed' as const, 'sliding' as const, undefined),
  }),
  fc.record({
    kind: fc.constant('raise' as const),
    key: keyArb,
    value: fc.oneof(
      fc.integer({ min: -1, max: 12 }),
      fc.constantFrom(0.5, Number.MAX_SAFE_INTEGER, 60_000.25),
    ),
    ttlMs: ttlArb,
    // A "blocked until" timestamp: now + value, as the lockout service raises them.
    relative: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('reset' as const), key: keyArb }),
  fc.record({ kind: fc.constant('get' as const), key: keyArb }),
);

describe('Lua scripts vs the memory store (model)', () => {
  it('any sequence of operations and clock moves gives the same answers and the same live states (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { maxLength: 60 }),
        fc.constantFrom(Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1) + 0.5, 0),
        async (ops, start) => {
          run += 1;
          const clock = createFakeClock(start);
          const model = createMemoryCounterStore({ clock });
          const runPrefix = `${prefix}${run}:`;
          const redis = createRedisCounterStore({ client, clock, prefix: runPrefix });
          const name = (key: number): string => `k${key}`;
          for (const op of ops) {
            switch (op.kind) {
              case 'advance':
                clock.advance(op.ms);
                break;
              case 'increment': {
                const options = {
                  by: op.by,
                  ttlMs: op.ttlMs,
                  ...(op.window === undefined ? {} : { window: op.window }),
                };
                expect(await redis.increment(name(op.key), options)).toEqual(
                  await model.increment(name(op.key), options),
                );
                break;
              }
              case 'raise': {
                const value = op.relative ? clock.now() + op.value : op.value;
                expect(await redis.raiseTo(name(op.key), value, op.ttlMs)).toEqual(
                  await model.raiseTo(name(op.key), value, op.ttlMs),
                );
                break;
              }
              case 'reset':
                await redis.reset(name(op.key));
                await model.reset(name(op.key));
                break;
              case 'get':
                expect(await redis.get(name(op.key))).toEqual(await model.get(name(op.key)));
                break;
            }
          }
          for (let key = 0; key < KEYS; key++) {
            const live = await model.get(name(key));
            expect(await redis.get(name(key))).toEqual(live);
            // What Redis holds for a live counter is exactly the model's state (no rounding on the way in or out).
            if (live !== undefined)
              expect(await rawCounter(client, runPrefix, name(key))).toEqual(live);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('parallel increments and raises on one key from two connections end within what serial orders allow (property)', async () => {
    const peer = await openClient();
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.oneof(
              fc.record({ raise: fc.integer({ min: 0, max: 50 }) }),
              fc.record({ by: fc.integer({ min: 1, max: 3 }) }),
            ),
            { minLength: 1, maxLength: 30 },
          ),
          async (ops) => {
            run += 1;
            const clock = createFakeClock();
            const runPrefix = `${prefix}${run}:`;
            const stores = [
              createRedisCounterStore({ client, clock, prefix: runPrefix }),
              createRedisCounterStore({ client: peer, clock, prefix: runPrefix }),
            ];
            await Promise.all(
              ops.map((op, i) =>
                'raise' in op
                  ? stores[i % 2]!.raiseTo('k', op.raise, 60_000)
                  : stores[i % 2]!.increment('k', { by: op.by, ttlMs: 60_000 }),
              ),
            );
            // Increments add up exactly and a raise only raises, so the end value is bounded below by
            // the sum of the steps and by every raise, and above by their sum with the largest raise.
            const steps = ops.reduce((sum, op) => sum + ('by' in op ? op.by : 0), 0);
            const raises = ops.flatMap((op) => ('raise' in op ? [op.raise] : []));
            const top = Math.max(0, ...raises);
            const final = (await stores[0]!.get('k'))!.value;
            expect(final).toBeGreaterThanOrEqual(Math.max(steps, top));
            expect(final).toBeLessThanOrEqual(steps + top);
          },
        ),
        { numRuns: 60 },
      );
    } finally {
      await peer.quit();
    }
  });
});
