import { fail, issue, ok, readInput, type Issue, type Result } from '@kabinet/core';
import { paymentInputSchemas } from '../service/payment-input-schemas.js';
import {
  PAYMENT_STATUSES,
  decodePaymentCursor,
  type AcknowledgmentStatus,
  type Page,
  type PaymentRecord,
  type PaymentStatus,
  type Stored,
} from '@kabinet/ports';
import { reconciles } from '../machine/derive-payment-status.js';
import { isKopecks } from '../money/is-kopecks.js';
import type { ListPaymentsInput } from '../service/payments-service-inputs.js';
import type { PaymentDetails } from '../service/payments-service-outcomes.js';
import { parseUin } from '../uin/parse-uin.js';
import { patchAttempt } from '../steps/drive-attempt.js';
import { syncPayment } from '../steps/sync-payment.js';
import {
  GOST_QR_PROVIDER,
  SYSTEM,
  record,
  type ServiceContext,
} from '../steps/payments-context.js';
import { isId } from '../_lib/ids.js';
import { unstore } from '../_lib/records.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

const STATUSES = new Set<PaymentStatus>(PAYMENT_STATUSES);
const SERVICE_TYPE = /^[a-z0-9_.-]{1,64}$/;
const EPOCH = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * listPayments (PAY-5): validated period `[from, to)`, service types, statuses, page size and cursor.
 *
 * @example
 * ```ts
 * const page = await listPayments(ctx, { accountId: 'acc_1', limit: 20 });
 * ```
 */
export async function listPayments(
  ctx: ServiceContext,
  input: ListPaymentsInput,
): Promise<Result<Page<Stored<PaymentRecord>>, PaymentsIssueCode>> {
  const issues: Issue<PaymentsIssueCode>[] = [];
  if (!isId(input.accountId)) issues.push(issue('input.wrong_format', ['accountId']));
  if (input.from !== undefined && !EPOCH(input.from))
    issues.push(issue('payment.list.period_invalid', ['from']));
  if (input.to !== undefined && !EPOCH(input.to))
    issues.push(issue('payment.list.period_invalid', ['to']));
  if (EPOCH(input.from) && EPOCH(input.to) && input.from >= input.to)
    issues.push(issue('payment.list.period_invalid', ['to']));
  const limit = input.limit ?? ctx.policy.defaultPageSize;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > ctx.policy.maxPageSize)
    issues.push(issue('payment.list.limit_invalid', ['limit'], { max: ctx.policy.maxPageSize }));
  // Checked as unknown: the input is typed, but a caller without TypeScript may send anything.
  const serviceTypes: unknown = input.serviceTypes;
  const statuses: unknown = input.statuses;
  if (input.serviceTypes !== undefined) {
    if (!Array.isArray(serviceTypes) || input.serviceTypes.length > 50)
      issues.push(issue('payment.service_type_invalid', ['serviceTypes']));
    else
      input.serviceTypes.forEach((t, i) =>
        typeof t === 'string' && SERVICE_TYPE.test(t)
          ? undefined
          : issues.push(issue('payment.service_type_invalid', ['serviceTypes', i])),
      );
  }
  if (input.statuses !== undefined) {
    if (!Array.isArray(statuses)) issues.push(issue('payment.list.status_invalid', ['statuses']));
    else
      input.statuses.forEach((s, i) =>
        STATUSES.has(s)
          ? undefined
          : issues.push(issue('payment.list.status_invalid', ['statuses', i])),
      );
  }
  if (
    input.cursor !== undefined &&
    (typeof input.cursor !== 'string' || decodePaymentCursor(input.cursor) === undefined)
  )
    issues.push(issue('payment.list.cursor_invalid', ['cursor']));
  if (issues.length > 0) return fail(issues);
  return ok(
    await ctx.store.payments.listByAccount({
      accountId: input.accountId,
      limit,
      ...(input.from === undefined ? {} : { from: input.from }),
      ...(input.to === undefined ? {} : { to: input.to }),
      ...(input.serviceTypes === undefined ? {} : { serviceTypes: input.serviceTypes }),
      ...(input.statuses === undefined ? {} : { statuses: input.statuses }),
      ...(input.cursor === undefined ? {} : { after: input.cursor }),
    }),
  );
}

async function details(
  ctx: ServiceContext,
  payment: Stored<PaymentRecord>,
): Promise<PaymentDetails> {
  return { payment, attempts: await ctx.store.attempts.listByPayment(payment.id) };
}

/**
 * getPayment: a payment of the account with its attempts.
 *
 * @example
 * ```ts
 * const r = await getPayment(ctx, 'acc_1', paymentId);
 * ```
 */
