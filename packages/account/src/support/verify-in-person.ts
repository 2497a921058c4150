import { fail, issue, ok, type Result } from '@kabinet/core';
import type { AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import type { CheckView } from '../identity/identity-views.js';
import { notifyAccount } from '../_lib/notify.js';
import { hashSecret, newSecret } from '../_lib/secrets.js';
import { newCheck } from '../steps/identity-steps.js';
import { supportInputSchemas, type SupportInput } from './support-input-schemas.js';
import type { OperatorContext } from './support-views.js';
import { readOperatorInput } from './_lib/operator-input.js';
import { verifyByOperator } from './_lib/verify-by-operator.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * In person at a service centre (ACC-7): the operator enters `{ accountId, serviceCentreId }`
 * for a standard account; an in-person check starts verified and an activation link goes by SMS.
 *
 * @param ctx - the account context
 * @param operator - the operator at the service centre
 * @param input - `{ accountId, serviceCentreId }`, validated at run time
 * @returns the new check, or `identity.method_unavailable` / `identity.level_required`
 * @example
 * ```ts
 * const r = await verifyInPerson(ctx, { operatorId: 'op_17' }, { accountId, serviceCentreId: 'sc_tashkent_1' });
 * ```
 */
export async function verifyInPerson(
  ctx: AccountContext,
  operator: OperatorContext,
  input: SupportInput<'verifyInPerson'>,
): Promise<Result<CheckView, AccountIssueCode>> {
  const read = readOperatorInput(operator, supportInputSchemas.verifyInPerson, input);
  if (!read.success) return read;
  if (!ctx.policy.confirmationMethods.includes('in_person'))
    return fail(issue('identity.method_unavailable', []));
  const secret = newSecret(ctx.random);
  const serviceCentreId = read.data.serviceCentreId;
  let token = '';
  let holder: AccountRecord | undefined;
  const r = await verifyByOperator(ctx, operator, read.data.accountId, (current, now) => {
    if (current.level === 'confirmed') return fail(issue('identity.already_confirmed', []));
    // ACC-2: no skipping — the documents check (standard) comes first.
    if (current.level !== 'standard')
      return fail(issue('identity.level_required', [], { level: 'standard' }));
    const check = newCheck(
      ctx,
      current.id,
      'in_person',
      { serviceCentreId },
      { serviceCentre: serviceCentreId },
      now,
    );
    token = `${current.id}.${secret}`;
    holder = current;
    return ok({
      account: { ...current, identityChecks: [...current.identityChecks, check] },
      checkId: check.id,
      patch: {
        secretHash: hashSecret(secret),
        secretExpiresAt: now + ctx.policy.activationLinkTtlMs,
      },
      extra: { serviceCentreId },
    });
  });
  if (r.success && holder !== undefined)
    await notifyAccount(
      ctx,
      holder,
      { code: 'notice.activation_link', params: { token }, purpose: 'activation-link' },
      ['phone'],
    );
  return r;
}
