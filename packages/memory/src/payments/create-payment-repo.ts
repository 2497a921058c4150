import { ConflictError, KabinetError } from '@kabinet/core';
import {
  PAYMENT_FIXED_FIELDS,
  PAYMENT_STATUS_EDGES,
  allowsStatusChange,
  checkPaymentListQuery,
  checkPaymentRecord,
  checkUnchangedFields,
  encodePaymentCursor,
  type PaymentRecord,
  type PaymentStore,
  type Stored,
} from '@kabinet/ports';
import type { PaymentState } from './_lib/payment-state.js';
import { addTo, copy, copyOf, putNew, putVersion } from './_lib/record-copies.js';

/**
 * The payments of a memory payment store: optimistic versions (S-15), unique transaction
 * numbers, one non-cancelled payment per УИН, status changes only along the table, keyset pages
 * (`createdAt` desc, `id` desc).
 *
 * @param state - the store's state
 * @returns the repository
 * @example
 * ```ts
 * const payments = createPaymentRepo(createPaymentState(clock));
 * const p = await payments.create(payment);
 * ```
 */
export function createPaymentRepo(state: PaymentState): PaymentStore['payments'] {
  const { payments, paymentByTxn, paymentByUin, paymentsOfAccount } = state;
  return {
    get: async (id) => copyOf(payments, id),
    findByTransactionNumber: async (txn) => copyOf(payments, paymentByTxn.get(txn)),
    findActiveByUin: async (uin) => copyOf(payments, paymentByUin.get(uin)),
    async create(record) {
      checkPaymentRecord(record);
      if (payments.has(record.id)) throw new ConflictError('payment', record.id, 0);
      if (paymentByTxn.has(record.transactionNumber))
        throw new ConflictError('payment', record.id, 0);
      if (record.status !== 'canceled' && paymentByUin.has(record.uin))
        throw new ConflictError('payment', record.id, 0);
      const stored = putNew(payments, record);
      paymentByTxn.set(record.transactionNumber, record.id);
      if (record.status !== 'canceled') paymentByUin.set(record.uin, record.id);
      addTo(paymentsOfAccount, record.accountId, record.id);
      return copy(stored);
    },
    async update(record, expectedVersion) {
      const current = payments.get(record.id);
      if (current === undefined || current.version !== expectedVersion)
        throw new ConflictError('payment', record.id, expectedVersion);
      checkPaymentRecord(record);
      checkUnchangedFields<PaymentRecord>(current, record, PAYMENT_FIXED_FIELDS, 'payment');
      if (!allowsStatusChange(PAYMENT_STATUS_EDGES, current.status, record.status)) {
        throw new KabinetError(
          'ERR_INVALID_STATE',
          `payment ${record.id}: ${current.status} -> ${record.status} is not in the table`,
        );
      }
      const holder = paymentByUin.get(record.uin);
      if (record.status !== 'canceled' && holder !== undefined && holder !== record.id)
        throw new ConflictError('payment', record.id, expectedVersion);
      const stored = putVersion(payments, record, expectedVersion + 1);
      if (record.status === 'canceled') {
        if (holder === record.id) paymentByUin.delete(record.uin);
      } else {
        paymentByUin.set(record.uin, record.id);
      }
      return copy(stored);
    },
    async listByAccount(query) {
      const after = checkPaymentListQuery(query);
      const types = query.serviceTypes === undefined ? undefined : new Set(query.serviceTypes);
      const statuses = query.statuses === undefined ? undefined : new Set(query.statuses);
      const matching: Stored<PaymentRecord>[] = [];
      for (const id of paymentsOfAccount.get(query.accountId) ?? []) {
        const p = payments.get(id)!;
        if (query.from !== undefined && p.createdAt < query.from) continue;
        if (query.to !== undefined && p.createdAt >= query.to) continue;
        if (types !== undefined && !types.has(p.serviceType)) continue;
        if (statuses !== undefined && !statuses.has(p.status)) continue;
        if (
          after !== undefined &&
          !(p.createdAt < after.createdAt || (p.createdAt === after.createdAt && p.id < after.id))
        )
          continue;
        matching.push(p);
      }
      matching.sort((a, b) =>
        a.createdAt !== b.createdAt
          ? b.createdAt - a.createdAt
          : a.id < b.id
            ? 1
            : a.id > b.id
              ? -1
              : 0,
      );
      const items = matching.slice(0, query.limit).map(copy);
      const last = items[items.length - 1];
      return matching.length > query.limit && last !== undefined
        ? { items, nextCursor: encodePaymentCursor(last) }
        : { items };
    },
  };
}
