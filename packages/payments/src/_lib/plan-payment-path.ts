import type { PaymentStatus } from '@kabinet/ports';
import { paymentMachine } from '../machine/payment-machine.js';

type PaymentEvent = (typeof paymentMachine.events)[number];

/**
 * The shortest sequence of table transitions from `from` to `to` (breadth-first over the
 * payment machine): `[]` when equal, `undefined` when the table has no way (e.g. `paid` →
 * `failed`). Used when a payment must catch up with several steps at once (a callback that is
 * the first news of a success moves `draft` → `requires_action` → `paid`).
 */
export function planPaymentPath(
  from: PaymentStatus,
  to: PaymentStatus,
): { event: PaymentEvent; from: PaymentStatus; to: PaymentStatus }[] | undefined {
  if (from === to) return [];
  const previous = new Map<PaymentStatus, { event: PaymentEvent; from: PaymentStatus }>();
  const queue: PaymentStatus[] = [from];
  const seen = new Set<PaymentStatus>([from]);
  while (queue.length > 0) {
    const state = queue.shift()!;
    for (const event of paymentMachine.events) {
      const next = paymentMachine.transition(state, event);
      if (!next.success || seen.has(next.data)) continue;
      seen.add(next.data);
      previous.set(next.data, { event, from: state });
      if (next.data === to) {
        const path: { event: PaymentEvent; from: PaymentStatus; to: PaymentStatus }[] = [];
        let cursor: PaymentStatus = to;
        while (cursor !== from) {
          const step = previous.get(cursor)!;
          path.unshift({ event: step.event, from: step.from, to: cursor });
          cursor = step.from;
        }
        return path;
      }
      queue.push(next.data);
    }
  }
  return undefined;
}
