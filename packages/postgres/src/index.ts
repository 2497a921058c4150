/**
 * PostgreSQL adapters for every Kabinet store port, through node-postgres against a server or
 * on an embedded PGlite with the same SQL; forward-only migrations with checksums; a batched
 * sweeper; the `kabinet-postgres` command line.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * import { createPostgresStores, migrate } from '@kabinet/postgres';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migrate(pool);
 * const backend = createPostgresStores({ pool, clock: systemClock });
 * ```
 *
 * @module @kabinet/postgres
 */
export * from './stores/index.js';
export * from './store/index.js';
export * from './counters/index.js';
export * from './blobs/index.js';
export * from './journal/index.js';
export * from './payments/index.js';
export * from './slots/index.js';
export * from './migrate/index.js';
export * from './sweep/index.js';
export * from './pglite/index.js';
export * from './cli/index.js';
export * from './pool/index.js';
