import type { Clock } from '@kabinet/core';
import type {
  IdempotencyRecord,
  PaymentAttemptRecord,
  PaymentMethodRecord,
  PaymentRecord,
  PaymentStore,
  ProcessedCallback,
  Stored,
} from '@kabinet/ports';
import { allMaps, createPaymentState } from './_lib/payment-state.js';
import { copyOf, objectKey } from './_lib/record-copies.js';
import { createAttemptRepo } from './create-attempt-repo.js';
import { createIdempotencyKeys } from './create-idempotency-keys.js';
import { createMethodRepo } from './create-method-repo.js';
import { createPaymentRepo } from './create-payment-repo.js';
import { createProcessedCallbacks } from './create-processed-callbacks.js';

/**
 * Options of {@link createMemoryPaymentStore}.
 *
 * @example
 * ```ts
 * createMemoryPaymentStore({ clock: createFakeClock() });
 * ```
 */
export interface MemoryPaymentStoreOptions {
  /** The clock expiry of idempotency keys and processed callbacks is judged by. */
  readonly clock: Clock;
}

/**
 * A {@link PaymentStore} in memory, with back doors that read what is stored past the read
 * path (for tests and demos).
 *
 * @example
 * ```ts
 * const store = createMemoryPaymentStore({ clock });
 * store.peekPayment('pay_1'); // a copy of the stored record, or undefined
 * ```
 */
export interface MemoryPaymentStore extends PaymentStore {
  /** A copy of the stored payment. */
  peekPayment(id: string): Stored<PaymentRecord> | undefined;
  /** A copy of the stored attempt. */
  peekAttempt(id: string): Stored<PaymentAttemptRecord> | undefined;
  /** A copy of the stored method. */
  peekMethod(id: string): Stored<PaymentMethodRecord> | undefined;
  /** The stored idempotency record, expired or not. */
  peekIdempotency(key: string): IdempotencyRecord | undefined;
  /** The stored processed-callback entry, expired or not. */
  peekCallback(provider: string, eventKey: string): ProcessedCallback | undefined;
  /** Deletes everything. */
  clear(): void;
}

/**
 * Creates an in-memory payment store that enforces what the port demands, as a database
 * would with constraints and a partial unique index: optimistic versions (S-15), unique
 * transaction numbers, one non-cancelled payment per УИН, one succeeded attempt per payment,
 * unique idempotency keys and provider objects, integer kopeck amounts with
 * `refunds ≤ captured ≤ authorized ≤ amount`, status changes only along the tables, keyset
 * pages (`createdAt` desc, `id` desc), put-if-absent idempotency keys and callback entries
 * with expiry. Each call does its read-modify-write in one synchronous turn, so concurrent
 * callers behave as with a real store; records are copied in and out.
 *
 * @param options - the clock
 * @returns the store
 * @example
 * ```ts
 * import { createFakeClock } from '@kabinet/core/testing';
 * import { createMemoryPaymentStore } from '@kabinet/memory';
 * const clock = createFakeClock();
 * const store = createMemoryPaymentStore({ clock });
 * const p = await store.payments.create(payment);
 * await store.payments.update({ ...p, status: 'processing' }, p.version); // version 2
 * ```
 */
export function createMemoryPaymentStore(options: MemoryPaymentStoreOptions): MemoryPaymentStore {
  const state = createPaymentState(options.clock);
  return {
    payments: createPaymentRepo(state),
    attempts: createAttemptRepo(state),
    methods: createMethodRepo(state),
    idempotency: createIdempotencyKeys(state),
    callbacks: createProcessedCallbacks(state),
    peekPayment: (id) => copyOf(state.payments, id),
    peekAttempt: (id) => copyOf(state.attempts, id),
    peekMethod: (id) => copyOf(state.methods, id),
    peekIdempotency: (key) => copyOf(state.keys, key),
    peekCallback: (provider, eventKey) => copyOf(state.callbacks, objectKey(provider, eventKey)),
    clear() {
      for (const map of allMaps(state)) map.clear();
    },
  };
}
