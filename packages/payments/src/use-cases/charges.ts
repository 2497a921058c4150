import { fail, issue, ok, type Issue, type Result } from '@kabinet/core';
import type { ChargeRecord, DutyCatalogueEntry } from '@kabinet/ports';
import type { IssueChargeInput } from '../service/payments-service.js';
import { accountParty, isId, record, type ServiceContext } from './service-context.js';

/** listCharges: the account's charges as the source has them. */
export async function listCharges(ctx: ServiceContext, accountId: string): Promise<Result<readonly ChargeRecord[]>> {
  if (!isId(accountId)) return fail(issue('input.wrong_format', ['accountId']));
  return ok(await ctx.charges.listFor(accountId));
}

/** listDuties: the catalogue the source issues from (none when it only looks charges up). */
export function listDuties(ctx: ServiceContext): readonly DutyCatalogueEntry[] {
  return ctx.charges.issue === undefined ? [] : (ctx.charges.duties ?? []);
}

/** issueCharge: a catalogue duty charged to the account, journaled. */
export async function issueCharge(ctx: ServiceContext, input: IssueChargeInput): Promise<Result<ChargeRecord>> {
  const issues: Issue[] = [];
  if (!isId(input.accountId)) issues.push(issue('input.wrong_format', ['accountId']));
  if (typeof input.dutyCode !== 'string' || input.dutyCode === '') issues.push(issue('input.required', ['dutyCode']));
  if (issues.length > 0) return fail(issues);
  const charge = ctx.charges.issue === undefined ? undefined : await ctx.charges.issue({ accountId: input.accountId, dutyCode: input.dutyCode });
  if (charge === undefined) return fail(issue('payment.duty_unknown', ['dutyCode']));
  await record(ctx, accountParty(input.accountId), 'payment.charge_issued', input.accountId, {
    uin: charge.uin,
    dutyCode: input.dutyCode,
    serviceType: charge.serviceType,
    amountKopecks: charge.amountKopecks,
  });
  return ok(charge);
}
