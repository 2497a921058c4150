import { ACCOUNT_LEVELS, type AccountLevel } from '@kabinet/ports';
import { z } from 'zod';

const ID = z.string().min(1).max(128);
const CATALOGUE_ID = z.string().min(1).max(40);
const LEVEL: z.ZodType<AccountLevel> = z.enum(ACCOUNT_LEVELS);
const DATE = z
  .string()
  .min(1)
  .max(10)
  .regex(/^\d{4}-\d{2}-\d{2}$/);
const SLOT = z
  .string()
  .min(1)
  .max(16)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

/**
 * The zod schemas of the appointments service's inputs, read with `readInput`
 * (`@kabinet/core`); the HTTP routes use the same schemas, so a wrong type or a malformed date
 * gets the same code at either layer (`input.not_a_string`, `input.wrong_format`, …).
 *
 * @example
 * ```ts
 * import { readInput } from '@kabinet/core';
 * readInput(appointmentInputSchemas.findFreeSlots, { officeId: 'mow-1', serviceId: 'patent', from: '15.01.2027', to: '2027-01-20' });
 * // { success: false, issues: [{ code: 'input.wrong_format', path: ['from'] }] }
 * ```
 */
export const appointmentInputSchemas = {
  /** `findFreeSlots`: office, service and local dates (both included). */
  findFreeSlots: z.object({
    /** The office. */
    officeId: CATALOGUE_ID,
    /** The service. */
    serviceId: CATALOGUE_ID,
    /** First local date, `YYYY-MM-DD`. */
    from: DATE,
    /** Last local date, `YYYY-MM-DD`. */
    to: DATE,
  }),
  /** `hold`: the account (from the session), the office, service and slot chosen. */
  hold: z.object({
    /** The account. */
    accountId: ID,
    /** The account's level (from the session). */
    accountLevel: LEVEL,
    /** The office. */
    officeId: CATALOGUE_ID,
    /** The service. */
    serviceId: CATALOGUE_ID,
    /** The slot: local `YYYY-MM-DDTHH:MM` in the office's zone, as `findFreeSlots` lists it. */
    slot: SLOT,
  }),
  /** `confirm`, `cancel`, `get`, `pass`: one appointment of the account. */
  appointment: z.object({
    /** The account. */
    accountId: ID,
    /** The appointment. */
    appointmentId: ID,
  }),
  /** `move`: one appointment and its new slot (same office and service). */
  move: z.object({
    /** The account. */
    accountId: ID,
    /** The appointment. */
    appointmentId: ID,
    /** The new slot, local `YYYY-MM-DDTHH:MM`. */
    slot: SLOT,
  }),
  /** `list`: the account's appointments, newest first. */
  list: z.object({
    /** The account. */
    accountId: ID,
    /** Page size. */
    limit: z.number().int().min(1).max(1000).optional(),
    /** Cursor of the next page. */
    cursor: z.string().min(1).max(200).optional(),
  }),
  /** `checkIn`: what the operator's scanner read, and the operator. */
  checkIn: z.object({
    /** The operator (from the operator's session). */
    operatorId: ID,
    /** The operator's office; a pass for another office is refused. */
    officeId: CATALOGUE_ID.optional(),
    /** The scanned text. */
    pass: z.string().min(1).max(2048),
  }),
};
