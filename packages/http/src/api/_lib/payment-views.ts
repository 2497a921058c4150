import type { Locale } from '@kabinet/core';
import { describeAction, describePayment } from '@kabinet/payments';
import type { PaymentAttemptRecord, PaymentRecord } from '@kabinet/ports';
import { z } from 'zod';

/** The payment as the portal shows it: status label, stage sentence, amount, failure reason. */
export const paymentViewSchema = z.object({
  id: z.string(),
  transactionNumber: z.string().describe('for support (PAY-4)'),
  uin: z.string(),
  serviceType: z.string(),
  serviceName: z.string().optional(),
  status: z.enum(['paid', 'processing', 'cancelled', 'error']).describe('PAY-3'),
  label: z.string(),
  stage: z.string(),
  stageText: z.string(),
  amount: z.string(),
  amountKopecks: z.number().int(),
  refundedKopecks: z.number().int(),
  reason: z.object({ code: z.string(), providerCode: z.string(), text: z.string() }).optional(),
  canRetry: z.boolean(),
  createdAt: z.number().int(),
});

export const attemptViewSchema = z.object({
  id: z.string(),
  sequence: z.number().int(),
  status: z.enum(['created', 'requires_action', 'processing', 'authorized', 'succeeded', 'failed', 'canceled']),
  methodKind: z.enum(['card', 'wallet', 'sbp', 'qr', 'direct_debit']),
  methodId: z.string().optional(),
  action: z
    .object({
      kind: z.enum(['sms_code', 'bank_app', 'wallet_password', 'three_ds', 'redirect', 'qr_scan']),
      text: z.string(),
      destination: z.string().optional(),
      url: z.string().optional(),
      qrPayload: z.string().optional(),
      expiresAt: z.number().int().optional(),
    })
    .optional(),
  failure: z.object({ code: z.string(), providerCode: z.string() }).optional(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});

export const payOutcomeSchema = z.object({ payment: paymentViewSchema, attempt: attemptViewSchema });
export const paymentDetailsSchema = z.object({ payment: paymentViewSchema, attempts: z.array(attemptViewSchema) });

/** A payment for the client, in its language. */
export function paymentView(payment: PaymentRecord, locale: Locale): unknown {
  return describePayment(payment, locale);
}

/** An attempt for the client: no provider ids or idempotency keys. */
export function attemptView(attempt: PaymentAttemptRecord, locale: Locale): unknown {
  const action = attempt.action;
  return {
    id: attempt.id,
    sequence: attempt.sequence,
    status: attempt.status,
    methodKind: attempt.methodKind,
    ...(attempt.methodId === undefined ? {} : { methodId: attempt.methodId }),
    ...(action === undefined
      ? {}
      : {
          action: {
            kind: action.kind,
            text: describeAction(action, locale),
            ...(action.destination === undefined ? {} : { destination: action.destination }),
            ...(action.url === undefined ? {} : { url: action.url }),
            ...(action.qrPayload === undefined ? {} : { qrPayload: action.qrPayload }),
            ...(action.expiresAt === undefined ? {} : { expiresAt: action.expiresAt }),
          },
        }),
    ...(attempt.failure === undefined ? {} : { failure: { code: attempt.failure.code, providerCode: attempt.failure.providerCode } }),
    createdAt: attempt.createdAt,
    updatedAt: attempt.updatedAt,
  };
}
