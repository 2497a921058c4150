// The read, create and guarded-update flows the three payment repositories share; each
// repository brings its statements, its record check and its reasons for a refused update.
import { ConflictError } from '@kabinet/core';
import type { Stored } from '@kabinet/ports';
import { run } from '../../_lib/in-transaction.js';
import type { SqlQueryable } from '../../pool/sql-pool.js';
import { checkStorable, dataOf, storableText } from './check-records.js';
import { checkExpectedVersion, toStored, write, type VersionedRow } from './sql.js';

/** A versioned table as its repository sees it. */
export interface VersionedTable {
  readonly pool: SqlQueryable;
  /** The entity named in conflicts (`payment attempt`). */
  readonly entity: string;
  /** The operations' prefix (`attempts` in `attempts.update`). */
  readonly name: string;
  /** `SELECT version, data … WHERE id = $1`. */
  readonly byId: string;
}

/** A failed record check, boxed so that even a thrown `undefined` counts as one. */
export type DeferredError = { readonly error: unknown } | undefined;

/** The first record `sql` finds by `keys`, or `undefined` (at once when a key cannot be stored: no row holds it). */
export async function readOne<R>(
  table: VersionedTable,
  operation: string,
  sql: string,
  keys: readonly unknown[],
): Promise<Stored<R> | undefined> {
  if (!keys.every(storableText)) return undefined;
  const rows = await run<VersionedRow>(table.pool, `${table.name}.${operation}`, sql, keys);
  return rows[0] === undefined ? undefined : toStored<Stored<R>>(rows[0]);
}

/** Every record `sql` finds by `key` (none when the key cannot be stored). */
export async function readAll<R>(
  table: VersionedTable,
  operation: string,
  sql: string,
  key: unknown,
): Promise<Stored<R>[]> {
  if (!storableText(key)) return [];
  const rows = await run<VersionedRow>(table.pool, `${table.name}.${operation}`, sql, [key]);
  return rows.map((row) => toStored<Stored<R>>(row));
}

/**
 * Inserts a record at version 1 after `check` and the storability check; `params` gets the
 * record's JSON. A taken id or unique value (inserting nothing, or 23505) is a conflict.
 */
export async function insertVersioned<R extends { readonly id: string }>(
  table: VersionedTable,
  record: R,
  check: (record: R) => void,
  insert: string,
  params: (data: string) => readonly unknown[],
): Promise<Stored<R>> {
  check(record);
  checkStorable(record);
  const data = dataOf(record);
  const rows = await write(table.pool, `${table.name}.create`, insert, params(data));
  if (rows === 'taken' || rows.length === 0) throw new ConflictError(table.entity, record.id, 0);
  return { ...(JSON.parse(data) as R), version: 1 };
}

/** How a repository updates one record: its record check, statement and reasons for a refusal. */
export interface GuardedUpdate<R> {
  /** The port's record check (run before the storability check; its failure is deferred). */
  readonly check: (record: R) => void;
  /** The guarded `UPDATE … RETURNING version`. */
  readonly update: string;
  /** The update's parameters, given the record's JSON. */
  readonly params: (data: string) => readonly unknown[];
  /**
   * Throws why the update of `record` over `current` (at the expected version) is refused, in
   * the memory store's order of checks, rethrowing the deferred check's error where it belongs.
   */
  readonly explain: (current: Stored<R>, record: R, deferred: DeferredError) => void;
}

/**
 * Updates a record whose stored version is still `expectedVersion` with one guarded statement.
 * The memory store reports a stale version before a bad record: a failed check is deferred
 * until the stored record is read. When the statement changes nothing, the stored record says
 * why (`explain`), or it changed in between: a conflict.
 */
export async function updateVersioned<R extends { readonly id: string }>(
  table: VersionedTable,
  record: R,
  expectedVersion: number,
  how: GuardedUpdate<R>,
): Promise<Stored<R>> {
  const { entity } = table;
  if (!storableText(record.id)) throw new ConflictError(entity, String(record.id), expectedVersion);
  checkExpectedVersion(entity, record.id, expectedVersion);
  let deferred: DeferredError;
  try {
    how.check(record);
    checkStorable(record);
  } catch (error) {
    deferred = { error };
  }
  if (deferred !== undefined) return refused(table, record, expectedVersion, how, deferred);
  const data = dataOf(record);
  const rows = await write(table.pool, `${table.name}.update`, how.update, how.params(data));
  if (rows === 'taken') throw new ConflictError(entity, record.id, expectedVersion);
  if (rows.length === 0) return refused(table, record, expectedVersion, how, undefined);
  return { ...(JSON.parse(data) as R), version: expectedVersion + 1 };
}

/** Why a guarded update changed nothing: a stale or missing record, else `explain`'s reason. */
async function refused<R extends { readonly id: string }>(
  table: VersionedTable,
  record: R,
  expectedVersion: number,
  how: GuardedUpdate<R>,
  deferred: DeferredError,
): Promise<never> {
  const rows = await run<VersionedRow>(table.pool, `${table.name}.update`, table.byId, [record.id]);
  const current = rows[0] === undefined ? undefined : toStored<Stored<R>>(rows[0]);
  if (current === undefined || current.version !== expectedVersion)
    throw new ConflictError(table.entity, record.id, expectedVersion);
  how.explain(current, record, deferred);
  // Checked and changed in between: stale by now.
  throw new ConflictError(table.entity, record.id, expectedVersion);
}
