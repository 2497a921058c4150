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
  reminderKey,
  uniqueKeysOf,
} from './context.js';
import { changeOwn } from './change-own.js';
import { notify } from './notices.js';
import { changeable } from './use-move.js';
import type { AppointmentIssueCode } from '../appointment-messages.js';

/**
 * `cancel`: a hold at any time, a booking until the cutoff before the visit; frees the seat,
 * withdraws the reminder and posts the cancellation. Cancelling again changes nothing.
 */
export async function cancelAppointment(
  ctx: AppointmentsContext,
  input: unknown,
): Promise<Result<AppointmentRecord, AppointmentIssueCode>> {
  const read = readInput(appointmentInputSchemas.appointment, input);
  if (!read.success) return read;
  const { accountId } = read.data;
  const change = { from: ['held', 'booked'], done: 'cancelled' } as const;
  return changeOwn(ctx, read.data, change, async (current, now) => {
    if (current.state === 'booked' && !changeable(ctx, current, now))
      return refuse('appointment.change_too_late', {
        hours: Math.round(ctx.policy.changeCutoffMs / 3_600_000),
      });
    return ctx.deps.units.run(async (unit) => {
      const record = next(current, { state: 'cancelled', updatedAt: now }, ['holdUntil', 'dueAt']);
      await unit
        .versioned<AppointmentRecord>(COLLECTION)
        .update(record, current.version, { uniqueKeys: uniqueKeysOf(record) });
      await unit.slots.release(current.slotKey, current.id);
      await journal(unit, accountParty(accountId), 'cancelled', record, {
        from: current.state,
        slot: current.slot,
      });
      if (current.state === 'booked') {
        await ctx.deps.notices.cancel(unit, accountId, reminderKey(current.id));
        await notify(ctx, unit, record, 'cancelled');
      }
      return ok(record);
    });
  });
}
