// The authority's signed status reports (S-16): public, authenticated by the agency gateway
// over the exact bytes, deduplicated and order-independent.
import { fail, issue, type Result } from '@kabinet/core';
import { z } from 'zod';
import type { Upload } from '../../body/read-upload.js';
import type { Route } from '../../routing/define-route.js';
import type { KabinetPrincipal } from '../kabinet-principal.js';
import { failureReply } from './answer.js';
import { APPLICATION_TAGS } from './application-views.js';
import { kabinetRoute, type ApiTools, type KabinetContext } from './tools.js';

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
      const text = decodeUtf8((ctx.body as Upload).bytes);
      if (text === undefined)
        return ctx.problem(400, 'application.callback.malformed', [
          issue('application.callback.malformed', []),
        ]);
      const headers: Record<string, string> = {};
      ctx.request.headers.forEach((value, name) => (headers[name] = value));
      return callbackReply(ctx, await applications.handleAgencyCallback({ body: text, headers }));
    },
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function callbackReply(ctx: KabinetContext, r: Result<{ outcome: string }>) {
  if (r.success) return { status: 200, body: { outcome: r.data.outcome } };
  return failureReply(
    ctx,
    r.issues.length > 0 ? r.issues : fail(issue('application.callback.malformed', [])).issues,
  );
}
