// kill -9 of a server instance in the middle of 1,000 registrations and payments (S-14, S-15):
// every write the server acknowledged is there after the crash, no aggregate is half-written
// (a claimed draft always has its account; every account and payment has its journal entry),
// and the journal is one gap-free chain that verifies. The server is the real process on
// PostgreSQL, started as an operator starts it (with a cheap password hash, so the load fits a
// test run), and killed with SIGKILL while requests are in flight.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '@kabinet/core';
import { createPostgresStores } from '@kabinet/postgres';
import { createKabinet } from 'kabinet';
import { simulatedPayments, accountContextOf, inMemoryPorts } from 'kabinet/testing';
import { loadKeysFile } from '../src/load-keys-file.js';
import { call, lastCode, newPerson, type Person, type Reply } from './_lib/portal-client.js';
import { freePort, startServerProcess, type ServerProcess } from './_lib/server-process.js';

const DATABASE_URL =
  process.env.KABINET_TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const run = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
const schema = `kabinet_crash_${run}`;
const dir = mkdtempSync(join(tmpdir(), 'kabinet-crash-'));
const keysFile = join(dir, 'keys.json');
const env = {
  PUBLIC_ORIGIN: 'http://127.0.0.1:8080',
  DATABASE_URL,
  KABINET_DB_SCHEMA: schema,
  KABINET_KEYS_FILE: keysFile,
  KABINET_DEV_OUTBOX: '1',
  KABINET_DATA_DIR: join(dir, 'data'),
};
const ENTRY = 'test/fixtures/cheap-hash-server.ts';
/** Registrations and payments planned; the instance is killed once this many writes were acknowledged. */
const PLANNED = 1_000;
const KILL_AFTER = 500;
const WORKERS = 6;

const started: ServerProcess[] = [];
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 4 });

afterAll(async () => {
  await Promise.all(started.map((p) => p.stop('SIGKILL')));
  await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await pool.end();
  rmSync(dir, { recursive: true, force: true });
});

/** A call that throws on anything but the expected status (a dead server throws from fetch). */
/** The server declined a request honestly: a 503 with Retry-After (a dependency was too slow). */
class Declined extends Error {}

