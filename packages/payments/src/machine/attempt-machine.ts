import { defineMachine } from '@kabinet/core';
import { ATTEMPT_STATUSES } from '@kabinet/ports';

/**
 * The attempt's transition table (one try with one method, one provider object). Attempts
 * only move forward: `created` → `requires_action` → `processing` → `authorized` → one of the
 * terminal `succeeded`, `failed`, `canceled`; any step may be skipped (a callback can be the
 * first news). Providers' statuses map onto these ranks, which is what makes callbacks
 * commute (see {@link classifyObservation}). Every store enforces the same edges
 * (`ATTEMPT_STATUS_EDGES`).
 *
 * @example
 * ```ts
 * attemptMachine.transition('processing', 'succeed'); // { success: true, data: 'succeeded' }
 * attemptMachine.can('failed', 'succeed');            // false
 * ```
 */
export const attemptMachine = defineMachine({
  id: 'payment_attempt',
  states: ATTEMPT_STATUSES,
  events: ['require_action', 'submit', 'authorize', 'succeed', 'fail', 'cancel'],
  initial: 'created',
  final: ['succeeded', 'failed', 'canceled'],
  transitions: [
    { from: 'created', event: 'require_action', to: 'requires_action' },
    { from: ['created', 'requires_action'], event: 'submit', to: 'processing' },
    { from: ['created', 'requires_action', 'processing'], event: 'authorize', to: 'authorized' },
    {
      from: ['created', 'requires_action', 'processing', 'authorized'],
      event: 'succeed',
      to: 'succeeded',
    },
    {
      from: ['created', 'requires_action', 'processing', 'authorized'],
      event: 'fail',
      to: 'failed',
    },
    {
      from: ['created', 'requires_action', 'processing', 'authorized'],
      event: 'cancel',
      to: 'canceled',
    },
  ],
});
