// The PostgreSQL payment store beyond the shared contract (which postgres-contract.test.ts
// runs): races between two instances on separate pools, decided by the unique indexes and the
// guarded update; negative controls that drop a deciding index and watch the same race produce
// many winners; what PostgreSQL cannot store; the listing's index; failing closed.
import { KabinetError } from '@kabinet/core';
import type { PaymentRecord, PaymentStore } from '@kabinet/ports';
import { createPaymentFixtures } from '@kabinet/ports/contract';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlPool } from '../src/pool/sql-pool.js';
import { createPostgresPaymentStore } from '../src/payments/index.js';
import { openTestSchema, type TestDatabase } from './_lib/test-database.js';
import { createFakeClock, type FakeClock } from '@kabinet/core/testing';

const PARALLEL = 16;

let db: TestDatabase;
let clock: FakeClock;
/** Two instances: separate pools, so the racing statements run on separate connections. */
let a: PaymentStore;
let b: PaymentStore;

beforeAll(async () => {
  db = await openTestSchema('payments');
  clock = createFakeClock();
  a = createPostgresPaymentStore({ pool: db.openPool(PARALLEL), clock, schema: db.schema });
  b = createPostgresPaymentStore({ pool: db.openPool(PARALLEL), clock, schema: db.schema });
});
afterAll(async () => {
  await db.close();
});

let sequence = 0;
const unique = (prefix: string): string =>
  `${prefix}_${(++sequence).toString(36).padStart(5, '0')}`;

const { payment, attempt, method } = createPaymentFixtures(() => clock.now());

/** The instance of the i-th racer: alternating, so every race spans both pools. */
const on = (i: number, stores: readonly PaymentStore[] = [a, b]): PaymentStore =>
  stores[i % stores.length]!;

/** Settles every call; the winners' values. Every loser must have failed with a conflict. */
async function winners<T>(calls: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(calls);
  const losers = settled.filter((s) => s.status === 'rejected').map((s) => s.reason as unknown);
  for (const reason of losers)
    expect(KabinetError.isInstance(reason) && reason.code, String(reason)).toBe('ERR_CONFLICT');
  return settled
    .filter((s) => s.status === 'fulfilled')
    .map((s) => (s as PromiseFulfilledResult<T>).value);
}

const count = async (
  sql: string,
  values: readonly unknown[],
  schema = db.schema,
): Promise<number> =>
  Number(
    (await db.pool.query<{ n: string }>(sql.replaceAll('$schema', `"${schema}"`), values)).rows[0]!
      .n,
  );

/**
 * The races as observations (how many racers won), so the negative controls below can run the
 * very same race on a schema with an index dropped.
 */
const races = {
  async activeUin(stores: readonly PaymentStore[]): Promise<{ won: number; uin: string }> {
    const uin = unique('uin');
    const won = await winners(
      Array.from({ length: PARALLEL }, (_, i) => on(i, stores).payments.create(payment({ uin }))),
    );
    return { won: won.length, uin };
  },
  async succeededAttempt(stores: readonly PaymentStore[]): Promise<number> {
    const paymentId = unique('pay');
    const rivals = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        on(i, stores).attempts.create(
          attempt({ paymentId, sequence: i + 1, status: 'processing' }),
        ),
      ),
    );
    const won = await winners(
      rivals.map((r, i) =>
        on(i + 1, stores).attempts.update(
          { ...r, status: 'succeeded', authorizedKopecks: 350_000, capturedKopecks: 350_000 },
          1,
        ),
      ),
    );
    return won.length;
  },
  async activeFingerprint(stores: readonly PaymentStore[]): Promise<number> {
    const accountId = unique('acc');
    const fingerprint = unique('fp');
    return (
      await winners(
        Array.from({ length: PARALLEL }, (_, i) =>
          on(i, stores).methods.create(method({ accountId, fingerprint })),
        ),
      )
    ).length;
  },
};

