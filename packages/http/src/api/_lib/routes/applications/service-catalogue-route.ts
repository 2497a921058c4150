// The catalogue of services one applies for (SVC-1), public: each service's form fields,
// attachments with their file rules, the account level, the duty and the processing time.
import { z } from 'zod';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { APPLICATION_TAGS, serviceView, serviceViewSchema } from './application-views.js';
import { kabinetRoute, type ApiTools } from '../../tools.js';

/** The public route of the applications' service catalogue. */
export function serviceCatalogueRoute(tools: ApiTools): Route<KabinetPrincipal> {
  const applications = tools.kabinet.applications;
  return kabinetRoute({
    operationId: 'listServices',
    method: 'GET',
    path: '/v1/services',
    summary:
      'The catalogue of services one can apply for: form fields, attachments and their file rules, the level, the duty, the processing time',
    tags: APPLICATION_TAGS,
    access: 'public',
    responses: {
      200: {
        description: 'The catalogue',
        schema: z.object({ items: z.array(serviceViewSchema) }),
      },
    },
    handle: async (ctx) => ({
      status: 200,
      body: { items: applications.listServices().map((s) => serviceView(s, ctx.locale)) },
    }),
  });
}
