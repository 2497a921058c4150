import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectInvalidArgument } from '../_lib/expect-invalid-argument.js';
import type { PaymentAttemptRecord } from './attempt-record.js';
import { checkIdempotencyRecord } from './check-idempotency-record.js';
import { checkPaymentAttemptRecord } from './check-payment-attempt-record.js';
import { checkPaymentListQuery } from './check-payment-list-query.js';
import { checkPaymentMethodRecord } from './check-payment-method-record.js';
import { checkPaymentRecord } from './check-payment-record.js';
import { checkProcessedCallback } from './check-processed-callback.js';
import { checkUnchangedFields } from './check-unchanged-fields.js';
import { encodePaymentCursor } from './encode-payment-cursor.js';
import { PAYMENT_FIXED_FIELDS } from './fixed-fields.js';
import type { IdempotencyRecord } from './idempotency-record.js';
import type { PaymentMethodRecord } from './method-record.js';
import type { PaymentListQuery } from './payment-store.js';
import type { PaymentRecord, RefundEntry } from './payment-record.js';
import type { AttemptStatus, PaymentStatus } from './payment-types.js';
import type { ProcessedCallback } from './processed-callback.js';
import { ATTEMPT_STATUS_EDGES, PAYMENT_STATUS_EDGES } from './status-edges.js';

const MAX = Number.MAX_SAFE_INTEGER;
const text = fc.string({ minLength: 1, maxLength: 12 });
const epoch = fc.maxSafeInteger();
const paymentStatus = fc.constantFrom<PaymentStatus>(...new Set(PAYMENT_STATUS_EDGES.flat()));
const attemptStatus = fc.constantFrom<AttemptStatus>(...new Set(ATTEMPT_STATUS_EDGES.flat()));
/** Anything that is not a non-empty string. */
const badText = fc.oneof(
  fc.constant(''),
  fc.anything().filter((v) => typeof v !== 'string'),
);
/** Anything that is not a safe integer. */
const badEpoch = fc.oneof(
  fc.double().filter((v) => !Number.isSafeInteger(v)),
  fc.constantFrom(2 ** 53, -(2 ** 53), '1', null, undefined, 1n),
);
/** Anything that is not an integer number of kopecks ≥ 1. */
const badAmount = fc.oneof(fc.integer({ max: 0 }), badEpoch);

const refund = fc.record({
  id: text,
  amountKopecks: fc.integer({ min: 1, max: 1_000_000 }),
  status: fc.constantFrom('pending' as const, 'succeeded' as const, 'failed' as const),
  idempotencyKey: text,
  createdAt: epoch,
  updatedAt: epoch,
}) satisfies fc.Arbitrary<RefundEntry>;

/** A payment that keeps every invariant: held refunds ≤ captured ≤ amount. */
const payment: fc.Arbitrary<PaymentRecord> = fc
  .record({
    id: text,
    accountId: text,
    uin: text,
    transactionNumber: text,
    serviceType: text,
    createdAt: epoch,
    updatedAt: epoch,
    attemptCount: fc.nat(),
    status: paymentStatus,
    refunds: fc.array(refund, { maxLength: 4 }),
    spare: fc.nat({ max: 1_000_000_000 }),
    uncaptured: fc.nat({ max: 1_000_000_000 }),
  })
  .map(({ spare, uncaptured, ...p }) => {
    const held = p.refunds.reduce(
      (sum, r) => sum + (r.status === 'failed' ? 0 : r.amountKopecks),
      0,
    );
    const capturedKopecks = held + spare;
    return { ...p, capturedKopecks, amountKopecks: Math.max(1, capturedKopecks + uncaptured) };
  });

/** An attempt that keeps every invariant: captured ≤ authorized ≤ amount. */
const attempt: fc.Arbitrary<PaymentAttemptRecord> = fc
  .record({
    id: text,
    paymentId: text,
    accountId: text,
    provider: text,
    idempotencyKey: text,
    captureKey: text,
    createdAt: epoch,
    updatedAt: epoch,
    sequence: fc.integer({ min: 1, max: MAX }),
    status: attemptStatus,
    amounts: fc
      .tuple(fc.nat({ max: MAX }), fc.nat({ max: MAX }), fc.integer({ min: 1, max: MAX }))
      .map((n) => n.sort((x, y) => x - y)),
  })
  .map(({ amounts: [captured, authorized, amount], ...a }) => ({
    ...a,
    methodKind: 'card' as const,
    capturedKopecks: captured,
    authorizedKopecks: authorized,
    amountKopecks: Math.max(1, amount, authorized),
  }));

