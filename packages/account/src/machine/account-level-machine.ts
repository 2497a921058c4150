import { defineMachine } from '@kabinet/core';
import { ACCOUNT_LEVELS } from '@kabinet/ports';

/**
 * Account levels as a transition table (ACC-2): `none` → упрощённая (`simplified`, name and
 * a confirmed contact) → стандартная (`standard`, identity documents checked by the
 * registry) → подтверждённая (`confirmed`, identity confirmed by an ACC-7 method). Each rise
 * has its own event, so a level can never be skipped, and no event lowers a level.
 *
 * @example
 * ```ts
 * accountLevelMachine.transition('simplified', 'documents_verified'); // ok('standard')
 * accountLevelMachine.can('simplified', 'identity_confirmed'); // false: no skipping
 * ```
 */
export const accountLevelMachine = defineMachine({
  id: 'account.level',
  states: ACCOUNT_LEVELS,
  events: ['contacts_confirmed', 'documents_verified', 'identity_confirmed'],
  initial: 'none',
  final: ['confirmed'],
  transitions: [
    { from: 'none', event: 'contacts_confirmed', to: 'simplified' },
    { from: 'simplified', event: 'documents_verified', to: 'standard' },
    { from: 'standard', event: 'identity_confirmed', to: 'confirmed' },
  ],
});

/** The events of {@link accountLevelMachine}. */
export type AccountLevelEvent = (typeof accountLevelMachine.events)[number];
