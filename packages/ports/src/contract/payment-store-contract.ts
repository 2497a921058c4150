import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PaymentRecord, PaymentStore } from '../payments/index.js';
import {
  ATTEMPT_STATUSES,
  ATTEMPT_STATUS_EDGES,
  PAYMENT_STATUSES,
  PAYMENT_STATUS_EDGES,
  allowsStatusChange,
  encodePaymentCursor,
} from '../payments/index.js';
import type { Stored } from '../store/index.js';
import { isConflict } from '@kabinet/core';
import { expectConflict, expectKabinetError } from './_lib/expect-conflict.js';
import { contractSettings } from './_lib/contract-settings.js';
import { moveClockTo } from './_lib/move-clock.js';
import { uniqueName } from './_lib/unique-name.js';
import { required, useHandles } from './_lib/use-handles.js';
import { createPaymentFixtures } from './payment-fixtures.js';
import type { StoreContractOptions } from './store-contract-types.js';

const PARALLEL = 16;

/** Settles every promise and counts the fulfilled ones; rejections must all be conflicts. */
async function winners<T>(promises: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(promises);
  const won: T[] = [];
  for (const s of settled) {
    if (s.status === 'fulfilled') won.push(s.value);
    else expect(isConflict(s.reason), `expected ConflictError, got ${String(s.reason)}`).toBe(true);
  }
  return won;
}

/** What the store keeps of a record, to compare with what was written. */
function withoutVersion<T extends { readonly version: number }>(stored: T): Omit<T, 'version'> {
  const { version: _version, ...rest } = stored;
  return rest;
}

/**
 * Registers the vitest cases every {@link PaymentStore} adapter must pass (reference §5:
 * PaymentRepo, IdempotencyStore, CallbackInbox, plus attempts and methods):
 *
 * - payments: create / get / find by transaction number and by УИН, copies, missing reads;
 *   unique id, transaction number and non-cancelled УИН (freed by cancellation);
 *   optimistic versions (S-15: a stale write is rejected and changes nothing, exactly one of
 *   N racing writers wins); status changes succeed exactly when the table allows them (a
 *   property over every pair); integer kopecks up to `Number.MAX_SAFE_INTEGER` read back as
 *   numbers (no int8-as-string), bad amounts and `refunds > captured` rejected; identity
 *   fields immutable; listing by account, period `[from, to)`, service types and statuses,
 *   newest first, by keyset pages that return each match exactly once (a model-based
 *   property), also while payments are added between pages;
 * - attempts: unique idempotency key and provider object, at most one succeeded attempt per
 *   payment (also under a race), `captured ≤ authorized ≤ amount`, the attempt table;
 * - methods: one active method per account and fingerprint, freed by removal;
 * - idempotency keys: put-if-absent, replay vs mismatch by fingerprint, one winner under a
 *   race, expiry;
 * - callback inbox: a duplicate is a no-op (S-16), one winner under a race, expiry.
 *
 * Uses `handles.payments` (required).
 *
 * @param options - the backend, its factory and its capabilities
 * @returns nothing; the cases are registered in the calling test file
 * @throws KabinetError `ERR_CONFIG` inside the cases when `create()` returns no `payments`
 * @example
 * ```ts
 * import { runPaymentStoreContract } from '@kabinet/ports/contract';
 * runPaymentStoreContract({
 *   name: 'memory',
 *   create: async () => { const clock = createFakeClock(); return { clock, payments: createMemoryPaymentStore({ clock }) }; },
 *   capabilities: { realConcurrency: false, ttlPrecisionMs: 0, durable: false },
 * });
 * ```
 */
