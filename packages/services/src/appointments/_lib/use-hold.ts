import { createId, ok, readInput, retryOnConflict, type Result } from '@kabinet/core';
import { appointmentInputSchemas } from '../appointment-input-schemas.js';
import type { Stored } from '@kabinet/ports';
import type { AppointmentRecord } from '../appointment-record.js';
import {
  accountParty,
  type AppointmentsContext,
  COLLECTION,
  journal,
  lookup,
  next,
  refuse,
  store,
  uniqueKeysOf,
} from './context.js';
import { findSlot } from './find-slot.js';
import type { AppointmentIssueCode } from '../appointment-messages.js';

const LEVEL_RANK: Readonly<Record<string, number>> = {
  none: 0,
  simplified: 1,
  standard: 2,
  confirmed: 3,
};
const NUMBER_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** The account's live appointments (held with time left, or booked and still ahead), and its lapsed holds. */
async function liveAppointments(
  ctx: AppointmentsContext,
  accountId: string,
  now: number,
): Promise<{ live: AppointmentRecord[]; lapsed: Stored<AppointmentRecord>[] }> {
  const live: AppointmentRecord[] = [];
  const lapsed: Stored<AppointmentRecord>[] = [];
  let after: string | undefined;
  for (let page = 0; page < 10; page++) {
    const listed = await store(ctx).listByOwner(
      accountId,
      after === undefined ? { limit: 100 } : { limit: 100, after },
    );
    for (const r of listed.items) {
      if ((r.state === 'held' && (r.holdUntil ?? 0) > now) || (r.state === 'booked' && r.end > now))
        live.push(r);
      else if (r.state === 'held') lapsed.push(r);
    }
    if (listed.nextCursor === undefined) break;
    after = listed.nextCursor;
  }
  return { live, lapsed };
}

/** `hold`: takes a seat of the chosen slot for the policy's hold time and writes the appointment as `held` (the same slot chosen again gives the live appointment back). */
export async function holdSlot(
  ctx: AppointmentsContext,
  input: unknown,
): Promise<Result<AppointmentRecord, AppointmentIssueCode>> {
  const read = readInput(appointmentInputSchemas.hold, input);
  if (!read.success) return read;
  const { accountId, accountLevel, officeId, serviceId, slot } = read.data;
  const found = lookup(ctx, officeId, serviceId);
  if ('success' in found) return found;
  if ((LEVEL_RANK[accountLevel] ?? 0) < (LEVEL_RANK[found.service.minLevel] ?? 3))
    return refuse('appointment.level_too_low', { required: found.service.minLevel });
  const now = ctx.deps.clock.now();
  const chosen = findSlot(ctx, found.office, found.schedule, slot, now);
  if ('success' in chosen) return chosen;
  // A retry after a version or unique-key conflict starts from the read (S-15).
  return retryOnConflict(ctx.policy.conflictRetries, async () => {
    const { live, lapsed } = await liveAppointments(ctx, accountId, now);
    // Choosing the same slot again (a retried request, a double click) gives the appointment already there.
    const same = live.find((r) => r.slotKey === chosen.key);
    if (same !== undefined) return ok(same);
    if (live.length >= ctx.policy.maxActivePerAccount)
      return refuse('appointment.too_many_active', { max: ctx.policy.maxActivePerAccount });
    // The account's own lapsed hold of this slot still owns the slot's live key: expire it first.
    const stale = lapsed.find((r) => r.slotKey === chosen.key);
    if (stale !== undefined) {
      await ctx.deps.units.run(async (unit) => {
        const expired = next(stale, { state: 'expired', updatedAt: now }, ['holdUntil', 'dueAt']);
        await unit
          .versioned<AppointmentRecord>(COLLECTION)
          .update(expired, stale.version, { uniqueKeys: uniqueKeysOf(expired) });
        await journal(unit, accountParty(accountId), 'expired', expired, {
          reason: 'appointment.hold_expired',
        });
      });
    }
    const id = createId('apt', now, ctx.deps.random);
    let number = '';
    for (const byte of ctx.deps.random.bytes(8)) number += NUMBER_ALPHABET[byte % 32];
    const record: AppointmentRecord = {
      id,
      ownerId: accountId,
      number,
      state: 'held',
      officeId,
      serviceId,
      slotKey: chosen.key,
      slot,
      timeZone: found.office.timeZone,
      start: chosen.start,
      end: chosen.end,
      holdUntil: now + ctx.policy.holdMs,
      dueAt: now + ctx.policy.holdMs,
      moves: 0,
      createdAt: now,
      updatedAt: now,
    };
    return ctx.deps.units.run(async (unit) => {
      const seat = await unit.slots.hold({
        slotKey: chosen.key,
        holderId: id,
        capacity: chosen.capacity,
        holdUntil: now + ctx.policy.holdMs,
      });
      if (seat === undefined) {
        await unit.append({
          actor: accountParty(accountId),
          action: 'appointment.hold_refused',
          subject: accountParty(accountId),
          payload: { officeId, serviceId, slot, reason: 'appointment.slot_taken' },
        });
        return refuse('appointment.slot_taken');
      }
      try {
        await unit
          .versioned<AppointmentRecord>(COLLECTION)
          .create(record, { uniqueKeys: uniqueKeysOf(record) });
        await journal(unit, accountParty(accountId), 'held', record, {
          officeId,
          serviceId,
          slot,
          start: record.start,
          holdUntil: now + ctx.policy.holdMs,
        });
      } catch (error) {
        // Without a transaction the seat would stay held until it lapses: give it back.
        if (!ctx.deps.units.atomic) await ctx.deps.slots.release(chosen.key, id);
        throw error;
      }
      return ok(record);
    });
  });
}
