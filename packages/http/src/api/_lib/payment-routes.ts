// State duties (PAY-1…PAY-5) over `kabinet.payments`: the account's charges, create the payment
// of a charge, bind methods, pay (first-use check), pay by QR, list with filters, and the
// provider callbacks.
import { fail, issue, type Issue, type Result } from '@kabinet/core';
import { paymentInputSchemas } from '@kabinet/payments';
import { z } from 'zod';
import type { Upload } from '../../body/read-upload.js';
import type { Route } from '../../routing/define-route.js';
import type { KabinetPrincipal } from '../kabinet-principal.js';
import { answer, failureReply } from './answer.js';
import {
  attemptView,
  chargeView,
  chargeViewSchema,
  dutyView,
  dutyViewSchema,
  paymentDetailsSchema,
  paymentView,
  paymentViewSchema,
  payOutcomeSchema,
} from './payment-views.js';
import { kabinetRoute, sessionOf, type ApiTools, type KabinetContext } from './tools.js';

const TAGS = ['payments'];
const methodViewSchema = z.object({
  id: z.string(),
  kind: z.enum(['card', 'wallet', 'sbp', 'direct_debit']),
  network: z.enum(['visa', 'mastercard', 'unionpay', 'mir']).optional(),
  label: z.string(),
  check: z.enum(['sms_code', 'bank_app', 'wallet_password']),
  verified: z.boolean().describe('whether the first-use check passed (PAY-2)'),
  createdAt: z.number().int(),
});
const listQuery = z.object({
  from: z.string().max(40).optional().describe('period start: epoch ms or ISO 8601 (inclusive)'),
  to: z.string().max(40).optional().describe('period end: epoch ms or ISO 8601 (exclusive)'),
  serviceType: z.string().max(1000).optional().describe('service types, comma-separated'),
  status: z.string().max(200).optional().describe('statuses, comma-separated'),
  limit: z.string().max(6).optional(),
  cursor: z.string().max(200).optional(),
});

/** Reads an epoch-ms or ISO 8601 instant from a query parameter. */
function instant(value: string | undefined, name: string, issues: Issue[]): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = /^\d{1,15}$/.test(value)
    ? Number(value)
    : /^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)
      ? Date.parse(value)
      : Number.NaN;
  if (!Number.isFinite(n)) {
    issues.push(issue('input.wrong_format', ['query', name]));
    return undefined;
  }
  return n;
}

const list = (value: string | undefined): string[] | undefined =>
  value === undefined || value === ''
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .slice(0, 20);

