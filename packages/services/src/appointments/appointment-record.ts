import type { StoreRecord } from '@kabinet/ports';
import type { AppointmentState } from './appointment-machine.js';

/**
 * An appointment as stored in the `appointments` collection (owner = the account, indexed; due
 * = when the sweep next looks at it: a hold's end, or a booking's no-show time).
 *
 * @example
 * ```ts
 * const page = await deps.versioned<AppointmentRecord>('appointments').listByOwner('acc_1', { limit: 20 });
 * ```
 */
export interface AppointmentRecord extends StoreRecord {
  /** `apt_…`, also the slot store's holder id. */
  readonly id: string;
  /** The account. */
  readonly ownerId: string;
  /** Number shown to the visitor and the operator (`A7K2M9QX`). */
  readonly number: string;
  /** Lifecycle state (`appointmentMachine`). */
  readonly state: AppointmentState;
  /** The office. */
  readonly officeId: string;
  /** The service. */
  readonly serviceId: string;
  /** The slot store's key of the slot. */
  readonly slotKey: string;
  /** The slot as the office names it: local `YYYY-MM-DDTHH:MM`. */
  readonly slot: string;
  /** The office's time zone when booked. */
  readonly timeZone: string;
  /** Visit start, epoch ms. */
  readonly start: number;
  /** Visit end, epoch ms. */
  readonly end: number;
  /** While `held`: until when, epoch ms. */
  readonly holdUntil?: number;
  /** Times moved. */
  readonly moves: number;
  /** Created, epoch ms. */
  readonly createdAt: number;
  /** Last changed, epoch ms. */
  readonly updatedAt: number;
  /** Checked in, epoch ms. */
  readonly checkedInAt?: number;
  /** Who checked it in. */
  readonly checkedInBy?: string;
}
