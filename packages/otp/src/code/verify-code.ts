import { retryOnConflict } from '@kabinet/core';
import { isIdString, normalizeCode } from '../_lib/strings.js';
import { verifyCodeMac } from '../_lib/verify-code-mac.js';
import { toView } from './_lib/challenge-view.js';
import type { OtpContext } from './_lib/otp-context.js';
import { plain, withoutLookupKey } from './_lib/record-updates.js';
import { ownedBy, pepperFor } from './_lib/session-binding.js';
import type { VerifyCodeInput, VerifyOutcome } from './otp-service.js';

/**
 * Checks a code against its challenge: only the session that asked may verify it (OTP-2); a
 * spent, superseded, expired or locked challenge does not verify; the code is compared in
 * constant time and is single use even under concurrent calls, and every wrong try counts once
 * towards the per-challenge cap (S-3, S-4, S-15). Never throws on bad input.
 *
 * @param ctx - the one-time-code context
 * @param input - the challenge id, the session id and the code as typed
 * @returns `ok` with the spent challenge, `wrong` with the tries left, or why it cannot verify
 * @example
 * ```ts
 * const result = await verifyCode(ctx, { challengeId, sessionId, code: '123 456' });
 * if (result.outcome === 'ok') markPhoneConfirmed(result.challenge);
 * ```
 */
export async function verifyCode(ctx: OtpContext, input: VerifyCodeInput): Promise<VerifyOutcome> {
  const { policy, challenges, keys, clock } = ctx;
  const challengeId: unknown = input?.challengeId;
  const sessionId: unknown = input?.sessionId;
  if (!isIdString(challengeId)) return { outcome: 'not_found' };
  // Each parallel wrong try can win one write before the challenge locks, so verifying
  // retries maxAttempts more than issuing does (S-15). Someone else writing first (another
  // try, a resend): re-read and judge again, so parallel tries each count once and only one
  // right code can ever win.
  const retries = policy.maxAttempts + policy.conflictRetries;
  return retryOnConflict(retries, async (): Promise<VerifyOutcome> => {
    const record = await challenges.get(challengeId);
    if (record === undefined) return { outcome: 'not_found' };
    if (!ownedBy(keys, record, sessionId)) return { outcome: 'wrong_session' };
    if (record.consumedAt !== undefined) return { outcome: 'used' };
    const now = clock.now();
    if (record.supersededAt !== undefined || now >= record.codeExpiresAt)
      return { outcome: 'expired' };
    if (record.attempts >= record.maxAttempts) return { outcome: 'locked' };
    const code = normalizeCode(input?.code, policy.alphabet, policy.codeLength);
    const right =
      code !== undefined &&
      verifyCodeMac({
        key: pepperFor(keys, record),
        challengeId: record.id,
        sessionId: sessionId as string,
        code,
        mac: record.mac,
      });
    if (right) {
      const spent = await challenges.update(
        withoutLookupKey(record, { consumedAt: now }),
        record.version,
        { uniqueKeys: [] },
      );
      return { outcome: 'ok', challenge: toView(spent) };
    }
    const attempts = record.attempts + 1;
    await challenges.update({ ...plain(record), attempts }, record.version, {
      uniqueKeys: record.lookupKey === undefined ? [] : [record.lookupKey],
    });
    return { outcome: 'wrong', attemptsLeft: Math.max(0, record.maxAttempts - attempts) };
  });
}
