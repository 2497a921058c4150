// Visit passes (SVC-2): the operator checks a visitor in by scanning the pass, and the public
// keys scanners verify passes with offline.
import { appointmentInputSchemas } from '@kabinet/services/appointments';
import { z } from 'zod';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { appointmentNotFound, appointmentReply, appointmentSchema } from './appointment-views.js';
import { responder } from '../../reply/respond.js';
import { kabinetRoute, operatorRoute, type ApiTools } from '../../tools.js';

const checkInBody = appointmentInputSchemas.checkIn.omit({ operatorId: true });
const keySchema = z.object({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: z.string(),
  kid: z.string(),
  alg: z.literal('EdDSA'),
  use: z.literal('sig'),
});

/** The check-in route of operators and the public visit-pass keys, under the appointments' `tags`. */
export function visitPassRoutes(
  tools: ApiTools,
  tags: readonly string[],
): Route<KabinetPrincipal>[] {
  const { catalogue } = tools;
  const appointments = tools.kabinet.appointments;
  const respond = responder(catalogue);
  return [
    operatorRoute({
      operationId: 'checkInVisitor',
      method: 'POST',
      path: '/v1/operator/check-in',
      summary:
        'The operator scans a visit pass: signature, expiry, the appointment’s state, office and day are checked, then the visitor is checked in',
      tags: ['appointments (operators)'],
      body: checkInBody,
      responses: {
        200: { description: 'The checked-in appointment', schema: appointmentSchema },
        401: { description: 'Not signed in' },
        403: { description: 'Not an operator' },
        ...appointmentNotFound,
        409: {
          description:
            'Another day, office, a moved or cancelled appointment, or outside the check-in window',
        },
        422: { description: 'Not a valid pass (`visit_pass.*`)' },
      },
      handle: async (ctx, operatorId) =>
        respond(
          ctx,
          appointments.checkIn({ ...ctx.body, operatorId }),
          appointmentReply(ctx, appointments, catalogue),
        ),
    }),
    kabinetRoute({
      operationId: 'listVisitPassKeys',
      method: 'GET',
      path: '/v1/visit-pass-keys',
      summary: 'The public keys (JWK, Ed25519) scanners verify visit passes with, offline',
      tags,
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
