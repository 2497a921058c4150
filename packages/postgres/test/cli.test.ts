import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { runPostgresCli } from '../src/cli/index.js';
import { readMigrations } from '../src/migrate/index.js';
import { TEST_DATABASE_URL } from './_lib/test-database.js';

const schema = `t_cli_${randomBytes(4).toString('hex')}`;
afterAll(async () => {
  const pool = new pg.Pool({ connectionString: TEST_DATABASE_URL });
  await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await pool.end();
});

async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPostgresCli(argv, {
    env: { DATABASE_URL: TEST_DATABASE_URL, KABINET_DB_SCHEMA: schema },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out, err };
}

describe('kabinet-postgres', () => {
  it('status exits 1 while migrations are pending; migrate applies them; then status exits 0', async () => {
    const before = await cli('status');
    expect(before.code).toBe(1);
    expect(before.out[0]).toContain(
      `pending ${readMigrations()
        .map((m) => m.id)
        .join(', ')}`,
    );
    const migrated = await cli('migrate');
    expect(migrated).toMatchObject({ code: 0 });
    expect(migrated.out[0]).toContain(`version ${readMigrations().length}`);
    expect((await cli('migrate')).out[0]).toContain('up to date');
    expect(await cli('status')).toMatchObject({ code: 0 });
    expect((await cli('sweep')).out[0]).toMatch(
      /swept 0 records, 0 counters, 0 idempotency keys and 0 callbacks/,
    );
  });

  it('usage errors exit 2: no command, an unknown one, no DATABASE_URL', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('drop')).code).toBe(2);
    const code = await runPostgresCli(['migrate'], { env: {}, out: () => {}, err: () => {} });
    expect(code).toBe(2);
  });

  it('an unreachable database exits 1 with ERR_UNAVAILABLE', async () => {
    const r = await cli('migrate', '--url', 'postgresql://postgres@127.0.0.1:1/test');
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/^ERR_UNAVAILABLE/);
  });
});
