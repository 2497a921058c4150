import type { Clock } from '@kabinet/core';
import type {
  IdempotencyRecord,
  PaymentAttemptRecord,
  PaymentMethodRecord,
  PaymentRecord,
  ProcessedCallback,
  Stored,
} from '@kabinet/ports';

const SWEEP_EVERY = 1000;

/** What a memory payment store holds: the records, their unique and listing indexes, the keys. */
export interface PaymentState {
  readonly clock: Clock;
  readonly payments: Map<string, Stored<PaymentRecord>>;
  /** Payment id by transaction number, and by УИН for the one non-cancelled payment. */
  readonly paymentByTxn: Map<string, string>;
  readonly paymentByUin: Map<string, string>;
  readonly paymentsOfAccount: Map<string, Set<string>>;
  readonly attempts: Map<string, Stored<PaymentAttemptRecord>>;
  /** Attempt id by idempotency key, and by `objectKey(provider, providerPaymentId)`. */
  readonly attemptByKey: Map<string, string>;
  readonly attemptByObject: Map<string, string>;
  readonly attemptsOfPayment: Map<string, Set<string>>;
  /** The one succeeded attempt of a payment. */
  readonly succeededOfPayment: Map<string, string>;
  readonly methods: Map<string, Stored<PaymentMethodRecord>>;
  /** The active method by `fingerprintKey(accountId, fingerprint)`. */
  readonly methodByFingerprint: Map<string, string>;
  readonly methodsOfAccount: Map<string, Set<string>>;
  readonly keys: Map<string, IdempotencyRecord>;
  /** Processed callbacks by `objectKey(provider, eventKey)`. */
  readonly callbacks: Map<string, ProcessedCallback>;
  /** Operations since the store was created (every 1000th sweeps expired keys and callbacks). */
  operations: number;
}

/** An empty payment state judged by `clock`. */
export function createPaymentState(clock: Clock): PaymentState {
  return {
    clock,
    payments: new Map(),
    paymentByTxn: new Map(),
    paymentByUin: new Map(),
    paymentsOfAccount: new Map(),
    attempts: new Map(),
    attemptByKey: new Map(),
    attemptByObject: new Map(),
    attemptsOfPayment: new Map(),
    succeededOfPayment: new Map(),
    methods: new Map(),
    methodByFingerprint: new Map(),
    methodsOfAccount: new Map(),
    keys: new Map(),
    callbacks: new Map(),
    operations: 0,
  };
}

/** Counts an operation; every 1000th evicts the expired idempotency keys and callbacks. */
export function tick(state: PaymentState): void {
  state.operations += 1;
  if (state.operations % SWEEP_EVERY !== 0) return;
  const now = state.clock.now();
  for (const [key, record] of state.keys) if (now >= record.expiresAt) state.keys.delete(key);
  for (const [key, entry] of state.callbacks)
    if (now >= entry.expiresAt) state.callbacks.delete(key);
}

/** Every map of the state, for `clear`. */
export function allMaps(state: PaymentState): Map<string, unknown>[] {
  return [
    state.payments,
    state.paymentByTxn,
    state.paymentByUin,
    state.paymentsOfAccount,
    state.attempts,
    state.attemptByKey,
    state.attemptByObject,
    state.attemptsOfPayment,
    state.succeededOfPayment,
    state.methods,
    state.methodByFingerprint,
    state.methodsOfAccount,
    state.keys,
    state.callbacks,
  ];
}
