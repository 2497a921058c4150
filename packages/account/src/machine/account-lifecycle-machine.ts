import { defineMachine } from '@kabinet/core';
import { ACCOUNT_LIFECYCLES } from '@kabinet/ports';

/**
 * The account lifecycle as a transition table (ACC-3, ACC-5, ACC-8, CONTACT-6): a draft is
 * submitted and waits for both contacts, becomes active once they are confirmed, moves to
 * `clarification_requested` on a registry mismatch and to `restricted` when the 48-hour
 * deadline passes, is `locked` by repeated failures when the lockout policy locks until
 * support (`supportLockoutPolicy`; the default's temporary locks leave the lifecycle alone) and
 * unlocked by support, by time, or by its owner's code where the policy allows, can be
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
  states: ACCOUNT_LIFECYCLES,
  events: [
    'submit',
    'contacts_confirmed',
    'clarification_requested',
    'clarification_answered',
    'deadline_passed',
    'restriction_lifted',
    'locked_out',
    'lock_expired',
    'owner_unlock',
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
    {
      from: ['active', 'clarification_requested', 'restricted'],
      event: 'locked_out',
      to: 'locked',
    },
    // A lifecycle lock that has run out (a timed lock of an older policy, or one an integrator mirrors); support locks do not (ACC-8).
    { from: 'locked', event: 'lock_expired', to: 'active' },
    // The owner's self-service unlock with a code, where the lockout policy allows it (S-7).
    { from: 'locked', event: 'owner_unlock', to: 'active' },
    {
      from: ['contacts_pending', 'active', 'clarification_requested', 'restricted', 'locked'],
      event: 'support_block',
      to: 'blocked',
    },
    { from: ['locked', 'blocked'], event: 'support_unblock', to: 'active' },
    {
      from: ['contacts_pending', 'active', 'clarification_requested', 'restricted'],
      event: 'close',
      to: 'closed',
    },
  ],
});

/** The events of {@link accountLifecycleMachine}. */
export type AccountLifecycleEvent = (typeof accountLifecycleMachine.events)[number];
