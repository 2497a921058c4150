import { fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext, RequestMeta } from '../context/auth-context.js';
import { guardCode } from '../_lib/guard-code.js';
import { advanceCheck } from '../steps/identity-steps.js';
import { checkStep } from './_lib/check-step.js';
import { IDENTITY_CODE_ISSUES } from './_lib/identity-rules.js';
import { codeOutcomeIssue } from '../_lib/code-outcome.js';
import { verifySecretMac } from '../_lib/secret-mac.js';
import { ownedAccount } from './_lib/owned-account.js';
import { identityInputSchemas, type IdentityInput } from './identity-input-schemas.js';
import type { CheckView } from './identity-views.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Enters a code `{ checkId, code }`: the SMS code, or the code from the registered letter;
 * wrong codes are guarded like every code (OTP-3).
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @param input - `{ checkId, code }`, validated at run time
 * @param meta - the request's IP and user agent
 * @returns the check, moved on
 * @example
 * ```ts
 * await enterCode(ctx, auth, { checkId, code: '123456' }, { ip });
 * ```
 */
export async function enterCode(
  ctx: AccountContext,
  auth: AuthContext,
  input: IdentityInput<'enterCode'>,
  meta: RequestMeta = {},
): Promise<Result<CheckView, AccountIssueCode>> {
  const read = readInput(identityInputSchemas.enterCode, input);
  if (!read.success) return read;
  const account = await ownedAccount(ctx, auth);
  if (!account.success) return account;
  const check = account.data.identityChecks.find((c) => c.id === read.data.checkId);
  if (check === undefined) return fail(issue('identity.check_not_found', ['checkId']));
  if (check.kind === 'sms_code' && check.challengeId !== undefined) {
    const challengeId = check.challengeId;
    const guarded = await guardCode(ctx, `confirm:${auth.accountId}`, meta.ip, () =>
      ctx.otp.verify({ challengeId, sessionId: auth.sessionId, code: read.data.code }),
    );
    if (!guarded.success) return guarded;
    if (guarded.data.outcome !== 'ok')
      return fail(codeOutcomeIssue(guarded.data.outcome, IDENTITY_CODE_ISSUES));
    return checkStep(ctx, auth, 'identity.code_entered', async (current, now) => {
      const moved = await advanceCheck(ctx, current, check.id, 'code_verified', {}, now);
      return moved.success ? ok({ ...moved.data, checkId: check.id }) : moved;
    });
  }
  if (check.kind === 'registered_mail' && check.secretHash !== undefined) {
    const stored = check.secretHash;
    const expires = check.secretExpiresAt ?? 0;
    const code = read.data.code.replace(/[\s-]/g, '').toUpperCase();
    const guarded = await guardCode(ctx, `letter:${auth.accountId}`, meta.ip, async () => ({
      outcome:
        ctx.clock.now() >= expires
          ? 'expired'
          : verifySecretMac(ctx, `letter:${check.id}`, code, stored)
            ? 'ok'
            : 'wrong',
    }));
    if (!guarded.success) return guarded;
    if (guarded.data.outcome !== 'ok')
      return fail(codeOutcomeIssue(guarded.data.outcome, IDENTITY_CODE_ISSUES));
    return checkStep(ctx, auth, 'identity.code_entered', async (current, now) => {
      const moved = await advanceCheck(ctx, current, check.id, 'letter_code_entered', {}, now);
      return moved.success ? ok({ ...moved.data, checkId: check.id }) : moved;
    });
  }
  return fail(issue('identity.not_applicable', ['checkId']));
}
