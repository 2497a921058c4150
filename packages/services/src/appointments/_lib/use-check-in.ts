import { fail, KabinetError, ok, readInput, retryOnConflict, type Result } from '@kabinet/core';
import { appointmentInputSchemas } from '../appointment-input-schemas.js';
import type { AppointmentRecord } from '../appointment-record.js';
import { verifyVisitPass } from '../verify-visit-pass.js';
import { utcToZoned } from '../zoned-time.js';
import {
  type AppointmentsContext,
  COLLECTION,
  journal,
  next,
  refuse,
  store,
  uniqueKeysOf,
} from './context.js';
import { notify } from './notices.js';
import type { AppointmentIssueCode } from '../appointment-messages.js';

/**
 * `checkIn`: the operator scans the pass. Verifies the signature and expiry (offline checks),
 * then the record: the same visit (a pass from before a move is refused), still booked, at the
 * operator's office, on the visit's local day, from the check-in window's opening until the
 * no-show time. A second scan of a checked-in pass changes nothing.
 */
export async function checkInVisitor(
  ctx: AppointmentsContext,
  input: unknown,
): Promise<Result<AppointmentRecord, AppointmentIssueCode>> {
  const read = readInput(appointmentInputSchemas.checkIn, input);
  if (!read.success) return read;
  const { operatorId, officeId, pass } = read.data;
  if (ctx.publicKeys.length === 0)
    throw new KabinetError('ERR_CONFIG', 'appointments: no visit-pass key is configured');
  const now = ctx.deps.clock.now();
  const verified = await verifyVisitPass(pass.trim(), ctx.publicKeys, now);
  if (!verified.success) return fail(verified.issues.map((i) => ({ ...i, path: ['pass'] })));
  const claims = verified.data;
  return retryOnConflict(ctx.policy.conflictRetries, async () => {
    const current = await store(ctx).get(claims.appointmentId);
    if (current === undefined) return refuse('appointment.not_found');
    if (officeId !== undefined && current.officeId !== officeId)
      return refuse('appointment.checkin_wrong_office');
    if (current.state === 'checked_in') return ok(current);
    if (current.state !== 'booked')
      return refuse('appointment.not_allowed', { state: current.state });
    if (current.start !== claims.start || current.officeId !== claims.officeId)
      return refuse('appointment.pass_outdated');
    if (utcToZoned(now, current.timeZone).date !== current.slot.slice(0, 10))
      return refuse('appointment.checkin_wrong_day', { date: current.slot.slice(0, 10) });
    if (now < current.start - ctx.policy.checkInEarlyMs)
      return refuse('appointment.checkin_too_early', {
        minutes: Math.round(ctx.policy.checkInEarlyMs / 60_000),
      });
    if (now >= current.end + ctx.policy.noShowGraceMs)
      return refuse('appointment.checkin_too_late');
    return ctx.deps.units.run(async (unit) => {
      const record = next(
        current,
        { state: 'checked_in', checkedInAt: now, checkedInBy: operatorId, updatedAt: now },
        ['dueAt'],
      );
      await unit
        .versioned<AppointmentRecord>(COLLECTION)
        .update(record, current.version, { uniqueKeys: uniqueKeysOf(record) });
      await journal(unit, { type: 'operator', id: operatorId }, 'checked_in', record, {
        officeId: record.officeId,
        kid: claims.kid,
      });
      await notify(ctx, unit, record, 'checked_in');
      return ok(record);
    });
  });
}
