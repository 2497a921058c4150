import { cryptoRandom, type Clock, type Random } from '@kabinet/core';
import type { KeyProvider, VersionedStore } from '@kabinet/ports';
import type { OtpContext } from './_lib/otp-context.js';
import type { ChallengeRecord } from './challenge-record.js';
import { confirmationStatus } from './confirmation-status.js';
import { defineOtpPolicy } from './define-otp-policy.js';
import { describeChallenge } from './describe-challenge.js';
import { issueAndSend } from './issue-and-send.js';
import { issueCode } from './issue-code.js';
import { defaultOtpPolicy, type OtpPolicy } from './otp-policy.js';
import type { OtpService } from './otp-service.js';
import { verifyCode } from './verify-code.js';

export type { IssueCodeInput, IssuedCode, OtpIssueCode, OtpService } from './otp-service.js';

/** What {@link createOtpService} needs. */
export interface OtpServiceDeps {
  /** Where challenges live (`@kabinet/memory`'s `createMemoryVersionedStore`, Postgres, …). */
  readonly challenges: VersionedStore<ChallengeRecord>;
  /** Supplies the `otp-pepper` and `blind-index` keys. */
  readonly keys: KeyProvider;
  /** The source of time for TTLs. */
  readonly clock: Clock;
  /** Randomness for codes and ids (default: the CSPRNG; a seeded one only in tests). */
  readonly random?: Random;
  /** Default {@link defaultOtpPolicy}. */
  readonly policy?: OtpPolicy;
}

/**
 * Creates the one-time-code service: CSPRNG codes of the policy's length and alphabet, TTL
 * of at most 10 minutes, stored only as an HMAC under the `otp-pepper` key (its `kid` kept
 * for rotation), bound to the challenge and the session that asked (OTP-2), single use even
 * under concurrent verification, a per-challenge attempt cap and constant-time comparison
 * (S-3, S-4). Per-identifier limits — the five-minute block after a wrong code (OTP-3) and
 * send caps (S-5) — belong to `@kabinet/lockout` and are keyed on the phone or e-mail, so a
 * new code never resets them.
 *
 * @param deps - store, keys, clock, optional randomness and policy
 * @returns the service
 * @throws KabinetError `ERR_CONFIG` when the policy breaks S-3 (see {@link defineOtpPolicy})
 * @example
 * ```ts
 * const otp = createOtpService({ challenges: createMemoryVersionedStore({ clock }), keys, clock });
 * const issued = await otp.issue({ purpose: 'registration', channel: 'sms', destination: '+79161234567', sessionId, subject: draftId });
 * if (issued.success) await senders.sms.send({ to: '+79161234567', text: issued.data.code, purpose: 'registration-code' });
 * const result = await otp.verify({ challengeId: issued.data.challengeId, sessionId, code: typed });
 * if (result.outcome === 'ok') markPhoneConfirmed();
 * ```
 */
export function createOtpService(deps: OtpServiceDeps): OtpService {
  const ctx: OtpContext = {
    policy: defineOtpPolicy({}, deps.policy ?? defaultOtpPolicy),
    challenges: deps.challenges,
    keys: deps.keys,
    clock: deps.clock,
    random: deps.random ?? cryptoRandom,
  };
  return {
    policy: ctx.policy,
    issue: (input) => issueCode(ctx, input),
    issueAndSend: (input, senders, options) => issueAndSend(ctx, input, senders, options),
    verify: (input) => verifyCode(ctx, input),
    describe: (input) => describeChallenge(ctx, input),
    confirmationStatus: (input) => confirmationStatus(ctx, input),
  };
}
