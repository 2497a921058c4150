import type { QueryResult } from 'pg';
import { watchConnection } from './watch-connection.js';
import { storeError } from './store-error.js';
import type { SqlConnection, SqlPool } from '../pool/sql-pool.js';

/** Whether the connection is a `pg` client in pipeline mode (`new pg.Pool({ pipeline: true })`). */
export function pipelined(connection: SqlConnection): boolean {
  return (connection as { pipeline?: unknown }).pipeline === true;
}

/** The connection `runTransaction` gives its work: the transaction's statements go through it. */
export interface TransactionConnection extends SqlConnection {
  /** Whether the connection is in `pg`'s pipeline mode. */
  readonly pipeline: boolean;
  /**
   * In pipeline mode, queues a statement to be sent with the transaction's next statement, or
   * with its COMMIT or ROLLBACK, in the same write (the server runs them in order); otherwise
   * sends it now. The promise settles with its answer.
   */
  defer(text: string, values?: readonly unknown[]): Promise<QueryResult>;
}

/** What can hold a client's writes back until they can leave in one (a `net.Socket`). */
interface Corkable {
  cork(): void;
  uncork(): void;
}

/** The socket of a `pg` client (`client.connection.stream`), when it has one to cork. */
function socketOf(connection: SqlConnection): Corkable | undefined {
  const stream = (connection as { connection?: { stream?: Partial<Corkable> } }).connection?.stream;
  return typeof stream?.cork === 'function' && typeof stream.uncork === 'function'
    ? (stream as Corkable)
    : undefined;
}

/**
 * Runs `work` in one transaction on a connection of the pool, like `inTransaction`, except that
 * what `work` throws is rethrown untouched (a step's own error stays the caller's); only the
 * driver errors of connecting, `BEGIN` and `COMMIT` are mapped to `KabinetError`. A connection
 * whose rollback failed is destroyed, not returned to the pool.
 *
 * On a connection in `pg`'s pipeline mode, `BEGIN` is not waited for: it is written together
 * with the first statement of `work` (in one write of the socket, which is corked meanwhile),
 * and statements `work` defers go out with the statement after them or with the COMMIT, so a
 * transaction of two statements costs two writes and two round trips. The server runs them in
 * order; a failed `BEGIN` (only a broken connection can fail it, which fails the statements
 * after it too) still fails the transaction.
 */
export async function runTransaction<R>(
  pool: SqlPool,
  operation: string,
  work: (connection: TransactionConnection) => Promise<R>,
): Promise<R> {
  let raw: SqlConnection;
  try {
    raw = await pool.connect();
  } catch (error) {
    throw storeError(error, operation);
  }
  const fast = pipelined(raw);
  const socket = fast ? socketOf(raw) : undefined;
  let broken: Error | undefined;
  const watch = watchConnection(raw);
  let begun: Promise<unknown> | undefined;
  // Deferred statements, sent in order before the next one.
  const queued: (() => void)[] = [];
  const begin = (): void => {
    begun = raw.query('BEGIN').then(
      () => undefined,
      (error: unknown) => error ?? new Error('BEGIN failed'),
    );
  };
  /** Sends `BEGIN` when not yet sent, the deferred statements, then this one, in one write. */
  const send = (text: string, values?: readonly unknown[]): Promise<QueryResult> => {
    socket?.cork();
    try {
      if (begun === undefined) begin();
      for (const sendQueued of queued.splice(0)) sendQueued();
      return raw.query(text, values);
    } finally {
      socket?.uncork();
    }
  };
  const connection: TransactionConnection = {
    pipeline: fast,
    query: send as TransactionConnection['query'],
    release: () => undefined,
    defer(text, values) {
      if (!fast) return raw.query(text, values);
      return new Promise<QueryResult>((resolve, reject) => {
        queued.push(() => void raw.query(text, values).then(resolve, reject));
      });
    },
  };
  const beginFailed = (error: unknown): never => {
    broken = error instanceof Error ? error : new Error(String(error));
    throw storeError(error, operation);
  };
  try {
    if (!fast) {
      begin();
      const failed = await begun;
      if (failed !== undefined) beginFailed(failed);
    }
    let result: R;
    try {
      result = await work(connection);
    } catch (error) {
      try {
        // Deferred statements still go (and are rolled back), so whoever waits for them hears.
        if (begun !== undefined || queued.length > 0) await send('ROLLBACK');
      } catch (rollbackError) {
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      }
      throw error;
    }
    const committing = send('COMMIT');
    const failed = await begun;
    if (failed !== undefined) {
      await committing.catch(() => undefined);
      beginFailed(failed);
    }
    let committed: { command?: string };
    try {
      committed = await committing;
    } catch (error) {
      broken = error instanceof Error ? error : new Error(String(error));
      throw storeError(error, operation);
    }
    // COMMIT of a transaction an error aborted answers ROLLBACK, without an error.
    if (committed.command !== undefined && committed.command !== 'COMMIT') {
      throw storeError(
        Object.assign(new Error(`the transaction was rolled back (${committed.command})`), {
          code: '40000',
        }),
        operation,
      );
    }
    return result;
  } finally {
    watch.stop();
    raw.release(broken ?? watch.failure());
  }
}
