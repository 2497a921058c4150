import { ConflictError, KabinetError, type Clock } from '@kabinet/core';
import {
  ATTEMPT_FIXED_FIELDS,
  ATTEMPT_STATUS_EDGES,
  METHOD_FIXED_FIELDS,
  PAYMENT_FIXED_FIELDS,
  PAYMENT_STATUS_EDGES,
  allowsStatusChange,
  checkIdempotencyRecord,
  checkPaymentAttemptRecord,
  checkPaymentListQuery,
  checkPaymentMethodRecord,
  checkPaymentRecord,
  checkProcessedCallback,
  checkUnchangedFields,
  encodePaymentCursor,
  invalidArgument,
  type IdempotencyClaim,
  type IdempotencyRecord,
  type Page,
  type PaymentAttemptRecord,
  type PaymentListQuery,
  type PaymentMethodRecord,
  type PaymentRecord,
  type PaymentStore,
  type ProcessedCallback,
  type Stored,
} from '@kabinet/ports';

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

const SWEEP_EVERY = 1000;

function copy<T>(value: T): T {
  return structuredClone(value);
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
  const { clock } = options;
  const payments = new Map<string, Stored<PaymentRecord>>();
  const paymentByTxn = new Map<string, string>();
  const paymentByUin = new Map<string, string>();
  const paymentsOfAccount = new Map<string, Set<string>>();
  const attempts = new Map<string, Stored<PaymentAttemptRecord>>();
  const attemptByKey = new Map<string, string>();
  const attemptByObject = new Map<string, string>();
  const attemptsOfPayment = new Map<string, Set<string>>();
  const succeededOfPayment = new Map<string, string>();
  const methods = new Map<string, Stored<PaymentMethodRecord>>();
  const methodByFingerprint = new Map<string, string>();
  const methodsOfAccount = new Map<string, Set<string>>();
  const keys = new Map<string, IdempotencyRecord>();
  const callbacks = new Map<string, ProcessedCallback>();
  let operations = 0;

  const objectKey = (provider: string, id: string): string => `${provider}\u0000${id}`;
  const fingerprintKey = (accountId: string, fingerprint: string): string =>
    `${accountId}\u0000${fingerprint}`;
  const add = (index: Map<string, Set<string>>, key: string, id: string): void => {
    let set = index.get(key);
    if (set === undefined) index.set(key, (set = new Set()));
    set.add(id);
  };

  function tick(): void {
    operations += 1;
    if (operations % SWEEP_EVERY !== 0) return;
    const now = clock.now();
    for (const [key, record] of keys) if (now >= record.expiresAt) keys.delete(key);
    for (const [key, entry] of callbacks) if (now >= entry.expiresAt) callbacks.delete(key);
  }

  const paymentRepo: PaymentStore['payments'] = {
    async get(id) {
      const p = payments.get(id);
      return p === undefined ? undefined : copy(p);
    },
    async findByTransactionNumber(transactionNumber) {
      const id = paymentByTxn.get(transactionNumber);
      return id === undefined ? undefined : copy(payments.get(id)!);
    },
    async findActiveByUin(uin) {
      const id = paymentByUin.get(uin);
      return id === undefined ? undefined : copy(payments.get(id)!);
    },
    async create(record) {
      checkPaymentRecord(record);
      if (payments.has(record.id)) throw new ConflictError('payment', record.id, 0);
      if (paymentByTxn.has(record.transactionNumber))
        throw new ConflictError('payment', record.id, 0);
      if (record.status !== 'canceled' && paymentByUin.has(record.uin))
        throw new ConflictError('payment', record.id, 0);
      const stored = { ...copy(record), version: 1 } as Stored<PaymentRecord>;
      payments.set(record.id, stored);
      paymentByTxn.set(record.transactionNumber, record.id);
      if (record.status !== 'canceled') paymentByUin.set(record.uin, record.id);
      add(paymentsOfAccount, record.accountId, record.id);
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
      const { version: _ignored, ...fields } = record as Stored<PaymentRecord>;
      const stored = { ...copy(fields), version: expectedVersion + 1 } as Stored<PaymentRecord>;
      payments.set(record.id, stored);
      if (record.status === 'canceled') {
        if (holder === record.id) paymentByUin.delete(record.uin);
      } else {
        paymentByUin.set(record.uin, record.id);
      }
      return copy(stored);
    },
    async listByAccount(query: PaymentListQuery): Promise<Page<Stored<PaymentRecord>>> {
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

  const attemptRepo: PaymentStore['attempts'] = {
    async get(id) {
      const a = attempts.get(id);
      return a === undefined ? undefined : copy(a);
    },
    async findByProviderPaymentId(provider, providerPaymentId) {
      const id = attemptByObject.get(objectKey(provider, providerPaymentId));
      return id === undefined ? undefined : copy(attempts.get(id)!);
    },
    async listByPayment(paymentId) {
      return [...(attemptsOfPayment.get(paymentId) ?? [])]
        .map((id) => attempts.get(id)!)
        .sort((a, b) => a.sequence - b.sequence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map(copy);
    },
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
      const stored = { ...copy(record), version: 1 } as Stored<PaymentAttemptRecord>;
      attempts.set(record.id, stored);
      attemptByKey.set(record.idempotencyKey, record.id);
      if (record.providerPaymentId !== undefined)
        attemptByObject.set(objectKey(record.provider, record.providerPaymentId), record.id);
      if (record.status === 'succeeded') succeededOfPayment.set(record.paymentId, record.id);
      add(attemptsOfPayment, record.paymentId, record.id);
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
      const { version: _ignored, ...fields } = record as Stored<PaymentAttemptRecord>;
      const stored = {
        ...copy(fields),
        version: expectedVersion + 1,
      } as Stored<PaymentAttemptRecord>;
      attempts.set(record.id, stored);
      if (record.providerPaymentId !== undefined)
        attemptByObject.set(objectKey(record.provider, record.providerPaymentId), record.id);
      if (record.status === 'succeeded') succeededOfPayment.set(record.paymentId, record.id);
      return copy(stored);
    },
  };

  const methodRepo: PaymentStore['methods'] = {
    async get(id) {
      const m = methods.get(id);
      return m === undefined ? undefined : copy(m);
    },
    async findActiveByFingerprint(accountId, fingerprint) {
      const id = methodByFingerprint.get(fingerprintKey(accountId, fingerprint));
      return id === undefined ? undefined : copy(methods.get(id)!);
    },
    async listByAccount(accountId) {
      return [...(methodsOfAccount.get(accountId) ?? [])]
        .map((id) => methods.get(id)!)
        .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map(copy);
    },
    async create(record) {
      checkPaymentMethodRecord(record);
      const key = fingerprintKey(record.accountId, record.fingerprint);
      if (methods.has(record.id) || (record.status === 'active' && methodByFingerprint.has(key)))
        throw new ConflictError('payment method', record.id, 0);
      const stored = { ...copy(record), version: 1 } as Stored<PaymentMethodRecord>;
      methods.set(record.id, stored);
      if (record.status === 'active') methodByFingerprint.set(key, record.id);
      add(methodsOfAccount, record.accountId, record.id);
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
      const { version: _ignored, ...fields } = record as Stored<PaymentMethodRecord>;
      const stored = {
        ...copy(fields),
        version: expectedVersion + 1,
      } as Stored<PaymentMethodRecord>;
      methods.set(record.id, stored);
      if (record.status === 'active') methodByFingerprint.set(key, record.id);
      else if (holder === record.id) methodByFingerprint.delete(key);
      return copy(stored);
    },
  };

  return {
    payments: paymentRepo,
    attempts: attemptRepo,
    methods: methodRepo,
    idempotency: {
      async claim(record): Promise<IdempotencyClaim> {
        tick();
        checkIdempotencyRecord(record);
        const existing = keys.get(record.key);
        if (existing !== undefined && clock.now() < existing.expiresAt) {
          return {
            outcome: existing.fingerprint === record.fingerprint ? 'replay' : 'mismatch',
            record: copy(existing),
          };
        }
        keys.set(record.key, copy(record));
        return { outcome: 'created', record: copy(record) };
      },
      async get(key) {
        const existing = keys.get(key);
        return existing !== undefined && clock.now() < existing.expiresAt
          ? copy(existing)
          : undefined;
      },
    },
    callbacks: {
      async has(provider, eventKey) {
        const entry = callbacks.get(objectKey(provider, eventKey));
        return entry !== undefined && clock.now() < entry.expiresAt;
      },
      async markProcessed(entry) {
        tick();
        checkProcessedCallback(entry);
        const key = objectKey(entry.provider, entry.eventKey);
        const existing = callbacks.get(key);
        if (existing !== undefined && clock.now() < existing.expiresAt) return false;
        callbacks.set(key, copy(entry));
        return true;
      },
    },
    peekPayment: (id) => (payments.has(id) ? copy(payments.get(id)!) : undefined),
    peekAttempt: (id) => (attempts.has(id) ? copy(attempts.get(id)!) : undefined),
    peekMethod: (id) => (methods.has(id) ? copy(methods.get(id)!) : undefined),
    peekIdempotency: (key) => (keys.has(key) ? copy(keys.get(key)!) : undefined),
    peekCallback: (provider, eventKey) => {
      const entry = callbacks.get(objectKey(provider, eventKey));
      return entry === undefined ? undefined : copy(entry);
    },
    clear() {
      for (const map of [
        payments,
        paymentByTxn,
        paymentByUin,
        paymentsOfAccount,
        attempts,
        attemptByKey,
        attemptByObject,
        attemptsOfPayment,
        succeededOfPayment,
        methods,
        methodByFingerprint,
        methodsOfAccount,
        keys,
        callbacks,
      ]) {
        map.clear();
      }
    },
  };
}
