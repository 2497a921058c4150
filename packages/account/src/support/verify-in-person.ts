import { fail, issue, ok, type Result } from '@kabinet/core';
import type { AccountRecord } from '@kabinet/ports';
import type { z } from 'zod';
import type { AccountContext } from '../context/account-context.js';
import type { CheckView } from '../identity/identity-views.js';
import { notifyAccount } from '../_lib/notify.js';
import { hashSecret, newSecret } from '../_lib/secrets.js';
import { runCheckStep } from '../steps/run-check-step.js';
import { advanceCheck, newCheck } from '../steps/identity-steps.js';
import { supportInputSchemas } from './support-input-schemas.js';
import type { OperatorContext } from './support-views.js';
import { operatorParty, readOperatorInput } from './_lib/operator-input.js';
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
  input: z.input<typeof supportInputSchemas.verifyInPerson>,
): Promise<Result<CheckView, AccountIssueCode>> {
  const read = readOperatorInput(operator, supportInputSchemas.verifyInPerson, input);
  if (!read.success) return read;
  if (!ctx.policy.confirmationMethods.includes('in_person'))
    return fail(issue('identity.method_unavailable', []));
  const secret = newSecret(ctx.random);
  let token = '';
  let written: AccountRecord | undefined;
  const r = await runCheckStep(
    ctx,
    read.data.accountId,
    {
      actor: operatorParty(operator),
      action: 'identity.operator_verified',
      journalRejected: false,
    },
    async (current, now) => {
      if (current.level === 'confirmed') return fail(issue('identity.already_confirmed', []));
      // ACC-2: no skipping — the documents check (standard) comes first.
      if (current.level !== 'standard')
        return fail(issue('identity.level_required', [], { level: 'standard' }));
      const check = newCheck(
        ctx,
        current.id,
        'in_person',
        { serviceCentreId: read.data.serviceCentreId },
        { serviceCentre: read.data.serviceCentreId },
        now,
      );
      token = `${current.id}.${secret}`;
      const moved = await advanceCheck(
        ctx,
        { ...current, identityChecks: [...current.identityChecks, check] },
        check.id,
        'operator_verified',
        {
          operatorId: operator.operatorId,
          secretHash: hashSecret(secret),
          secretExpiresAt: now + ctx.policy.activationLinkTtlMs,
        },
        now,
      );
      if (moved.success) written = moved.data.account;
      return moved.success
        ? ok({
            ...moved.data,
            checkId: check.id,
            extra: { serviceCentreId: read.data.serviceCentreId },
          })
        : moved;
    },
  );
  if (r.success && written !== undefined)
    await notifyAccount(
      ctx,
      written,
      { code: 'notice.activation_link', params: { token }, purpose: 'activation-link' },
      ['phone'],
    );
  return r;
}
