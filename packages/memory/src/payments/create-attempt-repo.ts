import { ConflictError, KabinetError } from '@kabinet/core';
import {
  ATTEMPT_FIXED_FIELDS,
  ATTEMPT_STATUS_EDGES,
  allowsStatusChange,
  checkPaymentAttemptRecord,
  checkUnchangedFields,
  invalidArgument,
  type PaymentAttemptRecord,
  type PaymentStore,
} from '@kabinet/ports';
import type { PaymentState } from './_lib/payment-state.js';
import {
  addTo,
  byId,
  copy,
  copyOf,
  objectKey,
  putNew,
  putVersion,
  sortedCopies,
} from './_lib/record-copies.js';

const bySequence = (a: PaymentAttemptRecord, b: PaymentAttemptRecord): number =>
  a.sequence - b.sequence || byId(a, b);

/**
 * The payment attempts of a memory payment store: optimistic versions, unique idempotency keys
 * and provider objects (a provider payment id, once set, never changes), one succeeded attempt
 * per payment, status changes only along the table.
 *
 * @param state - the store's state
 * @returns the repository
 * @example
 * ```ts
 * const attempts = createAttemptRepo(createPaymentState(clock));
 * const a = await attempts.create(attempt);
 * ```
 */
export function createAttemptRepo(state: PaymentState): PaymentStore['attempts'] {
  const { attempts, attemptByKey, attemptByObject, attemptsOfPayment, succeededOfPayment } = state;
  /** Indexes an attempt's provider object and its success (both unique, checked before). */
  const indexAttempt = (record: PaymentAttemptRecord): void => {
    if (record.providerPaymentId !== undefined)
      attemptByObject.set(objectKey(record.provider, record.providerPaymentId), record.id);
    if (record.status === 'succeeded') succeededOfPayment.set(record.paymentId, record.id);
  };
  return {
    get: async (id) => copyOf(attempts, id),
    findByProviderPaymentId: async (provider, providerPaymentId) =>
      copyOf(attempts, attemptByObject.get(objectKey(provider, providerPaymentId))),
    listByPayment: async (paymentId) =>
      sortedCopies(attempts, attemptsOfPayment.get(paymentId), bySequence),
    async create(record) {
      checkPaymentAttemptRecord(record);
      if (attempts.has(record.id) || attemptByKey.has(record.idempotencyKey))
        throw new ConflictError('payment attempt', record.id, 0);
      if (
        record.providerPaymentId !== undefined &&
        attemptByObject.has(objectKey(record.provider, record.providerPaymentId))
      )
        throw new ConflictError('payment attempt', record.id, 0);
      if (record.status === 'succeeded' && succeededOfPayment.has(record.paymentId))
        throw new ConflictError('payment attempt', record.id, 0);
      const stored = putNew(attempts, record);
      attemptByKey.set(record.idempotencyKey, record.id);
      indexAttempt(record);
      addTo(attemptsOfPayment, record.paymentId, record.id);
      return copy(stored);
    },
    async update(record, expectedVersion) {
      const current = attempts.get(record.id);
      if (current === undefined || current.version !== expectedVersion)
        throw new ConflictError('payment attempt', record.id, expectedVersion);
      checkPaymentAttemptRecord(record);
      checkUnchangedFields<PaymentAttemptRecord>(current, record, ATTEMPT_FIXED_FIELDS, 'attempt');
      if (
        current.providerPaymentId !== undefined &&
        record.providerPaymentId !== current.providerPaymentId
      )
        invalidArgument('attempt.providerPaymentId cannot change once set');
      if (!allowsStatusChange(ATTEMPT_STATUS_EDGES, current.status, record.status)) {
        throw new KabinetError(
          'ERR_INVALID_STATE',
          `attempt ${record.id}: ${current.status} -> ${record.status} is not in the table`,
        );
      }
      if (record.providerPaymentId !== undefined && current.providerPaymentId === undefined) {
        const holder = attemptByObject.get(objectKey(record.provider, record.providerPaymentId));
        if (holder !== undefined && holder !== record.id)
          throw new ConflictError('payment attempt', record.id, expectedVersion);
      }
      const winner = succeededOfPayment.get(record.paymentId);
      if (record.status === 'succeeded' && winner !== undefined && winner !== record.id)
        throw new ConflictError('payment attempt', record.id, expectedVersion);
      const stored = putVersion(attempts, record, expectedVersion + 1);
      indexAttempt(record);
      return copy(stored);
    },
  };
}