/**
 * The worst interleaving, made certain: every racer on a connection of its own inside an open
 * transaction, so each one's guard sees none of the others' writes. The first write to return
 * commits; the rest were waiting on its index entry and must now fail as conflicts. Returns how
 * many won.
 */
async function raceInOpenTransactions(
  calls: readonly ((store: PaymentStore) => Promise<unknown>)[],
): Promise<number> {
  const clients = await Promise.all(calls.map(() => db.pool.connect()));
  try {
    await Promise.all(clients.map((c) => c.query('BEGIN')));
    const writes = calls.map((call, i) =>
      call(createPostgresPaymentStore({ pool: clients[i]!, clock, schema: db.schema })).then(
        () => i,
      ),
    );
    const first = await Promise.race(writes);
    await clients[first]!.query('COMMIT');
    return (await winners(writes)).length;
  } finally {
    // Dropped, not returned: a failed run must not leave an open transaction in the pool.
    for (const c of clients) c.release(true);
  }
}

describe('two instances on separate pools race; the database decides', () => {
  it(`of ${PARALLEL} creates of one УИН exactly one wins; one active row is stored`, async () => {
    const { won, uin } = await races.activeUin([a, b]);
    expect(won).toBe(1);
    expect(
      await count(
        `SELECT count(*) AS n FROM $schema.kabinet_payments WHERE uin = $1 AND status <> 'canceled'`,
        [uin],
      ),
    ).toBe(1);
  });

  it(`of ${PARALLEL} creates of one transaction number exactly one wins`, async () => {
    const transactionNumber = unique('txn');
    expect(
      await winners(
        Array.from({ length: PARALLEL }, (_, i) =>
          on(i).payments.create(payment({ transactionNumber })),
        ),
      ),
    ).toHaveLength(1);
  });

  it(`S-15: of ${PARALLEL} updates from one version exactly one wins, and the stored row is the winner's`, async () => {
    const created = await a.payments.create(payment());
    const won = await winners(
      Array.from({ length: PARALLEL }, (_, i) =>
        on(i).payments.update({ ...created, attemptCount: i + 1 }, 1),
      ),
    );
    expect(won).toHaveLength(1);
    expect(await b.payments.get(created.id)).toEqual(won[0]);
  });

  it(`cancelling frees the УИН: a cancel racing ${PARALLEL} creates of the same УИН never leaves two active payments`, async () => {
    const first = await a.payments.create(payment());
    const calls: Promise<unknown>[] = [
      a.payments.update(
        { ...first, status: 'canceled', cancellation: { reason: 'by_payer', at: clock.now() } },
        1,
      ),
    ];
    for (let i = 0; i < PARALLEL; i++)
      calls.push(on(i).payments.create(payment({ uin: first.uin })));
    const won = await winners(calls);
    expect(won.length).toBeGreaterThanOrEqual(1);
    expect(
      await count(
        `SELECT count(*) AS n FROM $schema.kabinet_payments WHERE uin = $1 AND status <> 'canceled'`,
        [first.uin],
      ),
    ).toBeLessThanOrEqual(1);
    expect((await a.payments.get(first.id))?.status).toBe('canceled');
  });

  it(`of ${PARALLEL} attempts of one payment turning succeeded exactly one wins`, async () => {
    expect(await races.succeededAttempt([a, b])).toBe(1);
  });

  it('when every racer passed the guard (none saw the others), the unique indexes still let exactly one win: succeeded attempt, provider object, reactivated method', async () => {
    const paymentId = unique('pay');
    const open = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        a.attempts.create(attempt({ paymentId, sequence: i + 1, status: 'processing' })),
      ),
    );
    expect(
      await raceInOpenTransactions(
        open.map(
          (r) => (s: PaymentStore) =>
            s.attempts.update(
              { ...r, status: 'succeeded', authorizedKopecks: 350_000, capturedKopecks: 350_000 },
              1,
            ),
        ),
      ),
    ).toBe(1);
    expect(
      (await a.attempts.listByPayment(paymentId)).filter((x) => x.status === 'succeeded'),
    ).toHaveLength(1);

    const providerPaymentId = unique('obj');
    const unbound = await Promise.all(
      Array.from({ length: 8 }, () => a.attempts.create(attempt())),
    );
    expect(
      await raceInOpenTransactions(
        unbound.map((r) => (s: PaymentStore) => s.attempts.update({ ...r, providerPaymentId }, 1)),
      ),
    ).toBe(1);

    const accountId = unique('acc');
    const fingerprint = unique('fp');
    const removed = await Promise.all(
      Array.from({ length: 8 }, () =>
        a.methods.create(method({ accountId, fingerprint, status: 'removed' })),
      ),
    );
    expect(
      await raceInOpenTransactions(
        removed.map((m) => (s: PaymentStore) => s.methods.update({ ...m, status: 'active' }, 1)),
      ),
    ).toBe(1);
    expect(await b.methods.findActiveByFingerprint(accountId, fingerprint)).toBeDefined();
  });

  it(`of ${PARALLEL} attempts claiming one provider object (create and update) exactly one holds it`, async () => {
    const providerPaymentId = unique('obj');
    const open = await Promise.all(
      Array.from({ length: PARALLEL / 2 }, () => a.attempts.create(attempt())),
    );
    const calls = [
      ...open.map((r, i) => on(i).attempts.update({ ...r, providerPaymentId }, 1)),
      ...Array.from({ length: PARALLEL / 2 }, (_, i) =>
        on(i).attempts.create(attempt({ providerPaymentId })),
      ),
    ];
    expect(await winners<unknown>(calls)).toHaveLength(1);
    expect(
      await count(
        `SELECT count(*) AS n FROM $schema.kabinet_payment_attempts WHERE provider = 'sim' AND provider_payment_id = $1`,
        [providerPaymentId],
      ),
    ).toBe(1);
  });

  it(`of ${PARALLEL} bindings of one instrument to one account exactly one is active; so is one of ${PARALLEL} reactivations`, async () => {
    expect(await races.activeFingerprint([a, b])).toBe(1);
    const accountId = unique('acc');
    const fingerprint = unique('fp');
    const removed = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        a.methods.create(method({ accountId, fingerprint, status: 'removed' })),
      ),
    );
    const won = await winners(
      removed.map((m, i) => on(i).methods.update({ ...m, status: 'active' }, 1)),
    );
    expect(won).toHaveLength(1);
    expect((await b.methods.findActiveByFingerprint(accountId, fingerprint))?.id).toBe(won[0]!.id);
  });

  it(`S-16: of ${PARALLEL} claims of one idempotency key exactly one is created; the others replay its resource or see the mismatch`, async () => {
    const key = unique('idem');
    const now = clock.now();
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        on(i).idempotency.claim({
          key,
          fingerprint: i % 4 === 3 ? 'sha256:b' : 'sha256:a',
          resourceId: `att_${i}`,
          createdAt: now,
          expiresAt: now + 60_000,
        }),
      ),
    );
    const created = results.filter((r) => r.outcome === 'created');
    expect(created).toHaveLength(1);
    const winner = created[0]!.record;
    results.forEach((r, i) => {
      expect(r.record).toEqual(winner);
      const mine = i % 4 === 3 ? 'sha256:b' : 'sha256:a';
      if (r.outcome !== 'created')
        expect(r.outcome).toBe(mine === winner.fingerprint ? 'replay' : 'mismatch');
    });
  });

  it(`S-16: of ${PARALLEL} claims of an expired key exactly one replaces it`, async () => {
    const key = unique('idem');
    const now = clock.now();
    await a.idempotency.claim({
      key,
      fingerprint: 'old',
      resourceId: 'att_old',
      createdAt: now,
      expiresAt: now + 10,
    });
    clock.advance(10);
    const later = clock.now();
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        on(i).idempotency.claim({
          key,
          fingerprint: 'new',
          resourceId: `att_${i}`,
          createdAt: later,
          expiresAt: later + 60_000,
        }),
      ),
    );
    expect(results.filter((r) => r.outcome === 'created')).toHaveLength(1);
    expect(results.filter((r) => r.outcome === 'replay')).toHaveLength(PARALLEL - 1);
  });

  it(`S-16: of ${PARALLEL} marks of one callback, also once its entry expired, exactly one is new`, async () => {
    const eventKey = unique('evt');
    const now = clock.now();
    const mark = (i: number, at: number) =>
      on(i).callbacks.markProcessed({
        provider: 'sim',
        eventKey,
        processedAt: at,
        expiresAt: at + 10,
      });
    expect(
      (await Promise.all(Array.from({ length: PARALLEL }, (_, i) => mark(i, now)))).filter(Boolean),
    ).toHaveLength(1);
    clock.advance(10);
    expect(
      (await Promise.all(Array.from({ length: PARALLEL }, (_, i) => mark(i, clock.now())))).filter(
        Boolean,
      ),
    ).toHaveLength(1);
  });
});

