import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { SqlPool } from '../src/pool/sql-pool.js';
import { migrate, migrationStatus, readMigrations } from '../src/migrate/index.js';
import { TEST_DATABASE_URL } from './_lib/test-database.js';

const pools: pg.Pool[] = [];
const schemas: string[] = [];
const openPool = (): SqlPool => {
  const pool = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 4 });
  pools.push(pool);
  return pool;
};
const freshSchema = (): string => {
  const schema = `t_migrate_${randomBytes(4).toString('hex')}`;
  schemas.push(schema);
  return schema;
};
afterAll(async () => {
  const admin = openPool();
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await Promise.all(pools.map((p) => p.end()));
});

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kabinet-migrations-'));
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
  return dir;
}

describe('migrate', () => {
  it('applies the shipped migrations once, records them, and finds nothing to do the second time', async () => {
    const pool = openPool();
    const schema = freshSchema();
    const first = await migrate(pool, { schema });
    expect(first.applied).toEqual(readMigrations().map((m) => m.name));
    expect(first.version).toBe(readMigrations().length);
    expect(await migrate(pool, { schema })).toEqual({
      schema,
      applied: [],
      version: first.version,
    });
    expect(await migrationStatus(pool, { schema })).toEqual({
      version: first.version,
      pending: [],
      newer: false,
    });
  });

  it('ten instances starting at once on separate pools apply each migration exactly once', async () => {
    const schema = freshSchema();
    const reports = await Promise.all(
      Array.from({ length: 10 }, () => migrate(openPool(), { schema })),
    );
    const applied = reports.flatMap((r) => r.applied);
    expect(applied).toEqual(readMigrations().map((m) => m.name));
    const rows = (
      await openPool().query<{ id: number }>(
        `SELECT id FROM "${schema}".kabinet_migrations ORDER BY id`,
      )
    ).rows;
    expect(rows.map((r) => r.id)).toEqual(readMigrations().map((m) => m.id));
  });

  it('applies only the pending ones, in order, when the code gains a migration', async () => {
    const pool = openPool();
    const schema = freshSchema();
    const one = { '0001_a.sql': 'CREATE TABLE a (x int);' };
    await migrate(pool, { schema, migrations: readMigrations(folderWith(one)) });
    const report = await migrate(pool, {
      schema,
      migrations: readMigrations(folderWith({ ...one, '0002_b.sql': 'CREATE TABLE b (y int);' })),
    });
    expect(report).toEqual({ schema, applied: ['0002_b.sql'], version: 2 });
  });

  it('refuses a schema newer than the code, and changes nothing', async () => {
    const pool = openPool();
    const schema = freshSchema();
    const two = {
      '0001_a.sql': 'CREATE TABLE a (x int);',
      '0002_b.sql': 'CREATE TABLE b (y int);',
    };
    await migrate(pool, { schema, migrations: readMigrations(folderWith(two)) });
    const older = readMigrations(folderWith({ '0001_a.sql': two['0001_a.sql'] }));
    await expect(migrate(pool, { schema, migrations: older })).rejects.toMatchObject({
      code: 'ERR_CONFIG',
    });
    expect(await migrationStatus(pool, { schema, migrations: older })).toEqual({
      version: 2,
      pending: [],
      newer: true,
    });
  });

  it('refuses a shipped file whose checksum differs from the applied one', async () => {
    const pool = openPool();
    const schema = freshSchema();
    await migrate(pool, {
      schema,
      migrations: readMigrations(folderWith({ '0001_a.sql': 'CREATE TABLE a (x int);' })),
    });
    const edited = readMigrations(folderWith({ '0001_a.sql': 'CREATE TABLE a (x bigint);' }));
    await expect(migrate(pool, { schema, migrations: edited })).rejects.toMatchObject({
      code: 'ERR_CONFIG',
      message: expect.stringContaining('checksum'),
    });
  });

  it('a failing migration rolls back with the ones before it in the same run: nothing half-applied', async () => {
    const pool = openPool();
    const schema = freshSchema();
    const broken = readMigrations(
      folderWith({
        '0001_a.sql': 'CREATE TABLE a (x int);',
        '0002_b.sql': 'CREATE TABLE b (y no_such_type);',
      }),
    );
    await expect(migrate(pool, { schema, migrations: broken })).rejects.toMatchObject({
      code: 'ERR_STORE',
    });
    const exists = (
      await pool.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [
        `"${schema}".a`,
      ])
    ).rows[0]!.found;
    expect(exists).toBe(false);
  });

  it('numbering must have no gaps', () => {
    expect(() => readMigrations(folderWith({ '0001_a.sql': '', '0003_c.sql': '' }))).toThrow(
      /without gaps/,
    );
  });

  it('an unreachable database is ERR_UNAVAILABLE, not a hang', async () => {
    const pool = new pg.Pool({
      connectionString: 'postgresql://postgres@127.0.0.1:1/test',
      connectionTimeoutMillis: 2_000,
    });
    pools.push(pool);
    await expect(migrate(pool, { schema: freshSchema() })).rejects.toMatchObject({
      code: 'ERR_UNAVAILABLE',
    });
  });
});
