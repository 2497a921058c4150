import type { Clock } from '@kabinet/core';
import {
  checkCounterKey,
  checkIncrementOptions,
  checkRaiseToArguments,
  type CounterState,
  type CounterStore,
  type IncrementOptions,
} from '@kabinet/ports';
import { createAmortisedSweep } from '../_lib/amortised-sweep.js';
import { checkSweepEvery, invalidArgument } from '../_lib/misuse.js';

/** Options of {@link createMemoryCounterStore}. */
export interface MemoryCounterStoreOptions {
  /** The clock windows and expiry are judged by. */
  readonly clock: Clock;
  /**
   * Expired counters are evicted when touched and by a sweep after every
   * `max(sweepEvery, n)` operations, n being what the previous sweep kept (default 1000), so memory stays bounded without timers.
   */
  readonly sweepEvery?: number;
  /** Counters to reserve room for up front (default 1024); the store grows and shrinks by itself. */
  readonly initialCapacity?: number;
}

/**
 * A {@link CounterStore} in memory, plus back doors for tests.
 *
 * @example
 * ```ts
 * const counters = createMemoryCounterStore({ clock });
 * counters.peek('otp-fail:+79161234567'); // stored state, even if expired and not yet evicted
 * ```
 */
export interface MemoryCounterStore extends CounterStore {
  /** The stored state of `key`, expired or not (a back door that bypasses expiry). */
  peek(key: string): CounterState | undefined;
  /** How many counters are held, counting expired ones not yet evicted. */
  readonly size: number;
  /** Evicts every expired counter now. @returns how many were evicted */
  sweep(): number;
  /** Deletes every counter. */
  clear(): void;
}

/**
 * Creates an in-memory counter store: atomic increments (each call's read-modify-write runs
 * in one synchronous turn, so 200 parallel increments count 200 — S-9), fixed or sliding
 * windows exact to the millisecond on the injected clock, `raiseTo` that only raises, and
 * bounded memory. Layout: one `Map` from key to slot plus one packed `Float64Array` of
 * `[value, expiresAt]` pairs, so a tracked identifier costs its key string plus about 60
 * bytes (measured by `bench/counters.bench.ts`).
 *
 * @param options - the clock, the sweep interval and the initial capacity
 * @returns the store
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `sweepEvery` or `initialCapacity` is not a positive integer
 * @example
 * ```ts
 * import { createFakeClock } from '@kabinet/core/testing';
 * import { createMemoryCounterStore } from '@kabinet/memory';
 * const clock = createFakeClock();
 * const counters = createMemoryCounterStore({ clock });
 * await counters.increment('otp-fail:+79161234567', { ttlMs: 5 * 60_000 }); // { value: 1, expiresAt: now + 300000 }
 * await counters.raiseTo('blocked-until:acc_1', clock.now() + 60_000, 60_000);
 * ```
 */
export function createMemoryCounterStore(options: MemoryCounterStoreOptions): MemoryCounterStore {
  const { clock } = options;
  const initialCapacity = options.initialCapacity ?? 1_024;
  if (!Number.isInteger(initialCapacity) || initialCapacity < 1)
    invalidArgument('initialCapacity must be a positive integer');
  const slots = new Map<string, number>();
  // data[2 * slot] is the value, data[2 * slot + 1] the expiry (epoch ms). Packed doubles avoid
  // one boxed number per expiry and one object per counter.
  let capacity = initialCapacity;
  let data = new Float64Array(2 * capacity);
  let highWater = 0;
  const free: number[] = [];

  function allocate(): number {
    const reused = free.pop();
    if (reused !== undefined) return reused;
    if (highWater === capacity) {
      capacity *= 2;
      const grown = new Float64Array(2 * capacity);
      grown.set(data);
      data = grown;
    }
    return highWater++;
  }

  /** Moves every live counter to the front of a right-sized array (after big evictions). */
  function compact(): void {
    let target = initialCapacity;
    while (target < slots.size * 2) target *= 2;
    const packed = new Float64Array(2 * target);
    let next = 0;
    for (const [key, slot] of slots) {
      packed[2 * next] = data[2 * slot]!;
      packed[2 * next + 1] = data[2 * slot + 1]!;
      slots.set(key, next);
      next += 1;
    }
    data = packed;
    capacity = target;
    highWater = next;
    free.length = 0;
  }

  function sweepAt(now: number): number {
    let evicted = 0;
    for (const [key, slot] of slots) {
      if (now >= data[2 * slot + 1]!) {
        slots.delete(key);
        free.push(slot);
        evicted += 1;
      }
    }
    if (capacity > initialCapacity && slots.size * 4 < capacity) compact();
    return evicted;
  }

  const tick = createAmortisedSweep(
    checkSweepEvery(options.sweepEvery, 1_000),
    () => slots.size,
    sweepAt,
  );

  /** The live slot of `key`, evicting the counter when it has expired. */
  function liveSlot(key: string, now: number): number | undefined {
    const slot = slots.get(key);
    if (slot === undefined) return undefined;
    if (now >= data[2 * slot + 1]!) {
      slots.delete(key);
      free.push(slot);
      return undefined;
    }
    return slot;
  }

  function write(
    key: string,
    slot: number | undefined,
    value: number,
    expiresAt: number,
  ): CounterState {
    const at = slot ?? allocate();
    if (slot === undefined) slots.set(key, at);
    data[2 * at] = value;
    data[2 * at + 1] = expiresAt;
    return { value, expiresAt };
  }

  return {
    async increment(key, increment: IncrementOptions) {
      checkCounterKey(key);
      const { by, ttlMs, window } = checkIncrementOptions(increment);
      const now = clock.now();
      tick(now);
      const slot = liveSlot(key, now);
      if (slot === undefined) return write(key, undefined, by, now + ttlMs);
      const expiresAt = window === 'sliding' ? now + ttlMs : data[2 * slot + 1]!;
      return write(key, slot, data[2 * slot]! + by, expiresAt);
    },

    async raiseTo(key, value, ttlMs) {
      checkCounterKey(key);
      checkRaiseToArguments(value, ttlMs);
      const now = clock.now();
      tick(now);
      const slot = liveSlot(key, now);
      if (slot !== undefined && data[2 * slot]! >= value)
        return { value: data[2 * slot]!, expiresAt: data[2 * slot + 1]! };
      return write(key, slot, value, now + ttlMs);
    },

    async get(key) {
      checkCounterKey(key);
      const now = clock.now();
      tick(now);
      const slot = liveSlot(key, now);
      return slot === undefined
        ? undefined
        : { value: data[2 * slot]!, expiresAt: data[2 * slot + 1]! };
    },

    async reset(key) {
      checkCounterKey(key);
      tick(clock.now());
      const slot = slots.get(key);
      if (slot === undefined) return;
      slots.delete(key);
      free.push(slot);
    },

    peek(key) {
      const slot = slots.get(key);
      return slot === undefined
        ? undefined
        : { value: data[2 * slot]!, expiresAt: data[2 * slot + 1]! };
    },

    get size() {
      return slots.size;
    },

    sweep() {
      return sweepAt(clock.now());
    },

    clear() {
      slots.clear();
      capacity = initialCapacity;
      data = new Float64Array(2 * capacity);
      highWater = 0;
      free.length = 0;
    },
  };
}
