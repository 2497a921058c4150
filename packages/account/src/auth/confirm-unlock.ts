import { fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { RequestMeta } from '../context/auth-context.js';
import { codeOutcomeIssue } from '../_lib/code-outcome.js';
import { guardCode } from '../_lib/guard-code.js';
import { accountParty, journalDraft } from '../_lib/journal-draft.js';
import { ipOf } from '../_lib/password-check.js';
import { hashSecret } from '../_lib/secrets.js';
import { loadAccount, runAccountStep } from '../steps/run-account-step.js';
import { applyLifecycle, reconcileLifecycle } from '../steps/transitions.js';
import { UNLOCKABLE } from './_lib/login-rules.js';
import { authInputSchemas, type AuthInput } from './auth-input-schemas.js';
import type { AccountUnlocked } from './auth-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Lifts the account's password lock with the code `{ unlockToken, code }` (S-7): the failures,
 * the lock and its series go, the address it came from is trusted for the account, and it is
 * journaled (`auth.unlocked_by_owner`). The password is still needed to log in, then the second
 * factor. Codes are guarded like every code (OTP-3, S-4).
 *
 * @param ctx - the account context
 * @param input - `{ unlockToken, code }`, validated at run time
 * @param meta - the request's IP and user agent
 * @returns when the lock was lifted (the same answer for unknown logins, S-8)
 * @example
 * ```ts
 * const r = await confirmUnlock(ctx, { unlockToken, code: '123456' }, { ip });
 * ```
 */
export async function confirmUnlock(
  ctx: AccountContext,
  input: AuthInput<'confirmUnlock'>,
  meta: RequestMeta = {},
): Promise<Result<AccountUnlocked, AccountIssueCode>> {
  if (!ctx.lockout.policy.password.selfUnlock) return fail(issue('auth.unlock_unavailable', []));
  const read = readInput(authInputSchemas.confirmUnlock, input);
  if (!read.success) return read;
  const dot = read.data.unlockToken.indexOf('.');
  const challengeId = dot > 0 ? read.data.unlockToken.slice(0, dot) : '';
  const sessionId = `unlock.${hashSecret(read.data.unlockToken.slice(dot + 1))}`;
  const challenge = challengeId.startsWith('otp_')
    ? await ctx.otp.describe({ challengeId, sessionId })
    : undefined;
  if (challenge === undefined || challenge.purpose !== 'recovery')
    return fail(issue('auth.code_expired', ['code']));
  // OTP-3, S-4: the block follows the account (or the unknown login), not the token: a new code resets nothing.
  const guarded = await guardCode(ctx, `unlock:${challenge.subject}`, meta.ip, () =>
    ctx.otp.verify({ challengeId, sessionId, code: read.data.code }),
  );
  if (!guarded.success) return guarded;
  if (guarded.data.outcome !== 'ok') return fail(codeOutcomeIssue(guarded.data.outcome));
  const now = ctx.clock.now();
  const account = challenge.subject.startsWith('acc_')
    ? await loadAccount(ctx, challenge.subject)
    : undefined;
  if (account === undefined || !UNLOCKABLE.has(account.lifecycle)) return ok({ unlockedAt: now });
  const events = await ctx.lockout.unlockByOwner({ account: account.id, ip: ipOf(meta.ip) });
  const unlocked = events.find((e) => e.type === 'lockout.unlocked');
  return runAccountStep(ctx, account.id, accountParty(account.id), async (current, at) => {
    // A lock mirrored in the lifecycle (an older lock, or one until support when the policy lets owners lift it) goes too.
    const lifted =
      current.lifecycle === 'locked' ? applyLifecycle(current, 'owner_unlock', at) : undefined;
    const reconciled =
      lifted?.success === true ? reconcileLifecycle(lifted.data.account, at) : undefined;
    const transitions =
      lifted?.success === true && reconciled !== undefined
        ? [...lifted.data.transitions, ...reconciled.transitions]
        : [];
    return {
      result: ok({ unlockedAt: at }),
      ...(reconciled === undefined ? {} : { account: reconciled.account }),
      journal: [
        journalDraft('auth.unlocked_by_owner', {
          channel: challenge.channel,
          ip: meta.ip ?? 'unknown',
          failures: unlocked?.type === 'lockout.unlocked' ? (unlocked.failures ?? 0) : 0,
          wasLocked: unlocked?.type === 'lockout.unlocked' ? unlocked.wasLocked === true : false,
          transitions: transitions.map((t) => ({ ...t })),
        }),
      ],
    };
  });
}
