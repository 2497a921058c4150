import { defineMachine } from '@kabinet/core';
import type { AccountLifecycle } from '@kabinet/ports';

const states = [
  'draft',
  'contacts_pending',
  'active',
  'clarification_requested',
  'restricted',
  'locked',
  'blocked',
  'closed',
] as const satisfies readonly AccountLifecycle[];

/**
 * The account lifecycle as a transition table (ACC-3, ACC-5, ACC-8, CONTACT-6): a draft is
 * submitted and waits for both contacts, becomes active once they are confirmed, moves to
 * `clarification_requested` on a registry mismatch and to `restricted` when the 48-hour
 * deadline passes, is `locked` by repeated failures and unlocked by support (or by time, when
 * the lockout policy sets a timed lock), can be
 * blocked by support, and closed. Code, tests and `docs/state-diagrams.md` all read this table.
 *
 * @example
 * ```ts
 * accountLifecycleMachine.transition('contacts_pending', 'contacts_confirmed'); // ok('active')
 * accountLifecycleMachine.can('locked', 'contacts_confirmed'); // false
 * ```
 */
export const accountLifecycleMachine = defineMachine({
  id: 'account.lifecycle',
  states,
  events: [
    'submit',
    'contacts_confirmed',
    'clarification_requested',
    'clarification_answered',
    'deadline_passed',
    'restriction_lifted',
    'locked_out',
    'lock_expired',
    'support_block',
    'support_unblock',
    'close',
  ],
  initial: 'draft',
  final: ['closed'],
  transitions: [
    { from: 'draft', event: 'submit', to: 'contacts_pending' },
    { from: 'contacts_pending', event: 'contacts_confirmed', to: 'active' },
    { from: 'active', event: 'clarification_requested', to: 'clarification_requested' },
    { from: 'clarification_requested', event: 'clarification_answered', to: 'active' },
    { from: 'clarification_requested', event: 'deadline_passed', to: 'restricted' },
    { from: 'restricted', event: 'restriction_lifted', to: 'active' },
    { from: ['active', 'clarification_requested', 'restricted'], event: 'locked_out', to: 'locked' },
    // Only with a timed lock in the lockout policy; the default lock lasts until support lifts it (ACC-8).
    { from: 'locked', event: 'lock_expired', to: 'active' },
    {
      from: ['contacts_pending', 'active', 'clarification_requested', 'restricted', 'locked'],
      event: 'support_block',
      to: 'blocked',
    },
    { from: ['locked', 'blocked'], event: 'support_unblock', to: 'active' },
    { from: ['contacts_pending', 'active', 'clarification_requested', 'restricted'], event: 'close', to: 'closed' },
  ],
});

/** The events of {@link accountLifecycleMachine}. */
export type AccountLifecycleEvent = (typeof accountLifecycleMachine.events)[number];
