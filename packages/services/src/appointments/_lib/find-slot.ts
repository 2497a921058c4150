import { fail, issue, type Failure } from '@kabinet/core';
import type { AppointmentOffice, OfficeServiceSchedule } from '../appointment-catalogue.js';
import { expandSlots, type SlotDefinition } from '../expand-slots.js';
import type { AppointmentsContext } from './context.js';
import { isLocalDate } from './is-local-date.js';
import type { AppointmentIssueCode } from '../appointment-messages.js';

const DAY = 86_400_000;

/** The slot named by its local `YYYY-MM-DDTHH:MM`, checked against the schedule and the booking window. */
export function findSlot(
  ctx: AppointmentsContext,
  office: AppointmentOffice,
  schedule: OfficeServiceSchedule,
  slot: string,
  now: number,
): SlotDefinition | Failure<AppointmentIssueCode> {
  const date = slot.slice(0, 10);
  if (!isLocalDate(date)) return fail(issue('appointment.slot_unknown', ['slot']));
  const found = expandSlots(office, schedule, date, date, ctx.holidays).find(
    (s) => s.localTime === slot.slice(11),
  );
  if (found === undefined) return fail(issue('appointment.slot_unknown', ['slot']));
  if (found.start <= now) return fail(issue('appointment.slot_past', ['slot']));
  if (found.start - now < ctx.policy.minLeadMs)
    return fail(
      issue('appointment.slot_too_soon', ['slot'], {
        minutes: Math.round(ctx.policy.minLeadMs / 60_000),
      }),
    );
  if (found.start > now + ctx.policy.horizonDays * DAY)
    return fail(issue('appointment.slot_too_far', ['slot'], { days: ctx.policy.horizonDays }));
  return found;
}
