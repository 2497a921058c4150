// State duties (PAY-1…PAY-5) over `kabinet.payments`: the account's charges, create the payment
// of a charge, list with filters and read one; paying (payment-attempt-routes.ts), the bound
// methods (payment-method-routes.ts) and the provider callbacks (payment-callback-route.ts).
import { paymentInputSchemas } from '@kabinet/payments';
import { z } from 'zod';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { paymentAttemptRoutes } from './payment-attempt-routes.js';
import { pageBody, pageSchema } from '../../request/page-query.js';
import { paymentCallbackRoute } from './payment-callback-route.js';
import { paymentListQuery, readPaymentList } from './payment-list-query.js';
import { paymentMethodRoutes } from './payment-method-routes.js';
import {
  chargeView,
  chargeViewSchema,
  dutyView,
  dutyViewSchema,
  paymentDetailsSchema,
  paymentDetailsView,
  paymentView,
  paymentViewSchema,
  PAYMENT_TAGS,
} from './payment-views.js';
import { responder } from '../../reply/respond.js';
import { accountRoute, type ApiTools } from '../../tools.js';

/** The payment routes of the account holder, and the public provider callback. */
export function paymentRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const payments = tools.kabinet.payments;
  const respond = responder(tools.catalogue);
  return [
    accountRoute({
      operationId: 'listCharges',
      method: 'GET',
      path: '/v1/charges',
      summary: 'The account’s charges (начисления), newest first, and the duties it can be charged',
      tags: PAYMENT_TAGS,
      responses: {
        200: {
          description: 'The charges and the duty catalogue',
          schema: z.object({ items: z.array(chargeViewSchema), duties: z.array(dutyViewSchema) }),
        },
      },
      handle: async (ctx, auth) => {
        const duties = payments.listDuties().map((d) => dutyView(d, ctx.locale));
        return respond(ctx, payments.listCharges({ accountId: auth.accountId }), (items) => ({
          status: 200,
          body: { items: items.map((c) => chargeView(c, ctx.locale)), duties },
        }));
      },
    }),
    accountRoute({
      operationId: 'issueCharge',
      method: 'POST',
      path: '/v1/charges',
      summary:
        'Charge a duty of the catalogue to the account: the catalogue’s fixed amount under a fresh УИН (the account’s unpaid charge of that duty, if any, comes back instead)',
      tags: PAYMENT_TAGS,
      body: paymentInputSchemas.issueCharge,
      responses: {
        201: { description: 'The charge', schema: chargeViewSchema },
        404: { description: 'No such duty in the catalogue (`payment.duty_unknown`)' },
      },
      handle: async (ctx, auth) =>
        respond(
          ctx,
          payments.issueCharge({ accountId: auth.accountId, dutyCode: ctx.body.dutyCode }),
          (charge) => ({ status: 201, body: chargeView(charge, ctx.locale) }),
        ),
    }),
    accountRoute({
      operationId: 'createPayment',
      method: 'POST',
      path: '/v1/payments',
      summary:
        'Create the payment of one of the account’s charges by its УИН: the amount, service and payee are the charge’s; the same УИН returns the open payment',
      tags: PAYMENT_TAGS,
      body: paymentInputSchemas.createPayment,
      responses: {
        201: { description: 'The payment', schema: paymentViewSchema },
        403: { description: 'The account level is too low for this duty' },
        404: {
          description:
            'No charge with this УИН for this account (`payment.charge_not_found`; another payer’s charge answers the same)',
        },
        409: {
          description:
            'The УИН is paid already (`payment.uin_paid`) or its charge was annulled (`payment.charge_annulled`)',
        },
      },
      handle: async (ctx, auth) =>
        respond(
          ctx,
          payments.createPayment({
            accountId: auth.accountId,
            accountLevel: auth.level,
            uin: ctx.body.uin,
          }),
          (data) => ({ status: 201, body: paymentView(data, ctx.locale) }),
        ),
    }),
    accountRoute({
      operationId: 'listPayments',
      method: 'GET',
      path: '/v1/payments',
      summary:
        'The account’s payments, newest first, filtered by period, service type and status (PAY-5), in pages',
      tags: PAYMENT_TAGS,
      query: paymentListQuery,
      responses: {
        200: {
          description: 'A page',
          schema: pageSchema(paymentViewSchema),
        },
      },
      handle: async (ctx, auth) => {
        const q = readPaymentList(ctx);
        if (q.reply) return q.reply;
        return respond(
          ctx,
          payments.listPayments({ accountId: auth.accountId, ...q.filter }),
          (page) => ({ status: 200, body: pageBody(page, (p) => paymentView(p, ctx.locale)) }),
        );
      },
    }),
    accountRoute({
      operationId: 'getPayment',
      method: 'GET',
      path: '/v1/payments/{paymentId}',
      summary: 'One payment with its attempts',
      tags: PAYMENT_TAGS,
      responses: {
        200: { description: 'The payment', schema: paymentDetailsSchema },
        404: { description: 'No such payment of this account' },
      },
      handle: async (ctx, auth) =>
        respond(
          ctx,
          payments.getPayment({ accountId: auth.accountId, paymentId: ctx.params.paymentId ?? '' }),
          (data) => ({ status: 200, body: paymentDetailsView(data, ctx.locale) }),
        ),
    }),
    ...paymentAttemptRoutes(tools),
    ...paymentMethodRoutes(tools),
    paymentCallbackRoute(tools),
  ];
}
