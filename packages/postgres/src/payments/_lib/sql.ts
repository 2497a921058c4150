// Statement helpers of the payment store.
import { ConflictError, KabinetError } from '@kabinet/core';
import { allowsStatusChange } from '@kabinet/ports';
import { storeError } from '../../_lib/store-error.js';
import type { SqlQueryable } from '../../pool/sql-pool.js';

/** The row every versioned payment table returns: the record's fields and its version. */
export interface VersionedRow extends Record<string, unknown> {
  version: number;
  data: Record<string, unknown>;
}

/**
 * Runs one write whose races are decided by unique indexes: its rows, or `'taken'` when a
 * unique index refused it (SQLSTATE 23505). Other driver errors become `KabinetError`.
 */
export async function write<R extends Record<string, unknown>>(
  db: SqlQueryable,
  operation: string,
  text: string,
  values: readonly unknown[],
): Promise<R[] | 'taken'> {
  try {
    return (await db.query<R>(text, values)).rows;
  } catch (error) {
    if (
      typeof error === 'object' &&
      error !== null &&
      (error as { code?: unknown }).code === '23505'
    )
      return 'taken';
    throw storeError(error, operation);
  }
}

/** An expected version the store could have written (a positive int4), or a conflict as the memory store gives. */
export function checkExpectedVersion(entity: string, id: unknown, expectedVersion: number): void {
  if (!Number.isInteger(expectedVersion) || expectedVersion < 1 || expectedVersion >= 2 ** 31 - 1) {
    throw new ConflictError(entity, String(id), expectedVersion);
  }
}

/** `[from, to]` edges as two parallel arrays, for `unnest($a::text[], $b::text[])`. */
export function edgeArrays(edges: readonly (readonly [string, string])[]): [string[], string[]] {
  return [edges.map(([from]) => from), edges.map(([, to]) => to)];
}

/** Throws `ERR_INVALID_STATE` unless `edges` allow `from -> to` (the status table of `what`). */
export function checkStatusEdge<S extends string>(
  edges: readonly (readonly [S, S])[],
  what: string,
  id: string,
  from: S,
  to: S,
): void {
  if (!allowsStatusChange(edges, from, to))
    throw new KabinetError(
      'ERR_INVALID_STATE',
      `${what} ${id}: ${from} -> ${to} is not in the table`,
    );
}

/** A stored record from its row. */
export function toStored<T>(row: VersionedRow): T {
  return { ...row.data, version: row.version } as T;
}
