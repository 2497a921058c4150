import { ConflictError, KabinetError } from '@kabinet/core';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createMemoryVersionedStore } from './create-memory-versioned-store.js';
import { createFakeClock } from '@kabinet/core/testing';

interface Draft {
  readonly id: string;
  readonly step: number;
  readonly expiresAt?: number;
}

describe('createMemoryVersionedStore (memory-specific behaviour; the port contract runs in test/contract.test.ts)', () => {
  it('expired records stay visible to peek until evicted, and are evicted lazily on access', async () => {
    const clock = createFakeClock();
    const drafts = createMemoryVersionedStore<Draft>({ clock, sweepEvery: 1_000_000 });
    await drafts.create({ id: 'draft_1', step: 1, expiresAt: clock.now() + 10 });
    clock.advance(10);
    expect(drafts.peek('draft_1')).toEqual({
      id: 'draft_1',
      step: 1,
      expiresAt: clock.now(),
      version: 1,
    });
    expect(drafts.size).toBe(1);
    expect(await drafts.get('draft_1')).toBeUndefined();
    expect(drafts.size).toBe(0);
    expect(drafts.peek('draft_1')).toBeUndefined();
  });

  it('an amortised sweep evicts expired records nobody touches again', async () => {
    const clock = createFakeClock();
    const drafts = createMemoryVersionedStore<Draft>({ clock, sweepEvery: 50 });
    for (let i = 0; i < 40; i++)
      await drafts.create({ id: `draft_${i}`, step: 0, expiresAt: clock.now() + 5 });
    clock.advance(5);
    expect(drafts.size).toBe(40);
    for (let i = 0; i < 20; i++) await drafts.get('unrelated');
    expect(drafts.size).toBe(0);
  });

  it('memory stays bounded under churn: 20,000 short-lived records never pile up', async () => {
    const clock = createFakeClock();
    const sessions = createMemoryVersionedStore<Draft>({ clock, sweepEvery: 100 });
    let peak = 0;
    for (let i = 0; i < 20_000; i++) {
      await sessions.create({ id: `s_${i}`, step: i, expiresAt: clock.now() + 10 });
      clock.advance(1);
      peak = Math.max(peak, sessions.size);
    }
    // About 10 are live at any time; the sweep runs at least every 100 operations.
    expect(peak).toBeLessThanOrEqual(111);
  });

  it('sweep() evicts everything expired now and frees the keys', async () => {
    const clock = createFakeClock();
    const accounts = createMemoryVersionedStore<Draft>({ clock });
    await accounts.create({ id: 'a', step: 1, expiresAt: clock.now() + 1 }, { uniqueKeys: ['k'] });
    await accounts.create({ id: 'b', step: 1 });
    clock.advance(1);
    expect(accounts.sweep()).toBe(1);
    expect(accounts.size).toBe(1);
    expect((await accounts.list({ limit: 10 })).items.map((r) => r.id)).toEqual(['b']);
    await accounts.create({ id: 'c', step: 1 }, { uniqueKeys: ['k'] });
    expect((await accounts.findByKey('k'))?.id).toBe('c');
  });

  it('clear() forgets every record and key', async () => {
    const clock = createFakeClock();
    const accounts = createMemoryVersionedStore<Draft>({ clock });
    await accounts.create({ id: 'a', step: 1 }, { uniqueKeys: ['k'] });
    accounts.clear();
    expect(accounts.size).toBe(0);
    expect(await accounts.findByKey('k')).toBeUndefined();
    expect(await accounts.create({ id: 'a', step: 2 }, { uniqueKeys: ['k'] })).toMatchObject({
      version: 1,
    });
  });

  it('S-15: a conflict names the entity, the id and the version the writer read', async () => {
    const clock = createFakeClock();
    const accounts = createMemoryVersionedStore<Draft>({ clock, entity: 'account' });
    const a = await accounts.create({ id: 'acc_1', step: 1 });
    await accounts.update({ ...a, step: 2 }, 1);
    const error = await accounts.update({ ...a, step: 3 }, 1).catch((e: unknown) => e);
    expect(KabinetError.isInstance(error)).toBe(true);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({
      code: 'ERR_CONFLICT',
      entity: 'account',
      id: 'acc_1',
      expectedVersion: 1,
    });
  });

  it('misuse throws ERR_INVALID_ARGUMENT', async () => {
    const clock = createFakeClock();
    expect(() => createMemoryVersionedStore({ clock, sweepEvery: 0 })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
    const store = createMemoryVersionedStore<Draft>({ clock });
    await expect(store.create({ id: '', step: 1 })).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
    await expect(store.create({ id: 'x', step: 1, expiresAt: Number.NaN })).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
    await expect(store.update({ id: 'x', step: 1 }, 1.5)).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
  });

  test.prop([
    fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 40 }),
    fc.integer({ min: 1, max: 9 }),
  ])('list walks every id in binary order, whatever the ids (property)', async (ids, limit) => {
    const clock = createFakeClock();
    const store = createMemoryVersionedStore<Draft>({ clock });
    for (const id of ids) await store.create({ id, step: 0 });
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await store.list(after === undefined ? { limit } : { limit, after });
      seen.push(...page.items.map((r) => r.id));
      if (page.nextCursor === undefined) break;
      after = page.nextCursor;
    }
    expect(seen).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
