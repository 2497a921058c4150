// Appointments (SVC-2) over `kabinet.appointments`: hold, confirm, move, cancel and list for the
// account holder, and the visit pass as an SVG QR code; the offices with their free slots
// (appointment-office-routes.ts) and the operator's check-in with the public pass keys
// (visit-pass-routes.ts) come with them.
import { appointmentInputSchemas } from '@kabinet/services/appointments';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { appointmentOfficeRoutes } from './appointment-office-routes.js';
import {
  appointmentNotFound,
  appointmentPageSchema,
  appointmentReply,
  appointmentSchema,
  appointmentView,
} from './appointment-views.js';
import { pageBody, pageQuery, readPage } from '../../request/page-query.js';
import { responder } from '../../reply/respond.js';
import { accountRoute, type ApiTools, type KabinetContext } from '../../tools.js';
import { visitPassRoutes } from './visit-pass-routes.js';

const TAGS = ['appointments'];
const holdBody = appointmentInputSchemas.hold.omit({ accountId: true, accountLevel: true });
const moveBody = appointmentInputSchemas.move.omit({ accountId: true, appointmentId: true });
const conflict = {
  409: {
    description:
      'The slot is taken (`appointment.slot_taken`), the hold lapsed (`appointment.hold_expired`), too late to change (`appointment.change_too_late`, 24 h before), or not allowed in the state (`appointment.not_allowed`)',
  },
};

/** The appointment routes of the account holder, the public office routes and the operator's. */
export function appointmentRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { catalogue } = tools;
  const appointments = tools.kabinet.appointments;
  const respond = responder(catalogue);
  const one = (ctx: KabinetContext, status = 200) =>
    appointmentReply(ctx, appointments, catalogue, status);
  /** The account's appointment in the path. */
  const theirs = (ctx: KabinetContext, accountId: string) => ({
    accountId,
    appointmentId: ctx.params.appointmentId ?? '',
  });
  return [
    ...appointmentOfficeRoutes(tools, TAGS),
    accountRoute({
      operationId: 'holdAppointment',
      method: 'POST',
      path: '/v1/appointments',
      summary: 'Choose a slot: it is held for you for 10 minutes (policy) until you confirm',
      tags: TAGS,
      body: holdBody,
      responses: {
        201: { description: 'The held appointment', schema: appointmentSchema },
        403: { description: 'The account level is too low for the service' },
        404: { description: 'No such office or service' },
        ...conflict,
      },
      handle: async (ctx, auth) =>
        respond(
          ctx,
          appointments.hold({ ...ctx.body, accountId: auth.accountId, accountLevel: auth.level }),
          one(ctx, 201),
        ),
    }),
    ...(['confirm', 'cancel'] as const).map((action) =>
      accountRoute({
        operationId: `${action}Appointment`,
        method: 'POST',
        path: `/v1/appointments/{appointmentId}/${action}`,
        summary:
          action === 'confirm'
            ? 'Confirm the held slot: booked, with the confirmation notice and a reminder a day before'
            : 'Cancel a hold, or a booking until 24 hours before the visit',
        tags: TAGS,
        responses: {
          200: { description: 'The appointment', schema: appointmentSchema },
          ...appointmentNotFound,
          ...conflict,
        },
        handle: async (ctx, auth) =>
          respond(ctx, appointments[action](theirs(ctx, auth.accountId)), one(ctx)),
      }),
    ),
    accountRoute({
      operationId: 'moveAppointment',
      method: 'POST',
      path: '/v1/appointments/{appointmentId}/move',
      summary:
        'Move a booking to another slot of the same office and service, until 24 hours before the visit (all or nothing)',
      tags: TAGS,
      body: moveBody,
      responses: {
        200: { description: 'The moved appointment', schema: appointmentSchema },
        ...appointmentNotFound,
        ...conflict,
      },
      handle: async (ctx, auth) =>
        respond(ctx, appointments.move({ ...ctx.body, ...theirs(ctx, auth.accountId) }), one(ctx)),
    }),
    accountRoute({
      operationId: 'listAppointments',
      method: 'GET',
      path: '/v1/appointments',
      summary: 'The account’s appointments, newest first, in pages',
      tags: TAGS,
      query: pageQuery,
      responses: { 200: { description: 'A page', schema: appointmentPageSchema } },
      handle: async (ctx, auth) => {
        const q = readPage(ctx);
        if (q.reply) return q.reply;
        return respond(
          ctx,
          appointments.list({ accountId: auth.accountId, ...q.page }),
          (page) => ({
            status: 200,
            body: pageBody(page, (r) => appointmentView(r, ctx.locale, appointments, catalogue)),
          }),
        );
      },
    }),
    accountRoute({
      operationId: 'getAppointment',
      method: 'GET',
      path: '/v1/appointments/{appointmentId}',
      summary: 'One of the account’s appointments with the documents to bring',
      tags: TAGS,
      responses: {
        200: { description: 'The appointment', schema: appointmentSchema },
        ...appointmentNotFound,
      },
      handle: async (ctx, auth) =>
        respond(ctx, appointments.get(theirs(ctx, auth.accountId)), one(ctx)),
    }),
    accountRoute({
      operationId: 'getVisitPass',
      method: 'GET',
      path: '/v1/appointments/{appointmentId}/pass.svg',
      summary:
        'The visit pass of a booking as an SVG QR code: an Ed25519-signed token the office’s scanner verifies offline',
      tags: TAGS,
      responses: {
        200: {
          description: 'image/svg+xml: the QR code; the signed text in the `x-visit-pass` header',
        },
        ...appointmentNotFound,
        409: { description: 'Only a confirmed appointment has a pass (`appointment.not_booked`)' },
      },
      handle: async (ctx, auth) =>
        respond(ctx, appointments.pass(theirs(ctx, auth.accountId)), (pass) => ({
          status: 200,
          body: pass.svg,
          headers: {
            'content-type': 'image/svg+xml; charset=utf-8',
            'x-visit-pass': pass.text,
            'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
          },
        })),
    }),
    ...visitPassRoutes(tools, TAGS),
  ];
}
