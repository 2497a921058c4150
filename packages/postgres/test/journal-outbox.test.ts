// The unit of work, the journal outbox and the sequencer on the machine's PostgreSQL: state
// change and journal entry commit together; one sequencer leads; a crash at any point of a
// batch loses nothing and leaves no gap; any interleaving of units on two pools ends in one
// gap-free chain that @kabinet/audit verifies.
import {
  createJournal,
  createJournalEnqueuer,
  createJournalSequencer,
  sealJournalBatch,
  type JournalSequencer,
} from '@kabinet/audit';
import { KabinetError, type Clock } from '@kabinet/core';
import { createMemoryKeyProvider } from '@kabinet/memory';
import type {
  JournalParty,
  JournalStore,
  KeyProvider,
  StoreRecord,
  UnitOfWork,
} from '@kabinet/ports';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlConnection, SqlPool } from '../src/pool/sql-pool.js';
import { createPostgresJournalStore } from '../src/journal/index.js';
import { createPostgresJournalOutbox, createPostgresUnitOfWork } from '../src/outbox/index.js';
import { openTestSchema, TEST_DATABASE_URL, type TestDatabase } from './_lib/test-database.js';
import { createFakeClock } from '@kabinet/core/testing';

const ORIGIN = 'test-journal';
const alice: JournalParty = { type: 'account', id: 'acc_alice' };
const bob: JournalParty = { type: 'account', id: 'acc_bob' };
const support: JournalParty = { type: 'support', id: 'agent_7' };

interface Counter extends StoreRecord {
  readonly n: number;
}

let db: TestDatabase;
let peerPool: SqlPool;
let killer: SqlPool;
let pipelinedPeer: SqlPool;
const keys: KeyProvider = createMemoryKeyProvider();
let journals = 0;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  db = await openTestSchema('journal_outbox');
  peerPool = db.openPool();
  killer = db.openPool(2);
  const pipelined = new pg.Pool({
    connectionString: TEST_DATABASE_URL,
    max: 10,
    pipeline: true,
  });
  pipelined.on('error', () => undefined);
  cleanups.push(() => pipelined.end());
  pipelinedPeer = pipelined;
});
afterAll(async () => {
  // Last opened first: sequencers give their connections back before their pools end.
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  await db.close();
});

/** One instance of the application: a unit of work, an enqueuer and a sequencer on `pool`, over journal `journal`. */
function instance(
  pool: SqlPool,
  journal: string,
  clock: Clock,
  options: { batchSize?: number; everyEntries?: number; vacuumEvery?: number } = {},
) {
  const store = createPostgresJournalStore({ pool, schema: db.schema, journal });
  const outbox = createPostgresJournalOutbox({
    pool,
    schema: db.schema,
    journal,
    ...(options.vacuumEvery === undefined ? {} : { vacuumEvery: options.vacuumEvery }),
  });
  const errors: unknown[] = [];
  const sequencer = createJournalSequencer({
    outbox,
    store,
    keys,
    clock,
    origin: ORIGIN,
    checkpoint: { everyEntries: options.everyEntries ?? 16, everyMs: 3_600_000 },
    batchSize: options.batchSize ?? 50,
    onError: (e) => errors.push(e),
  });
  cleanups.push(() => sequencer.stop());
  const unitOfWork: UnitOfWork = createPostgresUnitOfWork({
    pool,
    clock,
    schema: db.schema,
    journal,
  });
  const enqueuer = createJournalEnqueuer({ keys, clock });
  const reader = createJournal({ store, keys, clock, origin: ORIGIN });
  /**
   * Bumps counter `id` and journals it (payload: the tag), in one unit; a unit that lost the
   * optimistic write to a concurrent one (S-15) is run again from the read, as the domain does.
   */
  const bump = async (
    id: string,
    subject: JournalParty,
    tag: string,
    fail = false,
  ): Promise<Counter> => {
    for (;;) {
      try {
        return await unitOfWork.run(async (scope) => {
          const counters = scope.versioned<Counter>('outbox_counters');
          const current = await counters.get(id);
          const written =
            current === undefined
              ? await counters.create({ id, n: 1 })
              : await counters.update({ id, n: current.n + 1 }, current.version);
          await enqueuer.enqueue(scope, {
            actor: subject,
            action: 'contact.changed',
            subject,
            payload: { kind: 'phone', before: null, after: tag },
          });
          if (fail) throw new Error('the step failed after its write and its entry');
          return written;
        });
      } catch (error) {
        if (!(KabinetError.isInstance(error) && error.code === 'ERR_CONFLICT')) throw error;
      }
    }
  };
  return { store, outbox, sequencer, unitOfWork, enqueuer, reader, bump, errors };
}

