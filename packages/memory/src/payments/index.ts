/**
 * The in-memory payment store: payments, attempts, methods, idempotency keys and the
 * processed-callback inbox, with the constraints of the port.
 *
 * @example
 * ```ts
 * import { createMemoryPaymentStore } from '@kabinet/memory/payments';
 * const store = createMemoryPaymentStore({ clock });
 * ```
 *
 * @module @kabinet/memory/payments
 */
export {
  createMemoryPaymentStore,
  type MemoryPaymentStore,
  type MemoryPaymentStoreOptions,
} from './create-memory-payment-store.js';
