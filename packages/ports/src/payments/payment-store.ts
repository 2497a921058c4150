import type { Page, Stored } from '../store/versioned-store.js';
import type { PaymentAttemptRecord } from './attempt-record.js';
import type { IdempotencyClaim, IdempotencyRecord } from './idempotency-record.js';
import type { PaymentMethodRecord } from './method-record.js';
import type { PaymentRecord } from './payment-record.js';
import type { PaymentStatus } from './payment-types.js';
import type { ProcessedCallback } from './processed-callback.js';

/**
 * A page of an account's payments (PAY-5): newest first (`createdAt` desc, then `id` desc),
 * filtered by the period `[from, to)` (epoch ms, UTC), by service types and by statuses.
 *
 * @example
 * ```ts
 * const query: PaymentListQuery = { accountId: 'acc_1', from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 1, 1), serviceTypes: ['work_patent'], limit: 20 };
 * ```
 */
export interface PaymentListQuery {
  /** The paying account. */
  readonly accountId: string;
  /** Inclusive lower bound of `createdAt`. */
  readonly from?: number;
  /** Exclusive upper bound of `createdAt`. */
  readonly to?: number;
  /** Only these service types (any of them); omit for all. */
  readonly serviceTypes?: readonly string[];
  /** Only these statuses; omit for all. */
  readonly statuses?: readonly PaymentStatus[];
  /** Page size (at least 1). */
  readonly limit: number;
  /** `nextCursor` of the previous page (see `encodePaymentCursor`). */
  readonly after?: string;
}

/**
 * Payments, versioned (S-15). Enforces what a database would with constraints: unique id,
 * unique transaction number, one non-cancelled payment per УИН (a partial unique index),
 * integer kopeck amounts, `refunds ≤ captured ≤ amount`, and status changes only along
 * `PAYMENT_STATUS_EDGES`.
 *
 * @example
 * ```ts
 * const stored = await store.payments.create(payment);
 * await store.payments.update({ ...stored, status: 'processing' }, stored.version);
 * ```
 */
export interface PaymentRepo {
  /** The payment, or `undefined`. */
  get(id: string): Promise<Stored<PaymentRecord> | undefined>;
  /** The payment with this transaction number, or `undefined`. */
  findByTransactionNumber(transactionNumber: string): Promise<Stored<PaymentRecord> | undefined>;
  /** The payment of this УИН that is not `canceled`, or `undefined`. */
  findActiveByUin(uin: string): Promise<Stored<PaymentRecord> | undefined>;
  /**
   * Inserts at version 1.
   * @throws ConflictError when the id or transaction number exists, or a non-cancelled payment has the УИН.
   * @throws KabinetError `ERR_INVALID_ARGUMENT` when an amount is not an integer in range.
   */
  create(record: PaymentRecord): Promise<Stored<PaymentRecord>>;
  /**
   * Replaces the payment if its version is still `expectedVersion`.
   * @throws ConflictError on a stale version, a missing payment, or a taken УИН.
   * @throws KabinetError `ERR_INVALID_ARGUMENT` when an amount breaks the invariants, or the
   *   id, account, УИН or transaction number changed.
   * @throws KabinetError `ERR_INVALID_STATE` when the status change is not in the table.
   */
  update(record: PaymentRecord, expectedVersion: number): Promise<Stored<PaymentRecord>>;
  /** One page of an account's payments; each matching payment exactly once across pages. */
  listByAccount(query: PaymentListQuery): Promise<Page<Stored<PaymentRecord>>>;
}

/**
 * Attempts, versioned. Enforces unique id, unique idempotency key, unique
 * `(provider, providerPaymentId)`, at most one `succeeded` attempt per payment (a partial
 * unique index), `captured ≤ authorized ≤ amount`, and status changes only along
 * `ATTEMPT_STATUS_EDGES`.
 *
 * @example
 * ```ts
 * const attempts = await store.attempts.listByPayment('pay_1');
 * ```
 */
