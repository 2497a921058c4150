import { storeError } from './store-error.js';
import { watchConnection } from './watch-connection.js';
import type { SqlPool, SqlQueryable } from '../pool/sql-pool.js';
import { queryNamed, type NamedStatement } from './named-statement.js';

/**
 * Runs `work` in one transaction on one connection of the pool: committed when it resolves,
 * rolled back when it throws (the error is rethrown, driver errors as `KabinetError`).
 */
export async function inTransaction<R>(
  pool: SqlPool,
  operation: string,
  work: (tx: SqlQueryable) => Promise<R>,
): Promise<R> {
  let connection;
  try {
    connection = await pool.connect();
  } catch (error) {
    throw storeError(error, operation);
  }
  const watch = watchConnection(connection);
  let broken: Error | undefined;
  try {
    await connection.query('BEGIN');
    const result = await work(connection);
    await connection.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await connection.query('ROLLBACK');
    } catch (rollbackError) {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    }
    throw storeError(error, operation);
  } finally {
    watch.stop();
    connection.release(broken ?? watch.failure());
  }
}

/**
 * Runs one statement (a named one is prepared once per connection), mapping driver errors to
 * `KabinetError` (see `storeError`). A text without `values` goes as a simple query.
 */
export async function run<R extends Record<string, unknown>>(
  db: SqlQueryable,
  operation: string,
  statement: string | NamedStatement,
  values?: readonly unknown[],
): Promise<R[]> {
  try {
    return (
      typeof statement === 'string'
        ? await db.query<R>(statement, values)
        : await queryNamed<R>(db, statement, values ?? [])
    ).rows;
  } catch (error) {
    throw storeError(error, operation);
  }
}
