import { fail, issue, ok, readInput, type Issue, type Result } from '@kabinet/core';
import { paymentInputSchemas } from '../service/payment-input-schemas.js';
import type { ChargeRecord, DutyCatalogueEntry } from '@kabinet/ports';
import type { IssueChargeInput } from '../service/payments-service-inputs.js';
import { accountParty, record, type ServiceContext } from '../steps/payments-context.js';
import { isId } from '../_lib/ids.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

/**
 * listCharges: the account's charges as the source has them.
 *
 * @example
 * ```ts
 * const charges = await listCharges(ctx, 'acc_1');
 * ```
 */
export async function listCharges(
  ctx: ServiceContext,
  accountId: string,
): Promise<Result<readonly ChargeRecord[], PaymentsIssueCode>> {
  if (!isId(accountId)) return fail(issue('input.wrong_format', ['accountId']));
  return ok(await ctx.charges.listFor(accountId));
}

/**
 * listDuties: the catalogue the source issues from (none when it only looks charges up).
 *
 * @example
 * ```ts
 * listDuties(ctx).map((duty) => duty.code);
 * ```
 */
export function listDuties(ctx: ServiceContext): readonly DutyCatalogueEntry[] {
  return ctx.charges.issue === undefined ? [] : (ctx.charges.duties ?? []);
}

/**
 * issueCharge: a catalogue duty charged to the account, journaled.
 *
 * @example
 * ```ts
 * const charge = await issueCharge(ctx, { accountId: 'acc_1', dutyCode: 'work_patent' });
 * ```
 */
export async function issueCharge(
  ctx: ServiceContext,
  input: IssueChargeInput,
): Promise<Result<ChargeRecord, PaymentsIssueCode>> {
  const read = readInput(paymentInputSchemas.issueCharge, input);
  if (!read.success) return read;
  const issues: Issue<PaymentsIssueCode>[] = [];
  if (!isId(input.accountId)) issues.push(issue('input.wrong_format', ['accountId']));
  if (typeof input.dutyCode !== 'string' || input.dutyCode === '')
    issues.push(issue('input.required', ['dutyCode']));
  if (issues.length > 0) return fail(issues);
  const charge =
    ctx.charges.issue === undefined
      ? undefined
      : await ctx.charges.issue({ accountId: input.accountId, dutyCode: input.dutyCode });
  if (charge === undefined) return fail(issue('payment.duty_unknown', ['dutyCode']));
  await record(ctx, accountParty(input.accountId), 'payment.charge_issued', input.accountId, {
    uin: charge.uin,
    dutyCode: input.dutyCode,
    serviceType: charge.serviceType,
    amountKopecks: charge.amountKopecks,
  });
  return ok(charge);
}
