// Support operations behind the operator role (ACC-8, ACC-9, ACC-7, PAY-4): look up, unblock,
// block, restore access, registered letters, video and in-person confirmation, the account's
// journal, payments by transaction number, refunds, cancellations and GIS GMP quittances.
import { supportInputSchemas } from 'kabinet';
import { paymentInputSchemas } from '@kabinet/payments';
import { z } from 'zod';
import type { Route } from '../../routing/define-route.js';
import type { KabinetPrincipal } from '../kabinet-principal.js';
import { answer } from './answer.js';
import { checkViewSchema } from './identity-routes.js';
import {
  accountJournalPage,
  journalQuery,
  readJournalPage,
  supportJournalPageSchema,
} from './journal-routes.js';
import {
  attemptView,
  paymentDetailsSchema,
  paymentView,
  paymentViewSchema,
} from './payment-views.js';
import { CONFIRMATION_METHODS, LEVELS, LIFECYCLES, USER_TYPES } from './schemas.js';
import { kabinetRoute, operatorOf, type ApiTools, type KabinetContext } from './tools.js';

const TAGS = ['support'];
const ACCOUNT = '/v1/support/accounts/{accountId}';
/** The account comes from the path. */
const ACCOUNT_ID = { accountId: true } as const;
const supportAccountSchema = z.object({
  accountId: z.string(),
  userType: z.enum(USER_TYPES),
  lifecycle: z.enum(LIFECYCLES),
  level: z.enum(LEVELS),
  phone: z.string().describe('masked'),
  email: z.string().describe('masked'),
  lock: z.object({ locked: z.boolean(), failures: z.number().int() }),
  checks: z.array(checkViewSchema),
  sessions: z.number().int(),
  blockReason: z.string().optional(),
});
const forbidden = {
  401: { description: 'Not signed in' },
  403: { description: 'Not a support operator' },
};

