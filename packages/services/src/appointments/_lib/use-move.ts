import { ok, readInput, type Result } from '@kabinet/core';
import { appointmentInputSchemas } from '../appointment-input-schemas.js';
import type { AppointmentRecord } from '../appointment-record.js';
import {
  accountParty,
  type AppointmentsContext,
  COLLECTION,
  journal,
  lookup,
  next,
  refuse,
  uniqueKeysOf,
} from './context.js';
import { changeOwn } from './change-own.js';
import { findSlot } from './find-slot.js';
import { notify, scheduleReminder } from './notices.js';
import type { AppointmentIssueCode } from '../appointment-messages.js';

/** Whether the visit is still far enough ahead to change (SVC-2: up to the cutoff before it). */
export const changeable = (
  ctx: AppointmentsContext,
  record: AppointmentRecord,
  now: number,
): boolean => record.start - now >= ctx.policy.changeCutoffMs;

/**
 * `move`: to another slot of the same office and service, all or nothing — hold the new seat,
 * book it, release the old one, rewrite the record and re-post the reminder under the same key,
 * in one unit. Refused from the cutoff before the visit on.
 */
export async function moveAppointment(
  ctx: AppointmentsContext,
  input: unknown,
): Promise<Result<AppointmentRecord, AppointmentIssueCode>> {
  const read = readInput(appointmentInputSchemas.move, input);
  if (!read.success) return read;
  const { accountId, slot } = read.data;
  return changeOwn(ctx, read.data, { from: ['booked'] }, async (current, now) => {
    if (!changeable(ctx, current, now))
      return refuse('appointment.change_too_late', {
        hours: Math.round(ctx.policy.changeCutoffMs / 3_600_000),
      });
    if (slot === current.slot) return refuse('appointment.same_slot');
    const found = lookup(ctx, current.officeId, current.serviceId);
    if ('success' in found) return found;
    const chosen = findSlot(ctx, found.office, found.schedule, slot, now);
    if ('success' in chosen) return chosen;
    return ctx.deps.units.run(
      async (unit): Promise<Result<AppointmentRecord, AppointmentIssueCode>> => {
        const seat = await unit.slots.hold({
          slotKey: chosen.key,
          holderId: current.id,
          capacity: chosen.capacity,
          holdUntil: now + ctx.policy.holdMs,
        });
        if (seat === undefined) return refuse('appointment.slot_taken');
        const record = next(current, {
          slotKey: chosen.key,
          slot,
          start: chosen.start,
          end: chosen.end,
          dueAt: chosen.end + ctx.policy.noShowGraceMs,
          moves: current.moves + 1,
          updatedAt: now,
        });
        try {
          await unit.slots.book(chosen.key, current.id);
          await unit.slots.release(current.slotKey, current.id);
          await unit
            .versioned<AppointmentRecord>(COLLECTION)
            .update(record, current.version, { uniqueKeys: uniqueKeysOf(record) });
        } catch (error) {
          // Without a transaction, undo by hand: give the new seat back, take the old one again.
          if (!ctx.deps.units.atomic) {
            await ctx.deps.slots.release(chosen.key, current.id);
            if (
              (await ctx.deps.slots.hold({
                slotKey: current.slotKey,
                holderId: current.id,
                capacity: found.schedule.capacity,
                holdUntil: now + ctx.policy.holdMs,
              })) !== undefined
            )
              await ctx.deps.slots.book(current.slotKey, current.id);
          }
          throw error;
        }
        await journal(unit, accountParty(accountId), 'moved', record, {
          from: current.slot,
          to: slot,
          start: record.start,
        });
        await notify(ctx, unit, record, 'moved');
        await scheduleReminder(ctx, unit, record, now);
        return ok(record);
      },
    );
  });
}
