import { checkProcessedCallback, type PaymentStore } from '@kabinet/ports';
import { tick, type PaymentState } from './_lib/payment-state.js';
import { copy, objectKey } from './_lib/record-copies.js';

/**
 * The processed provider callbacks of a memory payment store: put-if-absent with expiry, so a
 * redelivered event is seen as processed until its entry expires.
 *
 * @param state - the store's state
 * @returns the repository
 * @example
 * ```ts
 * const callbacks = createProcessedCallbacks(createPaymentState(clock));
 * if (await callbacks.markProcessed(entry)) await handle(event);
 * ```
 */
export function createProcessedCallbacks(state: PaymentState): PaymentStore['callbacks'] {
  const { callbacks, clock } = state;
  return {
    async has(provider, eventKey) {
      const entry = callbacks.get(objectKey(provider, eventKey));
      return entry !== undefined && clock.now() < entry.expiresAt;
    },
    async markProcessed(entry) {
      tick(state);
      checkProcessedCallback(entry);
      const key = objectKey(entry.provider, entry.eventKey);
      const existing = callbacks.get(key);
      if (existing !== undefined && clock.now() < existing.expiresAt) return false;
      callbacks.set(key, copy(entry));
      return true;
    },
  };
}
