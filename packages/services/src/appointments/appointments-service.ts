import type { z } from 'zod';
import type { Result } from '@kabinet/core';
import type { Page } from '@kabinet/ports';
import type { AppointmentCatalogue } from './appointment-catalogue.js';
import type { AppointmentRecord } from './appointment-record.js';
import type { AppointmentsPolicy } from './appointments-policy.js';
import type { VisitPassPublicKey } from './visit-pass-claims.js';
import type { appointmentInputSchemas } from './appointment-input-schemas.js';
import type { AppointmentIssueCode } from './appointment-messages.js';

/**
 * What a method of {@link AppointmentsService} takes: the input type of its schema in
 * `appointmentInputSchemas` (still checked at run time; bad input returns issues).
 *
 * @example
 * ```ts
 * const input: AppointmentInput<'hold'> = { accountId: 'acc_1', accountLevel: 'standard', officeId: 'mow-1', serviceId: 'patent', slot: '2027-01-18T09:00' };
 * ```
 */
export type AppointmentInput<K extends keyof typeof appointmentInputSchemas> = z.input<
  (typeof appointmentInputSchemas)[K]
>;

/**
 * A slot with free seats, as `findFreeSlots` lists it.
 *
 * @example
 * ```ts
 * const slot: FreeSlotView = { slot: '2027-01-15T09:00', start: Date.UTC(2027, 0, 15, 6), end: Date.UTC(2027, 0, 15, 6, 15), free: 2, capacity: 3 };
 * ```
 */
export interface FreeSlotView {
  /** Local `YYYY-MM-DDTHH:MM` in the office's zone: what `hold` and `move` take. */
  readonly slot: string;
  /** Start, epoch ms. */
  readonly start: number;
  /** End, epoch ms. */
  readonly end: number;
  /** Seats still free. */
  readonly free: number;
  /** Seats of the slot. */
  readonly capacity: number;
}

/**
 * A booking's visit pass (`pass`): the signed text and its QR code.
 *
 * @example
 * ```ts
 * const pass = await appointments.pass({ accountId, appointmentId });
 * if (pass.success) response.type('image/svg+xml').send(pass.data.svg);
 * ```
 */
export interface VisitPass {
  /** The signed pass (compact JWS), what the QR code holds. */
  readonly text: string;
  /** The QR code as an SVG document. */
  readonly svg: string;
  /** The pass is valid until, epoch ms. */
  readonly expiresAt: number;
}

/**
 * What one `sweep` changed.
 *
 * @example
 * ```ts
 * const report: SweepReport = await appointments.sweep(); // { expired: 2, noShows: 1 }
 * ```
 */
export interface SweepReport {
  /** Lapsed holds marked `expired`. */
  readonly expired: number;
  /** Missed visits marked `no_show`. */
  readonly noShows: number;
}

/**
 * Appointments — «Запись на приём» (SVC-2). Inputs are read with `appointmentInputSchemas`:
 * bad input returns issues, never throws. Every state change is one journaled unit
 * (`appointment.*`, AUD-1) with its notices.
 *
 * @example
 * ```ts
 * const slots = await appointments.findFreeSlots({ officeId: 'mow-1', serviceId: 'patent', from: '2027-01-18', to: '2027-01-22' });
 * const held = await appointments.hold({ accountId, accountLevel: 'standard', officeId: 'mow-1', serviceId: 'patent', slot: '2027-01-18T09:00' });
 * if (held.success) await appointments.confirm({ accountId, appointmentId: held.data.id });
 * ```
 */
export interface AppointmentsService {
  /** The offices, services, schedules and holidays (the catalogue). */
  catalogue(): AppointmentCatalogue;
  /** The policy in force. */
  policy(): AppointmentsPolicy;
  /** Free slots of an office for a service between two local dates (both included). */
  findFreeSlots(
    input: AppointmentInput<'findFreeSlots'>,
  ): Promise<Result<FreeSlotView[], AppointmentIssueCode>>;
  /** Holds a slot for the policy time: the appointment starts `held`. */
  hold(input: AppointmentInput<'hold'>): Promise<Result<AppointmentRecord, AppointmentIssueCode>>;
  /** Books the held slot; notices the booking and schedules the reminder. */
  confirm(
    input: AppointmentInput<'appointment'>,
  ): Promise<Result<AppointmentRecord, AppointmentIssueCode>>;
  /** Moves a booking to another slot, all or nothing, until the cutoff. */
  move(input: AppointmentInput<'move'>): Promise<Result<AppointmentRecord, AppointmentIssueCode>>;
  /** Cancels a hold, or a booking until the cutoff. */
  cancel(
    input: AppointmentInput<'appointment'>,
  ): Promise<Result<AppointmentRecord, AppointmentIssueCode>>;
  /** The account's appointments, newest first. */
  list(
    input: AppointmentInput<'list'>,
  ): Promise<Result<Page<AppointmentRecord>, AppointmentIssueCode>>;
  /** One of the account's appointments. */
  get(
    input: AppointmentInput<'appointment'>,
  ): Promise<Result<AppointmentRecord, AppointmentIssueCode>>;
  /** The signed visit pass of a booking and its QR code as SVG. */
  pass(input: AppointmentInput<'appointment'>): Promise<Result<VisitPass, AppointmentIssueCode>>;
  /** The operator scans a pass: the visitor is checked in. */
  checkIn(
    input: AppointmentInput<'checkIn'>,
  ): Promise<Result<AppointmentRecord, AppointmentIssueCode>>;
  /** Marks lapsed holds `expired` and missed visits `no_show` (call it from a tick; `limit` records a call). */
  sweep(options?: {
    /** Records looked at in this call (1–1000, default 100). */
    readonly limit?: number;
  }): Promise<SweepReport>;
  /** The public keys scanners verify passes with. */
  publicKeys(): readonly VisitPassPublicKey[];
}
