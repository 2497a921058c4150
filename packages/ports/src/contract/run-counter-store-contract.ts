import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CounterState, CounterStore } from '../counters/index.js';
import { expectKabinetError } from './_lib/expect-conflict.js';
import { contractSettings } from './_lib/contract-settings.js';
import { moveClockTo } from './_lib/move-clock.js';
import { raceCounterIncrements } from './race-counter-increments.js';
import { uniqueName } from './_lib/unique-name.js';
import { withPeer } from './_lib/with-peer.js';
import { required, useHandles } from './_lib/use-handles.js';
import type { StoreContractOptions, StoreContractPeer } from './store-contract-types.js';

const PARALLEL = 200;

/**
 * Registers the vitest cases every {@link CounterStore} adapter must pass: S-9 exact counts
 * under 200 parallel increments (every caller sees a distinct value), fixed and sliding
 * windows exact to the millisecond (with a model-based property over random clock moves when
 * `ttlPrecisionMs` is 0), `raiseTo` only raising (also under races), reset, expiry and
 * misuse. Uses `handles.counters` (required) and `handles.raw.counter`.
 *
 * @param options - the backend, its factory and its capabilities
 * @returns nothing; the cases are registered in the calling test file
 * @throws KabinetError `ERR_CONFIG` inside the cases when `create()` returns no `counters`
 * @example
 * ```ts
 * import { runCounterStoreContract } from '@kabinet/ports/contract';
 * runCounterStoreContract({
 *   name: 'memory',
 *   create: async () => { const clock = createFakeClock(); return { clock, counters: createMemoryCounterStore({ clock }) }; },
 *   capabilities: { realConcurrency: false, ttlPrecisionMs: 0, durable: false },
 * });
 * ```
 */
