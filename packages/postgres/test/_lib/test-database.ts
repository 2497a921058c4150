// Test databases: a fresh schema on the machine's PostgreSQL per test file (so files run in
// parallel), or an in-memory PGlite. Nothing here skips: a missing server fails the run.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { SqlPool } from '../../src/pool/sql-pool.js';
import { migrate } from '../../src/migrate/index.js';
import { openEmbeddedPostgres } from '../../src/pglite/index.js';

/** The server the tests use (`KABINET_TEST_DATABASE_URL` overrides). */
export const TEST_DATABASE_URL =
  process.env.KABINET_TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

/** A migrated schema and the means to open more pools on it and to drop it. */
export interface TestDatabase {
  readonly pool: SqlPool;
  readonly schema: string;
  readonly kind: 'postgres' | 'pglite';
  /** Another, separate pool on the same database (another "instance"); PGlite has only one. */
  openPool(max?: number): SqlPool;
  close(): Promise<void>;
}

/** A fresh schema named after the test file's label, migrated, on the machine's PostgreSQL. */
export async function openTestSchema(label: string, max = 10): Promise<TestDatabase> {
  const schema = `t_${label.replace(/[^a-z0-9_]/g, '_')}_${randomBytes(4).toString('hex')}`;
  const pools: pg.Pool[] = [];
  const openPool = (size = max): SqlPool => {
    const pool = new pg.Pool({
      connectionString: TEST_DATABASE_URL,
      max: size,
      connectionTimeoutMillis: 10_000,
    });
    pool.on('error', () => {});
    pools.push(pool);
    return pool;
  };
  const pool = openPool();
  await migrate(pool, { schema });
  return {
    pool,
    schema,
    kind: 'postgres',
    openPool,
    async close() {
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await Promise.all(pools.map((p) => p.end()));
    },
  };
}

/** An in-memory PGlite, migrated into `schema`. */
export async function openTestPglite(schema = 'kabinet'): Promise<TestDatabase> {
  const db = await openEmbeddedPostgres();
  await migrate(db.pool, { schema });
  return {
    pool: db.pool,
    schema,
    kind: 'pglite',
    openPool: () => db.pool,
    close: () => db.close(),
  };
}