export async function getPayment(
  ctx: ServiceContext,
  accountId: string,
  paymentId: string,
): Promise<Result<PaymentDetails, PaymentsIssueCode>> {
  if (!isId(accountId) || !isId(paymentId)) return fail(issue('payment.not_found', ['paymentId']));
  const payment = await ctx.store.payments.get(paymentId);
  if (payment === undefined || payment.accountId !== accountId)
    return fail(issue('payment.not_found', ['paymentId']));
  return ok(await details(ctx, payment));
}

/**
 * getByTransactionNumber: a payment by the transaction number on its receipt, optionally only the account's.
 *
 * @example
 * ```ts
 * const r = await getByTransactionNumber(ctx, '1234 5678 9012 3456', 'acc_1');
 * ```
 */
export async function getByTransactionNumber(
  ctx: ServiceContext,
  transactionNumber: string,
  accountId: string | undefined,
): Promise<Result<PaymentDetails, PaymentsIssueCode>> {
  if (
    typeof transactionNumber !== 'string' ||
    !/^\d{16}$/.test(transactionNumber.replace(/[\s-]/g, ''))
  ) {
    return fail(issue('payment.transaction_number_invalid', ['transactionNumber']));
  }
  const payment = await ctx.store.payments.findByTransactionNumber(
    transactionNumber.replace(/[\s-]/g, ''),
  );
  if (payment === undefined || (accountId !== undefined && payment.accountId !== accountId))
    return fail(issue('payment.not_found', ['transactionNumber']));
  return ok(await details(ctx, payment));
}

const PAYMENT_SEEN = new Set([1, 2, 5, 6]);

/**
 * recordQuittance: GIS GMP's AcknowledgmentStatus for an accrual. 1, 4, 5, 6 reconcile a paid
 * payment; 1, 2, 5, 6 also prove a payment exists for the УИН, which completes an open GOST QR
 * attempt (the payer paid the QR in their bank). 2 and 3 leave a card payment `paid`.
 *
 * @example
 * ```ts
 * const r = await recordQuittance(ctx, { uin, acknowledgment: 1 });
 * ```
 */
export async function recordQuittance(
  ctx: ServiceContext,
  input: { readonly uin: string; readonly acknowledgment: number; readonly paidKopecks?: number },
): Promise<Result<Stored<PaymentRecord>, PaymentsIssueCode>> {
  const read = readInput(paymentInputSchemas.recordQuittance, input);
  if (!read.success) return read;
  const uin = parseUin(input.uin);
  if (!uin.success) return uin;
  if (
    !Number.isInteger(input.acknowledgment) ||
    input.acknowledgment < 1 ||
    input.acknowledgment > 6
  )
    return fail(issue('payment.quittance_invalid', ['acknowledgment']));
  if (input.paidKopecks !== undefined && !isKopecks(input.paidKopecks))
    return fail(issue('payment.amount_invalid', ['paidKopecks']));
  const payment = await ctx.store.payments.findActiveByUin(uin.data);
  if (payment === undefined) return fail(issue('payment.not_found', ['uin']));
  const ack = input.acknowledgment as AcknowledgmentStatus;
  const now = ctx.clock.now();
  if (PAYMENT_SEEN.has(ack)) {
    for (const attempt of await ctx.store.attempts.listByPayment(payment.id)) {
      if (attempt.provider !== GOST_QR_PROVIDER || attempt.status !== 'requires_action') continue;
      const captured = Math.min(input.paidKopecks ?? attempt.amountKopecks, attempt.amountKopecks);
      const saved = await patchAttempt(ctx, attempt.id, (current) =>
        current.status !== 'requires_action'
          ? undefined
          : (() => {
              const { action: _action, ...rest } = unstore(current);
              return {
                ...rest,
                status: 'succeeded' as const,
                providerStatus: `quittance_${ack}`,
                authorizedKopecks: captured,
                capturedKopecks: captured,
                updatedAt: now,
              };
            })(),
      );
      if (saved.status === 'succeeded') {
        await record(ctx, SYSTEM, 'payment.attempt_status_changed', saved.accountId, {
          paymentId: saved.paymentId,
          attemptId: saved.id,
          from: 'requires_action',
          to: 'succeeded',
          providerStatus: `quittance_${ack}`,
        });
      }
    }
  }
  // A match is final: a later, weaker acknowledgment (2, 3) is journaled but does not undo it.
  const synced = await syncPayment(ctx, payment.id, SYSTEM, (p) =>
    p.reconciliation !== undefined &&
    reconciles(p.reconciliation.acknowledgment) &&
    !reconciles(ack)
      ? p
      : {
          ...p,
          reconciliation: {
            acknowledgment: ack,
            at: now,
            ...(input.paidKopecks === undefined ? {} : { paidKopecks: input.paidKopecks }),
          },
        },
  );
  await record(ctx, SYSTEM, 'payment.quittance_received', synced.accountId, {
    paymentId: synced.id,
    uin: synced.uin,
    acknowledgment: ack,
    paidKopecks: input.paidKopecks,
    status: synced.status,
  });
  return ok(synced);
}
