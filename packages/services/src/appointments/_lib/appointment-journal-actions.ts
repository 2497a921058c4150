import type { AppointmentState } from '../appointment-machine.js';

/** What every `appointment.*` entry of a booking carries (`journal` adds it). */
type BookingPayload = {
  /** The appointment. */
  readonly appointmentId: string;
  /** Its number, as the holder sees it. */
  readonly number: string;
};

/** The payload of an appointment that ran out (a hold not confirmed in time). */
type ExpiredPayload = BookingPayload & {
  /** Why: the issue code `appointment.hold_expired`. */
  readonly reason: string;
};

// The journal actions of appointments (AUD-1), with their payloads as written today:
// `journal` and `unit.append` check every entry against them at compile time.
declare module '@kabinet/audit' {
  interface JournalActionCatalogue {
    /** A slot was held for the account. */
    'appointment.held': BookingPayload & {
      readonly officeId: string;
      readonly serviceId: string;
      readonly slot: string;
      readonly start: number;
      /** When the hold runs out (epoch ms). */
      readonly holdUntil: number;
    };
    /** A hold was refused: the slot was taken (no appointment yet). */
    'appointment.hold_refused': {
      readonly officeId: string;
      readonly serviceId: string;
      readonly slot: string;
      /** The issue code `appointment.slot_taken`. */
      readonly reason: string;
    };
    /** A hold was confirmed: the appointment is booked. */
    'appointment.booked': BookingPayload & {
      readonly officeId: string;
      readonly serviceId: string;
      readonly slot: string;
      readonly start: number;
    };
    /** A hold ran out. */
    'appointment.expired': ExpiredPayload;
    /** The holder did not come. */
    'appointment.no_show': BookingPayload & {
      readonly start: number;
    };
    /** The holder cancelled. */
    'appointment.cancelled': BookingPayload & {
      /** The state it was cancelled from. */
      readonly from: AppointmentState;
      readonly slot: string;
    };
    /** The holder moved it to another slot. */
    'appointment.moved': BookingPayload & {
      readonly from: string;
      readonly to: string;
      readonly start: number;
    };
    /** An operator checked the holder in with the visit pass. */
    'appointment.checked_in': BookingPayload & {
      readonly officeId: string;
      /** The `kid` of the key that signed the pass. */
      readonly kid: string;
    };
  }
}
