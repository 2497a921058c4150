import { storeError } from './store-error.js';
import type { SqlConnection, SqlPool } from './sql-pool.js';

/**
 * Runs `work` in one transaction on a connection of the pool, like `inTransaction`, except that
 * what `work` throws is rethrown untouched (a step's own error stays the caller's); only the
 * driver errors of connecting, `BEGIN` and `COMMIT` are mapped to `KabinetError`. A connection
 * whose rollback failed is destroyed, not returned to the pool.
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
    try {
      await connection.query('BEGIN');
    } catch (error) {
      broken = error instanceof Error ? error : new Error(String(error));
      throw storeError(error, operation);
    }
    let result: R;
    try {
      result = await work(connection);
    } catch (error) {
      try {
        await connection.query('ROLLBACK');
      } catch (rollbackError) {
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      }
      throw error;
    }
    try {
      await connection.query('COMMIT');
    } catch (error) {
      broken = error instanceof Error ? error : new Error(String(error));
      throw storeError(error, operation);
    }
    return result;
  } finally {
    connection.release(broken);
  }
}