/** The support routes (access: operator). */
export function supportRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { kabinet, catalogue } = tools;
  const support = kabinet.support;
  const payments = kabinet.payments;
  const operator = (ctx: KabinetContext) => ({ operatorId: operatorOf(ctx) });
  const party = (ctx: KabinetContext) => ({ type: 'support', id: operatorOf(ctx) });
  const ok = (data: unknown) => ({ status: 200, body: data });
  const details =
    (ctx: KabinetContext) =>
    (data: {
      payment: Parameters<typeof paymentView>[0];
      attempts: readonly Parameters<typeof attemptView>[0][];
    }) => ({
      status: 200,
      body: {
        payment: paymentView(data.payment, ctx.locale),
        attempts: data.attempts.map((a) => attemptView(a, ctx.locale)),
      },
    });
  return [
    kabinetRoute({
      operationId: 'supportGetAccount',
      method: 'GET',
      path: ACCOUNT,
      summary: 'An account as support sees it: state, level, lock, checks (masked contacts)',
      tags: TAGS,
      access: 'operator',
      responses: {
        200: { description: 'The account', schema: supportAccountSchema },
        404: { description: 'No such account' },
        ...forbidden,
      },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await support.account(operator(ctx), { accountId: ctx.params.accountId ?? '' }),
          ok,
        ),
    }),
    kabinetRoute({
      operationId: 'supportUnblockAccount',
      method: 'POST',
      path: `${ACCOUNT}/unblock`,
      summary:
        'Lift a lock after repeated errors, or a block (ACC-8); the lockout counters are reset',
      tags: TAGS,
      access: 'operator',
      body: supportInputSchemas.unblock.omit(ACCOUNT_ID),
      responses: {
        200: { description: 'The account', schema: supportAccountSchema },
        ...forbidden,
      },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await support.unblock(operator(ctx), {
            accountId: ctx.params.accountId ?? '',
            ...ctx.body,
          }),
          ok,
        ),
    }),
    kabinetRoute({
      operationId: 'supportBlockAccount',
      method: 'POST',
      path: `${ACCOUNT}/block`,
      summary: 'Block an account; every session ends',
      tags: TAGS,
      access: 'operator',
      body: supportInputSchemas.block.omit(ACCOUNT_ID),
      responses: {
        200: { description: 'The account', schema: supportAccountSchema },
        ...forbidden,
      },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await support.block(operator(ctx), {
            accountId: ctx.params.accountId ?? '',
            reason: ctx.body.reason,
          }),
          ok,
        ),
    }),
    kabinetRoute({
      operationId: 'supportRestoreAccess',
      method: 'POST',
      path: `${ACCOUNT}/restore-access`,
      summary:
        'Restore access (ACC-9): a one-time recovery token goes by SMS to the registered phone; the holder sets a new password at POST /v1/auth/recovery',
      tags: TAGS,
      access: 'operator',
      responses: {
        202: {
          description: 'Token sent',
          schema: z.object({ sentTo: z.string(), expiresAt: z.number().int() }),
        },
        ...forbidden,
      },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await support.restoreAccess(operator(ctx), { accountId: ctx.params.accountId ?? '' }),
          (data) => ({ status: 202, body: data }),
        ),
    }),
    kabinetRoute({
      operationId: 'supportDispatchLetter',
      method: 'POST',
      path: `${ACCOUNT}/checks/{checkId}/letter`,
      summary:
        'Registered mail (ACC-7): record the dispatch with its tracking number; returns the code to print in the letter',
      tags: TAGS,
      access: 'operator',
      body: supportInputSchemas.dispatchLetter.omit({ ...ACCOUNT_ID, checkId: true }),
      responses: {
        200: {
          description: 'The check, the code and the address',
          schema: z.object({ check: checkViewSchema, code: z.string(), address: z.string() }),
        },
        ...forbidden,
      },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await support.dispatchLetter(operator(ctx), {
            accountId: ctx.params.accountId ?? '',
            checkId: ctx.params.checkId ?? '',
            trackingNumber: ctx.body.trackingNumber,
          }),
          ok,
        ),
    }),
    kabinetRoute({
      operationId: 'supportVerifyVideo',
      method: 'POST',
      path: `${ACCOUNT}/checks/{checkId}/video-verified`,
      summary: 'Video call (ACC-7): the operator confirms the person; the registry check follows',
      tags: TAGS,
      access: 'operator',
      responses: { 200: { description: 'The check', schema: checkViewSchema }, ...forbidden },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await support.verifyVideo(operator(ctx), {
            accountId: ctx.params.accountId ?? '',
            checkId: ctx.params.checkId ?? '',
          }),
          ok,
        ),
    }),
    kabinetRoute({
      operationId: 'supportVerifyInPerson',
      method: 'POST',
      path: `${ACCOUNT}/in-person`,
      summary: `In person at a service centre (ACC-7, ${CONFIRMATION_METHODS.at(-1)}): the operator records the visit; an activation link goes by SMS`,
      tags: TAGS,
      access: 'operator',
      body: supportInputSchemas.verifyInPerson.omit(ACCOUNT_ID),
      responses: { 200: { description: 'The check', schema: checkViewSchema }, ...forbidden },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await support.verifyInPerson(operator(ctx), {
            accountId: ctx.params.accountId ?? '',
            serviceCentreId: ctx.body.serviceCentreId,
          }),
          ok,
        ),
    }),
    kabinetRoute({
      operationId: 'supportAccountJournal',
      method: 'GET',
      path: `${ACCOUNT}/journal`,
      summary: 'Every journaled step of an account, newest first, so support can trace it (ACC-9)',
      tags: TAGS,
      access: 'operator',
      query: journalQuery,
      responses: {
        200: {
          description: 'A page of events (with the portal-wide `seq` of each)',
          schema: supportJournalPageSchema,
        },
        ...forbidden,
      },
      handle: async (ctx) => {
        const page = readJournalPage(ctx);
        if (!page.ok) return page.reply;
        return {
          status: 200,
          body: await accountJournalPage(kabinet, ctx.params.accountId ?? '', page, true),
        };
      },
    }),
    kabinetRoute({
      operationId: 'supportFindPayment',
      method: 'GET',
      path: '/v1/support/payments/{transactionNumber}',
      summary: 'A payment by its transaction number (PAY-4), with its attempts',
      tags: TAGS,
      access: 'operator',
      responses: {
        200: { description: 'The payment', schema: paymentDetailsSchema },
        404: { description: 'No such payment' },
        ...forbidden,
      },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await payments.getByTransactionNumber({
            transactionNumber: ctx.params.transactionNumber ?? '',
          }),
          details(ctx),
        ),
    }),
    kabinetRoute({
      operationId: 'supportRefundPayment',
      method: 'POST',
      path: '/v1/support/payments/{transactionNumber}/refund',
      summary: 'Refund (part of) a paid payment; refunds never exceed what was captured',
      tags: TAGS,
      access: 'operator',
      body: paymentInputSchemas.refundPayment,
      responses: { 200: { description: 'The payment', schema: paymentViewSchema }, ...forbidden },
      handle: async (ctx) => {
        const found = await payments.getByTransactionNumber({
          transactionNumber: ctx.params.transactionNumber ?? '',
        });
        if (!found.success) return answer(ctx, catalogue, found, ok);
        const r = await payments.refundPayment({
          paymentId: found.data.payment.id,
          amountKopecks: ctx.body.amountKopecks,
          idempotencyKey: ctx.body.idempotencyKey,
          actor: party(ctx),
        });
        return answer(ctx, catalogue, r, (data) => ({
          status: 200,
          body: paymentView(data, ctx.locale),
        }));
      },
    }),
    kabinetRoute({
      operationId: 'supportCancelPayment',
      method: 'POST',
      path: '/v1/support/payments/{transactionNumber}/cancel',
      summary:
        'Cancel a payment no money moved for (by the portal, or because the accrual was annulled)',
      tags: TAGS,
      access: 'operator',
      body: z.object({ reason: z.enum(['by_merchant', 'accrual_annulled']).optional() }),
      responses: { 200: { description: 'The payment', schema: paymentViewSchema }, ...forbidden },
      handle: async (ctx) => {
        const found = await payments.getByTransactionNumber({
          transactionNumber: ctx.params.transactionNumber ?? '',
        });
        if (!found.success) return answer(ctx, catalogue, found, ok);
        const p = found.data.payment;
        const r = await payments.cancelPayment({
          accountId: p.accountId,
          paymentId: p.id,
          reason: ctx.body.reason ?? 'by_merchant',
          actor: party(ctx),
        });
        return answer(ctx, catalogue, r, (data) => ({
          status: 200,
          body: paymentView(data, ctx.locale),
        }));
      },
    }),
    kabinetRoute({
      operationId: 'supportRecordQuittance',
      method: 'POST',
      path: '/v1/support/quittances',
      summary: 'Record a GIS GMP quittance status for an accrual (paid → reconciled on 1, 4, 5, 6)',
      tags: TAGS,
      access: 'operator',
      body: paymentInputSchemas.recordQuittance,
      responses: { 200: { description: 'The payment', schema: paymentViewSchema }, ...forbidden },
      handle: async (ctx) => {
        const b = ctx.body;
        const r = await payments.recordQuittance({
          uin: b.uin,
          acknowledgment: b.acknowledgment,
          ...(b.paidKopecks === undefined ? {} : { paidKopecks: b.paidKopecks }),
        });
        return answer(ctx, catalogue, r, (data) => ({
          status: 200,
          body: paymentView(data, ctx.locale),
        }));
      },
    }),
  ];
}
