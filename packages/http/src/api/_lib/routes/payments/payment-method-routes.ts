// The account's bound payment methods (PAY-1, PAY-2): list, bind, remove.
import { paymentInputSchemas } from '@kabinet/payments';
import { z } from 'zod';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { dataReply } from '../../reply/data-reply.js';
import { methodViewSchema, PAYMENT_TAGS } from './payment-views.js';
import { responder } from '../../reply/respond.js';
import { accountRoute, type ApiTools } from '../../tools.js';

/** The payment method routes of the account holder. */
export function paymentMethodRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const payments = tools.kabinet.payments;
  const respond = responder(tools.catalogue);
  return [
    accountRoute({
      operationId: 'listPaymentMethods',
      method: 'GET',
      path: '/v1/payment-methods',
      summary: 'The account’s bound payment methods (no tokens)',
      tags: PAYMENT_TAGS,
      responses: {
        200: { description: 'Methods', schema: z.object({ methods: z.array(methodViewSchema) }) },
      },
      handle: async (_ctx, auth) => ({
        status: 200,
        body: { methods: await payments.listMethods({ accountId: auth.accountId }) },
      }),
    }),
    accountRoute({
      operationId: 'bindPaymentMethod',
      method: 'POST',
      path: '/v1/payment-methods',
      summary:
        'Bind a method tokenised by the provider’s form (cards: Visa, MasterCard, UnionPay, Mir; wallets; SBP; direct debit: PAY-1); binding the same instrument again returns it',
      tags: PAYMENT_TAGS,
      body: paymentInputSchemas.bindMethod,
      responses: { 201: { description: 'The method', schema: methodViewSchema } },
      handle: async (ctx, auth) => {
        const b = ctx.body;
        const bound = payments.bindMethod({
          accountId: auth.accountId,
          kind: b.kind,
          token: b.token,
          fingerprint: b.fingerprint,
          label: b.label,
          ...(b.network === undefined ? {} : { network: b.network }),
        });
        return respond(ctx, bound, dataReply(201));
      },
    }),
    accountRoute({
      operationId: 'removePaymentMethod',
      method: 'DELETE',
      path: '/v1/payment-methods/{methodId}',
      summary: 'Remove a method; it stays in history but cannot pay',
      tags: PAYMENT_TAGS,
      responses: { 200: { description: 'The method', schema: methodViewSchema } },
      handle: async (ctx, auth) =>
        respond(
          ctx,
          payments.removeMethod({ accountId: auth.accountId, methodId: ctx.params.methodId ?? '' }),
        ),
    }),
  ];
}
