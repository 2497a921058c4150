import { ok, readInput, retryOnConflict, type Result } from '@kabinet/core';
import { appointmentInputSchemas } from '../appointment-input-schemas.js';
import type { AppointmentRecord } from '../appointment-record.js';
import {
  accountParty,
  type AppointmentsContext,
  COLLECTION,
  journal,
  loadOwn,
  next,
  refuse,
  reminderKey,
  uniqueKeysOf,
} from './context.js';
import { notify } from './notices.js';
import { changeable } from './use-move.js';

/**
 * `cancel`: a hold at any time, a booking until the cutoff before the visit; frees the seat,
 * withdraws the reminder and posts the cancellation. Cancelling again changes nothing.
 */
export async function cancelAppointment(
  ctx: AppointmentsContext,
  input: unknown,
): Promise<Result<AppointmentRecord>> {
  const read = readInput(appointmentInputSchemas.appointment, input);
  if (!read.success) return read;
  const { accountId, appointmentId } = read.data;
  return retryOnConflict(ctx.policy.conflictRetries, async () => {
    const current = await loadOwn(ctx, accountId, appointmentId);
    if (current === undefined) return refuse('appointment.not_found');
    if (current.state === 'cancelled') return ok(current);
    if (current.state !== 'held' && current.state !== 'booked')
      return refuse('appointment.not_allowed', { state: current.state });
    const now = ctx.deps.clock.now();
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
