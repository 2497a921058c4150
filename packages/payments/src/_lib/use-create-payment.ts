import { ConflictError, KabinetError, createId, fail, issue, ok, prefixIssues, randomString, type Issue, type Result } from '@kabinet/core';
import type { PayeeRequisites, PaymentRecord, Stored } from '@kabinet/ports';
import { isKopecks } from '../money/is-kopecks.js';
import { buildPaymentQr } from '../qr/build-payment-qr.js';
import type { CreatePaymentInput } from '../service/payments-service.js';
import { parseUin } from '../uin/parse-uin.js';
import { levelGate } from './level-gate.js';
import { accountParty, isId, record, type ServiceContext } from './service-context.js';

const SERVICE_TYPE = /^[a-z0-9_.-]{1,64}$/;

function transactionNumber(ctx: ServiceContext, now: number): string {
  const date = new Date(now).toISOString().slice(2, 10).replace(/-/g, '');
  return `${date}${randomString(10, '0123456789', ctx.random)}`;
}

function checkPayee(payee: PayeeRequisites): Issue[] {
  const r = buildPaymentQr({
    fields: {
      Name: payee.name,
      PersonalAcc: payee.personalAcc,
      BankName: payee.bankName,
      BIC: payee.bic,
      CorrespAcc: payee.correspAcc,
      ...(payee.payeeInn === undefined ? {} : { PayeeINN: payee.payeeInn }),
      ...(payee.kpp === undefined ? {} : { KPP: payee.kpp }),
      ...(payee.cbc === undefined ? {} : { CBC: payee.cbc }),
      ...(payee.oktmo === undefined ? {} : { OKTMO: payee.oktmo }),
    },
  });
  return r.success ? [] : prefixIssues(['accrual', 'payee'], r.issues);
}

function sameAccrual(p: PaymentRecord, input: CreatePaymentInput): boolean {
  return p.accountId === input.accountId && p.amountKopecks === input.accrual.amountKopecks && p.serviceType === input.accrual.serviceType;
}

/** createPayment: validates the accrual and the level gate, then creates (or returns) the payment of the УИН. */
export async function createPayment(ctx: ServiceContext, input: CreatePaymentInput): Promise<Result<Stored<PaymentRecord>>> {
  const issues: Issue[] = [];
  if (!isId(input.accountId)) issues.push(issue('input.wrong_format', ['accountId']));
  const accrual = typeof input.accrual === 'object' && input.accrual !== null ? input.accrual : undefined;
  if (accrual === undefined) return fail(issue('input.required', ['accrual']));
  const uin = parseUin(accrual.uin, { path: ['accrual', 'uin'] });
  if (!uin.success) issues.push(...uin.issues);
  if (!isKopecks(accrual.amountKopecks)) issues.push(issue('payment.amount_invalid', ['accrual', 'amountKopecks']));
  else if (accrual.amountKopecks > ctx.policy.maxAmountKopecks) issues.push(issue('payment.amount_too_large', ['accrual', 'amountKopecks'], { max: ctx.policy.maxAmountKopecks }));
  if (typeof accrual.serviceType !== 'string' || !SERVICE_TYPE.test(accrual.serviceType)) issues.push(issue('payment.service_type_invalid', ['accrual', 'serviceType']));
  if (accrual.serviceName !== undefined && (typeof accrual.serviceName !== 'string' || accrual.serviceName.length > 200)) {
    issues.push(issue('payment.service_name_too_long', ['accrual', 'serviceName'], { max: 200 }));
  }
  if (accrual.payee !== undefined) issues.push(...checkPayee(accrual.payee));
  if (issues.length > 0) return fail(issues);
  const gate = levelGate(ctx.policy, accrual.serviceType, input.accountLevel);
  if (!gate.allowed) return fail(issue('payment.level_too_low', ['accountLevel'], { required: gate.required, actual: String(input.accountLevel) }));
  const theUin = uin.success ? uin.data : '';

  for (let tries = 0; tries < 5; tries++) {
    const existing = await ctx.store.payments.findActiveByUin(theUin);
    if (existing !== undefined) {
      if (existing.accountId !== input.accountId) return fail(issue('payment.uin_taken', ['accrual', 'uin']));
      return sameAccrual(existing, input) ? ok(existing) : fail(issue('payment.accrual_mismatch', ['accrual']));
    }
    const now = ctx.clock.now();
    const payment: PaymentRecord = {
      id: createId('pay', now, ctx.random),
      accountId: input.accountId,
      uin: theUin,
      serviceType: accrual.serviceType,
      ...(accrual.serviceName === undefined ? {} : { serviceName: accrual.serviceName }),
      amountKopecks: accrual.amountKopecks,
      status: 'draft',
      transactionNumber: transactionNumber(ctx, now),
      ...(accrual.payee === undefined ? {} : { payee: accrual.payee }),
      createdAt: now,
      updatedAt: now,
      attemptCount: 0,
      capturedKopecks: 0,
      refunds: [],
    };
    try {
      const stored = await ctx.store.payments.create(payment);
      await record(ctx, accountParty(input.accountId), 'payment.created', input.accountId, {
        paymentId: stored.id,
        transactionNumber: stored.transactionNumber,
        uin: stored.uin,
        serviceType: stored.serviceType,
        amountKopecks: stored.amountKopecks,
      });
      return ok(stored);
    } catch (error) {
      // Another request created the payment of this УИН first, or a transaction number collided: look again.
      if (!(ConflictError.isInstance(error) && error.code === 'ERR_CONFLICT')) throw error;
    }
  }
  throw new KabinetError('ERR_CONFLICT', 'could not create the payment after repeated conflicts');
}