const method: fc.Arbitrary<PaymentMethodRecord> = fc.record({
  id: text,
  accountId: text,
  kind: fc.constant('card' as const),
  label: fc.string(),
  fingerprint: text,
  providerToken: fc.string(),
  check: fc.constant('sms_code' as const),
  status: fc.constantFrom('active' as const, 'removed' as const),
  createdAt: fc.double({ noNaN: true, noDefaultInfinity: true }),
  updatedAt: epoch,
});

const idempotency: fc.Arbitrary<IdempotencyRecord> = fc
  .record({
    key: text,
    fingerprint: text,
    resourceId: text,
    createdAt: fc.integer({ min: -MAX, max: MAX - 1 }),
    ttl: fc.integer({ min: 1, max: MAX }),
  })
  .map(({ ttl, ...r }) => ({ ...r, expiresAt: Math.min(MAX, r.createdAt + ttl) }));

const callback: fc.Arbitrary<ProcessedCallback> = fc.record({
  provider: text,
  eventKey: text,
  processedAt: epoch,
  expiresAt: epoch,
});

/** `record` with `field` set to a value drawn from `bad`: each must be refused. */
function refusesEach<R extends object>(
  valid: fc.Arbitrary<R>,
  check: (record: R) => unknown,
  fields: Readonly<Record<string, fc.Arbitrary<unknown>>>,
): void {
  for (const [field, bad] of Object.entries(fields)) {
    it(`refuses a malformed ${field}`, () => {
      fc.assert(
        fc.property(valid, bad, (record, value) => {
          expectInvalidArgument(() => check({ ...record, [field]: value }));
        }),
      );
    });
  }
}

describe('checkPaymentRecord', () => {
  it('accepts every payment that keeps the invariants (held refunds ≤ captured ≤ amount, integer kopecks up to MAX_SAFE_INTEGER)', () => {
    fc.assert(
      fc.property(payment, (p) => {
        expect(checkPaymentRecord(p)).toBe(p);
      }),
    );
    const edge = fc.sample(payment, 1)[0]!;
    expect(
      checkPaymentRecord({ ...edge, refunds: [], amountKopecks: MAX, capturedKopecks: MAX }),
    ).toBeDefined();
  });

  refusesEach(payment, checkPaymentRecord, {
    id: badText,
    accountId: badText,
    uin: badText,
    transactionNumber: badText,
    serviceType: badText,
    createdAt: badEpoch,
    updatedAt: badEpoch,
    amountKopecks: badAmount,
    capturedKopecks: fc.oneof(fc.integer({ max: -1 }), badEpoch),
    attemptCount: fc.oneof(fc.integer({ max: -1 }), badEpoch),
    refunds: fc.oneof(fc.constantFrom(null, undefined, 'none', 1), fc.object()),
    status: fc.string().filter((s) => !PAYMENT_STATUS_EDGES.flat().includes(s as PaymentStatus)),
  });

  it('refuses captured above the amount, held refunds above captured, and a refund below one kopeck (failed refunds do not count)', () => {
    fc.assert(
      fc.property(payment, fc.integer({ min: 1, max: 1_000 }), (p, over) => {
        expectInvalidArgument(() =>
          checkPaymentRecord({ ...p, capturedKopecks: p.amountKopecks + over }),
        );
        const held =
          p.capturedKopecks -
          p.refunds.reduce((sum, r) => sum + (r.status === 'failed' ? 0 : r.amountKopecks), 0);
        const extra = { id: 'rf_x', idempotencyKey: 'rf_x', createdAt: 0, updatedAt: 0 };
        expectInvalidArgument(() =>
          checkPaymentRecord({
            ...p,
            refunds: [...p.refunds, { ...extra, amountKopecks: held + over, status: 'pending' }],
          }),
        );
        expect(
          checkPaymentRecord({
            ...p,
            refunds: [...p.refunds, { ...extra, amountKopecks: held + over, status: 'failed' }],
          }),
        ).toBeDefined();
        expectInvalidArgument(() =>
          checkPaymentRecord({
            ...p,
            refunds: [...p.refunds, { ...extra, amountKopecks: 0, status: 'failed' }],
          }),
        );
      }),
    );
  });
});

