import { describe, expect, it } from 'vitest';
import type { CounterState, CounterStore } from '../counters/index.js';
import { raceCounterIncrements } from './race-counter-increments.js';

const hop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A tiny counter store over a map; `atomic: false` reads, yields (a network hop), then writes. */
function tinyCounters(atomic: boolean): CounterStore {
  const map = new Map<string, CounterState>();
  return {
    async increment(key, { by = 1, ttlMs }) {
      const read = map.get(key);
      if (!atomic) await hop();
      const next = { value: (read?.value ?? 0) + by, expiresAt: read?.expiresAt ?? ttlMs };
      map.set(key, next);
      await hop();
      return next;
    },
    async raiseTo(key, value, ttlMs) {
      const next = { value, expiresAt: ttlMs };
      map.set(key, next);
      return next;
    },
    async get(key) {
      return map.get(key);
    },
    async reset(key) {
      map.delete(key);
    },
  };
}

describe('raceCounterIncrements', () => {
  it('S-9: an atomic store comes out exact: final = calls, every caller saw a distinct value 1..calls', async () => {
    const store = tinyCounters(true);
    const race = await raceCounterIncrements(store, store, 'k', 50);
    expect(race).toEqual({
      calls: 50,
      final: 50,
      lost: 0,
      distinct: 50,
      seen: Array.from({ length: 50 }, (_, i) => i + 1),
      exact: true,
    });
  });

  it('S-9 negative control: a read-then-write store loses updates and the race reports it', async () => {
    const store = tinyCounters(false);
    const race = await raceCounterIncrements(store, store, 'k', 50);
    expect(race.exact).toBe(false);
    expect(race.lost).toBeGreaterThan(0);
    expect(race.final).toBe(50 - race.lost);
    expect(race.distinct).toBeLessThan(50);
  });

  it('a non-positive or fractional number of calls is a RangeError', async () => {
    const store = tinyCounters(true);
    await expect(raceCounterIncrements(store, store, 'k', 0)).rejects.toBeInstanceOf(RangeError);
    await expect(raceCounterIncrements(store, store, 'k', 1.5)).rejects.toBeInstanceOf(RangeError);
  });
});
