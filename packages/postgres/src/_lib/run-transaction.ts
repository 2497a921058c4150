import { storeError } from './store-error.js';
import type { SqlConnection, SqlPool } from '../pool/sql-pool.js';

/** Whether the connection is a `pg` client in pipeline mode (`new pg.Pool({ pipeline: true })`). */
export function pipelined(connection: SqlConnection): boolean {
  return (connection as { pipeline?: unknown }).pipeline === true;
}

/**
 * Runs `work` in one transaction on a connection of the pool, like `inTransaction`, except that
 * what `work` throws is rethrown untouched (a step's own error stays the caller's); only the
 * driver errors of connecting, `BEGIN` and `COMMIT` are mapped to `KabinetError`. A connection
 * whose rollback failed is destroyed, not returned to the pool.
 *
 * On a connection in `pg`'s pipeline mode, `BEGIN` is sent without waiting for its answer, so it
 * travels with the first statement of `work`: a transaction costs one round trip less. The
 * server runs them in order; a failed `BEGIN` (only a broken connection can fail it, which fails
 * the statements after it too) still fails the transaction before `COMMIT`.
 */
export async function runTransaction<R>(pool: SqlPool, operation: string, work: (connection: SqlConnection) => Promise<R>): Promise<R> {
  let connection: SqlConnection;
  try {
    connection = await pool.connect();
  } catch (error) {
    throw storeError(error, operation);
  }
  let broken: Error | undefined;
  try {
    const begun = connection.query('BEGIN').then(
      () => undefined,
      (error: unknown) => error ?? new Error('BEGIN failed'),
    );
    const beginFailed = (error: unknown): never => {
      broken = error instanceof Error ? error : new Error(String(error));
      throw storeError(error, operation);
    };
    if (!pipelined(connection)) {
      const failed = await begun;
      if (failed !== undefined) beginFailed(failed);
    }
    let result: R;
    try {
      result = await work(connection);
      const failed = await begun;
      if (failed !== undefined) beginFailed(failed);
    } catch (error) {
      try {
        await connection.query('ROLLBACK');
      } catch (rollbackError) {
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      }
      throw error;
    }
    let committed: { command?: string };
    try {
      committed = await connection.query('COMMIT');
    } catch (error) {
      broken = error instanceof Error ? error : new Error(String(error));
      throw storeError(error, operation);
    }
    // COMMIT of a transaction an error aborted answers ROLLBACK, without an error.
    if (committed.command !== undefined && committed.command !== 'COMMIT') {
      throw storeError(Object.assign(new Error(`the transaction was rolled back (${committed.command})`), { code: '40000' }), operation);
    }
    return result;
  } finally {
    connection.release(broken);
  }
}