describe('checkPaymentAttemptRecord', () => {
  it('accepts every attempt that keeps captured ≤ authorized ≤ amount', () => {
    fc.assert(
      fc.property(attempt, (a) => {
        expect(checkPaymentAttemptRecord(a)).toBe(a);
      }),
    );
  });

  refusesEach(attempt, checkPaymentAttemptRecord, {
    id: badText,
    paymentId: badText,
    accountId: badText,
    provider: badText,
    idempotencyKey: badText,
    captureKey: badText,
    createdAt: badEpoch,
    updatedAt: badEpoch,
    sequence: fc.oneof(fc.integer({ max: 0 }), badEpoch),
    amountKopecks: badAmount,
    authorizedKopecks: fc.oneof(fc.integer({ max: -1 }), badEpoch),
    capturedKopecks: fc.oneof(fc.integer({ max: -1 }), badEpoch),
    status: fc.string().filter((s) => !ATTEMPT_STATUS_EDGES.flat().includes(s as AttemptStatus)),
  });

  it('refuses captured above authorized and authorized above the amount', () => {
    fc.assert(
      fc.property(attempt, fc.integer({ min: 1, max: 1_000 }), (a, over) => {
        expectInvalidArgument(() =>
          checkPaymentAttemptRecord({ ...a, capturedKopecks: a.authorizedKopecks + over }),
        );
        expectInvalidArgument(() =>
          checkPaymentAttemptRecord({
            ...a,
            authorizedKopecks: a.amountKopecks + over,
            capturedKopecks: 0,
          }),
        );
      }),
    );
  });
});

describe('checkPaymentMethodRecord', () => {
  it('accepts a method with an id, an account, a fingerprint and a finite creation time', () => {
    fc.assert(
      fc.property(method, (m) => {
        expect(checkPaymentMethodRecord(m)).toBe(m);
      }),
    );
  });

  refusesEach(method, checkPaymentMethodRecord, {
    id: badText,
    accountId: badText,
    fingerprint: badText,
    createdAt: fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      '1',
      null,
      undefined,
    ),
  });
});

describe('checkIdempotencyRecord', () => {
  it('accepts a record that expires after it was created', () => {
    fc.assert(
      fc.property(idempotency, (r) => {
        expect(checkIdempotencyRecord(r)).toBe(r);
      }),
    );
  });

  refusesEach(idempotency, checkIdempotencyRecord, {
    key: badText,
    fingerprint: badText,
    resourceId: badText,
    createdAt: badEpoch,
    expiresAt: badEpoch,
  });

  it('refuses an expiry at or before the creation time', () => {
    fc.assert(
      fc.property(idempotency, fc.nat({ max: 1_000 }), (r, back) => {
        expectInvalidArgument(() =>
          checkIdempotencyRecord({ ...r, expiresAt: r.createdAt - back }),
        );
      }),
    );
  });
});

describe('checkProcessedCallback', () => {
  it('accepts an entry with a provider, an event key and an expiry', () => {
    fc.assert(
      fc.property(callback, (c) => {
        expect(checkProcessedCallback(c)).toBe(c);
      }),
    );
  });

  refusesEach(callback, checkProcessedCallback, {
    provider: badText,
    eventKey: badText,
    expiresAt: badEpoch,
  });
});

describe('checkPaymentListQuery', () => {
  it('accepts a limit ≥ 1 with no cursor or a cursor encodePaymentCursor made, and returns its position', () => {
    const position = fc.record({
      createdAt: fc.nat({ max: 10 ** 15 }),
      id: fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX }),
        fc.option(position, { nil: undefined }),
        (limit, at) => {
          const query: PaymentListQuery =
            at === undefined
              ? { accountId: 'acc_1', limit }
              : { accountId: 'acc_1', limit, after: encodePaymentCursor(at) };
          expect(checkPaymentListQuery(query)).toEqual(at);
        },
      ),
    );
  });

  it('refuses a limit below 1 or not a safe integer, and a malformed cursor', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ max: 0 }), badEpoch), (limit) => {
        expectInvalidArgument(() =>
          checkPaymentListQuery({ accountId: 'acc_1', limit } as unknown as PaymentListQuery),
        );
      }),
    );
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^(0|[1-9]\d{0,15})~[A-Za-z0-9_-]{1,128}$/.test(s)),
        (after) => {
          expectInvalidArgument(() =>
            checkPaymentListQuery({ accountId: 'acc_1', limit: 10, after }),
          );
        },
      ),
    );
  });
});

describe('checkUnchangedFields', () => {
  it('accepts an update that keeps the fixed fields and refuses one that changes any of them, naming it', () => {
    const fields = PAYMENT_FIXED_FIELDS;
    fc.assert(
      fc.property(payment, paymentStatus, fc.constantFrom(...fields), (p, status, field) => {
        expect(
          checkUnchangedFields<PaymentRecord>(p, { ...p, status }, fields, 'payment'),
        ).toBeUndefined();
        const changed = {
          ...p,
          [field]: typeof p[field] === 'number' ? p[field] + 1 : `${p[field]}!`,
        };
        expect(() => checkUnchangedFields<PaymentRecord>(p, changed, fields, 'payment')).toThrow(
          `payment.${field} cannot change`,
        );
      }),
    );
  });
});
