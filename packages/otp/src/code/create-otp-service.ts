import {
  KabinetError,
  createId,
  cryptoRandom,
  fail,
  retryOnConflict,
  issue,
  maskEmail,
  maskPhone,
  ok,
  randomString,
  renderIssue,
  type Clock,
  type Issue,
  type Locale,
  type Random,
  type Result,
  SendError,
} from '@kabinet/core';
import type { OtpMessageCode } from '../messages/otp-messages.js';
import type {
  DeliveryResult,
  KeyProvider,
  MessagePurpose,
  Senders,
  Stored,
  VersionedStore,
} from '@kabinet/ports';
import { hmacParts, hmacPartsRaw, macMatches } from '../_lib/hmac.js';
import { isIdString, normalizeCode } from '../_lib/strings.js';
import { otpMessages } from '../messages/otp-messages.js';
import {
  OTP_CHANNELS,
  OTP_PURPOSES,
  type ChallengeRecord,
  type ChallengeView,
  type OtpChannel,
  type OtpPurpose,
} from './challenge-record.js';
import { defineOtpPolicy } from './define-otp-policy.js';
import { computeCodeMac } from '../_lib/compute-code-mac.js';
import { defaultOtpPolicy, type OtpPolicy } from './otp-policy.js';
import { verifyCodeMac } from '../_lib/verify-code-mac.js';

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

/** Input of {@link OtpService.issue}. */
export interface IssueCodeInput {
  /** Why the code is asked for. */
  readonly purpose: OtpPurpose;
  /** How to send it. */
  readonly channel: OtpChannel;
  /** E.164 phone (`+` and 10–15 digits, CONTACT-1) for `sms`, an e-mail address for `email`. */
  readonly destination: string;
  /** The session asking; only it can verify the code (OTP-2). */
  readonly sessionId: string;
  /** The account or draft id the code is for. */
  readonly subject: string;
}

/** A new challenge and the code to send. The code is never stored; send it and drop it. */
export interface IssuedCode {
  /** The new challenge's id: keep it in the flow (draft, session) to verify against. */
  readonly challengeId: string;
  /** The plain code: hand it to the SMS or e-mail sender, never log or journal it (S-12). */
  readonly code: string;
  /** Why the code was asked for. */
  readonly purpose: OtpPurpose;
  /** How it is to be sent. */
  readonly channel: OtpChannel;
  /** The destination for display (`+7916*****67`). */
  readonly destinationMasked: string;
  /** When it was issued (epoch ms). */
  readonly issuedAt: number;
  /** Epoch ms from which it no longer verifies. */
  readonly codeExpiresAt: number;
}

/** The result of {@link OtpService.issueAndSend}: the challenge (without the code) and the gateway's answer. */
export interface SentCode {
  /** The new challenge's id. */
  readonly challengeId: string;
  /** Why the code was asked for. */
  readonly purpose: OtpPurpose;
  /** How it was sent. */
  readonly channel: OtpChannel;
  /** The destination for display. */
  readonly destinationMasked: string;
  /** When it was issued (epoch ms). */
  readonly issuedAt: number;
  /** Epoch ms from which it no longer verifies. */
  readonly codeExpiresAt: number;
  /** What the gateway answered; a failed send leaves the challenge in place (request a new code to retry). */
  readonly delivery: DeliveryResult;
}

/** Input of {@link OtpService.verify}. Any value is accepted; nothing here throws on bad input. */
export interface VerifyCodeInput {
  /** The challenge the flow keeps. */
  readonly challengeId: string;
  /** The session submitting the code (OTP-2). */
  readonly sessionId: string;
  /** The code as typed: spaces, hyphens and full-width digits are tolerated. */
  readonly code: string;
}

/**
 * The outcome of a verification:
 * - `ok`: the code was right; the challenge is now spent.
 * - `wrong`: a wrong (or malformed) code, counted; `attemptsLeft` may be 0.
 * - `expired`: the code's TTL passed or a newer code replaced it.
 * - `used`: the challenge was already spent.
 * - `locked`: the per-challenge attempt cap is reached.
 * - `not_found`: no such (live) challenge.
 * - `wrong_session`: the challenge belongs to another session (OTP-2); nothing else is revealed.
 */
