import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoreRecord, Stored, VersionedStore } from '../store/index.js';
import { isConflict } from '@kabinet/core';
import { expectConflict, expectKabinetError } from './_lib/expect-conflict.js';
import { contractSettings } from './_lib/contract-settings.js';
import { moveClockTo } from './_lib/move-clock.js';
import { scheduleCall } from './_lib/schedule-call.js';
import { uniqueName } from './_lib/unique-name.js';
import { describeVersionedIndexes } from './_lib/versioned-index-cases.js';
import { withPeer } from './_lib/with-peer.js';
import { required, useHandles } from './_lib/use-handles.js';
import {
  formsChain,
  naiveWriter,
  optimisticWriter,
  type ReadSave,
  type WriterLog,
} from './_lib/writers.js';
import type {
  StoreContractOptions,
  StoreContractPeer,
  VersionedStoreFactory,
} from './store-contract-types.js';

/** The record the cases store: nested data, an optional flag and an optional expiry. */
interface Item extends StoreRecord {
  readonly id: string;
  readonly value: number;
  readonly label?: string;
  readonly consumed?: boolean;
  readonly nested?: { readonly tags: readonly string[]; readonly at: number };
  readonly expiresAt?: number;
}

const WRITERS = 8;
const INCREMENTS_PER_WRITER = 25;

/**
 * Registers the vitest cases every {@link VersionedStore} adapter must pass: create / get /
 * update / delete with back-door checks, missing reads, optimistic versions (S-15: a stale
 * write is rejected and changes nothing; W×K concurrent read-modify-save writers lose no
 * update and their versions form one chain; the same under `fc.scheduler` interleavings, with
 * naive writers as negative controls that must lose updates), single use under races (S-16),
 * unique keys (taken, released, freed by expiry, raced), expiry, copy semantics and keyset
 * pagination as a property. Uses `handles.versioned` (required) and `handles.raw.record`.
 *
 * @param options - the backend, its factory and its capabilities
 * @returns nothing; the cases are registered in the calling test file
 * @throws KabinetError `ERR_CONFIG` inside the cases when `create()` returns no `versioned`
 * @example
 * ```ts
 * // packages/memory/test/versioned.test.ts
 * import { runVersionedStoreContract } from '@kabinet/ports/contract';
 * runVersionedStoreContract({
 *   name: 'memory',
 *   create: async () => { const clock = createFakeClock(); return { clock, versioned: (c) => createMemoryVersionedStore({ clock, entity: c }) }; },
 *   capabilities: { realConcurrency: false, ttlPrecisionMs: 0, durable: false },
 * });
 * ```
 */
