import { defineMachine } from '@kabinet/core';

/**
 * The appointment's transition table (SVC-2). A chosen slot is `held` for the policy time;
 * `confirm` books it; a hold that lapses unconfirmed is `expired` (`lapse`). A booking can be
 * moved to another slot (`move`, staying `booked`) or cancelled up to the policy cutoff before
 * the visit; at the office the operator scans the pass (`check_in`); a booking nobody came to
 * is marked `no_show` after the visit's end and a grace time. `cancelled`, `expired`,
 * `checked_in` and `no_show` are final.
 *
 * @example
 * ```ts
 * appointmentMachine.transition('held', 'confirm');    // { success: true, data: 'booked' }
 * appointmentMachine.can('checked_in', 'cancel');      // false
 * appointmentMachine.toMermaid();                      // the diagram in docs/appointments.md
 * ```
 */
export const appointmentMachine = defineMachine({
  id: 'appointment',
  states: ['held', 'booked', 'checked_in', 'no_show', 'cancelled', 'expired'],
  events: ['confirm', 'move', 'cancel', 'lapse', 'check_in', 'mark_no_show'],
  initial: 'held',
  final: ['checked_in', 'no_show', 'cancelled', 'expired'],
  transitions: [
    { from: 'held', event: 'confirm', to: 'booked' },
    { from: 'held', event: 'lapse', to: 'expired' },
    { from: ['held', 'booked'], event: 'cancel', to: 'cancelled' },
    { from: 'booked', event: 'move', to: 'booked' },
    { from: 'booked', event: 'check_in', to: 'checked_in' },
    { from: 'booked', event: 'mark_no_show', to: 'no_show' },
  ],
});

/**
 * A state of {@link appointmentMachine}.
 *
 * @example
 * ```ts
 * const state: AppointmentState = 'booked';
 * ```
 */
export type AppointmentState = (typeof appointmentMachine.states)[number];
