// The whole walkthrough — two people from registration to a confirmed account, TOTP login,
// duty payments, the verified journal — on PostgreSQL, then read back by a new Kabinet over a
// new pool: everything the first one wrote is there and the journal still verifies.
import { randomBytes } from 'node:crypto';
import { createPostgresStores, migrate, type SqlPool } from '@kabinet/postgres';
import { createKabinet, generateDevelopmentKeys } from 'kabinet';
import { simulatedPayments, accountContextOf, inMemoryPorts } from 'kabinet/testing';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { silentPrinter } from '../src/printer.js';
import { runWalkthrough } from '../src/walkthrough.js';
import { createFakeClock } from '@kabinet/core/testing';

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
    // OTP-6: the logins waited for their second factor in their own collection, never as sessions.
    const staged = await pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM "${schema}".kabinet_records WHERE collection = 'sessions' AND (data ? 'stage' OR data ? 'secondFactor')`,
    );
    expect(staged.rows[0]?.n).toBe('0');
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
    const ctx = accountContextOf(reopened);
    for (const id of result.accountIds) {
      expect((await ctx.stores.accounts.get(id))?.level).toBe('confirmed');
      const actions = (await reopened.journal.history({ type: 'account', id })).map(
        (e) => e.entry.action,
      );
      // One login flow, one namespace: the password, then the second factor, then the session.
      const waited = actions.indexOf('account.login.second_factor_requested');
      expect(waited).toBeGreaterThanOrEqual(0);
      expect(actions.indexOf('account.login.succeeded', waited)).toBeGreaterThan(waited);
      expect(
        actions.filter((a) => a.startsWith('auth.second_factor') || a === 'auth.login_code_sent'),
      ).toEqual([]);
    }
    // The pending-login collection lives on PostgreSQL with its own TTL, and is spent once.
    const pending = await ctx.stores.pendingLogins.create({
      id: 'plg_0000000000walkthrough',
      accountId: result.accountIds[0]!,
      createdAt: clock.now(),
      expiresAt: clock.now() + 60_000,
      methods: ['sms'],
      tokenHash: 'x'.repeat(43),
      priorFailures: 0,
    });
    expect(await ctx.stores.sessions.get(pending.id)).toBeUndefined();
    clock.advance(59_999);
    expect(await ctx.stores.pendingLogins.get(pending.id)).toMatchObject({
      accountId: pending.accountId,
    });
    clock.advance(1);
    expect(await ctx.stores.pendingLogins.get(pending.id)).toBeUndefined();
    const report = await reopened.journal.verify(undefined, { payloads: true });
    expect(report).toMatchObject({ ok: true });
    expect(report.size).toBeGreaterThan(20);
    await reopened.close();
  });
});
