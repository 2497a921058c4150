// Support operations on payments (PAY-4) behind the operator role: a payment by its transaction
// number, refunds, cancellations and GIS GMP quittances.
import { paymentInputSchemas } from '@kabinet/payments';
import { z } from 'zod';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { answer } from '../../reply/answer.js';
import { operatorResponses } from '../../reply/operator-responses.js';
import {
  paymentDetailsSchema,
  paymentDetailsView,
  paymentView,
  paymentViewSchema,
} from '../payments/payment-views.js';
import { okReply } from '../../reply/data-reply.js';
import { responder } from '../../reply/respond.js';
import { operatorRoute, type ApiTools, type KabinetContext } from '../../tools.js';

const PAYMENT = '/v1/support/payments/{transactionNumber}';
const paymentReply = {
  200: { description: 'The payment', schema: paymentViewSchema },
  ...operatorResponses,
};

/** The support routes on payments (access: operator), under the support routes' `tags`. */
export function supportPaymentRoutes(
  tools: ApiTools,
  tags: readonly string[],
): Route<KabinetPrincipal>[] {
  const { catalogue } = tools;
  const payments = tools.kabinet.payments;
  const respond = responder(catalogue);
  const party = (operatorId: string) => ({ type: 'support', id: operatorId });
  const found = (ctx: KabinetContext) =>
    payments.getByTransactionNumber({ transactionNumber: ctx.params.transactionNumber ?? '' });
  const onePayment = (ctx: KabinetContext) => (data: Parameters<typeof paymentView>[0]) => ({
    status: 200,
    body: paymentView(data, ctx.locale),
  });
  return [
    operatorRoute({
      operationId: 'supportFindPayment',
      method: 'GET',
      path: PAYMENT,
      summary: 'A payment by its transaction number (PAY-4), with its attempts',
      tags,
      responses: {
        200: { description: 'The payment', schema: paymentDetailsSchema },
        404: { description: 'No such payment' },
        ...operatorResponses,
      },
      handle: async (ctx) =>
        respond(ctx, found(ctx), (data) => ({
          status: 200,
          body: paymentDetailsView(data, ctx.locale),
        })),
    }),
    operatorRoute({
      operationId: 'supportRefundPayment',
      method: 'POST',
      path: `${PAYMENT}/refund`,
      summary: 'Refund (part of) a paid payment; refunds never exceed what was captured',
      tags,
      body: paymentInputSchemas.refundPayment,
      responses: paymentReply,
      handle: async (ctx, operatorId) => {
        const payment = await found(ctx);
        if (!payment.success) return answer(ctx, catalogue, payment, okReply);
        const refund = payments.refundPayment({
          paymentId: payment.data.payment.id,
          amountKopecks: ctx.body.amountKopecks,
          idempotencyKey: ctx.body.idempotencyKey,
          actor: party(operatorId),
        });
        return respond(ctx, refund, onePayment(ctx));
      },
    }),
    operatorRoute({
      operationId: 'supportCancelPayment',
      method: 'POST',
      path: `${PAYMENT}/cancel`,
      summary:
        'Cancel a payment no money moved for (by the portal, or because the accrual was annulled)',
      tags,
      body: z.object({ reason: z.enum(['by_merchant', 'accrual_annulled']).optional() }),
      responses: paymentReply,
      handle: async (ctx, operatorId) => {
        const payment = await found(ctx);
        if (!payment.success) return answer(ctx, catalogue, payment, okReply);
        const p = payment.data.payment;
        const cancel = payments.cancelPayment({
          accountId: p.accountId,
          paymentId: p.id,
          reason: ctx.body.reason ?? 'by_merchant',
          actor: party(operatorId),
        });
        return respond(ctx, cancel, onePayment(ctx));
      },
    }),
    operatorRoute({
      operationId: 'supportRecordQuittance',
      method: 'POST',
      path: '/v1/support/quittances',
      summary: 'Record a GIS GMP quittance status for an accrual (paid → reconciled on 1, 4, 5, 6)',
      tags,
      body: paymentInputSchemas.recordQuittance,
      responses: paymentReply,
      handle: async (ctx) => {
        const b = ctx.body;
        const recorded = payments.recordQuittance({
          uin: b.uin,
          acknowledgment: b.acknowledgment,
          ...(b.paidKopecks === undefined ? {} : { paidKopecks: b.paidKopecks }),
        });
        return respond(ctx, recorded, onePayment(ctx));
      },
    }),
  ];
}
