import { KabinetError } from '@kabinet/core';
import { inTransaction } from '../_lib/in-transaction.js';
import { quotedSchema, DEFAULT_SCHEMA } from '../_lib/schema-name.js';
import type { SqlPool, SqlQueryable } from '../pool/sql-pool.js';
import { readMigrations, type Migration } from './read-migrations.js';

/** Options of {@link migrate} and {@link migrationStatus}. */
export interface MigrateOptions {
  /** The schema of Kabinet's tables (default `kabinet`); created when absent. */
  readonly schema?: string;
  /** The migrations to apply (default: the ones shipped in the package). */
  readonly migrations?: readonly Migration[];
}

/** What {@link migrate} did. */
export interface MigrationReport {
  /** The schema migrated. */
  readonly schema: string;
  /** Names of the migrations applied by this call, in order. */
  readonly applied: readonly string[];
  /** The schema's version afterwards (the highest applied id). */
  readonly version: number;
}

/** Where a schema stands against the code's migrations. */
export interface MigrationStatus {
  /** The highest applied id (0 for a new schema). */
  readonly version: number;
  /** Ids the code has and the schema lacks. */
  readonly pending: readonly number[];
  /** True when the schema has migrations the code does not know (a newer release ran). */
  readonly newer: boolean;
}

interface AppliedRow extends Record<string, unknown> {
  id: number;
  name: string;
  checksum: string;
}

const LEDGER = 'kabinet_migrations';

async function appliedMigrations(
  db: SqlQueryable,
  schema: string,
): Promise<AppliedRow[] | undefined> {
  const exists = await db.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [
    `${schema}.${LEDGER}`,
  ]);
  if (exists.rows[0]?.found !== true) return undefined;
  return (
    await db.query<AppliedRow>(`SELECT id, name, checksum FROM ${schema}.${LEDGER} ORDER BY id`)
  ).rows;
}

function compare(
  applied: readonly AppliedRow[],
  known: readonly Migration[],
  schemaName: string,
): MigrationStatus {
  for (const row of applied) {
    const ours = known[row.id - 1];
    if (ours === undefined) continue;
    if (ours.checksum !== row.checksum) {
      throw new KabinetError(
        'ERR_CONFIG',
        `migration ${row.name} in schema ${schemaName} differs from the shipped file ${ours.name} (checksum mismatch)`,
        {
          details: { schema: schemaName, migration: row.id },
        },
      );
    }
  }
  const version = applied.reduce((max, row) => Math.max(max, row.id), 0);
  return {
    version,
    pending: known.filter((m) => m.id > version).map((m) => m.id),
    newer: version > known.length,
  };
}

/**
 * Applies the pending migrations in one transaction, under a transaction-level advisory lock
 * per schema, so instances starting at once apply each migration exactly once and the others
 * wait and find nothing to do. Each applied migration is recorded with its SHA-256; a recorded
 * checksum that differs from the shipped file, or a schema newer than the code, stops the
 * start with `ERR_CONFIG` and changes nothing.
 *
 * @param pool - a `pg.Pool` (or PGlite's node-postgres bridge)
 * @param options - schema and migrations
 * @returns what was applied
 * @throws KabinetError `ERR_CONFIG` on a checksum mismatch or a newer schema; `ERR_UNAVAILABLE` when the database is unreachable
 * @example
 * ```ts
 * import pg from 'pg';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const report = await migrate(pool, { schema: 'kabinet' }); // { applied: ['0001_records.sql', …], version: 3 }
 * ```
 */
export async function migrate(
  pool: SqlPool,
  options: MigrateOptions = {},
): Promise<MigrationReport> {
  const schema = quotedSchema(options.schema);
  const schemaName = options.schema ?? DEFAULT_SCHEMA;
  const known = options.migrations ?? readMigrations();
  return inTransaction(pool, 'migrate', async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtextextended('kabinet-migrate:' || $1, 0))", [
      schemaName,
    ]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.${LEDGER} (id integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const status = compare((await appliedMigrations(tx, schema)) ?? [], known, schemaName);
    if (status.newer) {
      throw new KabinetError(
        'ERR_CONFIG',
        `schema ${schemaName} is at migration ${status.version}, newer than this code (${known.length}): upgrade the code`,
        {
          details: { schema: schemaName, version: status.version, known: known.length },
        },
      );
    }
    await tx.query(`SET LOCAL search_path TO ${schema}`);
    const applied: string[] = [];
    for (const id of status.pending) {
      const migration = known[id - 1]!;
      await tx.query(migration.sql);
      await tx.query(`INSERT INTO ${schema}.${LEDGER} (id, name, checksum) VALUES ($1, $2, $3)`, [
        migration.id,
        migration.name,
        migration.checksum,
      ]);
      applied.push(migration.name);
    }
    return { schema: schemaName, applied, version: Math.max(status.version, known.length) };
  });
}

/**
 * Where a schema stands, without changing it: for `/readyz` and for a deploy check.
 *
 * @param db - a pool or client
 * @param options - schema and migrations
 * @returns version, pending ids and whether the schema is newer than the code
 * @throws KabinetError `ERR_CONFIG` on a checksum mismatch
 * @example
 * ```ts
 * const { pending } = await migrationStatus(pool);
 * if (pending.length > 0) console.log('run kabinet-postgres migrate');
 * ```
 */
export async function migrationStatus(
  db: SqlQueryable,
  options: MigrateOptions = {},
): Promise<MigrationStatus> {
  const schema = quotedSchema(options.schema);
  const known = options.migrations ?? readMigrations();
  return compare(
    (await appliedMigrations(db, schema)) ?? [],
    known,
    options.schema ?? DEFAULT_SCHEMA,
  );
}
