import { ConflictError, type Clock } from '@kabinet/core';
import {
  checkDueBefore,
  checkExpectedVersion,
  checkOwnerId,
  decodeDueCursor,
  encodeDueCursor,
  checkPageRequest,
  checkStoreRecord,
  checkWriteOptions,
  type Page,
  type PageRequest,
  type StoreRecord,
  type Stored,
  type VersionedStore,
} from '@kabinet/ports';
import { inTransaction, run } from '../_lib/in-transaction.js';
import { named, queryNamed, type NamedStatement } from '../_lib/named-statement.js';
import { quotedSchema } from '../_lib/schema-name.js';
import type { SqlPool, SqlQueryable } from '../pool/sql-pool.js';

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

interface RecordRow extends Record<string, unknown> {
  id: string;
  version: number;
  data: Record<string, unknown>;
}

/** The SQL condition "the record is live at the `now` in parameter `$n`". */
function live(n: number, alias = ''): string {
  return `(${alias}expires_at IS NULL OR ${alias}expires_at > $${n})`;
}

/** The store's statements over one schema, named (parsed and planned once per connection). */
type Statements = Readonly<
  Record<
    | 'SELECT_BY_ID'
    | 'SELECT_BY_KEY'
    | 'INSERT'
    | 'UPDATE'
    | 'UPDATE_KEEPING_KEYS'
    | 'RELEASE_OTHER_KEYS'
    | 'CLAIM_KEYS'
    | 'DELETE'
    | 'LIST_FIRST'
    | 'LIST_AFTER'
    | 'LIST_OWNER_FIRST'
    | 'LIST_OWNER_AFTER'
    | 'LIST_DUE_FIRST'
    | 'LIST_DUE_AFTER',
    NamedStatement
  >
>;

/** Statements by quoted schema: a unit of work makes a store per collection it touches, so they are built once. */
const statementsBySchema = new Map<string, Statements>();

