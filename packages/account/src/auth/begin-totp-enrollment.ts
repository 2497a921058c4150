import { ok, type Result } from '@kabinet/core';
import { createTotpUri, generateTotpSecret } from '@kabinet/otp';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { piiContext } from '../_lib/contact-values.js';
import { accountParty, journalDraft } from '../_lib/journal-draft.js';
import { runAccountStep } from '../steps/run-account-step.js';
import { requireFresh } from './_lib/require-fresh.js';
import type { TotpEnrollment } from './auth-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Starts an authenticator-app enrolment (needs recent re-authentication, S-11): a new secret,
 * stored encrypted, and its `otpauth://` URI. TOTP is not used until `confirmTotpEnrollment`.
 *
 * @param ctx - the account context
 * @param auth - the signed-in, recently re-authenticated session
 * @returns the secret and its URI, shown once
 * @example
 * ```ts
 * const r = await beginTotpEnrollment(ctx, auth);
 * if (r.success) showQr(r.data.uri);
 * ```
 */
export async function beginTotpEnrollment(
  ctx: AccountContext,
  auth: AuthContext,
): Promise<Result<TotpEnrollment, AccountIssueCode>> {
  const account = await requireFresh(ctx, auth);
  if (!account.success) return account;
  const secret = generateTotpSecret({ bytes: ctx.totp.policy.secretBytes, random: ctx.random });
  const uri = createTotpUri({
    issuer: ctx.serviceName.replace(/:/g, ' '),
    label: account.data.email.masked,
    secret,
    policy: ctx.totp.policy,
  });
  return runAccountStep(ctx, auth.accountId, accountParty(auth.accountId), async (fresh, now) => ({
    result: ok({ secret, uri }),
    account: {
      ...fresh,
      secondFactor: {
        ...fresh.secondFactor,
        totp: {
          secret: ctx.pii.encrypt(secret, piiContext('account', fresh.id, 'totp')),
          createdAt: now,
        },
      },
      updatedAt: now,
    },
    journal: [journalDraft('auth.totp_enrollment_started', undefined)],
  }));
}
