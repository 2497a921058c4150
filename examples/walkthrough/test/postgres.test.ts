// The whole walkthrough — two people from registration to a confirmed account, TOTP login,
// duty payments, the verified journal — on PostgreSQL, then read back by a new Kabinet over a
// new pool: everything the first one wrote is there and the journal still verifies.
import { randomBytes } from 'node:crypto';
import { createFakeClock } from '@kabinet/core';
import { createPostgresStores, migrate, type SqlPool } from '@kabinet/postgres';
import { createKabinet, generateDevelopmentKeys } from 'kabinet';
import { simulatedPayments, accountContextOf, inMemoryPorts } from 'kabinet/testing';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { silentPrinter } from '../src/printer.js';
import { runWalkthrough } from '../src/walkthrough.js';

const url = process.env.KABINET_TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const schema = `t_walkthrough_${randomBytes(4).toString('hex')}`;
const pools: pg.Pool[] = [];
const openPool = (): SqlPool => {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  pools.push(pool);
  return pool;
};
afterAll(async () => {
  const admin = openPool();
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await Promise.all(pools.map((p) => (p.ended ? undefined : p.end())));
});

describe('walkthrough on PostgreSQL', () => {
  it('ACC-2, PAY-2, S-14: the whole flow runs on PostgreSQL, and a new instance on a new pool reads it all back and verifies the journal', async () => {
    const keys = generateDevelopmentKeys('walkthrough');
    const pool = openPool();
    await migrate(pool, { schema });
    const account = {
      scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1, keyLength: 32, saltLength: 16 },
    };
    const result = await runWalkthrough(silentPrinter, {
      account,
      keys,
      backend: (clock) => createPostgresStores({ pool, clock, schema }),
    });
    expect(result).toMatchObject({ journalVerified: true, levels: ['confirmed', 'confirmed'] });
    await pool.end();

    const clock = createFakeClock(Date.UTC(2026, 2, 3));
    const reopened = createKabinet({
      ...inMemoryPorts({ clock }),
      keys,
      clock,
      backend: createPostgresStores({ pool: openPool(), clock, schema }),
      policy: { account },
      payments: simulatedPayments({ clock }),
    });
    for (const id of result.accountIds)
      expect((await accountContextOf(reopened).stores.accounts.get(id))?.level).toBe('confirmed');
    const report = await reopened.journal.verify(undefined, { payloads: true });
    expect(report).toMatchObject({ ok: true });
    expect(report.size).toBeGreaterThan(20);
    await reopened.close();
  });
});
