import { defineMachine } from '@kabinet/core';
import { PAYMENT_STATUSES } from '@kabinet/ports';

/**
 * The payment's transition table (one payment per accrual). Events name what happened:
 * `start` (an attempt waits for the payer), `submit` (an attempt went to the bank),
 * `authorize` (funds held), `succeed` (money moved), `fail` (the attempt was declined; a new
 * attempt may start: PAY-4), `hold` (the provider reported another amount or currency: held
 * for support in `requires_review`, which never reaches `paid`; a failure or a cancellation
 * moves it on), `cancel`, `reconcile` (GIS GMP matched the payment), `refund` (everything
 * captured went back). `paid` never goes back; `canceled` and `refunded` are terminal. Every store enforces the same edges (`PAYMENT_STATUS_EDGES`).
 *
 * @example
 * ```ts
 * paymentMachine.transition('processing', 'succeed'); // { success: true, data: 'paid' }
 * paymentMachine.can('paid', 'fail');                 // false
 * paymentMachine.toMermaid();                         // the diagram in docs/payments.md
 * ```
 */
export const paymentMachine = defineMachine({
  id: 'payment',
  states: PAYMENT_STATUSES,
  events: [
    'start',
    'submit',
    'authorize',
    'hold',
    'succeed',
    'fail',
    'cancel',
    'reconcile',
    'refund',
  ],
  initial: 'draft',
  final: ['canceled', 'refunded'],
  transitions: [
    { from: ['draft', 'failed'], event: 'start', to: 'requires_action' },
    { from: ['draft', 'requires_action', 'failed'], event: 'submit', to: 'processing' },
    { from: ['requires_action', 'processing'], event: 'authorize', to: 'authorized' },
    { from: ['requires_action', 'processing', 'authorized'], event: 'succeed', to: 'paid' },
    { from: ['requires_action', 'processing', 'authorized'], event: 'hold', to: 'requires_review' },
    {
      from: ['requires_action', 'processing', 'authorized', 'requires_review'],
      event: 'fail',
      to: 'failed',
    },
    {
      from: ['draft', 'requires_action', 'processing', 'authorized', 'requires_review', 'failed'],
      event: 'cancel',
      to: 'canceled',
    },
    { from: 'paid', event: 'reconcile', to: 'reconciled' },
    { from: ['paid', 'reconciled'], event: 'refund', to: 'refunded' },
  ],
});
