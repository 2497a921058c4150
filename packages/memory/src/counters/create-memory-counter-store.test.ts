import { describe, expect, it } from 'vitest';
import { createMemoryCounterStore } from './create-memory-counter-store.js';
import { createFakeClock } from '@kabinet/core/testing';

describe('createMemoryCounterStore (memory-specific behaviour; the port contract runs in test/contract.test.ts)', () => {
  it('expired counters stay visible to peek until evicted, and are evicted lazily on access', async () => {
    const clock = createFakeClock();
    const counters = createMemoryCounterStore({ clock, sweepEvery: 1_000_000 });
    await counters.increment('k', { ttlMs: 10 });
    clock.advance(10);
    expect(counters.peek('k')).toEqual({ value: 1, expiresAt: clock.now() });
    expect(await counters.get('k')).toBeUndefined();
    expect(counters.size).toBe(0);
  });

  it('memory stays bounded under churn: 50,000 short-lived identifiers never pile up', async () => {
    const clock = createFakeClock();
    const counters = createMemoryCounterStore({ clock, sweepEvery: 100 });
    let peak = 0;
    for (let i = 0; i < 50_000; i++) {
      await counters.increment(`ip:${i}`, { ttlMs: 10 });
      clock.advance(1);
      peak = Math.max(peak, counters.size);
    }
    expect(peak).toBeLessThanOrEqual(111);
  });

  it('a sweep after mass expiry compacts storage and keeps the survivors exact', async () => {
    const clock = createFakeClock();
    const counters = createMemoryCounterStore({ clock, sweepEvery: 1_000_000, initialCapacity: 8 });
    for (let i = 0; i < 5_000; i++) await counters.increment(`short:${i}`, { ttlMs: 10, by: i });
    for (let i = 0; i < 10; i++) await counters.increment(`long:${i}`, { ttlMs: 1_000, by: i + 1 });
    const start = clock.now();
    clock.advance(10);
    expect(counters.sweep()).toBe(5_000);
    expect(counters.size).toBe(10);
    for (let i = 0; i < 10; i++)
      expect(await counters.get(`long:${i}`)).toEqual({ value: i + 1, expiresAt: start + 1_000 });
    // Slots are reused after compaction without clobbering survivors.
    for (let i = 0; i < 100; i++) await counters.increment(`new:${i}`, { ttlMs: 1_000 });
    for (let i = 0; i < 10; i++) expect((await counters.get(`long:${i}`))?.value).toBe(i + 1);
    expect(counters.size).toBe(110);
  });

  it('reset frees the slot for reuse without touching other counters', async () => {
    const clock = createFakeClock();
    const counters = createMemoryCounterStore({ clock, initialCapacity: 1 });
    await counters.increment('a', { ttlMs: 100, by: 5 });
    await counters.increment('b', { ttlMs: 100, by: 7 });
    await counters.reset('a');
    await counters.increment('c', { ttlMs: 100, by: 9 });
    expect((await counters.get('b'))?.value).toBe(7);
    expect((await counters.get('c'))?.value).toBe(9);
    expect(await counters.get('a')).toBeUndefined();
  });

  it('clear() forgets every counter', async () => {
    const clock = createFakeClock();
    const counters = createMemoryCounterStore({ clock });
    await counters.increment('a', { ttlMs: 100 });
    counters.clear();
    expect(counters.size).toBe(0);
    expect(await counters.get('a')).toBeUndefined();
  });

  it('misuse throws ERR_INVALID_ARGUMENT', async () => {
    const clock = createFakeClock();
    expect(() => createMemoryCounterStore({ clock, initialCapacity: 0 })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
    expect(() => createMemoryCounterStore({ clock, sweepEvery: 1.5 })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
    const counters = createMemoryCounterStore({ clock });
    await expect(
      counters.increment('k', { ttlMs: 10, window: 'weekly' as 'fixed' }),
    ).rejects.toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
  });
});
