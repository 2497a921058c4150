import type { JournaledUnit } from '@kabinet/audit/units';
import type { AppointmentRecord } from '../appointment-record.js';
import { type AppointmentsContext, reminderKey } from './context.js';

/** `DD.MM.YYYY HH:MM` of the slot, in the office's zone (the record's local slot). */
export const localTimeText = (record: Pick<AppointmentRecord, 'slot'>): string =>
  `${record.slot.slice(8, 10)}.${record.slot.slice(5, 7)}.${record.slot.slice(0, 4)} ${record.slot.slice(11)}`;

/** The notice's placeholders; office and service names in both languages (`{officeRu}` / `{officeEn}`), as the reader's locale is known only when the centre renders. */
function params(ctx: AppointmentsContext, record: AppointmentRecord): Record<string, string> {
  const office = ctx.catalogue.offices.find((o) => o.id === record.officeId);
  const service = ctx.catalogue.services.find((s) => s.id === record.serviceId);
  return {
    number: record.number,
    time: localTimeText(record),
    officeRu: office?.name.ru ?? record.officeId,
    officeEn: office?.name.en ?? record.officeId,
    serviceRu: service?.name.ru ?? record.serviceId,
    serviceEn: service?.name.en ?? record.serviceId,
  };
}

/** Posts an appointment notice now (`notice.appointment.<what>`) in the unit. */
export async function notify(
  ctx: AppointmentsContext,
  unit: JournaledUnit,
  record: AppointmentRecord,
  what: string,
): Promise<void> {
  await ctx.deps.notices.post(unit, {
    accountId: record.ownerId,
    kind: 'appointment',
    code: `notice.appointment.${what}`,
    params: params(ctx, record),
    subject: { type: 'appointment', id: record.id },
  });
}

/**
 * Posts (or re-posts, replacing the pending one by its key) the reminder a policy lead before
 * the visit; a visit closer than the lead gets none, and a pending one is withdrawn.
 */
export async function scheduleReminder(
  ctx: AppointmentsContext,
  unit: JournaledUnit,
  record: AppointmentRecord,
  now: number,
): Promise<void> {
  const notBefore = record.start - ctx.policy.reminderLeadMs;
  if (notBefore <= now) {
    await ctx.deps.notices.cancel(unit, record.ownerId, reminderKey(record.id));
    return;
  }
  await ctx.deps.notices.post(unit, {
    accountId: record.ownerId,
    kind: 'appointment',
    code: 'notice.appointment.reminder',
    params: params(ctx, record),
    subject: { type: 'appointment', id: record.id },
    notBefore,
    key: reminderKey(record.id),
  });
}
