import { checkIdempotencyRecord, type PaymentStore } from '@kabinet/ports';
import { tick, type PaymentState } from './_lib/payment-state.js';
import { copy } from './_lib/record-copies.js';

/**
 * The idempotency keys of a memory payment store: put-if-absent with expiry (an expired key is
 * claimed anew; a live one answers `replay` for the same fingerprint, `mismatch` otherwise).
 *
 * @param state - the store's state
 * @returns the repository
 * @example
 * ```ts
 * const keys = createIdempotencyKeys(createPaymentState(clock));
 * const claim = await keys.claim({ key, fingerprint, expiresAt, ... });
 * ```
 */
export function createIdempotencyKeys(state: PaymentState): PaymentStore['idempotency'] {
  const { keys, clock } = state;
  return {
    async claim(record) {
      tick(state);
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
  };
}
