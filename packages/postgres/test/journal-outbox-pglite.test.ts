// The unit of work and the outbox on an embedded PGlite (one connection): the unit's stores and
// journal keys share its connection, the lease is kept in the process (`lease: 'pooled'`), and
// the chain the sequencer writes verifies with @kabinet/audit.
import { createJournal, createJournalEnqueuer, createJournalSequencer } from '@kabinet/audit';
import { createMemoryKeyProvider } from '@kabinet/memory';
import type { JournalParty, StoreRecord } from '@kabinet/ports';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresJournalStore } from '../src/journal/index.js';
import { createPostgresJournalOutbox, createPostgresUnitOfWork } from '../src/outbox/index.js';
import type { SqlPool } from '../src/pool/sql-pool.js';
import { createPostgresVersionedStore } from '../src/store/index.js';
import { openTestPglite } from './_lib/test-database.js';
import { createFakeClock } from '@kabinet/core/testing';

const db = await openTestPglite();
afterAll(async () => {
  await db.close();
});

const alice: JournalParty = { type: 'account', id: 'acc_alice' };
const bob: JournalParty = { type: 'account', id: 'acc_bob' };

interface Counter extends StoreRecord {
  readonly n: number;
}

describe('pglite unit of work and journal outbox', () => {
  it('principle 7 and S-14: units commit writes with entries or neither; one in-process sequencer leads; erased pending payloads; the chain verifies', async () => {
    const clock = createFakeClock();
    const keys = createMemoryKeyProvider();
    const journal = 'pglite_outbox';
    const store = createPostgresJournalStore({ pool: db.pool, schema: db.schema, journal });
    const outbox = createPostgresJournalOutbox({
      pool: db.pool,
      schema: db.schema,
      journal,
      lease: 'pooled',
    });
    const sequencer = createJournalSequencer({
      outbox,
      store,
      keys,
      clock,
      origin: 'test-journal',
      checkpoint: { everyEntries: 3 },
      batchSize: 2,
    });
    const other = createJournalSequencer({
      outbox: createPostgresJournalOutbox({
        pool: db.pool,
        schema: db.schema,
        journal,
        lease: 'pooled',
      }),
      store,
      keys,
      clock,
      origin: 'test-journal',
    });
    const uow = createPostgresUnitOfWork({
      pool: db.pool,
      clock,
      schema: db.schema,
      journal,
      afterCommit: () => sequencer.drain(),
    });
    const enqueuer = createJournalEnqueuer({ keys, clock });
    const counters = createPostgresVersionedStore<Counter>({
      pool: db.pool,
      collection: 'pglite_counters',
      clock,
      schema: db.schema,
    });
    const bump = (subject: JournalParty, tag: string, fail = false) =>
      uow.run(async (scope) => {
        const c = scope.versioned<Counter>('pglite_counters');
        const current = await c.get(subject.id);
        if (current === undefined) await c.create({ id: subject.id, n: 1 });
        else await c.update({ id: subject.id, n: current.n + 1 }, current.version);
        await enqueuer.enqueue(scope, {
          actor: subject,
          action: 'contact.changed',
          subject,
          payload: { kind: 'phone', before: null, after: tag },
        });
        if (fail) throw new Error('step failed');
      });

    await bump(alice, 'a1');
    await expect(bump(alice, 'a2', true)).rejects.toThrow('step failed');
    await bump(bob, 'b1');
    expect((await counters.get(alice.id))?.n).toBe(1);
    expect(await other.step()).toBe(0);
    expect(other.leading).toBe(false);
    // A pending payload of an erased subject reaches the chain erased.
    const manual = createPostgresUnitOfWork({ pool: db.pool, clock, schema: db.schema, journal });
    await manual.run((scope) =>
      enqueuer.enqueue(scope, {
        actor: bob,
        action: 'contact.changed',
        subject: bob,
        payload: { kind: 'phone', before: null, after: 'b2' },
      }),
    );
    expect(await outbox.pending()).toBe(1);
    await store.eraseSubject(bob, 7);
    await bump(alice, 'a3');
    expect(await outbox.pending()).toBe(0);
    const chain = await store.read(0, 100);
    expect(chain.map((e) => e.seq)).toEqual([0, 1, 2, 3]);
    expect(await store.getPayload(2)).toEqual({
      state: 'erased',
      seq: 2,
      subject: bob,
      erasedAt: 7,
    });
    const reader = createJournal({ store, keys, clock, origin: 'test-journal' });
    const report = await reader.verify(undefined, { payloads: true, roots: true });
    expect(report).toMatchObject({
      ok: true,
      size: 4,
      checkpointIssues: [],
      payloads: { present: 2, erased: 2 },
    });
    expect((await store.listCheckpoints({ limit: 10 })).items.map((c) => c.size)).toEqual([1, 4]);
    await sequencer.stop();
    expect(await other.drain()).toBe(0);
    expect(other.leading).toBe(true);
    await other.stop();
  });

  it('the in-process lease keeps the same upkeep: VACUUM of the outbox every vacuumEvery rows, ANALYZE of the chain at 1 000 rows; the chain verifies', async () => {
    const clock = createFakeClock();
    const keys = createMemoryKeyProvider();
    const journal = 'pglite_upkeep';
    const sent: string[] = [];
    const pool: SqlPool = {
      query: (text: string, values?: unknown[]) => (
        sent.push(String(text)),
        db.pool.query(text, values)
      ),
      connect: () => db.pool.connect(),
    };
    const store = createPostgresJournalStore({ pool: db.pool, schema: db.schema, journal });
    const outbox = createPostgresJournalOutbox({
      pool,
      schema: db.schema,
      journal,
      lease: 'pooled',
      vacuumEvery: 500,
    });
    const sequencer = createJournalSequencer({
      outbox,
      store,
      keys,
      clock,
      origin: 'test-journal',
      batchSize: 250,
    });
    await db.pool.query(
      `INSERT INTO "${db.schema}".kabinet_journal_outbox (journal, ts, actor_type, actor_id, action, subject_type, subject_id) SELECT $1, g, 'account', 'acc_bulk', 'account.login.succeeded', 'account', 'acc_bulk' FROM generate_series(1, 1000) g`,
      [journal],
    );
    expect(await sequencer.drain()).toBe(1_000);
    expect(sent.filter((text) => text.startsWith('VACUUM'))).toHaveLength(2);
    expect(sent.filter((text) => text.startsWith('ANALYZE'))).toHaveLength(1);
    const report = await createJournal({ store, keys, clock, origin: 'test-journal' }).verify();
    expect(report).toMatchObject({ ok: true, size: 1_000 });
    await sequencer.stop();
  });
});
