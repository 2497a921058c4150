import { ok, readInput, type Result } from '@kabinet/core';
import { appointmentInputSchemas } from '../appointment-input-schemas.js';
import type { AppointmentRecord } from '../appointment-record.js';
import {
  accountParty,
  type AppointmentsContext,
  COLLECTION,
  journal,
  next,
  refuse,
  uniqueKeysOf,
} from './context.js';
import { changeOwn } from './change-own.js';
import { notify, scheduleReminder } from './notices.js';
import type { AppointmentIssueCode } from '../appointment-messages.js';

/**
 * `confirm`: turns the live hold into a booking (`SlotStore.book` in the same unit as the record),
 * posts the confirmation and schedules the reminder. A lapsed hold is refused and the
 * appointment becomes `expired`; confirming a booked one again changes nothing.
 */
export async function confirmAppointment(
  ctx: AppointmentsContext,
  input: unknown,
): Promise<Result<AppointmentRecord, AppointmentIssueCode>> {
  const read = readInput(appointmentInputSchemas.appointment, input);
  if (!read.success) return read;
  const { accountId } = read.data;
  return changeOwn(ctx, read.data, { from: ['held'], done: 'booked' }, async (current, now) =>
    ctx.deps.units.run(async (unit): Promise<Result<AppointmentRecord, AppointmentIssueCode>> => {
      const booked =
        (current.holdUntil ?? 0) > now && (await unit.slots.book(current.slotKey, current.id));
      if (!booked) {
        const expired = next(current, { state: 'expired', updatedAt: now }, ['holdUntil', 'dueAt']);
        await unit
          .versioned<AppointmentRecord>(COLLECTION)
          .update(expired, current.version, { uniqueKeys: uniqueKeysOf(expired) });
        await journal(unit, accountParty(accountId), 'expired', expired, {
          reason: 'appointment.hold_expired',
        });
        return refuse('appointment.hold_expired');
      }
      const record = next(
        current,
        { state: 'booked', updatedAt: now, dueAt: current.end + ctx.policy.noShowGraceMs },
        ['holdUntil'],
      );
      await unit.versioned<AppointmentRecord>(COLLECTION).update(record, current.version);
      await journal(unit, accountParty(accountId), 'booked', record, {
        officeId: record.officeId,
        serviceId: record.serviceId,
        slot: record.slot,
        start: record.start,
      });
      await notify(ctx, unit, record, 'booked');
      await scheduleReminder(ctx, unit, record, now);
      return ok(record);
    }),
  );
}
