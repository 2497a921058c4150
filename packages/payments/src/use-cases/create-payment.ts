import {
  createId,
  fail,
  retryOnConflict,
  issue,
  ok,
  prefixIssues,
  randomString,
  readInput,
  type Issue,
  type Result,
} from '@kabinet/core';
import { paymentInputSchemas } from '../service/payment-input-schemas.js';
import type { ChargeRecord, PayeeRequisites, PaymentRecord, Stored } from '@kabinet/ports';
import { isKopecks } from '../money/is-kopecks.js';
import { payeeAccountFields, payeeTaxFields } from '../_lib/payee-qr-fields.js';
import { buildPaymentQr } from '../qr/build-payment-qr.js';
import type { CreatePaymentInput } from '../service/payments-service-inputs.js';
import { parseUin } from '../uin/parse-uin.js';
import { levelIssue } from '../_lib/level-gate.js';
import { accountParty, inUnit, type ServiceContext } from '../steps/payments-context.js';
import { isId } from '../_lib/ids.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

const SERVICE_TYPE = /^[a-z0-9_.-]{1,64}$/;

function transactionNumber(ctx: ServiceContext, now: number): string {
  const date = new Date(now).toISOString().slice(2, 10).replace(/-/g, '');
  return `${date}${randomString(10, '0123456789', ctx.random)}`;
}

function checkPayee(payee: PayeeRequisites): Issue<PaymentsIssueCode>[] {
  const r = buildPaymentQr({
    fields: {
      ...payeeAccountFields(payee),
      ...payeeTaxFields(payee),
    },
  });
  return r.success ? [] : prefixIssues(['charge', 'payee'], r.issues);
}

/** What the charge source answered, checked as any outside data is (and against the policy). */
function checkCharge(ctx: ServiceContext, charge: ChargeRecord): Issue<PaymentsIssueCode>[] {
  const issues: Issue<PaymentsIssueCode>[] = [];
  if (!isKopecks(charge.amountKopecks))
    issues.push(issue('payment.amount_invalid', ['charge', 'amountKopecks']));
  else if (charge.amountKopecks > ctx.policy.maxAmountKopecks)
    issues.push(
      issue('payment.amount_too_large', ['charge', 'amountKopecks'], {
        max: ctx.policy.maxAmountKopecks,
      }),
    );
  if (typeof charge.serviceType !== 'string' || !SERVICE_TYPE.test(charge.serviceType))
    issues.push(issue('payment.service_type_invalid', ['charge', 'serviceType']));
  if (
    charge.serviceName !== undefined &&
    (typeof charge.serviceName !== 'string' || charge.serviceName.length > 200)
  ) {
    issues.push(issue('payment.service_name_too_long', ['charge', 'serviceName'], { max: 200 }));
  }
  if (charge.payee !== undefined) issues.push(...checkPayee(charge.payee));
  return issues;
}

/** Statuses of a payment that paid its УИН: paying it again is refused. */
const PAID = new Set<PaymentRecord['status']>(['paid', 'reconciled']);

/**
 * createPayment: the charge of the УИН decides everything the client must not (finding 3):
 * only the charge's payer can create its payment, and the amount, service and payee are the
 * charge's. A charge of another payer answers exactly like a missing one, so nobody learns
 * whose УИН exists and nobody can block it. Then the level gate, and create (or return) the
 * account's open payment of the УИН.
 *
 * @example
 * ```ts
 * const r = await createPayment(ctx, { accountId: 'acc_1', accountLevel: 'standard', uin: charge.uin });
 * ```
 */
export async function createPayment(
  ctx: ServiceContext,
  input: CreatePaymentInput,
): Promise<Result<Stored<PaymentRecord>, PaymentsIssueCode>> {
  const read = readInput(paymentInputSchemas.createPayment, input);
  if (!read.success) return read;
  const issues: Issue<PaymentsIssueCode>[] = [];
  if (!isId(input.accountId)) issues.push(issue('input.wrong_format', ['accountId']));
  const uin = parseUin(input.uin, { path: ['uin'] });
  if (!uin.success) issues.push(...uin.issues);
  if (issues.length > 0 || !uin.success) return fail(issues);
  const theUin: string = uin.data;

  const charge = await ctx.charges.find(theUin);
  if (charge === undefined || charge.accountId !== input.accountId)
    return fail(issue('payment.charge_not_found', ['uin']));
  const existing = await ctx.store.payments.findActiveByUin(theUin);
  // Unreachable for another account now that the charge must be the caller's; kept in case a source rebinds a charge.
  if (existing !== undefined && existing.accountId !== input.accountId)
    return fail(issue('payment.uin_taken', ['uin']));
  // Paid here (even if the source has not heard yet) or elsewhere (the source says so).
  if (charge.status === 'paid' || (existing !== undefined && PAID.has(existing.status)))
    return fail(issue('payment.uin_paid', ['uin']));
  if (charge.status === 'annulled') return fail(issue('payment.charge_annulled', ['uin']));
  const wrong = checkCharge(ctx, charge);
  if (wrong.length > 0) return fail(wrong);
  const tooLow = levelIssue(ctx.policy, charge.serviceType, input.accountLevel);
  if (tooLow !== undefined) return fail(tooLow);

  // Another request created the payment of this УИН first, or a transaction number collided: look again.
  return retryOnConflict(ctx.policy.conflictRetries, async (attempt) => {
    const open = attempt === 0 ? existing : await ctx.store.payments.findActiveByUin(theUin);
    if (open !== undefined) {
      if (open.accountId !== input.accountId) return fail(issue('payment.uin_taken', ['uin']));
      if (PAID.has(open.status)) return fail(issue('payment.uin_paid', ['uin']));
      // The charge was corrected since the payment was made: cancel that payment to pay the new amount.
      return open.amountKopecks === charge.amountKopecks && open.serviceType === charge.serviceType
        ? ok(open)
        : fail(issue('payment.accrual_mismatch', ['uin']));
    }
    const now = ctx.clock.now();
    const payment: PaymentRecord = {
      id: createId('pay', now, ctx.random),
      accountId: input.accountId,
      uin: theUin,
      serviceType: charge.serviceType,
      ...(charge.serviceName === undefined ? {} : { serviceName: charge.serviceName }),
      amountKopecks: charge.amountKopecks,
      status: 'draft',
      transactionNumber: transactionNumber(ctx, now),
      ...(charge.payee === undefined ? {} : { payee: charge.payee }),
      createdAt: now,
      updatedAt: now,
      attemptCount: 0,
      capturedKopecks: 0,
      refunds: [],
    };
    // The payment and its entry commit together (S-14, AUD-1).
    const stored = await inUnit(ctx, async (unit) => {
      const created = await unit.store.payments.create(payment);
      await unit.record(accountParty(input.accountId), 'payment.created', input.accountId, {
        paymentId: created.id,
        transactionNumber: created.transactionNumber,
        uin: created.uin,
        serviceType: created.serviceType,
        amountKopecks: created.amountKopecks,
      });
      return created;
    });
    return ok(stored);
  });
}
