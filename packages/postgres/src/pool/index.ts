/**
 * The driver surface the adapters need: a `pg.Pool`, a `pg.PoolClient`, or PGlite's
 * node-postgres bridge all fit.
 *
 * @example
 * ```ts
 * import type { SqlPool } from '@kabinet/postgres/pool';
 * const pool: SqlPool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * ```
 *
 * @module @kabinet/postgres/pool
 */
export type { SqlPool, SqlQueryable, SqlConnection } from './sql-pool.js';