describe('negative controls: the same races on a schema without the deciding index have several winners', () => {
  let broken: TestDatabase;
  let peers: PaymentStore[];
  beforeAll(async () => {
    broken = await openTestSchema('payments_broken', PARALLEL + 2);
    const s = `"${broken.schema}"`;
    await broken.pool.query(
      `DROP INDEX ${s}.kabinet_payments_active_uin; DROP INDEX ${s}.kabinet_payment_attempts_one_succeeded; DROP INDEX ${s}.kabinet_payment_methods_active_fingerprint`,
    );
    peers = [0, 1].map(() =>
      createPostgresPaymentStore({ pool: broken.openPool(PARALLEL), clock, schema: broken.schema }),
    );
  });
  afterAll(async () => {
    await broken.close();
  });

  it('without kabinet_payments_active_uin every create of the УИН wins', async () => {
    expect((await races.activeUin(peers)).won).toBe(PARALLEL);
  });

  it("without kabinet_payment_attempts_one_succeeded every attempt turns succeeded: the update's own NOT EXISTS check sees only committed rows", async () => {
    const paymentId = unique('pay');
    const rivals = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        peers[0]!.attempts.create(attempt({ paymentId, sequence: i + 1, status: 'processing' })),
      ),
    );
    // Every racer on a connection of its own inside an open transaction, committed only once all
    // have written: the worst interleaving, made certain.
    const clients = await Promise.all(rivals.map(() => broken.pool.connect()));
    try {
      await Promise.all(clients.map((c) => c.query('BEGIN')));
      const won = await winners(
        rivals.map((r, i) =>
          createPostgresPaymentStore({
            pool: clients[i]!,
            clock,
            schema: broken.schema,
          }).attempts.update(
            { ...r, status: 'succeeded', authorizedKopecks: 350_000, capturedKopecks: 350_000 },
            1,
          ),
        ),
      );
      await Promise.all(clients.map((c) => c.query('COMMIT')));
      expect(won).toHaveLength(PARALLEL);
    } finally {
      for (const c of clients) c.release(true);
    }
    expect(
      (await peers[1]!.attempts.listByPayment(paymentId)).filter((x) => x.status === 'succeeded'),
    ).toHaveLength(PARALLEL);
  });

  it('without kabinet_payment_methods_active_fingerprint every binding is active', async () => {
    expect(await races.activeFingerprint(peers)).toBe(PARALLEL);
  });
});

