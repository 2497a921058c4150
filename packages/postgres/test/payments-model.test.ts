// Model-based properties of the PostgreSQL payment store: random sequences of every operation
// run against it and against the memory store (the reference of the port) side by side, and
// every answer, value or error, must be the same; and the listing against a filter over
// random payments with random ids and ties, page by page.
import { KabinetError } from '@kabinet/core';
import { createMemoryPaymentStore } from '@kabinet/memory';
import {
  ATTEMPT_STATUSES,
  type PaymentAttemptRecord,
  type PaymentListQuery,
  type PaymentMethodRecord,
  type PaymentRecord,
  type PaymentStatus,
  type PaymentStore,
} from '@kabinet/ports';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresPaymentStore } from '../src/payments/index.js';
import { openTestSchema, type TestDatabase } from './_lib/test-database.js';
import { createFakeClock, type FakeClock } from '@kabinet/core/testing';

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestSchema('payments_model');
});
afterAll(async () => {
  await db.close();
});

const PAYMENT_STATUSES: readonly PaymentStatus[] = [
  'draft',
  'requires_action',
  'processing',
  'authorized',
  'failed',
  'paid',
  'reconciled',
  'canceled',
  'refunded',
];

let runs = 0;
/** A namespace per run, so runs share the schema without seeing each other. */
const namespace = (): string =>
  `r${(++runs).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** What a call gave: its value as JSON would keep it, or its error's code and message. */
async function outcome(call: () => Promise<unknown>): Promise<unknown> {
  try {
    const value = await call();
    return {
      value: value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown),
    };
  } catch (error) {
    if (!KabinetError.isInstance(error)) throw error;
    return { error: error.code, message: error.message };
  }
}

const small = (prefix: string, n: number) =>
  fc.integer({ min: 1, max: n }).map((i) => `${prefix}${i}`);
/** Mostly `usual`, sometimes one of `rare`: valid writes dominate, misuse still shows up. */
const mostly = <T>(usual: fc.Arbitrary<T>, ...rare: T[]): fc.Arbitrary<T> =>
  fc.oneof({ weight: 5, arbitrary: usual }, { weight: 1, arbitrary: fc.constantFrom(...rare) });
/** The current version (undefined) mostly, sometimes a stale or future one. */
const version = (max: number) =>
  mostly(fc.constant(undefined), ...Array.from({ length: max + 1 }, (_, i) => i));

/** One operation of the port, on names from small pools so that they collide. */
const operation = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('createPayment' as const),
      id: small('p', 4),
      account: small('acc', 2),
      uin: small('u', 3),
      txn: small('t', 5),
      status: fc.constantFrom(...PAYMENT_STATUSES),
      at: fc.integer({ min: 0, max: 4 }),
      type: fc.constantFrom('work_patent', 'migration'),
      amount: mostly(fc.constantFrom(350_000, Number.MAX_SAFE_INTEGER), 0, 2.5, -1),
      captured: mostly(fc.constantFrom(0, 1, 350_000), 350_001),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('updatePayment' as const),
      id: small('p', 4),
      pick: fc.nat(),
      version: version(4),
      status: fc.option(fc.constantFrom(...PAYMENT_STATUSES), { nil: undefined }),
      change: mostly(
        fc.constantFrom('none', 'type', 'attemptCount', 'refund', 'captured'),
        'accountId',
        'uin',
        'amount',
        'createdAt',
      ),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('createAttempt' as const),
      id: small('a', 5),
      paymentId: small('p', 2),
      sequence: mostly(fc.integer({ min: 1, max: 3 }), 0),
      status: fc.constantFrom(...ATTEMPT_STATUSES),
      provider: fc.constantFrom('sim', 'other'),
      object: fc.option(small('o', 3), { nil: undefined }),
      key: small('k', 6),
      authorized: mostly(fc.constant(350_000), 0, 350_001),
      captured: mostly(fc.constantFrom(0, 350_000), 350_001),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('updateAttempt' as const),
      id: small('a', 5),
      pick: fc.nat(),
      version: version(4),
      status: fc.option(fc.constantFrom(...ATTEMPT_STATUSES), { nil: undefined }),
      object: fc.option(small('o', 3), { nil: undefined }),
      change: mostly(fc.constantFrom('none', 'amounts'), 'methodId', 'captureKey', 'dropObject'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('createMethod' as const),
      id: small('m', 4),
      account: small('acc', 2),
      fingerprint: small('f', 2),
      status: fc.constantFrom('active' as const, 'removed' as const),
      at: fc.integer({ min: 0, max: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('updateMethod' as const),
      id: small('m', 4),
      pick: fc.nat(),
      version: version(3),
      status: fc.constantFrom('active' as const, 'removed' as const),
      change: mostly(fc.constantFrom('none', 'label', 'verified'), 'fingerprint'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('claim' as const),
      key: small('i', 3),
      fingerprint: small('fp', 2),
      resource: small('res', 3),
      ttl: fc.integer({ min: -1, max: 3_000 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('mark' as const),
      provider: fc.constantFrom('sim', 'stripe'),
      event: small('e', 3),
      ttl: fc.integer({ min: 1, max: 3_000 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('advance' as const),
      ms: fc.integer({ min: 0, max: 2_000 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('list' as const),
      account: small('acc', 2),
      from: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
      to: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      types: fc.option(fc.subarray(['work_patent', 'migration']), { nil: undefined }),
      statuses: fc.option(fc.subarray([...PAYMENT_STATUSES]), { nil: undefined }),
      limit: fc.integer({ min: 1, max: 4 }),
    }),
  },
);
type Operation = typeof operation extends fc.Arbitrary<infer O> ? O : never;

type Call = (store: PaymentStore) => Promise<unknown>;

/** Usually one of the records that exist (so most updates meet a real row), else the named one. */
async function target<T>(
  read: (id: string) => Promise<T | undefined>,
  ids: readonly string[],
  named: string,
  pick: number,
): Promise<T | undefined> {
  const existing = (await Promise.all(ids.map(read))).filter(
    (r): r is Awaited<T> => r !== undefined,
  );
  return existing.length > 0 && pick % 5 !== 0 ? existing[pick % existing.length] : read(named);
}
const names = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

/** One operation as a call either store can run; updates start from the memory store's current record. */
async function prepare(
  memory: PaymentStore,
  op: Operation,
  ns: string,
  base: number,
  clock: FakeClock,
): Promise<Call> {
  const n = (name: string): string => `${ns}_${name}`;
  switch (op.op) {
    case 'createPayment':
      return (store) =>
        outcome(() =>
          store.payments.create({
            id: n(op.id),
            accountId: n(op.account),
            uin: n(op.uin),
            transactionNumber: n(op.txn),
            serviceType: op.type,
            amountKopecks: op.amount,
            status: op.status,
            createdAt: base + op.at * 1000,
            updatedAt: clock.now(),
            attemptCount: 0,
            capturedKopecks: op.captured,
            refunds: [],
          }),
        );
    case 'updatePayment': {
      const current = await target(
        (id) => memory.payments.get(id),
        names('p', 4).map(n),
        n(op.id),
        op.pick,
      );
      const from: PaymentRecord = current ?? {
        id: n(op.id),
        accountId: n('acc1'),
        uin: n('u1'),
        transactionNumber: n('t1'),
        serviceType: 'migration',
        amountKopecks: 1,
        status: 'draft',
        createdAt: base,
        updatedAt: base,
        attemptCount: 0,
        capturedKopecks: 0,
        refunds: [],
      };
      const { version: _v, ...fields } = from as PaymentRecord & { version?: number };
      const changes: Record<string, Partial<PaymentRecord>> = {
        none: {},
        type: { serviceType: 'residence_permit' },
        attemptCount: { attemptCount: fields.attemptCount + 1 },
        refund: {
          refunds: [
            ...fields.refunds,
            {
              id: 'rf',
              amountKopecks: 1,
              status: 'pending',
              idempotencyKey: 'rf',
              createdAt: base,
              updatedAt: base,
            },
          ],
        },
        accountId: { accountId: n('acc9') },
        uin: { uin: n('u9') },
        amount: { amountKopecks: fields.amountKopecks + 1 },
        createdAt: { createdAt: fields.createdAt + 1 },
        captured: { capturedKopecks: Math.min(fields.amountKopecks, 350_000) },
      };
      const record = {
        ...fields,
        ...changes[op.change],
        ...(op.status === undefined ? {} : { status: op.status }),
        updatedAt: clock.now(),
      };
      return (store) =>
        outcome(() => store.payments.update(record, op.version ?? current?.version ?? 1));
    }
    case 'createAttempt':
      return (store) =>
        outcome(() =>
          store.attempts.create({
            id: n(op.id),
            paymentId: n(op.paymentId),
            accountId: n('acc1'),
            sequence: op.sequence,
            methodKind: 'card',
            provider: op.provider,
            ...(op.object === undefined ? {} : { providerPaymentId: n(op.object) }),
            idempotencyKey: n(op.key),
            captureKey: `${n(op.paymentId)}:${n(op.id)}:capture`,
            status: op.status,
            amountKopecks: 350_000,
            authorizedKopecks: op.authorized,
            capturedKopecks: op.captured,
            createdAt: base,
            updatedAt: clock.now(),
          }),
        );
    case 'updateAttempt': {
      const current = await target(
        (id) => memory.attempts.get(id),
        names('a', 5).map(n),
        n(op.id),
        op.pick,
      );
      const from: PaymentAttemptRecord = current ?? {
        id: n(op.id),
        paymentId: n('p1'),
        accountId: n('acc1'),
        sequence: 1,
        methodKind: 'card',
        provider: 'sim',
        idempotencyKey: n('k9'),
        captureKey: 'c',
        status: 'created',
        amountKopecks: 350_000,
        authorizedKopecks: 0,
        capturedKopecks: 0,
        createdAt: base,
        updatedAt: base,
      };
      const {
        version: _v,
        providerPaymentId,
        ...fields
      } = from as PaymentAttemptRecord & { version?: number };
      const object =
        op.change === 'dropObject'
          ? undefined
          : op.object === undefined
            ? providerPaymentId
            : n(op.object);
      const changes: Record<string, Partial<PaymentAttemptRecord>> = {
        none: {},
        amounts: { authorizedKopecks: 350_000, capturedKopecks: 350_000 },
        methodId: { methodId: n('pm') },
        captureKey: { captureKey: 'other' },
        dropObject: {},
      };
      const record = {
        ...fields,
        ...(object === undefined ? {} : { providerPaymentId: object }),
        ...changes[op.change],
        ...(op.status === undefined ? {} : { status: op.status }),
        updatedAt: clock.now(),
      };
      return (store) =>
        outcome(() => store.attempts.update(record, op.version ?? current?.version ?? 1));
    }
    case 'createMethod':
      return (store) =>
        outcome(() =>
          store.methods.create({
            id: n(op.id),
            accountId: n(op.account),
            kind: 'card',
            label: 'Visa •••• 4242',
            fingerprint: n(op.fingerprint),
            providerToken: 'tok',
            check: 'sms_code',
            status: op.status,
            createdAt: base + op.at * 1000,
            updatedAt: clock.now(),
          }),
        );
    case 'updateMethod': {
      const current = await target(
        (id) => memory.methods.get(id),
        names('m', 4).map(n),
        n(op.id),
        op.pick,
      );
      const from: PaymentMethodRecord = current ?? {
        id: n(op.id),
        accountId: n('acc1'),
        kind: 'card',
        label: 'x',
        fingerprint: n('f1'),
        providerToken: 'tok',
        check: 'sms_code',
        status: 'active',
        createdAt: base,
        updatedAt: base,
      };
      const { version: _v, ...fields } = from as PaymentMethodRecord & { version?: number };
      const changes: Record<string, Partial<PaymentMethodRecord>> = {
        none: {},
        label: { label: 'Mir •••• 0001' },
        fingerprint: { fingerprint: n('f9') },
        verified: { verifiedAt: clock.now() },
      };
      const record = {
        ...fields,
        ...changes[op.change],
        status: op.status,
        updatedAt: clock.now(),
      };
      return (store) =>
        outcome(() => store.methods.update(record, op.version ?? current?.version ?? 1));
    }
    case 'claim': {
      const now = clock.now();
      return (store) =>
        outcome(() =>
          store.idempotency.claim({
            key: n(op.key),
            fingerprint: op.fingerprint,
            resourceId: op.resource,
            createdAt: now,
            expiresAt: now + op.ttl,
          }),
        );
    }
    case 'mark': {
      const now = clock.now();
      return (store) =>
        outcome(() =>
          store.callbacks.markProcessed({
            provider: op.provider,
            eventKey: n(op.event),
            paymentId: n('p1'),
            processedAt: now,
            expiresAt: now + op.ttl,
          }),
        );
    }
    case 'advance':
      return async () => undefined;
    case 'list': {
      const query: PaymentListQuery = {
        accountId: n(op.account),
        limit: op.limit,
        ...(op.from === undefined ? {} : { from: base + op.from * 1000 }),
        ...(op.to === undefined ? {} : { to: base + op.to * 1000 }),
        ...(op.types === undefined ? {} : { serviceTypes: op.types }),
        ...(op.statuses === undefined ? {} : { statuses: op.statuses }),
      };
      return async (store) => {
        const pages: unknown[] = [];
        let after: string | undefined;
        do {
          const page = await outcome(() =>
            store.payments.listByAccount({ ...query, ...(after === undefined ? {} : { after }) }),
          );
          pages.push(page);
          after = (page as { value?: { nextCursor?: string } }).value?.nextCursor;
        } while (after !== undefined && pages.length < 30);
        return pages;
      };
    }
  }
}

/** Every read of the port over the names a run can use. */
async function snapshot(store: PaymentStore, ns: string): Promise<unknown> {
  const n = (name: string): string => `${ns}_${name}`;
  const range = (prefix: string, count: number): string[] =>
    Array.from({ length: count }, (_, i) => n(`${prefix}${i + 1}`));
  return outcome(async () => ({
    payments: await Promise.all(range('p', 5).map((id) => store.payments.get(id))),
    byTxn: await Promise.all(range('t', 5).map((t) => store.payments.findByTransactionNumber(t))),
    byUin: await Promise.all(range('u', 3).map((u) => store.payments.findActiveByUin(u))),
    attempts: await Promise.all(range('a', 5).map((id) => store.attempts.get(id))),
    byObject: await Promise.all(
      range('o', 3).flatMap((o) =>
        ['sim', 'other'].map((p) => store.attempts.findByProviderPaymentId(p, o)),
      ),
    ),
    byPayment: await Promise.all(range('p', 2).map((p) => store.attempts.listByPayment(p))),
    methods: await Promise.all(range('m', 4).map((id) => store.methods.get(id))),
    methodsOf: await Promise.all(range('acc', 2).map((acc) => store.methods.listByAccount(acc))),
    active: await Promise.all(
      range('acc', 2).flatMap((acc) =>
        range('f', 2).map((f) => store.methods.findActiveByFingerprint(acc, f)),
      ),
    ),
    keys: await Promise.all(range('i', 3).map((k) => store.idempotency.get(k))),
    callbacks: await Promise.all(
      range('e', 3).flatMap((e) => ['sim', 'stripe'].map((p) => store.callbacks.has(p, e))),
    ),
  }));
}

describe('the PostgreSQL payment store answers like the memory store', () => {
  it('every operation in random sequences gives the same value or the same error, and every read agrees afterwards (model-based)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 10, maxLength: 60 }), async (ops) => {
        const clock = createFakeClock();
        const memory = createMemoryPaymentStore({ clock });
        const postgres = createPostgresPaymentStore({ pool: db.pool, clock, schema: db.schema });
        const ns = namespace();
        const base = clock.now();
        for (const [index, op] of ops.entries()) {
          const call = await prepare(memory, op, ns, base, clock);
          const expected = await call(memory);
          const actual = await call(postgres);
          expect({ index, op: op.op, answer: actual }).toEqual({
            index,
            op: op.op,
            answer: expected,
          });
          if (op.op === 'advance') clock.advance(op.ms);
        }
        expect(await snapshot(postgres, ns)).toEqual(await snapshot(memory, ns));
      }),
      { numRuns: 40 },
    );
  });
});

describe('PAY-5 listing against a model filter', () => {
  const TYPES = ['work_patent', 'migration', 'residence_permit'] as const;
  const row = fc.record({
    // Ids of the cursor's alphabet, upper and lower case: the order must be JavaScript's `<`.
    suffix: fc.string({ unit: fc.constantFrom(...'aAbBzZ09_-'), minLength: 1, maxLength: 6 }),
    at: fc.integer({ min: 0, max: 5 }),
    type: fc.constantFrom(...TYPES),
    status: fc.constantFrom(...PAYMENT_STATUSES),
  });
  const filter = fc.record(
    {
      from: fc.integer({ min: -1, max: 6 }),
      to: fc.integer({ min: -1, max: 7 }),
      types: fc.subarray([...TYPES]),
      statuses: fc.subarray([...PAYMENT_STATUSES]),
    },
    { requiredKeys: [] },
  );

  it('every page is the next slice of the filtered payments, newest first then id descending; each match is visited once (property)', async () => {
    const store = createPostgresPaymentStore({
      pool: db.pool,
      clock: createFakeClock(),
      schema: db.schema,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(row, { selector: (r) => r.suffix, maxLength: 30 }),
        filter,
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(0, 1_767_225_600_000, Number.MAX_SAFE_INTEGER - 10),
        async (rows, f, limit, base) => {
          const ns = namespace();
          const accountId = `${ns}_acc`;
          const stored: PaymentRecord[] = [];
          for (const r of rows) {
            const p = {
              id: `${ns}-${r.suffix}`,
              accountId,
              uin: `${ns}_u_${r.suffix}`,
              transactionNumber: `${ns}_t_${r.suffix}`,
              serviceType: r.type,
              amountKopecks: 1,
              status: r.status,
              createdAt: base + r.at,
              updatedAt: base,
              attemptCount: 0,
              capturedKopecks: 0,
              refunds: [],
            };
            // Each payment has a УИН of its own, so even non-cancelled ones never collide.
            await store.payments.create(p);
            stored.push(p);
          }
          const query = {
            accountId,
            limit,
            ...(f.from === undefined ? {} : { from: base + f.from }),
            ...(f.to === undefined ? {} : { to: base + f.to }),
            ...(f.types === undefined ? {} : { serviceTypes: f.types }),
            ...(f.statuses === undefined ? {} : { statuses: f.statuses }),
          };
          const expected = stored
            .filter(
              (p) =>
                (query.from === undefined || p.createdAt >= query.from) &&
                (query.to === undefined || p.createdAt < query.to),
            )
            .filter(
              (p) =>
                (f.types === undefined || (f.types as readonly string[]).includes(p.serviceType)) &&
                (f.statuses === undefined || f.statuses.includes(p.status)),
            )
            .sort((x, y) => y.createdAt - x.createdAt || (x.id < y.id ? 1 : x.id > y.id ? -1 : 0))
            .map((p) => p.id);
          const pages: string[][] = [];
          let after: string | undefined;
          do {
            const page = await store.payments.listByAccount({
              ...query,
              ...(after === undefined ? {} : { after }),
            });
            pages.push(page.items.map((p) => p.id));
            after = page.nextCursor;
            if (after !== undefined) expect(page.items).toHaveLength(limit);
          } while (after !== undefined && pages.length <= expected.length + 1);
          expect(pages.flat()).toEqual(expected);
          // A last page is short or, when the matches fill the pages exactly, the next one is empty.
          expect(pages.at(-1)!.length).toBeLessThanOrEqual(limit);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('while another instance adds and cancels payments between pages, each payment is visited at most once and every unchanged match exactly once (property)', async () => {
    const clock = createFakeClock();
    const store = createPostgresPaymentStore({ pool: db.pool, clock, schema: db.schema });
    const writer = createPostgresPaymentStore({ pool: db.openPool(4), clock, schema: db.schema });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(row, { selector: (r) => r.suffix, minLength: 1, maxLength: 25 }),
        fc.array(
          fc.record({
            suffix: fc.string({ unit: fc.constantFrom(...'cCdD18'), minLength: 1, maxLength: 4 }),
            at: fc.integer({ min: 0, max: 5 }),
            cancel: fc.nat(),
          }),
          { maxLength: 10 },
        ),
        fc.integer({ min: 1, max: 4 }),
        async (rows, between, limit) => {
          const ns = namespace();
          const accountId = `${ns}_acc`;
          const base = clock.now();
          const original = new Map<string, PaymentRecord>();
          for (const r of rows) {
            const p: PaymentRecord = {
              id: `${ns}-${r.suffix}`,
              accountId,
              uin: `${ns}_u_${r.suffix}`,
              transactionNumber: `${ns}_t_${r.suffix}`,
              serviceType: 'work_patent',
              amountKopecks: 1,
              status: 'draft',
              createdAt: base + r.at,
              updatedAt: base,
              attemptCount: 0,
              capturedKopecks: 0,
              refunds: [],
            };
            await store.payments.create(p);
            original.set(p.id, p);
          }
          const statuses: PaymentStatus[] = ['draft'];
          const changed = new Set<string>();
          const added = new Set<string>();
          const seen: string[] = [];
          let after: string | undefined;
          let step = 0;
          do {
            const page = await store.payments.listByAccount({
              accountId,
              statuses,
              limit,
              ...(after === undefined ? {} : { after }),
            });
            seen.push(...page.items.map((p) => p.id));
            after = page.nextCursor;
            // Another instance writes between the pages: a new payment anywhere in time, and a
            // draft taken out of the filter (cancelled).
            const next = between[step++];
            if (next !== undefined) {
              const id = `${ns}-new-${next.suffix}-${step}`;
              await writer.payments.create({
                ...original.values().next().value!,
                id,
                uin: `${id}_u`,
                transactionNumber: `${id}_t`,
                createdAt: base + next.at,
              });
              added.add(id);
              const victims = [...original.keys()].filter((id) => !changed.has(id));
              const victim = victims[next.cancel % Math.max(1, victims.length)];
              if (victim !== undefined) {
                const current = (await writer.payments.get(victim))!;
                await writer.payments.update({ ...current, status: 'canceled' }, current.version);
                changed.add(victim);
              }
            }
          } while (after !== undefined && step < 100);
          expect(new Set(seen).size).toBe(seen.length);
          for (const id of seen) expect(original.has(id) || added.has(id)).toBe(true);
          for (const id of original.keys()) if (!changed.has(id)) expect(seen).toContain(id);
        },
      ),
      { numRuns: 40 },
    );
  });
});
