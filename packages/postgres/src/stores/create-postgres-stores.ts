import type { Clock } from '@kabinet/core';
import type { BlobStore, CounterStore, JournalStore, PaymentStore, StoreBackend, StoreRecord, VersionedStore } from '@kabinet/ports';
import { createPostgresBlobStore } from '../blobs/index.js';
import { createPostgresCounterStore } from '../counters/index.js';
import { createPostgresJournalStore } from '../journal/index.js';
import { createPostgresPaymentStore } from '../payments/index.js';
import type { SqlPool } from '../pool/sql-pool.js';
import { quotedSchema } from '../_lib/schema-name.js';
import { createPostgresVersionedStore } from '../store/index.js';

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
}

/**
 * Every Kabinet store over one PostgreSQL database, as a {@link StoreBackend} for
 * `createKabinet({ backend })`: versioned collections (accounts, drafts, sessions, OTP
 * challenges, TOTP steps, backup codes, and any collection a service asks for), counters,
 * blobs, the journal and payments. Run `migrate(pool)` first.
 *
 * @param options - pool, clock, schema
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
  const collections = new Map<string, VersionedStore<StoreRecord>>();
  const counters: CounterStore = createPostgresCounterStore({ pool, clock, ...schema });
  const blobs: BlobStore = createPostgresBlobStore({ pool, ...schema, ...(options.maxBlobBytes === undefined ? {} : { maxBlobBytes: options.maxBlobBytes }) });
  const journal: JournalStore = createPostgresJournalStore({ pool, ...schema, ...(options.journal === undefined ? {} : { journal: options.journal }) });
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
  };
}
