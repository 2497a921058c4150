// S-14 on PostgreSQL: an account step's write and its journal entry commit together or not at
// all. The journal's write is made to fail inside the step (as a crash between the two would);
// with the backend's unit of work nothing of the step is kept, and without it (the negative
// control: the journal store replaced, so the step writes first and journals after) the account
// is left without its entry — which is what this test must catch.
import { randomBytes } from 'node:crypto';
import { createPostgresStores, migrate } from '@kabinet/postgres';
import type { SqlConnection, SqlPool } from '@kabinet/postgres/pool';
import { createKabinet, generateDevelopmentKeys, type Kabinet } from 'kabinet';
import { simulatedPayments, accountContextOf, inMemoryPorts } from 'kabinet/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../src/people.js';
import { silentPrinter } from '../src/printer.js';
import { e164, loginWithSms, startRegistration, type Person } from '../src/steps.js';
import { createFakeClock } from '@kabinet/core/testing';

const url = process.env.KABINET_TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const schema = `t_atomic_${randomBytes(4).toString('hex')}`;
const pool = new pg.Pool({ connectionString: url, max: 6 });
const account = {
  scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1, keyLength: 32, saltLength: 16 },
};

/** A pool whose statements matching `armed` fail (once armed), on the pool and on its connections. */
function faultyPool(): {
  pool: SqlPool;
  arm: (pattern: RegExp) => void;
  disarm: () => void;
  hits: () => number;
} {
  let armed: RegExp | undefined;
  let hits = 0;
  const check = (text: unknown): void => {
    const inner = (text as { text?: unknown } | undefined)?.text;
    const sql = typeof text === 'string' ? text : typeof inner === 'string' ? inner : '';
    if (armed !== undefined && armed.test(sql)) {
      hits++;
      throw new Error('injected: the journal write failed');
    }
  };
  const real = pool;
  const wrapped: SqlPool = {
    query: (async (text: string, values?: unknown[]) => {
      check(text);
      return real.query(text, values);
    }) as SqlPool['query'],
    async connect(): Promise<SqlConnection> {
      const connection = await real.connect();
      return new Proxy(connection, {
        get(target, key, receiver) {
          if (key === 'query') {
            return async (text: string, values?: unknown[]) => {
              check(text);
              return target.query(text, values);
            };
          }
          const value = Reflect.get(target, key, receiver) as unknown;
          return typeof value === 'function'
            ? (value as (...args: unknown[]) => unknown).bind(target)
            : value;
        },
      });
    },
  };
  return {
    pool: wrapped,
    arm: (p) => (armed = p),
    disarm: () => (armed = undefined),
    hits: () => hits,
  };
}

function person(tag: string): Person {
  const digits = BigInt(`0x${randomBytes(4).toString('hex')}`) % 10_000_000n;
  return {
    ...(people.aziz as Person),
    phone: `+99890${digits.toString().padStart(7, '0')}`,
    email: `${tag}-${digits}@example.uz`,
  };
}

function documents(): readonly Record<string, unknown>[] {
  const n = (BigInt(`0x${randomBytes(4).toString('hex')}`) % 10_000_000n)
    .toString()
    .padStart(7, '0');
  return [
    {
      kind: 'foreign_passport',
      number: `FA ${n}`,
      country: 'UZB',
      issueDate: '10.01.2020',
      expiryDate: '09.01.2030',
    },
    {
      kind: 'migration_card',
      number: `4012 ${n}`,
      entryDate: '15.02.2026',
      stayUntil: '14.05.2026',
    },
  ];
}

/** The journal's `account.created` entries about an account. */
async function createdEntries(kabinet: Kabinet, accountId: string): Promise<number> {
  const page = await kabinet.journal.query(
    { subject: { type: 'account', id: accountId }, action: 'account.created' },
    { limit: 100 },
  );
  return page.items.length;
}