describe('what PostgreSQL cannot store', () => {
  it('a NUL character or a lone surrogate anywhere in a record is ERR_INVALID_ARGUMENT on every write, and nothing is stored', async () => {
    const writes: [string, () => Promise<unknown>][] = [
      ['payment uin', () => a.payments.create(payment({ uin: 'uin\u0000x' }))],
      ['payment nested', () => a.payments.create(payment({ serviceName: 'half \uD800 pair' }))],
      ['payment key', () => a.payments.create({ ...payment(), ['k\u0000']: 1 } as PaymentRecord)],
      [
        'attempt',
        () => a.attempts.create(attempt({ action: { kind: 'redirect', url: 'https://x/\u0000' } })),
      ],
      ['method', () => a.methods.create(method({ label: '\uDC00' }))],
      [
        'key',
        () =>
          a.idempotency.claim({
            key: 'k\u0000',
            fingerprint: 'f',
            resourceId: 'r',
            createdAt: 0,
            expiresAt: 1,
          }),
      ],
      [
        'callback',
        () =>
          a.callbacks.markProcessed({
            provider: 'sim',
            eventKey: 'e\uD800',
            processedAt: 0,
            expiresAt: 1,
          }),
      ],
      [
        'refund NaN',
        () =>
          a.payments.create(
            payment({
              status: 'paid',
              capturedKopecks: 10,
              refunds: [
                {
                  id: 'rf',
                  amountKopecks: 1,
                  status: 'pending',
                  idempotencyKey: 'rf',
                  createdAt: Number.NaN,
                  updatedAt: 0,
                },
              ],
            }),
          ),
      ],
    ];
    for (const [what, call] of writes) {
      await expect(call(), what).rejects.toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
    }
    expect(
      await count(
        `SELECT count(*) AS n FROM $schema.kabinet_payments WHERE data::text LIKE '%half%'`,
        [],
      ),
    ).toBe(0);
    const created = await a.payments.create(payment());
    await expect(a.payments.update({ ...created, serviceName: '\u0000' }, 1)).rejects.toMatchObject(
      { code: 'ERR_INVALID_ARGUMENT' },
    );
    await expect(a.payments.update({ ...created, serviceName: '\u0000' }, 2)).rejects.toMatchObject(
      { code: 'ERR_CONFLICT' },
    );
  });

  it('looking such a string up finds nothing, also when a stored key holds U+FFFD (the driver would send a lone surrogate as U+FFFD)', async () => {
    const replacement = await a.payments.create(
      payment({
        id: unique('pay\uFFFD'),
        uin: unique('uin\uFFFD'),
        transactionNumber: unique('txn\uFFFD'),
      }),
    );
    const lone = (s: string): string => s.replace('\uFFFD', '\uD800');
    expect(await a.payments.get(lone(replacement.id))).toBeUndefined();
    expect(await a.payments.findActiveByUin(lone(replacement.uin))).toBeUndefined();
    expect(
      await a.payments.findByTransactionNumber(lone(replacement.transactionNumber)),
    ).toBeUndefined();
    expect(await a.payments.findActiveByUin(replacement.uin)).toEqual(replacement);
    expect(await a.payments.get('\u0000')).toBeUndefined();
    expect(await a.attempts.findByProviderPaymentId('sim', '\u0000')).toBeUndefined();
    expect(await a.attempts.listByPayment('\uD800')).toEqual([]);
    expect(await a.methods.findActiveByFingerprint('\u0000', 'fp')).toBeUndefined();
    expect(await a.methods.listByAccount('\u0000')).toEqual([]);
    expect(await a.idempotency.get('\u0000')).toBeUndefined();
    expect(await a.callbacks.has('sim', '\u0000')).toBe(false);
    expect(
      await a.payments.listByAccount({
        accountId: replacement.accountId.replace('acc', '\u0000'),
        limit: 5,
      }),
    ).toEqual({ items: [] });
    expect(
      (
        await a.payments.listByAccount({
          accountId: replacement.accountId,
          serviceTypes: ['\u0000', 'work_patent'],
          limit: 5,
        })
      ).items,
    ).toEqual([replacement]);
    await expect(
      a.payments.update({ ...replacement, id: lone(replacement.id) }, 1),
    ).rejects.toMatchObject({ code: 'ERR_CONFLICT' });
  });

  it('kopecks up to MAX_SAFE_INTEGER are exact in the JSONB and in the guard columns', async () => {
    const big = await a.payments.create(
      payment({
        amountKopecks: Number.MAX_SAFE_INTEGER,
        capturedKopecks: Number.MAX_SAFE_INTEGER,
        status: 'paid',
        createdAt: Number.MAX_SAFE_INTEGER,
      }),
    );
    const row = (
      await db.pool.query<{ amount: string; created: string }>(
        `SELECT data->>'amountKopecks' AS amount, created_at::text AS created FROM "${db.schema}".kabinet_payments WHERE id = $1`,
        [big.id],
      )
    ).rows[0]!;
    expect(row).toEqual({
      amount: String(Number.MAX_SAFE_INTEGER),
      created: String(Number.MAX_SAFE_INTEGER),
    });
    expect((await b.payments.update({ ...big, status: 'reconciled' }, 1)).amountKopecks).toBe(
      Number.MAX_SAFE_INTEGER,
    );
    await expect(
      b.payments.update({ ...big, amountKopecks: Number.MAX_SAFE_INTEGER - 1 }, 2),
    ).rejects.toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
  });
});

