// The authority's signed status reports (S-16): public, authenticated by the agency gateway
// over the exact bytes, deduplicated and order-independent.
import { z } from 'zod';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { APPLICATION_TAGS } from './application-views.js';
import { readSignedCallback, signedCallbackReply } from '../../request/signed-callback.js';
import { kabinetRoute, type ApiTools } from '../../tools.js';

const MALFORMED = 'application.callback.malformed';

/** The public route the authority reports an application's status to. */
export function agencyCallbackRoute(tools: ApiTools): Route<KabinetPrincipal> {
  const applications = tools.kabinet.applications;
  return kabinetRoute({
    operationId: 'agencyCallback',
    method: 'POST',
    path: '/v1/agency/callbacks',
    summary:
      'The authority’s status reports: authenticated by the gateway (HMAC over the exact bytes), deduplicated and order-independent (S-16)',
    tags: APPLICATION_TAGS,
    access: 'public',
    bodyKind: 'binary',
    bodyMedia: {
      'application/json': z
        .record(z.string(), z.unknown())
        .describe('the authority’s report, signed over its exact bytes'),
    },
    maxBodyBytes: 64 * 1024,
    responses: {
      200: {
        description: 'Handled',
        schema: z.object({
          outcome: z.enum(['applied', 'unchanged', 'duplicate', 'stale', 'not_allowed']),
        }),
      },
      400: { description: 'Unreadable report' },
      401: { description: 'Wrong signature' },
      404: { description: 'Unknown case' },
    },
    handle: async (ctx) => {
      const read = readSignedCallback(ctx, MALFORMED);
      if (read.reply) return read.reply;
      return signedCallbackReply(
        ctx,
        await applications.handleAgencyCallback(read.callback),
        MALFORMED,
      );
    },
  });
}
