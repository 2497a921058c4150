import { ConflictError } from '@kabinet/core';
import {
  METHOD_FIXED_FIELDS,
  checkPaymentMethodRecord,
  checkUnchangedFields,
  type PaymentMethodRecord,
  type PaymentStore,
} from '@kabinet/ports';
import type { PaymentState } from './_lib/payment-state.js';
import {
  addTo,
  byId,
  copy,
  copyOf,
  putNew,
  putVersion,
  sortedCopies,
} from './_lib/record-copies.js';

const fingerprintKey = (accountId: string, fingerprint: string): string =>
  `${accountId}\u0000${fingerprint}`;

const byCreation = (a: PaymentMethodRecord, b: PaymentMethodRecord): number =>
  a.createdAt - b.createdAt || byId(a, b);

/**
 * The saved payment methods of a memory payment store: optimistic versions, one active method
 * per account and card fingerprint.
 *
 * @param state - the store's state
 * @returns the repository
 * @example
 * ```ts
 * const methods = createMethodRepo(createPaymentState(clock));
 * const m = await methods.create(method);
 * ```
 */
export function createMethodRepo(state: PaymentState): PaymentStore['methods'] {
  const { methods, methodByFingerprint, methodsOfAccount } = state;
  return {
    get: async (id) => copyOf(methods, id),
    findActiveByFingerprint: async (accountId, fingerprint) =>
      copyOf(methods, methodByFingerprint.get(fingerprintKey(accountId, fingerprint))),
    listByAccount: async (accountId) =>
      sortedCopies(methods, methodsOfAccount.get(accountId), byCreation),
    async create(record) {
      checkPaymentMethodRecord(record);
      const key = fingerprintKey(record.accountId, record.fingerprint);
      if (methods.has(record.id) || (record.status === 'active' && methodByFingerprint.has(key)))
        throw new ConflictError('payment method', record.id, 0);
      const stored = putNew(methods, record);
      if (record.status === 'active') methodByFingerprint.set(key, record.id);
      addTo(methodsOfAccount, record.accountId, record.id);
      return copy(stored);
    },
    async update(record, expectedVersion) {
      const current = methods.get(record.id);
      if (current === undefined || current.version !== expectedVersion)
        throw new ConflictError('payment method', record.id, expectedVersion);
      checkUnchangedFields<PaymentMethodRecord>(current, record, METHOD_FIXED_FIELDS, 'method');
      const key = fingerprintKey(record.accountId, record.fingerprint);
      const holder = methodByFingerprint.get(key);
      if (record.status === 'active' && holder !== undefined && holder !== record.id)
        throw new ConflictError('payment method', record.id, expectedVersion);
      const stored = putVersion(methods, record, expectedVersion + 1);
      if (record.status === 'active') methodByFingerprint.set(key, record.id);
      else if (holder === record.id) methodByFingerprint.delete(key);
      return copy(stored);
    },
  };
}
