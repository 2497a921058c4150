import { defineMachine } from '@kabinet/core';

/**
 * The lifecycle of one delivery as a transition table (code, tests and the diagram in
 * `docs/state-diagrams.md` read it): a deliverer `claim`s a due pending delivery (or one whose
 * claim lapsed, `reclaim`), the gateway `accept`s it (`sent`), a retryable failure `retry`s it
 * (back to `pending`, due after the backoff) and a permanent one, or the last allowed try,
 * `refuse`s it (`failed`).
 *
 * @example
 * ```ts
 * deliveryMachine.transition('pending', 'claim'); // { success: true, data: 'sending' }
 * deliveryMachine.can('sent', 'claim'); // false
 * ```
 */
export const deliveryMachine = defineMachine({
  id: 'notice-delivery',
  states: ['pending', 'sending', 'sent', 'failed'],
  events: ['claim', 'reclaim', 'accept', 'retry', 'refuse'],
  initial: 'pending',
  final: ['sent', 'failed'],
  transitions: [
    { from: 'pending', event: 'claim', to: 'sending' },
    { from: 'sending', event: 'reclaim', to: 'sending' },
    { from: 'sending', event: 'accept', to: 'sent' },
    { from: 'sending', event: 'retry', to: 'pending' },
    { from: 'sending', event: 'refuse', to: 'failed' },
  ],
});
