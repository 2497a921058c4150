import { createId, maskEmail, maskPhone, ok, randomString, retryOnConflict } from '@kabinet/core';
import type { Result } from '@kabinet/core';
import { computeCodeMac } from '../_lib/compute-code-mac.js';
import { hmacParts } from '../_lib/hmac.js';
import type { OtpContext } from './_lib/otp-context.js';
import { readIssueInput } from './_lib/read-issue-input.js';
import { withoutLookupKey } from './_lib/record-updates.js';
import { sessionMac } from './_lib/session-binding.js';
import type { ChallengeRecord } from './challenge-record.js';
import type { IssueCodeInput, IssuedCode, OtpIssueCode } from './otp-service.js';

/**
 * Creates a challenge and returns its code for the caller to send: a CSPRNG code of the
 * policy's length and alphabet, stored only as an HMAC under the current `otp-pepper` key and
 * bound to the challenge and the session that asked (OTP-2, S-3). With `policy.supersede`, an
 * earlier live code of the same session, purpose and channel stops verifying.
 *
 * @param ctx - the one-time-code context
 * @param input - purpose, channel, destination, session and subject (validated at run time)
 * @returns the challenge and its code, or the input's issues
 * @example
 * ```ts
 * const issued = await issueCode(ctx, { purpose: 'login', channel: 'sms', destination: '+79161234567', sessionId, subject });
 * if (issued.success) await sms.send({ to, text: issued.data.code, purpose: 'login-code' });
 * ```
 */
export async function issueCode(
  ctx: OtpContext,
  input: IssueCodeInput,
): Promise<Result<IssuedCode, OtpIssueCode>> {
  const { policy, challenges, keys, clock, random } = ctx;
  const checkedInput = readIssueInput(input);
  if (!checkedInput.success) return checkedInput;
  const { purpose, channel, destination, sessionId, subject } = checkedInput.data;
  const pepper = keys.currentSecret('otp-pepper');
  const blind = keys.currentSecret('blind-index');
  const boundTo = sessionMac(pepper.key, sessionId);
  const lookupKey = policy.supersede ? `otp:${purpose}:${channel}:${boundTo}` : undefined;
  // A conflict is another issue of the same key winning (S-15): supersede its code instead.
  return retryOnConflict(policy.conflictRetries, async () => {
    const now = clock.now();
    if (lookupKey !== undefined) {
      const previous = await challenges.findByKey(lookupKey);
      if (previous !== undefined) {
        await challenges.update(
          withoutLookupKey(previous, { supersededAt: now }),
          previous.version,
          { uniqueKeys: [] },
        );
      }
    }
    const id = createId('otp', now, random);
    const code = randomString(policy.codeLength, policy.alphabet, random);
    const codeExpiresAt = now + policy.ttlMs;
    const record: ChallengeRecord = {
      id,
      purpose,
      channel,
      subject,
      destinationMasked: channel === 'sms' ? maskPhone(destination) : maskEmail(destination),
      destinationBlind: hmacParts(blind.key, 'kabinet.otp.destination.v1', [channel, destination]),
      blindKid: blind.kid,
      sessionMac: boundTo,
      mac: computeCodeMac({ key: pepper.key, challengeId: id, sessionId, code }),
      kid: pepper.kid,
      attempts: 0,
      maxAttempts: policy.maxAttempts,
      issuedAt: now,
      codeExpiresAt,
      expiresAt: codeExpiresAt + policy.retainMs,
      ...(lookupKey === undefined ? {} : { lookupKey }),
    };
    await challenges.create(record, lookupKey === undefined ? {} : { uniqueKeys: [lookupKey] });
    return ok({
      challengeId: id,
      code,
      purpose,
      channel,
      destinationMasked: record.destinationMasked,
      issuedAt: now,
      codeExpiresAt,
    });
  });
}
