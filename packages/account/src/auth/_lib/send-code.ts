import { ok, type Result } from '@kabinet/core';
import type { AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { RequestMeta } from '../../context/auth-context.js';
import { readContactValue } from '../../_lib/account-pii.js';
import { reserveSend } from '../../_lib/guard-code.js';
import type { SecondFactorChoice } from '../auth-results.js';
import type { AccountIssueCode } from '../../messages/account-issue-code.js';

/** Sends a login code for a pending login to the account's phone or e-mail, within the send limits (S-5). */
export async function sendCode(
  ctx: AccountContext,
  account: AccountRecord,
  pendingLoginId: string,
  channel: 'sms' | 'email',
  meta: RequestMeta,
  alternatives: readonly SecondFactorChoice[],
): Promise<Result<{ sentTo: string; expiresAt: number; challengeId: string }, AccountIssueCode>> {
  const destination = readContactValue(ctx, account, channel === 'sms' ? 'phone' : 'email');
  // S-5: the account's own budget — drafts and contact changes naming this contact cannot spend it.
  const reserved = await reserveSend(
    ctx,
    channel,
    channel === 'sms' ? account.phone.blindIndex : account.email.blindIndex,
    meta.ip,
    'owner',
    alternatives,
  );
  if (!reserved.success) return reserved;
  const sent = await ctx.otp.issueAndSend(
    { purpose: 'login', channel, destination, sessionId: pendingLoginId, subject: account.id },
    ctx.senders,
    { locale: ctx.locale },
  );
  if (!sent.success) return sent;
  return ok({
    sentTo: sent.data.destinationMasked,
    expiresAt: sent.data.codeExpiresAt,
    challengeId: sent.data.challengeId,
  });
}
