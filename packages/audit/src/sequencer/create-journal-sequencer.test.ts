import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import {
  createMemoryJournalOutbox,
  createMemoryJournalStore,
  createMemoryUnitOfWork,
  createMemoryVersionedStore,
  type MemoryJournalStore,
} from '@kabinet/memory';
import type {
  JournalEntry,
  JournalParty,
  JournalStore,
  StoreRecord,
  VersionedStore,
} from '@kabinet/ports';
import { createJournal } from '../journal/create-journal.js';
import { createTestKeys } from '../../test/fixtures/keys.js';
import { createJournalEnqueuer } from './create-journal-enqueuer.js';
import { createJournalSequencer } from './create-journal-sequencer.js';
import { sealJournalBatch } from './seal-journal-batch.js';
import { createFakeClock } from '@kabinet/core/testing';

const alice: JournalParty = { type: 'account', id: 'acc_alice' };
const bob: JournalParty = { type: 'account', id: 'acc_bob' };
const support: JournalParty = { type: 'support', id: 'agent_7' };

interface Counter extends StoreRecord {
  readonly n: number;
}

/** A memory backend in outbox mode: a unit of work, the enqueuer, a sequencer, and a journal over the same store for reading and verifying. */
function setup(options: { drainAfterEachUnit?: boolean; store?: MemoryJournalStore } = {}) {
  const clock = createFakeClock();
  const keys = createTestKeys();
  const store = options.store ?? createMemoryJournalStore();
  const counters = createMemoryVersionedStore<Counter>({ clock, entity: 'counters' });
  const errors: unknown[] = [];
  const sequencer = createJournalSequencer({
    outbox: createMemoryJournalOutbox(store),
    store,
    keys,
    clock,
    origin: 'test-journal',
    checkpoint: { everyEntries: 4, everyMs: 60_000 },
    onError: (e) => errors.push(e),
  });
  const unitOfWork = createMemoryUnitOfWork({
    versioned: <T extends StoreRecord>() => counters as unknown as VersionedStore<T>,
    journal: store,
    ...(options.drainAfterEachUnit === false ? {} : { afterCommit: () => sequencer.drain() }),
  });
  const enqueuer = createJournalEnqueuer({ keys, clock });
  const journal = createJournal({
    store,
    keys,
    clock,
    origin: 'test-journal',
    checkpoint: { everyEntries: 4, everyMs: 60_000 },
  });
  /** One step: bump a counter and journal it with a payload, in one unit. */
  const bump = (id: string, subject: JournalParty = alice) =>
    unitOfWork.run(async (scope) => {
      const c = scope.versioned<Counter>('counters');
      const current = await c.get(id);
      const written =
        current === undefined
          ? await c.create({ id, n: 1 })
          : await c.update({ id, n: current.n + 1 }, current.version);
      await enqueuer.enqueue(scope, {
        actor: subject,
        action: 'contact.changed',
        subject,
        payload: { kind: 'phone', before: null, after: `n${written.n}` },
      });
      return written;
    });
  return { clock, keys, store, counters, sequencer, unitOfWork, enqueuer, journal, errors, bump };
}

