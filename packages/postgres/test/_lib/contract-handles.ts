// The contract handles over one test database: every store of the package, back doors that
// read the rows directly, and peers on separate pools (separate connections) for the
// multi-instance cases.
import { type Clock } from '@kabinet/core';
import type {
  CounterState,
  JournalParty,
  StoreRecord,
  StoredBlob,
  VersionedStore,
} from '@kabinet/ports';
import type {
  JournalStoreFactory,
  StoreContractHandles,
  StoreContractPeer,
  VersionedStoreFactory,
} from '@kabinet/ports/contract';
import type { SqlPool } from '../../src/pool/sql-pool.js';
import { createPostgresBlobStore } from '../../src/blobs/index.js';
import { createPostgresCounterStore } from '../../src/counters/index.js';
import { createPostgresJournalStore } from '../../src/journal/index.js';
import { createPostgresPaymentStore } from '../../src/payments/index.js';
import { createPostgresSlotStore } from '../../src/slots/index.js';
import { createPostgresVersionedStore } from '../../src/store/index.js';
import type { TestDatabase } from './test-database.js';
import { createFakeClock } from '@kabinet/core/testing';

/** The stores of the package over one pool. */
export function storesOn(
  pool: SqlPool,
  schema: string,
  clock: Clock,
): Required<Pick<StoreContractPeer, 'versioned' | 'counters' | 'blobs' | 'slots'>> {
  const versioned: VersionedStoreFactory = <T extends StoreRecord>(
    collection: string,
  ): VersionedStore<T> => createPostgresVersionedStore<T>({ pool, collection, clock, schema });
  return {
    versioned,
    counters: createPostgresCounterStore({ pool, clock, schema }),
    blobs: createPostgresBlobStore({ pool, schema }),
    slots: createPostgresSlotStore({ pool, clock, schema }),
  };
}

/** Journals by name over one pool (several journals share the tables). */
export function journalsOn(pool: SqlPool, schema: string): JournalStoreFactory {
  return (journal) => createPostgresJournalStore({ pool, schema, journal });
}

/** Reads journal rows behind the store's back, as stored (the row as JSON). */
export function journalRawReaders(
  db: TestDatabase,
): Pick<
  NonNullable<StoreContractHandles['raw']>,
  'journalEntry' | 'journalPayload' | 'journalSubjectKey'
> {
  const s = `"${db.schema}"`;
  const one = async (sql: string, values: unknown[]): Promise<string | undefined> =>
    (await db.pool.query<{ row: string }>(sql, values)).rows[0]?.row;
  return {
    journalEntry: (journal, seq) =>
      one(
        `SELECT row_to_json(e)::text AS row FROM ${s}.kabinet_journal_entries e WHERE journal = $1 AND seq = $2`,
        [journal, seq],
      ),
    journalPayload: (journal, seq) =>
      one(
        `SELECT row_to_json(p)::text AS row FROM ${s}.kabinet_journal_payloads p WHERE journal = $1 AND seq = $2`,
        [journal, seq],
      ),
    journalSubjectKey: (journal, subject: JournalParty) =>
      one(
        `SELECT row_to_json(k)::text AS row FROM ${s}.kabinet_journal_subject_keys k WHERE journal = $1 AND subject_type = $2 AND subject_id = $3`,
        [journal, subject.type, subject.id],
      ),
  };
}

/** Reads rows behind the adapters' backs, whatever their expiry. */
export function rawReaders(db: TestDatabase): NonNullable<StoreContractHandles['raw']> {
  const s = `"${db.schema}"`;
  return {
    async record(collection, id) {
      const row = (
        await db.pool.query<{ version: number; data: Record<string, unknown> }>(
          `SELECT version, data FROM ${s}.kabinet_records WHERE collection = $1 AND id = $2`,
          [collection, id],
        )
      ).rows[0];
      return row === undefined ? undefined : { ...row.data, id, version: row.version };
    },
    async counter(key): Promise<CounterState | undefined> {
      const row = (
        await db.pool.query<{ value: number; expires_at: number }>(
          `SELECT value, expires_at FROM ${s}.kabinet_counters WHERE key = $1`,
          [key],
        )
      ).rows[0];
      return row === undefined ? undefined : { value: row.value, expiresAt: row.expires_at };
    },
    async blob(id): Promise<StoredBlob | undefined> {
      const row = (
        await db.pool.query<Record<string, never>>(
          `SELECT * FROM ${s}.kabinet_blobs WHERE id = $1`,
          [id],
        )
      ).rows[0] as
        | {
            media_type: string;
            size: number;
            sha256: string;
            owner_id: string;
            created_at: number;
            bytes: Buffer;
          }
        | undefined;
      if (row === undefined) return undefined;
      return {
        id,
        bytes: new Uint8Array(row.bytes),
        metadata: {
          mediaType: row.media_type,
          size: row.size,
          sha256: row.sha256,
          ownerId: row.owner_id,
          createdAt: row.created_at,
        },
      };
    },
  };
}

/** Contract handles over a test database; peers get pools of their own. */
export function contractHandles(db: TestDatabase): StoreContractHandles {
  const clock = createFakeClock();
  return {
    clock,
    ...storesOn(db.pool, db.schema, clock),
    journal: journalsOn(db.pool, db.schema),
    payments: createPostgresPaymentStore({ pool: db.pool, clock, schema: db.schema }),
    raw: { ...rawReaders(db), ...journalRawReaders(db) },
    openPeer: async () => {
      const pool = db.openPool();
      return { ...storesOn(pool, db.schema, clock), journal: journalsOn(pool, db.schema) };
    },
  };
}
