// The payment provider's notifications (webhooks, S-16): public, authenticated by the provider
// adapter over the exact bytes, deduplicated and order-independent.
import { z } from 'zod';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { PAYMENT_TAGS } from './payment-views.js';
import { readSignedCallback, signedCallbackReply } from '../../request/signed-callback.js';
import { kabinetRoute, type ApiTools } from '../../tools.js';

const MALFORMED = 'payment.callback.malformed';

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
      const read = readSignedCallback(ctx, MALFORMED);
      if (read.reply) return read.reply;
      const r = await payments.handleCallback({ ...read.callback, remoteAddress: ctx.ip });
      // The provider's refusals are its own statuses: a wrong signature 401, unreadable 400.
      if (!r.success) {
        const code = r.issues[0]?.code;
        if (code === 'payment.callback.signature') return ctx.problem(401, code, r.issues);
        if (code === MALFORMED) return ctx.problem(400, code, r.issues);
      }
      return signedCallbackReply(ctx, r, MALFORMED);
    },
  });
}
