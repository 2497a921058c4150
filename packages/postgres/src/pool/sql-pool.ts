import type { QueryResult, QueryResultRow } from 'pg';

/** What the adapters run a statement on: a `pg.Pool`, a `pg.PoolClient` or a `pg.Client`. */
export interface SqlQueryable {
  query<R extends QueryResultRow = QueryResultRow>(text: string, values?: readonly unknown[]): Promise<QueryResult<R>>;
}

/** A connection taken from a pool for a transaction. */
export interface SqlConnection extends SqlQueryable {
  release(error?: Error | boolean): void;
}

/** A `pg.Pool` (against a server, or PGlite's node-postgres bridge): queries and connections. */
export interface SqlPool extends SqlQueryable {
  connect(): Promise<SqlConnection>;
}