export function runVersionedStoreContract(options: StoreContractOptions): void {
  const { numRuns, precision, ttl } = contractSettings(options);

  describe(`${options.name}: VersionedStore contract`, () => {
    const handles = useHandles(options);
    const factory = (): VersionedStoreFactory =>
      required(handles().versioned, 'handles.versioned', options.name);
    const open = (): { store: VersionedStore<Item>; collection: string } => {
      const collection = uniqueName('col');
      return { store: factory()<Item>(collection), collection };
    };
    const raw = async (
      collection: string,
      id: string,
    ): Promise<Stored<StoreRecord> | undefined | 'no-back-door'> => {
      const reader = handles().raw?.record;
      return reader === undefined ? 'no-back-door' : reader(collection, id);
    };
    const expectRaw = async (
      collection: string,
      id: string,
      expected: Readonly<Record<string, unknown>> | undefined,
    ): Promise<void> => {
      const stored = await raw(collection, id);
      if (stored === 'no-back-door') return;
      if (expected === undefined) expect(stored).toBeUndefined();
      else expect(stored).toMatchObject(expected);
    };

    describe('basic operations', () => {
      it('create stores the record at version 1; get and the back door return it', async () => {
        const { store, collection } = open();
        const item: Item = {
          id: 'item_1',
          value: 7,
          label: 'Иванов',
          nested: { tags: ['a', 'b'], at: 1 },
        };
        const created = await store.create(item);
        expect(created).toEqual({ ...item, version: 1 });
        expect(await store.get('item_1')).toEqual({ ...item, version: 1 });
        await expectRaw(collection, 'item_1', { ...item, version: 1 });
      });

      it('missing ids and keys read as undefined', async () => {
        const { store, collection } = open();
        expect(await store.get('missing')).toBeUndefined();
        expect(await store.findByKey('key:missing')).toBeUndefined();
        expect(await store.list({ limit: 10 })).toEqual({ items: [] });
        await expectRaw(collection, 'missing', undefined);
      });

      it('S-15: update with the version read stores the record at the next version', async () => {
        const { store, collection } = open();
        const created = await store.create({ id: 'item_1', value: 1 });
        const updated = await store.update({ ...created, value: 2, label: 'x' }, created.version);
        expect(updated).toEqual({ id: 'item_1', value: 2, label: 'x', version: 2 });
        expect(await store.get('item_1')).toEqual(updated);
        await expectRaw(collection, 'item_1', { id: 'item_1', value: 2, label: 'x', version: 2 });
        const again = await store.update({ ...updated, value: 3 }, 2);
        expect(again.version).toBe(3);
      });

      it('S-15: a stale or future version is rejected with ConflictError and changes nothing', async () => {
        const { store, collection } = open();
        const created = await store.create({ id: 'item_1', value: 1 });
        await store.update({ ...created, value: 2 }, 1);
        await expectConflict(store.update({ ...created, value: 99 }, 1));
        await expectConflict(store.update({ ...created, value: 99 }, 3));
        await expectConflict(store.delete('item_1', 1));
        expect(await store.get('item_1')).toEqual({ id: 'item_1', value: 2, version: 2 });
        await expectRaw(collection, 'item_1', { id: 'item_1', value: 2, version: 2 });
      });

      it('update and delete of a missing record are conflicts and create nothing', async () => {
        const { store, collection } = open();
        await expectConflict(store.update({ id: 'ghost', value: 1 }, 1));
        await expectConflict(store.delete('ghost', 1));
        expect(await store.get('ghost')).toBeUndefined();
        await expectRaw(collection, 'ghost', undefined);
      });

      it('delete with the version read removes the record', async () => {
        const { store, collection } = open();
        const created = await store.create({ id: 'item_1', value: 1 });
        await store.delete('item_1', created.version);
        expect(await store.get('item_1')).toBeUndefined();
        await expectRaw(collection, 'item_1', undefined);
        await expectConflict(store.delete('item_1', created.version));
      });

      it('S-16: create on an existing id is a conflict and keeps the original', async () => {
        const { store, collection } = open();
        await store.create({ id: 'idem_1', value: 1, label: 'first' });
        await expectConflict(store.create({ id: 'idem_1', value: 2, label: 'second' }));
        expect(await store.get('idem_1')).toEqual({
          id: 'idem_1',
          value: 1,
          label: 'first',
          version: 1,
        });
        await expectRaw(collection, 'idem_1', { label: 'first', version: 1 });
      });

      it('records are copied: mutating what went in or came out never changes stored state', async () => {
        const { store } = open();
        const tags = ['a'];
        const input = { id: 'item_1', value: 1, nested: { tags, at: 1 } };
        const created = await store.create(input);
        tags.push('mutated-input');
        input.value = 100;
        (created.nested!.tags as string[]).push('mutated-result');
        const read = await store.get('item_1');
        expect(read).toEqual({
          id: 'item_1',
          value: 1,
          nested: { tags: ['a'], at: 1 },
          version: 1,
        });
        (read!.nested!.tags as string[]).push('mutated-read');
        expect((await store.get('item_1'))!.nested!.tags).toEqual(['a']);
      });

      it('a stored version field in the input is ignored: the store sets the version', async () => {
        const { store } = open();
        const created = await store.create({ id: 'item_1', value: 1, version: 42 } as Item);
        expect(created.version).toBe(1);
        const updated = await store.update({ ...created, version: 42 } as Item, 1);
        expect(updated.version).toBe(2);
      });
    });

    describe('optimistic concurrency (S-15)', () => {
      it(`S-15: ${WRITERS} writers × ${INCREMENTS_PER_WRITER} read-modify-save increments lose no update; versions form one chain`, async () => {
        const { store } = open();
        await store.create({ id: 'counter', value: 0 });
        const log: WriterLog = { expectedVersions: [], retries: 0 };
        const writers = Array.from({ length: WRITERS }, () =>
          optimisticWriter(counterView(store), 'counter', INCREMENTS_PER_WRITER, log),
        );
        await Promise.all(writers);
        const total = WRITERS * INCREMENTS_PER_WRITER;
        const final = await store.get('counter');
        expect(final?.value).toBe(total);
        expect(final?.version).toBe(total + 1);
        // History check: every expected version 1..total succeeded exactly once.
        expect(formsChain(log.expectedVersions, 1, total)).toBe(true);
        // The writers really contended, so the check above was exercised.
        expect(log.retries).toBeGreaterThan(0);
      });

      it('S-15 negative control: the same writers without the version check lose updates', async () => {
        const { store } = open();
        await store.create({ id: 'counter', value: 0 });
        const writers = Array.from({ length: WRITERS }, () =>
          naiveWriter(counterView(store), 'counter', INCREMENTS_PER_WRITER),
        );
        await Promise.all(writers);
        const final = await store.get('counter');
        expect(final?.value).toBeLessThan(WRITERS * INCREMENTS_PER_WRITER);
      });

      it('S-15: optimistic writers lose no update under every fc.scheduler interleaving', async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.scheduler(),
            fc.integer({ min: 2, max: 4 }),
            fc.integer({ min: 1, max: 3 }),
            async (s, writers, times) => {
              const { store } = open();
              await store.create({ id: 'counter', value: 0 });
              const log: WriterLog = { expectedVersions: [], retries: 0 };
              const view = scheduledView(s, store);
              const tasks = Array.from({ length: writers }, (_, w) =>
                s
                  .schedule(Promise.resolve(), `start writer ${w}`)
                  .then(() => optimisticWriter(view, 'counter', times, log)),
              );
              await s.waitFor(Promise.all(tasks));
              const final = await store.get('counter');
              expect(final?.value).toBe(writers * times);
              expect(final?.version).toBe(writers * times + 1);
              expect(formsChain(log.expectedVersions, 1, writers * times)).toBe(true);
            },
          ),
          { numRuns },
        );
      });

      it('S-15 negative control: fc.scheduler finds a lost update for naive writers, and two writers suffice', async () => {
        const naiveHolds = (writersArb: fc.Arbitrary<number>) =>
          fc.asyncProperty(
            fc.scheduler(),
            writersArb,
            fc.integer({ min: 1, max: 3 }),
            async (s, writers, times) => {
              const { store } = open();
              await store.create({ id: 'counter', value: 0 });
              const view = scheduledView(s, store);
              const tasks = Array.from({ length: writers }, (_, w) =>
                s
                  .schedule(Promise.resolve(), `start writer ${w}`)
                  .then(() => naiveWriter(view, 'counter', times)),
              );
              await s.waitFor(Promise.all(tasks));
              const final = await store.get('counter');
              return final?.value === writers * times;
            },
          );
        const runs = { numRuns: Math.max(numRuns, 50) };
        const anyCount = await fc.check(naiveHolds(fc.integer({ min: 2, max: 4 })), runs);
        expect(anyCount.failed).toBe(true);
        const two = await fc.check(naiveHolds(fc.constant(2)), runs);
        expect(two.failed).toBe(true);
        expect(two.counterexample?.[1]).toBe(2);
      });

      it('S-16: a one-time record is consumed at most once by 20 concurrent consumers holding the same version', async () => {
        const { store, collection } = open();
        const challenge = await store.create({ id: 'otp_1', value: 0, consumed: false });
        const outcomes = await Promise.allSettled(
          Array.from({ length: 20 }, (_, i) =>
            store.update({ ...challenge, consumed: true, value: i }, challenge.version),
          ),
        );
        const won = outcomes.filter((o) => o.status === 'fulfilled');
        const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(19);
        expect(lost.every((o) => isConflict(o.reason))).toBe(true);
        await expectRaw(collection, 'otp_1', { consumed: true, version: 2 });
      });

      it('S-16: consume-if-unused succeeds exactly once under every fc.scheduler interleaving', async () => {
        await fc.assert(
          fc.asyncProperty(fc.scheduler(), fc.integer({ min: 2, max: 6 }), async (s, consumers) => {
            const { store } = open();
            await store.create({ id: 'otp_1', value: 0, consumed: false });
            const get = scheduleCall(s, (id: string) => store.get(id));
            const update = scheduleCall(s, (record: Item, version: number) =>
              store.update(record, version),
            );
            const consume = async (): Promise<'used' | 'already' | 'conflict'> => {
              const current = await get('otp_1');
              if (current === undefined || current.consumed === true) return 'already';
              try {
                await update({ ...current, consumed: true }, current.version);
                return 'used';
              } catch (error) {
                if (isConflict(error)) return 'conflict';
                throw error;
              }
            };
            const tasks = Array.from({ length: consumers }, (_, c) =>
              s.schedule(Promise.resolve(), `consumer ${c}`).then(consume),
            );
            const outcomes = await s.waitFor(Promise.all(tasks));
            expect(outcomes.filter((o) => o === 'used')).toHaveLength(1);
            expect((await store.get('otp_1'))?.version).toBe(2);
          }),
          { numRuns },
        );
      });

      it.runIf(options.capabilities.realConcurrency)(
        'S-15: writers spread over two instances sharing the store lose no update',
        async () => {
          const need = 'handles.openPeer (realConcurrency)';
          await withPeer(handles(), need, options.name, async (peer) => {
            const collection = uniqueName('col');
            const here = factory()<Item>(collection);
            const there = required(
              peer.versioned,
              'peer.versioned',
              options.name,
            )<Item>(collection);
            await here.create({ id: 'counter', value: 0 });
            const log: WriterLog = { expectedVersions: [], retries: 0 };
            const writers = Array.from({ length: WRITERS }, (_, w) =>
              optimisticWriter(
                counterView(w % 2 === 0 ? here : there),
                'counter',
                INCREMENTS_PER_WRITER,
                log,
              ),
            );
            await Promise.all(writers);
            const total = WRITERS * INCREMENTS_PER_WRITER;
            expect((await there.get('counter'))?.value).toBe(total);
            expect(formsChain(log.expectedVersions, 1, total)).toBe(true);
          });
        },
      );
    });

    describe('unique keys', () => {
      it('a key owned by a live record makes create and update fail with ConflictError', async () => {
        const { store, collection } = open();
        await store.create({ id: 'acc_a', value: 1 }, { uniqueKeys: ['phone:+79161234567'] });
        await expectConflict(
          store.create({ id: 'acc_b', value: 2 }, { uniqueKeys: ['phone:+79161234567'] }),
        );
        expect(await store.get('acc_b')).toBeUndefined();
        await expectRaw(collection, 'acc_b', undefined);
        const b = await store.create(
          { id: 'acc_b', value: 2 },
          { uniqueKeys: ['phone:+79990000000'] },
        );
        await expectConflict(
          store.update({ ...b, value: 3 }, b.version, { uniqueKeys: ['phone:+79161234567'] }),
        );
        expect(await store.get('acc_b')).toEqual({ id: 'acc_b', value: 2, version: 1 });
        expect((await store.findByKey('phone:+79990000000'))?.id).toBe('acc_b');
        expect((await store.findByKey('phone:+79161234567'))?.id).toBe('acc_a');
      });

      it('findByKey finds the owner; update and delete release keys', async () => {
        const { store } = open();
        const a = await store.create(
          { id: 'acc_a', value: 1 },
          { uniqueKeys: ['email:a@example.ru', 'phone:1'] },
        );
        expect(await store.findByKey('email:a@example.ru')).toEqual(a);
        const moved = await store.update({ ...a, value: 2 }, a.version, {
          uniqueKeys: ['email:b@example.ru', 'phone:1'],
        });
        expect(await store.findByKey('email:a@example.ru')).toBeUndefined();
        expect(await store.findByKey('email:b@example.ru')).toEqual(moved);
        expect(await store.findByKey('phone:1')).toEqual(moved);
        const c = await store.create(
          { id: 'acc_c', value: 3 },
          { uniqueKeys: ['email:a@example.ru'] },
        );
        await store.delete('acc_c', c.version);
        expect(await store.findByKey('email:a@example.ru')).toBeUndefined();
        await store.create({ id: 'acc_d', value: 4 }, { uniqueKeys: ['email:a@example.ru'] });
        expect((await store.findByKey('email:a@example.ru'))?.id).toBe('acc_d');
      });

      it('update without uniqueKeys keeps the keys; an empty list releases them all', async () => {
        const { store } = open();
        const a = await store.create({ id: 'acc_a', value: 1 }, { uniqueKeys: ['k1', 'k2'] });
        const kept = await store.update({ ...a, value: 2 }, a.version);
        expect((await store.findByKey('k1'))?.version).toBe(kept.version);
        expect((await store.findByKey('k2'))?.id).toBe('acc_a');
        await store.update({ ...kept, value: 3 }, kept.version, { uniqueKeys: [] });
        expect(await store.findByKey('k1')).toBeUndefined();
        expect(await store.findByKey('k2')).toBeUndefined();
      });

      it('a record may re-list its own keys and list a key twice', async () => {
        const { store } = open();
        const a = await store.create({ id: 'acc_a', value: 1 }, { uniqueKeys: ['k1', 'k1'] });
        const b = await store.update({ ...a, value: 2 }, a.version, { uniqueKeys: ['k1', 'k1'] });
        expect((await store.findByKey('k1'))?.version).toBe(b.version);
      });

      it('a failed create leaves no key behind', async () => {
        const { store } = open();
        await store.create({ id: 'acc_a', value: 1 }, { uniqueKeys: ['k1'] });
        await expectConflict(store.create({ id: 'acc_b', value: 2 }, { uniqueKeys: ['k2', 'k1'] }));
        expect(await store.findByKey('k2')).toBeUndefined();
        await store.create({ id: 'acc_c', value: 3 }, { uniqueKeys: ['k2'] });
        expect((await store.findByKey('k2'))?.id).toBe('acc_c');
      });

      it('10 concurrent registrations claiming one key: exactly one wins', async () => {
        const { store } = open();
        const outcomes = await Promise.allSettled(
          Array.from({ length: 10 }, (_, i) =>
            store.create({ id: `acc_${i}`, value: i }, { uniqueKeys: ['phone:+79161234567'] }),
          ),
        );
        const won = outcomes.filter(
          (o): o is PromiseFulfilledResult<Stored<Item>> => o.status === 'fulfilled',
        );
        expect(won).toHaveLength(1);
        expect(
          outcomes.filter((o) => o.status === 'rejected' && isConflict(o.reason)),
        ).toHaveLength(9);
        expect((await store.findByKey('phone:+79161234567'))?.id).toBe(won[0]!.value.id);
        expect((await store.list({ limit: 100 })).items).toHaveLength(1);
      });

      it('an expired owner frees its key', async () => {
        const h = handles();
        const { store } = open();
        const start = h.clock.now();
        await store.create(
          { id: 'draft_a', value: 1, expiresAt: start + ttl },
          { uniqueKeys: ['phone:1'] },
        );
        await expectConflict(
          store.create({ id: 'draft_b', value: 2 }, { uniqueKeys: ['phone:1'] }),
        );
        await moveClockTo(h.clock, start + ttl + precision);
        expect(await store.findByKey('phone:1')).toBeUndefined();
        const b = await store.create({ id: 'draft_b', value: 2 }, { uniqueKeys: ['phone:1'] });
        expect(await store.findByKey('phone:1')).toEqual(b);
      });
    });

    describe('expiry', () => {
      it('a record is live before expiresAt and absent from it on: get, findByKey, list, update, delete', async () => {
        const h = handles();
        const { store } = open();
        const start = h.clock.now();
        const expiresAt = start + ttl;
        await store.create({ id: 'session_1', value: 1, expiresAt }, { uniqueKeys: ['sid:1'] });
        await store.create({ id: 'session_2', value: 2 });
        await moveClockTo(h.clock, expiresAt - precision - 1);
        expect((await store.get('session_1'))?.value).toBe(1);
        expect((await store.findByKey('sid:1'))?.id).toBe('session_1');
        expect((await store.list({ limit: 10 })).items.map((r) => r.id)).toEqual([
          'session_1',
          'session_2',
        ]);
        await moveClockTo(h.clock, expiresAt + precision);
        expect(await store.get('session_1')).toBeUndefined();
        expect(await store.findByKey('sid:1')).toBeUndefined();
        expect((await store.list({ limit: 10 })).items.map((r) => r.id)).toEqual(['session_2']);
        await expectConflict(store.update({ id: 'session_1', value: 9 }, 1));
        await expectConflict(store.delete('session_1', 1));
        expect(await store.get('session_1')).toBeUndefined();
      });

      it('the id of an expired record can be created again at version 1', async () => {
        const h = handles();
        const { store } = open();
        const start = h.clock.now();
        await store.create({ id: 'draft_1', value: 1, expiresAt: start + ttl });
        await moveClockTo(h.clock, start + ttl + precision);
        const again = await store.create({ id: 'draft_1', value: 2 });
        expect(again).toEqual({ id: 'draft_1', value: 2, version: 1 });
        expect(await store.get('draft_1')).toEqual(again);
      });

      it('update can extend or remove the expiry', async () => {
        const h = handles();
        const { store } = open();
        const start = h.clock.now();
        const a = await store.create({ id: 'session_1', value: 1, expiresAt: start + ttl });
        await store.update({ ...a, value: 2, expiresAt: start + 3 * ttl }, a.version);
        const b = await store.create({ id: 'session_2', value: 1, expiresAt: start + ttl });
        const { expiresAt: _dropped, ...rest } = b;
        await store.update(rest, b.version);
        await moveClockTo(h.clock, start + 2 * ttl);
        expect((await store.get('session_1'))?.value).toBe(2);
        expect((await store.get('session_2'))?.value).toBe(1);
        await moveClockTo(h.clock, start + 3 * ttl + precision);
        expect(await store.get('session_1')).toBeUndefined();
        expect((await store.get('session_2'))?.value).toBe(1);
      });

      it.runIf(precision === 0)('expiry is exact to the millisecond', async () => {
        const h = handles();
        const { store } = open();
        const expiresAt = h.clock.now() + 1;
        await store.create({ id: 'code_1', value: 1, expiresAt });
        expect((await store.get('code_1'))?.value).toBe(1);
        await moveClockTo(h.clock, expiresAt);
        expect(await store.get('code_1')).toBeUndefined();
      });
    });

    describeVersionedIndexes(() => open(), handles, Math.min(numRuns, 30));

    describe('keyset pagination', () => {
      it('an empty store is one empty page without a cursor', async () => {
        const { store } = open();
        const page = await store.list({ limit: 3 });
        expect(page.items).toEqual([]);
        expect(page.nextCursor).toBeUndefined();
      });

      it('pages are in ascending id order and the last page has no cursor', async () => {
        const { store } = open();
        for (const id of ['c', 'a', 'e', 'b', 'd'])
          await store.create({ id, value: id.charCodeAt(0) });
        const first = await store.list({ limit: 2 });
        expect(first.items.map((r) => r.id)).toEqual(['a', 'b']);
        expect(first.nextCursor).toBeDefined();
        const second = await store.list({ limit: 2, after: first.nextCursor! });
        expect(second.items.map((r) => r.id)).toEqual(['c', 'd']);
        const third = await store.list({ limit: 2, after: second.nextCursor! });
        expect(third.items.map((r) => r.id)).toEqual(['e']);
        expect(third.nextCursor).toBeUndefined();
        expect(third.items[0]).toEqual({ id: 'e', value: 101, version: 1 });
      });

      it('a limit that is not a positive integer is misuse (ERR_INVALID_ARGUMENT)', async () => {
        const { store } = open();
        await expectKabinetError(store.list({ limit: 0 }), 'ERR_INVALID_ARGUMENT');
        await expectKabinetError(store.list({ limit: -1 }), 'ERR_INVALID_ARGUMENT');
        await expectKabinetError(store.list({ limit: 1.5 }), 'ERR_INVALID_ARGUMENT');
        await expectKabinetError(store.list({ limit: Number.NaN }), 'ERR_INVALID_ARGUMENT');
      });

      it('a scan visits every record live throughout it exactly once, whatever the page sizes, inserts, deletes and expiries (property)', async () => {
        const idArb = fc.string({
          unit: fc.constantFrom(...'abcdefghij0123456789-_'),
          minLength: 1,
          maxLength: 5,
        });
        const stepArb = fc.record({
          limit: fc.integer({ min: 1, max: 7 }),
          inserts: fc.uniqueArray(idArb, { maxLength: 3 }),
          remove: fc.option(fc.nat(), { nil: undefined }),
        });
        await fc.assert(
          fc.asyncProperty(
            fc.uniqueArray(idArb, { maxLength: 30 }),
            fc.uniqueArray(idArb, { maxLength: 6 }),
            fc.array(stepArb, { minLength: 1, maxLength: 12 }),
            async (initial, expiring, steps) => {
              const h = handles();
              const { store } = open();
              const live = new Map<string, number>(); // id → version
              const expiringOnly = expiring.filter((id) => !initial.includes(id));
              const expiresAt = h.clock.now() + 1 + precision;
              for (const id of expiringOnly) await store.create({ id, value: 0, expiresAt });
              for (const id of initial)
                live.set(id, (await store.create({ id, value: 1 })).version);
              await moveClockTo(h.clock, expiresAt + precision);
              const deleted = new Set<string>();
              const seen = new Map<string, number>();
              let after: string | undefined;
              let last: string | undefined;
              let pages = 0;
              const maxPages = initial.length + steps.length * 3 * 8 + 2;
              for (;;) {
                const step = steps[pages % steps.length]!;
                const page = await store.list(
                  after === undefined ? { limit: step.limit } : { limit: step.limit, after },
                );
                pages += 1;
                expect(pages).toBeLessThanOrEqual(maxPages);
                expect(page.items.length).toBeLessThanOrEqual(step.limit);
                for (const item of page.items) {
                  if (last !== undefined) expect(item.id > last).toBe(true);
                  last = item.id;
                  expect(deleted.has(item.id)).toBe(false);
                  expect(expiringOnly.includes(item.id) && !live.has(item.id)).toBe(false);
                  seen.set(item.id, (seen.get(item.id) ?? 0) + 1);
                }
                if (page.nextCursor === undefined) break;
                after = page.nextCursor;
                for (const id of step.inserts) {
                  if (live.has(id) || deleted.has(id)) continue;
                  live.set(id, (await store.create({ id, value: 2 })).version);
                }
                if (step.remove !== undefined && live.size > 0) {
                  const ids = [...live.keys()];
                  const victim = ids[step.remove % ids.length]!;
                  await store.delete(victim, live.get(victim)!);
                  live.delete(victim);
                  deleted.add(victim);
                }
              }
              for (const id of initial) if (!deleted.has(id)) expect(seen.get(id)).toBe(1);
              for (const count of seen.values()) expect(count).toBe(1);
            },
          ),
          { numRuns },
        );
      });
    });

    describe.runIf(options.capabilities.durable)('durability', () => {
      it('records written by one client are read by another after the first is closed', async () => {
        const need = 'handles.openPeer (durable)';
        const collection = uniqueName('col');
        const peerStore = (peer: StoreContractPeer): VersionedStore<Item> =>
          required(peer.versioned, 'peer.versioned', options.name)<Item>(collection);
        await withPeer(handles(), need, options.name, async (writer) => {
          await peerStore(writer).create({ id: 'acc_1', value: 1 }, { uniqueKeys: ['k1'] });
        });
        await withPeer(handles(), need, options.name, async (reader) => {
          const store = peerStore(reader);
          expect(await store.get('acc_1')).toEqual({ id: 'acc_1', value: 1, version: 1 });
          expect((await store.findByKey('k1'))?.id).toBe('acc_1');
        });
      });
    });
  });
}

/** The read-modify-save view of a store the writers use. */
function counterView(store: VersionedStore<Item>): ReadSave {
  return {
    get: (id) => store.get(id),
    update: (record, version) => store.update(record, version),
  };
}

/** The same view with every call's result released by the fast-check scheduler. */
function scheduledView(s: fc.Scheduler, store: VersionedStore<Item>): ReadSave {
  const view = counterView(store);
  return { get: scheduleCall(s, view.get), update: scheduleCall(s, view.update) };
}