/** The payment routes of the account holder, and the public provider callback. */
export function paymentRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { kabinet, catalogue } = tools;
  const payments = kabinet.payments;
  const outcome =
    (ctx: KabinetContext, status = 200) =>
    (data: {
      payment: Parameters<typeof paymentView>[0];
      attempt: Parameters<typeof attemptView>[0];
    }) => ({
      status,
      body: {
        payment: paymentView(data.payment, ctx.locale),
        attempt: attemptView(data.attempt, ctx.locale),
      },
    });
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
      operationId: 'listCharges',
      method: 'GET',
      path: '/v1/charges',
      summary: 'The account’s charges (начисления), newest first, and the duties it can be charged',
      tags: TAGS,
      access: 'session',
      responses: {
        200: {
          description: 'The charges and the duty catalogue',
          schema: z.object({ items: z.array(chargeViewSchema), duties: z.array(dutyViewSchema) }),
        },
      },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        const duties = payments.listDuties().map((d) => dutyView(d, ctx.locale));
        return answer(
          ctx,
          catalogue,
          await payments.listCharges({ accountId: s.auth.accountId }),
          (items) => ({
            status: 200,
            body: { items: items.map((c) => chargeView(c, ctx.locale)), duties },
          }),
        );
      },
    }),
    kabinetRoute({
      operationId: 'issueCharge',
      method: 'POST',
      path: '/v1/charges',
      summary:
        'Charge a duty of the catalogue to the account: the catalogue’s fixed amount under a fresh УИН (the account’s unpaid charge of that duty, if any, comes back instead)',
      tags: TAGS,
      access: 'session',
      body: paymentInputSchemas.issueCharge,
      responses: {
        201: { description: 'The charge', schema: chargeViewSchema },
        404: { description: 'No such duty in the catalogue (`payment.duty_unknown`)' },
      },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        const result = await payments.issueCharge({
          accountId: s.auth.accountId,
          dutyCode: ctx.body.dutyCode,
        });
        return answer(ctx, catalogue, result, (charge) => ({
          status: 201,
          body: chargeView(charge, ctx.locale),
        }));
      },
    }),
    kabinetRoute({
      operationId: 'createPayment',
      method: 'POST',
      path: '/v1/payments',
      summary:
        'Create the payment of one of the account’s charges by its УИН: the amount, service and payee are the charge’s; the same УИН returns the open payment',
      tags: TAGS,
      access: 'session',
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
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        const result = await payments.createPayment({
          accountId: s.auth.accountId,
          accountLevel: s.auth.level,
          uin: ctx.body.uin,
        });
        return answer(ctx, catalogue, result, (data) => ({
          status: 201,
          body: paymentView(data, ctx.locale),
        }));
      },
    }),
    kabinetRoute({
      operationId: 'listPayments',
      method: 'GET',
      path: '/v1/payments',
      summary:
        'The account’s payments, newest first, filtered by period, service type and status (PAY-5), in pages',
      tags: TAGS,
      access: 'session',
      query: listQuery,
      responses: {
        200: {
          description: 'A page',
          schema: z.object({
            items: z.array(paymentViewSchema),
            nextCursor: z.string().optional(),
          }),
        },
      },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        const q = listQuery.safeParse(Object.fromEntries(ctx.query));
        if (!q.success) return failureReply(ctx, [issue('input.wrong_format', ['query'])]);
        const issues: Issue[] = [];
        const from = instant(q.data.from, 'from', issues);
        const to = instant(q.data.to, 'to', issues);
        const limit =
          q.data.limit === undefined
            ? undefined
            : /^\d{1,4}$/.test(q.data.limit)
              ? Number(q.data.limit)
              : (issues.push(issue('input.wrong_format', ['query', 'limit'])), undefined);
        if (issues.length > 0) return failureReply(ctx, issues);
        const serviceTypes = list(q.data.serviceType);
        const statuses = list(q.data.status);
        const result = await payments.listPayments({
          accountId: s.auth.accountId,
          ...(from === undefined ? {} : { from }),
          ...(to === undefined ? {} : { to }),
          ...(serviceTypes === undefined ? {} : { serviceTypes }),
          ...(statuses === undefined ? {} : { statuses: statuses as never }),
          ...(limit === undefined ? {} : { limit }),
          ...(q.data.cursor === undefined ? {} : { cursor: q.data.cursor }),
        });
        return answer(ctx, catalogue, result, (page) => ({
          status: 200,
          body: {
            items: page.items.map((p) => paymentView(p, ctx.locale)),
            ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }),
          },
        }));
      },
    }),
    kabinetRoute({
      operationId: 'getPayment',
      method: 'GET',
      path: '/v1/payments/{paymentId}',
      summary: 'One payment with its attempts',
      tags: TAGS,
      access: 'session',
      responses: {
        200: { description: 'The payment', schema: paymentDetailsSchema },
        404: { description: 'No such payment of this account' },
      },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        return answer(
          ctx,
          catalogue,
          await payments.getPayment({
            accountId: s.auth.accountId,
            paymentId: ctx.params.paymentId ?? '',
          }),
          details(ctx),
        );
      },
    }),
    kabinetRoute({
      operationId: 'payWithMethod',
      method: 'POST',
      path: '/v1/payments/{paymentId}/pay',
      summary: 'Pay with a bound method; its first use asks for the one-time check (PAY-2)',
      tags: TAGS,
      access: 'session',
      body: paymentInputSchemas.payWithMethod,
      responses: {
        200: {
          description: 'The payment and the attempt (its action says what to do next)',
          schema: payOutcomeSchema,
        },
        409: { description: 'An attempt is in progress' },
        429: { description: 'Too many attempts' },
      },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        const r = await payments.payWithMethod({
          accountId: s.auth.accountId,
          accountLevel: s.auth.level,
          paymentId: ctx.params.paymentId ?? '',
          methodId: ctx.body.methodId,
          idempotencyKey: ctx.body.idempotencyKey,
        });
        return answer(ctx, catalogue, r, outcome(ctx));
      },
    }),
    kabinetRoute({
      operationId: 'payWithQr',
      method: 'POST',
      path: '/v1/payments/{paymentId}/qr',
      summary: 'Pay by an SBP QR link or a GOST R 56042 payment QR code (PAY-1)',
      tags: TAGS,
      access: 'session',
      body: paymentInputSchemas.payWithQr,
      responses: {
        200: {
          description: 'The payment and the attempt with the QR payload',
          schema: payOutcomeSchema,
        },
      },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        const r = await payments.payWithQr({
          accountId: s.auth.accountId,
          accountLevel: s.auth.level,
          paymentId: ctx.params.paymentId ?? '',
          scheme: ctx.body.scheme,
          idempotencyKey: ctx.body.idempotencyKey,
        });
        return answer(ctx, catalogue, r, outcome(ctx));
      },
    }),
    kabinetRoute({
      operationId: 'confirmPaymentCheck',
      method: 'POST',
      path: '/v1/payments/attempts/{attemptId}/confirm',
      summary:
        'Answer the first-use check of a method (SMS code, bank app, wallet password); later payments need none (PAY-2)',
      tags: TAGS,
      access: 'session',
      body: paymentInputSchemas.confirmCheck,
      responses: { 200: { description: 'The payment and the attempt', schema: payOutcomeSchema } },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        return answer(
          ctx,
          catalogue,
          await payments.confirmCheck({
            accountId: s.auth.accountId,
            attemptId: ctx.params.attemptId ?? '',
            answer: ctx.body.answer,
          }),
          outcome(ctx),
        );
      },
    }),
    kabinetRoute({
      operationId: 'refreshPayment',
      method: 'POST',
      path: '/v1/payments/{paymentId}/refresh',
      summary:
        'Ask the provider for the state of open attempts (when a bank confirmation is awaited, PAY-4)',
      tags: TAGS,
      access: 'session',
      responses: { 200: { description: 'The payment', schema: paymentDetailsSchema } },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        return answer(
          ctx,
          catalogue,
          await payments.refreshStatus({
            paymentId: ctx.params.paymentId ?? '',
            accountId: s.auth.accountId,
          }),
          details(ctx),
        );
      },
    }),
    kabinetRoute({
      operationId: 'cancelPayment',
      method: 'POST',
      path: '/v1/payments/{paymentId}/cancel',
      summary: 'Cancel a payment no money moved for',
      tags: TAGS,
      access: 'session',
      responses: { 200: { description: 'The payment', schema: paymentViewSchema } },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        const r = await payments.cancelPayment({
          accountId: s.auth.accountId,
          paymentId: ctx.params.paymentId ?? '',
          reason: 'by_payer',
        });
        return answer(ctx, catalogue, r, (data) => ({
          status: 200,
          body: paymentView(data, ctx.locale),
        }));
      },
    }),
    kabinetRoute({
      operationId: 'listPaymentMethods',
      method: 'GET',
      path: '/v1/payment-methods',
      summary: 'The account’s bound payment methods (no tokens)',
      tags: TAGS,
      access: 'session',
      responses: {
        200: { description: 'Methods', schema: z.object({ methods: z.array(methodViewSchema) }) },
      },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        return {
          status: 200,
          body: { methods: await payments.listMethods({ accountId: s.auth.accountId }) },
        };
      },
    }),
    kabinetRoute({
      operationId: 'bindPaymentMethod',
      method: 'POST',
      path: '/v1/payment-methods',
      summary:
        'Bind a method tokenised by the provider’s form (cards: Visa, MasterCard, UnionPay, Mir; wallets; SBP; direct debit: PAY-1); binding the same instrument again returns it',
      tags: TAGS,
      access: 'session',
      body: paymentInputSchemas.bindMethod,
      responses: { 201: { description: 'The method', schema: methodViewSchema } },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        const b = ctx.body;
        const r = await payments.bindMethod({
          accountId: s.auth.accountId,
          kind: b.kind,
          token: b.token,
          fingerprint: b.fingerprint,
          label: b.label,
          ...(b.network === undefined ? {} : { network: b.network }),
        });
        return answer(ctx, catalogue, r, (data) => ({ status: 201, body: data }));
      },
    }),
    kabinetRoute({
      operationId: 'removePaymentMethod',
      method: 'DELETE',
      path: '/v1/payment-methods/{methodId}',
      summary: 'Remove a method; it stays in history but cannot pay',
      tags: TAGS,
      access: 'session',
      responses: { 200: { description: 'The method', schema: methodViewSchema } },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        return answer(
          ctx,
          catalogue,
          await payments.removeMethod({
            accountId: s.auth.accountId,
            methodId: ctx.params.methodId ?? '',
          }),
          (data) => ({ status: 200, body: data }),
        );
      },
    }),
    kabinetRoute({
      operationId: 'paymentProviderCallback',
      method: 'POST',
      path: '/v1/payments/callbacks',
      summary:
        'Provider notifications (webhooks): authenticated by the provider adapter, deduplicated and order-independent (S-16)',
      tags: TAGS,
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
    }),
  ];
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
  const first = r.issues[0];
  if (first?.code === 'payment.callback.signature') return ctx.problem(401, first.code, r.issues);
  if (first?.code === 'payment.callback.malformed') return ctx.problem(400, first.code, r.issues);
  return failureReply(
    ctx,
    r.issues.length > 0 ? r.issues : fail(issue('payment.callback.malformed', [])).issues,
  );
}
