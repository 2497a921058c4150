// The journal store beyond the shared contract: an erasure racing appends with payloads on
// another pool (S-12), and the database refusing edits of entries (S-14).
import { createHash } from 'node:crypto';
import { KabinetError } from '@kabinet/core';
import {
  JOURNAL_GENESIS_HASH,
  type JournalEntry,
  type JournalParty,
  type JournalStore,
} from '@kabinet/ports';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlPool } from '../src/pool/sql-pool.js';
import { createPostgresJournalStore } from '../src/journal/index.js';
import { openTestSchema, type TestDatabase } from './_lib/test-database.js';

const BASE_TS = 1_767_225_600_000;
const alice: JournalParty = { type: 'account', id: 'acc_alice' };
const hex = (text: string): string => createHash('sha256').update(text).digest('hex');

let db: TestDatabase;
let other: SqlPool;
beforeAll(async () => {
  db = await openTestSchema('journal_store');
  other = db.openPool();
});
afterAll(async () => {
  await db.close();
});

function entryAfter(head: JournalEntry | undefined, action: string): JournalEntry {
  const fields = {
    v: 1 as const,
    seq: head === undefined ? 0 : head.seq + 1,
    ts: BASE_TS,
    actor: alice,
    action,
    subject: alice,
    payloadCommitment: hex(action),
    prev: head?.hash ?? JOURNAL_GENESIS_HASH,
  };
  return { ...fields, hash: hex(JSON.stringify(fields)) };
}

const isConflict = (error: unknown): boolean =>
  KabinetError.isInstance(error) && error.code === 'ERR_CONFLICT';
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Appends entries with payloads sealed under `keyId` until `count` are in or the key is gone; returns how many went in. */
async function appendSealed(
  store: JournalStore,
  keyId: string,
  count: number,
): Promise<{ appended: number; refused: number }> {
  let appended = 0;
  let refused = 0;
  while (appended < count) {
    const entry = entryAfter(await store.head(), `race.append_${appended}`);
    try {
      await store.append(entry, {
        state: 'sealed',
        seq: entry.seq,
        subject: alice,
        keyId,
        iv: 'aXYtaXYtaXYtaXY',
        ciphertext: `ct-${entry.seq}`,
      });
      appended += 1;
    } catch (error) {
      if (!isConflict(error)) throw error;
      if ((await store.getSubjectKey(alice))?.id !== keyId) {
        refused += 1;
        return { appended, refused };
      }
    }
  }
  return { appended, refused };
}

describe('postgres journal store', () => {
  it('S-12: an erasure on one pool racing appends with payloads on another always wins: no sealed payload of the subject is left', async () => {
    let erasedByRace = 0;
    let refusedAfterErasure = 0;
    for (let round = 0; round < 40; round++) {
      const journal = `erase_race_${round}`;
      const writer = createPostgresJournalStore({ pool: db.pool, schema: db.schema, journal });
      const eraser = createPostgresJournalStore({ pool: other, schema: db.schema, journal });
      const keyId = `jdk_${round}`;
      await writer.ensureSubjectKey({
        id: keyId,
        subject: alice,
        wrapKid: 'journal-payload-1',
        wrapped: `wrapped-${keyId}`,
        createdAt: BASE_TS,
      });
      const [appends, erasure] = await Promise.all([
        appendSealed(writer, keyId, 30),
        pause(round % 8).then(() => eraser.eraseSubject(alice, BASE_TS + 1)),
      ]);
      refusedAfterErasure += appends.refused;
      erasedByRace += erasure.payloadsErased;
      expect(await writer.getSubjectKey(alice)).toBeUndefined();
      const chain = await writer.read(0, 100);
      expect(chain).toHaveLength(appends.appended);
      for (const entry of chain) {
        // Every payload written before the erasure committed was erased by it; none survives sealed.
        expect(await writer.getPayload(entry.seq)).toEqual({
          state: 'erased',
          seq: entry.seq,
          subject: alice,
          erasedAt: BASE_TS + 1,
        });
      }
      const sealedLeft = await db.pool.query(
        `SELECT count(*)::int AS n FROM "${db.schema}".kabinet_journal_payloads WHERE journal = $1 AND ciphertext IS NOT NULL`,
        [journal],
      );
      expect(sealedLeft.rows[0]).toEqual({ n: 0 });
    }
    // Control: erasures met payloads, and appends were refused once the key was gone.
    expect(erasedByRace).toBeGreaterThan(0);
    expect(refusedAfterErasure).toBeGreaterThan(0);
  });

  it('S-14: the database itself refuses to update, delete or truncate entries', async () => {
    const store = createPostgresJournalStore({
      pool: db.pool,
      schema: db.schema,
      journal: 'append_only',
    });
    const entry = entryAfter(undefined, 'append.only');
    await store.append({ ...entry, payloadCommitment: null, hash: hex('x') });
    const table = `"${db.schema}".kabinet_journal_entries`;
    await expect(
      db.pool.query(`UPDATE ${table} SET action = 'tampered' WHERE journal = 'append_only'`),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.pool.query(`DELETE FROM ${table} WHERE journal = 'append_only'`),
    ).rejects.toThrow(/append-only/);
    await expect(db.pool.query(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(/append-only/);
    expect(await store.read(0, 10)).toHaveLength(1);
  });
});
