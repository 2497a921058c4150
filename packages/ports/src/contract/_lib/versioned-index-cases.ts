import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoreRecord, VersionedStore } from '../../store/index.js';
import type { StoreContractHandles } from '../store-contract-types.js';
import { expectKabinetError } from './expect-conflict.js';
import { moveClockTo } from './move-clock.js';

/** A record with the indexed fields. */
interface Owned extends StoreRecord {
  readonly value: number;
}

/**
 * The cases of the owner and due-time indexes of a {@link VersionedStore} (`listByOwner`,
 * `listDue`), registered inside `runVersionedStoreContract`.
 */
export function describeVersionedIndexes(
  open: () => { store: VersionedStore<StoreRecord> },
  handles: () => StoreContractHandles,
  numRuns: number,
): void {
  const owned = (): VersionedStore<Owned> => open().store as unknown as VersionedStore<Owned>;

  describe('owner and due-time indexes', () => {
    it("listByOwner gives only the owner's live records, newest (highest id) first, in pages", async () => {
      const store = owned();
      for (const [id, ownerId] of [
        ['r1', 'acc_a'],
        ['r2', 'acc_b'],
        ['r3', 'acc_a'],
        ['r4', undefined],
        ['r5', 'acc_a'],
      ] as const) {
        await store.create({ id, value: 1, ...(ownerId === undefined ? {} : { ownerId }) });
      }
      const first = await store.listByOwner('acc_a', { limit: 2 });
      expect(first.items.map((r) => r.id)).toEqual(['r5', 'r3']);
      const second = await store.listByOwner('acc_a', { limit: 2, after: first.nextCursor! });
      expect(second.items.map((r) => r.id)).toEqual(['r1']);
      expect(second.nextCursor).toBeUndefined();
      expect(second.items[0]).toEqual({ id: 'r1', value: 1, ownerId: 'acc_a', version: 1 });
      expect((await store.listByOwner('acc_c', { limit: 5 })).items).toEqual([]);
    });

    it('an update that changes the owner moves the record between owners; an expired record is in no list', async () => {
      const h = handles();
      const store = owned();
      const expiresAt = h.clock.now() + 60_000;
      const created = await store.create({ id: 'm1', value: 1, ownerId: 'acc_a', dueAt: 5 });
      await store.create({ id: 'm2', value: 1, ownerId: 'acc_a', dueAt: 6, expiresAt });
      await store.update({ ...created, ownerId: 'acc_b' }, created.version);
      expect((await store.listByOwner('acc_a', { limit: 5 })).items.map((r) => r.id)).toEqual([
        'm2',
      ]);
      expect((await store.listByOwner('acc_b', { limit: 5 })).items.map((r) => r.id)).toEqual([
        'm1',
      ]);
      await moveClockTo(h.clock, expiresAt);
      expect((await store.listByOwner('acc_a', { limit: 5 })).items).toEqual([]);
      expect((await store.listDue(10, { limit: 5 })).items.map((r) => r.id)).toEqual(['m1']);
    });

    it('listDue gives live records due at or before the time, earliest first, ties by id; moving or clearing dueAt moves them', async () => {
      const store = owned();
      await store.create({ id: 'd3', value: 1, dueAt: 300 });
      await store.create({ id: 'd1', value: 1, dueAt: 100 });
      await store.create({ id: 'd2b', value: 1, dueAt: 200 });
      await store.create({ id: 'd2a', value: 1, dueAt: 200 });
      const d4 = await store.create({ id: 'd4', value: 1, dueAt: 400 });
      await store.create({ id: 'd0', value: 1 });
      expect((await store.listDue(300, { limit: 10 })).items.map((r) => r.id)).toEqual([
        'd1',
        'd2a',
        'd2b',
        'd3',
      ]);
      expect((await store.listDue(99, { limit: 10 })).items).toEqual([]);
      const moved = await store.update({ ...d4, dueAt: 50 }, d4.version);
      expect((await store.listDue(60, { limit: 10 })).items.map((r) => r.id)).toEqual(['d4']);
      const { dueAt: _dueAt, ...cleared } = moved;
      await store.update(cleared, moved.version);
      expect((await store.listDue(1_000, { limit: 10 })).items.map((r) => r.id)).toEqual([
        'd1',
        'd2a',
        'd2b',
        'd3',
      ]);
    });

    it('misuse is ERR_INVALID_ARGUMENT: an empty owner, a non-finite time, a foreign cursor, an empty ownerId or non-finite dueAt on write', async () => {
      const store = owned();
      await expectKabinetError(store.listByOwner('', { limit: 1 }), 'ERR_INVALID_ARGUMENT');
      await expectKabinetError(store.listByOwner('acc', { limit: 0 }), 'ERR_INVALID_ARGUMENT');
      await expectKabinetError(store.listDue(Number.NaN, { limit: 1 }), 'ERR_INVALID_ARGUMENT');
      await expectKabinetError(
        store.listDue(1, { limit: 1, after: 'not-a-cursor' }),
        'ERR_INVALID_ARGUMENT',
      );
      await expectKabinetError(
        store.create({ id: 'x', value: 1, ownerId: '' }),
        'ERR_INVALID_ARGUMENT',
      );
      await expectKabinetError(
        store.create({ id: 'y', value: 1, dueAt: Number.POSITIVE_INFINITY }),
        'ERR_INVALID_ARGUMENT',
      );
    });

    it('paging through listByOwner and listDue visits exactly the matching records in index order, whatever the page size (property)', async () => {
      const rowArb = fc.record({
        owner: fc.option(fc.constantFrom('acc_a', 'acc_b'), { nil: undefined }),
        due: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.array(rowArb, { maxLength: 20 }),
          fc.integer({ min: 1, max: 6 }),
          fc.integer({ min: 0, max: 20 }),
          async (rows, limit, before) => {
            const store = owned();
            const records = rows.map((row, i) => ({
              id: `p${String(i).padStart(3, '0')}`,
              value: i,
              ...(row.owner === undefined ? {} : { ownerId: row.owner }),
              ...(row.due === undefined ? {} : { dueAt: row.due }),
            }));
            for (const record of records) await store.create(record);
            const scan = async (
              page: (after?: string) => Promise<{ items: readonly Owned[]; nextCursor?: string }>,
            ): Promise<string[]> => {
              const seen: string[] = [];
              let cursor: string | undefined;
              do {
                const next = await page(cursor);
                expect(next.items.length).toBeLessThanOrEqual(limit);
                seen.push(...next.items.map((r) => r.id));
                cursor = next.nextCursor;
              } while (cursor !== undefined);
              return seen;
            };
            const byOwner = await scan((after) =>
              store.listByOwner('acc_a', after === undefined ? { limit } : { limit, after }),
            );
            expect(byOwner).toEqual(
              records
                .filter((r) => r.ownerId === 'acc_a')
                .map((r) => r.id)
                .reverse(),
            );
            const due = await scan((after) =>
              store.listDue(before, after === undefined ? { limit } : { limit, after }),
            );
            const expected = records
              .filter((r) => r.dueAt !== undefined && r.dueAt <= before)
              .sort((a, b) => a.dueAt! - b.dueAt! || (a.id < b.id ? -1 : 1))
              .map((r) => r.id);
            expect(due).toEqual(expected);
          },
        ),
        { numRuns },
      );
    });
  });
}
