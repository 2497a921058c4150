import { isConflict } from '@kabinet/core';
import type { AppointmentRecord } from '../appointment-record.js';
import {
  type AppointmentsContext,
  COLLECTION,
  journal,
  next,
  store,
  uniqueKeysOf,
} from './context.js';
import { notify } from './notices.js';

const SYSTEM = { type: 'system', id: 'appointments' };

/**
 * `sweep`: applies what time decided, for the records due by now (earliest first): a lapsed
 * hold becomes `expired`, a booking nobody checked in to by its end plus the grace becomes
 * `no_show` (journaled and notified). A record another writer changed meanwhile is skipped.
 */
export async function sweepAppointments(
  ctx: AppointmentsContext,
  limit: number,
): Promise<{ expired: number; noShows: number }> {
  const now = ctx.deps.clock.now();
  const due = await store(ctx).listDue(now, { limit });
  let expired = 0;
  let noShows = 0;
  for (const current of due.items) {
    try {
      if (current.state === 'held' && (current.holdUntil ?? 0) <= now) {
        await ctx.deps.units.run(async (unit) => {
          const record = next(current, { state: 'expired', updatedAt: now }, [
            'holdUntil',
            'dueAt',
          ]);
          await unit
            .versioned<AppointmentRecord>(COLLECTION)
            .update(record, current.version, { uniqueKeys: uniqueKeysOf(record) });
          await journal(unit, SYSTEM, 'expired', record, { reason: 'appointment.hold_expired' });
          await notify(ctx, unit, record, 'expired');
        });
        expired++;
      } else if (current.state === 'booked' && current.end + ctx.policy.noShowGraceMs <= now) {
        await ctx.deps.units.run(async (unit) => {
          const record = next(current, { state: 'no_show', updatedAt: now }, ['dueAt']);
          await unit
            .versioned<AppointmentRecord>(COLLECTION)
            .update(record, current.version, { uniqueKeys: uniqueKeysOf(record) });
          await unit.slots.release(current.slotKey, current.id);
          await journal(unit, SYSTEM, 'no_show', record, { start: record.start });
          await notify(ctx, unit, record, 'no_show');
        });
        noShows++;
      }
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
  }
  return { expired, noShows };
}
