import type { Locale } from '@kabinet/core';
import { describeAction, describePayment, formatKopecks } from '@kabinet/payments';
import {
  ATTEMPT_STATUSES,
  type ChargeRecord,
  type DutyCatalogueEntry,
  type PaymentAttemptRecord,
  type PaymentRecord,
} from '@kabinet/ports';
import { z } from 'zod';

/** The OpenAPI tags of the payment routes. */
export const PAYMENT_TAGS = ['payments'];

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
  status: z.enum(ATTEMPT_STATUSES),
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

export const payOutcomeSchema = z.object({
  payment: paymentViewSchema,
  attempt: attemptViewSchema,
});
export const paymentDetailsSchema = z.object({
  payment: paymentViewSchema,
  attempts: z.array(attemptViewSchema),
});

/** A bound payment method as the client sees it: no tokens. */
export const methodViewSchema = z.object({
  id: z.string(),
  kind: z.enum(['card', 'wallet', 'sbp', 'direct_debit']),
  network: z.enum(['visa', 'mastercard', 'unionpay', 'mir']).optional(),
  label: z.string(),
  check: z.enum(['sms_code', 'bank_app', 'wallet_password']),
  verified: z.boolean().describe('whether the first-use check passed (PAY-2)'),
  createdAt: z.number().int(),
});

/** A charge (начисление) of the account: what it owes under a УИН; the amount is the charge's (finding 3). */
export const chargeViewSchema = z.object({
  uin: z.string(),
  serviceType: z.string(),
  serviceName: z.string().optional(),
  dutyCode: z.string().optional(),
  amount: z.string(),
  amountKopecks: z.number().int(),
  status: z.enum(['unpaid', 'paid', 'annulled']),
  issuedAt: z.number().int(),
  paymentId: z.string().optional(),
});

/** A duty of the catalogue the account can be charged (`POST /v1/charges`). */
export const dutyViewSchema = z.object({
  code: z.string(),
  serviceType: z.string(),
  name: z.string(),
  amount: z.string(),
  amountKopecks: z.number().int(),
});

/** A charge for the client: no payer id, amounts formatted in its language. */
export function chargeView(charge: ChargeRecord, locale: Locale): z.infer<typeof chargeViewSchema> {
  return {
    uin: charge.uin,
    serviceType: charge.serviceType,
    ...(charge.serviceName === undefined ? {} : { serviceName: charge.serviceName }),
    ...(charge.dutyCode === undefined ? {} : { dutyCode: charge.dutyCode }),
    amount: formatKopecks(charge.amountKopecks, locale),
    amountKopecks: charge.amountKopecks,
    status: charge.status,
    issuedAt: charge.issuedAt,
    ...(charge.paymentId === undefined ? {} : { paymentId: charge.paymentId }),
  };
}

/** A catalogue duty for the client. */
export function dutyView(duty: DutyCatalogueEntry, locale: Locale): z.infer<typeof dutyViewSchema> {
  return {
    code: duty.code,
    serviceType: duty.serviceType,
    name: duty.name,
    amount: formatKopecks(duty.amountKopecks, locale),
    amountKopecks: duty.amountKopecks,
  };
}

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
    ...(attempt.failure === undefined
      ? {}
      : { failure: { code: attempt.failure.code, providerCode: attempt.failure.providerCode } }),
    createdAt: attempt.createdAt,
    updatedAt: attempt.updatedAt,
  };
}

/** A payment with its attempts for the client (`paymentDetailsSchema`). */
export function paymentDetailsView(
  data: { payment: PaymentRecord; attempts: readonly PaymentAttemptRecord[] },
  locale: Locale,
): unknown {
  return {
    payment: paymentView(data.payment, locale),
    attempts: data.attempts.map((a) => attemptView(a, locale)),
  };
}

/** A payment and the attempt just made or answered, for the client (`payOutcomeSchema`). */
export function payOutcomeView(
  data: { payment: PaymentRecord; attempt: PaymentAttemptRecord },
  locale: Locale,
): unknown {
  return { payment: paymentView(data.payment, locale), attempt: attemptView(data.attempt, locale) };
}