export function runCounterStoreContract(options: StoreContractOptions): void {
  const { numRuns, precision, ttl } = contractSettings(options);

  describe(`${options.name}: CounterStore contract`, () => {
    const handles = useHandles(options);
    const counters = (): CounterStore =>
      required(handles().counters, 'handles.counters', options.name);
    const expectRaw = async (key: string, expected: CounterState | undefined): Promise<void> => {
      const reader = handles().raw?.counter;
      if (reader === undefined) return;
      const stored = await reader(key);
      if (expected === undefined) expect(stored).toBeUndefined();
      else if (precision === 0) expect(stored).toEqual(expected);
      else expect(stored?.value).toBe(expected.value);
    };
    const expectExpiry = (state: CounterState | undefined, expected: number): void => {
      expect(state).toBeDefined();
      if (precision === 0) expect(state!.expiresAt).toBe(expected);
      else expect(Math.abs(state!.expiresAt - expected)).toBeLessThanOrEqual(precision);
    };

    describe('basic operations', () => {
      it('increment creates a counter at `by` that expires ttl ms later', async () => {
        const h = handles();
        const key = uniqueName('otp-fail');
        const now = h.clock.now();
        const first = await counters().increment(key, { ttlMs: ttl });
        expect(first.value).toBe(1);
        expectExpiry(first, now + ttl);
        const second = await counters().increment(key, { ttlMs: ttl, by: 4 });
        expect(second.value).toBe(5);
        expect(await counters().get(key)).toEqual(second);
        await expectRaw(key, second);
      });

      it('a missing counter reads as undefined; reset deletes; resetting a missing one is a no-op', async () => {
        const key = uniqueName('send');
        expect(await counters().get(key)).toBeUndefined();
        await counters().reset(key);
        await counters().increment(key, { ttlMs: ttl });
        await counters().reset(key);
        expect(await counters().get(key)).toBeUndefined();
        await expectRaw(key, undefined);
        expect((await counters().increment(key, { ttlMs: ttl })).value).toBe(1);
      });

      it('counters are independent per key', async () => {
        const a = uniqueName('pwd');
        const b = uniqueName('pwd');
        await counters().increment(a, { ttlMs: ttl });
        await counters().increment(a, { ttlMs: ttl });
        await counters().increment(b, { ttlMs: ttl });
        expect((await counters().get(a))?.value).toBe(2);
        expect((await counters().get(b))?.value).toBe(1);
      });

      it('a non-positive or non-finite ttl or a non-finite step is misuse (ERR_INVALID_ARGUMENT)', async () => {
        const key = uniqueName('bad');
        await expectKabinetError(counters().increment(key, { ttlMs: 0 }), 'ERR_INVALID_ARGUMENT');
        await expectKabinetError(counters().increment(key, { ttlMs: -5 }), 'ERR_INVALID_ARGUMENT');
        await expectKabinetError(
          counters().increment(key, { ttlMs: Number.NaN }),
          'ERR_INVALID_ARGUMENT',
        );
        await expectKabinetError(
          counters().increment(key, { ttlMs: ttl, by: Number.POSITIVE_INFINITY }),
          'ERR_INVALID_ARGUMENT',
        );
        await expectKabinetError(counters().raiseTo(key, 5, 0), 'ERR_INVALID_ARGUMENT');
        await expectKabinetError(counters().raiseTo(key, Number.NaN, ttl), 'ERR_INVALID_ARGUMENT');
        expect(await counters().get(key)).toBeUndefined();
      });
    });

    describe('atomicity (S-9)', () => {
      it(`S-9: ${PARALLEL} parallel increments count ${PARALLEL}, and each caller sees a distinct value`, async () => {
        const key = uniqueName('otp-fail');
        const results = await Promise.all(
          Array.from({ length: PARALLEL }, () => counters().increment(key, { ttlMs: 60 * ttl })),
        );
        expect((await counters().get(key))?.value).toBe(PARALLEL);
        const seen = results.map((r) => r.value).sort((a, b) => a - b);
        expect(seen).toEqual(Array.from({ length: PARALLEL }, (_, i) => i + 1));
        expect(new Set(results.map((r) => r.expiresAt)).size).toBe(1);
      });

      it('S-9: parallel increments with different steps add up exactly', async () => {
        const key = uniqueName('send');
        await Promise.all(
          Array.from({ length: 100 }, (_, i) =>
            counters().increment(key, { ttlMs: 60 * ttl, by: (i % 3) + 1 }),
          ),
        );
        // 100 steps cycling 1, 2, 3: 34 ones, 33 twos, 33 threes.
        expect((await counters().get(key))?.value).toBe(34 + 66 + 99);
      });

      it.runIf(options.capabilities.realConcurrency)(
        'S-9: parallel increments from two instances sharing the store count exactly',
        async () => {
          const need = 'handles.openPeer (realConcurrency)';
          await withPeer(handles(), need, options.name, async (peer) => {
            const there = required(peer.counters, 'peer.counters', options.name);
            const race = await raceCounterIncrements(
              counters(),
              there,
              uniqueName('otp-fail'),
              PARALLEL,
              { ttlMs: 60 * ttl },
            );
            expect(race).toMatchObject({
              final: PARALLEL,
              lost: 0,
              distinct: PARALLEL,
              exact: true,
            });
          });
        },
      );
    });

    describe('windows and expiry', () => {
      it('fixed window: the expiry is set by the first hit and kept by later hits', async () => {
        const h = handles();
        const key = uniqueName('fixed');
        const start = h.clock.now();
        await counters().increment(key, { ttlMs: ttl, window: 'fixed' });
        await moveClockTo(h.clock, start + ttl - precision - 1);
        const later = await counters().increment(key, { ttlMs: ttl, window: 'fixed' });
        expect(later.value).toBe(2);
        expectExpiry(later, start + ttl);
        await moveClockTo(h.clock, start + ttl + precision);
        expect(await counters().get(key)).toBeUndefined();
        const restarted = await counters().increment(key, { ttlMs: ttl, window: 'fixed' });
        expect(restarted.value).toBe(1);
        expectExpiry(restarted, h.clock.now() + ttl);
      });

      it('sliding window: every hit moves the expiry to now + ttl', async () => {
        const h = handles();
        const key = uniqueName('sliding');
        const start = h.clock.now();
        await counters().increment(key, { ttlMs: ttl, window: 'sliding' });
        const hit = start + ttl - precision - 1;
        await moveClockTo(h.clock, hit);
        const second = await counters().increment(key, { ttlMs: ttl, window: 'sliding' });
        expect(second.value).toBe(2);
        expectExpiry(second, h.clock.now() + ttl);
        const secondAt = h.clock.now();
        await moveClockTo(h.clock, secondAt + ttl - precision - 1);
        expect((await counters().get(key))?.value).toBe(2);
        await moveClockTo(h.clock, secondAt + ttl + precision);
        expect(await counters().get(key)).toBeUndefined();
      });

      it.runIf(precision === 0)(
        'expiry is exact to the millisecond: counted at expiresAt - 1, gone at expiresAt',
        async () => {
          const h = handles();
          const fixed = uniqueName('fixed');
          const sliding = uniqueName('sliding');
          const start = h.clock.now();
          await counters().increment(fixed, { ttlMs: 300_000 });
          await counters().increment(sliding, { ttlMs: 300_000, window: 'sliding' });
          await moveClockTo(h.clock, start + 299_999);
          expect(await counters().increment(fixed, { ttlMs: 300_000 })).toEqual({
            value: 2,
            expiresAt: start + 300_000,
          });
          expect(
            await counters().increment(sliding, { ttlMs: 300_000, window: 'sliding' }),
          ).toEqual({ value: 2, expiresAt: start + 599_999 });
          await moveClockTo(h.clock, start + 300_000);
          expect(await counters().get(fixed)).toBeUndefined();
          expect(await counters().get(sliding)).toEqual({ value: 2, expiresAt: start + 599_999 });
          await moveClockTo(h.clock, start + 599_999);
          expect(await counters().get(sliding)).toBeUndefined();
        },
      );

      it.runIf(precision === 0)(
        'any sequence of increments, raises, resets and clock moves matches the reference model (property)',
        async () => {
          type Op =
            | { readonly kind: 'advance'; readonly ms: number }
            | {
                readonly kind: 'increment';
                readonly key: number;
                readonly by: number;
                readonly ttlMs: number;
                readonly window: 'fixed' | 'sliding';
              }
            | {
                readonly kind: 'raise';
                readonly key: number;
                readonly value: number;
                readonly ttlMs: number;
              }
            | { readonly kind: 'reset'; readonly key: number }
            | { readonly kind: 'get'; readonly key: number };
          const keyArb = fc.integer({ min: 0, max: 2 });
          const ttlArb = fc.integer({ min: 1, max: 50 });
          const opArb: fc.Arbitrary<Op> = fc.oneof(
            fc.record({
              kind: fc.constant('advance' as const),
              ms: fc.integer({ min: 0, max: 60 }),
            }),
            fc.record({
              kind: fc.constant('increment' as const),
              key: keyArb,
              by: fc.integer({ min: 1, max: 3 }),
              ttlMs: ttlArb,
              window: fc.constantFrom('fixed' as const, 'sliding' as const),
            }),
            fc.record({
              kind: fc.constant('raise' as const),
              key: keyArb,
              value: fc.integer({ min: 0, max: 10 }),
              ttlMs: ttlArb,
            }),
            fc.record({ kind: fc.constant('reset' as const), key: keyArb }),
            fc.record({ kind: fc.constant('get' as const), key: keyArb }),
          );
          await fc.assert(
            fc.asyncProperty(fc.array(opArb, { maxLength: 40 }), async (ops) => {
              const h = handles();
              const names = [uniqueName('m'), uniqueName('m'), uniqueName('m')];
              const model = new Map<number, CounterState>();
              const live = (key: number): CounterState | undefined => {
                const state = model.get(key);
                return state !== undefined && h.clock.now() < state.expiresAt ? state : undefined;
              };
              for (const op of ops) {
                const now = h.clock.now();
                switch (op.kind) {
                  case 'advance':
                    await moveClockTo(h.clock, now + op.ms);
                    break;
                  case 'increment': {
                    const current = live(op.key);
                    const expected: CounterState =
                      current === undefined
                        ? { value: op.by, expiresAt: now + op.ttlMs }
                        : {
                            value: current.value + op.by,
                            expiresAt: op.window === 'sliding' ? now + op.ttlMs : current.expiresAt,
                          };
                    model.set(op.key, expected);
                    expect(
                      await counters().increment(names[op.key]!, {
                        by: op.by,
                        ttlMs: op.ttlMs,
                        window: op.window,
                      }),
                    ).toEqual(expected);
                    break;
                  }
                  case 'raise': {
                    const current = live(op.key);
                    const expected: CounterState =
                      current !== undefined && current.value >= op.value
                        ? current
                        : { value: op.value, expiresAt: now + op.ttlMs };
                    model.set(op.key, expected);
                    expect(await counters().raiseTo(names[op.key]!, op.value, op.ttlMs)).toEqual(
                      expected,
                    );
                    break;
                  }
                  case 'reset':
                    model.delete(op.key);
                    await counters().reset(names[op.key]!);
                    break;
                  case 'get':
                    expect(await counters().get(names[op.key]!)).toEqual(live(op.key));
                    break;
                }
              }
            }),
            { numRuns },
          );
        },
      );
    });

    describe('raiseTo', () => {
      it('raiseTo sets an absent counter, raises a lower one and never lowers', async () => {
        const h = handles();
        const key = uniqueName('blocked-until');
        const start = h.clock.now();
        expect(await counters().raiseTo(key, 10, ttl)).toMatchObject({ value: 10 });
        const raised = await counters().raiseTo(key, 20, 2 * ttl);
        expect(raised.value).toBe(20);
        expectExpiry(raised, start + 2 * ttl);
        const kept = await counters().raiseTo(key, 15, 5 * ttl);
        expect(kept).toEqual(raised);
        const same = await counters().raiseTo(key, 20, 5 * ttl);
        expect(same).toEqual(raised);
        expect(await counters().get(key)).toEqual(raised);
        await expectRaw(key, raised);
      });

      it('raiseTo on an expired counter starts it afresh', async () => {
        const h = handles();
        const key = uniqueName('blocked-until');
        const start = h.clock.now();
        await counters().raiseTo(key, 50, ttl);
        await moveClockTo(h.clock, start + ttl + precision);
        const fresh = await counters().raiseTo(key, 5, ttl);
        expect(fresh.value).toBe(5);
        expectExpiry(fresh, h.clock.now() + ttl);
      });

      it('100 parallel raiseTo calls end at the maximum', async () => {
        const key = uniqueName('blocked-until');
        const values = Array.from({ length: 100 }, (_, i) => (i * 37) % 101);
        await Promise.all(values.map((v) => counters().raiseTo(key, v, 60 * ttl)));
        expect((await counters().get(key))?.value).toBe(Math.max(...values));
      });
    });

    describe.runIf(options.capabilities.durable)('durability', () => {
      it('counters written by one client are read by another after the first is closed', async () => {
        const need = 'handles.openPeer (durable)';
        const key = uniqueName('durable');
        const peerCounters = (peer: StoreContractPeer): CounterStore =>
          required(peer.counters, 'peer.counters', options.name);
        const written = await withPeer(handles(), need, options.name, (writer) =>
          peerCounters(writer).increment(key, { ttlMs: 60 * ttl, by: 3 }),
        );
        await withPeer(handles(), need, options.name, async (reader) => {
          expect(await peerCounters(reader).get(key)).toEqual(written);
        });
      });
    });
  });
}