export function runPaymentStoreContract(options: StoreContractOptions): void {
  const { numRuns, precision } = contractSettings(options);

  describe(`${options.name}: PaymentStore contract`, () => {
    const handles = useHandles(options);
    const store = (): PaymentStore =>
      required(handles().payments, 'handles.payments', options.name);
    const now = (): number => handles().clock.now();

    const { payment, attempt, method } = createPaymentFixtures(now);

    describe('payments', () => {
      it('create / get / findByTransactionNumber / findActiveByUin return what was stored, at version 1, as copies', async () => {
        const record = payment({ serviceName: 'Патент', refunds: [] });
        const created = await store().payments.create(record);
        expect(created.version).toBe(1);
        expect(withoutVersion(created)).toEqual(record);
        const read = await store().payments.get(record.id);
        expect(read).toEqual(created);
        expect(await store().payments.findByTransactionNumber(record.transactionNumber)).toEqual(
          created,
        );
        expect(await store().payments.findActiveByUin(record.uin)).toEqual(created);
        (read as { serviceName?: string }).serviceName = 'changed by the caller';
        expect((await store().payments.get(record.id))?.serviceName).toBe('Патент');
      });

      it('missing payments read as undefined', async () => {
        expect(await store().payments.get(uniqueName('pay'))).toBeUndefined();
        expect(await store().payments.findByTransactionNumber(uniqueName('txn'))).toBeUndefined();
        expect(await store().payments.findActiveByUin(uniqueName('uin'))).toBeUndefined();
      });

      it('a taken id, transaction number or non-cancelled УИН is a conflict; cancellation frees the УИН', async () => {
        const first = await store().payments.create(payment());
        await expectConflict(store().payments.create(payment({ id: first.id })));
        await expectConflict(
          store().payments.create(payment({ transactionNumber: first.transactionNumber })),
        );
        await expectConflict(store().payments.create(payment({ uin: first.uin })));
        await store().payments.update(
          {
            ...withoutVersion(first),
            status: 'canceled',
            cancellation: { reason: 'by_payer', at: now() },
          },
          1,
        );
        expect(await store().payments.findActiveByUin(first.uin)).toBeUndefined();
        const second = await store().payments.create(payment({ uin: first.uin }));
        expect((await store().payments.findActiveByUin(first.uin))?.id).toBe(second.id);
      });

      it('S-15: update needs the current version; a stale or missing write is a conflict and changes nothing', async () => {
        const created = await store().payments.create(payment());
        const v2 = await store().payments.update(
          { ...withoutVersion(created), status: 'processing', attemptCount: 1 },
          1,
        );
        expect(v2.version).toBe(2);
        await expectConflict(
          store().payments.update({ ...withoutVersion(created), status: 'requires_action' }, 1),
        );
        expect(await store().payments.get(created.id)).toEqual(v2);
        await expectConflict(store().payments.update(payment(), 1));
      });

      it(`S-15: of ${PARALLEL} writers racing from one version exactly one wins`, async () => {
        const created = await store().payments.create(payment());
        const won = await winners(
          Array.from({ length: PARALLEL }, (_, i) =>
            store().payments.update({ ...withoutVersion(created), attemptCount: i + 1 }, 1),
          ),
        );
        expect(won).toHaveLength(1);
        expect((await store().payments.get(created.id))?.attemptCount).toBe(won[0]!.attemptCount);
      });

      it('status changes succeed exactly when PAYMENT_STATUS_EDGES allows them (every pair)', async () => {
        for (const from of PAYMENT_STATUSES) {
          for (const to of PAYMENT_STATUSES) {
            const created = await store().payments.create(
              payment({ status: from, capturedKopecks: 350_000 }),
            );
            const write = store().payments.update({ ...withoutVersion(created), status: to }, 1);
            if (allowsStatusChange(PAYMENT_STATUS_EDGES, from, to)) {
              expect((await write).status).toBe(to);
            } else {
              await expectKabinetError(write, 'ERR_INVALID_STATE');
              expect((await store().payments.get(created.id))?.status).toBe(from);
            }
          }
        }
      });

      it('kopecks: integers up to MAX_SAFE_INTEGER come back as exact numbers; anything else is rejected and not stored', async () => {
        const big = await store().payments.create(
          payment({
            amountKopecks: Number.MAX_SAFE_INTEGER,
            capturedKopecks: Number.MAX_SAFE_INTEGER - 1,
          }),
        );
        const read = await store().payments.get(big.id);
        expect(typeof read?.amountKopecks).toBe('number');
        expect(read?.amountKopecks).toBe(Number.MAX_SAFE_INTEGER);
        expect(read?.capturedKopecks).toBe(Number.MAX_SAFE_INTEGER - 1);
        for (const amountKopecks of [0, -1, 1.5, Number.NaN, 2 ** 53, Number.POSITIVE_INFINITY]) {
          const bad = payment({ amountKopecks });
          await expectKabinetError(store().payments.create(bad), 'ERR_INVALID_ARGUMENT');
          expect(await store().payments.get(bad.id)).toBeUndefined();
        }
        await expectKabinetError(
          store().payments.create(payment({ capturedKopecks: 350_001 })),
          'ERR_INVALID_ARGUMENT',
        );
      });

      it('refunds never exceed the captured amount (failed refunds do not count)', async () => {
        const created = await store().payments.create(
          payment({ status: 'paid', capturedKopecks: 100_000 }),
        );
        const refund = (
          id: string,
          amountKopecks: number,
          status: 'pending' | 'succeeded' | 'failed',
        ) => ({
          id,
          amountKopecks,
          status,
          idempotencyKey: id,
          createdAt: now(),
          updatedAt: now(),
        });
        const v2 = await store().payments.update(
          {
            ...withoutVersion(created),
            refunds: [
              refund('rf_1', 60_000, 'succeeded'),
              refund('rf_2', 90_000, 'failed'),
              refund('rf_3', 40_000, 'pending'),
            ],
          },
          1,
        );
        expect(v2.refunds).toHaveLength(3);
        await expectKabinetError(
          store().payments.update(
            { ...withoutVersion(v2), refunds: [...v2.refunds, refund('rf_4', 1, 'pending')] },
            2,
          ),
          'ERR_INVALID_ARGUMENT',
        );
        expect((await store().payments.get(created.id))?.version).toBe(2);
      });

      it('the account, УИН, transaction number, amount and creation time never change', async () => {
        const created = await store().payments.create(payment());
        const base = withoutVersion(created);
        for (const change of [
          { accountId: 'other' },
          { uin: uniqueName('uin') },
          { transactionNumber: uniqueName('txn') },
          { amountKopecks: 1 },
          { createdAt: 1 },
        ]) {
          await expectKabinetError(
            store().payments.update({ ...base, ...change }, 1),
            'ERR_INVALID_ARGUMENT',
          );
        }
        expect(await store().payments.get(created.id)).toEqual(created);
      });

      it('PAY-5: listing by period, service types and statuses returns every match exactly once, newest first, over keyset pages', async () => {
        const types = ['work_patent', 'migration', 'residence_permit'] as const;
        const statuses = ['draft', 'paid', 'failed'] as const;
        await fc.assert(
          fc.asyncProperty(
            fc.array(
              fc.record({
                at: fc.integer({ min: 0, max: 12 }),
                type: fc.constantFrom(...types),
                status: fc.constantFrom(...statuses),
              }),
              { maxLength: 25 },
            ),
            fc.record(
              {
                from: fc.integer({ min: 0, max: 12 }),
                to: fc.integer({ min: 0, max: 13 }),
                types: fc.subarray([...types], { minLength: 1 }),
                statuses: fc.subarray([...statuses], { minLength: 1 }),
              },
              { requiredKeys: [] },
            ),
            fc.integer({ min: 1, max: 6 }),
            async (rows, filter, limit) => {
              const accountId = uniqueName('acc');
              const base = now();
              const stored: Stored<PaymentRecord>[] = [];
              for (const row of rows) {
                stored.push(
                  await store().payments.create(
                    payment({
                      accountId,
                      createdAt: base + row.at * 1000,
                      serviceType: row.type,
                      status: row.status,
                    }),
                  ),
                );
              }
              await store().payments.create(payment({ createdAt: base }));
              const query = {
                accountId,
                limit,
                ...(filter.from === undefined ? {} : { from: base + filter.from * 1000 }),
                ...(filter.to === undefined ? {} : { to: base + filter.to * 1000 }),
                ...(filter.types === undefined ? {} : { serviceTypes: filter.types }),
                ...(filter.statuses === undefined ? {} : { statuses: filter.statuses }),
              };
              const expected = stored
                .filter(
                  (p) =>
                    (query.from === undefined || p.createdAt >= query.from) &&
                    (query.to === undefined || p.createdAt < query.to),
                )
                .filter(
                  (p) =>
                    (filter.types === undefined || filter.types.includes(p.serviceType as never)) &&
                    (filter.statuses === undefined || filter.statuses.includes(p.status as never)),
                )
                .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1))
                .map((p) => p.id);
              const seen: string[] = [];
              let after: string | undefined;
              for (let pages = 0; pages <= expected.length + 1; pages++) {
                const page = await store().payments.listByAccount({
                  ...query,
                  ...(after === undefined ? {} : { after }),
                });
                expect(page.items.length).toBeLessThanOrEqual(limit);
                seen.push(...page.items.map((p) => p.id));
                if (page.nextCursor === undefined) break;
                expect(page.items.length).toBe(limit);
                after = page.nextCursor;
              }
              expect(seen).toEqual(expected);
            },
          ),
          { numRuns },
        );
      });

      it('PAY-5: pages stay exact while payments are added between them (no duplicates, nothing skipped)', async () => {
        const accountId = uniqueName('acc');
        const base = now();
        const original: string[] = [];
        for (let i = 0; i < 9; i++)
          original.push(
            (
              await store().payments.create(
                payment({ accountId, createdAt: base + (i % 4) * 1000 }),
              )
            ).id,
          );
        const first = await store().payments.listByAccount({ accountId, limit: 4 });
        for (let i = 0; i < 3; i++)
          await store().payments.create(payment({ accountId, createdAt: base + 10_000 + i }));
        const seen = first.items.map((p) => p.id);
        let after = first.nextCursor;
        while (after !== undefined) {
          const page = await store().payments.listByAccount({ accountId, limit: 4, after });
          seen.push(...page.items.map((p) => p.id));
          after = page.nextCursor;
        }
        expect(new Set(seen).size).toBe(seen.length);
        expect([...seen].sort()).toEqual([...original].sort());
      });

      it('a cursor past the last payment gives an empty last page; a malformed cursor or limit is misuse', async () => {
        const accountId = uniqueName('acc');
        await store().payments.create(payment({ accountId }));
        const page = await store().payments.listByAccount({
          accountId,
          limit: 5,
          after: encodePaymentCursor({ createdAt: 0, id: 'a' }),
        });
        expect(page).toEqual({ items: [] });
        await expectKabinetError(
          store().payments.listByAccount({ accountId, limit: 5, after: 'not a cursor' }),
          'ERR_INVALID_ARGUMENT',
        );
        await expectKabinetError(
          store().payments.listByAccount({ accountId, limit: 0 }),
          'ERR_INVALID_ARGUMENT',
        );
      });
    });

    describe('attempts', () => {
      it('create / get / findByProviderPaymentId / listByPayment (by sequence)', async () => {
        const paymentId = uniqueName('pay');
        const second = await store().attempts.create(
          attempt({ paymentId, sequence: 2, providerPaymentId: uniqueName('obj') }),
        );
        const first = await store().attempts.create(
          attempt({
            paymentId,
            sequence: 1,
            status: 'failed',
            failure: { code: 'insufficient_funds', providerCode: '51' },
          }),
        );
        expect(second.version).toBe(1);
        expect(await store().attempts.get(first.id)).toEqual(first);
        expect(
          await store().attempts.findByProviderPaymentId('sim', second.providerPaymentId!),
        ).toEqual(second);
        expect(
          await store().attempts.findByProviderPaymentId('other', second.providerPaymentId!),
        ).toBeUndefined();
        expect((await store().attempts.listByPayment(paymentId)).map((a) => a.id)).toEqual([
          first.id,
          second.id,
        ]);
        expect(await store().attempts.listByPayment(uniqueName('pay'))).toEqual([]);
      });

      it('a taken id, idempotency key or provider object is a conflict (also when set by an update)', async () => {
        const taken = await store().attempts.create(
          attempt({ providerPaymentId: uniqueName('obj') }),
        );
        await expectConflict(store().attempts.create(attempt({ id: taken.id })));
        await expectConflict(
          store().attempts.create(attempt({ idempotencyKey: taken.idempotencyKey })),
        );
        await expectConflict(
          store().attempts.create(attempt({ providerPaymentId: taken.providerPaymentId! })),
        );
        const other = await store().attempts.create(attempt());
        await expectConflict(
          store().attempts.update(
            { ...withoutVersion(other), providerPaymentId: taken.providerPaymentId! },
            1,
          ),
        );
      });

      it('at most one succeeded attempt per payment, on create, on update and under a race', async () => {
        const paymentId = uniqueName('pay');
        await store().attempts.create(
          attempt({
            paymentId,
            status: 'succeeded',
            authorizedKopecks: 350_000,
            capturedKopecks: 350_000,
          }),
        );
        await expectConflict(
          store().attempts.create(
            attempt({
              paymentId,
              sequence: 2,
              status: 'succeeded',
              authorizedKopecks: 350_000,
              capturedKopecks: 350_000,
            }),
          ),
        );
        const open = await store().attempts.create(
          attempt({ paymentId, sequence: 3, status: 'processing' }),
        );
        await expectConflict(
          store().attempts.update(
            {
              ...withoutVersion(open),
              status: 'succeeded',
              authorizedKopecks: 350_000,
              capturedKopecks: 350_000,
            },
            1,
          ),
        );

        const raced = uniqueName('pay');
        const rivals = await Promise.all(
          Array.from({ length: 4 }, (_, i) =>
            store().attempts.create(
              attempt({ paymentId: raced, sequence: i + 1, status: 'processing' }),
            ),
          ),
        );
        const won = await winners(
          rivals.map((r) =>
            store().attempts.update(
              {
                ...withoutVersion(r),
                status: 'succeeded',
                authorizedKopecks: 350_000,
                capturedKopecks: 350_000,
              },
              1,
            ),
          ),
        );
        expect(won).toHaveLength(1);
        expect(
          (await store().attempts.listByPayment(raced)).filter((a) => a.status === 'succeeded'),
        ).toHaveLength(1);
      });

      it('status changes succeed exactly when ATTEMPT_STATUS_EDGES allows them (every pair)', async () => {
        for (const from of ATTEMPT_STATUSES) {
          for (const to of ATTEMPT_STATUSES) {
            const amounts = { authorizedKopecks: 350_000, capturedKopecks: 350_000 };
            const created = await store().attempts.create(attempt({ status: from, ...amounts }));
            const write = store().attempts.update({ ...withoutVersion(created), status: to }, 1);
            if (allowsStatusChange(ATTEMPT_STATUS_EDGES, from, to)) {
              expect((await write).status).toBe(to);
            } else {
              await expectKabinetError(write, 'ERR_INVALID_STATE');
              expect((await store().attempts.get(created.id))?.status).toBe(from);
            }
          }
        }
      });

      it('amounts keep captured ≤ authorized ≤ amount, in integer kopecks', async () => {
        await expectKabinetError(
          store().attempts.create(attempt({ authorizedKopecks: 350_001 })),
          'ERR_INVALID_ARGUMENT',
        );
        await expectKabinetError(
          store().attempts.create(attempt({ authorizedKopecks: 100, capturedKopecks: 101 })),
          'ERR_INVALID_ARGUMENT',
        );
        await expectKabinetError(
          store().attempts.create(attempt({ amountKopecks: 0 })),
          'ERR_INVALID_ARGUMENT',
        );
        await expectKabinetError(
          store().attempts.create(attempt({ amountKopecks: 10.5 })),
          'ERR_INVALID_ARGUMENT',
        );
        const ok = await store().attempts.create(
          attempt({ authorizedKopecks: 350_000, capturedKopecks: 200_000 }),
        );
        expect(ok.capturedKopecks).toBe(200_000);
      });

      it('S-15: a stale attempt write is a conflict; identity fields and a set provider object never change', async () => {
        const created = await store().attempts.create(
          attempt({ providerPaymentId: uniqueName('obj') }),
        );
        await store().attempts.update({ ...withoutVersion(created), status: 'processing' }, 1);
        await expectConflict(
          store().attempts.update({ ...withoutVersion(created), status: 'failed' }, 1),
        );
        const current = (await store().attempts.get(created.id))!;
        for (const change of [
          { paymentId: 'other' },
          { idempotencyKey: uniqueName('k') },
          { captureKey: 'other' },
          { amountKopecks: 1 },
          { providerPaymentId: uniqueName('obj') },
        ]) {
          await expectKabinetError(
            store().attempts.update({ ...withoutVersion(current), ...change }, 2),
            'ERR_INVALID_ARGUMENT',
          );
        }
        expect((await store().attempts.get(created.id))?.version).toBe(2);
      });
    });

    describe('methods', () => {
      it('one active method per account and fingerprint; removal frees it; other accounts are independent', async () => {
        const first = await store().methods.create(method());
        await expectConflict(
          store().methods.create(
            method({ accountId: first.accountId, fingerprint: first.fingerprint }),
          ),
        );
        const elsewhere = await store().methods.create(method({ fingerprint: first.fingerprint }));
        expect(elsewhere.accountId).not.toBe(first.accountId);
        expect(
          (await store().methods.findActiveByFingerprint(first.accountId, first.fingerprint))?.id,
        ).toBe(first.id);
        const removed = await store().methods.update(
          { ...withoutVersion(first), status: 'removed', removedAt: now() },
          1,
        );
        expect(removed.version).toBe(2);
        expect(
          await store().methods.findActiveByFingerprint(first.accountId, first.fingerprint),
        ).toBeUndefined();
        const again = await store().methods.create(
          method({ accountId: first.accountId, fingerprint: first.fingerprint }),
        );
        expect((await store().methods.listByAccount(first.accountId)).map((m) => m.id)).toEqual([
          first.id,
          again.id,
        ]);
        await expectConflict(
          store().methods.update({ ...withoutVersion(removed), status: 'active' }, 2),
        );
        await expectConflict(
          store().methods.update({ ...withoutVersion(first), label: 'stale' }, 1),
        );
      });
    });

    describe('idempotency keys', () => {
      const key = (
        over: { key?: string; fingerprint?: string; resourceId?: string; ttl?: number } = {},
      ) => ({
        key: over.key ?? uniqueName('idem'),
        fingerprint: over.fingerprint ?? 'sha256:a',
        resourceId: over.resourceId ?? uniqueName('att'),
        createdAt: now(),
        expiresAt: now() + (over.ttl ?? 86_400_000),
      });

      it('put-if-absent: created, then replay of the first record for the same fingerprint, mismatch for another', async () => {
        const first = key();
        expect(await store().idempotency.claim(first)).toEqual({
          outcome: 'created',
          record: first,
        });
        expect(await store().idempotency.claim({ ...first, resourceId: 'att_other' })).toEqual({
          outcome: 'replay',
          record: first,
        });
        expect(
          await store().idempotency.claim({
            ...first,
            fingerprint: 'sha256:b',
            resourceId: 'att_other',
          }),
        ).toEqual({ outcome: 'mismatch', record: first });
        expect(await store().idempotency.get(first.key)).toEqual(first);
        expect(await store().idempotency.get(uniqueName('idem'))).toBeUndefined();
      });

      it(`S-16: of ${PARALLEL} racing claims of one key exactly one is created; the rest replay its resource`, async () => {
        const name = uniqueName('idem');
        const results = await Promise.all(
          Array.from({ length: PARALLEL }, (_, i) =>
            store().idempotency.claim(key({ key: name, resourceId: `att_${i}` })),
          ),
        );
        const created = results.filter((r) => r.outcome === 'created');
        expect(created).toHaveLength(1);
        for (const r of results) expect(r.record.resourceId).toBe(created[0]!.record.resourceId);
      });

      it('a key lives until expiresAt, then is free again', async () => {
        const ttl = Math.max(60_000, precision * 20);
        const first = key({ ttl });
        await store().idempotency.claim(first);
        await moveClockTo(handles().clock, first.expiresAt - 1 - precision);
        expect(
          (await store().idempotency.claim({ ...first, fingerprint: 'sha256:b' })).outcome,
        ).toBe('mismatch');
        await moveClockTo(handles().clock, first.expiresAt + precision);
        expect(await store().idempotency.get(first.key)).toBeUndefined();
        const fresh = { ...key({ key: first.key, fingerprint: 'sha256:b' }) };
        expect((await store().idempotency.claim(fresh)).outcome).toBe('created');
      });
    });

    describe('callback inbox', () => {
      const entry = (over: { provider?: string; eventKey?: string; ttl?: number } = {}) => ({
        provider: over.provider ?? 'sim',
        eventKey: over.eventKey ?? uniqueName('evt'),
        paymentId: 'pay_contract',
        processedAt: now(),
        expiresAt: now() + (over.ttl ?? 3 * 86_400_000),
      });

      it('S-16: the first mark is new, a duplicate is a no-op; providers are independent', async () => {
        const first = entry();
        expect(await store().callbacks.has(first.provider, first.eventKey)).toBe(false);
        expect(await store().callbacks.markProcessed(first)).toBe(true);
        expect(await store().callbacks.markProcessed(first)).toBe(false);
        expect(await store().callbacks.has(first.provider, first.eventKey)).toBe(true);
        expect(await store().callbacks.markProcessed({ ...first, provider: 'stripe' })).toBe(true);
      });

      it(`S-16: of ${PARALLEL} racing marks of one callback exactly one is new`, async () => {
        const first = entry();
        const results = await Promise.all(
          Array.from({ length: PARALLEL }, () => store().callbacks.markProcessed(first)),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
      });

      it('an entry is remembered until expiresAt, then forgotten', async () => {
        const ttl = Math.max(60_000, precision * 20);
        const first = entry({ ttl });
        await store().callbacks.markProcessed(first);
        await moveClockTo(handles().clock, first.expiresAt - 1 - precision);
        expect(await store().callbacks.has(first.provider, first.eventKey)).toBe(true);
        await moveClockTo(handles().clock, first.expiresAt + precision);
        expect(await store().callbacks.has(first.provider, first.eventKey)).toBe(false);
        expect(
          await store().callbacks.markProcessed({
            ...first,
            processedAt: now(),
            expiresAt: now() + ttl,
          }),
        ).toBe(true);
      });
    });
  });
}
