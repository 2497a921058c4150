import { describe, expect, it } from 'vitest';
import { createMemoryStores } from './create-memory-stores.js';
import { createFakeClock } from '@kabinet/core/testing';

describe('createMemoryStores', () => {
  it('gives every store of a backend, one store per collection name', async () => {
    const clock = createFakeClock(Date.UTC(2026, 0, 1));
    const backend = createMemoryStores({ clock });
    const accounts = backend.versioned<{ id: string; name: string }>('accounts');
    await accounts.create({ id: 'acc_1', name: 'a' });
    expect(
      await backend.versioned<{ id: string; name: string }>('accounts').get('acc_1'),
    ).toMatchObject({ name: 'a' });
    expect(await backend.versioned<{ id: string }>('drafts').get('acc_1')).toBeUndefined();
    for (const port of [
      backend.counters,
      backend.blobs,
      backend.journal,
      backend.payments,
      backend.slots,
    ])
      expect(typeof port).toBe('object');
    expect(backend.unitOfWork).toBeUndefined();
  });

  it('keeps two backends apart', async () => {
    const clock = createFakeClock(Date.UTC(2026, 0, 1));
    const one = createMemoryStores({ clock });
    const two = createMemoryStores({ clock });
    await one.versioned<{ id: string }>('accounts').create({ id: 'acc_1' });
    expect(await two.versioned<{ id: string }>('accounts').get('acc_1')).toBeUndefined();
  });
});
