// Paying a payment of the account (PAY-1, PAY-2, PAY-4): with a bound method, by QR, answering
// the first-use check, asking the provider for the state, and cancelling.
import { paymentInputSchemas } from '@kabinet/payments';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import {
  paymentDetailsSchema,
  paymentDetailsView,
  paymentView,
  paymentViewSchema,
  payOutcomeSchema,
  payOutcomeView,
  PAYMENT_TAGS,
} from './payment-views.js';
import { responder } from '../../reply/respond.js';
import { accountRoute, type ApiTools, type KabinetContext } from '../../tools.js';

/** The routes that pay, check, refresh and cancel a payment of the account holder. */
export function paymentAttemptRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const payments = tools.kabinet.payments;
  const respond = responder(tools.catalogue);
  const paymentId = (ctx: KabinetContext): string => ctx.params.paymentId ?? '';
  const outcome = (ctx: KabinetContext) => (data: Parameters<typeof payOutcomeView>[0]) => ({
    status: 200,
    body: payOutcomeView(data, ctx.locale),
  });
  return [
    accountRoute({
      operationId: 'payWithMethod',
      method: 'POST',
      path: '/v1/payments/{paymentId}/pay',
      summary: 'Pay with a bound method; its first use asks for the one-time check (PAY-2)',
      tags: PAYMENT_TAGS,
      body: paymentInputSchemas.payWithMethod,
      responses: {
        200: {
          description: 'The payment and the attempt (its action says what to do next)',
          schema: payOutcomeSchema,
        },
        409: { description: 'An attempt is in progress' },
        429: { description: 'Too many attempts' },
      },
      handle: async (ctx, auth) =>
        respond(
          ctx,
          payments.payWithMethod({
            accountId: auth.accountId,
            accountLevel: auth.level,
            paymentId: paymentId(ctx),
            methodId: ctx.body.methodId,
            idempotencyKey: ctx.body.idempotencyKey,
          }),
          outcome(ctx),
        ),
    }),
    accountRoute({
      operationId: 'payWithQr',
      method: 'POST',
      path: '/v1/payments/{paymentId}/qr',
      summary: 'Pay by an SBP QR link or a GOST R 56042 payment QR code (PAY-1)',
      tags: PAYMENT_TAGS,
      body: paymentInputSchemas.payWithQr,
      responses: {
        200: {
          description: 'The payment and the attempt with the QR payload',
          schema: payOutcomeSchema,
        },
      },
      handle: async (ctx, auth) =>
        respond(
          ctx,
          payments.payWithQr({
            accountId: auth.accountId,
            accountLevel: auth.level,
            paymentId: paymentId(ctx),
            scheme: ctx.body.scheme,
            idempotencyKey: ctx.body.idempotencyKey,
          }),
          outcome(ctx),
        ),
    }),
    accountRoute({
      operationId: 'confirmPaymentCheck',
      method: 'POST',
      path: '/v1/payments/attempts/{attemptId}/confirm',
      summary:
        'Answer the first-use check of a method (SMS code, bank app, wallet password); later payments need none (PAY-2)',
      tags: PAYMENT_TAGS,
      body: paymentInputSchemas.confirmCheck,
      responses: { 200: { description: 'The payment and the attempt', schema: payOutcomeSchema } },
      handle: async (ctx, auth) =>
        respond(
          ctx,
          payments.confirmCheck({
            accountId: auth.accountId,
            attemptId: ctx.params.attemptId ?? '',
            answer: ctx.body.answer,
          }),
          outcome(ctx),
        ),
    }),
    accountRoute({
      operationId: 'refreshPayment',
      method: 'POST',
      path: '/v1/payments/{paymentId}/refresh',
      summary:
        'Ask the provider for the state of open attempts (when a bank confirmation is awaited, PAY-4)',
      tags: PAYMENT_TAGS,
      responses: { 200: { description: 'The payment', schema: paymentDetailsSchema } },
      handle: async (ctx, auth) =>
        respond(
          ctx,
          payments.refreshStatus({ paymentId: paymentId(ctx), accountId: auth.accountId }),
          (data) => ({ status: 200, body: paymentDetailsView(data, ctx.locale) }),
        ),
    }),
    accountRoute({
      operationId: 'cancelPayment',
      method: 'POST',
      path: '/v1/payments/{paymentId}/cancel',
      summary: 'Cancel a payment no money moved for',
      tags: PAYMENT_TAGS,
      responses: { 200: { description: 'The payment', schema: paymentViewSchema } },
      handle: async (ctx, auth) =>
        respond(
          ctx,
          payments.cancelPayment({
            accountId: auth.accountId,
            paymentId: paymentId(ctx),
            reason: 'by_payer',
          }),
          (data) => ({ status: 200, body: paymentView(data, ctx.locale) }),
        ),
    }),
  ];
}