export type VerifyOutcome =
  | {
      /** The code was right. */
      readonly outcome: 'ok';
      /** The spent challenge: which destination was confirmed, for whom. */
      readonly challenge: ChallengeView;
    }
  | {
      /** The code was wrong. */
      readonly outcome: 'wrong';
      /** Tries this challenge still accepts. */
      readonly attemptsLeft: number;
    }
  | {
      /** See {@link VerifyOutcome}. */
      readonly outcome: 'expired' | 'used' | 'locked' | 'not_found' | 'wrong_session';
    };

/** Input of {@link OtpService.confirmationStatus}. */
export interface ConfirmationStatusInput {
  /** The session of the flow. */
  readonly sessionId: string;
  /** The challenges the flow issued (e.g. one SMS and one e-mail, CONTACT-3). */
  readonly challengeIds: readonly string[];
  /** Channels that must each have a confirmed challenge among them (default: none beyond all ids). */
  readonly requireChannels?: readonly OtpChannel[];
}

/** Which of a flow's challenges this session has confirmed. */
export interface ConfirmationStatus {
  /** True when every listed challenge is confirmed by this session and every required channel is covered. */
  readonly complete: boolean;
  /** The confirmed challenges, in the order asked. */
  readonly confirmed: readonly ChallengeView[];
  /** Ids not (or no longer) confirmed for this session. */
  readonly pending: readonly string[];
}

/**
 * Issue codes {@link OtpService.issue} can return: the catalogue's `otp.purpose.*`,
 * `otp.channel.*`, `otp.destination.*`, `otp.session.*` and `otp.subject.*` codes. Derived from
 * the catalogue's keys, so a code without a ru/en message does not exist here and returning it
 * fails to compile.
 *
 * @useDeclaredType
 */
export type OtpIssueCode = Extract<
  OtpMessageCode,
  `otp.${'purpose' | 'channel' | 'destination' | 'session' | 'subject'}.${string}`
>;

/** One-time codes by SMS and e-mail (OTP-1, OTP-2, S-3, S-4). */
export interface OtpService {
  /** The policy in force. */
  readonly policy: OtpPolicy;
  /**
   * Creates a challenge and returns its code for the caller to send (through `Senders`, or
   * use {@link OtpService.issueAndSend}). With `policy.supersede`, an earlier live code of
   * the same session, purpose and channel stops verifying. Send limits are not checked here:
   * ask `@kabinet/lockout`'s `reserveSend` first (S-5).
   */
  issue(input: IssueCodeInput): Promise<Result<IssuedCode, OtpIssueCode>>;
  /** {@link OtpService.issue}, then sends the code by SMS or e-mail with the catalogue's text in `locale` (default `ru`). */
  issueAndSend(
    input: IssueCodeInput,
    senders: Pick<Senders, 'sms' | 'email'>,
    options?: { readonly locale?: Locale },
  ): Promise<Result<SentCode, OtpIssueCode>>;
  /** Checks a code; single use even under concurrent calls. Never throws on bad input. */
  verify(input: VerifyCodeInput): Promise<VerifyOutcome>;
  /** The public view of a challenge, if it exists and belongs to this session. */
  describe(input: {
    readonly challengeId: string;
    readonly sessionId: string;
  }): Promise<ChallengeView | undefined>;
  /** Whether a flow's challenges are all confirmed by this session (CONTACT-3: both phone and e-mail). */
  confirmationStatus(input: ConfirmationStatusInput): Promise<ConfirmationStatus>;
}

const PURPOSE_TO_MESSAGE: Readonly<Record<OtpPurpose, MessagePurpose>> = {
  registration: 'registration-code',
  'contact-change': 'contact-change-code',
  confirmation: 'confirmation-code',
  login: 'login-code',
  payment: 'payment-code',
  recovery: 'confirmation-code',
};