export interface PaymentAttemptRepo {
  /** The attempt, or `undefined`. */
  get(id: string): Promise<Stored<PaymentAttemptRecord> | undefined>;
  /** The attempt of a provider object, or `undefined`. */
  findByProviderPaymentId(
    provider: string,
    providerPaymentId: string,
  ): Promise<Stored<PaymentAttemptRecord> | undefined>;
  /** Every attempt of a payment, by `sequence`. */
  listByPayment(paymentId: string): Promise<readonly Stored<PaymentAttemptRecord>[]>;
  /**
   * Inserts at version 1.
   * @throws ConflictError when the id, idempotency key or provider object is taken, or the
   *   payment already has a succeeded attempt and this one is `succeeded`.
   * @throws KabinetError `ERR_INVALID_ARGUMENT` when an amount breaks the invariants.
   */
  create(record: PaymentAttemptRecord): Promise<Stored<PaymentAttemptRecord>>;
  /**
   * Replaces the attempt if its version is still `expectedVersion`.
   * @throws ConflictError on a stale version, a missing attempt, a taken provider object or a
   *   second succeeded attempt of the payment.
   * @throws KabinetError `ERR_INVALID_ARGUMENT` on broken amounts or changed identity fields.
   * @throws KabinetError `ERR_INVALID_STATE` when the status change is not in the table.
   */
  update(
    record: PaymentAttemptRecord,
    expectedVersion: number,
  ): Promise<Stored<PaymentAttemptRecord>>;
}

/**
 * Bound payment methods, versioned. One active method per `(accountId, fingerprint)`.
 *
 * @example
 * ```ts
 * const methods = (await store.methods.listByAccount('acc_1')).filter((m) => m.status === 'active');
 * ```
 */
export interface PaymentMethodRepo {
  /** The method, or `undefined`. */
  get(id: string): Promise<Stored<PaymentMethodRecord> | undefined>;
  /** The account's active method with this fingerprint, or `undefined`. */
  findActiveByFingerprint(
    accountId: string,
    fingerprint: string,
  ): Promise<Stored<PaymentMethodRecord> | undefined>;
  /** Every method of the account (active and removed), oldest first. */
  listByAccount(accountId: string): Promise<readonly Stored<PaymentMethodRecord>[]>;
  /**
   * Inserts at version 1.
   * @throws ConflictError when the id exists or the account has an active method with the fingerprint.
   */
  create(record: PaymentMethodRecord): Promise<Stored<PaymentMethodRecord>>;
  /**
   * Replaces the method if its version is still `expectedVersion`.
   * @throws ConflictError on a stale version, a missing method or a taken fingerprint.
   * @throws KabinetError `ERR_INVALID_ARGUMENT` when the id, account or kind changed.
   */
  update(
    record: PaymentMethodRecord,
    expectedVersion: number,
  ): Promise<Stored<PaymentMethodRecord>>;
}

/**
 * Idempotency keys with the fingerprint of their request (Stripe's rules, kept ≥ 24 h).
 *
 * @example
 * ```ts
 * const claim = await store.idempotency.claim({ key, fingerprint, resourceId: 'att_1', createdAt: now, expiresAt: now + 86_400_000 });
 * ```
 */
export interface IdempotencyStore {
  /**
   * Put-if-absent, atomically: stores the record when no live record has its key
   * (`created`); otherwise returns the live record, as `replay` when the fingerprints are
   * equal and `mismatch` when they differ. An expired record is replaced.
   */
  claim(record: IdempotencyRecord): Promise<IdempotencyClaim>;
  /** The live record of a key, or `undefined`. */
  get(key: string): Promise<IdempotencyRecord | undefined>;
}

/**
 * The processed-callback inbox: deduplicates provider callbacks on `(provider, eventKey)`.
 *
 * @example
 * ```ts
 * if (await store.callbacks.has('stripe', event.id)) return 'duplicate';
 * ```
 */
export interface CallbackInbox {
  /** Whether a live entry exists for the callback. */
  has(provider: string, eventKey: string): Promise<boolean>;
  /**
   * Records the callback atomically; `true` when it was new, `false` when a live entry
   * already existed (a duplicate: nothing changes). An expired entry is replaced.
   */
  markProcessed(entry: ProcessedCallback): Promise<boolean>;
}

/**
 * Storage of state-duty payments: payments, attempts, bound methods, idempotency keys and
 * the processed-callback inbox. Every adapter proves it with `runPaymentStoreContract` from
 * `@kabinet/ports/contract`.
 *
 * @example
 * ```ts
 * import { createMemoryPaymentStore } from '@kabinet/memory';
 * const store: PaymentStore = createMemoryPaymentStore({ clock });
 * ```
 */
export interface PaymentStore {
  /** Payments. */
  readonly payments: PaymentRepo;
  /** Attempts. */
  readonly attempts: PaymentAttemptRepo;
  /** Bound methods. */
  readonly methods: PaymentMethodRepo;
  /** Idempotency keys. */
  readonly idempotency: IdempotencyStore;
  /** Processed callbacks. */
  readonly callbacks: CallbackInbox;
}