function statementsOf(schema: string): Statements {
  const cached = statementsBySchema.get(schema);
  if (cached !== undefined) return cached;
  const records = `${schema}.kabinet_records`;
  const keyTable = `${schema}.kabinet_record_keys`;

  const SELECT_BY_ID = `SELECT id, version, data FROM ${records} WHERE collection = $1 AND id = $2 AND ${live(3)}`;
  const SELECT_BY_KEY = `SELECT r.id, r.version, r.data FROM ${keyTable} k JOIN ${records} r ON r.collection = k.collection AND r.id = k.id
    WHERE k.collection = $1 AND k.key = $2 AND (k.expires_at IS NULL OR k.expires_at > $3) AND ${live(3, 'r.')}`;
  // Replaces an expired record with the same id (its id is free again) and drops its keys.
  const INSERT = `WITH inserted AS (
      INSERT INTO ${records} AS r (collection, id, version, expires_at, data, owner_id, due_at) VALUES ($1, $2, 1, $3, $4::jsonb, $6, $7)
      ON CONFLICT (collection, id) DO UPDATE SET version = 1, expires_at = excluded.expires_at, data = excluded.data, owner_id = excluded.owner_id, due_at = excluded.due_at
      WHERE r.expires_at IS NOT NULL AND r.expires_at <= $5
      RETURNING id),
    dropped AS (DELETE FROM ${keyTable} WHERE collection = $1 AND id = $2 AND EXISTS (SELECT 1 FROM inserted))
    SELECT id FROM inserted`;
  const UPDATE = `UPDATE ${records} SET version = version + 1, expires_at = $3, data = $4::jsonb, owner_id = $7, due_at = $8
    WHERE collection = $1 AND id = $2 AND version = $5 AND ${live(6)} RETURNING version`;
  // Without a key list the record keeps its keys, whose expiry follows the record's.
  const UPDATE_KEEPING_KEYS = `WITH updated AS (${UPDATE}),
    touched AS (UPDATE ${keyTable} SET expires_at = $3 WHERE collection = $1 AND id = $2 AND EXISTS (SELECT 1 FROM updated))
    SELECT version FROM updated`;
  const RELEASE_OTHER_KEYS = `DELETE FROM ${keyTable} WHERE collection = $1 AND id = $2 AND NOT (key = ANY($3::text[]))`;
  // A key is taken when free, already ours, or held by an expired owner; a live owner wins.
  const CLAIM_KEYS = `INSERT INTO ${keyTable} AS k (collection, key, id, expires_at) SELECT $1, key, $2, $3 FROM unnest($4::text[]) AS key
    ON CONFLICT (collection, key) DO UPDATE SET id = excluded.id, expires_at = excluded.expires_at
    WHERE k.id = excluded.id OR (k.expires_at IS NOT NULL AND k.expires_at <= $5)
    RETURNING key`;
  const DELETE = `DELETE FROM ${records} WHERE collection = $1 AND id = $2 AND version = $3 AND ${live(4)} RETURNING id`;
  const LIST_FIRST = `SELECT id, version, data FROM ${records} WHERE collection = $1 AND ${live(2)} ORDER BY id LIMIT $3`;
  const LIST_AFTER = `SELECT id, version, data FROM ${records} WHERE collection = $1 AND ${live(2)} AND id > $4 ORDER BY id LIMIT $3`;
  const LIST_OWNER_FIRST = `SELECT id, version, data FROM ${records} WHERE collection = $1 AND owner_id = $2 AND ${live(3)} ORDER BY id DESC LIMIT $4`;
  const LIST_OWNER_AFTER = `SELECT id, version, data FROM ${records} WHERE collection = $1 AND owner_id = $2 AND ${live(3)} AND id < $5 ORDER BY id DESC LIMIT $4`;
  const LIST_DUE_FIRST = `SELECT id, version, data, due_at FROM ${records} WHERE collection = $1 AND due_at <= $2 AND ${live(3)} ORDER BY due_at, id LIMIT $4`;
  const LIST_DUE_AFTER = `SELECT id, version, data, due_at FROM ${records} WHERE collection = $1 AND due_at <= $2 AND ${live(3)} AND (due_at, id) > ($5, $6) ORDER BY due_at, id LIMIT $4`;
  const statements: Statements = {
    SELECT_BY_ID: named('kabinet_record', SELECT_BY_ID),
    SELECT_BY_KEY: named('kabinet_record', SELECT_BY_KEY),
    INSERT: named('kabinet_record', INSERT),
    UPDATE: named('kabinet_record', UPDATE),
    UPDATE_KEEPING_KEYS: named('kabinet_record', UPDATE_KEEPING_KEYS),
    RELEASE_OTHER_KEYS: named('kabinet_record', RELEASE_OTHER_KEYS),
    CLAIM_KEYS: named('kabinet_record', CLAIM_KEYS),
    DELETE: named('kabinet_record', DELETE),
    LIST_FIRST: named('kabinet_record', LIST_FIRST),
    LIST_AFTER: named('kabinet_record', LIST_AFTER),
    LIST_OWNER_FIRST: named('kabinet_record', LIST_OWNER_FIRST),
    LIST_OWNER_AFTER: named('kabinet_record', LIST_OWNER_AFTER),
    LIST_DUE_FIRST: named('kabinet_record', LIST_DUE_FIRST),
    LIST_DUE_AFTER: named('kabinet_record', LIST_DUE_AFTER),
  };
  statementsBySchema.set(schema, statements);
  return statements;
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
  const { pool, collection, clock } = options;
  const {
    SELECT_BY_ID,
    SELECT_BY_KEY,
    INSERT,
    UPDATE,
    UPDATE_KEEPING_KEYS,
    RELEASE_OTHER_KEYS,
    CLAIM_KEYS,
    DELETE,
    LIST_FIRST,
    LIST_AFTER,
    LIST_OWNER_FIRST,
    LIST_OWNER_AFTER,
    LIST_DUE_FIRST,
    LIST_DUE_AFTER,
  } = statementsOf(quotedSchema(options.schema));

  function toStored(row: RecordRow): Stored<T> {
    return { ...row.data, id: row.id, version: row.version } as unknown as Stored<T>;
  }

  /** The record's fields without the store-managed version, as JSON text. */
  function dataOf(record: T): string {
    const { version: _version, ...fields } = record as T & { version?: unknown };
    return JSON.stringify(fields);
  }

  async function claim(
    tx: SqlQueryable,
    id: string,
    keys: readonly string[],
    expiresAt: number | null,
    now: number,
    expectedVersion: number,
  ): Promise<void> {
    if (keys.length === 0) return;
    const taken = await queryNamed(tx, CLAIM_KEYS, [collection, id, expiresAt, keys, now]);
    if (taken.rows.length !== keys.length) throw new ConflictError(collection, id, expectedVersion);
  }

  return {
    async get(id) {
      const rows = await run<RecordRow>(pool, `${collection}.get`, SELECT_BY_ID, [
        collection,
        id,
        clock.now(),
      ]);
      return rows[0] === undefined ? undefined : toStored(rows[0]);
    },

    async findByKey(key) {
      const rows = await run<RecordRow>(pool, `${collection}.findByKey`, SELECT_BY_KEY, [
        collection,
        key,
        clock.now(),
      ]);
      return rows[0] === undefined ? undefined : toStored(rows[0]);
    },

    async create(record, writeOptions) {
      checkStoreRecord(record, collection);
      const keys = checkWriteOptions(writeOptions, collection) ?? [];
      const now = clock.now();
      const expiresAt = record.expiresAt ?? null;
      const params = [
        collection,
        record.id,
        expiresAt,
        dataOf(record),
        now,
        record.ownerId ?? null,
        record.dueAt ?? null,
      ];
      const inserted =
        keys.length === 0
          ? await run(pool, `${collection}.create`, INSERT, params)
          : await inTransaction(pool, `${collection}.create`, async (tx) => {
              const rows = (await queryNamed(tx, INSERT, params)).rows;
              if (rows.length > 0) await claim(tx, record.id, keys, expiresAt, now, 0);
              return rows;
            });
      if (inserted.length === 0) throw new ConflictError(collection, record.id, 0);
      return { ...(JSON.parse(params[3] as string) as T), version: 1 };
    },

    async update(record, expectedVersion, writeOptions) {
      checkStoreRecord(record, collection);
      checkExpectedVersion(expectedVersion, collection);
      const keys = checkWriteOptions(writeOptions, collection);
      const now = clock.now();
      const expiresAt = record.expiresAt ?? null;
      const data = dataOf(record);
      const params = [
        collection,
        record.id,
        expiresAt,
        data,
        expectedVersion,
        now,
        record.ownerId ?? null,
        record.dueAt ?? null,
      ];
      const updated =
        keys === undefined
          ? await run(pool, `${collection}.update`, UPDATE_KEEPING_KEYS, params)
          : await inTransaction(pool, `${collection}.update`, async (tx) => {
              const rows = (await queryNamed(tx, UPDATE, params)).rows;
              if (rows.length === 0) return rows;
              await queryNamed(tx, RELEASE_OTHER_KEYS, [collection, record.id, keys]);
              await claim(tx, record.id, keys, expiresAt, now, expectedVersion);
              return rows;
            });
      if (updated.length === 0) throw new ConflictError(collection, record.id, expectedVersion);
      return { ...(JSON.parse(data) as T), version: expectedVersion + 1 };
    },

    async delete(id, expectedVersion) {
      checkExpectedVersion(expectedVersion, collection);
      const rows = await run(pool, `${collection}.delete`, DELETE, [
        collection,
        id,
        expectedVersion,
        clock.now(),
      ]);
      if (rows.length === 0) throw new ConflictError(collection, id, expectedVersion);
    },

    async list(request: PageRequest): Promise<Page<Stored<T>>> {
      checkPageRequest(request, collection);
      const now = clock.now();
      const rows =
        request.after === undefined
          ? await run<RecordRow>(pool, `${collection}.list`, LIST_FIRST, [
              collection,
              now,
              request.limit + 1,
            ])
          : await run<RecordRow>(pool, `${collection}.list`, LIST_AFTER, [
              collection,
              now,
              request.limit + 1,
              request.after,
            ]);
      const items = rows.slice(0, request.limit).map(toStored);
      const last = items.at(-1);
      return rows.length > request.limit && last !== undefined
        ? { items, nextCursor: last.id }
        : { items };
    },

    async listByOwner(ownerId, request) {
      checkOwnerId(ownerId, collection);
      checkPageRequest(request, collection);
      const now = clock.now();
      const rows =
        request.after === undefined
          ? await run<RecordRow>(pool, `${collection}.listByOwner`, LIST_OWNER_FIRST, [
              collection,
              ownerId,
              now,
              request.limit + 1,
            ])
          : await run<RecordRow>(pool, `${collection}.listByOwner`, LIST_OWNER_AFTER, [
              collection,
              ownerId,
              now,
              request.limit + 1,
              request.after,
            ]);
      const items = rows.slice(0, request.limit).map(toStored);
      const last = items.at(-1);
      return rows.length > request.limit && last !== undefined
        ? { items, nextCursor: last.id }
        : { items };
    },

    async listDue(before, request) {
      checkDueBefore(before, collection);
      checkPageRequest(request, collection);
      const now = clock.now();
      const after =
        request.after === undefined ? undefined : decodeDueCursor(request.after, collection);
      const rows =
        after === undefined
          ? await run<RecordRow>(pool, `${collection}.listDue`, LIST_DUE_FIRST, [
              collection,
              before,
              now,
              request.limit + 1,
            ])
          : await run<RecordRow>(pool, `${collection}.listDue`, LIST_DUE_AFTER, [
              collection,
              before,
              now,
              request.limit + 1,
              after.dueAt,
              after.id,
            ]);
      const items = rows.slice(0, request.limit).map(toStored);
      const last = items.at(-1);
      return rows.length > request.limit && last !== undefined
        ? { items, nextCursor: encodeDueCursor({ dueAt: last.dueAt!, id: last.id }) }
        : { items };
    },
  };
}
