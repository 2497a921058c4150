const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Every number of the appointments service (SVC-2). Use {@link defaultAppointmentsPolicy} or
 * {@link strictAppointmentsPolicy}, or derive one with `defineAppointmentsPolicy`.
 *
 * @example
 * ```ts
 * const policy: AppointmentsPolicy = { ...defaultAppointmentsPolicy, holdMs: 5 * 60_000 };
 * ```
 */
export interface AppointmentsPolicy {
  /** How long a chosen slot is held for its chooser before it must be confirmed, ms. */
  readonly holdMs: number;
  /** A booking can be moved or cancelled until this long before the visit, ms (SVC-2: 24 h). */
  readonly changeCutoffMs: number;
  /** The reminder goes this long before the visit, ms. */
  readonly reminderLeadMs: number;
  /** A booking nobody checked in to is a no-show this long after the visit's end, ms. */
  readonly noShowGraceMs: number;
  /** Check-in opens this long before the visit's start, ms (and only on the visit's local day). */
  readonly checkInEarlyMs: number;
  /** Slots can be booked from this long ahead of now, ms. */
  readonly minLeadMs: number;
  /** Slots can be booked up to this many days ahead. */
  readonly horizonDays: number;
  /** Longest date range of one free-slot search, days. */
  readonly maxSearchDays: number;
  /** Held and booked appointments one account may have at once. */
  readonly maxActivePerAccount: number;
  /** The visit pass stays valid this long after the visit's end, ms (its `exp`). */
  readonly passGraceMs: number;
  /** Re-reads after a version conflict (S-15). */
  readonly conflictRetries: number;
  /** Largest page of an appointment list. */
  readonly maxPageSize: number;
  /** Page size when none is asked for. */
  readonly defaultPageSize: number;
}

/**
 * The domain defaults: a slot is held 10 minutes, moves and cancellations until 24 hours before
 * the visit (SVC-2), the reminder a day before, a no-show 30 minutes after the visit's end,
 * check-in from 1 hour before, booking from 1 hour to 90 days ahead, searches of up to 92 days,
 * 3 active appointments per account, a pass valid until 30 minutes after the visit.
 *
 * @example
 * ```ts
 * createAppointmentsService(deps, { policy: defaultAppointmentsPolicy });
 * ```
 */
export const defaultAppointmentsPolicy: AppointmentsPolicy = {
  holdMs: 10 * MINUTE,
  changeCutoffMs: 24 * HOUR,
  reminderLeadMs: 24 * HOUR,
  noShowGraceMs: 30 * MINUTE,
  checkInEarlyMs: HOUR,
  minLeadMs: HOUR,
  horizonDays: 90,
  maxSearchDays: 92,
  maxActivePerAccount: 3,
  passGraceMs: 30 * MINUTE,
  conflictRetries: 5,
  maxPageSize: 100,
  defaultPageSize: 20,
};

/**
 * The stricter preset: holds of 5 minutes (as Cal.com's reservations), booking from 24 hours
 * ahead, one active appointment per account, no-show after 15 minutes, check-in from 30
 * minutes before.
 *
 * @example
 * ```ts
 * createAppointmentsService(deps, { policy: strictAppointmentsPolicy });
 * ```
 */
export const strictAppointmentsPolicy: AppointmentsPolicy = {
  ...defaultAppointmentsPolicy,
  holdMs: 5 * MINUTE,
  minLeadMs: DAY,
  maxActivePerAccount: 1,
  noShowGraceMs: 15 * MINUTE,
  checkInEarlyMs: 30 * MINUTE,
  passGraceMs: 15 * MINUTE,
};