const MAX_DESTINATION = 320;

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
 * @throws KabinetError `ERR_CONFIG` when the policy breaks S-3 (see {@link checkOtpPolicy})
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
  const policy = defineOtpPolicy({}, deps.policy ?? defaultOtpPolicy);
  const { challenges, keys, clock } = deps;
  const random = deps.random ?? cryptoRandom;
  // Each parallel wrong try can win one write before the challenge locks, so verifying
  // retries maxAttempts more than issuing does (S-15).
  const verifyRetries = policy.maxAttempts + policy.conflictRetries;

  const sessionMacWith = (key: Uint8Array, sessionId: string): string =>
    hmacParts(key, 'kabinet.otp.session.v1', [sessionId]);

  const pepperFor = (record: ChallengeRecord): Uint8Array => {
    const secret = keys.secretById('otp-pepper', record.kid);
    if (secret === undefined) {
      throw new KabinetError(
        'ERR_CRYPTO',
        `otp-pepper key ${record.kid} is not configured; it must be kept until its codes expire`,
        {
          details: { kid: record.kid },
        },
      );
    }
    return secret.key;
  };

  const ownedBy = (record: ChallengeRecord, sessionId: unknown): boolean =>
    isIdString(sessionId, 512) &&
    macMatches(
      hmacPartsRaw(pepperFor(record), 'kabinet.otp.session.v1', [sessionId]),
      record.sessionMac,
    );

  async function issueCode(input: IssueCodeInput): Promise<Result<IssuedCode, OtpIssueCode>> {
    const checkedInput = validateIssue(input);
    if (!checkedInput.success) return checkedInput;
    const { purpose, channel, destination, sessionId, subject } = checkedInput.data;
    const pepper = keys.currentSecret('otp-pepper');
    const blind = keys.currentSecret('blind-index');
    const sessionMac = sessionMacWith(pepper.key, sessionId);
    const lookupKey = policy.supersede ? `otp:${purpose}:${channel}:${sessionMac}` : undefined;
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
        destinationBlind: hmacParts(blind.key, 'kabinet.otp.destination.v1', [
          channel,
          destination,
        ]),
        blindKid: blind.kid,
        sessionMac,
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

  async function verify(input: VerifyCodeInput): Promise<VerifyOutcome> {
    const challengeId: unknown = input?.challengeId;
    const sessionId: unknown = input?.sessionId;
    if (!isIdString(challengeId)) return { outcome: 'not_found' };
    // Someone else writing first (another try, a resend): re-read and judge again, so parallel
    // tries each count once and only one right code can ever win.
    return retryOnConflict(verifyRetries, async (): Promise<VerifyOutcome> => {
      const record = await challenges.get(challengeId);
      if (record === undefined) return { outcome: 'not_found' };
      if (!ownedBy(record, sessionId)) return { outcome: 'wrong_session' };
      if (record.consumedAt !== undefined) return { outcome: 'used' };
      const now = clock.now();
      if (record.supersededAt !== undefined || now >= record.codeExpiresAt)
        return { outcome: 'expired' };
      if (record.attempts >= record.maxAttempts) return { outcome: 'locked' };
      const code = normalizeCode(input?.code, policy.alphabet, policy.codeLength);
      const right =
        code !== undefined &&
        verifyCodeMac({
          key: pepperFor(record),
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

  async function describe(input: {
    readonly challengeId: string;
    readonly sessionId: string;
  }): Promise<ChallengeView | undefined> {
    if (!isIdString(input?.challengeId)) return undefined;
    const record = await challenges.get(input.challengeId);
    return record !== undefined && ownedBy(record, input.sessionId) ? toView(record) : undefined;
  }

  async function confirmationStatus(input: ConfirmationStatusInput): Promise<ConfirmationStatus> {
    const ids = Array.isArray(input?.challengeIds) ? input.challengeIds : [];
    const confirmed: ChallengeView[] = [];
    const pending: string[] = [];
    for (const id of ids) {
      const record = isIdString(id) ? await challenges.get(id) : undefined;
      if (record?.consumedAt !== undefined && ownedBy(record, input.sessionId))
        confirmed.push(toView(record));
      else pending.push(String(id));
    }
    const channels = new Set(confirmed.map((c) => c.channel));
    const required = input?.requireChannels ?? [];
    const complete =
      ids.length > 0 && pending.length === 0 && required.every((c) => channels.has(c));
    return { complete, confirmed, pending };
  }

  return {
    policy,
    issue: issueCode,
    async issueAndSend(input, senders, options = {}) {
      const issued = await issueCode(input);
      if (!issued.success) return issued;
      const { code, ...rest } = issued.data;
      const locale = options.locale ?? 'ru';
      const params = { code, minutes: Math.ceil(policy.ttlMs / 60_000) };
      const purpose = PURPOSE_TO_MESSAGE[rest.purpose];
      const to = normalizeDestination(rest.channel, input.destination);
      let delivery: DeliveryResult;
      try {
        delivery =
          rest.channel === 'sms'
            ? await senders.sms.send({
                to,
                purpose,
                text: renderIssue(issue('otp.message.sms', [], params), locale, otpMessages),
              })
            : await senders.email.send({
                to,
                purpose,
                subject: renderIssue(
                  issue('otp.message.email_subject', [], params),
                  locale,
                  otpMessages,
                ),
                text: renderIssue(issue('otp.message.email_text', [], params), locale, otpMessages),
              });
      } catch (error) {
        throw new SendError(`the ${rest.channel} sender failed`, {
          cause: error,
          details: { challengeId: rest.challengeId },
        });
      }
      return ok({ ...rest, delivery });
    },
    verify,
    describe,
    confirmationStatus,
  };
}

function plain(record: Stored<ChallengeRecord>): ChallengeRecord {
  const { version: _version, ...rest } = record;
  return rest;
}

function withoutLookupKey(
  record: Stored<ChallengeRecord>,
  patch: Partial<Pick<ChallengeRecord, 'consumedAt' | 'supersededAt'>>,
): ChallengeRecord {
  const { version: _version, lookupKey: _lookupKey, ...rest } = record;
  return { ...rest, ...patch };
}

function toView(record: ChallengeRecord): ChallengeView {
  return {
    id: record.id,
    purpose: record.purpose,
    channel: record.channel,
    subject: record.subject,
    destinationMasked: record.destinationMasked,
    destinationBlind: record.destinationBlind,
    issuedAt: record.issuedAt,
    codeExpiresAt: record.codeExpiresAt,
    attempts: record.attempts,
    maxAttempts: record.maxAttempts,
    ...(record.consumedAt === undefined ? {} : { consumedAt: record.consumedAt }),
  };
}

function normalizeDestination(channel: OtpChannel, destination: string): string {
  const trimmed = destination.trim();
  return channel === 'sms' ? trimmed.replace(/[\s()\-.]/gu, '') : trimmed.toLowerCase();
}

function validateIssue(input: IssueCodeInput): Result<IssueCodeInput, OtpIssueCode> {
  const value: Partial<Record<keyof IssueCodeInput, unknown>> =
    typeof input === 'object' && input !== null ? input : {};
  const issues: Issue<OtpIssueCode>[] = [];
  const purpose = OTP_PURPOSES.find((p) => p === value.purpose);
  if (purpose === undefined) issues.push(issue('otp.purpose.unknown', ['purpose']));
  const channel = OTP_CHANNELS.find((c) => c === value.channel);
  if (channel === undefined) issues.push(issue('otp.channel.unknown', ['channel']));
  let destination = '';
  if (typeof value.destination !== 'string' || value.destination.trim() === '') {
    issues.push(issue('otp.destination.required', ['destination']));
  } else if (value.destination.length > MAX_DESTINATION) {
    issues.push(issue('otp.destination.too_long', ['destination'], { max: MAX_DESTINATION }));
  } else if (channel !== undefined) {
    destination = normalizeDestination(channel, value.destination);
    const valid =
      channel === 'sms'
        ? /^\+\d{10,15}$/u.test(destination)
        : /^[^\s@]+@[^\s@]+$/u.test(destination);
    if (!valid) issues.push(issue('otp.destination.invalid', ['destination'], { channel }));
  }
  if (!isIdString(value.sessionId, 512)) issues.push(issue('otp.session.required', ['sessionId']));
  if (!isIdString(value.subject)) issues.push(issue('otp.subject.required', ['subject']));
  if (issues.length > 0 || purpose === undefined || channel === undefined) return fail(issues);
  return ok({
    purpose,
    channel,
    destination,
    sessionId: value.sessionId as string,
    subject: value.subject as string,
  });
}