describe('journal outbox mode over the memory adapters', () => {
  it('S-14: a unit writes and enqueues; when run() settles the entry is in the chain, its payload opens, and the chain verifies with checkpoints', async () => {
    const { bump, store, journal, counters } = setup();
    for (let i = 0; i < 9; i++) await bump('c1');
    expect((await counters.get('c1'))?.n).toBe(9);
    expect(store.pendingCount).toBe(0);
    const chain = await store.read(0, 100);
    expect(chain.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await journal.openPayload(chain[8]!)).toEqual({
      status: 'present',
      data: { kind: 'phone', before: null, after: 'n9' },
    });
    expect((await store.listCheckpoints({ limit: 10 })).items.map((c) => c.size)).toEqual([
      1, 5, 9,
    ]);
    expect((await store.latestCheckpoint())?.frontier).toBeDefined();
    expect(await journal.verify(undefined, { payloads: true, roots: true })).toMatchObject({
      ok: true,
      size: 9,
      signedSize: 9,
      payloads: { present: 9 },
    });
  });

  it('S-12: an erasure while an entry waits in the outbox wins: it reaches the chain erased, and direct appends interleave', async () => {
    const { bump, store, journal, sequencer } = setup({ drainAfterEachUnit: false });
    await bump('c1', alice);
    await bump('c2', bob);
    expect(store.pendingCount).toBe(2);
    // journal.erase shreds alice's key and pending payloads, then appends its own entry directly.
    expect(await journal.erase(alice, support)).toMatchObject({
      payloadsErased: 0,
      keyDeleted: true,
    });
    expect(await sequencer.drain()).toBe(2);
    const chain = await store.read(0, 10);
    expect(chain.map((e) => e.action)).toEqual([
      'journal.subject.erased',
      'contact.changed',
      'contact.changed',
    ]);
    expect(await store.getPayload(1)).toMatchObject({ state: 'erased', subject: alice });
    expect(await journal.openPayload(chain[2]!)).toMatchObject({ status: 'present' });
    expect(await journal.verify(undefined, { payloads: true })).toMatchObject({
      ok: true,
      size: 3,
      payloads: { present: 1, erased: 1 },
    });
  });

  it('S-12: an enqueue whose cached data key was erased meanwhile is sealed again under the new key', async () => {
    const { bump, store, journal } = setup();
    await bump('c1');
    const first = await store.getSubjectKey(alice);
    await store.eraseSubject(alice, 1);
    await bump('c1');
    const [, second] = await store.read(0, 10);
    expect(await journal.openPayload(second!)).toEqual({
      status: 'present',
      data: { kind: 'phone', before: null, after: 'n2' },
    });
    const renewed = await store.getSubjectKey(alice);
    expect(renewed?.id).not.toBe(first?.id);
    expect(await store.getPayload(1)).toMatchObject({ state: 'sealed', keyId: renewed?.id });
  });

  it('S-14: a seal that throws mid-batch writes nothing and loses nothing; the next batch moves everything', async () => {
    const { bump, store, sequencer, journal } = setup({ drainAfterEachUnit: false });
    for (let i = 0; i < 5; i++) await bump('c1');
    const lease = (await createMemoryJournalOutbox(store).lead())!;
    // One leader per store, however many outboxes are opened on it.
    expect(await createMemoryJournalOutbox(store).lead()).toBeUndefined();
    await expect(
      lease.sequence(3, (pending, head) => {
        sealJournalBatch(pending, head);
        throw new Error('crash after sealing');
      }),
    ).rejects.toThrow('crash after sealing');
    expect(store.pendingCount).toBe(5);
    expect(store.size).toBe(0);
    await lease.release();
    expect(await sequencer.drain()).toBe(5);
    expect(store.pendingCount).toBe(0);
    expect(await journal.verify(undefined, { payloads: true })).toMatchObject({
      ok: true,
      size: 5,
      payloads: { present: 5 },
    });
  });

  it('S-14: one sequencer leads at a time; another takes over after stop(), resumes the frontier and keeps signing', async () => {
    const a = setup({ drainAfterEachUnit: false });
    const b = createJournalSequencer({
      outbox: createMemoryJournalOutbox(a.store),
      store: a.store,
      keys: a.keys,
      clock: a.clock,
      origin: 'test-journal',
      checkpoint: { everyEntries: 4, everyMs: 60_000 },
    });
    for (let i = 0; i < 3; i++) await a.bump('c1');
    expect(await a.sequencer.step()).toBe(3);
    expect(a.sequencer.leading).toBe(true);
    for (let i = 0; i < 3; i++) await a.bump('c1');
    expect(await b.step()).toBe(0);
    expect(b.leading).toBe(false);
    await a.sequencer.stop();
    expect(await b.drain()).toBe(3);
    expect(b.leading).toBe(true);
    expect((await a.store.listCheckpoints({ limit: 10 })).items.map((c) => c.size)).toEqual([3]);
    for (let i = 0; i < 2; i++) await a.bump('c1');
    await b.drain();
    expect((await a.store.listCheckpoints({ limit: 10 })).items.map((c) => c.size)).toEqual([3, 8]);
    expect(await a.journal.verify(undefined, { roots: true, payloads: true })).toMatchObject({
      ok: true,
      size: 8,
      signedSize: 8,
      payloads: { present: 8 },
    });
  });

  it('a leader that finds the stored chain tampered refuses to sequence or sign (ERR_JOURNAL_TAMPERED)', async () => {
    const { bump, store, keys, clock } = setup({ drainAfterEachUnit: false });
    const plain = createJournalSequencer({
      outbox: createMemoryJournalOutbox(store),
      store,
      keys,
      clock,
      origin: 'test-journal',
    });
    await bump('c1');
    await bump('c1');
    await plain.drain();
    await plain.stop();
    await bump('c1');
    const tampered: JournalStore = {
      ...store,
      read: async (from, limit) =>
        (await store.read(from, limit)).map((e: JournalEntry) =>
          e.seq === 1 ? { ...e, action: 'contact.restored' } : e,
        ),
      latestCheckpoint: async () => undefined,
    };
    const next = createJournalSequencer({
      outbox: createMemoryJournalOutbox(store),
      store: tampered,
      keys,
      clock,
      origin: 'test-journal',
    });
    await expect(next.step()).rejects.toMatchObject({
      code: 'ERR_JOURNAL_TAMPERED',
      details: { seq: 1 },
    });
    expect(store.pendingCount).toBe(1);
  });

  it('S-14: any interleaving of units, direct appends, erasures and drains leaves one gap-free chain that verifies, with every unit journaled once', async () => {
    const command = fc.oneof(
      fc.record({
        kind: fc.constant('unit' as const),
        subject: fc.constantFrom(alice, bob),
        payload: fc.boolean(),
      }),
      fc.record({ kind: fc.constant('direct' as const), subject: fc.constantFrom(alice, bob) }),
      fc.record({ kind: fc.constant('erase' as const), subject: fc.constantFrom(alice, bob) }),
      fc.record({ kind: fc.constant('drain' as const), subject: fc.constant(alice) }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(command, { maxLength: 30 }),
        fc.scheduler(),
        async (commands, s) => {
          const { unitOfWork, enqueuer, journal, sequencer, store } = setup({
            drainAfterEachUnit: false,
          });
          let units = 0;
          const tasks = commands.map((c, i) =>
            s.schedule(Promise.resolve(), `${c.kind} ${i}`).then(async () => {
              if (c.kind === 'unit') {
                await unitOfWork.run((scope) =>
                  enqueuer.enqueue(scope, {
                    actor: c.subject,
                    action: 'contact.changed',
                    subject: c.subject,
                    ...(c.payload
                      ? { payload: { kind: 'phone' as const, before: null, after: `v${i}` } }
                      : {}),
                  }),
                );
                units++;
              } else if (c.kind === 'direct')
                await journal.append({
                  actor: c.subject,
                  action: 'account.login.succeeded',
                  subject: c.subject,
                });
              else if (c.kind === 'erase') await store.eraseSubject(c.subject, 1);
              else await sequencer.drain();
            }),
          );
          await s.waitFor(Promise.all(tasks));
          await sequencer.drain();
          const chain = await store.read(0, 1000);
          expect(chain.map((e) => e.seq)).toEqual(chain.map((_, i) => i));
          expect(chain.filter((e) => e.action === 'contact.changed')).toHaveLength(units);
          const report = await journal.verify(undefined, { payloads: true, roots: true });
          expect(report.ok).toBe(true);
          expect(report.payloads?.unreadable ?? 0).toBe(0);
          await sequencer.stop();
        },
      ),
      { numRuns: 60 },
    );
  });
});
