import type { PaymentStore } from '@kabinet/ports';
import { runPaymentStoreContract } from '@kabinet/ports/contract';
import { describe, expect, it } from 'vitest';
import { createMemoryPaymentStore } from './create-memory-payment-store.js';
import { createFakeClock } from '@kabinet/core/testing';

// The port contract, as the adapter is.
runPaymentStoreContract({
  name: 'memory',
  create: async () => {
    const clock = createFakeClock();
    return { clock, payments: createMemoryPaymentStore({ clock }) };
  },
  capabilities: { realConcurrency: false, ttlPrecisionMs: 0, durable: false },
});

/** A macrotask hop, standing in for a network round trip. */
const hop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Every repository method starts and finishes on later macrotasks, so racing calls interleave like remote ones. */
function remote(store: PaymentStore): PaymentStore {
  const wrap = <T extends object>(target: T): T => {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(target)) {
      if (typeof value !== 'function') continue;
      out[name] = async (...args: unknown[]) => {
        await hop();
        const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        await hop();
        return result;
      };
    }
    return out as T;
  };
  return {
    payments: wrap(store.payments),
    attempts: wrap(store.attempts),
    methods: wrap(store.methods),
    idempotency: wrap(store.idempotency),
    callbacks: wrap(store.callbacks),
  };
}

// The same contract with calls overlapping across macrotasks (the races must still have one winner).
runPaymentStoreContract({
  name: 'memory behind a simulated network',
  create: async () => {
    const clock = createFakeClock();
    return { clock, payments: remote(createMemoryPaymentStore({ clock })) };
  },
  capabilities: { realConcurrency: false, ttlPrecisionMs: 0, durable: false },
  numRuns: 30,
});

describe('createMemoryPaymentStore (memory-specific behaviour)', () => {
  it('back doors show what is stored, including expired idempotency keys not yet swept; clear empties everything', async () => {
    const clock = createFakeClock();
    const store = createMemoryPaymentStore({ clock });
    const now = clock.now();
    await store.idempotency.claim({
      key: 'k1',
      fingerprint: 'f',
      resourceId: 'att_1',
      createdAt: now,
      expiresAt: now + 10,
    });
    clock.advance(10);
    expect(await store.idempotency.get('k1')).toBeUndefined();
    expect(store.peekIdempotency('k1')?.resourceId).toBe('att_1');
    await store.callbacks.markProcessed({
      provider: 'sim',
      eventKey: 'e1',
      processedAt: now,
      expiresAt: now + 100,
    });
    expect(store.peekCallback('sim', 'e1')?.eventKey).toBe('e1');
    store.clear();
    expect(store.peekIdempotency('k1')).toBeUndefined();
    expect(store.peekCallback('sim', 'e1')).toBeUndefined();
  });

  it('expired idempotency keys and callback entries are swept as operations go on (memory stays bounded)', async () => {
    const clock = createFakeClock();
    const store = createMemoryPaymentStore({ clock });
    for (let i = 0; i < 3000; i++) {
      const now = clock.now();
      await store.callbacks.markProcessed({
        provider: 'sim',
        eventKey: `e${i}`,
        processedAt: now,
        expiresAt: now + 5,
      });
      clock.advance(1);
    }
    expect(store.peekCallback('sim', 'e0')).toBeUndefined();
    expect(store.peekCallback('sim', 'e2999')).toBeDefined();
  });
});
