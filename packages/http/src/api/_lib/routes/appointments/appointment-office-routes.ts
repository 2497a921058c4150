// The migration-service offices (SVC-2), public: the offices with their services and the free
// slots of an office for a service.
import { formatInZone } from '@kabinet/services/appointments';
import { z } from 'zod';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { officeSchema, officeView, slotSchema } from './appointment-views.js';
import { responder } from '../../reply/respond.js';
import { kabinetRoute, type ApiTools } from '../../tools.js';

const slotsQuery = z.object({
  service: z.string().max(40),
  from: z.string().max(10).describe('local date YYYY-MM-DD'),
  to: z.string().max(10).describe('local date YYYY-MM-DD, included'),
});

/** The public office routes, under the appointment routes' `tags`. */
export function appointmentOfficeRoutes(
  tools: ApiTools,
  tags: readonly string[],
): Route<KabinetPrincipal>[] {
  const appointments = tools.kabinet.appointments;
  const respond = responder(tools.catalogue);
  return [
    kabinetRoute({
      operationId: 'listOffices',
      method: 'GET',
      path: '/v1/offices',
      summary:
        'The migration-service offices: their time zones, the services they receive, slot lengths and the documents to bring',
      tags,
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
      tags,
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
        return respond(ctx, appointments.findFreeSlots(input as never), (items) => ({
          status: 200,
          body: {
            timeZone: office?.timeZone ?? '',
            items: items.map((s) => ({
              ...s,
              display: formatInZone(s.start, office?.timeZone ?? 'UTC', ctx.locale),
            })),
          },
        }));
      },
    }),
  ];
}
