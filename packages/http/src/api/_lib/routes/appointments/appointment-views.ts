// An appointment (SVC-2) as a client sees it: the offices with their services, the free slots and
// the appointment with its state text, local time and the documents to bring.
import type { Locale, MessageCatalogue } from '@kabinet/core';
import {
  appointmentMachine,
  formatInZone,
  type AppointmentCatalogue,
  type AppointmentRecord,
} from '@kabinet/services/appointments';
import { z } from 'zod';
import { labelText } from '../../reply/label-text.js';
import { pageSchema } from '../../request/page-query.js';
import type { HttpReply } from '../../../../responses/http-reply.js';
import type { ApiTools, KabinetContext } from '../../tools.js';

const STATES = appointmentMachine.states as unknown as [string, ...string[]];

const documentSchema = z.object({ code: z.string(), name: z.string() });
/** An office with the services it receives. */
export const officeSchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  timeZone: z.string().describe('IANA zone; slot times are local to it'),
  services: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      slotMinutes: z.number().int(),
      capacity: z.number().int(),
      minLevel: z.string(),
      documents: z.array(documentSchema),
    }),
  ),
});
/** A free slot of an office for a service. */
export const slotSchema = z.object({
  slot: z.string().describe('local YYYY-MM-DDTHH:MM in the office’s zone: what hold and move take'),
  start: z.number().int().describe('epoch ms'),
  end: z.number().int(),
  display: z.string().describe('the local date and time, in the client’s language'),
  free: z.number().int(),
  capacity: z.number().int(),
});
/** An appointment as its holder (or the operator) sees it. */
export const appointmentSchema = z.object({
  id: z.string(),
  number: z.string(),
  state: z.enum(STATES),
  stateText: z.string(),
  officeId: z.string(),
  officeName: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
  slot: z.string(),
  timeZone: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  display: z.string().describe('the visit’s local date and time in the office’s zone'),
  holdUntil: z.number().int().optional().describe('while held: confirm before this'),
  changeableUntil: z.number().int().describe('move or cancel until this (24 h before the visit)'),
  documents: z.array(documentSchema).describe('what to bring'),
  moves: z.number().int(),
  createdAt: z.number().int(),
  checkedInAt: z.number().int().optional(),
});
/** A page of the account's appointments. */
export const appointmentPageSchema = pageSchema(appointmentSchema);

/** No such appointment of this account. */
export const appointmentNotFound = {
  404: { description: 'No such appointment, or not this account’s (`appointment.not_found`)' },
};

/** The offices of the catalogue with the services they receive, in the client's language. */
export function officeView(catalogue: AppointmentCatalogue, locale: Locale) {
  return catalogue.offices.map((office) => ({
    id: office.id,
    name: office.name[locale],
    address: office.address[locale],
    timeZone: office.timeZone,
    services: office.services.flatMap((s) => {
      const service = catalogue.services.find((d) => d.id === s.serviceId);
      return service === undefined
        ? []
        : [
            {
              id: service.id,
              name: service.name[locale],
              slotMinutes: s.slotMinutes,
              capacity: s.capacity,
              minLevel: service.minLevel,
              documents: service.documents.map((d) => ({ code: d.code, name: d.name[locale] })),
            },
          ];
    }),
  }));
}

/**
 * An appointment for the client (`appointmentSchema`): its state in words, its office and service
 * by name, its local time, until when it can change, and the documents to bring.
 */
export function appointmentView(
  record: AppointmentRecord,
  locale: Locale,
  appointments: ApiTools['kabinet']['appointments'],
  catalogue: MessageCatalogue,
): z.output<typeof appointmentSchema> {
  const cat = appointments.catalogue();
  const office = cat.offices.find((o) => o.id === record.officeId);
  const service = cat.services.find((s) => s.id === record.serviceId);
  return {
    id: record.id,
    number: record.number,
    state: record.state,
    stateText: labelText(`appointment.state.${record.state}`, locale, catalogue),
    officeId: record.officeId,
    officeName: office?.name[locale] ?? record.officeId,
    serviceId: record.serviceId,
    serviceName: service?.name[locale] ?? record.serviceId,
    slot: record.slot,
    timeZone: record.timeZone,
    start: record.start,
    end: record.end,
    display: formatInZone(record.start, record.timeZone, locale),
    ...(record.holdUntil === undefined ? {} : { holdUntil: record.holdUntil }),
    changeableUntil: record.start - appointments.policy().changeCutoffMs,
    documents: (service?.documents ?? []).map((d) => ({ code: d.code, name: d.name[locale] })),
    moves: record.moves,
    createdAt: record.createdAt,
    ...(record.checkedInAt === undefined ? {} : { checkedInAt: record.checkedInAt }),
  };
}

/** The reply with one appointment, in the request's language. */
export function appointmentReply(
  ctx: KabinetContext,
  appointments: ApiTools['kabinet']['appointments'],
  catalogue: MessageCatalogue,
  status = 200,
) {
  return (record: AppointmentRecord): HttpReply => ({
    status,
    body: appointmentView(record, ctx.locale, appointments, catalogue),
  });
}
