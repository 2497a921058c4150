import type { QueryResult, QueryResultRow } from 'pg';

/** What the adapters run a statement on: a `pg.Pool`, a `pg.PoolClient` or a `pg.Client`. */
export interface SqlQueryable {
  /**
   * Runs one parameterised statement.
   * @param text - the SQL, with `$1`, `$2`, … placeholders
   * @param values - the parameters
   * @returns the rows and the command's metadata
   */
  query<R extends QueryResultRow = QueryResultRow>(
    text: string,
    values?: readonly unknown[],
  ): Promise<QueryResult<R>>;
}

/** A connection taken from a pool for a transaction. */
export interface SqlConnection extends SqlQueryable {
  /**
   * Gives the connection back to its pool.
   * @param error - a truthy value destroys the connection instead of reusing it
   */
  release(error?: Error | boolean): void;
}

/**
 * A `pg.Pool` (against a server, or PGlite's node-postgres bridge): queries and connections.
 * The narrowest structural type of what the adapters call, so a `pg.Pool` is a `SqlPool` as it
 * is — pass it without a cast (the package's tests do, and fail to compile if that breaks).
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * import { createPostgresStores, migrate } from '@kabinet/postgres';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migrate(pool);
 * const stores = createPostgresStores({ pool, clock: systemClock });
 * ```
 */
export interface SqlPool extends SqlQueryable {
  /**
   * Takes a connection for a transaction; release it when done.
   * @returns the connection
   */
  connect(): Promise<SqlConnection>;
}
