// Appointments (SVC-2) over `kabinet.appointments`: the offices with their services, schedules'
// free slots and the documents to bring; hold, confirm, move, cancel and list for the account
// holder; the visit pass as an SVG QR code; operator check-in by scanning the pass; and the public
// keys scanners verify passes with offline.
import { renderIssue, type Locale, type MessageCatalogue } from '@kabinet/core';
import {
  appointmentInputSchemas,
  appointmentMachine,
  formatInZone,
  type AppointmentCatalogue,
  type AppointmentRecord,
} from '@kabinet/services/appointments';
import { z } from 'zod';
import type { Route } from '../../routing/define-route.js';
import type { KabinetPrincipal } from '../kabinet-principal.js';
import { answer } from './answer.js';
import {
  kabinetRoute,
  operatorOf,
  sessionOf,
  type ApiTools,
  type KabinetContext,
} from './tools.js';

const TAGS = ['appointments'];
const OPERATOR_TAGS = ['appointments (operators)'];
const STATES = appointmentMachine.states as unknown as [string, ...string[]];

const documentSchema = z.object({ code: z.string(), name: z.string() });
const officeSchema = z.object({
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
const slotSchema = z.object({
  slot: z.string().describe('local YYYY-MM-DDTHH:MM in the office’s zone: what hold and move take'),
  start: z.number().int().describe('epoch ms'),
  end: z.number().int(),
  display: z.string().describe('the local date and time, in the client’s language'),
  free: z.number().int(),
  capacity: z.number().int(),
});
const appointmentSchema = z.object({
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
const pageSchema = z.object({
  items: z.array(appointmentSchema),
  nextCursor: z.string().optional(),
});
const slotsQuery = z.object({
  service: z.string().max(40),
  from: z.string().max(10).describe('local date YYYY-MM-DD'),
  to: z.string().max(10).describe('local date YYYY-MM-DD, included'),
});
const pageQuery = z.object({
  limit: z.string().max(4).optional(),
  cursor: z.string().max(200).optional(),
});
const holdBody = appointmentInputSchemas.hold.omit({ accountId: true, accountLevel: true });
const moveBody = appointmentInputSchemas.move.omit({ accountId: true, appointmentId: true });
const checkInBody = appointmentInputSchemas.checkIn.omit({ operatorId: true });
const keySchema = z.object({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: z.string(),
  kid: z.string(),
  alg: z.literal('EdDSA'),
  use: z.literal('sig'),
});
const notFound = {
  404: { description: 'No such appointment, or not this account’s (`appointment.not_found`)' },
};
const conflict = {
  409: {
    description:
      'The slot is taken (`appointment.slot_taken`), the hold lapsed (`appointment.hold_expired`), too late to change (`appointment.change_too_late`, 24 h before), or not allowed in the state (`appointment.not_allowed`)',
  },
};

function text(code: string, locale: Locale, catalogue: MessageCatalogue): string {
  return renderIssue({ code, path: [] }, locale, catalogue);
}

function officeView(catalogue: AppointmentCatalogue, locale: Locale) {
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

/** The appointment routes of the account holder and the operator. */
export function appointmentRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { kabinet, catalogue } = tools;
  const appointments = kabinet.appointments;
  const view = (record: AppointmentRecord, locale: Locale) => {
    const cat = appointments.catalogue();
    const office = cat.offices.find((o) => o.id === record.officeId);
    const service = cat.services.find((s) => s.id === record.serviceId);
    return {
      id: record.id,
      number: record.number,
      state: record.state,
      stateText: text(`appointment.state.${record.state}`, locale, catalogue),
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
  };
  const one =
    (ctx: KabinetContext, status = 200) =>
    (record: AppointmentRecord) => ({ status, body: view(record, ctx.locale) });
  const id = (ctx: KabinetContext): string => ctx.params.appointmentId ?? '';
  return [
    kabinetRoute({
      operationId: 'listOffices',
      method: 'GET',
      path: '/v1/offices',
      summary:
        'The migration-service offices: their time zones, the services they receive, slot lengths and the documents to bring',
      tags: TAGS,
      access: 'public',
      responses: {
        200: { description: 'The offices', schema: z.object({ items: z.array(officeSchema) }) },
      },
      handle: async (ctx) => ({
        status: 200,
        body: { items: officeView(appointments.catalogue(), ctx.locale) },
      }),
    }),
    kabinetRoute({
      operationId: 'listFreeSlots',
      method: 'GET',
      path: '/v1/offices/{officeId}/slots',
      summary:
        'Free slots of an office for a service between two local dates (at most 92 days), with seats left',
      tags: TAGS,
      access: 'public',
      query: slotsQuery,
      responses: {
        200: {
          description: 'The free slots in time order',
          schema: z.object({ timeZone: z.string(), items: z.array(slotSchema) }),
        },
        404: { description: 'No such office or service there' },
      },
      handle: async (ctx) => {
        const input = {
          officeId: ctx.params.officeId ?? '',
          serviceId: ctx.query.get('service') ?? undefined,
          from: ctx.query.get('from') ?? undefined,
          to: ctx.query.get('to') ?? undefined,
        };
        const office = appointments.catalogue().offices.find((o) => o.id === input.officeId);
        return answer(
          ctx,
          catalogue,
          await appointments.findFreeSlots(input as never),
          (items) => ({
            status: 200,
            body: {
              timeZone: office?.timeZone ?? '',
              items: items.map((s) => ({
                ...s,
                display: formatInZone(s.start, office?.timeZone ?? 'UTC', ctx.locale),
              })),
            },
          }),
        );
      },
    }),
    kabinetRoute({
      operationId: 'holdAppointment',
      method: 'POST',
      path: '/v1/appointments',
      summary: 'Choose a slot: it is held for you for 10 minutes (policy) until you confirm',
      tags: TAGS,
      access: 'session',
      body: holdBody,
      responses: {
        201: { description: 'The held appointment', schema: appointmentSchema },
        403: { description: 'The account level is too low for the service' },
        404: { description: 'No such office or service' },
        ...conflict,
      },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        return answer(
          ctx,
          catalogue,
          await appointments.hold({
            ...ctx.body,
            accountId: s.auth.accountId,
            accountLevel: s.auth.level,
          }),
          one(ctx, 201),
        );
      },
    }),
    ...(['confirm', 'cancel'] as const).map((action) =>
      kabinetRoute({
        operationId: `${action}Appointment`,
        method: 'POST',
        path: `/v1/appointments/{appointmentId}/${action}`,
        summary:
          action === 'confirm'
            ? 'Confirm the held slot: booked, with the confirmation notice and a reminder a day before'
            : 'Cancel a hold, or a booking until 24 hours before the visit',
        tags: TAGS,
        access: 'session',
        responses: {
          200: { description: 'The appointment', schema: appointmentSchema },
          ...notFound,
          ...conflict,
        },
        handle: async (ctx) => {
          const s = sessionOf(ctx);
          if (s.reply) return s.reply;
          return answer(
            ctx,
            catalogue,
            await appointments[action]({ accountId: s.auth.accountId, appointmentId: id(ctx) }),
            one(ctx),
          );
        },
      }),
    ),
    kabinetRoute({
      operationId: 'moveAppointment',
      method: 'POST',
      path: '/v1/appointments/{appointmentId}/move',
      summary:
        'Move a booking to another slot of the same office and service, until 24 hours before the visit (all or nothing)',
      tags: TAGS,
      access: 'session',
      body: moveBody,
      responses: {
        200: { description: 'The moved appointment', schema: appointmentSchema },
        ...notFound,
        ...conflict,
      },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        return answer(
          ctx,
          catalogue,
          await appointments.move({
            ...ctx.body,
            accountId: s.auth.accountId,
            appointmentId: id(ctx),
          }),
          one(ctx),
        );
      },
    }),
    kabinetRoute({
      operationId: 'listAppointments',
      method: 'GET',
      path: '/v1/appointments',
      summary: 'The account’s appointments, newest first, in pages',
      tags: TAGS,
      access: 'session',
      query: pageQuery,
      responses: { 200: { description: 'A page', schema: pageSchema } },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        const limit = ctx.query.get('limit');
        const cursor = ctx.query.get('cursor');
        const input = {
          accountId: s.auth.accountId,
          ...(limit === null ? {} : { limit: /^\d{1,4}$/.test(limit) ? Number(limit) : limit }),
          ...(cursor === null ? {} : { cursor }),
        };
        return answer(ctx, catalogue, await appointments.list(input as never), (page) => ({
          status: 200,
          body: {
            items: page.items.map((r) => view(r, ctx.locale)),
            ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }),
          },
        }));
      },
    }),
    kabinetRoute({
      operationId: 'getAppointment',
      method: 'GET',
      path: '/v1/appointments/{appointmentId}',
      summary: 'One of the account’s appointments with the documents to bring',
      tags: TAGS,
      access: 'session',
      responses: {
        200: { description: 'The appointment', schema: appointmentSchema },
        ...notFound,
      },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        return answer(
          ctx,
          catalogue,
          await appointments.get({ accountId: s.auth.accountId, appointmentId: id(ctx) }),
          one(ctx),
        );
      },
    }),
    kabinetRoute({
      operationId: 'getVisitPass',
      method: 'GET',
      path: '/v1/appointments/{appointmentId}/pass.svg',
      summary:
        'The visit pass of a booking as an SVG QR code: an Ed25519-signed token the office’s scanner verifies offline',
      tags: TAGS,
      access: 'session',
      responses: {
        200: {
          description: 'image/svg+xml: the QR code; the signed text in the `x-visit-pass` header',
        },
        ...notFound,
        409: { description: 'Only a confirmed appointment has a pass (`appointment.not_booked`)' },
      },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        return answer(
          ctx,
          catalogue,
          await appointments.pass({ accountId: s.auth.accountId, appointmentId: id(ctx) }),
          (pass) => ({
            status: 200,
            body: pass.svg,
            headers: {
              'content-type': 'image/svg+xml; charset=utf-8',
              'x-visit-pass': pass.text,
              'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
            },
          }),
        );
      },
    }),
    kabinetRoute({
      operationId: 'checkInVisitor',
      method: 'POST',
      path: '/v1/operator/check-in',
      summary:
        'The operator scans a visit pass: signature, expiry, the appointment’s state, office and day are checked, then the visitor is checked in',
      tags: OPERATOR_TAGS,
      access: 'operator',
      body: checkInBody,
      responses: {
        200: { description: 'The checked-in appointment', schema: appointmentSchema },
        401: { description: 'Not signed in' },
        403: { description: 'Not an operator' },
        ...notFound,
        409: {
          description:
            'Another day, office, a moved or cancelled appointment, or outside the check-in window',
        },
        422: { description: 'Not a valid pass (`visit_pass.*`)' },
      },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await appointments.checkIn({ ...ctx.body, operatorId: operatorOf(ctx) }),
          one(ctx),
        ),
    }),
    kabinetRoute({
      operationId: 'listVisitPassKeys',
      method: 'GET',
      path: '/v1/visit-pass-keys',
      summary: 'The public keys (JWK, Ed25519) scanners verify visit passes with, offline',
      tags: TAGS,
      access: 'public',
      responses: {
        200: {
          description: 'The keys, current first',
          schema: z.object({ keys: z.array(keySchema) }),
        },
      },
      handle: async () => ({ status: 200, body: { keys: appointments.publicKeys() } }),
    }),
  ];
}
