import type { Clock } from '@kabinet/core';
import type {
  BlobStore,
  CounterStore,
  JournalStore,
  PaymentStore,
  StoreBackend,
  StoreRecord,
  VersionedStore,
} from '@kabinet/ports';
import { createPostgresBlobStore } from '../blobs/index.js';
import { createPostgresCounterStore } from '../counters/index.js';
import { createPostgresJournalStore } from '../journal/index.js';
import { createPostgresPaymentStore } from '../payments/index.js';
import { createPostgresSlotStore } from '../slots/index.js';
import type { SqlPool } from '../pool/sql-pool.js';
import { quotedSchema } from '../_lib/schema-name.js';
import { createPostgresVersionedStore } from '../store/index.js';
import { createPostgresJournalOutbox } from '../outbox/create-postgres-journal-outbox.js';
import { createPostgresUnitOfWork } from '../outbox/create-postgres-unit-of-work.js';

/** Options of {@link createPostgresStores}. */
export interface PostgresStoresOptions {
  /** A `pg.Pool` against a server (or `openEmbeddedPostgres().pool`); migrated with `migrate`. */
  readonly pool: SqlPool;
  /** The clock whose `now` decides expiry. */
  readonly clock: Clock;
  /** The schema of Kabinet's tables (default `kabinet`). */
  readonly schema?: string;
  /** The journal's name in the shared journal tables (default `kabinet`). */
  readonly journal?: string;
  /** The largest blob accepted, in bytes (default 5 MiB). */
  readonly maxBlobBytes?: number;
  /**
   * Where the journal sequencer's lease lives (see `createPostgresJournalOutbox`): `dedicated`
   * (default, a server: one connection holds the advisory lock) or `pooled` (PGlite, whose one
   * connection a lease must not hold).
   */
  readonly journalLease?: 'dedicated' | 'pooled';
}

/**
 * Every Kabinet store over one PostgreSQL database, as a {@link StoreBackend} for
 * `createKabinet({ backend })`: versioned collections (accounts, drafts, sessions, OTP
 * challenges, TOTP steps, backup codes, and any collection a service asks for), counters,
 * blobs, the journal and payments. Run `migrate(pool)` first. It also gives the unit of work
 * and the journal's outbox, so each account step's write and its journal entries commit in one
 * transaction (`createKabinet` runs the journal's sequencer; call `kabinet.close()` before
 * ending the pool). On PGlite pass `journalLease: 'pooled'`.
 *
 * @param options - pool, clock, schema, journal name, blob cap and the sequencer's lease
 * @returns the backend; the same collection name always gives a store over the same rows
 * @throws KabinetError `ERR_CONFIG` for a malformed schema name
 * @example
 * ```ts
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migrate(pool);
 * const kabinet = createKabinet({ keys, backend: createPostgresStores({ pool, clock: systemClock }) });
 * ```
 */
export function createPostgresStores(options: PostgresStoresOptions): StoreBackend {
  const { pool, clock } = options;
  quotedSchema(options.schema);
  const schema = options.schema === undefined ? {} : { schema: options.schema };
  const journalName = options.journal === undefined ? {} : { journal: options.journal };
  const collections = new Map<string, VersionedStore<StoreRecord>>();
  const counters: CounterStore = createPostgresCounterStore({ pool, clock, ...schema });
  const blobs: BlobStore = createPostgresBlobStore({
    pool,
    ...schema,
    ...(options.maxBlobBytes === undefined ? {} : { maxBlobBytes: options.maxBlobBytes }),
  });
  const journal: JournalStore = createPostgresJournalStore({ pool, ...schema, ...journalName });
  const payments: PaymentStore = createPostgresPaymentStore({ pool, clock, ...schema });
  return {
    versioned<T extends StoreRecord>(collection: string): VersionedStore<T> {
      let store = collections.get(collection);
      if (store === undefined) {
        store = createPostgresVersionedStore<StoreRecord>({ pool, collection, clock, ...schema });
        collections.set(collection, store);
      }
      return store as unknown as VersionedStore<T>;
    },
    counters,
    blobs,
    journal,
    payments,
    slots: createPostgresSlotStore({ pool, clock, ...schema }),
    unitOfWork: createPostgresUnitOfWork({ pool, clock, ...schema, ...journalName }),
    journalOutbox: createPostgresJournalOutbox({
      pool,
      ...schema,
      ...journalName,
      ...(options.journalLease === undefined ? {} : { lease: options.journalLease }),
    }),
  };
}