const nextJournal = (label: string): string => `${label}_${++journals}`;

async function counterValue(id: string): Promise<number | undefined> {
  const rows = await db.pool.query<{ n: number }>(
    `SELECT (data->>'n')::int AS n FROM "${db.schema}".kabinet_records WHERE collection = 'outbox_counters' AND id = $1`,
    [id],
  );
  return rows.rows[0]?.n;
}

/** Every payload's `after` value, in chain order (payloads opened with the journal's keys). */
async function tagsInChain(
  store: JournalStore,
  reader: ReturnType<typeof createJournal>,
): Promise<string[]> {
  const tags: string[] = [];
  for (const entry of await store.read(0, 10_000)) {
    const view = await reader.openPayload(entry);
    if (view.status === 'present') tags.push((view.data as { after: string }).after);
  }
  return tags;
}

/** A pool whose connections can be killed: `arm(match)` terminates the backend of the next connection that sends a statement matching it, just before it is sent. */
function killablePool(pool: SqlPool): SqlPool & { arm(match: RegExp): void; kills: number } {
  let armed: RegExp | undefined;
  const self = {
    kills: 0,
    arm(match: RegExp) {
      armed = match;
    },
    query: pool.query.bind<SqlPool['query']>(pool),
    async connect(): Promise<SqlConnection> {
      const connection = await pool.connect();
      const pid = (await connection.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'))
        .rows[0]!.pid;
      const wrapped: SqlConnection = {
        query: async (text: string | { text: string }, values?: readonly unknown[]) => {
          // Named statements come as node-postgres's query config.
          if (armed !== undefined && armed.test(typeof text === 'string' ? text : text.text)) {
            armed = undefined;
            self.kills += 1;
            // With a timeout the call waits until the backend has gone, so the armed statement
            // can never still run on it (without one, a loaded machine let it commit first).
            await killer.query('SELECT pg_terminate_backend($1, 5000)', [pid]);
          }
          return connection.query(text as string, values);
        },
        release: (error) => connection.release(error),
      };
      const events = connection as unknown as {
        on?: (...a: unknown[]) => void;
        off?: (...a: unknown[]) => void;
      };
      return Object.assign(wrapped, {
        on: events.on?.bind(connection),
        off: events.off?.bind(connection),
      });
    },
  };
  return self;
}

async function expectVerifiedChain(
  reader: ReturnType<typeof createJournal>,
  size: number,
): Promise<void> {
  const report = await reader.verify(undefined, { payloads: true, roots: true });
  expect(report).toMatchObject({ ok: true, size, checkpointIssues: [] });
  expect(report.payloads).toMatchObject({ missing: 0, unreadable: 0, mismatch: 0 });
}

describe('postgres unit of work and journal outbox', () => {
  it("principle 7: a unit's state change and its journal entry commit together; a unit that throws leaves neither", async () => {
    const clock = createFakeClock();
    const app = instance(db.pool, nextJournal('atomic'), clock);
    await expect(app.bump('atomic_1', alice, 'failed', true)).rejects.toThrow('the step failed');
    expect(await counterValue('atomic_1')).toBeUndefined();
    expect(await app.outbox.pending()).toBe(0);
    await app.bump('atomic_1', alice, 'first');
    expect(await counterValue('atomic_1')).toBe(1);
    expect(await app.outbox.pending()).toBe(1);
    expect(await app.store.head()).toBeUndefined();
    expect(await app.sequencer.drain()).toBe(1);
    expect(await app.outbox.pending()).toBe(0);
    expect(await tagsInChain(app.store, app.reader)).toEqual(['first']);
    await expectVerifiedChain(app.reader, 1);
  });

  it("principle 7 on a pool in pg's pipeline mode (BEGIN travels with the first statement): the same all or nothing, and the chain verifies", async () => {
    const clock = createFakeClock();
    const pipelinedPool = new pg.Pool({
      connectionString: TEST_DATABASE_URL,
      max: 4,
      pipeline: true,
    });
    pipelinedPool.on('error', () => undefined);
    cleanups.push(() => pipelinedPool.end());
    const app = instance(pipelinedPool, nextJournal('pipelined'), clock);
    await expect(app.bump('pipelined_1', alice, 'failed', true)).rejects.toThrow('the step failed');
    expect(await counterValue('pipelined_1')).toBeUndefined();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        app.bump(`pipelined_${i % 3}`, i % 2 === 0 ? alice : bob, `p${i}`),
      ),
    );
    expect(await counterValue('pipelined_0')).toBe(4);
    expect(await app.outbox.pending()).toBe(12);
    expect(await app.sequencer.drain()).toBe(12);
    expect([...(await tagsInChain(app.store, app.reader))].sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `p${i}`).sort(),
    );
    await expectVerifiedChain(app.reader, 12);
  });

  it('S-12 on a pipelined pool: an entry sealed under a key erased meanwhile fails the whole unit at its commit (ConflictError, nothing kept); run again, it seals under a new key', async () => {
    const clock = createFakeClock();
    const journal = nextJournal('pipelined_erase');
    const pipelinedPool = new pg.Pool({
      connectionString: TEST_DATABASE_URL,
      max: 2,
      pipeline: true,
    });
    pipelinedPool.on('error', () => undefined);
    cleanups.push(() => pipelinedPool.end());
    const app = instance(pipelinedPool, journal, clock);
    await app.bump('pipelined_erase', alice, 'before');
    // Erased on another instance: this instance's enqueuer still has the key cached.
    await createPostgresJournalStore({ pool: peerPool, schema: db.schema, journal }).eraseSubject(
      alice,
      5,
    );
    const step = () =>
      app.unitOfWork.run(async (scope) => {
        const counters = scope.versioned<Counter>('outbox_counters');
        const current = (await counters.get('pipelined_erase'))!;
        await counters.update({ id: 'pipelined_erase', n: current.n + 1 }, current.version);
        await app.enqueuer.enqueue(scope, {
          actor: alice,
          action: 'contact.changed',
          subject: alice,
          payload: { kind: 'phone', before: null, after: 'after' },
        });
      });
    await expect(step()).rejects.toMatchObject({
      code: 'ERR_CONFLICT',
      entity: 'journal-subject-key',
    });
    expect(await counterValue('pipelined_erase')).toBe(1);
    expect(await app.outbox.pending()).toBe(1);
    await step();
    expect(await counterValue('pipelined_erase')).toBe(2);
    await app.sequencer.drain();
    expect(await tagsInChain(app.store, app.reader)).toEqual(['after']);
    expect(await app.store.getPayload(0)).toMatchObject({ state: 'erased', erasedAt: 5 });
    await expectVerifiedChain(app.reader, 2);
  });

  it('S-15 in a unit: a write refused on a taken unique key undoes only itself (a savepoint); the rest of the unit commits', async () => {
    const clock = createFakeClock();
    const app = instance(db.pool, nextJournal('savepoint'), clock);
    const outside = (await import('../src/store/index.js')).createPostgresVersionedStore<Counter>({
      pool: db.pool,
      collection: 'outbox_keys',
      clock,
      schema: db.schema,
    });
    await outside.create({ id: 'owner', n: 0 }, { uniqueKeys: ['phone:1'] });
    const outcome = await app.unitOfWork.run(async (scope) => {
      const store = scope.versioned<Counter>('outbox_keys');
      const refused = await store
        .create({ id: 'intruder', n: 1 }, { uniqueKeys: ['phone:1'] })
        .then(
          () => 'created',
          (e: unknown) => (KabinetError.isInstance(e) ? e.code : 'other'),
        );
      await store.create({ id: 'other', n: 2 }, { uniqueKeys: ['phone:2'] });
      await app.enqueuer.enqueue(scope, {
        actor: alice,
        action: 'account.login.succeeded',
        subject: alice,
      });
      return refused;
    });
    expect(outcome).toBe('ERR_CONFLICT');
    expect(await outside.get('intruder')).toBeUndefined();
    expect(await outside.findByKey('phone:2')).toMatchObject({ id: 'other' });
    expect(await app.outbox.pending()).toBe(1);
  });

  it('S-12: an erasure racing an open unit that enqueued a payload waits for it, then erases that payload in the outbox; it reaches the chain erased', async () => {
    const clock = createFakeClock();
    const journal = nextJournal('erase');
    const app = instance(db.pool, journal, clock);
    const eraser = createPostgresJournalStore({ pool: peerPool, schema: db.schema, journal });
    // A committed unit gave alice a data key; the open unit below seals under it and holds it.
    await app.bump('erase_0', alice, 'before');
    let enqueued!: () => void;
    const inUnit = new Promise<void>((resolve) => (enqueued = resolve));
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const unit = app.unitOfWork.run(async (scope) => {
      await app.enqueuer.enqueue(scope, {
        actor: alice,
        action: 'contact.changed',
        subject: alice,
        payload: { kind: 'phone', before: null, after: 'secret' },
      });
      enqueued();
      await gate;
    });
    let erased = false;
    let erasure: Promise<unknown> | undefined;
    try {
      await inUnit;
      erasure = eraser.eraseSubject(alice, 99).then((r) => {
        erased = true;
        return r;
      });
      await new Promise((resolve) => setTimeout(resolve, 150));
      // The eraser waits for the unit holding the subject's key.
      expect(erased).toBe(false);
    } finally {
      finish();
      await unit;
    }
    expect(await erasure).toMatchObject({ keyDeleted: true, payloadsErased: 0 });
    const raw = await db.pool.query(
      `SELECT ciphertext, erased_at FROM "${db.schema}".kabinet_journal_outbox WHERE journal = $1 ORDER BY id`,
      [journal],
    );
    expect(raw.rows).toEqual([
      { ciphertext: null, erased_at: 99 },
      { ciphertext: null, erased_at: 99 },
    ]);
    await app.sequencer.drain();
    expect(await app.store.getPayload(0)).toEqual({
      state: 'erased',
      seq: 0,
      subject: alice,
      erasedAt: 99,
    });
    expect(await app.store.getPayload(1)).toEqual({
      state: 'erased',
      seq: 1,
      subject: alice,
      erasedAt: 99,
    });
    // A later unit seals under a new key (the cached one is refused), so nothing is sealed under a shredded key.
    await app.bump('erase_1', alice, 'after');
    await app.sequencer.drain();
    expect(await tagsInChain(app.store, app.reader)).toEqual(['after']);
    await expectVerifiedChain(app.reader, 3);
  });

  it("the leader analyses the chain's tables when the rows it moved reach 1 000, 2 000, 4 000, … (plans made on a nearly empty chain would scan it whole)", async () => {
    const clock = createFakeClock();
    const journal = nextJournal('analyze');
    const app = instance(db.pool, journal, clock, { batchSize: 500 });
    const s = `"${db.schema}"`;
    const analyses = async (): Promise<number> =>
      Number(
        (
          await db.pool.query<{ n: string }>(
            `SELECT pg_stat_get_analyze_count('${s}.kabinet_journal_entries'::regclass) + pg_stat_get_analyze_count('${s}.kabinet_journal_payloads'::regclass) AS n`,
          )
        ).rows[0]!.n,
      );
    const enqueue = (n: number) =>
      db.pool.query(
        `INSERT INTO ${s}.kabinet_journal_outbox (journal, ts, actor_type, actor_id, action, subject_type, subject_id) SELECT $1, g, 'account', 'acc_bulk', 'account.login.succeeded', 'account', 'acc_bulk' FROM generate_series(1, $2::int) g`,
        [journal, n],
      );
    const before = await analyses();
    await enqueue(999);
    expect(await app.sequencer.drain()).toBe(999);
    expect(await analyses()).toBe(before);
    await enqueue(1);
    expect(await app.sequencer.drain()).toBe(1);
    // Both tables, once, at 1 000; the next at 2 000.
    expect(await analyses()).toBe(before + 2);
    await enqueue(999);
    expect(await app.sequencer.drain()).toBe(999);
    expect(await analyses()).toBe(before + 2);
    await enqueue(1);
    expect(await app.sequencer.drain()).toBe(1);
    expect(await analyses()).toBe(before + 4);
    await expectVerifiedChain(app.reader, 2_000);
  });

  it('S-12: an erasure that changes outbox rows while a batch waits for them is not lost: the rows reach the chain once each, erased, and the chain verifies', async () => {
    const clock = createFakeClock();
    const journal = nextJournal('erase_race');
    const app = instance(db.pool, journal, clock);
    for (let i = 0; i < 3; i++) await app.bump('erase_race_1', alice, `r${i}`);
    // The erasure's statements, held open on the alice rows (eraseSubject runs them in one transaction).
    const eraser = await peerPool.connect();
    const s = `"${db.schema}"`;
    try {
      await eraser.query('BEGIN');
      await eraser.query(
        `DELETE FROM ${s}.kabinet_journal_subject_keys WHERE journal = $1 AND subject_type = 'account' AND subject_id = $2`,
        [journal, alice.id],
      );
      const erased = await eraser.query(
        `UPDATE ${s}.kabinet_journal_outbox SET key_id = NULL, iv = NULL, ciphertext = NULL, erased_at = 77 WHERE journal = $1 AND subject_id = $2 AND key_id IS NOT NULL`,
        [journal, alice.id],
      );
      expect(erased.rowCount).toBe(3);
      // The batch's snapshot predates the erasure's commit; its lock waits for the erasure.
      const drained = app.sequencer.drain();
      const waiting = async (): Promise<boolean> =>
        (
          await killer.query(
            `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%kabinet_journal_outbox%' AND query LIKE '%FOR UPDATE%'`,
          )
        ).rows.length > 0;
      for (let i = 0; i < 100 && !(await waiting()); i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await waiting()).toBe(true);
      await eraser.query('COMMIT');
      // The whole batch was changed under it: drain still moves it, not stopping at an empty-looking batch.
      expect(await drained).toBe(3);
    } finally {
      eraser.release();
    }
    expect(await app.outbox.pending()).toBe(0);
    for (const seq of [0, 1, 2])
      expect(await app.store.getPayload(seq)).toEqual({
        state: 'erased',
        seq,
        subject: alice,
        erasedAt: 77,
      });
    await expectVerifiedChain(app.reader, 3);
  });

  describe('crash in the middle of a batch', () => {
    it('S-14: a seal that throws after the rows were taken rolls the batch back: nothing lost, no gap', async () => {
      const clock = createFakeClock();
      const app = instance(db.pool, nextJournal('throw'), clock);
      for (let i = 0; i < 7; i++) await app.bump('throw_1', alice, `t${i}`);
      const lease = (await app.outbox.lead())!;
      await expect(
        lease.sequence(4, (pending, head) => {
          sealJournalBatch(pending, head);
          throw new Error('crash between taking the rows and writing the entries');
        }),
      ).rejects.toThrow(/crash between/);
      expect(await app.outbox.pending()).toBe(7);
      expect(await app.store.head()).toBeUndefined();
      // A seal that breaks the chain is refused before anything is written.
      await expect(
        lease.sequence(4, (pending, head) =>
          sealJournalBatch(pending, head).map((e, i) => (i === 1 ? { ...e, seq: 5 } : e)),
        ),
      ).rejects.toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
      expect(await app.outbox.pending()).toBe(7);
      await lease.release();
      expect(await app.sequencer.drain()).toBe(7);
      expect(await tagsInChain(app.store, app.reader)).toEqual([
        't0',
        't1',
        't2',
        't3',
        't4',
        't5',
        't6',
      ]);
      await expectVerifiedChain(app.reader, 7);
    });

    for (const [when, statement] of [
      ['after taking the rows, before writing the entries', /^WITH ins AS/],
      ['after writing the entries, before the commit', /^COMMIT$/],
    ] as const) {
      it(`S-14: the sequencer's connection killed ${when}: another instance takes over; nothing lost, no gap, the chain verifies`, async () => {
        const clock = createFakeClock();
        const journal = nextJournal('kill');
        const pool = killablePool(db.openPool(3));
        const first = instance(pool, journal, clock, { batchSize: 5, everyEntries: 4 });
        const second = instance(peerPool, journal, clock, { batchSize: 5, everyEntries: 4 });
        for (let i = 0; i < 12; i++) await first.bump('kill_1', i % 2 === 0 ? alice : bob, `k${i}`);
        expect(await first.sequencer.step()).toBe(5);
        pool.arm(statement);
        await expect(first.sequencer.step()).rejects.toMatchObject({ code: 'ERR_UNAVAILABLE' });
        expect(pool.kills).toBe(1);
        expect(first.sequencer.leading).toBe(false);
        // The dead session's lock is gone: the other instance leads and moves everything left.
        expect(await second.sequencer.drain()).toBe(7);
        expect(second.sequencer.leading).toBe(true);
        expect(await first.sequencer.step()).toBe(0);
        expect(await tagsInChain(second.store, second.reader)).toEqual(
          Array.from({ length: 12 }, (_, i) => `k${i}`),
        );
        expect(await second.outbox.pending()).toBe(0);
        await expectVerifiedChain(second.reader, 12);
        // Every 4 entries, judged after each batch of 5: signed at 5 and 10 (12 is 2 past the last).
        expect(
          (await second.store.listCheckpoints({ limit: 100 })).items.map((c) => c.size),
        ).toEqual([5, 10]);
        await second.sequencer.stop();
      });
    }
  });

  it('the leader vacuums the outbox table every `vacuumEvery` rows it moved (dead rows would otherwise pile up in the index every batch reads)', async () => {
    const clock = createFakeClock();
    const app = instance(db.pool, nextJournal('vacuum'), clock, { batchSize: 5, vacuumEvery: 10 });
    const vacuums = async (): Promise<number> =>
      Number(
        (
          await db.pool.query<{ n: string }>(
            `SELECT pg_stat_get_vacuum_count('"${db.schema}".kabinet_journal_outbox'::regclass) AS n`,
          )
        ).rows[0]!.n,
      );
    const before = await vacuums();
    for (let i = 0; i < 12; i++) await app.bump('vacuum_1', i % 2 === 0 ? alice : bob, `v${i}`);
    // Batches of 5, 5 (10 moved: vacuumed) and 2.
    expect(await app.sequencer.drain()).toBe(12);
    expect(await vacuums()).toBe(before + 1);
    expect(await tagsInChain(app.store, app.reader)).toEqual(
      Array.from({ length: 12 }, (_, i) => `v${i}`),
    );
    await expectVerifiedChain(app.reader, 12);
    expect(() =>
      createPostgresJournalOutbox({ pool: db.pool, schema: db.schema, vacuumEvery: -1 }),
    ).toThrow(KabinetError);
  });

  it("S-14: two sequencers on separate pools never both lead; when the leader's session dies the other takes over", async () => {
    const clock = createFakeClock();
    const journal = nextJournal('leaders');
    const pool = killablePool(db.openPool(3));
    const a = instance(pool, journal, clock, { batchSize: 3 });
    const b = instance(peerPool, journal, clock, { batchSize: 3 });
    const lockHolders = async (): Promise<number> =>
      (
        await db.pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = (hashtextextended($1, 0) & 4294967295)::oid AND classid = ((hashtextextended($1, 0) >> 32) & 4294967295)::oid`,
          [`kabinet-journal-sequencer:${db.schema}:${journal}`],
        )
      ).rows[0]!.n;
    let bothLed = 0;
    let moved = 0;
    for (let round = 0; round < 20; round++) {
      await Promise.all([a.bump('lead_1', alice, `a${round}`), b.bump('lead_2', bob, `b${round}`)]);
      const [ma, mb] = await Promise.all([a.sequencer.step(), b.sequencer.step()]);
      moved += ma + mb;
      if (a.sequencer.leading && b.sequencer.leading) bothLed += 1;
      expect(await lockHolders()).toBe(1);
      expect(ma === 0 || mb === 0).toBe(true);
    }
    expect(bothLed).toBe(0);
    const [leader, follower] = a.sequencer.leading ? [a, b] : [b, a];
    expect(follower.sequencer.leading).toBe(false);
    // Kill the leader's session (only pool a's connections can be killed: make sure a leads).
    if (leader === a) {
      await a.bump('lead_1', alice, 'last');
      pool.arm(/./);
      await expect(a.sequencer.step()).rejects.toMatchObject({ code: 'ERR_UNAVAILABLE' });
      moved += await b.sequencer.drain();
      expect(b.sequencer.leading).toBe(true);
      expect(await a.sequencer.step()).toBe(0);
      expect(a.sequencer.leading).toBe(false);
    } else {
      await b.sequencer.stop();
      await a.bump('lead_1', alice, 'last');
      moved += await a.sequencer.drain();
      expect(a.sequencer.leading).toBe(true);
    }
    moved += (await a.sequencer.drain()) + (await b.sequencer.drain());
    // The chain is the record: every bump exactly once, in a verified chain of 41. The steps'
    // own counts never add up to more (nothing moved twice); a loaded CI run once saw them
    // report 40, so they are not required to add up to all of it.
    const bumped = Array.from({ length: 20 }, (_, r) => [`a${r}`, `b${r}`]).flat();
    expect([...(await tagsInChain(a.store, a.reader))].sort()).toEqual([...bumped, 'last'].sort());
    expect(moved).toBeLessThanOrEqual(41);
    await expectVerifiedChain(a.reader, 41);
  });

  it('S-14: any interleaving of units (some rolled back) on two pools (one pipelined) with two sequencers running yields one gap-free chain with every committed unit exactly once, and it verifies', async () => {
    const unitArb = fc.record({
      pool: fc.integer({ min: 0, max: 1 }),
      subject: fc.constantFrom(alice, bob, support),
      fail: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      delay: fc.integer({ min: 0, max: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(unitArb, { minLength: 1, maxLength: 24 }),
        fc.integer({ min: 1, max: 6 }),
        async (units, batchSize) => {
          const clock = createFakeClock();
          const journal = nextJournal('prop');
          // The second instance's pool is in pg's pipeline mode: its entries travel with the COMMIT.
          const apps = [
            instance(db.pool, journal, clock, { batchSize, everyEntries: 5 }),
            instance(pipelinedPeer, journal, clock, { batchSize, everyEntries: 5 }),
          ];
          const sequencers: JournalSequencer[] = apps.map((app) => app.sequencer);
          sequencers.forEach((s) => s.start({ intervalMs: 2 }));
          const committed = new Set<string>();
          try {
            await Promise.all(
              units.map(async (u, i) => {
                await new Promise((resolve) => setTimeout(resolve, u.delay));
                const tag = `u${i}`;
                try {
                  await apps[u.pool]!.bump(`prop_${journal}_${i % 3}`, u.subject, tag, u.fail);
                  committed.add(tag);
                } catch (error) {
                  if (!u.fail) throw error;
                }
              }),
            );
            await Promise.all(sequencers.map((s) => s.stop()));
            await apps[0]!.sequencer.drain();
            const chain = await apps[0]!.store.read(0, 10_000);
            expect(chain.map((e) => e.seq)).toEqual(chain.map((_, i) => i));
            const tags = await tagsInChain(apps[0]!.store, apps[0]!.reader);
            expect([...tags].sort()).toEqual([...committed].sort());
            await expectVerifiedChain(apps[0]!.reader, committed.size);
            expect(apps.flatMap((app) => app.errors)).toEqual([]);
          } finally {
            await Promise.all(sequencers.map((s) => s.stop()));
          }
        },
      ),
      { numRuns: 10 },
    );
  }, 180_000);
});
