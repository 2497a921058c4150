// The payment provider's notifications (webhooks, S-16): public, authenticated by the provider
// adapter over the exact bytes, deduplicated and order-independent.
import { fail, issue, type Result } from '@kabinet/core';
import { z } from 'zod';
import type { Upload } from '../../body/read-upload.js';
import type { Route } from '../../routing/define-route.js';
import type { KabinetPrincipal } from '../kabinet-principal.js';
import { failureReply } from './answer.js';
import { PAYMENT_TAGS } from './payment-views.js';
import { kabinetRoute, type ApiTools, type KabinetContext } from './tools.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes as UTF-8 text, or `undefined` when they are not. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The callback's answer: 200 with the outcome, 401 for a wrong signature, 400 unreadable. */
function callbackReply(ctx: KabinetContext, r: Result<{ outcome: string }>) {
  if (r.success) return { status: 200, body: { outcome: r.data.outcome } };
  const first = r.issues[0];
  if (first?.code === 'payment.callback.signature') return ctx.problem(401, first.code, r.issues);
  if (first?.code === 'payment.callback.malformed') return ctx.problem(400, first.code, r.issues);
  return failureReply(
    ctx,
    r.issues.length > 0 ? r.issues : fail(issue('payment.callback.malformed', [])).issues,
  );
}

/** The public route the payment provider notifies. */
export function paymentCallbackRoute(tools: ApiTools): Route<KabinetPrincipal> {
  const payments = tools.kabinet.payments;
  return kabinetRoute({
    operationId: 'paymentProviderCallback',
    method: 'POST',
    path: '/v1/payments/callbacks',
    summary:
      'Provider notifications (webhooks): authenticated by the provider adapter, deduplicated and order-independent (S-16)',
    tags: PAYMENT_TAGS,
    access: 'public',
    bodyKind: 'binary',
    bodyMedia: {
      'application/json': z
        .record(z.string(), z.unknown())
        .describe('the provider’s notification, signed over its exact bytes'),
    },
    maxBodyBytes: 64 * 1024,
    responses: {
      200: {
        description: 'Handled',
        schema: z.object({
          outcome: z.enum(['applied', 'unchanged', 'duplicate', 'stale', 'conflict']),
        }),
      },
      400: { description: 'Unreadable notification' },
      401: { description: 'Wrong signature' },
    },
    handle: async (ctx) => {
      const upload = ctx.body as Upload;
      const text = decodeUtf8(upload.bytes);
      if (text === undefined)
        return ctx.problem(400, 'payment.callback.malformed', [
          issue('payment.callback.malformed', []),
        ]);
      const headers: Record<string, string> = {};
      ctx.request.headers.forEach((value, name) => (headers[name] = value));
      const r = await payments.handleCallback({ body: text, headers, remoteAddress: ctx.ip });
      return callbackReply(ctx, r);
    },
  });
}