/** Registers up to the last step, then runs `create` with the journal's write failing. */
async function createWithFailingJournal(atomic: boolean) {
  const clock = createFakeClock(Date.UTC(2026, 2, 2, 6));
  const faults = faultyPool();
  const backend = createPostgresStores({ pool: faults.pool, clock, schema });
  const { unitOfWork: _unitOfWork, journalOutbox: _journalOutbox, ...direct } = backend;
  const kabinet = createKabinet({
    ...inMemoryPorts({ clock }),
    keys: generateDevelopmentKeys('atomic'),
    clock,
    // Without its unit of work the backend gives direct units (each write, then its entries).
    backend: atomic ? backend : direct,
    scanFile: async () => 'clean',
    policy: { account },
    payments: simulatedPayments({ clock }),
  });
  try {
    expect(accountContextOf(kabinet).units.atomic).toBe(atomic);
    const who = person(atomic ? 'atomic' : 'direct');
    const access = await startRegistration(
      { kabinet, clock, print: silentPrinter },
      who,
      documents(),
    );
    // The unit's outbox insert, or the direct append's chain insert.
    faults.arm(/INSERT INTO [^(]*kabinet_journal_(outbox|entries)\b/);
    const failed = await kabinet.registration.create(access).catch((error: unknown) => error);
    faults.disarm();
    expect(failed).toBeInstanceOf(Error);
    expect(faults.hits()).toBeGreaterThan(0);
    const owner = await accountContextOf(kabinet).stores.accounts.findByKey(
      `phone:${accountContextOf(kabinet).blindIndex('phone', e164(who.phone))}`,
    );
    const draft = await accountContextOf(kabinet).stores.drafts.get(access.draftId);
    return { kabinet, clock, who, access, owner, draft, faults };
  } catch (error) {
    await kabinet.close();
    throw error;
  }
}

beforeAll(async () => {
  await migrate(pool, { schema });
});

afterAll(async () => {
  await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await pool.end();
});

describe('S-14: an account step and its journal entry commit together on PostgreSQL', () => {
  it('S-14, AUD-1: when the journal write fails inside account creation, no account exists and the draft is not claimed; the retry creates it with exactly one account.created entry', async () => {
    const { kabinet, access, owner, draft } = await createWithFailingJournal(true);
    try {
      expect(owner).toBeUndefined();
      expect(draft?.accountId).toBeUndefined();
      const created = await kabinet.registration.create(access);
      expect(created).toMatchObject({ success: true });
      if (!created.success) return;
      expect(await createdEntries(kabinet, created.data.accountId)).toBe(1);
      expect(await kabinet.journal.verify()).toMatchObject({ ok: true });
    } finally {
      await kabinet.close();
    }
  });

  it('S-14, ACC-2: when the journal write fails inside an account step (the documents check raising the level), the account keeps its version and level and gains no entry', async () => {
    const { kabinet, clock, who, access, faults } = await createWithFailingJournal(true);
    try {
      const created = await kabinet.registration.create(access);
      if (!created.success) throw new Error(JSON.stringify(created.issues));
      const id = created.data.accountId;
      clock.advance(2 * 60_000);
      const session = await loginWithSms(
        { kabinet, clock, print: silentPrinter },
        who,
        '203.0.113.40',
      );
      const before = await accountContextOf(kabinet).stores.accounts.get(id);
      const entries = async () =>
        (await kabinet.journal.query({ subject: { type: 'account', id } }, { limit: 500 })).items
          .length;
      const journaled = await entries();
      faults.arm(/INSERT INTO [^(]*kabinet_journal_outbox\b/);
      const failed = await kabinet.identity
        .checkDocuments(session.auth)
        .catch((error: unknown) => error);
      faults.disarm();
      expect(failed).toBeInstanceOf(Error);
      const after = await accountContextOf(kabinet).stores.accounts.get(id);
      expect({ version: after?.version, level: after?.level }).toEqual({
        version: before?.version,
        level: 'simplified',
      });
      expect(await entries()).toBe(journaled);
      expect(await kabinet.identity.checkDocuments(session.auth)).toMatchObject({ success: true });
      expect((await accountContextOf(kabinet).stores.accounts.get(id))?.level).toBe('standard');
      expect(await entries()).toBeGreaterThan(journaled);
    } finally {
      await kabinet.close();
    }
  });

  it("S-14, PAY-3: when the journal write fails inside a payment's creation, no payment exists; the retry creates exactly one with one payment.created entry", async () => {
    const { kabinet, clock, access, faults } = await createWithFailingJournal(true);
    try {
      const created = await kabinet.registration.create(access);
      if (!created.success) throw new Error(JSON.stringify(created.issues));
      const accountId = created.data.accountId;
      clock.advance(2 * 60_000);
      const charge = await kabinet.payments.issueCharge({
        accountId,
        dutyCode: kabinet.payments.listDuties()[0]!.code,
      });
      if (!charge.success) throw new Error(JSON.stringify(charge.issues));
      const input = { accountId, accountLevel: 'simplified' as const, uin: charge.data.uin };
      faults.arm(/INSERT INTO [^(]*kabinet_journal_outbox\b/);
      const failed = await kabinet.payments.createPayment(input).catch((error: unknown) => error);
      faults.disarm();
      expect(failed).toBeInstanceOf(Error);
      const rows = async () =>
        (
          await pool.query(`SELECT id FROM "${schema}".kabinet_payments WHERE uin = $1`, [
            charge.data.uin,
          ])
        ).rows.map((r: { id: string }) => r.id);
      expect(await rows()).toEqual([]);
      const paid = await kabinet.payments.createPayment(input);
      expect(paid).toMatchObject({ success: true });
      expect(await rows()).toHaveLength(1);
      const entries = await kabinet.journal.query(
        { subject: { type: 'account', id: accountId }, action: 'payment.created' },
        { limit: 10 },
      );
      expect(entries.items).toHaveLength(1);
    } finally {
      await kabinet.close();
    }
  });

  it('S-14 negative control: without the unit of work the same failure leaves an account with no account.created entry', async () => {
    const { kabinet, owner } = await createWithFailingJournal(false);
    try {
      expect(owner).toBeDefined();
      expect(await createdEntries(kabinet, owner!.id)).toBe(0);
    } finally {
      await kabinet.close();
    }
  });
});
