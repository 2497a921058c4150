import { defineMachine, type StateMachine, type TransitionRule } from '@kabinet/core';
import type { IdentityCheckKind, IdentityCheckState } from '@kabinet/ports';

/** Every event any identity check machine knows. */
export type IdentityCheckEvent =
  | 'evidence_submitted'
  | 'bank_confirmed'
  | 'signature_verified'
  | 'code_sent'
  | 'code_verified'
  | 'appointment_booked'
  | 'operator_verified'
  | 'letter_sent'
  | 'letter_code_entered'
  | 'activation_used'
  | 'registry_confirmed'
  | 'registry_mismatch'
  | 'registry_delayed'
  | 'clarification_answered'
  | 'deadline_passed'
  | 'cancel';

/** The machine of one identity check kind. */
export type IdentityCheckMachine = StateMachine<IdentityCheckState, IdentityCheckEvent>;

type Row = TransitionRule<IdentityCheckState, IdentityCheckEvent>;

/** The registry check and the clarification loop every kind ends with (ACC-5). */
const tail: readonly Row[] = [
  { from: 'checking', event: 'registry_confirmed', to: 'confirmed' },
  { from: 'checking', event: 'registry_mismatch', to: 'clarification_requested' },
  { from: 'checking', event: 'registry_delayed', to: 'checking' },
  { from: ['clarification_requested', 'overdue'], event: 'clarification_answered', to: 'checking' },
  { from: 'clarification_requested', event: 'deadline_passed', to: 'overdue' },
];

const tailStates: readonly IdentityCheckState[] = [
  'checking',
  'clarification_requested',
  'overdue',
  'confirmed',
  'cancelled',
];

function build(
  kind: IdentityCheckKind,
  head: readonly Row[],
  headStates: readonly IdentityCheckState[],
): IdentityCheckMachine {
  const states: IdentityCheckState[] = ['started', ...headStates, ...tailStates];
  const open = states.filter((s) => s !== 'confirmed' && s !== 'cancelled');
  const transitions = [...head, ...tail, { from: open, event: 'cancel', to: 'cancelled' } as Row];
  const events = [...new Set(transitions.map((row) => row.event))];
  return defineMachine<IdentityCheckState, IdentityCheckEvent>({
    id: `identity.${kind}`,
    states,
    events,
    initial: 'started',
    final: ['confirmed', 'cancelled'],
    transitions,
  });
}

/**
 * The identity check of each kind as a transition table: the documents check that lifts an
 * account to standard, and one machine per ACC-7 confirmation method — document upload,
 * bank card / online bank, SMS code, video call, e-signature, registered mail (tracking
 * number, completes when the code from the letter is entered) and in person at a service
 * centre (operator enters the data, an activation link goes by SMS). Every kind ends in the
 * registry check with its clarification loop and 48-hour deadline (ACC-5).
 *
 * @example
 * ```ts
 * const mail = identityCheckMachines.registered_mail;
 * mail.transition('started', 'letter_sent');        // ok('in_transit')
 * mail.transition('in_transit', 'registry_confirmed'); // issue: not allowed
 * ```
 */
export const identityCheckMachines: Readonly<Record<IdentityCheckKind, IdentityCheckMachine>> = {
  documents: build(
    'documents',
    [{ from: 'started', event: 'evidence_submitted', to: 'checking' }],
    [],
  ),
  document_upload: build(
    'document_upload',
    [{ from: 'started', event: 'evidence_submitted', to: 'checking' }],
    [],
  ),
  bank: build('bank', [{ from: 'started', event: 'bank_confirmed', to: 'checking' }], []),
  sms_code: build(
    'sms_code',
    [
      { from: ['started', 'awaiting_code'], event: 'code_sent', to: 'awaiting_code' },
      { from: 'awaiting_code', event: 'code_verified', to: 'checking' },
    ],
    ['awaiting_code'],
  ),
  video: build(
    'video',
    [
      {
        from: ['started', 'appointment_booked'],
        event: 'appointment_booked',
        to: 'appointment_booked',
      },
      { from: 'appointment_booked', event: 'operator_verified', to: 'checking' },
    ],
    ['appointment_booked'],
  ),
  e_signature: build(
    'e_signature',
    [{ from: 'started', event: 'signature_verified', to: 'checking' }],
    [],
  ),
  registered_mail: build(
    'registered_mail',
    [
      { from: 'started', event: 'letter_sent', to: 'in_transit' },
      { from: 'in_transit', event: 'letter_code_entered', to: 'checking' },
    ],
    ['in_transit'],
  ),
  in_person: build(
    'in_person',
    [
      { from: 'started', event: 'operator_verified', to: 'activation_sent' },
      { from: 'activation_sent', event: 'activation_used', to: 'checking' },
    ],
    ['activation_sent'],
  ),
};