async function must(reply: Promise<Reply>, status: number): Promise<Reply> {
  const r = await reply;
  if (r.status === 503 && r.headers.get('retry-after') !== null)
    throw new Declined(`503 with Retry-After: ${JSON.stringify(r.body)}`);
  if (r.status !== status)
    throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.body)}`);
  return r;
}

/** Registration over HTTP; resolves with the account id once the server acknowledged it. */
async function register(
  origin: string,
  person: Person,
  termsVersion: string,
  scan: Blob,
): Promise<string> {
  const ip = person.ip;
  const started = await must(
    call(origin, 'POST', '/api/v1/registration/drafts', {
      json: { userType: 'foreign_citizen' },
      ip,
    }),
    201,
  );
  const d = `/api/v1/registration/drafts/${started.body.draftId}`;
  const headers = { 'x-resume-token': started.body.resumeToken as string };
  await must(
    call(origin, 'PUT', `${d}/contacts`, {
      json: { phone: person.phone, email: person.email },
      headers,
      ip,
    }),
    200,
  );
  for (const [channel, to] of [
    ['phone', person.phone],
    ['email', person.email],
  ] as const) {
    await must(call(origin, 'POST', `${d}/codes`, { json: { channel }, headers, ip }), 202);
    await must(
      call(origin, 'POST', `${d}/codes/confirm`, {
        json: { channel, code: await lastCode(origin, to) },
        headers,
        ip,
      }),
      200,
    );
  }
  const personal = {
    surname: 'Каримов',
    givenNames: 'Азиз',
    latinSurname: 'KARIMOV',
    latinGivenNames: 'AZIZ',
    birthDate: '17.05.1990',
    citizenship: 'UZB',
    sex: 'male',
  };
  await must(call(origin, 'PUT', `${d}/personal-data`, { json: { personal }, headers, ip }), 200);
  const form = new FormData();
  form.append(
    'document',
    JSON.stringify({
      kind: 'foreign_passport',
      number: person.passport,
      country: 'UZB',
      issueDate: '10.01.2020',
      expiryDate: '09.01.2034',
    }),
  );
  form.append('file', scan, 'passport-scan.png');
  await must(call(origin, 'POST', `${d}/documents`, { form, headers, ip }), 201);
  await must(
    call(origin, 'POST', `${d}/documents`, {
      json: {
        document: {
          kind: 'migration_card',
          number: person.card,
          entryDate: '15.10.2026',
          stayUntil: '31.12.2030',
        },
      },
      headers,
      ip,
    }),
    201,
  );
  await must(
    call(origin, 'PUT', `${d}/password`, { json: { password: person.password }, headers, ip }),
    200,
  );
  await must(call(origin, 'PUT', `${d}/terms`, { json: { termsVersion }, headers, ip }), 200);
  const created = await must(call(origin, 'POST', `${d}/account`, { headers, ip }), 201);
  return created.body.accountId as string;
}

/** Logs in (password, then the SMS code) and creates the payment of a fresh charge; resolves with the payment id. */
async function pay(origin: string, person: Person): Promise<{ paymentId: string; uin: string }> {
  const ip = person.ip;
  const step1 = await must(
    call(origin, 'POST', '/api/v1/auth/login', {
      json: { login: person.phone, password: person.password },
      ip,
    }),
    200,
  );
  const code = await lastCode(origin, person.phone);
  const step2 = await must(
    call(origin, 'POST', '/api/v1/auth/login/complete', {
      json: { loginToken: step1.body.loginToken, method: 'sms', code },
      ip,
    }),
    200,
  );
  const token = step2.body.tokens.accessToken as string;
  const catalogue = await must(call(origin, 'GET', '/api/v1/charges', { token, ip }), 200);
  const duty = (catalogue.body.duties as { code: string; minLevel?: string }[])[0]!;
  const charge = await must(
    call(origin, 'POST', '/api/v1/charges', { json: { dutyCode: duty.code }, token, ip }),
    201,
  );
  const payment = await must(
    call(origin, 'POST', '/api/v1/payments', { json: { uin: charge.body.uin }, token, ip }),
    201,
  );
  return { paymentId: payment.body.id as string, uin: charge.body.uin as string };
}

describe('kill -9 in the middle of registrations and payments', () => {
  it('S-14, S-15, AUD-1: every acknowledged write survives SIGKILL, nothing is half-written, and the journal is one verifiable chain', async () => {
    const server = await startServerProcess('crash', await freePort(), env, 240_000, ENTRY);
    started.push(server);
    const scan = new Blob(
      [readFileSync(new URL('../fixtures/passport-scan.png', import.meta.url))],
      { type: 'image/png' },
    );
    const termsVersion = (await must(call(server.origin, 'GET', '/api/v1/registration/terms'), 200))
      .body.termsVersion as string;

    const accounts: string[] = [];
    const payments: string[] = [];
    let planned = 0;
    let acknowledged = 0;
    let killing: Promise<unknown> | undefined;
    const errors: unknown[] = [];
    let declined = 0;
    // Each worker registers people and pays a duty for every second one, until the server dies.
    const worker = async (): Promise<void> => {
      for (let i = 0; planned < PLANNED; i++) {
        planned++;
        const person = newPerson();
        try {
          accounts.push(await register(server.origin, person, termsVersion, scan));
          acknowledged++;
          if (i % 2 === 1 && planned < PLANNED) {
            planned++;
            payments.push((await pay(server.origin, person)).paymentId);
            acknowledged++;
          }
        } catch (error) {
          if (!server.running() || killing !== undefined) return;
          // Not acknowledged, so nothing is promised: a loaded machine may make the pool wait
          // too long, and the answer is then an honest 503 (S-15), which a client retries.
          if (error instanceof Declined) {
            declined++;
            continue;
          }
          errors.push(error);
          if (errors.length > 5)
            throw new Error(`the load failed before the crash: ${String(errors[0])}`);
        }
        if (acknowledged >= KILL_AFTER && killing === undefined) killing = server.stop('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    await killing;
    expect(server.running()).toBe(false);
    expect(errors).toEqual([]);
    expect(declined).toBeLessThan(PLANNED / 10);
    expect(accounts.length).toBeGreaterThan(KILL_AFTER / 2);
    expect(payments.length).toBeGreaterThan(10);

    // A new instance on the same database and keys: it takes the journal's lead and chains the outbox.
    const keys = loadKeysFile({ path: keysFile, create: false }).keys;
    const kabinet = createKabinet({
      ...inMemoryPorts(),
      keys,
      backend: createPostgresStores({ pool, clock: systemClock, schema }),
      payments: simulatedPayments(),
    });
    try {
      const outbox = async () =>
        Number(
          (await pool.query(`SELECT count(*) AS n FROM "${schema}".kabinet_journal_outbox`)).rows[0]
            .n,
        );
      for (let waited = 0; (await outbox()) > 0 && waited < 30_000; waited += 100)
        await new Promise((r) => setTimeout(r, 100));
      expect(await outbox()).toBe(0);

      // Every acknowledged write is present.
      for (const id of accounts)
        expect((await accountContextOf(kabinet).stores.accounts.get(id))?.id).toBe(id);
      const allPayments = (
        await pool.query(`SELECT id FROM "${schema}".kabinet_payments`)
      ).rows.map((r: { id: string }) => r.id);
      expect(allPayments).toEqual(expect.arrayContaining(payments));

      // No half-written aggregate: every claimed draft has its account, every account and payment its entry.
      const claimed = await pool.query(
        `SELECT data->>'accountId' AS account FROM "${schema}".kabinet_records WHERE collection = 'drafts' AND data ? 'accountId'`,
      );
      for (const row of claimed.rows as { account: string }[])
        expect(await accountContextOf(kabinet).stores.accounts.get(row.account)).toBeDefined();
      const allAccounts = (
        await pool.query(`SELECT id FROM "${schema}".kabinet_records WHERE collection = 'accounts'`)
      ).rows.map((r: { id: string }) => r.id);
      const created = await kabinet.journal.query({ action: 'account.created' }, { limit: 1_000 });
      expect(new Set(created.items.map((e) => e.subject.id))).toEqual(new Set(allAccounts));
      expect(created.items.length).toBe(allAccounts.length);
      const paymentEntries = await kabinet.journal.events(
        { action: 'payment.created' },
        { limit: 1_000 },
      );
      expect(
        new Set(
          paymentEntries.items.map(
            (e) => (e.payload as { data?: { paymentId?: string } }).data?.paymentId,
          ),
        ),
      ).toEqual(new Set(allPayments));
      expect(paymentEntries.items.length).toBe(allPayments.length);

      // One chain: gap-free seq, links and hashes, checkpoints, payloads.
      const report = await kabinet.journal.verify(undefined, { payloads: true });
      expect(report).toMatchObject({ ok: true });
      console.log(
        `crash test: ${planned} planned, ${acknowledged} acknowledged (${accounts.length} registrations, ${payments.length} payments) before SIGKILL; ${allAccounts.length} accounts and ${allPayments.length} payments stored; chain of ${report.size} entries verified`,
      );
    } finally {
      await kabinet.close();
    }

    // The restarted instance serves the acknowledged accounts.
    const again = await startServerProcess(
      'crash-restarted',
      await freePort(),
      env,
      240_000,
      ENTRY,
    );
    started.push(again);
    expect((await call(again.origin, 'GET', '/readyz')).status).toBe(200);
  }, 600_000);
});
