import { fail, issue, ok, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { CheckView } from '../identity/identity-views.js';
import { supportInputSchemas, type SupportInput } from './support-input-schemas.js';
import type { OperatorContext } from './support-views.js';
import { readOperatorInput } from './_lib/operator-input.js';
import { verifyByOperator } from './_lib/verify-by-operator.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Video call (ACC-7): the operator confirms the person of a video check `{ accountId, checkId }`;
 * the registry check follows.
 *
 * @param ctx - the account context
 * @param operator - the operator who held the call
 * @param input - `{ accountId, checkId }`, validated at run time
 * @returns the check after the step, or `identity.check_not_found`
 * @example
 * ```ts
 * const r = await verifyVideo(ctx, { operatorId: 'op_17' }, { accountId, checkId });
 * ```
 */
export async function verifyVideo(
  ctx: AccountContext,
  operator: OperatorContext,
  input: SupportInput<'verifyVideo'>,
): Promise<Result<CheckView, AccountIssueCode>> {
  const read = readOperatorInput(operator, supportInputSchemas.verifyVideo, input);
  if (!read.success) return read;
  return verifyByOperator(ctx, operator, read.data.accountId, (current) => {
    const check = current.identityChecks.find(
      (c) => c.id === read.data.checkId && c.kind === 'video',
    );
    if (check === undefined) return fail(issue('identity.check_not_found', ['checkId']));
    return ok({ account: current, checkId: check.id });
  });
}
