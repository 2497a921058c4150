import type { SqlConnection } from '../pool/sql-pool.js';

/** What {@link watchConnection} reports about a checked-out connection. */
export interface ConnectionWatch {
  /** The error the connection emitted while watched (it is broken: release it with this error). */
  failure(): Error | undefined;
  /** Stops watching (before the connection goes back to the pool, or to another watcher). */
  stop(): void;
}

type ErrorEvents = {
  on?: (event: 'error', listener: (error: unknown) => void) => void;
  off?: (event: 'error', listener: (error: unknown) => void) => void;
};

/**
 * Listens for `error` on a connection checked out of a `pg.Pool`. A connection that breaks
 * (the database restarting, a proxy dropping it) emits `error` even while a query is running,
 * and the pool listens only while the connection is idle: without a listener the process
 * would crash. Every `pool.connect()` in this package is watched until it is released.
 *
 * @param connection - a connection just checked out
 * @returns the watch: its failure, if any, and `stop`
 * @example
 * ```ts
 * const connection = await pool.connect();
 * const watch = watchConnection(connection);
 * try { await connection.query('SELECT 1'); } finally { watch.stop(); connection.release(watch.failure()); }
 * ```
 */
export function watchConnection(connection: SqlConnection): ConnectionWatch {
  const events = connection as ErrorEvents;
  let failed: Error | undefined;
  const listener = (error: unknown): void => {
    failed ??= error instanceof Error ? error : new Error(String(error));
  };
  events.on?.('error', listener);
  return {
    failure: () => failed,
    stop: () => events.off?.('error', listener),
  };
}