describe('PAY-5 listing runs on its index', () => {
  it('the listing query is an ordered scan of kabinet_payments_by_account with the keyset bound as an index condition, no sort', async () => {
    const s = `"${db.schema}"`;
    // Enough rows that a sequential scan would cost more, then fresh statistics.
    await db.pool.query(
      `INSERT INTO ${s}.kabinet_payments (id, account_id, uin, transaction_number, service_type, status, created_at, version, data)
       SELECT 'bulk_' || i, 'bulk_acc_' || (i % 200), 'bulk_uin_' || i, 'bulk_txn_' || i, CASE WHEN i % 3 = 0 THEN 'migration' ELSE 'work_patent' END, 'draft', i, 1, '{}'::jsonb
       FROM generate_series(1, 20000) AS i`,
    );
    await db.pool.query(`ANALYZE ${s}.kabinet_payments`);
    const seen: { text: string; values: readonly unknown[] }[] = [];
    const spy = {
      query: (text: string, values?: readonly unknown[]) => {
        seen.push({ text, values: values ?? [] });
        return db.pool.query(text, values);
      },
    } as unknown as SqlPool;
    const store = createPostgresPaymentStore({ pool: spy, clock, schema: db.schema });
    await store.payments.listByAccount({
      accountId: 'bulk_acc_7',
      from: 1000,
      to: 15_000,
      serviceTypes: ['work_patent'],
      statuses: ['draft', 'paid'],
      limit: 10,
      after: '9007~bulk_9007',
    });
    const listing = seen.at(-1)!;
    const plan = (
      await db.pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${listing.text}`, listing.values)
    ).rows
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    expect(plan).toMatch(/Index Scan Backward using kabinet_payments_by_account/);
    expect(plan).toMatch(/Index Cond: .*ROW\(created_at, id\) < ROW/);
    expect(plan).not.toMatch(/Sort/);
    await db.pool.query(`DELETE FROM ${s}.kabinet_payments WHERE id LIKE 'bulk\\_%'`);
  });
});

describe('faults', () => {
  it('fail closed: an unreachable database is ERR_UNAVAILABLE for reads, writes, claims and callbacks', async () => {
    // Nothing listens on port 1: every connection is refused.
    const dead = new pg.Pool({
      connectionString: 'postgresql://postgres@127.0.0.1:1/test',
      max: 1,
      connectionTimeoutMillis: 2_000,
    });
    dead.on('error', () => {});
    const store = createPostgresPaymentStore({ pool: dead, clock, schema: db.schema });
    const now = clock.now();
    for (const call of [
      () => store.payments.get('pay_x'),
      () => store.payments.create(payment()),
      () => store.payments.listByAccount({ accountId: 'acc_x', limit: 1 }),
      () =>
        store.idempotency.claim({
          key: 'k',
          fingerprint: 'f',
          resourceId: 'r',
          createdAt: now,
          expiresAt: now + 1,
        }),
      () =>
        store.callbacks.markProcessed({
          provider: 'sim',
          eventKey: 'e',
          processedAt: now,
          expiresAt: now + 1,
        }),
    ]) {
      await expect(call()).rejects.toMatchObject({
        code: 'ERR_UNAVAILABLE',
        details: { retryAfterSeconds: expect.any(Number) },
      });
    }
    await dead.end();
  });
});
