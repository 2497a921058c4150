import type { Clock } from '@kabinet/core';
import type { StoreRecord, VersionedStore } from '@kabinet/ports';
import { quotedSchema } from '../_lib/schema-name.js';
import type { SqlPool } from '../pool/sql-pool.js';
import type { RecordContext } from './_lib/record-context.js';
import { recordStatements } from './_lib/record-statements.js';
import { createRecord } from './create-record.js';
import { deleteRecord } from './delete-record.js';
import { findRecordByKey } from './find-record-by-key.js';
import { getRecord } from './get-record.js';
import { listDueRecords } from './list-due-records.js';
import { listRecordsByOwner } from './list-records-by-owner.js';
import { listRecords } from './list-records.js';
import { updateRecord } from './update-record.js';

/** Options of {@link createPostgresVersionedStore}. */
export interface PostgresVersionedStoreOptions {
  /** A `pg.Pool` against a server, or PGlite's node-postgres bridge. */
  readonly pool: SqlPool;
  /** The collection this store holds (`accounts`, `drafts`, …); also the entity name in conflicts. */
  readonly collection: string;
  /** The clock whose `now` decides expiry (passed to every statement as a parameter). */
  readonly clock: Clock;
  /** The schema of Kabinet's tables (default `kabinet`), migrated by `migrate`. */
  readonly schema?: string;
}

/**
 * A {@link VersionedStore} over PostgreSQL: one row per record in `kabinet_records` (the
 * record as JSONB, its version and expiry as columns) and one row per unique key in
 * `kabinet_record_keys`. Every rule is decided by the database in one guarded statement or
 * one short transaction, never read-then-write in the application (S-15, S-16):
 * `update`/`delete` run `… WHERE version = $expected`, a key is taken by an upsert that only
 * succeeds when the key is free, the record's own or owned by an expired record, and expiry
 * compares with the injected clock's `now` passed as a parameter.
 *
 * @param options - pool, collection, clock and schema
 * @returns the store
 * @throws KabinetError `ERR_CONFIG` for a malformed schema name
 * @example
 * ```ts
 * const accounts = createPostgresVersionedStore<AccountRecord>({ pool, collection: 'accounts', clock: systemClock });
 * const stored = await accounts.create(record, { uniqueKeys: ['phone:…'] }); // version 1
 * await accounts.update({ ...stored, level: 'standard' }, stored.version);   // version 2
 * ```
 */
export function createPostgresVersionedStore<T extends StoreRecord>(
  options: PostgresVersionedStoreOptions,
): VersionedStore<T> {
  const ctx: RecordContext = {
    pool: options.pool,
    collection: options.collection,
    clock: options.clock,
    statements: recordStatements(quotedSchema(options.schema)),
  };
  return {
    get: (id) => getRecord<T>(ctx, id),
    findByKey: (key) => findRecordByKey<T>(ctx, key),
    create: (record, writeOptions) => createRecord(ctx, record, writeOptions),
    update: (record, expectedVersion, writeOptions) =>
      updateRecord(ctx, record, expectedVersion, writeOptions),
    delete: (id, expectedVersion) => deleteRecord(ctx, id, expectedVersion),
    list: (request) => listRecords<T>(ctx, request),
    listByOwner: (ownerId, request) => listRecordsByOwner<T>(ctx, ownerId, request),
    listDue: (before, request) => listDueRecords<T>(ctx, before, request),
  };
}
