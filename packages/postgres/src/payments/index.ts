/**
 * The payment store over PostgreSQL: payments, attempts, bound methods, idempotency keys and
 * processed callbacks, with the port's races decided by unique indexes and guarded statements.
 *
 * @example
 * ```ts
 * import { createPostgresPaymentStore } from '@kabinet/postgres/payments';
 * const store = createPostgresPaymentStore({ pool, clock: systemClock });
 * ```
 *
 * @module @kabinet/postgres/payments
 */
export {
  createPostgresPaymentStore,
  type PostgresPaymentStoreOptions,
} from './create-postgres-payment-store.js';
